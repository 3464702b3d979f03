from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from roleplay.app.rehearsal import PlayedSession, ScriptedSession, play
from roleplay.domain.scores import Competency, SessionScore
from roleplay.domain.session import Transcript, Turn, Word
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder
from roleplay.scoring.scorer import SessionScorer

DATA = Path(__file__).parent / "data"


def transcript(*lines: tuple[str, str]) -> Transcript:
    return Transcript(turns=tuple(
        Turn(index=i, speaker=s, text=t) for i, (s, t) in enumerate(lines)))  # type: ignore[arg-type]


GOOD = transcript(
    ("manager", "Thanks for making the time. How have the last few weeks been for you?"),
    ("report", "Honestly pretty rough. I've been covering for two people since Ana left and "
               "I'm exhausted."),
    ("manager", "It sounds like you've been carrying a lot more than your share, and it's worn "
                "you down."),
    ("report", "Yeah. And then the reports slipped, I know."),
    ("manager", "They did. On Friday the 3rd and Friday the 10th the client report went out two "
                "days late, which meant I went into the board meeting without numbers."),
    ("report", "I know. I'm sorry."),
    ("manager", "Going forward I need the report by Thursday night. What would help you get "
                "there?"),
    ("report", "Maybe if I could hand the on-call to someone for a month."),
    ("manager", "I can take you off the on-call rota for the next month. So you'll send the "
                "report by Thursday at 5, and let's check in on the 28th to see how it's going."),
    ("report", "That works. Thanks."),
)

POOR = transcript(
    ("manager", "Right, I'll get straight to it. You're careless with the reports."),
    ("report", "I've been covering for two people since Ana left."),
    ("manager", "That's no excuse. Have you tried making a to-do list?"),
    ("report", "It's not about a to-do list."),
    ("manager", "You need to just manage your time better. If this continues I'll have to take "
                "it to HR."),
    ("report", "Okay."),
    ("manager", "Good. Is that clear?"),
    ("report", "Yes."),
)


def manager_set() -> list[dict[str, Any]]:
    lines = (DATA / "manager_utterances.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture
def timed() -> Transcript:
    """Four turns with timestamps and words: the manager talks 6 s of 10 s."""
    def words(text: str, start: float, step: float) -> tuple[Word, ...]:
        return tuple(Word(text=w, start=start + i * step, end=start + (i + 1) * step)
                     for i, w in enumerate(text.split()))

    t0 = "So um what happened with the release on Friday"  # 9 words over 3 s
    t1 = "The tests were flaky and I shipped anyway"  # 8 words over 2 s
    t2 = "It sounds like you felt under pressure to ship"  # 9 words over 3 s
    t3 = "Yes I did"  # 3 words over 2 s
    return Transcript(turns=(
        Turn(index=0, speaker="manager", text=t0, start=0.0, end=3.0,
             words=words(t0, 0.0, 3.0 / 9)),
        Turn(index=1, speaker="report", text=t1, start=3.5, end=5.5,
             words=words(t1, 0.0, 2.0 / 8)),
        Turn(index=2, speaker="manager", text=t2, start=8.0, end=11.0,
             words=words(t2, 0.0, 3.0 / 9)),
        Turn(index=3, speaker="report", text=t3, start=11.2, end=13.2,
             words=words(t3, 0.0, 2.0 / 3)),
    ))


def played_with(name: str, *lines: str) -> PlayedSession:
    """A bundled scenario played with ``lines`` as a typical manager; the offline report
    answers."""
    scenario = load_scenario(bundled_scenarios_dir() / f"{name}.yaml")
    return play(scenario, ScriptedSession(id="t", style="typical", voice="test", turns=lines),
                default_coder())


def review_text(name: str, *lines: str) -> dict[Competency, str]:
    """A bundled scenario played with ``lines`` as a typical manager: each competency's summary,
    evidence (``+`` credited, ``-`` missed), rewrites and praise as one text, for tests that read
    the review."""
    played = played_with(name, *lines)
    return {c.competency: c.summary + "\n" + "\n".join(
        f"{'+' if e.positive else '-'} {e.note}: {e.quote}" for e in c.evidence) + "\n" + "\n".join(
        f"{r.original} => {r.suggestion}" for r in c.try_instead) + "\n" + "\n".join(
        c.went_well) for c in played.score.competencies}


def scored_in(name: str, *lines: tuple[str, str],
              disclosed: tuple[int, ...] | None = None) -> SessionScore:
    """A transcript of ``lines`` scored against a bundled scenario (its type and facts), the
    report turns in ``disclosed`` counted as telling what is going on."""
    scenario = load_scenario(bundled_scenarios_dir() / f"{name}.yaml")
    return SessionScorer().score_transcript(transcript(*lines), scenario.type, scenario,
                                            disclosed)


def competency_text(score: SessionScore, which: Competency) -> str:
    """One competency's summary, evidence, praise and rewrites as one text."""
    c = score.competency(which)
    assert c is not None
    return "\n".join([c.summary, *(f"{e.note}: {e.quote}" for e in c.evidence),
                      *c.went_well,
                      *(r if isinstance(r, str) else r.suggestion for r in c.try_instead)])


def went_well_text(score: SessionScore, which: Competency) -> str:
    """One competency's "What went well" lines as one text."""
    c = score.competency(which)
    assert c is not None
    return "\n".join(c.went_well)
