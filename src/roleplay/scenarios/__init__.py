"""Scenario files: YAML loading with precise error locations, and the scenario catalogue."""

from roleplay.scenarios.catalogue import ScenarioCatalogue
from roleplay.scenarios.loader import ScenarioError, ScenarioFileError, load_scenario

__all__ = ["ScenarioCatalogue", "ScenarioError", "ScenarioFileError", "load_scenario"]
