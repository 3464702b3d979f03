"""The scenarios a manager can pick: bundled ones plus the user's own folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from roleplay.domain.scenario import Scenario
from roleplay.scenarios.loader import ScenarioError, ScenarioFileError, load_scenario

SUFFIXES = (".yaml", ".yml")


def scenario_files(paths: Sequence[Path]) -> list[Path]:
    """Expand folders into their scenario files (sorted); files are kept as given."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.suffix in SUFFIXES and p.is_file())
        else:
            files.append(path)
    return files


class ScenarioCatalogue:
    """Loads every scenario from the bundled and user folders; bad files are reported, not fatal."""

    def __init__(self, bundled_dir: Path | None, user_dir: Path | None = None) -> None:
        self.bundled_dir = bundled_dir
        self.user_dir = user_dir
        self.scenarios: dict[str, Scenario] = {}
        self.errors: list[ScenarioError] = []
        self.reload()

    def reload(self) -> None:
        self.scenarios, self.errors = {}, []
        self._files: dict[tuple[str, str], Path] = {}
        for folder, source in ((self.bundled_dir, "bundled"), (self.user_dir, "user")):
            if folder is None or not folder.is_dir():
                continue
            for path in scenario_files([folder]):
                self._add(path, source)

    def _add(self, path: Path, source: str) -> Scenario | None:
        try:
            scenario = load_scenario(path, source)
        except ScenarioFileError as exc:
            self.errors += exc.errors
            return None
        except Exception as exc:  # one bad file must never hide the others
            self.errors.append(ScenarioError(path, None, None, f"cannot be read ({exc!r:.200})"))
            return None
        first = self._files.get((scenario.id, source))
        if first is not None:
            # Two of the user's files share an id: the first (by file name) is used.
            self.errors.append(ScenarioError(
                path, None, "id", f"same id {scenario.id!r} as {first}, which is used instead; "
                "give one of them another id"))
            return None
        self._files[(scenario.id, source)] = path
        self.scenarios[scenario.id] = scenario  # a user file may replace a bundled one
        return scenario

    def all(self) -> list[Scenario]:
        order = {"easy": 0, "medium": 1, "hard": 2}
        return sorted(self.scenarios.values(), key=lambda s: (order[s.difficulty.value], s.title))

    def get(self, ref: str) -> Scenario:
        """A scenario by id, or by the path of a YAML file (loaded as a user scenario)."""
        if ref in self.scenarios:
            return self.scenarios[ref]
        path = Path(ref)
        if path.suffix in SUFFIXES or path.exists():
            return load_scenario(path, "user")
        known = ", ".join(sorted(self.scenarios)) or "none"
        raise KeyError(f"no scenario {ref!r}; known scenarios: {known}")
