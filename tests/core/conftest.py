from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario

REPO = Path(__file__).resolve().parents[2]
BUNDLED = bundled_scenarios_dir()
# A frozen copy, so these tests do not change when the bundled scenarios are edited.
VALID = Path(__file__).parent / "data" / "valid-scenario.yaml"


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(VALID)


@pytest.fixture
def scenario_text() -> str:
    return VALID.read_text(encoding="utf-8")
