"""Issue 11 (J36, fifty-fourth feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets. A yes/no check after an expectation is dropped whole in its rewrite ("Would that be
okay?" left "Would that be."); an impact is never quoted as a bare "Sorry."; an open door
("Let me know if you need anything") is no support; an open question the manager answers in
the same breath is not praised; "Why do you think X happened?" is not rewritten as a why about
their act; support told in the plan's notes (a colleague takes the work, hours cut for a month,
HR asked about carer's leave) is support; their one-word idea with the person it names, taken
up, is not "set for them"; a plan that only makes room, right after they told something hard,
does not "take it in"; a suggestion put as a question is no specific example."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in
from .conftest import went_well_text as _went_well


def _card(score: SessionScore, which: Competency):  # type: ignore[no-untyped-def]
    c = score.competency(which)
    assert c is not None
    return c


def _evidence(score: SessionScore, which: Competency) -> str:
    return "\n".join(f"{e.note}: {e.quote}" for e in _card(score, which).evidence)


def _rewrites(score: SessionScore) -> list[str]:
    return [r.suggestion for c in score.competencies for r in c.try_instead]


# --- a check after an expectation goes whole --------------------------------------------------


def test_a_would_that_be_okay_check_is_dropped_whole_from_the_rewrite() -> None:
    score = scored_in(
        "peer-feedback",
        ("report", "Hi. Before you say anything, is this about Leo?"),
        ("manager", "Thanks for coming in. I'd like to talk about the release channel."),
        ("report", "Has Leo made a complaint?"),
        ("manager", "What was going on for you when you posted it?"),
        ("report", "I don't know. I just want things to be tested properly."),
        ("manager", "So it sounds like the build breaking week after week has really been "
                    "wearing you down."),
        ("report", "That's right. I'm just so worried about missing something."),
        ("manager", "Perhaps going forward, if it's possible, worries about a colleague's work "
                    "could go to them in private first? Would that be okay?"),
        ("report", "No. If I don't flag it, nobody does."),
    )
    said = _rewrites(score)
    assert any("in private first?" in r for r in said), format_report(score)
    assert not any("Would that be" in r for r in said), format_report(score)


# --- an impact is what came of it, not an apology ----------------------------------------------


def test_an_impact_is_never_quoted_as_a_bare_sorry() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Sorry to raise it, but you rang in sick at 8:55 on Monday 16 November "
                    "with no message before, and Tom covered again and two priority callbacks "
                    "were missed. Sorry."),
        ("report", "I was ill."),
    )
    praise = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert 'Impact: "Sorry."' not in praise, format_report(score)
    assert "callbacks were missed" in praise, format_report(score)


# --- an open door is no support ---------------------------------------------------------------


def test_let_me_know_if_you_need_anything_is_no_support() -> None:
    score = scored_in(
        "quality-slipping",
        ("report", "Hi. Is everything okay? You said you wanted to talk about checkout."),
        ("manager", "Nine of your fourteen tickets since 12 October were reopened by QA."),
        ("report", "I know. I'm trying."),
        ("manager", "What could you do differently on the next ticket?"),
        ("report", "I could write the tests first."),
        ("manager", "Good, you write the tests first on the next ticket from Monday. Let me "
                    "know if you need anything. We meet again on Friday 4 December."),
        ("report", "Okay."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "support offered" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)
    assert "Missing: support" in plan.summary, format_report(score)
    assert "open door" in plan.summary, format_report(score)


def test_an_offer_beside_the_open_door_is_still_support() -> None:
    score = scored_in(
        "quality-slipping",
        ("report", "Hi. Is everything okay? You said you wanted to talk about checkout."),
        ("manager", "Nine of your fourteen tickets since 12 October were reopened by QA."),
        ("report", "I know. I'm trying."),
        ("manager", "What could you do differently on the next ticket?"),
        ("report", "I could write the tests first."),
        ("manager", "Good, you write the tests first on the next ticket from Monday. I'll pair "
                    "you with Marcus on Tuesday for an hour, and let me know if you need "
                    "anything else. We meet again on Friday 4 December."),
        ("report", "Okay."),
    )
    assert "support offered" in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- a question answered in the same breath ----------------------------------------------------


def test_an_open_question_the_manager_answers_is_not_praised() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "What happens to the search roadmap if Jun and Beatriz both move? We lose "
                    "two of five engineers, obviously."),
        ("report", "You're telling me I'm the problem?"),
        ("manager", "So what's really behind the rewrites? It's pride, I think."),
        ("report", "Reviews take forever here."),
        ("manager", "What would help you keep review comments about the code?"),
        ("report", "Fine."),
    )
    praise = _went_well(score, Competency.POWERFUL_QUESTIONING)
    assert "roadmap" not in praise and "behind the rewrites" not in praise, format_report(score)
    assert "keep review comments" in praise, format_report(score)


# --- "why do you think X" is about their view --------------------------------------------------


def test_why_do_you_think_is_not_rewritten_as_their_act() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "I'd like to talk about the team."),
        ("report", "Okay."),
        ("manager", "Why do you think Amara left the retro early on 5 November? Because you "
                    "joked that QA stands for Quietly Asleep."),
        ("report", "It was a joke."),
    )
    said = _rewrites(score)
    assert not any("when you think" in r for r in said), format_report(score)


# --- support in the plan's notes ----------------------------------------------------------------


def test_support_told_in_the_plans_notes_is_support() -> None:
    score = scored_in(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "The retry fix agreed for Friday 13 November did not ship, and there was "
                    "no message in stand-up."),
        ("report", "I know. It hasn't gone the way I said it would."),
        ("manager", "What would a plan that fits now look like for you?"),
        ("report", "Things have changed a bit since."),
        ("manager", "So part-time hours for December, we put the retry fix with Marcus, you "
                    "pick your own days, and I talk to HR about carer's leave this week. We "
                    "meet again on Thursday 3 December."),
        ("report", "Okay."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: support" not in plan.summary, format_report(score)
    praise = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "carer's leave" in praise, format_report(score)


# --- their idea with its person, taken up -------------------------------------------------------


def test_their_idea_of_one_word_and_a_person_taken_up_is_made_with_them() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The retry queue fix promised for Friday 23 October is still open, and "
                    "support escalated four tickets."),
        ("report", "I know."),
        ("manager", "What would help you get the retry fix finished?"),
        ("report", "Maybe if I could pair with Marcus on it."),
        ("manager", "Okay. Anything else on your mind before we wrap up?"),
        ("report", "No, that's it really."),
        ("manager", "So to recap: you pair with Marcus on the retry fix, you ship it by Friday "
                    "13 November, and we meet again on Thursday 12 November."),
        ("report", "Okay."),
    )
    praise = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "set it for them" not in praise, format_report(score)
    assert "co-created" in _evidence(score, Competency.DEVELOPMENT_PLANNING), format_report(score)


# --- a plan that only makes room does not hear them ---------------------------------------------


def _room_only() -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The ledger design review on Wednesday 4 November went ahead without you, "
                    "and there was no message."),
        ("report", "I know. Sorry."),
        ("manager", "What's been going on for you?"),
        ("report", "My mum had a fall three weeks ago and I've been at the hospital most "
                   "evenings. I didn't want to make it a thing."),
        ("manager", "So to recap: you send the ledger notes by Friday 13 November, I take you "
                    "off the support rota until then, and we meet again on Monday 16 "
                    "November."),
        ("report", "Okay."),
        disclosed=(4,),
    )


def test_a_plan_that_only_makes_room_is_not_praised_as_hearing_them() -> None:
    score = _room_only()
    listening = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "took in what they told you" not in listening, format_report(score)
    assert "moved on without acknowledging" in listening, format_report(score)


def test_the_room_it_made_still_allows_for_it_in_the_plan() -> None:
    score = _room_only()
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "did not allow for what they told you" not in plan.summary, format_report(score)


# --- a suggestion is no example -----------------------------------------------------------------


def test_a_suggestion_put_as_a_question_is_no_specific_example() -> None:
    score = scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "What have you enjoyed most these last few months?"),
        ("report", "I like it when someone gets it."),
        ("manager", "Maybe you could run the follow-up session the new analysts asked for, "
                    "before Friday 11 December?"),
        ("report", "Mm. Maybe."),
    )
    feedback = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "11 December" not in feedback, format_report(score)


# --- a hint is not what they told you -------------------------------------------------------------


def _planned_past(told: str) -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The invoice-export API promised for Wednesday 14 October shipped a week "
                    "late, and finance closed the month by hand."),
        ("report", "I know."),
        ("manager", "What has been getting in the way?"),
        ("report", told),
        ("manager", "Okay. So you ship the retry fix by Friday 13 November, and we meet again "
                    "on Thursday 12 November."),
        ("report", "Okay."),
        disclosed=(4,),
    )


def test_a_plan_past_a_hint_did_not_leave_out_what_they_told() -> None:
    score = _planned_past("Things outside work have been a lot lately.")
    plan = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "what they told you" not in plan, format_report(score)
    assert "hinted" in plan, format_report(score)
    listening = _card(score, Competency.ACTIVE_LISTENING).summary
    assert "told you what was going on" not in listening, format_report(score)


def test_a_plan_past_the_cause_told_still_left_it_out() -> None:
    score = _planned_past("My mum had a fall and I've been at the hospital every evening.")
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "did not allow for what they told you" in plan.summary, format_report(score)


# --- their step after a recap's opener ------------------------------------------------------------


def test_their_step_after_a_recap_opener_is_a_step() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "On Monday 2 November you logged in at 9:47, and the queue opened with two "
                    "agents instead of four."),
        ("report", "The bus was late."),
        ("manager", "How have the Monday mornings been for you?"),
        ("report", "Fine. Busy."),
        ("manager", "So, to recap: you log in by five to nine, you text me before eight if "
                    "you're running late, and we meet again on Monday 30 November."),
        ("report", "Yeah. Let's try it."),
    )
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "a concrete next step" not in plan.summary, format_report(score)
    assert plan.score >= 4, format_report(score)


# --- one reading of pressure on their choice ---------------------------------------------------


def test_pressure_beside_blame_is_named_alike_in_feedback_and_the_watch_list() -> None:
    score = scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "Why did you turn down the team-lead role? You let the whole pod down."),
        ("report", "I don't think that's me."),
        ("manager", "You should really think about it again. Leading is the best way to grow "
                    "here."),
        ("report", "Okay."),
    )
    assert "pressured" in _card(score, Competency.FEEDBACK_DELIVERY).summary, format_report(score)
    notes = " ".join(a.note for a in score.anti_patterns)
    assert "pressure about their choice" in notes, format_report(score)
    assert "threats" not in notes, format_report(score)
