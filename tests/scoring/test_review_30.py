"""Issue 11, the lead's reading of the blind unseen-8 sessions as a coach: the review never holds
up a turn that labels, blames or threatens as done well, whatever else the turn does ("Two
people want off my brigade, and that's on you" has an impact in it; "Last week you pushed
straight to main ... Who do you think you are?" names an occasion): the evidence quotes it for
what spoiled it.

Codes are fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Turn
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.moves import ManagerMove, cite
from roleplay.scoring.rubric import load_rubric

SCORER = CompetencyScorer(load_rubric())
UP = ConversationType.UNDERPERFORMANCE


def _move(index: int, text: str, *codes: Code) -> ManagerMove:
    return ManagerMove(
        turn=Turn(index=index, speaker="manager", text=text),
        coding=TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
        context="", recent="", said="",
    )


BLAMED_IMPACT = _move(
    9, "Two people want off my brigade, and that's on you. Nobody else. You did that.",
    Code.IMPACT, Code.BLAME)
INTERROGATED = _move(
    7, "Last week you pushed straight to main. Who told you that was fine? Who do you think "
    "you are?", Code.OBSERVATION, Code.LABEL, Code.OPEN_QUESTION)
FAIR = _move(5, "On Tuesday 27 October you pushed the ranking change to main without review.",
             Code.OBSERVATION)


@pytest.mark.parametrize(("move", "note"), [(BLAMED_IMPACT, "blame"),
                                            (INTERROGATED, "labels the person")])
def test_a_hostile_turn_is_quoted_for_what_spoiled_it(move: ManagerMove, note: str) -> None:
    feedback = SCORER.feedback_delivery([FAIR, move], UP)
    quoted = [e for e in feedback.evidence if e.turn == move.index]
    assert quoted and all(not e.positive for e in quoted), feedback.evidence
    assert quoted[0].note == note, quoted
    assert not any(w.endswith(f"(turn {move.index})") for w in feedback.went_well), \
        feedback.went_well
    # the fair example beside it is still praised
    assert any(e.turn == FAIR.index and e.positive for e in feedback.evidence), feedback.evidence


def test_the_quote_is_the_sentence_that_spoiled_it() -> None:
    e = cite(BLAMED_IMPACT, "impact", True, Code.IMPACT)
    assert not e.positive and e.note == "blame"
    assert "on you" in e.quote or "You did that" in e.quote, e.quote


def test_a_clean_turn_is_cited_as_asked() -> None:
    e = cite(FAIR, "specific example", True, Code.OBSERVATION)
    assert e.positive and e.note == "specific example"


# --- the meeting closed: "back to work" ----------------------------------------------------------

@pytest.mark.parametrize("text", ["Good. Done. Let's get back to work.", "Right. Back to work.",
                                  "Great, thanks. Back to it."])
def test_back_to_work_closes_the_meeting(text: str) -> None:
    from roleplay.scoring.coder import default_coder

    coding = default_coder().code(text, "Okay. I'll do that.")
    assert coding.primary == Primary.OTHER and not coding.codes, coding


@pytest.mark.parametrize("text", ["We need you back to work on time.",
                                  "Thanks for your time. Back to work by Monday, please."])
def test_back_to_work_inside_a_request_is_no_close(text: str) -> None:
    from roleplay.domain.sentences import CLOSING
    from roleplay.scoring._text import canonical

    assert not CLOSING.match(canonical(text))


# --- a sentence that only announces the next one is not the quote on its own ------------------

def test_an_announcement_is_quoted_with_what_it_announces() -> None:
    from roleplay.scoring.moves import quote_for

    text = ("Thanks for listening so far, I know this is a lot to take in on a Monday morning. "
            "Here's the impact I'm worried about. Jun hasn't opened a PR to search since, and "
            "Beatriz asked to move teams. That's two people we could lose, and the roadmap too.")
    quote = quote_for(text, {Code.IMPACT})
    assert quote.startswith("Here's the impact") and "Jun hasn't opened a PR" in quote, quote


# --- a reflection of something said earlier in the talk ---------------------------------------

def _reflection(text: str, recent: str, said: str) -> ManagerMove:
    return ManagerMove(turn=Turn(index=15, speaker="manager", text=text),
                       coding=TurnCoding(primary=Primary.REFLECTION,
                                         codes=frozenset({Code.REFLECTION})),
                       context=recent, recent=recent, said=said)


EARLIER = ("The new rota broke everything for me. Nights, then days, then nights again. "
           "I haven't slept properly since September.")
RECENT = "I don't know. It's fine. I'll sort it out."


def test_a_reflection_of_what_they_said_earlier_is_credited() -> None:
    from roleplay.scoring.listening import judge_reflections

    ct = _reflection("Earlier you said the new rota broke everything, nights then days then "
                     "nights again.", RECENT, EARLIER + " " + RECENT)
    assert ct in judge_reflections([ct]).credited


def test_a_claim_they_never_made_is_not_credited() -> None:
    from roleplay.scoring.listening import judge_reflections

    ct = _reflection("Earlier you said your manager before me never gave you any credit, and "
                     "that the pay is the real problem.", RECENT, EARLIER + " " + RECENT)
    assert ct not in judge_reflections([ct]).credited


# --- "Take your time." after a disclosure made room; it took nothing in -----------------------

def test_room_made_is_praised_as_room_not_as_taking_in() -> None:
    from roleplay.scoring.listening_level import _made_room

    told = "I work at a pub four nights a week because my landlord put the rent up."
    room = _move(15, "Take your time. There's no rush at all.")
    heard = _move(15, "Thank you for telling me. Four nights at the pub on top of this is a lot.")
    assert _made_room(room, told) == "You made room for them to say more"
    assert _made_room(heard, told) == "You took in what they told you"


# --- a plan that makes room in their hours allows for what they told you; a recap is the plan --

DISCLOSED = ("Okay, fine. I work at a pub four nights a week because my landlord put the rent up "
             "and I couldn't cover it. I'm knackered.")


@pytest.mark.parametrize("text", [
    "From my side, I can look at a later Monday start or a shift swap for a while.",
    "We could try a later start on Mondays for a month.",
])
def test_room_in_their_hours_takes_the_disclosure_in(text: str) -> None:
    from roleplay.scoring._cues_listening import acknowledges

    assert acknowledges(text, DISCLOSED)


def test_room_in_the_deadline_is_not_room_in_their_hours() -> None:
    from roleplay.scoring._cues_listening import acknowledges

    assert not acknowledges("The deadline is Monday, and the release after that is Friday.",
                            DISCLOSED)


def test_a_recap_of_who_does_what_and_when_is_the_plan() -> None:
    from roleplay.scoring.coder import default_coder

    coding = default_coder().code(
        "So just to summarize: the late logins hurt the morning queue and Tom; you'll be on at "
        "9:00 or message me early; I'll look at the Monday start and check with HR; and we "
        "review on Dec 8. Did I get everything right?", "Yes. I know the shift starts at 9.")
    assert {Code.COMMITMENT, Code.SUMMARY} <= coding.codes, coding


# --- "I'll mostly ask and listen" is about this talk, not a step ------------------------------

@pytest.mark.parametrize("text", [
    "I'd like this to be your conversation more than mine, so I'll mostly ask and listen.",
    "Okay. I'll just listen."])
def test_listening_in_this_talk_is_no_next_step(text: str) -> None:
    from roleplay.scoring.coder import default_coder

    assert Code.COMMITMENT not in default_coder().code(text, "Hi.").codes


def test_listening_to_something_by_a_date_is_still_a_step() -> None:
    from roleplay.scoring.coder import default_coder

    coding = default_coder().code(
        "I'll listen to the recording tonight and come back to you by Friday.", "Hi.")
    assert Code.COMMITMENT in coding.codes, coding


# --- their account waved away in other words --------------------------------------------------

def test_the_whole_history_waved_away_is_a_verdict() -> None:
    from roleplay.scoring.coder import default_coder

    coding = default_coder().code("whatever. i dont need the whole history.",
                                  "I copied them in because nothing changes otherwise.")
    assert Code.LABEL in coding.codes, coding


def test_a_spoiled_turn_is_quoted_once() -> None:
    feedback = SCORER.feedback_delivery([FAIR, BLAMED_IMPACT], UP)
    assert [e.turn for e in feedback.evidence].count(BLAMED_IMPACT.index) == 1, feedback.evidence


# --- a wh-question said flat, with a full stop ------------------------------------------------

@pytest.mark.parametrize("text", ["So what happened. Straight answer.",
                                  "Why did you not tell me."])
def test_a_question_said_flat_is_no_reflection(text: str) -> None:
    from roleplay.scoring.coder import default_coder

    coding = default_coder().code(text, "I'm not being difficult. I'm explaining what happened.")
    assert coding.primary != Primary.REFLECTION and Code.REFLECTION not in coding.codes, coding
    assert Code.OPEN_QUESTION in coding.codes, coding


def test_an_ultimatum_is_no_step_of_a_plan() -> None:
    """A dated order with a threat and a tag ("From Monday you're in at nine or we'll be having a
    very different conversation. Clear?") had scored a poor manager's planning 3/5 as a next step
    with a date; a dated order with a tag and no threat is still a step set for them."""
    from roleplay.domain.scores import Competency
    from roleplay.scoring.scorer import score_transcript

    from .conftest import transcript

    def planning(order: str) -> int | None:
        s = score_transcript(transcript(
            ("manager", "So. Your times. Nine late logins in twenty days."),
            ("report", "The bus has been a nightmare."),
            ("manager", "Look, I haven't got all day. What's the story?"),
            ("report", "I'm working nights, okay?"),
            ("manager", "Your other job isn't my problem."),
            ("report", "Right."),
            ("manager", "Tom covered the Mondays. He skipped his lunch both times."),
            ("report", "I know."),
            ("manager", "And the queue opened with two agents on the 2nd."),
            ("report", "Okay."),
            ("manager", order),
            ("report", "Fine."),
        ), ConversationType.UNDERPERFORMANCE)
        dp = s.competency(Competency.DEVELOPMENT_PLANNING)
        assert dp is not None
        return dp.score

    ultimatum = planning("From Monday you're in at nine or we'll be having a very different "
                         "conversation. Clear?")
    order = planning("From Monday you're logged in at nine. Okay?")
    assert ultimatum == 1
    assert order is not None and order >= 2


@pytest.mark.parametrize(("text", "asks"), [
    ("Who do you want to pair with for the next two weeks?", True),
    ("Who did you pair with last sprint?", False),
])
def test_asking_who_they_want_to_work_with_is_asking_about_the_plan(text: str, asks: bool) -> None:
    from roleplay.scoring._cues_plan import PLAN_QUESTION
    from roleplay.scoring._text import canonical

    assert bool(PLAN_QUESTION.search(canonical(text))) is asks
