"""Issue 11 (J34, forty-fifth feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets. How the manager sets the record out or means to speak is no support and no step; tags
alone are rewritten as a check of what they took away; the manager's own apology is no impact;
an expectation from a named day is no example; this talk named as a follow-up books none; an
expectation refused and left is praised "though they said no to it" and named in the summary;
the plan played back or recalled is no reflection, example or impact (a slip dated in the
manager's words still is); a long picture of the plan asks what they would do; with no
questions, the next-time question names the talk; their cost said back with its feeling is no
impact; the talk intended on a topic of theirs is no reflection; "I shall ask ..." is support;
a Monday dated in words is no recent-only example; "we check again friday the fourth" books
the follow-up; an order about their career is no clear expectation; the expectation that says
from when is praised first; a yes that names another helper in place of theirs is not
co-created."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import scored_in as _scored
from .conftest import went_well_text as _went_well


def _card(score: SessionScore, which: Competency):  # type: ignore[no-untyped-def]
    c = score.competency(which)
    assert c is not None
    return c


def _evidence(score: SessionScore, which: Competency) -> str:
    return "\n".join(f"{e.note}: {e.quote}" for e in _card(score, which).evidence)


def _rewrites(score: SessionScore, which: Competency) -> str:
    return "\n".join(r.suggestion for r in _card(score, which).try_instead)


# --- how the manager sets the record out is no support -----------------------------------------


def test_setting_the_record_out_first_is_no_support() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "Let me get the numbers straight first. Nine of your fourteen tickets since "
                    "12 October were reopened by QA."),
        ("report", "I know."),
        ("manager", "What's been making the tickets hard to get right?"),
        ("report", "I'm not sure how checkout fits together."),
        ("manager", "Every change goes to review with tests from Monday. Let's meet again next "
                    "Tuesday at two."),
        ("report", "Okay."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "numbers straight" not in plan, format_report(score)
    assert "support offered" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_how_the_manager_will_speak_before_a_dated_example_is_no_step() -> None:
    score = _scored(
        "peer-feedback",
        ("report", "Hi. Before you say anything, is this about Leo?"),
        ("manager", "Let me be precise, and I'll try not to hedge, which you know I tend to do. "
                    "In the release readiness meeting on Tuesday 17 November you interrupted Leo "
                    "three times while he explained the build plan."),
        ("report", "He was saying things that weren't true."),
        ("manager", "What was going on for you in that meeting?"),
        ("report", "After October, I'm not leaving anything to chance."),
        ("manager", "You talk to Leo in private before anything goes to a channel, from this "
                    "week, and we meet again next Tuesday at three."),
        ("report", "Okay."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "try not to hedge" not in plan, format_report(score)
    assert "try not to hedge" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- tags alone are no task to help with ---------------------------------------------------


def test_tags_alone_are_rewritten_as_a_check_of_what_they_took_away() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "Reviews are about the code from now on, not the person."),
        ("report", "Sure."),
        ("manager", "Understood? Yes?"),
        ("report", "Yes."),
    )
    said = _rewrites(score, Competency.POWERFUL_QUESTIONING)
    assert "??" not in said and "help you understood" not in said, format_report(score)
    assert "in your own words" in said, format_report(score)


# --- the manager's own apology is no impact -------------------------------------------------


def test_the_managers_own_apology_for_being_late_is_not_praised_as_impact() -> None:
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "Hello Nadia, sorry, I'm five minutes late, the lift was stuck. Thank you for "
                    "waiting."),
        ("report", "No worries."),
        ("manager", "On Tuesday 10 November you declined the Core Experience kickoff workshop "
                    "with no reason given. How have things been since the reorg?"),
        ("report", "Fine, I guess."),
    )
    fb = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert "five minutes late" not in fb, format_report(score)
    assert "five minutes late" not in _evidence(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- an expectation that names its first day is no example -------------------------------------


def test_an_expectation_from_a_named_day_is_not_praised_as_a_specific_example() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "I want you logged in to the queue by 9:00 from Monday."),
        ("report", "Right."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    examples = [e.quote for e in fb.evidence if "specific example" in e.note]
    assert not examples, format_report(score)
    assert "Missing: a specific example" in fb.summary, format_report(score)


# --- this talk named as a follow-up books none -------------------------------------------------


def test_this_talk_named_as_the_follow_up_is_not_praised_as_one() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "Thanks for coming, Priya. I don't want this to feel formal, it isn't, it's a "
                    "follow-up on the plan we made two weeks ago, and I want to see how it's "
                    "going."),
        ("report", "Okay."),
        ("manager", "How has the plan been working for you?"),
        ("report", "Not well. Dad came home and I'm his carer in the day."),
        ("manager", "That sounds exhausting. What would help?"),
        ("report", "Maybe fewer days for a month."),
        ("manager", "Okay, so you move to four days for a month, I'll ask HR tomorrow about "
                    "carer's leave, and we meet again next Thursday at ten."),
        ("report", "Yes."),
    )
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "follow-up on the plan we made" not in plan, format_report(score)
    assert "Next step, support and follow-up" in plan, format_report(score)


# --- an expectation they said no to -------------------------------------------------------------


def test_an_expectation_they_refused_and_the_talk_left_is_noted() -> None:
    score = _scored(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The invoice export was due on Wednesday 14 October and shipped on the "
                    "21st, so finance closed the month by hand."),
        ("report", "I know."),
        ("manager", "I need a message from you the day before whenever a date is going to slip."),
        ("report", "Okay."),
        ("manager", "Will you do that?"),
        ("report", "Honestly, no. I'd be promising something I can't keep."),
        ("manager", "So we agree: a message the day before, and we meet again on Thursday."),
        ("report", "Fine."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "though they said no to it" in "\n".join(fb.went_well), format_report(score)
    assert "They said no to your expectation (turn 6)" in fb.summary, format_report(score)


def test_an_expectation_refused_then_asked_about_is_praised_plainly() -> None:
    score = _scored(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "I need a message from you the day before whenever a date is going to slip."),
        ("report", "No. Not the way things are at the moment."),
        ("manager", "What's making that hard right now?"),
        ("report", "Things outside work have been a lot lately."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "said no" not in fb.summary + "\n".join(fb.went_well), format_report(score)
    assert any(w.startswith("Clear expectation: ") for w in fb.went_well), format_report(score)


# --- a recap of the plan is no reflection -----------------------------------------------------


def test_the_plan_played_back_is_not_praised_as_a_reflection() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "QA reopened the address-validation ticket on Tuesday 3 November for the "
                    "third time. What made it hard to test?"),
        ("report", "I can't run the integration tests locally. I could ask Aisha to go through "
                   "the setup with me on Wednesday."),
        ("manager", "Good plan. I'll keep your Thursday morning free for writing tests."),
        ("report", "Thank you."),
        ("manager", "So to recap what we agreed: you go through the setup with Aisha on "
                    "Wednesday, I keep your Thursday morning free, and we meet again Friday at "
                    "eleven."),
        ("report", "Yes."),
    )
    heard = _went_well(score, Competency.ACTIVE_LISTENING)
    assert "You reflected back: \"So to recap" not in heard, format_report(score)
    assert "You played back what you agreed" in heard, format_report(score)


# --- the plan recalled is no example ----------------------------------------------------------


def test_the_plan_recalled_is_not_the_example_and_the_slip_dated_is() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "Just to remind us both, the plan we made was the retry fix by Friday 13 "
                    "November, off the rota, and a message if a date moved."),
        ("report", "I know what we agreed."),
        ("manager", "The fix wasn't in on the 13th and no message came."),
        ("report", "No. It didn't."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    quoted = "\n".join(fb.went_well) + _evidence(score, Competency.FEEDBACK_DELIVERY)
    assert "remind us both" not in quoted, format_report(score)
    assert "wasn't in on the 13th" in quoted, format_report(score)


# --- the plan asked for as a picture, at length ------------------------------------------------


def test_a_long_picture_of_the_plan_asks_what_they_would_do() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "How has the plan been going for you?"),
        ("report", "Dad came home, so I'm his carer in the day and I work at night."),
        ("manager", "That's a lot to carry. What would a week that works with how things are at "
                    "home look like for you?"),
        ("report", "Shorter days, probably. Mornings are the worst."),
        ("manager", "Then four shorter days until the end of the month, starting at eleven, and "
                    "we meet again next Thursday at ten."),
        ("report", "Okay."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" in _evidence(score, Competency.DEVELOPMENT_PLANNING), format_report(score)
    assert "though you set it for them" not in "\n".join(plan.went_well), format_report(score)


# --- no questions: the next-time question names the talk -----------------------------------------


def test_no_questions_in_a_career_talk_is_not_offered_a_problem_question() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "Form. Blank. Not good."),
        ("report", "Sorry."),
        ("manager", "Lead role. You said no."),
        ("report", "I did."),
        ("manager", "Workshop. Good."),
        ("report", "Thanks."),
        ("manager", "Next week. Decide."),
        ("report", "Okay."),
    )
    said = _rewrites(score, Competency.POWERFUL_QUESTIONING)
    assert "real challenge" not in said, format_report(score)
    assert "where you'd like your work to go next" in said, format_report(score)


# --- the plan played back after a word of agreement ----------------------------------------------


def test_the_plan_played_back_after_good_is_no_specific_example() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "In the sprint retro on Thursday 5 November you joked that QA stands for "
                    "Quietly Asleep, and Amara left the call early."),
        ("report", "It was a joke."),
        ("manager", "What would help you take the heat out of reviews?"),
        ("report", "If Jun and Beatriz could take some of the indexer pages, I'd sleep."),
        ("manager", "I can put Jun and Beatriz on the pager rota from December."),
        ("report", "That would help."),
        ("manager", "Great. So, to say it back: you keep review comments to the code, I get Jun "
                    "and Beatriz onto the pager rota, and we meet again on Wednesday 9 December. "
                    "Anything I missed?"),
        ("report", "No."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    examples = [e.quote for e in fb.evidence if "specific example" in e.note]
    assert not any("to say it back" in q for q in examples), format_report(score)
    assert "to say it back" not in "\n".join(fb.went_well), format_report(score)


# --- what it costs them, heard, is no impact of what they did


def test_their_cost_said_back_with_its_feeling_is_not_praised_as_impact() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "On Wednesday 18 November you pushed a ranking config change straight to "
                    "main and wrote that reviews here take forever. What was going on?"),
        ("report", "I've been running on fumes a bit. The pager never stops."),
        ("manager", "Eleven pages in October. That is a lot of lost sleep, and no holiday in over "
                    "a year. It sounds exhausting."),
        ("report", "It is."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "lost sleep" not in "\n".join(fb.went_well), format_report(score)
    assert "lost sleep" not in _evidence(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- what the manager means the talk to be, with a topic of theirs


def test_the_talk_intended_on_what_they_enjoy_is_no_reflection() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "Not at all. Thank you for coming."),
        ("report", "I'm happy doing what I'm doing, I think."),
        ("manager", "If that's okay, I'd like us to look at what you love in your work, not "
                    "at job titles."),
        ("report", "Okay."),
        ("manager", "Which days this autumn felt most like you?"),
        ("report", "The days I'm explaining things, I think."),
    )
    heard = _card(score, Competency.ACTIVE_LISTENING)
    quoted = "\n".join(heard.went_well) + _evidence(score, Competency.ACTIVE_LISTENING)
    assert "what you love in your work" not in quoted, format_report(score)


# --- "I shall" is an undertaking -------------------------------------------------------------


def test_a_formal_i_shall_offer_is_support() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "What part of the work do you enjoy most?"),
        ("report", "Teaching people SQL, honestly."),
        ("manager", "What might a small step towards more teaching look like for you?"),
        ("report", "Maybe another workshop for the new starters."),
        ("manager", "Then you run a second workshop in December, and I shall ask the "
                    "developer-relations lead whether you could shadow her for a day. Shall we "
                    "meet again on Friday 11 December?"),
        ("report", "Yes, I'd like that."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: support" not in plan.summary, format_report(score)
    asked = _card(score, Competency.POWERFUL_QUESTIONING)
    assert "advice with a question mark" not in _evidence(score,
                                                          Competency.POWERFUL_QUESTIONING), \
        format_report(score)
    assert "What would you like to try" not in "\n".join(
        r.suggestion for r in asked.try_instead), format_report(score)


# --- a date in words is no recent-only example ---------------------------------------------------


def test_a_monday_dated_in_words_is_not_judged_as_the_last_week_only() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "on monday the twenty sixth of october you call in sick at eight fifty two "
                    "and tom cover the morning"),
        ("report", "I was sick."),
        ("manager", "what is happening on the mondays"),
        ("report", "Nothing."),
    )
    assert all(a.id != "last_week_only" for a in score.anti_patterns), format_report(score)


# --- "we check again" with its day is a meeting again --------------------------------------------


def test_we_check_again_on_a_named_day_books_the_follow_up() -> None:
    score = _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "on monday the second of november you log in nine forty seven and the queue "
                    "have two agents only"),
        ("report", "Right."),
        ("manager", "what could work for the mondays"),
        ("report", "Honestly? I'm tired."),
        ("manager", "ok so mondays you start ten and other days nine sharp and you text me "
                    "before eight if you sick we check again friday the fourth ok"),
        ("report", "Fine."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "a day for the follow-up" not in plan.summary, format_report(score)
    assert "follow-up" in "\n".join(plan.went_well), format_report(score)


# --- an order about their career is never praised as a clear expectation -------------------------


def test_an_order_about_their_career_is_not_praised_as_a_clear_expectation() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "Your SQL workshop on Wednesday 21 October got five out of five from all "
                    "four analysts."),
        ("report", "Thanks. I liked doing it."),
        ("manager", "I need you to apply for the analysts pod lead role by Friday."),
        ("report", "Okay."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "Clear expectation" not in "\n".join(fb.went_well), format_report(score)
    assert "clear expectation" not in _evidence(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- the clearest expectation first ------------------------------------------------------------


def test_the_expectation_that_says_from_when_is_praised_before_an_idiom() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. Bribery, obviously. So, what are we fixing today?"),
        ("manager", "Thanks for the coffee, my friend. Where I grew up we say the hen must lay "
                    "where it roosts, and today I need you to lay where you roost."),
        ("report", "Ha. Okay."),
        ("manager", "On Jun's indexing pull request on Tuesday 27 October you wrote \"This is "
                    "embarrassing\" in the public review."),
        ("report", "It was broken."),
        ("manager", "I need review comments to be about the code, in private first, from "
                    "Monday."),
        ("report", "Fine."),
    )
    fb = _card(score, Competency.FEEDBACK_DELIVERY)
    shown = "\n".join(fb.went_well[:2])
    assert "in private first, from Monday" in shown, format_report(score)


# --- their offer replaced by the manager's -------------------------------------------------------


def test_a_yes_that_puts_someone_else_in_their_named_helpers_place_is_not_co_created() -> None:
    score = _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "QA reopened the address-validation ticket for the third time on Tuesday 3 "
                    "November. What's been getting in the way of testing?"),
        ("report", "I can't get the integration tests to run on my laptop."),
        ("manager", "Who could help you with that this week?"),
        ("report", "Maybe Tomasz could show me the payment states one afternoon."),
        ("manager", "Great. I'll ask Aisha to sit with you on Wednesday on the laptop setup, "
                    "and we meet again next Monday at ten."),
        ("report", "Okay."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)
    assert "left out the step they proposed" in plan.summary, format_report(score)
