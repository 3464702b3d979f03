"""Issue 11, J43 (the seventy-ninth pass): a "went well" line holds no caveat (a step set for
them is said in the summary); an expectation's praise quotes the expectation, not the yes/no
check after it; the follow-up's missing day is decided from the plan read, not from the words
of the notes already written; and a talk whose report told what was going on says so, crediting
the turn that opened the way. The lines are written for the tests, not taken from the session
sets."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import scored_in
from .conftest import went_well_text as _went_well


def _summary(score: SessionScore, which: Competency) -> str:
    c = score.competency(which)
    assert c is not None
    return c.summary


# --- a step set for them: said in the summary, not as a caveat on the praise ----------------

def _set(plan: str, first: str = "I know. It's been hard.") -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "Morning. You wanted to see me?"),
        ("manager", "Yes. You were late on Monday 16 and Monday 23 November, about forty "
                    "minutes each time, and the handover started without you."),
        ("report", first),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_a_step_set_for_them_is_praised_without_a_caveat() -> None:
    score = _set("From Monday 30 November you will be at your desk by 8:45 every day, and we "
                 "meet again on Friday 4 December at ten to see how it went.")
    praise = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert praise.startswith("Next step"), format_report(score)
    assert "set it for them" not in praise, format_report(score)
    # ... the summary says it, with the turn
    assert "You set the step for them (turn 3)" in _summary(
        score, Competency.DEVELOPMENT_PLANNING), format_report(score)


def test_a_step_of_the_managers_own_is_not_called_set_for_them() -> None:
    # the guard: the manager's own undertaking is no step set for them
    score = _set("I will ask HR about a later start on Mondays and tell you by Friday 4 "
                 "December, and we meet again on Monday 7 December at ten.")
    text = _summary(score, Competency.DEVELOPMENT_PLANNING) + _went_well(
        score, Competency.DEVELOPMENT_PLANNING)
    assert "set the step for them" not in text, format_report(score)
    assert "set it for them" not in text, format_report(score)


def test_a_step_they_proposed_is_not_called_set_for_them() -> None:
    # the guard: asked, and their own step taken up
    score = scored_in(
        "lateness-absence",
        ("report", "Morning. You wanted to see me?"),
        ("manager", "Yes. You were late on Monday 16 and Monday 23 November, about forty "
                    "minutes each time. What would help you be here by nine?"),
        ("report", "If I could start at ten on Mondays, I'd actually be here."),
        ("manager", "Good, so from Monday 30 November you start at ten on Mondays, and we meet "
                    "again on Friday 4 December at ten to see how it went."),
        ("report", "Okay."),
    )
    assert "set the step for them" not in _summary(
        score, Competency.DEVELOPMENT_PLANNING), format_report(score)


# --- the expectation quoted, not the check after it -----------------------------------------

def test_clear_expectation_quotes_the_expectation_before_the_check() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "Hi. Is this about the mornings?"),
        ("manager", "It is. You were late on Monday 16 and Monday 23 November, about forty "
                    "minutes each time, and the handover started without you."),
        ("report", "I know. Things at home have been a lot lately, and the mornings are hard."),
        ("manager", "Okay. The handover needs everyone there at nine. Can you do that?"),
        ("report", "I'll try."),
        ("manager", "I will send you the handover notes in the mornings so you don't miss "
                    "them, and we meet again on Friday 11 December at ten."),
        ("report", "Okay."),
    )
    praise = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert 'Clear expectation: "The handover needs everyone there at nine' in praise, \
        format_report(score)
    assert 'Clear expectation: "Can you do that?"' not in praise, format_report(score)


def test_a_kind_word_before_the_expectation_is_not_its_quote() -> None:
    from roleplay.scoring.moves import praised_quote

    quote = praised_quote("I understand things have been hard lately, and I appreciate you "
                          "being honest with me. The morning handover needs everyone there at "
                          "nine, every day. Can you do that?", "Clear expectation")
    assert quote == "The morning handover needs everyone there at nine, every day.", quote


def test_an_expectation_that_shows_itself_keeps_its_quote() -> None:
    # the guard: the sentence the coder reads as the expectation is quoted as before
    from roleplay.scoring.moves import praised_quote

    quote = praised_quote("Okay. Everyone has to be on the floor by nine so the handover runs "
                          "on time. Can you do that?", "Clear expectation")
    assert quote == "Everyone has to be on the floor by nine so the handover runs on time.", quote


def test_okay_said_first_is_no_check() -> None:
    # "Okay." opening a turn checks nothing: the sentence before it is not made the quote
    from roleplay.scoring.moves import praised_quote

    quote = praised_quote("I hear you. Okay. From Monday I need you logged in by nine, every "
                          "single day of the week.", "Clear expectation")
    assert quote.startswith("From Monday I need you logged in by nine"), quote


# --- a follow-up's missing day decided from the plan read ------------------------------------

def _invoices(plan: str) -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The invoice export was committed for Wednesday 14 October and shipped on "
                    "Wednesday 21 October, and Finance closed the month by hand."),
        ("report", "I know. What could I do differently?"),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_catching_up_soon_is_no_day_though_the_step_has_one() -> None:
    # the step's Thursday books no meeting that its own sentence leaves at "soon"
    score = _invoices("Good, so you post a status every Thursday from this week. Let's catch "
                      "up again soon.")
    plan = score.competency(Competency.DEVELOPMENT_PLANNING)
    assert plan is not None
    assert "a day for the follow-up" in plan.summary, format_report(score)
    assert "follow-up" not in "\n".join(plan.went_well), format_report(score)


def test_a_meeting_with_its_own_day_beside_the_step_is_booked() -> None:
    # the guards: the meeting's own sentence has its day, or "soon" with a date
    for plan in ("Good, so you post a status every Thursday from this week. Let's catch up "
                 "again on Friday 11 December at ten.",
                 "Good, so you post a status every Thursday from this week. Let's catch up "
                 "again soon, on Friday 11 December at ten."):
        score = _invoices(plan)
        assert "for the follow-up" not in _summary(score, Competency.DEVELOPMENT_PLANNING), \
            format_report(score)
        assert "follow-up" in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
            format_report(score)


def test_a_meeting_said_soon_books_no_day() -> None:
    from roleplay.scoring.planning_level import _books_a_day

    assert not _books_a_day("good, so you post a status every thursday from this week. let's "
                            "catch up again soon.")
    assert _books_a_day("good, so you post a status every thursday from this week. let's "
                        "catch up again on friday 11 december at ten.")


def test_a_follow_up_with_no_day_is_asked_for_once() -> None:
    # the guard for item 3 (no string tests on the notes written): one note, never two
    summary = _summary(_invoices("Good, so you post a status every Thursday from this week. "
                                 "Let's catch up again soon."), Competency.DEVELOPMENT_PLANNING)
    assert summary.count("for the follow-up") == 1, summary
    summary = _summary(_invoices("Good, so you post a status every Thursday from this week."),
                       Competency.DEVELOPMENT_PLANNING)
    assert "a follow-up" in summary and "for the follow-up" not in summary, summary


# --- the turn that opened the way to what they told ------------------------------------------

def _rent(ask: str) -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "So. Attendance."),
        ("manager", "On Monday 2 November you logged in at 9:47, and the queue opened with two "
                    "agents instead of four."),
        ("report", "Things are tight at the moment. I'm doing what I have to do."),
        ("manager", ask),
        ("report", "My rent went up by a third in September, so I've been doing bar shifts at "
                   "the pub, Thursday to Sunday. I don't get home till gone one."),
        ("manager", "Thank you for trusting me with that. It sounds exhausting, working two jobs "
                    "and coming in after a late night at the pub. How are you holding up?"),
        ("report", "I'm tired."),
    )


def test_the_turn_that_opened_the_way_is_credited() -> None:
    score = _rent("That sounds hard, and thank you for saying it. What has been making things "
                  "tight?")
    summary = _summary(score, Competency.ACTIVE_LISTENING)
    assert 'Your turn 3 ("What has been making things tight?") opened the way: in turn 4 ' \
           "they told you what was going on" in summary, format_report(score)


def test_a_telling_that_came_past_a_work_question_credits_no_turn() -> None:
    # the guard: the turn before asked about the work, not about them
    score = _rent("Okay. And where are you up to with the queue rota, what's left on it?")
    assert "opened the way" not in _summary(score, Competency.ACTIVE_LISTENING), \
        format_report(score)


def test_a_telling_moved_on_from_credits_no_turn() -> None:
    # the guard: made room for, then not taken in
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance."),
        ("manager", "On Monday 2 November you logged in at 9:47, and the queue opened with two "
                    "agents instead of four."),
        ("report", "Things are tight at the moment. I'm doing what I have to do."),
        ("manager", "That sounds hard. What has been making things tight?"),
        ("report", "My rent went up by a third in September, so I've been doing bar shifts at "
                   "the pub, Thursday to Sunday. I don't get home till gone one."),
        ("manager", "Right. From Monday you log in at nine sharp. Is that clear?"),
        ("report", "Yes."),
        ("manager", "Good. We meet again on Friday 4 December at ten."),
        ("report", "Fine."),
    )
    assert "opened the way" not in _summary(score, Competency.ACTIVE_LISTENING), \
        format_report(score)


# --- from the three plays ---------------------------------------------------------------------

def _dad(answer: str) -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The invoice export was committed for Wednesday 14 October and shipped on "
                    "Wednesday 21 October. What's been going on for you lately?"),
        ("report", "My dad had a stroke six weeks ago. I'm at the hospital most mornings and "
                   "evenings, and I didn't tell anyone."),
        ("manager", answer),
        ("report", "Maybe finish the retry fix first, before anything new."),
    )


def test_taking_it_in_quotes_the_sentence_that_spoke_to_it() -> None:
    # one word of theirs ("weeks") in the question after it is not what took it in
    score = _dad("Your family comes first, and I mean it. What would make the next weeks "
                 "workable for you?")
    praise = _went_well(score, Competency.ACTIVE_LISTENING)
    assert 'You took in what they told you: "Your family comes first' in praise, \
        format_report(score)


def test_taking_it_in_still_quotes_their_words_said_back() -> None:
    # the guard: a sentence with two words of theirs is the quote, wherever it comes
    score = _dad("Thank you for telling me. So you're at the hospital mornings and evenings "
                 "with your dad. What would help?")
    praise = _went_well(score, Competency.ACTIVE_LISTENING)
    assert "You took in what they told you: \"So you're at the hospital" in praise, \
        format_report(score)


def _rota(plan: str) -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The retry fix was promised for Friday 23 October and is still open. What "
                    "would help you get it done?"),
        ("report", "If I could get off the support rota for a bit, I'd finish it."),
        ("manager", plan),
        ("report", "That's fair."),
        ("manager", "Let us meet again on Thursday 10 December at ten to see how it goes."),
        ("report", "Yes."),
    )


def test_support_the_quote_cannot_hold_is_praised_on_its_own_line() -> None:
    score = _rota("Good. So you finish the retry fix by Friday 4 December, and you tell me in "
                  "stand-up the day a date looks at risk. I will take you off the support rota "
                  "until the end of the month and ask Marcus to cover.")
    praise = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert 'Support: "I will take you off the support rota' in praise, format_report(score)
    assert "Next step and support" not in praise, format_report(score)


def test_support_quoted_with_the_step_stays_one_line() -> None:
    # the guard: both fit, one line names both
    score = _rota("Good. So you finish the retry fix by Friday 4 December. I will take you off "
                  "the support rota for it.")
    praise = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "and support" in praise and "\nSupport:" not in praise, format_report(score)


def _threat(step: str) -> SessionScore:
    return scored_in(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine."),
        ("manager", "you missed the kickoff workshop and the wireframes were one screen only"),
        ("report", "Yeah. The wireframes weren't great."),
        ("manager", step),
        ("report", "Right. I'll do what's on the board, then."),
        ("manager", "ok good we will meet again on friday 11 december at ten"),
        ("report", "Fine."),
    )


def test_a_step_set_with_a_threat_is_theirs_and_no_more_than_a_step() -> None:
    score = _threat("and run the crit again from next thursday otherwise i will have to take "
                    "it to hr")
    plan = score.competency(Competency.DEVELOPMENT_PLANNING)
    assert plan is not None and plan.score is not None and plan.score <= 3, format_report(score)
    assert "a step of theirs" not in plan.summary, format_report(score)
    assert "You set the step with a threat (turn 3)" in plan.summary, format_report(score)


def test_a_step_with_no_threat_is_not_called_pressed() -> None:
    # the guard
    score = _threat("and run the crit again from next thursday please")
    assert "with a threat" not in _summary(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_a_step_beside_a_catch_up_soon_in_one_sentence_books_no_day() -> None:
    score = _invoices("Great. So you'll post a status in the channel this week, and we'll catch "
                      "up again soon, alright?")
    assert "a day for the follow-up" in _summary(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)
