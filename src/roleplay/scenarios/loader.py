"""Load a scenario YAML file; every problem is reported with file, line and field.

PyYAML's composed node tree keeps each value's position, so a pydantic error location (a path of
keys and indexes) can be walked back to the line the author must fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from roleplay.domain.scenario import Scenario

MAX_BYTES = 512 * 1024


@dataclass(frozen=True)
class ScenarioError:
    path: Path
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


class ScenarioFileError(Exception):
    def __init__(self, errors: Sequence[ScenarioError]) -> None:
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = list(errors)


def _node_at(root: yaml.Node, loc: Sequence[int | str]) -> yaml.Node:
    """The node for a pydantic location; for a field, its key (the line the author reads).

    When the location does not exist (a missing field), the nearest enclosing node is returned.
    """
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                return node
            key, node = match
            if part is loc[-1]:
                return key  # type: ignore[no-any-return]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return node
            node = node.value[part]
        else:
            return node
    return node


def _model_at(loc: Sequence[int | str]) -> type[BaseModel] | None:
    """The pydantic model that owns the last key in ``loc`` (to list the allowed fields)."""
    model: Any = Scenario
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) if hasattr(model, "model_fields") else None
        if field is None:
            return None
        annotation = field.annotation
        model = _unwrap(annotation)
        if model is None:
            return None
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _unwrap(arg)
        if found is not None:
            return found
    return None


def _describe(error: Any, loc: Sequence[int | str]) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        model = _model_at(loc)
        allowed = ", ".join(model.model_fields) if model else ""
        return f"unknown field (a typo?); expected one of: {allowed}" if allowed else (
            "unknown field (a typo?)")
    if kind == "missing":
        return "required field is missing"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"expected one of {expected}; got {error.get('input')!r}"
    if kind in ("string_too_short", "too_short"):
        return "must not be empty" + (
            f" (at least {error['ctx']['min_length']} items)"
            if kind == "too_short" and error.get("ctx") else "")
    if kind in ("string_type", "list_type", "dict_type", "model_type", "int_type",
                "int_parsing", "float_parsing", "bool_parsing", "date_from_datetime_parsing",
                "date_parsing", "date_type"):
        wanted = {
            "string_type": "text", "list_type": "a list", "dict_type": "a mapping",
            "model_type": "a mapping", "int_type": "a whole number",
            "int_parsing": "a whole number", "float_parsing": "a number",
            "bool_parsing": "true or false", "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
            "date_parsing": "a date (YYYY-MM-DD)", "date_type": "a date (YYYY-MM-DD)",
        }[kind]
        return f"expected {wanted}; got {error.get('input')!r}"
    return str(error["msg"]).removeprefix("Value error, ")


def _duplicate_keys(node: yaml.Node, path: Path, trail: str = "") -> list[ScenarioError]:
    errors: list[ScenarioError] = []
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            name = f"{trail}.{key.value}" if trail else str(key.value)
            if key.value in seen:
                errors.append(ScenarioError(path, key.start_mark.line + 1, name,
                                            "this field appears twice"))
            seen.add(key.value)
            errors += _duplicate_keys(value, path, name)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            errors += _duplicate_keys(item, path, f"{trail}[{i}]")
    return errors


def _merge_typos(errors: list[Any]) -> list[Any]:
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
                merged.append({**err, "type": "typo", "msg": f"unknown field; did you mean "
                               f"'{close[0]}'?"})
                continue
        merged.append(err)
    return [e for e in merged if not (e["type"] == "missing" and tuple(e["loc"]) in used)]


def _field_name(loc: Sequence[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_scenario(text: str, path: Path, source: str = "bundled") -> Scenario:
    """Validate scenario YAML text; raise ScenarioFileError naming file, line and field."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark is not None and context_mark.line + 1 != line:
            problem += f" ({context} that starts at line {context_mark.line + 1})"
        raise ScenarioFileError(
            [ScenarioError(path, line, None, f"not valid YAML: {problem}")]
        ) from None
    if root is None or not isinstance(data, dict):
        raise ScenarioFileError([ScenarioError(path, 1, None,
                                               "expected a mapping of scenario fields")])
    dupes = _duplicate_keys(root, path)
    if dupes:
        raise ScenarioFileError(dupes)
    data.setdefault("id", path.stem.lower().replace(" ", "-"))
    if "source" in data:
        line = next((k.start_mark.line + 1 for k, _ in root.value if k.value == "source"), None)
        raise ScenarioFileError([ScenarioError(path, line, "source",
                                               "set by the app; remove this field")])
    data["source"] = source
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        errors = []
        for err in _merge_typos(exc.errors()):
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
            node = _node_at(root, loc) if loc else root
            msg = _describe(err, loc)
            errors.append(ScenarioError(path, node.start_mark.line + 1,
                                        _field_name(loc) or None, msg))
        raise ScenarioFileError(errors) from None


def load_scenario(path: Path, source: str = "bundled") -> Scenario:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ScenarioFileError([ScenarioError(path, None, None,
                                                   f"file is larger than {MAX_BYTES} bytes")])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ScenarioFileError([ScenarioError(path, None, None, "no such file")]) from None
    except UnicodeDecodeError:
        raise ScenarioFileError([ScenarioError(path, None, None,
                                               "not a UTF-8 text file")]) from None
    except OSError as exc:
        raise ScenarioFileError([ScenarioError(path, None, None,
                                               f"cannot read: {exc.strerror}")]) from None
    return parse_scenario(text, path, source)


def enum_values(enum: type[Enum]) -> str:
    return ", ".join(str(m.value) for m in enum)
