"""Listening, ninetieth pass (issue 11, the lead, from unseen-39's first reading and the
skilled sessions of every set): a reading of the report offered to be taken up or corrected is
listening, whether or not it reuses their words, unless they turn it down; a feeling named as
the manager sees or hears it ("I can see you're angry", "you look worried") is a feeling
acknowledged; and a feeling seen and checked in one spoken breath is a reflection, not a label.
Skilled managers' active listening had stayed at 2/5 in 158 of 306 scripted sessions. The lines
are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.session import Transcript, Turn
from roleplay.scoring.coder import default_coder
from roleplay.scoring.scorer import SessionScorer

_SCORER = SessionScorer(coder=default_coder())

_OPENING = (("report", "So. Attendance. Has somebody been watching my login times?"),
            ("manager", "Hi Ana. It was me who looked, nobody else. Sit if you like."),
            ("report", "Right. And the rest of the team strolls in at ten past. Why me?"))


def _listening(*lines: tuple[str, str]) -> str:
    turns = tuple(Turn(index=i, speaker=s, text=x)  # type: ignore[arg-type]
                  for i, (s, x) in enumerate(lines))
    score = _SCORER.score_transcript(Transcript(turns=turns))
    return next(c.summary for c in score.competencies if c.competency.value == "active_listening")


_CLOSE = (("manager", "What would help you be on the queue at nine?"),
          ("report", "I don't know. Maybe a later shift."))


@pytest.mark.parametrize("reading", [
    # handed back with a check, in the manager's words
    "Sounds like it all ends up landing on you, and you're sick of it. Am I near?",
    # a perceived feeling, no check
    "I can see you're angry, and I get why. A meeting called attendance would annoy anyone.",
    # an impression of them, said as one
    "It sounds like you put in the hours and still feel you are the one being singled out.",
    # said aloud, checked in one breath
    "you look fed up with all this and maybe a bit watched did i read that right or not",
])
def test_a_reading_offered_and_not_turned_down_is_listening(reading: str) -> None:
    summary = _listening(*_OPENING, ("manager", reading),
                         ("report", "Let's just say it hasn't been a great month."), *_CLOSE)
    assert "1 of your 3 turns reflected" in summary, summary


@pytest.mark.parametrize("reading", [
    "Sounds like it all ends up landing on you, and you're sick of it. Am I near?",
    "you look fed up with all this and maybe a bit watched did i read that right or not",
])
def test_a_reading_turned_down_earns_nothing(reading: str) -> None:
    summary = _listening(*_OPENING, ("manager", reading),
                         ("report", "No. That's not it at all."), *_CLOSE)
    assert "0 of your 3 turns reflected" in summary, summary


@pytest.mark.parametrize("line", [
    "You logged in at 9:47 on Monday the 2nd. Is that right?",  # a fact of the feedback, checked
    "So. Is that right?",  # nothing handed back
    "You'll be on the queue at nine from Monday. That right?",  # a step put to them
])
def test_the_managers_own_point_checked_is_no_reading(line: str) -> None:
    summary = _listening(*_OPENING, ("manager", line),
                         ("report", "I suppose."), *_CLOSE)
    assert "0 of your 3 turns reflected" in summary, summary


@pytest.mark.parametrize(("text", "reflection", "label"), [
    # a feeling seen and checked, said aloud in one breath (unseen-39's skilled manager)
    ("you look a bit ashamed now when you say this i think maybe you believe you should know "
     "all of it already is that close", True, False),
    ("you look worried maybe scared of what comes next is that right", True, False),
    ("you look very worried right now maybe scared of what comes did i read that right or not",
     True, False),
    ("You look tired. Is that right?", True, False),
    ("you seem lazy lately is that right", False, True),
    # verdicts checked stay verdicts
    ("maybe you are just lazy is that close", False, True),
    ("you look fed up because you are lazy is that right", False, True),
])
def test_a_feeling_seen_and_checked_aloud_is_a_reflection(text: str, reflection: bool,
                                                          label: bool) -> None:
    coding = default_coder().code(text, "I'm out of my depth on this and I didn't ask.")
    codes = {c.value for c in coding.codes}
    assert ("reflection" in codes) is reflection, codes
    assert ("label" in codes) is label, codes


@pytest.mark.parametrize(("text", "checked"), [
    ("sounds like you carry it alone. am i near?", True),
    ("is that near the mark", True),
    ("did i read that right or not", True),
    ("are we near the office?", False),
])
def test_one_check_vocabulary(text: str, checked: bool) -> None:
    from roleplay.domain.checks import CHECKED_AT_END
    assert (CHECKED_AT_END.search(text) is not None) is checked


# --- what they told, taken in by time given or by finding out what became of it ---------------

_TOLD = ("In June my old lead told me she'd put me up for lead designer. Then the reorg came, she "
         "left, and nobody said a word about it again.")


def _took_it_in(answer: str) -> bool:
    from roleplay.scoring.listening import find_disclosures
    from roleplay.scoring.moves import ManagerMove

    lines = (("manager", "What has this autumn been like for you?"), ("report", _TOLD),
             ("manager", answer), ("report", "Okay."),
             ("manager", "And the crit: your work is in it again from next week."))
    turns = tuple(Turn(index=i, speaker=s, text=x)  # type: ignore[arg-type]
                  for i, (s, x) in enumerate(lines))
    coder = default_coder()
    mine = [ManagerMove(turn=t, coding=coder.code(t.text, lines[t.index - 1][1] if t.index else
                                                  None), context=None, recent=None, said=None)
            for t in turns if t.speaker == "manager"]
    (told,) = find_disclosures(Transcript(turns=turns), mine, (1,))
    return told.heard


@pytest.mark.parametrize(("answer", "heard"), [
    # time given, whatever saying the coder reads as advice after it
    ("Take your time. Out on the boat you learn the fog lifts when it lifts.", True),
    ("no hurry on the ramp we learned to wait for the tug so nobody rushes here either", True),
    # what became of it looked into, in the manager's own words
    ("From my side, if somebody promised you something about your job, I go and find out what "
     "happened to it, and I come back to you by Friday.", True),
    # the plan alone moves on
    ("Here's what I need: your wireframes at crit with their states by Thursday.", False),
    ("No rush on the wireframes, but I need them by Thursday.", False),
])
def test_what_they_told_taken_in(answer: str, heard: bool) -> None:
    assert _took_it_in(answer) is heard



@pytest.mark.parametrize(("reflections", "room_turns", "said"), [
    (3, 7, "(3 of the 7 that were not giving the feedback or making the plan)"),
])
def test_the_rate_is_said_over_the_turns_with_room(reflections: int, room_turns: int,
                                                   said: str) -> None:
    feedback = [("manager", "On Monday the 2nd you logged in at 9:47 and the queue opened with two "
                            "people instead of four."),
                ("report", "Okay."),
                ("manager", "Here's what I need: on the queue at nine, or a message before eight."),
                ("report", "Fine."),
                ("manager", "I'll ask HR by Friday what shift swaps we can offer, and we meet "
                            "again Tuesday the 8th at three."),
                ("report", "Okay.")]
    talk = [("manager", "How have the mornings been for you?"),
            ("report", "Hard. I feel watched, honestly."),
            ("manager", "It sounds like you feel watched, and that stings after four years."),
            ("report", "It does. And the buses are a mess."),
            ("manager", "So the buses make the mornings a lottery."),
            ("report", "Yeah."),
            ("manager", "I can see this has been wearing you down."),
            ("report", "A bit."),
            ("manager", "What would help?"),
            ("report", "A later start, maybe."),
            ("manager", "Tell me more."),
            ("report", "Ten o'clock on Mondays."),
            ("manager", "Go on.")]
    summary = _listening(*_OPENING, *talk, ("report", "That's it."), *feedback)
    assert f"{reflections} of your" in summary and said in summary, summary
    assert summary[0] in "45", summary


def test_a_spoken_cleft_is_quoted_whole() -> None:
    # the closing play-through: "i need" was read as a clause told in the past ("-ed"), and the
    # praise quoted "i need going forward is worries about a build ..."
    from roleplay.scoring.moves import praised_quote
    quote = praised_quote("so what i need going forward is worries about a build go to leo first "
                          "one to one and not in the channel", "Clear expectation")
    assert quote.startswith("so what i need going forward is"), quote
