"""Write builder-made scenarios as YAML, validated by the same loader as hand-written files.

``check_text`` is the single gate: the scenario loader's schema and messages (file:line:field),
plus the builder's own rule that nothing the report says before the reveal names the hidden
cause's keywords. ``save_scenario`` refuses text that fails it, writes the file privately
(owner-only permissions) and reads it back through ``load_scenario``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

from roleplay.builder.answers import line_of
from roleplay.domain.scenario import Scenario
from roleplay.scenarios.loader import (
    ScenarioError,
    ScenarioFileError,
    load_scenario,
    parse_scenario,
)

PRE_REVEAL_STATES = ("guarded", "warming", "defensive", "hostile", "repair", "hint")
DRAFT_NAME = "new-scenario.yaml"


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def plain(value: Any) -> Any:
    """Enums to their values, tuples and sets to lists: data PyYAML's safe dumper can write."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(plain(v) for v in value)
    return value


def scenario_data(scenario: Scenario) -> dict[str, Any]:
    """A scenario as file fields (without ``source``, which the app sets)."""
    data = scenario.model_dump(mode="python", exclude={"source"}, exclude_none=True,
                               exclude_defaults=True)
    data["id"] = scenario.id
    data["type"] = scenario.type
    return dict(plain(data))


def header(today: dt.date | None = None) -> str:
    day = (today or dt.date.today()).isoformat()
    return (f"# Made with the roleplay scenario builder on {day}.\n"
            "# Private: it stays on this computer unless you export it.\n"
            "# Edit freely; `roleplay scenarios validate FILE` checks it.\n")


def scenario_yaml(data: Mapping[str, Any], *, today: dt.date | None = None) -> str:
    body = yaml.dump(plain(data), Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     width=92, default_flow_style=False, indent=2)
    return header(today) + body


def leaks(scenario: Scenario) -> list[tuple[tuple[str | int, ...], str]]:
    """(location, keyword) for every early line that names the hidden cause."""
    keywords = [k.lower() for k in scenario.persona.hidden_root_cause.keywords if k.strip()]
    if not keywords:
        return []
    found: list[tuple[tuple[str | int, ...], str]] = []

    def check(loc: tuple[str | int, ...], text: str) -> None:
        low = text.lower()
        hit = next((k for k in keywords if k in low), None)
        if hit is not None:
            found.append((loc, hit))

    check(("opening", "report_line"), scenario.opening.report_line)
    check(("persona", "hidden_root_cause", "hint"), scenario.persona.hidden_root_cause.hint)
    for state in PRE_REVEAL_STATES:
        for i, line in enumerate(getattr(scenario.lines, state)):
            check(("lines", state, i), line)
    for code, lines in scenario.lines.reactions.model_dump().items():
        for i, line in enumerate(lines):
            check(("lines", "reactions", code, i), line)
    return found


def _field(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def check_text(text: str, path: Path) -> Scenario:
    """Validate scenario YAML as the app will load it; raise ScenarioFileError (file:line:field)."""
    scenario = parse_scenario(text, path, "user")
    found = leaks(scenario)
    if found:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        raise ScenarioFileError([
            ScenarioError(path, line_of(root, loc) if root is not None else None, _field(loc),
                          f"gives the hidden cause away before the reveal (mentions "
                          f"{keyword!r}); reword it, or change the cause's keywords")
            for loc, keyword in found
        ])
    return scenario


def unique_id(folder: Path, base: str) -> str:
    """``base``, or ``base-2``, ``base-3``... so a new scenario never replaces an existing one."""
    candidate, n = base, 1
    while (folder / f"{candidate}.yaml").exists() or (folder / f"{candidate}.yml").exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


@dataclass(frozen=True)
class SavedScenario:
    path: Path
    scenario: Scenario


def write_private(path: Path, text: str) -> None:
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)  # a new private folder; existing ones kept
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)


def save_scenario(text: str, folder: Path, *, overwrite: bool = False) -> SavedScenario:
    """Validate, then write ``<folder>/<id>.yaml``; the saved file is read back by the loader."""
    draft = check_text(text, folder / DRAFT_NAME)
    path = folder / f"{draft.id}.yaml"
    if not overwrite and path.exists():
        raise ScenarioFileError([ScenarioError(
            path, None, "id", f"a scenario with id {draft.id!r} already exists in {folder}; "
            "change the id (or overwrite it on purpose)")])
    check_text(text, path)
    write_private(path, text)
    try:
        scenario = load_scenario(path, "user")
    except ScenarioFileError:
        path.unlink(missing_ok=True)
        raise
    return SavedScenario(path=path, scenario=scenario)
