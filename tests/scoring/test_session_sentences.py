"""Every summary, rewrite and note the review writes for the 820 scripted sessions
(data/sessions and its sets in new voices: new-voices, unseen-4 to unseen-40, disclosure) is a
clean sentence, by the strict sentence test of test_feedback_sentences (issue 11: "zero
rewrites or summaries failing the grammar test across all of them")."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.app.rehearsal import load_scripts, play
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder
from roleplay.scoring.report import format_report

from .test_feedback_sentences import sentence_problems

SESSIONS = Path(__file__).resolve().parents[2] / "data" / "sessions"
FOLDERS = [SESSIONS, *sorted(p for p in SESSIONS.iterdir() if p.is_dir())]


def test_every_session_set_is_read() -> None:
    names = {p.name for p in FOLDERS}
    assert {"sessions", "new-voices", "unseen-4", "unseen-5", "unseen-6", "unseen-7", "unseen-8",
            "unseen-9", "unseen-10", "unseen-11", "unseen-12", "unseen-13", "unseen-14",
            "unseen-15", "unseen-16", "unseen-17", "unseen-18", "unseen-19", "unseen-20",
            "unseen-21", "unseen-22", "unseen-23", "unseen-24", "unseen-25", "unseen-26",
            "unseen-27", "unseen-28", "unseen-29", "unseen-30", "unseen-31", "unseen-32",
            "unseen-33", "unseen-34", "unseen-35",
            "unseen-36", "unseen-37", "unseen-38", "unseen-39", "unseen-40", "disclosure"} <= names


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_every_summary_rewrite_and_note_is_a_clean_sentence(folder: Path) -> None:
    coder = default_coder()
    failures: list[str] = []
    played = 0
    for script in load_scripts(folder):
        scenario = load_scenario(bundled_scenarios_dir() / f"{script.scenario}.yaml")
        for session in script.sessions:
            score = play(scenario, session, coder).score
            played += 1
            texts = []
            for c in score.competencies:
                texts += [(f"{c.competency.value} summary", c.summary)]
                texts += [(f"{c.competency.value} try instead", rw.suggestion)
                          for rw in c.try_instead]
                texts += [(f"{c.competency.value} why", rw.why) for rw in c.try_instead]
            texts += [(f"anti-pattern {a.id}", a.note) for a in score.anti_patterns]
            found = [f"{session.id} {what}: {p}" for what, text in texts
                     for p in sentence_problems(text)]
            if found and not failures:  # the first failing session's review, to read
                found.append(format_report(score))
            failures += found
    assert played >= 4
    assert not failures, "\n".join(failures)
