"""The persona evaluation harness (benchmarks/persona_eval.py) on the offline voice: every
bundled scenario, every manager style, through the real engine and the shipped coder. The
offline voice must pass the rules it can: it answers the question's form, names no fact the
scenario lacks, gives nothing away before the mind allows it and writes no plan."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from roleplay.app.persona_eval import STYLES
from roleplay.persona.answering import Form, read_question
from roleplay.resources import bundled_scenarios_dir

REPO = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("persona_eval_benchmark",
                                                  REPO / "benchmarks" / "persona_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def offline_run() -> tuple[dict[str, Any], str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        summary: dict[str, Any] = _benchmark().main([])
    return summary, out.getvalue()


def test_the_scripts_ask_every_form_and_stay_silent_too() -> None:
    forms = {read_question(line).form for lines in STYLES.values() for line in lines}
    assert forms == {Form.EITHER_OR, Form.YES_NO, Form.OPEN, Form.NONE}
    assert {"either_or", "yes_no", "hostile", "silent"} <= set(STYLES)
    assert "..." in STYLES["silent"] and "Take your time." in STYLES["silent"]


def test_the_offline_voice_passes_the_rules_it_can(
    offline_run: tuple[dict[str, Any], str],
) -> None:
    summary, _ = offline_run
    scenarios = len(list(bundled_scenarios_dir().glob("*.yaml")))
    assert summary["scenarios"] == scenarios
    assert summary["replies"] == scenarios * sum(len(v) for v in STYLES.values())
    assert summary["failed_sessions"] == 0
    assert summary["questions_judged"] >= 15 * scenarios
    assert summary["answers_form_rate"] >= 0.95
    assert all(rate is not None and rate >= 0.9
               for rate in summary["answers_form_by_form"].values())
    assert summary["early_disclosures"] == 0
    assert summary["plan_writing"] == 0
    assert summary["invented_facts"] == 0
    assert summary["in_character_breaks"] == 0
    assert summary["too_long"] == 0
    assert summary["replaced_rate"] is None  # only an LLM voice has replies to replace


def test_it_prints_a_table_per_scenario_and_ends_with_one_json_line(
    offline_run: tuple[dict[str, Any], str],
) -> None:
    summary, printed = offline_run
    lines = printed.strip().splitlines()
    last = json.loads(lines[-1])
    assert last == summary
    assert "answers_form_rate" in last
    for path in bundled_scenarios_dir().glob("*.yaml"):
        assert path.stem in lines
    assert sum(1 for line in lines if line.strip().startswith("all ")) == summary["scenarios"]
