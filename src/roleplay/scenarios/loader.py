"""Load a scenario YAML file; every problem is reported with file, line and field.

PyYAML's composed node tree keeps each value's position, so a pydantic error location (a path of
keys and indexes) can be walked back to the line the author must fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import yaml
from pydantic import ValidationError

from roleplay.domain.scenario import Scenario
from roleplay.scenarios.messages import clean_loc, describe, merge_typos

MAX_BYTES = 512 * 1024
MAX_DEPTH = 40  # nesting of mappings and lists; real scenarios use about 5
MAX_NODES = 50_000  # values after expanding every alias; real scenarios have a few hundred


@dataclass(frozen=True)
class ScenarioError:
    path: Path
    line: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        field = f" {self.field}:" if self.field else ""
        text = " ".join(f"{where}:{field} {self.message}".splitlines())  # always one line
        return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)  # no escapes


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


class _Loader(yaml.SafeLoader):
    """SafeLoader whose values that cannot be built (``2026-02-30``) are YAML errors with a
    line, not a ValueError from deep inside PyYAML."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> object:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, OverflowError) as exc:
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this value ({exc})", node.start_mark) from None


def _check_shape(text: str, path: Path) -> None:
    """Refuse, before anything is built, YAML nested too deep or expanding too far through
    aliases (an "alias bomb"): the event stream is read once, counting what each alias stands
    for, so the check is linear in the file's size."""
    anchors: dict[str, int] = {}
    stack: list[tuple[int, str | None]] = []  # per open collection: nodes so far, its anchor

    def fail(event: yaml.Event, message: str) -> None:
        mark = event.start_mark
        line = mark.line + 1 if mark is not None else None
        raise ScenarioFileError([ScenarioError(path, line, None, message)])

    def add(event: yaml.Event, count: int, anchor: str | None) -> None:
        if anchor is not None:
            anchors[anchor] = count
        if stack:
            total, own = stack[-1]
            stack[-1] = (total + count, own)
            if total + count > MAX_NODES:
                fail(event, f"expands to more than {MAX_NODES} values (aliases used too often)")

    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            stack.append((1, event.anchor))
            if len(stack) > MAX_DEPTH:
                fail(event, f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            count, anchor = stack.pop()
            add(event, count, anchor)
        elif isinstance(event, yaml.ScalarEvent):
            add(event, 1, event.anchor)
        elif isinstance(event, yaml.AliasEvent):
            name = event.anchor or ""
            if name not in anchors:
                fail(event, f"alias *{name} refers to no anchor before it")
            add(event, anchors[name], None)


def parse_scenario(text: str, path: Path, source: str = "bundled") -> Scenario:
    """Validate scenario YAML text; raise ScenarioFileError naming file, line and field."""
    if len(text) > MAX_BYTES:
        raise ScenarioFileError([ScenarioError(path, None, None,
                                               f"file is larger than {MAX_BYTES} bytes")])
    try:
        _check_shape(text, path)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.load(text, Loader=_Loader)
    except yaml.reader.ReaderError as exc:  # a control character, or bytes that are not text
        at = text[: exc.position].count("\n") + 1
        raise ScenarioFileError([ScenarioError(
            path, at, None, f"not valid YAML: character {exc.character!r} is not allowed "
            "(control characters cannot appear in a scenario file)")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or " ".join(str(exc).split())
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
        for err in merge_typos(exc.errors()):
            loc = clean_loc(err["loc"])
            node = _node_at(root, loc) if loc else root
            field, msg = describe(err, Scenario)
            errors.append(ScenarioError(path, node.start_mark.line + 1, field or None, msg))
        raise ScenarioFileError(errors) from None


def load_scenario(path: Path, source: str = "bundled") -> Scenario:
    try:
        if not path.is_file():
            problem = "is a folder" if path.is_dir() else "not a regular file"
            if path.exists():
                raise ScenarioFileError([ScenarioError(path, None, None, problem)])
        with path.open("rb") as fh:  # read at most MAX_BYTES + 1: /dev/zero must not fill memory
            raw = fh.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise ScenarioFileError([ScenarioError(path, None, None,
                                                   f"file is larger than {MAX_BYTES} bytes")])
        text = raw.decode("utf-8")
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
