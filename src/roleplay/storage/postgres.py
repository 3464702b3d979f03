"""SessionStore and CohortStore on PostgreSQL (psycopg 3), for cohorts that share one database.

Select it with ``database_url = "postgresql://user@host:5432/dbname"`` in the settings; the
password comes from the OS keyring or libpq's ``~/.pgpass`` (``PGPASSFILE``), never the URL.
Each manager and facilitator connects with their own login role; row-level security in the
database (see ``postgres_migrations.py``) decides what each role reads and writes. The role that
runs the migrations owns the tables and administers people and cohorts: it bypasses RLS, so use
it only for set-up (``roleplay cohort ...`` admin commands, ``demo-cohort``), never day to day.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from roleplay.domain.cohorts import Role
from roleplay.ports.cohorts import AccessDenied, CohortError
from roleplay.ports.store import Conflict, SessionBusy, StoreError
from roleplay.storage._sql import Cursor, Tx
from roleplay.storage._sql_cohorts import SqlCohortStore
from roleplay.storage.postgres_migrations import FACILITATOR_GROUP, MANAGER_GROUP, PG_MIGRATIONS

__all__ = ["PostgresSessionStore", "StoreError", "is_postgres_url"]

_MIGRATION_LOCK = 7_242_001  # pg_advisory_xact_lock key: one migrator at a time
_SESSION_LOCK = 7_242_002  # pg_try_advisory_lock(key, hashtext(session id)): one writer each


def is_postgres_url(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("postgresql://", "postgres://"))


def _import_psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise StoreError(
            "a postgresql:// database_url needs the PostgreSQL extra: "
            "pip install 'roleplay-coach[postgres]'"
        ) from exc
    return psycopg


def _connect_hint(exc: Exception) -> str:
    if "no password supplied" in str(exc):
        return ("; no password for this role: keep it in the OS keyring (`roleplay cohort "
                "db-password --password-stdin`) or in ~/.pgpass")
    return ""


def check_login(url: str, password: str, connect_timeout: int = 10) -> None:
    """Connect and disconnect: StoreError when the database refuses this password."""
    psycopg = _import_psycopg()
    try:
        psycopg.connect(url, password=password, connect_timeout=connect_timeout).close()
    except psycopg.OperationalError as exc:
        raise StoreError(f"cannot connect to the PostgreSQL database: {exc}".strip()) from exc


class PostgresSessionStore(SqlCohortStore):
    """One connection per store object, serialised by a lock; each call is one transaction."""

    def __init__(self, url: str, *, migrate: bool = True, connect_timeout: int = 10,
                 password: str | None = None) -> None:
        psycopg = _import_psycopg()
        from psycopg.rows import dict_row

        self._psycopg = psycopg
        self.url = url
        self._lock = threading.RLock()
        self._held: set[str] = set()
        try:
            # without a password here libpq reads ~/.pgpass (or PGPASSFILE)
            extra = {"password": password} if password is not None else {}
            self._conn: Any = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, connect_timeout=connect_timeout,
                **extra)
        except psycopg.OperationalError as exc:
            raise StoreError(f"cannot connect to the PostgreSQL database: {exc}".strip()
                             + _connect_hint(exc)) from exc
        self._conn.execute("SET TIME ZONE 'UTC'")
        try:
            self._check_schema(migrate)
        except BaseException:
            self._conn.close()
            raise

    # --- schema -------------------------------------------------------------------------------

    def _version(self) -> int | None:
        row = self._conn.execute("SELECT to_regclass('roleplay_schema') AS t").fetchone()
        if row is None or row["t"] is None:
            return None
        row = self._conn.execute("SELECT max(version) AS v FROM roleplay_schema").fetchone()
        return int(row["v"]) if row and row["v"] is not None else 0

    @property
    def schema_version(self) -> int:
        with self._lock:
            return self._version() or 0

    def _check_schema(self, migrate: bool) -> None:
        current = self._version() or 0
        if current > len(PG_MIGRATIONS):
            raise StoreError(f"the database was written by a newer roleplay (schema {current}); "
                             "please upgrade roleplay")
        if current == len(PG_MIGRATIONS):
            return
        if not migrate:
            raise StoreError(f"the database schema is at version {current}, roleplay needs "
                             f"{len(PG_MIGRATIONS)}; ask the administrator to migrate it")
        try:
            self._migrate()
        except self._psycopg.errors.InsufficientPrivilege as exc:
            raise StoreError(
                "the database needs migrating and this role may not do it; ask the "
                "administrator to run `roleplay cohort list` once with the owner's URL in "
                "database_url (opening the database as the owner applies the migrations)") from exc

    def _migrate(self) -> None:
        with self._lock, self._conn.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            if self._version() is None:
                self._conn.execute("CREATE TABLE roleplay_schema (version INTEGER NOT NULL)")
            current = self._version() or 0
            for version, script in enumerate(PG_MIGRATIONS[current:], start=current + 1):
                self._conn.execute(script.encode())
                self._conn.execute("INSERT INTO roleplay_schema (version) VALUES (%s)",
                                   (version,))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def hold_session(self, session_id: str) -> None:
        """A session-level advisory lock on this connection: a second writer (another process
        or machine) is refused; the lock ends with the connection, so a crash releases it."""
        with self._lock:
            if session_id in self._held:
                return
            row = self._conn.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s)) AS ok",
                                     (_SESSION_LOCK, session_id)).fetchone()
            if not row["ok"]:
                raise SessionBusy(session_id)
            self._held.add(session_id)

    def __del__(self) -> None:
        # A store dropped without close() (e.g. by a short CLI command) closes its connection
        # quietly instead of leaving psycopg to warn about it.
        conn = getattr(self, "_conn", None)
        if conn is not None and not conn.closed:
            conn.close()

    # --- backend hooks ------------------------------------------------------------------------

    @contextmanager
    def _tx(self, write: bool = True) -> Iterator[Tx]:
        errors = self._psycopg.errors

        def run(sql: str, params: Sequence[object] = ()) -> Cursor:
            cursor: Cursor = self._conn.execute(sql.replace("?", "%s").encode(), tuple(params))
            return cursor

        with self._lock:
            try:
                with self._conn.transaction():
                    yield run
            except errors.InsufficientPrivilege as exc:
                raise AccessDenied(f"the database refused: {exc.diag.message_primary}") from exc
            except errors.ForeignKeyViolation as exc:
                raise CohortError(f"refers to something that does not exist: "
                                  f"{exc.diag.message_detail or exc}") from exc
            except errors.IntegrityError as exc:
                raise Conflict(str(exc.diag.message_primary or exc)) from exc

    def _ts(self, value: dt.datetime | None) -> object:
        return value

    def _dt(self, value: Any) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC)
        return dt.datetime.fromisoformat(str(value))

    def _day(self, value: dt.date) -> object:
        return value

    # --- administration (the owner role only) ---------------------------------------------------

    def current_role(self) -> str:
        with self._tx(write=False) as run:
            row = run("SELECT current_user AS u").fetchone()
        return str(row["u"])

    def provision_login(self, person_id: str, password: str, role_name: str | None = None
                        ) -> str:
        """Create (or update) the login role of a person already added with ``add_person``,
        put it in the right group role, and link it to the person. Returns the role name."""
        from psycopg import sql

        person = self.get_person(person_id)
        if person is None:
            raise CohortError(f"unknown person {person_id!r}; add them first")
        name = role_name or f"rp_{person_id}".lower().replace("-", "_").replace(".", "_")
        group = FACILITATOR_GROUP if person.role == Role.FACILITATOR else MANAGER_GROUP
        with self._tx() as run:
            exists = run("SELECT 1 FROM pg_roles WHERE rolname=?", (name,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            statement = sql.SQL(verb + " ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(name), sql.Literal(password))
            self._conn.execute(statement)
            self._conn.execute(sql.SQL("GRANT {} TO {}").format(
                sql.Identifier(group), sql.Identifier(name)))
            run("UPDATE people SET db_role=? WHERE id=?", (name, person_id))
        return name

    def person_for_role(self, role_name: str) -> str | None:
        with self._tx(write=False) as run:
            row = run("SELECT id FROM people WHERE db_role=?", (role_name,)).fetchone()
        return None if row is None else str(row["id"])

    def me(self) -> str | None:
        """The person this connection's role belongs to (None for the administrator)."""
        return self.person_for_role(self.current_role())
