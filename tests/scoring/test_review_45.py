"""Issue 11 (J29, thirty-fourth feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets."""

from __future__ import annotations

from roleplay.domain.scores import Competency
from roleplay.scoring.report import format_report

from .conftest import competency_text as _part
from .conftest import scored_in as _scored


def _missing(text: str) -> str:
    return text.split("Missing:", 1)[1].split("\n", 1)[0] if "Missing:" in text else ""


# --- their offer replaced by the manager's own plan is not a plan made together ---------------


def test_a_plan_sharing_only_the_calendar_with_their_offer_is_not_co_created() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "So, what are we fixing today?"),
        ("manager", "On Jun's pull request on 27 October you wrote \"Did you even run this?\" in "
                    "the public review. What would you do differently next time?"),
        ("report", "I could keep my comments to the code and send the rest to him directly, "
                   "starting this week."),
        ("manager", "Let's start this week with a weekly pairing hour with Beatriz on the "
                    "ranking service, and I'll book the room. We meet again on Tuesday 8 "
                    "December."),
        ("report", "Fine."),
    )
    text = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" not in text, format_report(score)
    assert "left out the step they proposed" in text, format_report(score)


def test_a_plan_built_on_their_offer_is_still_co_created() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "So, what are we fixing today?"),
        ("manager", "On Jun's pull request on 27 October you wrote \"Did you even run this?\" in "
                    "the public review. What would you do differently next time?"),
        ("report", "I could keep my comments to the code and send the rest to him directly, "
                   "starting this week."),
        ("manager", "Comments on the code only, and the rest to Jun directly, from this week. "
                    "I'll back you on the standards. We meet again on Tuesday 8 December."),
        ("report", "Fine."),
    )
    assert "co-created" in _part(score, Competency.DEVELOPMENT_PLANNING), format_report(score)


def test_a_step_they_put_for_someone_else_is_their_idea() -> None:
    # "Maybe Marcus should own the retry fix, and I pair with him" answered "What would help?":
    # the manager's plan that leaves it out was not made with them
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "The check-in on Thursday 12 November was cancelled twenty minutes before, "
                    "and the fix agreed for the 13th didn't ship. What would help?"),
        ("report", "Maybe Aisha should take the retry fix over, and I review it with her in "
                   "the mornings."),
        ("manager", "Here's the plan: no work after eight for two weeks, and I'll tell Marcus "
                    "the rota is his. We meet again on Thursday 3 December."),
        ("report", "Okay."),
    )
    assert "co-created" not in _part(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- "Let's honour that." is not the plan to quote ---------------------------------------------


def test_taking_up_in_other_words_is_not_quoted_as_the_step() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in."),
        ("manager", "What would make the next two weeks workable for you?"),
        ("report", "I need the evenings for Dad. I could do the fix in the mornings."),
        ("manager", "Let's honour that. From Monday you work mornings only on the retry fix, "
                    "with nothing else on your plate, and I'll take you off the support tickets "
                    "and tell Marcus the rota is his. We meet again on Thursday 3 December."),
        ("report", "Thank you."),
    )
    text = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "Let's honour that" not in text, format_report(score)
    assert "mornings only on the retry fix" in text, format_report(score)
    assert "co-created" in text, format_report(score)


# --- a meeting booked on a day beside the step is the follow-up --------------------------------


def test_we_review_this_together_on_a_day_is_the_follow_up() -> None:
    score = _scored(
        "peer-feedback",
        ("report", "Is this about Leo? I've got every date written down."),
        ("manager", "It is. On Thursday 29 October you posted in #releases, in front of about "
                    "180 people, that mobile had blocked another release, with a screenshot of "
                    "Leo's pull request."),
        ("report", "It was true, though."),
        ("manager", "What would help you raise it differently?"),
        ("report", "I don't want to be the person everyone tiptoes around."),
        ("manager", "I'll ask for the post-mortem record to be corrected. From now on build "
                    "issues go to Leo before any channel, and we review this together on "
                    "Tuesday 8 December."),
        ("report", "Okay."),
    )
    text = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: a follow-up" not in text, format_report(score)
    assert "Let's check in at our next 1:1" not in text, format_report(score)
    assert "follow-up" in text, format_report(score)


def test_the_step_without_a_meeting_still_misses_the_follow_up() -> None:
    score = _scored(
        "peer-feedback",
        ("report", "Is this about Leo? I've got every date written down."),
        ("manager", "What would help you raise things with Leo differently?"),
        ("report", "I don't want to be the person everyone tiptoes around."),
        ("manager", "I'll ask for the post-mortem record to be corrected. From now on build "
                    "issues go to Leo before any channel."),
        ("report", "Okay."),
    )
    missing = _part(score, Competency.DEVELOPMENT_PLANNING).split("Missing:")
    assert len(missing) > 1 and "a follow-up" in missing[1], format_report(score)


# --- the pushing tail of a why-question stays out of its curious rewrite -----------------------


def test_the_curious_rewrite_drops_a_pushing_though() -> None:
    from roleplay.scoring.rewrites import curious_why

    line = curious_why("Why did you say no to the analysts pod lead job, though?")
    assert line is not None and ", though" not in line, line
    assert line.startswith("Talk me through how you came to say no to the analysts pod lead "
                           "job. "), line
    assert ", then." not in (curious_why("Why did you skip the ledger review, then?") or "")


def test_the_review_offers_the_curious_line_without_the_tail() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "No problem at all. How have the last few weeks been?"),
        ("report", "Fine, I think. Busy."),
        ("manager", "Why did you say no to the analysts pod lead job, though? Everyone expected "
                    "you to take it."),
        ("report", "It's not me."),
    )
    text = format_report(score)
    assert "Talk me through how you came to" in text, text
    assert "job, though." not in text, text


# --- the impact told after its event, in other forms of the scenario's words -------------------


def test_the_juniors_asking_after_the_crit_is_its_impact() -> None:
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "At the design crit on 22 October your camera stayed off and you said "
                    "\"nothing from me\"."),
        ("report", "I didn't have anything to show."),
        ("manager", "The two juniors were asking me afterwards where you'd got to."),
        ("report", "Mm."),
        ("manager", "What's been going on for you since the reorg?"),
        ("report", "I don't really know where I fit."),
    )
    text = _part(score, Competency.FEEDBACK_DELIVERY)
    assert "its impact" not in _missing(text), format_report(score)
    assert "Impact: " in text, format_report(score)


def test_the_vp_thanking_them_in_the_example_is_its_impact() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "Don't worry about it. On Thursday 5 November you got product and finance "
                    "to agree on the churn number, and the VP thanked you for it."),
        ("report", "That was mostly explaining definitions."),
    )
    assert "its impact" not in _missing(_part(score, Competency.FEEDBACK_DELIVERY)), \
        format_report(score)


def test_impact_words_with_no_event_named_are_not_its_impact() -> None:
    # the juniors and "afterwards" with no crit named before: no impact of that event
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "How have things been since the reorg?"),
        ("report", "I don't really know where I fit."),
        ("manager", "The two juniors were asking me afterwards where you'd got to."),
        ("report", "Mm."),
    )
    c = score.competency(Competency.FEEDBACK_DELIVERY)
    assert c is not None and not any(e.note == "impact" for e in c.evidence), format_report(score)


# --- room made is quoted from the sentence that makes it ---------------------------------------


def test_room_made_after_a_story_is_quoted_from_the_invitation() -> None:
    score = _scored(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "I did. How are things for you at the moment, honestly?"),
        ("report", "My mornings and evenings aren't really my own at the moment. I'm managing."),
        ("manager", "Years ago my first boss just waited, quietly, until I was ready to tell her "
                    "what was wrong at home. Take your time."),
        ("report", "It's my dad. He had a stroke in September and I drive over twice a day."),
        ("manager", "Thank you for telling me. That's a lot to carry."),
        ("report", "It is."),
        disclosed=(2, 4),
    )
    c = score.competency(Competency.ACTIVE_LISTENING)
    assert c is not None
    room = [w for w in c.went_well if w.startswith("You made room")]
    assert room and "first boss" not in room[0] and "Take your time." in room[0], \
        format_report(score)


# --- a follow-up in other words is quoted from the meeting, not from "see how" ------------------


def test_a_chat_again_is_quoted_as_the_follow_up() -> None:
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "How have things been since the reorg?"),
        ("report", "Strange. I don't know where I fit."),
        ("manager", "Right, so maybe pop into a crit or two, and we'll grab a coffee again in a "
                    "couple of weeks, see how you're getting on with it all."),
        ("report", "Sure."),
    )
    c = score.competency(Competency.DEVELOPMENT_PLANNING)
    assert c is not None
    quoted = [w for w in c.went_well if "ollow-up" in w]
    assert quoted and "grab a coffee again" in quoted[0], format_report(score)


def test_a_plan_that_left_their_idea_out_does_not_say_nothing_was_asked() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "No problem. What's one small experiment you could run in the next month "
                    "to see what kind of work suits you?"),
        ("report", "I could turn my SQL workshop notes into a short course for the new "
                   "starters."),
        ("manager", "I'll find you a mentor in the data platform team, and we meet again on "
                    "Tuesday 8 December."),
        ("report", "Okay."),
    )
    text = _part(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" not in text, format_report(score)
    assert "asking what they would do" not in _missing(text), format_report(score)


# --- an option of the manager's own, put as a question, is no reflection -----------------------


def test_a_suggestion_with_maybe_is_not_praised_as_a_reflection() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "No need to apologise. My director asks me to have these with everyone."),
        ("report", "I don't know. I'm happy doing what I'm doing, I think."),
        ("manager", "So my director wants to know where you see yourself. Pod lead, maybe?"),
        ("report", "Yeah. I'd like that, I think."),
        ("manager", "Good. Think about it and let me know."),
        ("report", "Okay."),
    )
    c = score.competency(Competency.ACTIVE_LISTENING)
    assert c is not None
    assert not any(w.startswith("You reflected back") for w in c.went_well), format_report(score)
    assert not any(e.positive and e.turn == 3 for e in c.evidence), format_report(score)
    assert "right yes/no question" not in _part(score, Competency.POWERFUL_QUESTIONING), \
        format_report(score)


def test_a_tentative_reflection_in_their_words_still_counts() -> None:
    score = _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form."),
        ("manager", "That's fine. How do you feel about where you are at the moment?"),
        ("report", "I'm happy doing the analysis, but the teaching bits are what I enjoy most."),
        ("manager", "So the teaching bits are what you enjoy most, maybe?"),
        ("report", "Yeah. I'd like that, I think."),
    )
    c = score.competency(Competency.ACTIVE_LISTENING)
    assert c is not None
    assert any(e.positive and e.turn == 3 for e in c.evidence), format_report(score)


def test_the_impact_told_and_answered_something_like_that_is_no_reflection() -> None:
    score = _scored(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "How's she going, Nadia? Just wanted to see how you're getting on since "
                    "the reorg."),
        ("report", "I guess I don't really know where I fit anymore."),
        ("manager", "Only, I noticed you've been quiet. Camera off at the design crit on the "
                    "22nd, and \"nothing from me\" when you were asked."),
        ("report", "I know. I didn't have anything to show at crit."),
        ("manager", "The two juniors were asking me afterwards where you'd got to, so it was "
                    "noticed."),
        ("report", "Mm. Something like that."),
        ("manager", "What's it like for you these days, honestly?"),
        ("report", "I don't know. It's been a strange few months."),
    )
    c = score.competency(Competency.ACTIVE_LISTENING)
    assert c is not None
    assert not any(w.startswith("You reflected back") for w in c.went_well), format_report(score)
    assert "Impact: " in _part(score, Competency.FEEDBACK_DELIVERY), format_report(score)

