"""Issue 11 (J39, sixty-fourth feedback pass): J38's "Left" list and four play-throughs through
the CLI, read as a coach would. The lines here are written for the tests, not taken from the
session sets. A yes before a step of the manager's own ("I like that. So you sketch ...") does
not make the plan co-created, nor does keeping a step with them that they gave someone else;
a meeting booked on their step is its follow-up, not a next step; checking their work yourself
is said to be no support; "That sounds like a lot to manage alone" after nothing told names no
feeling of theirs; "two asked for another" is impact; the 1/5 level text ("The issue is never
named") is not shown beside an example; "I sit in on the first one" is support; a next turn
that said back part of a disclosure is not said to have moved on from all of it."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in
from .conftest import went_well_text as _went_well


def _card(score: SessionScore, which: Competency):  # type: ignore[no-untyped-def]
    c = score.competency(which)
    assert c is not None
    return c


# --- a yes before the manager's own step is not taking their idea up -------------------------

def _devrel(plan: str) -> SessionScore:
    return scored_in(
        "career-conversation",
        ("report", "Hi. You wanted to talk about next year?"),
        ("manager", "Yes. You ran the analytics workshops this autumn. How did that go for you?"),
        ("report", "I enjoyed it more than I expected. Explaining things to people."),
        ("manager", "What would a next step look like for you, building on that?"),
        ("report", "Maybe I could talk to someone in developer relations about what they do."),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_i_like_that_before_another_step_is_not_co_created() -> None:
    score = _devrel("I like that. So you sketch what a second workshop series would look like "
                    "by Friday 11 December, and I'll book us thirty minutes to go through it.")
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" not in text, format_report(score)
    # ...and the step it sets is theirs, not "your own step" of the manager's
    assert "Next step" in _went_well(score, Competency.DEVELOPMENT_PLANNING), format_report(score)


def test_i_like_that_before_their_own_idea_stays_co_created() -> None:
    # the guard: the step after the yes is the one they gave
    score = _devrel("I like that. So you talk to someone in developer relations by Friday 11 "
                    "December, and I'll introduce you to Mia there.")
    assert "co-created" in competency_text(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_a_yes_to_a_way_of_working_they_take_on_stays_co_created() -> None:
    # the guard (the session sets' brilliant-jerk-skilled-1): the steps after the yes add to
    # the way of working they offered, they do not replace it
    score = scored_in(
        "brilliant-jerk",
        ("report", "Hi. What's up?"),
        ("manager", "In the review on Jun's pull request on Tuesday 27 October you wrote \"This "
                    "is embarrassing\". Jun has not opened a pull request since."),
        ("report", "Okay, that was blunt."),
        ("manager", "What do you think you could do to start putting things right with Jun?"),
        ("report", "I could keep my review comments about the code, not the person, starting "
                   "this week."),
        ("manager", "Good. So you'll talk to Jun this week, and by Friday 4 December you'll plan "
                    "two sessions on the indexer for the team. I'll look at the on-call rota "
                    "with you this week."),
        ("report", "Okay."),
    )
    assert "co-created" in competency_text(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def _retry(plan: str) -> SessionScore:
    return scored_in(
        "second-meeting",
        ("report", "Hi. So, the retry fix and the support tickets."),
        ("manager", "How have the last two weeks been for you?"),
        ("report", "Hard. Support tickets keep pulling me off the retry fix."),
        ("manager", "What would help?"),
        ("report", "Maybe Marcus should own the retry fix."),
        ("manager", plan),
        ("report", "Yes."),
    )


def test_a_step_they_gave_someone_else_kept_with_them_is_not_co_created() -> None:
    score = _retry("So: you keep the retry fix only, and you tell me in stand-up the same day if "
                   "it is at risk. I take you off support tickets until Friday 4 December. Does "
                   "that work?")
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" not in text, format_report(score)
    # their part is put to them: "a step of theirs" is not missing
    assert "a step of theirs" not in text, format_report(score)


def test_the_step_given_to_the_one_they_named_stays_co_created() -> None:
    score = _retry("Good. Marcus takes the retry fix from Monday 30 November, and I'll tell "
                   "support to route your tickets to him. We meet again on Friday 4 December.")
    assert "co-created" in competency_text(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- a meeting booked on their step is its follow-up, not a next step ------------------------

def test_time_put_in_to_look_at_their_step_is_the_follow_up() -> None:
    score = scored_in(
        "career-conversation",
        ("report", "Hi. You wanted to talk about next year?"),
        ("manager", "What would a next step look like for you?"),
        ("report", "I could sketch a second workshop series by Wednesday."),
        ("manager", "Good. Let's put thirty minutes in for Thursday 10 December to look at your "
                    "sketch together."),
        ("report", "Okay."),
    )
    praised = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "Next step" not in praised, format_report(score)
    assert "Follow-up" in praised, format_report(score)
    assert "In turn 3 you took up the step they had proposed." in \
        _card(score, Competency.DEVELOPMENT_PLANNING).summary, format_report(score)


# --- checking their work yourself is no support ---------------------------------------------

def _tests_from_monday(mine: str) -> SessionScore:
    return scored_in(
        "quality-slipping",
        ("report", "Hi. Is this about the promo codes?"),
        ("manager", "Daniel, PR 4812 was merged on Tuesday 20 October without tests, and promo "
                    "codes failed for three hours the next morning."),
        ("report", "I know. I rushed it."),
        ("manager", f"So from Monday you write tests for everything, and {mine}"),
        ("report", "Okay."),
    )


def test_i_check_every_pull_request_myself_is_said_to_be_watching() -> None:
    score = _tests_from_monday("I check every pull request myself.")
    summary = _card(score, Competency.DEVELOPMENT_PLANNING).summary
    assert "Checking on them yourself (turn 3) is watching, not support" in summary, \
        format_report(score)


def test_help_beside_the_step_is_not_called_watching() -> None:
    score = _tests_from_monday("I pair with you on the first two.")
    assert "watching" not in _card(score, Competency.DEVELOPMENT_PLANNING).summary, \
        format_report(score)


def test_i_sit_in_on_the_first_one_is_support() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "Hi. What's up?"),
        ("manager", "In the review on Jun's pull request on Tuesday 27 October you wrote \"This "
                    "is embarrassing\". Jun has not opened a pull request since."),
        ("report", "Okay, it was blunt."),
        ("manager", "What could you do differently?"),
        ("report", "I don't know. Explain more maybe."),
        ("manager", "you pair with jun on the indexer this week and i sit in on the first one"),
        ("report", "Fine."),
    )
    card = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "support" not in card.summary.split("Missing:")[-1], format_report(score)
    assert "support" in _went_well(score, Competency.DEVELOPMENT_PLANNING), format_report(score)


# --- "a lot to manage alone" after nothing told names no feeling of theirs --------------------

def _alone(reply: str) -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "Hi."),
        ("manager", "Leanne, you were late on Monday 2 November and Wednesday 4 November. Is "
                    "everything alright at home?"),
        ("report", reply),
        ("manager", "I see. That sounds like a lot to manage alone, in the mornings especially."),
        ("report", "I suppose."),
    )


def test_a_lot_to_manage_alone_after_nothing_told_is_no_feeling() -> None:
    score = _alone("Yeah. Fine. Why do you ask?")
    assert "feeling acknowledged" not in \
        competency_text(score, Competency.ACTIVE_LISTENING), format_report(score)


def test_a_lot_to_manage_alone_after_their_load_is_a_feeling() -> None:
    score = _alone("My mum is in hospital and I'm doing bar shifts till one to pay the rent.")
    assert "feeling acknowledged" in \
        competency_text(score, Competency.ACTIVE_LISTENING), format_report(score)


# --- "two asked for another" is impact -------------------------------------------------------

def test_two_asked_for_another_is_the_impact() -> None:
    score = scored_in(
        "career-conversation",
        ("report", "Hi. You wanted to talk about next year?"),
        ("manager", "Yes. Your workshop on Thursday 15 October: twenty analysts came, and two "
                    "asked for another."),
        ("report", "Oh, that's nice to hear."),
    )
    assert "Specific example and impact" in \
        _went_well(score, Competency.FEEDBACK_DELIVERY), format_report(score)


def test_juniors_asking_for_another_reviewer_is_the_impact() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "Hi. What's up?"),
        ("manager", "In the review on Jun's pull request on Tuesday 27 October you wrote \"This "
                    "is embarrassing\". Since then two of the juniors asked for another "
                    "reviewer."),
        ("report", "Okay."),
    )
    assert "Missing: its impact" not in \
        _card(score, Competency.FEEDBACK_DELIVERY).summary, format_report(score)


def test_you_asking_for_another_is_no_impact() -> None:
    # the guard: what they asked for is their act, not what it led to
    score = scored_in(
        "brilliant-jerk",
        ("report", "Hi. What's up?"),
        ("manager", "On Tuesday 27 October you asked for another reviewer on Jun's pull "
                    "request."),
        ("report", "Okay."),
    )
    assert "its impact" in _card(score, Competency.FEEDBACK_DELIVERY).summary, \
        format_report(score)


# --- the 1/5 level text is not shown beside an example ---------------------------------------

def test_one_of_five_with_an_example_does_not_say_the_issue_is_never_named() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "I keep this short. In the review on Jun's pull request, Tuesday 27 October, "
                    "you wrote \"Did you even run this?\". You are arrogant with the juniors."),
        ("report", "Okay, that was blunt. But it was broken."),
        ("manager", "Fine. Just be nicer in reviews from now on. Got it?"),
        ("report", "Yes. I heard you."),
    )
    card = _card(score, Competency.FEEDBACK_DELIVERY)
    assert card.score == 1, format_report(score)
    assert "never named" not in card.summary, format_report(score)
    assert "which outweighs the specifics" in card.summary, format_report(score)


def test_one_of_five_with_no_example_keeps_the_level_text() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "You are arrogant with the juniors, and everyone knows it."),
        ("report", "Okay."),
    )
    card = _card(score, Competency.FEEDBACK_DELIVERY)
    assert card.score == 1, format_report(score)
    assert "The issue is never named" in card.summary, format_report(score)


# --- a next turn that said back part of it did not move on from all of it --------------------

def test_a_disclosure_partly_said_back_is_not_said_to_be_passed_over() -> None:
    score = scored_in(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "How have things been since the reorg?"),
        ("report", "I guess I don't really know where I fit anymore."),
        ("manager", "What would this year have looked like if it went the way you figured?"),
        ("report", "In June, Karen told me she'd put me forward for lead designer this cycle. "
                   "Then the reorg happened, and nobody ever mentioned it to me again. So I've "
                   "been interviewing. I've got a final round next Wednesday."),
        ("manager", "So you were told you'd be put up for lead, and then nobody said a word. "
                    "Is that about right?"),
        ("report", "Yeah. That's about it."),
        ("manager", "What would help you most right now?"),
        ("report", "I could start running crit again."),
        disclosed=(4,),
    )
    card = _card(score, Competency.ACTIVE_LISTENING)
    assert "You reflected back" in "\n".join(card.went_well), format_report(score)
    assert "you said back part of it (turn 5)" in card.summary, format_report(score)
    assert "your next turns moved on without acknowledging it" not in card.summary
    notes = [a.note for a in score.anti_patterns if a.id == "ignoring_disclosure"]
    assert notes and "said back part of it (turn 5)" in notes[0], format_report(score)
