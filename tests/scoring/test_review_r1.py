"""Issue 11, the reviewer's pass (R1) over the day's diff: regexes that could not match what
their comments say, and a rewrite that lowercased an acronym. Each is checked on what the
comment promised."""

from __future__ import annotations

from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring._cues_feedback import TELL_ME_WANTED
from roleplay.scoring._text import canonical
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.rewrites import soft_opener
from roleplay.scoring.settle.denials import _judgement_denied


def test_a_judging_word_denied_with_nobodys_saying_is_denied() -> None:
    # "nobody's saying" was written "nobody 's saying" in the pattern and never matched
    for low in ("nobody's saying you became careless, tom.",
                "no one's saying you became careless.",
                "nobody is saying you became careless, tom."):
        assert _judgement_denied(low), low


def test_a_judging_word_not_denied_stays_undenied() -> None:
    assert not _judgement_denied("everybody's saying you became careless, tom.")


def test_a_want_that_they_tell_the_manager_said_with_to_is_read() -> None:
    # the comment's own example: "what I need from you is to tell me early"
    assert TELL_ME_WANTED.search(canonical("What I need from you is to tell me early."))
    assert TELL_ME_WANTED.search(canonical("what i need is to hear it from you")) is None


def test_a_soft_opener_keeps_an_acronym_capitalised() -> None:
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / "quality-slipping.yaml"))
    assert facts is not None
    qa = next(f for f in facts.facts if (f.observation or "").startswith("QA "))
    rw = soft_opener(1, "so um there's a thing I wanted to chat about", facts, qa)
    assert "One thing I noticed: QA reopened" in rw.suggestion, rw.suggestion
