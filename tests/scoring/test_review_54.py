"""Issue 11 (J35, forty-ninth feedback pass): what eight play-throughs through the CLI showed,
read as a coach would. The lines here are written for the tests, not taken from the session
sets. A plan of only the manager's own steps and a booked meeting is not co-created, and the
manager's own step beside the meeting is praised as the manager's, not "set for them"; their
hours changed for a while ("Mondays you start at ten for the next four weeks") is support and a
step; the manager's own offer is no impact; "So we agree" over their no is no agreed plan; a
recap that holds their part is not "your own step"; an expectation is quoted by the sentence that
sets it, not its preamble; in a career talk, a push back towards what they declined is named
pressure, not a threat."""

from __future__ import annotations

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.reading import offers_support
from roleplay.scoring.report import format_report

from .conftest import scored_in as _scored
from .conftest import transcript
from .conftest import went_well_text as _went_well


def _card(score: SessionScore, which: Competency):  # type: ignore[no-untyped-def]
    c = score.competency(which)
    assert c is not None
    return c


def _evidence(score: SessionScore, which: Competency) -> str:
    return "\n".join(f"{e.note}: {e.quote}" for e in _card(score, which).evidence)


# --- a plan of the manager's own steps and a meeting is not made with them -------------------


def _blunt_plan() -> SessionScore:
    return _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "On Jun's indexing pull request on Tuesday 27 October you wrote \"Did you even "
                    "run this?\" in the public review. Jun has not opened a pull request for "
                    "review since."),
        ("report", "Yeah, that was blunt. But it was broken."),
        ("manager", "I need review comments about the code, not the person, from this week."),
        ("report", "Fine."),
        ("manager", "What would help you do that?"),
        ("report", "Somebody has to pick it up when it breaks. It's usually me."),
        ("manager", "I'll take the on-call pager off you for a month. Let's meet again on Friday "
                    "11 December."),
        ("report", "Okay."),
    )


def test_a_plan_of_the_managers_own_steps_is_not_co_created() -> None:
    score = _blunt_plan()
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert plan.score < 5, format_report(score)
    assert "co-created" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_the_managers_own_step_beside_a_meeting_is_not_set_for_them() -> None:
    score = _blunt_plan()
    plan = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "set it for them" not in plan, format_report(score)
    assert "Your own step" in plan, format_report(score)


def test_their_step_set_with_a_meeting_is_still_set_for_them() -> None:
    score = _scored(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The retry queue fix was promised for Friday 23 October and it is still "
                    "open. Support escalated four tickets."),
        ("report", "I know."),
        ("manager", "So you move the retry fix to the top of your list, I'll pair you with "
                    "Marcus on it, and we meet again on Thursday 3 December."),
        ("report", "Okay."),
    )
    assert "Your own step" not in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- their hours changed for them for a while is support in practice --------------------------


def _later_start(line: str) -> SessionScore:
    return _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "On Monday 2 November you logged in at 9:47, and the queue opened with two "
                    "agents instead of four."),
        ("report", "Half the floor wanders in at ten past."),
        ("manager", "What would make nine o'clock possible for you?"),
        ("report", "Things are tight at the moment."),
        ("manager", line),
        ("report", "Okay. That's fairer than I expected."),
        ("manager", "We meet again on Tuesday 8 December at three to see how it goes."),
        ("report", "Okay."),
    )


def test_a_later_start_for_a_while_is_support_and_a_step() -> None:
    score = _later_start("Mondays you start at ten for the next four weeks, and you make the "
                         "hour up at the end of the day.")
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing" not in plan.summary, format_report(score)
    assert "Mondays you start at ten" in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_a_standing_start_time_is_no_support() -> None:
    score = _later_start("From Monday you start at nine, every day.")
    summary = _card(score, Competency.DEVELOPMENT_PLANNING).summary
    assert "Missing: " in summary and "support" in summary.split("Missing: ")[1], \
        format_report(score)


# --- the manager's own offer is no impact --------------------------------------------------------


def test_the_managers_offer_is_not_praised_as_impact() -> None:
    score = _scored(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "How has the plan been working for you these two weeks?"),
        ("report", "I really did mean to keep to it."),
        ("manager", "Between Monday 16 and Thursday 19 November you picked up six support "
                    "tickets while you were meant to be off the rota. Marcus thought he had been "
                    "overruled and stopped picking tickets up."),
        ("report", "The hours thing doesn't really work anymore."),
        ("manager", "So you'd rather move the retry fix to Thursday 26 November, and you'd tell "
                    "Marcus yourself that the rota is his. Is that right?"),
        ("report", "Something like that."),
        ("manager", "I'll speak to support so no tickets get routed to you, and I'll keep "
                    "Fridays free of meetings for you."),
        ("report", "Thank you."),
    )
    assert "I'll speak to support" not in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- "So we agree" over their no is no agreed plan -----------------------------------------------


def _agreed_after(reply: str) -> SessionScore:
    return _scored(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "On Monday 16 November you called in sick at 8:55 with no message before. "
                    "Tom covered and two priority callbacks were missed."),
        ("report", "I was sick."),
        ("manager", "I need you logged in at nine, and a message before eight if you're sick. "
                    "Can you do that?"),
        ("report", reply),
        ("manager", "So we agree: you're in at nine, you message before eight, and we talk again "
                    "on Tuesday 8 December."),
        ("report", "Fine."),
    )


def test_so_we_agree_over_their_no_is_not_praised() -> None:
    score = _agreed_after("No. And I'd rather not go into why.")
    plan = _card(score, Competency.DEVELOPMENT_PLANNING)
    assert "So we agree" not in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)
    assert plan.score <= 3 and "said no" in plan.summary, format_report(score)


def test_so_we_agree_after_a_yes_is_still_the_plan() -> None:
    score = _agreed_after("Yes. I can do that.")
    assert "So we agree" in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)
    assert "said no" not in _card(score, Competency.DEVELOPMENT_PLANNING).summary


# --- a recap that holds their part is not "your own step" ----------------------------------------


def _recapped(recap: str) -> SessionScore:
    return _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "PR 4812 went in on Tuesday 20 October without tests, and 212 customers could "
                    "not check out with a promo code."),
        ("report", "I know. I'm sorry."),
        ("manager", "What got in the way of testing it?"),
        ("report", "The integration tests won't run on my laptop."),
        ("manager", "What could you do about that this week?"),
        ("report", "I could sit with Kasia on Thursday and get the setup working."),
        ("manager", recap),
        ("report", "Yes."),
    )


def test_a_recap_naming_their_part_is_not_the_managers_own_step() -> None:
    for recap in ("So to recap: Kasia and you on the setup Thursday, I clear your Friday "
                  "afternoon, and we meet again Monday at ten.",
                  "To sum up: you're with Kasia on Thursday for the setup, I'll clear your "
                  "Friday afternoon, and we meet again Monday at ten.",
                  "So, playing it back: the setup with Kasia on Thursday is yours, I'll clear "
                  "your Friday afternoon."):
        score = _recapped(recap)
        assert "your own step" not in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
            format_report(score)


def test_a_recap_of_only_the_managers_part_is_still_theirs() -> None:
    score = _recapped("Let me sum up: I'll clear your Friday afternoon, and we meet again "
                      "Monday at ten.")
    assert "your own step" in _evidence(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- an expectation is quoted by the sentence that sets it ---------------------------------------


def _expectation(line: str) -> SessionScore:
    return _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "PR 4812 went in on Tuesday 20 October without tests, and 212 customers "
                    "could not check out with a promo code."),
        ("report", "I know. I'm sorry."),
        ("manager", line),
        ("report", "Okay."),
    )


def test_an_expectation_is_not_quoted_by_its_preamble() -> None:
    score = _expectation("Let me be straight with you, because you deserve that. From Monday, "
                         "every change goes to review with tests.")
    praise = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert 'Clear expectation: "From Monday, every change goes to review with tests."' in praise, \
        format_report(score)


def test_the_sentence_stating_the_bar_is_quoted_over_a_rule_of_thumb() -> None:
    score = _expectation("A stop-work authority works both ways here: if you can't test it, you "
                         "stop and call me. That's the standard I need, every change tested "
                         "before review.")
    praise = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert "That's the standard I need" in praise, format_report(score)


# --- in a career talk, a push back to what they declined is pressure, not a threat ---------------


def _pushed(line: str) -> SessionScore:
    return _scored(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "The SQL workshop on Wednesday 21 October was great. All four analysts "
                    "rated it five out of five."),
        ("report", "Oh. Yeah, the workshop was good."),
        ("manager", "Why did you say no to the team lead role?"),
        ("report", "I don't think that's me."),
        ("manager", line),
        ("report", "Right."),
    )


def test_career_pressure_is_named_pressure_not_a_threat() -> None:
    score = _pushed("You should really think about it again. Leading is the best way to grow "
                    "here.")
    card = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "threatened" not in card.summary, format_report(score)
    assert "pressured" in card.summary, format_report(score)
    watch = " ".join(a.note for a in score.anti_patterns)
    assert "Blame and threats" not in watch, format_report(score)


def test_a_career_threat_with_a_consequence_is_still_a_threat() -> None:
    score = _pushed("If you say no again, your review will reflect it.")
    card = _card(score, Competency.FEEDBACK_DELIVERY)
    assert "pressured" not in card.summary, format_report(score)


# --- laying the choices side by side is how the manager speaks, no support -----------------------


def _coded_support(text: str) -> ManagerMove:
    t = transcript(("report", "I like it when someone gets it."), ("manager", text)).turns[1]
    coding = TurnCoding(primary=Primary.OTHER, codes=frozenset({Code.SUPPORT_OFFER}))
    return ManagerMove(turn=t, coding=coding, context=None, recent=None)


def test_laying_out_choices_is_no_support() -> None:
    # (the coder read "Let me put a few roads side by side." as support in a career talk's
    # context; the review then praised it "Support: ...")
    for said in ("Let me put a few roads side by side.", "Let me lay out some options first."):
        assert not offers_support(_coded_support(said)), said
    assert offers_support(_coded_support("Let me put you in touch with the data-education "
                                         "lead."))


# --- a suggestion after asking what would help is not "before asking" -----------------------------


def test_a_suggestion_after_asking_what_would_help_is_not_before_asking() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "How have the reviews on the search team felt to you lately?"),
        ("report", "Fine. People are slow."),
        ("manager", "What would help you keep review comments about the code?"),
        ("report", "Somebody has to pick it up when it breaks. It's usually me."),
        ("manager", "What if you paired with Jun once a week on the indexer? You pick the day."),
        ("report", "Maybe."),
    )
    assert "before asking what they have tried" not in _evidence(
        score, Competency.ACTIVE_LISTENING), format_report(score)


def test_advice_before_any_question_is_still_named() -> None:
    score = _scored(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "You should pair with Jun once a week on the indexer."),
        ("report", "Maybe."),
        ("manager", "How have the reviews felt to you lately?"),
        ("report", "Fine."),
    )
    assert "advice before" in _evidence(score, Competency.ACTIVE_LISTENING), format_report(score)


# --- formal words: an expectation asked "I would ask that ...", a question with an aside ---------


def _formal() -> SessionScore:
    return _scored(
        "quality-slipping",
        ("report", "Hi. Is it the promo code thing?"),
        ("manager", "On Tuesday 20 October, PR 4812 was merged without tests, and 212 customers "
                    "could not check out with a promo code the next morning."),
        ("report", "Yes. That was me."),
        ("manager", "I would ask that every change goes to review with tests, beginning this "
                    "week."),
        ("report", "Okay."),
        ("manager", "What, in your view, would make that achievable?"),
        ("report", "I'm not sure."),
        ("manager", "Very well. I shall clear your Friday afternoon for the test backlog, and we "
                    "shall meet again on Monday 7 December at ten."),
        ("report", "Okay."),
    )


def test_an_expectation_in_formal_words_is_one() -> None:
    score = _formal()
    assert "I would ask that every change" in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


def test_a_plan_question_with_an_aside_asks_what_they_would_do() -> None:
    score = _formal()
    summary = _card(score, Competency.DEVELOPMENT_PLANNING).summary
    assert "asking what they would do" not in summary, format_report(score)
