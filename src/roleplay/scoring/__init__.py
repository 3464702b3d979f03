"""Scoring: the behaviour coder, conversation metrics and competency scores.

Public API (imported lazily, so ``import roleplay.scoring.coder`` stays light for the mind):

- ``LinearBehaviourCoder``, ``default_coder()``: the behaviour coder (port: BehaviourCoder)
- ``SessionScorer``, ``score_transcript()``: deterministic scoring (port: Scorer)
- ``load_rubric()``: the versioned rubric as pydantic models, for the brief and the review
- ``compute_metrics()``, ``ConversationMetrics``: conversation metrics
- ``LLMJudge``, ``JudgeCache``: the optional LLM judge (port: Judge)
- ``load_transcript_file()``, ``score_to_json()``, ``format_report()``: CLI helpers
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "LinearBehaviourCoder": "roleplay.scoring.coder",
    "default_coder": "roleplay.scoring.coder",
    "SessionScorer": "roleplay.scoring.scorer",
    "score_transcript": "roleplay.scoring.scorer",
    "load_rubric": "roleplay.scoring.rubric",
    "compute_metrics": "roleplay.scoring.metrics",
    "ConversationMetrics": "roleplay.scoring.metrics",
    "LLMJudge": "roleplay.scoring.judge",
    "JudgeCache": "roleplay.scoring.judge",
    "load_transcript_file": "roleplay.scoring.transcript_file",
    "score_to_json": "roleplay.scoring.report",
    "format_report": "roleplay.scoring.report",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'roleplay.scoring' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
