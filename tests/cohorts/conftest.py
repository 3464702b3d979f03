from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.scenarios.loader import load_scenario

REPO = Path(__file__).resolve().parents[2]
VALID = REPO / "tests" / "core" / "data" / "valid-scenario.yaml"


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(VALID)
