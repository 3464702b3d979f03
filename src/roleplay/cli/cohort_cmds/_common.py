"""What the cohort commands share: the stores a command opens, one clear line for the expected
errors, picking the cohort and the reviewer."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable

from roleplay.cli.context import RUNTIME, CliContext
from roleplay.domain.cohorts import Cohort
from roleplay.domain.scores import Competency
from roleplay.ports.cohorts import AccessDenied, CohortError, DatabaseLogins, Store
from roleplay.ports.store import Conflict, SessionNotFound, StoreError


class Fail(Exception):
    pass


class Stores:
    """The stores a command opens; all closed when it returns."""

    def __init__(self, ctx: CliContext) -> None:
        self.ctx = ctx
        self.opened: list[Store] = []

    def open(self) -> Store:
        from roleplay.app.services import open_store

        store = open_store(self.ctx.config)  # a StoreError is a runtime failure (exit 1)
        self.opened.append(store)
        return store

    def close(self) -> None:
        while self.opened:
            self.opened.pop().close()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def parse_now(text: str | None) -> dt.datetime:
    """``--now ISO``: pretend it is this time (UTC unless the time says otherwise)."""
    if not text:
        return utcnow()
    try:
        now = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise Fail(f"--now: expected a date and time (ISO 8601, e.g. 2025-03-20T12:00); "
                   f"got {text!r}") from exc
    return now if now.tzinfo is not None else now.replace(tzinfo=dt.UTC)


def pick_cohort(store: Store, cohort_id: str | None) -> Cohort:
    if cohort_id:
        cohort = store.get_cohort(cohort_id)
        if cohort is None:
            raise Fail(f"no cohort {cohort_id!r}; see `roleplay cohort list`")
        return cohort
    cohorts = store.list_cohorts()
    if not cohorts:
        raise Fail("no cohorts yet: create one (`roleplay cohort create`) or seed the demo "
                    "(`roleplay demo-cohort`)")
    if len(cohorts) > 1:
        raise Fail("several cohorts: say which with --cohort "
                    f"({', '.join(c.id for c in cohorts)})")
    return cohorts[0]


def parse_competency(text: str) -> Competency:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    for c in Competency:
        if key in (c.value, c.value.split("_")[-1], c.value.split("_")[0]):
            return c
    raise Fail(f"unknown competency {text!r}; one of: "
                f"{', '.join(c.value for c in Competency)}")


def reviewer(store: Store, session_id: str, as_person: str | None) -> str:
    if as_person:
        return as_person
    if isinstance(store, DatabaseLogins):
        person = store.me()
        if person:
            return person
    share = store.get_share(session_id)
    if share is None:
        raise Fail(f"session {session_id} is not shared with a facilitator")
    cohort = store.get_cohort(share.cohort_id)
    if cohort is None:
        raise Fail(f"no cohort {share.cohort_id!r}")
    return cohort.facilitator_id


Handler = Callable[[argparse.Namespace, CliContext], int]
StoreHandler = Callable[[argparse.Namespace, CliContext, Stores], int]


def command(fn: StoreHandler) -> Handler:
    """A command with the stores it opens; the expected errors become one clear line."""
    def wrapper(args: argparse.Namespace, ctx: CliContext) -> int:
        from pydantic import ValidationError

        stores = Stores(ctx)
        try:
            return int(fn(args, ctx, stores))
        except Fail as exc:
            return ctx.fail(str(exc))
        except (SessionNotFound, CohortError, AccessDenied, Conflict) as exc:
            return ctx.fail(str(exc))
        except StoreError as exc:  # the database cannot be used: not the command's fault
            return ctx.fail(str(exc), code=RUNTIME)
        except ValidationError as exc:
            err = exc.errors()[0]
            return ctx.fail(f"{'.'.join(map(str, err['loc']))}: {err['msg']}")
        finally:
            stores.close()
    wrapper.__name__ = fn.__name__
    return wrapper


def write_csv(path: str | None, text: str, ctx: CliContext) -> None:
    """``--csv PATH``: write the table (UTF-8, CRLF rows) and say where, on stderr."""
    if not path:
        return
    from pathlib import Path

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="")
    print(f"Wrote {target}", file=ctx.err)


def pct(v: float | None) -> str:
    return "-" if v is None else f"{v:.0%}"


def level(v: float | int | None) -> str:
    return "-" if v is None else (f"{v}" if isinstance(v, int) else f"{v:.1f}")
