"""Issue 11, J6: a guess the report says back in their own words is confirmed, like "Yes" or
"Something like that" (listening), and the review does not praise a plan the manager
dictated as if it were agreed together. Lines written for the rules; real coder and scorer."""

from __future__ import annotations

import pytest

from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, CompetencyScore
from roleplay.scoring._cues_listening import answer_to_guess
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript

UP = ConversationType.UNDERPERFORMANCE


@pytest.mark.parametrize(("guess", "reply"), [
    ("So you feel it falls to you to flag everything.", "If I don't flag it, nobody does."),
    ("It sounds like you're drowning in the checkout work.",
     "I'm just buried in checkout, honestly. Every ticket lands on me."),
    ("You feel nobody listens when you raise it.", "I raise it and nothing happens."),
    ("So the rota changes left you feeling shut out.",
     "I'm always the last to hear about rota changes."),
    ("sounds like every release gets dumped on you at the last minute",
     "every release gets dumped on me the night before"),
])
def test_a_guess_said_back_in_their_words_is_confirmed(guess: str, reply: str) -> None:
    assert answer_to_guess(reply, guess) is True
    assert answer_to_guess(reply) is None  # the words alone say neither yes nor no


@pytest.mark.parametrize(("guess", "reply", "answer"), [
    # asked back, pushed back, played down, or about something else: no confirmation
    ("So you feel it falls to you to flag everything.", "Flag everything? I never said that.",
     None),
    ("So you feel it falls to you to flag everything.",
     "Actually I flag things because the process asks me to.", None),
    ("It sounds like you're drowning in the checkout work.",
     "I'm fine with the checkout work, it's the estimates.", None),
    ("It sounds like you're drowning in the checkout work.",
     "I don't think checkout is the problem.", None),
    ("You feel nobody listens when you raise it.", "Can we talk about the release instead?",
     None),
    ("You feel nobody listens when you raise it.", "The team is great, to be fair.", None),
    ("So you feel it falls to you to flag everything.",
     "It's not about flagging, it's about the release.", False),
    ("So the rota changes left you feeling shut out.", "Yes, that's it.", True),
])
def test_other_replies_are_read_as_before(guess: str, reply: str, answer: bool | None) -> None:
    assert answer_to_guess(reply, guess) is answer


def test_the_scorer_credits_a_reflection_they_said_back() -> None:
    t = transcript(
        ("manager", "Thanks for coming in. How have the last few weeks been?"),
        ("report", "Busy. I keep leaving notes on other people's pull requests."),
        ("manager", "So you feel it falls to you to flag everything."),
        ("report", "If I don't flag it, nobody does."),
        ("manager", "What would help?"),
        ("report", "Maybe a rota for reviews."),
    )
    al = score_transcript(t, UP).competency(Competency.ACTIVE_LISTENING)
    assert al is not None
    assert any(ev.turn == 2 and ev.positive for ev in al.evidence), al.evidence


# --- a dictated plan is quoted as a next step, but not as one made together -------------------

PLAN_OPENING = (
    ("manager", "Thanks for coming in. On Tuesday the 3rd the release went out without tests."),
    ("report", "I know. It was a busy week."),
)
DICTATED = [
    [("manager", "Going forward, I need tests on every ticket by Friday. I'll check in with you "
                 "next Monday.")],
    [("manager", "Here's what happens now: you write the tests for checkout by Thursday, and we "
                 "review them on Friday the 13th.")],
    [("manager", "what i want is the checkout tests done by wednesday and then we catch up on "
                 "thursday")],
    [("manager", "Fill in the test checklist on every ticket from Monday. Okay?"),
     ("report", "Okay."), ("manager", "Good. We'll look at it together next Friday.")],
]
TOGETHER = [
    [("manager", "What do you think would help you get the tests in?"),
     ("report", "I could pair with Kasia on the next ticket."),
     ("manager", "Great, so you'll pair with Kasia on the next ticket by Friday, and I'll free "
                 "up her time. Let's catch up next Tuesday.")],
    [("manager", "What would make the difference next sprint?"),
     ("report", "Maybe if I could get the integration tests running on my laptop."),
     ("manager", "Okay, so you'll get the integration tests running this week, and I'll ask Sam "
                 "to help. We'll check in on Monday.")],
]


def _planning(plan: list[tuple[str, str]]) -> CompetencyScore:
    t = transcript(*PLAN_OPENING, *plan, ("report", "Okay."))
    dp = score_transcript(t, UP).competency(Competency.DEVELOPMENT_PLANNING)
    assert dp is not None
    return dp


def _planning_praise(plan: list[tuple[str, str]]) -> tuple[str, ...]:
    return _planning(plan).went_well


@pytest.mark.parametrize("plan", DICTATED)
def test_a_dictated_step_is_said_to_be_set_for_them(plan: list[tuple[str, str]]) -> None:
    # one praise per turn (J7), and no caveat on it: the summary says the step was set for
    # them (J43: "Next step and follow-up, though you set it for them: ..." was a went-well line
    # saying what went wrong)
    dp = _planning(plan)
    steps = [w for w in dp.went_well if w.startswith("Next step")]
    assert steps and all("though you set it" not in w for w in steps), steps
    assert "You set the step for them" in dp.summary or (
        "Missing: asking what they would do" in dp.summary), dp.summary


@pytest.mark.parametrize("plan", TOGETHER)
def test_a_step_made_together_is_praised_plainly(plan: list[tuple[str, str]]) -> None:
    steps = [w for w in _planning_praise(plan) if w.startswith("Next step")]
    assert steps and all("though you set it" not in w.split(":")[0] for w in steps), steps


# --- an open door counts as support for the level, but is not held up as done well -----------

PLAN_STEP = ("manager", "What would help you get the tests in by Friday?")
PLAN_IDEA = ("report", "I could pair with Kasia on the next ticket.")


@pytest.mark.parametrize(("offer", "praised"), [
    ("If there's anything I can do to help, just let me know.", False),
    ("Anyway, my door is always open if you need anything.", False),
    ("ok and if you need anything just shout", False),
    ("I'll free up Kasia's Thursday afternoons so you can pair on the next ticket.", True),
    ("I can take you off the support rota until the tests are in.", True),
    ("I'll book you onto the testing workshop next week, and my door is open too.", True),
])
def test_an_open_door_is_not_praised_as_support(offer: str, praised: bool) -> None:
    plan = [PLAN_STEP, PLAN_IDEA,
            ("manager", "Great, so you'll pair with Kasia on the next ticket by Friday."),
            ("report", "Okay."), ("manager", offer), ("report", "Thanks."),
            ("manager", "Let's catch up next Tuesday.")]
    support = [w for w in _planning_praise(plan) if "support" in w.split(":")[0].lower()]
    assert bool(support) is praised, support
