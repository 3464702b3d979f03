"""Pydantic validation errors in plain words: one wording for scenario files and the builder."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

WANTED = {
    "string_type": "text", "list_type": "a list", "dict_type": "a mapping",
    "model_type": "a mapping", "model_attributes_type": "a mapping", "int_type": "a whole number",
    "int_parsing": "a whole number", "float_parsing": "a number", "bool_parsing": "true or false",
    "bool_type": "true or false", "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_inexact": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)", "date_type": "a date (YYYY-MM-DD)",
}


def field_name(loc: Sequence[int | str]) -> str:
    """``("facts", 1, "date")`` -> ``facts[1].date``."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def clean_loc(loc: Sequence[int | str]) -> tuple[int | str, ...]:
    """Drop pydantic's union-branch labels (e.g. ``"list[str]"``) from a location."""
    return tuple(p for p in loc if not (isinstance(p, str) and "[" in p))


def merge_typos(errors: list[Any]) -> list[Any]:
    """A misspelt field shows up as "unknown" plus "missing"; report it once, with the fix."""
    missing = {tuple(e["loc"]): e for e in errors if e["type"] == "missing"}
    merged, used = [], set()
    for err in errors:
        if err["type"] == "extra_forbidden":
            parent, name = tuple(err["loc"][:-1]), str(err["loc"][-1])
            candidates = [str(loc[-1]) for loc in missing if tuple(loc[:-1]) == parent]
            close = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
            if close:
                used.add((*parent, close[0]))
                merged.append({**err, "type": "typo",
                               "msg": f"unknown field; did you mean '{close[0]}'?"})
                continue
        merged.append(err)
    return [e for e in merged if not (e["type"] == "missing" and tuple(e["loc"]) in used)]


def _unwrap(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _unwrap(arg)
        if found is not None:
            return found
    return None


def allowed_fields(model: type[BaseModel], loc: Sequence[int | str]) -> list[str]:
    """The fields of the model that owns the last key of ``loc``."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if hasattr(current, "model_fields") else None
        if field is None:
            return []
        current = _unwrap(field.annotation)
        if current is None:
            return []
    return list(current.model_fields) if hasattr(current, "model_fields") else []


def describe(err: Mapping[str, Any], model: type[BaseModel]) -> tuple[str, str]:
    """(field, message) for one pydantic error of ``model``."""
    loc = clean_loc(err["loc"])
    kind, ctx = err["type"], err.get("ctx") or {}
    message = str(err["msg"])
    if kind == "extra_forbidden":
        allowed = ", ".join(allowed_fields(model, loc))
        message = f"unknown field (a typo?); expected one of: {allowed}" if allowed else (
            "unknown field (a typo?)")
    elif kind == "typo":
        pass
    elif kind == "missing":
        message = "required field is missing"
    elif kind == "enum":
        message = f"expected one of {ctx.get('expected', '')}; got {err.get('input')!r}"
    elif kind == "string_too_short":
        message = "must not be empty"
    elif kind == "too_short":
        message = f"must not be empty (at least {ctx.get('min_length', 1)} items)"
    elif kind == "string_too_long":
        message = f"is too long (at most {ctx.get('max_length')} characters)"
    elif kind == "too_long":
        message = f"has too many items (at most {ctx.get('max_length')})"
    elif kind in WANTED:
        message = f"expected {WANTED[kind]}; got {err.get('input')!r}"
    else:
        message = message.removeprefix("Value error, ")
    return field_name(loc), message
