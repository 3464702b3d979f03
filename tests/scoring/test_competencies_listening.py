"""Listening over several turns (issue 11): a disclosure the manager moved on from is "ignoring
what they told you", and a reflection is credited only for what the report actually said."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.app.rehearsal import PlayedSession, load_scripts, play
from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.mind import HINT, ROOT_CAUSE, Mood, TraceEntry
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore
from roleplay.domain.session import Transcript
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring._cues_listening import acknowledges, discloses
from roleplay.scoring.coder import default_coder
from roleplay.scoring.listening import disclosed_turns, judge_reflections
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.planning_level import FOLLOW_UP_DAY
from roleplay.scoring.report import format_report
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_feedback_sentences import sentence_problems

UP = ConversationType.UNDERPERFORMANCE
REPO = Path(__file__).resolve().parents[2]

STROKE = ("My dad had a stroke six weeks ago. I'm at the hospital most mornings and evenings, and "
          "I didn't want to tell anyone because I didn't want special treatment. I know it's "
          "showing in my work.")


# a dated example, an open question and the disclosure
OPENING: tuple[tuple[str, str], ...] = (
    ("manager", "Thanks for coming in, Priya. I wanted to talk about the last few sprints."),
    ("report", "Hi. You wanted to talk about the sprints?"),
    ("manager", "The invoice-export API was committed for Wednesday 14 October and shipped "
                "on the 21st, which meant finance ran the month-end close by hand."),
    ("report", "Yes, the invoice export was late. I know."),
    ("manager", "What's been getting in the way?"),
    ("report", STROKE),
)


def _missed_deadlines(answer: str) -> Transcript:
    """The issue's session: ``OPENING``, then ``answer`` and a plan with a date, support and a
    follow-up."""
    return transcript(
        *OPENING,
        ("manager", answer),
        ("report", "Okay."),
        ("manager", "What do you think you could do first?"),
        ("report", "I could get the retry fix finished first, before I pick up anything new."),
        ("manager", "Good. I can pair you with Sam on the retry fix. Let's check in on Thursday "
                    "the 12th to see how it's going."),
        ("report", "That works."),
    )


IGNORED = _missed_deadlines("Okay. Going forward I need the retry queue fix finished by next "
                            "Friday, and I'd like a status update from you by Thursday.")
HEARD = _missed_deadlines("I'm so sorry, Priya. Thank you for telling me. How is your dad doing, "
                          "and what would help right now?")


def _comp(score: SessionScore, which: Competency) -> CompetencyScore:
    c = score.competency(which)
    assert c is not None
    return c


def test_a_disclosure_ignored_is_flagged_capped_and_rewritten_from_their_words() -> None:
    score = score_transcript(IGNORED, UP)
    flagged = {a.id: a.turns for a in score.anti_patterns}
    # one miss per disclosure: the turn that should have taken it in (fifth pass)
    assert flagged.get("ignoring_disclosure") == (6,), format_report(score)
    al = _comp(score, Competency.ACTIVE_LISTENING)
    assert al.score is not None and al.score <= 2
    assert "moved on without acknowledging it" in al.summary
    ack = al.try_instead[0]
    assert ack.turn == 6 and "your dad had a stroke" in ack.suggestion, ack
    assert not sentence_problems(ack.suggestion), ack.suggestion
    dp = _comp(score, Competency.DEVELOPMENT_PLANNING)
    assert dp.score is not None and dp.score <= 4
    assert "did not allow for what they told you" in dp.summary
    # what the plan missed is said in the summary (above), not in a "went well" line (J42)
    assert not any("left out" in w for w in dp.went_well), dp.went_well
    assert not sentence_problems(dp.summary)


def test_a_disclosure_heard_is_not_flagged_and_scores_higher() -> None:
    ignored, heard = score_transcript(IGNORED, UP), score_transcript(HEARD, UP)
    assert "ignoring_disclosure" not in {a.id for a in heard.anti_patterns}
    al = _comp(heard, Competency.ACTIVE_LISTENING)
    assert any(w.startswith("You took in what they told you") for w in al.went_well)
    # still a clear cost, though counted once per disclosure since the fifth pass (72 / 65)
    assert heard.overall > ignored.overall + 5, (heard.overall, ignored.overall)


@pytest.mark.parametrize("line", [
    STROKE,
    "I've had a lot going on at home. I'd rather not make it a thing.",
    "Things outside work have been a lot lately.",
    "My rent went up by a third, so I've taken bar shifts at the weekend.",
    "honestly my mum has been in and out of hospital since august",
    "I haven't been sleeping, to be honest. My partner moved out in October.",
])
def test_a_personal_difficulty_said_in_the_first_person_is_a_disclosure(line: str) -> None:
    assert discloses(line)


@pytest.mark.parametrize("line", [
    "The migration ate two weeks nobody planned for.",
    "I work better at home, to be honest.",
    "I've worked more evenings this quarter than anyone.",
    "Is this about the hospital contract?",
    "The estimates were unrealistic from the start.",
])
def test_work_talk_is_not_a_disclosure(line: str) -> None:
    assert not discloses(line)


@pytest.mark.parametrize(("line", "heard"), [
    ("That must be really hard. How are you holding up?", True),
    ("Thank you for being open with me.", True),
    ("i can see thats a lot and you look pretty worried", True),
    ("What does the hospital routine look like for you at the moment?", True),
    ("Would it help to move your hours around the visits for a few weeks?", True),
    ("Status update by Thursday, please.", False),
    ("What can you deliver by next Friday?", False),
    ("Okay. Have you tried time-blocking your mornings?", False),
])
def test_what_counts_as_taking_a_disclosure_in(line: str, heard: bool) -> None:
    assert acknowledges(line, STROKE) is heard


# --- reflections: grounded in what they said, or a guess ----------------------------------


def _move(index: int, text: str, recent: str) -> ManagerMove:
    t = transcript(*([("report", "x")] * index), ("manager", text)).turns[index]
    coding = TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION}))
    return ManagerMove(turn=t, coding=coding, context=recent, recent=recent)


SAID = ("Busy. The migration took most of my time and the estimates were off. I keep thinking "
        "I'll catch up at the weekend, and then I don't. It's been a lot.")


def test_an_invented_reflection_is_a_guess_not_a_feeling_acknowledged() -> None:
    rota = _move(4, "so you were stuck on the support rota and nobody took it off you, that's "
                    "what you're saying", SAID)
    judged = judge_reflections([rota])
    assert judged.guesses == (rota,) and not judged.credited and not judged.feeling


@pytest.mark.parametrize("text", [
    # content they said, turned round
    "So the migration took your time, and you keep hoping to catch up at the weekend.",
    # a complex reflection: their words plus the meaning and feeling under them
    "It sounds like you've been trying to catch up on your own, and it's worn you down.",
    # a feeling named tentatively, no content of theirs needed
    "I wonder if you're feeling a bit overwhelmed by all of it.",
])
def test_grounded_and_tentative_reflections_keep_their_credit(text: str) -> None:
    move = _move(4, text, SAID)
    judged = judge_reflections([move])
    assert judged.credited == (move,) and not judged.guesses


def test_a_feeling_needs_their_feeling_or_a_tentative_voice() -> None:
    flat = "The migration took most of my time and the estimates were off."
    sure = _move(2, "So the migration left you frustrated with the estimates.", flat)
    judged = judge_reflections([sure])
    assert judged.credited == (sure,)  # their content, so a reflection
    assert not judged.feeling  # but they never said they were frustrated


def test_the_scorer_says_check_it_with_them_and_never_praises_the_guess() -> None:
    t = transcript(
        ("manager", "Thanks for coming in. How have the last few weeks been?"),
        ("report", "Busy. The migration took most of my time and the estimates were off."),
        ("manager", "What else has been going on?"),
        ("report", "I keep thinking I'll catch up at the weekend, and then I don't."),
        ("manager", "so you were stuck on the support rota and nobody took it off you, that's "
                    "what you're saying"),
        ("report", "Not really, no."),
        ("manager", "It sounds like you've been trying to catch up on your own, and it's worn "
                    "you down."),
        ("report", "Yeah. It has."),
    )
    al = _comp(score_transcript(t, UP), Competency.ACTIVE_LISTENING)
    assert not any(ev.turn == 4 and ev.positive for ev in al.evidence), al.evidence
    assert not any("(turn 4)" in w for w in al.went_well)
    assert "check a guess like that with them" in al.summary and '"rota"' in al.summary
    assert any(ev.turn == 6 and ev.note == "feeling acknowledged" for ev in al.evidence)


# --- the four scripted disclosure sessions, through the real engine and offline report -----


@pytest.fixture(scope="module")
def disclosure_sessions() -> list[PlayedSession]:
    coder = default_coder()
    return [play(load_scenario(bundled_scenarios_dir() / f"{f.scenario}.yaml"), s, coder)
            for f in load_scripts(REPO / "data" / "sessions" / "disclosure") for s in f.sessions]


def test_skilled_managers_hear_the_disclosure_and_typical_ones_are_told_they_did_not(
    disclosure_sessions: list[PlayedSession],
) -> None:
    assert sorted(p.script.style for p in disclosure_sessions) == ["skilled"] * 2 + \
        ["typical"] * 2
    for p in disclosure_sessions:
        told = [e for e in p.session.persona_trace if e.newly_revealed]
        assert told, p.script.id  # the report disclosed something in every one
        flagged = "ignoring_disclosure" in {a.id for a in p.score.anti_patterns}
        assert flagged is (p.script.style == "typical"), (p.script.id, format_report(p.score))
    skilled = [p.score.overall for p in disclosure_sessions if p.script.style == "skilled"]
    typical = [p.score.overall for p in disclosure_sessions if p.script.style == "typical"]
    assert min(skilled) >= 60 and min(skilled) >= max(typical) + 15, (skilled, typical)


def _entry(turn: int, newly: tuple[str, ...]) -> TraceEntry:
    return TraceEntry(turn=turn, moves=(), trust_before=50, defensiveness_before=30,
                      openness_before=50, trust=50, defensiveness=30, openness=50,
                      revealed=newly, newly_revealed=newly, mood=Mood.WARMING, reply_key="x")


def test_the_trace_decides_which_report_turns_disclosed() -> None:
    """In a stored session the persona trace says when the report revealed something: the
    hidden cause always counts; a hint counts when it tells a personal difficulty (a hint about
    work is a bid, not a disclosure); with no trace the words decide."""
    t = transcript(
        ("manager", "How are things?"),
        ("report", "I'm not sure the usual next step is really for me."),  # hint about work
        ("manager", "What else?"),
        ("report", "I've had a lot going on at home."),  # a hint that is personal
        ("manager", "Tell me more."),
        ("report", "I don't want to manage people."),  # the hidden cause
    )
    trace = (_entry(0, (HINT,)), _entry(2, (HINT,)), _entry(4, (ROOT_CAUSE,)))
    assert disclosed_turns(t, trace) == (3, 5)
    assert disclosed_turns(t, ()) is None


def test_a_missed_disclosure_caps_listening_at_some_when_they_reflected_regularly() -> None:
    """Moving on from what they told you is a serious miss, but a manager who reflected
    regularly otherwise listened some of the time (level 3), and the summary says both."""
    reflecting = transcript(
        ("manager", "Thanks for coming in, Priya. I wanted to talk about the last few sprints."),
        ("report", "I know the invoice export was late. I feel terrible about it."),
        ("manager", "It sounds like you feel terrible about the invoice export being late."),
        ("report", "Yes. And the retry fix slipped too, which makes it worse."),
        ("manager", "So the retry fix slipping on top of the export has made it feel worse."),
        ("report", STROKE),
        ("manager", "Okay. Going forward I need the retry queue fix finished by next Friday."),
        ("report", "Okay."),
        ("manager", "And I'd like a status update from you by Thursday."),
        ("report", "Fine."),
    )
    al = _comp(score_transcript(reflecting, UP), Competency.ACTIVE_LISTENING)
    assert al.score == 3, al
    assert "moved on without acknowledging it" in al.summary
    al_ignored = _comp(score_transcript(IGNORED, UP), Competency.ACTIVE_LISTENING)
    assert al_ignored.score is not None and al_ignored.score <= 2


def _plan_session(follow_up: str) -> Transcript:
    return transcript(
        ("manager", "The invoice export was committed for Wednesday 14 October and shipped on the "
                    "21st, so finance closed the month by hand. What's been going on?"),
        ("report", "The migration pulled me onto support work nobody planned for."),
        ("manager", "What would make the dates doable for you?"),
        ("report", "Fewer support shifts, honestly."),
        ("manager", "You own the retry fix by Friday the 13th, and I'll pull you off the support "
                    "rota for three weeks. " + follow_up),
        ("report", "Okay."),
    )


@pytest.mark.parametrize(("follow_up", "level"), [
    ("We check in next Tuesday.", 5),
    ("Let's review it on Thursday the 12th.", 5),
    ("Let's catch up next week sometime.", 4),
    ("We can catch up again at some point.", 4),
])
def test_level_five_needs_a_follow_up_with_a_day_to_meet(follow_up: str, level: int) -> None:
    dp = _comp(score_transcript(_plan_session(follow_up), UP), Competency.DEVELOPMENT_PLANNING)
    assert dp.score == level, dp
    assert (FOLLOW_UP_DAY in dp.summary) is (level == 4), dp.summary
    assert any("pull you off the support rota" in e.quote for e in dp.evidence), dp.evidence


def test_a_turn_that_took_in_what_they_told_you_is_not_also_called_a_guess() -> None:
    # found playing a Polish manager: the same turn was praised ("You took in what they told
    # you") and marked down ("a guess said as their words") in one card
    t = transcript(
        ("manager", "This is a pattern, not one bad week. Something is going on. What is "
                    "happening for you?"),
        ("report", "It's not just work, to be honest. Things outside work have been a lot "
                   "lately."),
        ("manager", "So the dates were slipping and you felt you must handle it alone, without "
                    "asking."),
        ("report", "I appreciate you asking. It's been harder than it looks from the outside."),
    )
    al = _comp(score_transcript(t, UP), Competency.ACTIVE_LISTENING)
    assert any("(turn 2)" in w for w in al.went_well), al.went_well
    assert not any(ev.turn == 2 and not ev.positive for ev in al.evidence), al.evidence
    assert "check a guess like that" not in al.summary
