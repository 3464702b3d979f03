"""The lead's fixes from the fourteenth day's reading of the session misses (issue 11): a story
from the manager's own life is no observation of the report and no specific example; a
reflection credited is a sign of having heard them (listening is never 1/5 beside it); the
manager beside them when they face it, and a future said in the present tense after its day,
are support."""

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scores import Competency
from roleplay.scoring._cues_event import anecdote, describes_event
from roleplay.scoring.coder import default_coder
from roleplay.scoring.settle import manager_acts

from .conftest import competency_text, scored_in


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    return default_coder()


@pytest.mark.parametrize("text", [
    "My mother baked bread for forty years and she said the oven never lies about a bad dough.",
    "When I was a junior I broke the build twice in one week, and my old boss only laughed.",
    "My first boss spent twenty years on the docks and he said the quiet ones find the wrong crate "
    "first.",
])
def test_a_story_from_the_managers_own_life_is_no_observation(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "Is this about the release?").codes
    assert Code.OBSERVATION not in codes and Code.IMPACT not in codes, codes


def test_a_story_is_no_specific_example_and_a_dated_line_about_them_still_is() -> None:
    assert not describes_event("My mother ran the bakery for thirty years and she said bread "
                               "never lies.")
    assert describes_event("On Tuesday 3 November you missed the stand-up.")
    # a comparison, or a line that speaks of them, is not only a story
    assert not anecdote("My nan could shift six motors a week.")
    assert not anecdote("My grandmother sells more cars than you.")


def test_a_story_beside_the_dated_example_keeps_the_observation(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("My father always said check the knot twice. On 29 October you posted the screenshot "
            "in #releases, in front of about 180 people.")
    assert Code.OBSERVATION in coder.code(text, "Is this about Leo?").codes


def test_a_story_is_not_quoted_as_the_specific_example() -> None:
    score = scored_in(
        "peer-feedback",
        ("report", "Is this about Leo?"),
        ("manager", "First, something true. My first boss spent twenty years on the docks and he "
                    "said the quiet ones find the wrong crate first. For our releases, you are "
                    "that person."),
        ("report", "Oh. Thanks."))
    text = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "specific example" not in text, text


def test_a_credited_reflection_keeps_listening_off_level_one() -> None:
    # long turns, advice before a question and a disclosure moved on from took the points under
    # 1.5 (level 1), whose words ("no sign of having heard them") denied the card's own
    # "feeling acknowledged"
    score = scored_in(
        "peer-feedback",
        ("report", "Is this about Leo? I've got every date written down."),
        ("manager", "Yes, partly, and also about you. On 29 October you posted in #releases, to "
                    "about 180 people, a line about mobile's untested build, with a screenshot of "
                    "Leo's pull request, and since then the mobile engineers have stopped posting "
                    "there at all, which is the opposite of what either of us wants for releases."),
        ("report", "It was true, though. The build wasn't tested."),
        ("manager", "Then in release readiness on 17 November you interrupted Leo three times "
                    "while he explained the build plan, and you copied the head of engineering "
                    "on an email about a two-hour delay. You should take it to Leo first, always, "
                    "and keep the channel for facts and not for people or their pull requests."),
        ("report", "I copied them in because nothing changes otherwise."),
        ("manager", "You should always go to Leo first. What you try to prevent is becoming more, "
                    "not less, and the channel is not the place for it, it never was, and "
                    "everyone on the floor can see that now."),
        ("report", "I've tried the polite way."),
        ("manager", "So it sounds like you feel that nothing changes unless everyone can see it. "
                    "That sounds exhausting."),
        ("report", "It is. After the payments outage the VP blamed QA in front of everyone. Since "
                   "then I've been terrified of it happening again."),
        ("manager", "Here is what I expect from now: problems with a build go to Leo first, in "
                    "person, and if that goes nowhere they come to me. In readiness everyone "
                    "finishes what they are saying. In #releases, the build and the facts."),
        ("report", "Okay."),
        ("manager", "And the channel rules are on the wiki, so read them again this week, and the "
                    "readiness notes from last month too, and the team charter, before Thursday, "
                    "all of it."),
        ("report", "Fine."),
        disclosed=(8,))
    listening = score.competency(Competency.ACTIVE_LISTENING)
    assert listening is not None and listening.points is not None
    text = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "feeling acknowledged" in text, text
    assert listening.points >= 2.0, (listening.points, text)


@pytest.mark.parametrize("text", [
    "If you want me in the room when you speak with Leo, I come.",
    "I can come with you when you see Leo, if that helps.",
    "This week I talk with mobile's manager about the beta build.",
    "Tomorrow I speak with facilities about a desk by the window for you.",
])
def test_presence_offered_and_a_present_tense_future_are_the_manager_acting(text: str) -> None:
    assert manager_acts(text), text


@pytest.mark.parametrize("text", [
    "I'll come to your desk at ten.",
    "Tomorrow I check your timesheet.",
    "Today I talk with you about the releases.",
])
def test_a_meeting_with_them_or_a_check_on_them_is_not(text: str) -> None:
    assert not manager_acts(text), text


def test_support_offered_in_the_present_tense_is_not_missing_from_the_plan() -> None:
    score = scored_in(
        "peer-feedback",
        ("report", "Is this about Leo?"),
        ("manager", "What would you like to do first, and when?"),
        ("report", "I could talk to Leo directly before anything goes in a channel. I can start "
                   "tomorrow."),
        ("manager", "Good. From my side, this week I talk with mobile's manager about the beta "
                    "build, and if you want me in the room when you speak with Leo, I come. We "
                    "meet again Thursday 10 December at 10."),
        ("report", "Okay. That's fair."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: support" not in text, text
