"""Issue 11 (J42, seventy-fifth feedback pass): the brief's items, J41's "Left" list and three
play-throughs through the CLI, read as a coach would. The lines are written for the tests, not
taken from the session sets. Taking the whole problem off them is no support and is fixing for
them; a "went well" line does not say what went wrong; a plan that puts their own step to them
with the person they named takes it up; a plan that shares only the talk's topic with a hint
does not take it in; a follow-up with no day is noted; praise names only what its quote
holds."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.planning_level import FOLLOW_UP_DAY
from roleplay.scoring.report import format_report

from .conftest import scored_in
from .conftest import went_well_text as _went_well


def _summary(score: SessionScore, which: Competency) -> str:
    c = score.competency(which)
    assert c is not None
    return c.summary


def _anti(score: SessionScore) -> dict[str, tuple[int, ...]]:
    return {a.id: a.turns for a in score.anti_patterns}


# --- taking the whole problem off them is no support, and fixes it for them ------------------

def _theo(line: str) -> SessionScore:
    return scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. Bribery, obviously. So, what are we fixing "
                   "today?"),
        ("manager", "hi theo how are things with the team"),
        ("report", "Honestly it's been rough. Jun and Beatriz barely talk to me and I'm "
                   "dreading stand-up."),
        ("manager", line),
        ("report", "Okay. Thanks."),
        ("manager", "we meet again on friday eleventh december at ten"),
        ("report", "Okay."),
        disclosed=(2,),
    )


RESCUE = ("listen you dont have to worry about anything i will sort it all out with jun and "
          "beatriz ok my son")


def test_sorting_it_all_out_with_the_people_named_is_no_support() -> None:
    score = _theo(RESCUE)
    text = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "Support" not in text and "step" not in text, format_report(score)
    assert "support" in _summary(score, Competency.DEVELOPMENT_PLANNING).split("Missing:")[-1]
    # ...nor is it praised as taking in what they told: it closed it
    assert "You took in what they told you" not in _went_well(score,
                                                               Competency.ACTIVE_LISTENING)


def test_sorting_it_all_out_for_them_is_fixing() -> None:
    score = _theo(RESCUE)
    assert _anti(score).get("fixing") == (3,), format_report(score)
    fixing = next(a for a in score.anti_patterns if a.id == "fixing")
    assert "took the problem off them" in fixing.note


def test_dont_worry_then_sorting_it_with_them_is_no_step() -> None:
    # the reassurance in its own clause, and "with jun" read as a colleague, not June
    score = _theo("Don't worry, I'll sort it out with Jun and Beatriz.")
    text = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "step" not in text and "Support" not in text, format_report(score)
    assert "fixing" in _anti(score)


def test_a_named_undertaking_stays_an_undertaking() -> None:
    # the guards: what the talk is about, or a day, makes it a step of the manager's
    for line in ("I'll talk to Jun and Beatriz this week about how stand-up runs.",
                 "I'll sort it out with Jun by Friday."):
        score = _theo(line)
        assert "step" in _went_well(score, Competency.DEVELOPMENT_PLANNING), format_report(score)
        assert "fixing" not in _anti(score), format_report(score)


def test_the_line_between_taking_it_off_them_and_an_undertaking() -> None:
    from roleplay.scoring.reading import rescues
    assert rescues(RESCUE)
    assert rescues("Leave it with me. I'll sort it out with Jun.")
    assert rescues("I'll sort it all out with Jun and Beatriz.")
    assert not rescues("Don't worry, we'll sort it all out with Jun and Beatriz.")
    # the guards: "it" alone, with no reassurance, is an undertaking; so is a day or a topic;
    # so is solving it together
    assert not rescues("I'll sort it out with HR.")
    assert not rescues("Don't worry about it. I'll talk to HR about the rota and tell you by "
                       "Friday.")
    assert not rescues("I'll sort it all out with HR by Friday.")
    assert not rescues("Don't worry, we can sort it out together.")
    assert not rescues("Don't worry about the rota, I will handle the swap with Jun on "
                       "Monday.")


# --- a "went well" line does not say what went wrong -----------------------------------------

def _priya(plan: str) -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "Yes. The invoice export was promised for Wednesday 14 October and came on "
                    "the 21st. What happened?"),
        ("report", "Honestly, my dad had a stroke six weeks ago and I've been at the hospital "
                   "every evening."),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_the_plan_left_out_what_they_told_is_said_in_the_summary_not_the_praise() -> None:
    score = _priya("Okay. Going forward I need the retry queue fix by Friday 11 December, and "
                   "I'll keep Thursday mornings free to help you, and we meet again on Monday "
                   "14 December.")
    text = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert text and "left out" not in text, format_report(score)
    assert "did not allow for what they told you" in _summary(
        score, Competency.DEVELOPMENT_PLANNING)


# --- their own step with the person they named, put back to them, is taken up ----------------

def _daniel(idea: str, plan: str) -> SessionScore:
    return scored_in(
        "quality-slipping",
        ("report", "Hi. You wanted to see me?"),
        ("manager", "Yes. On Tuesday 1 December the promo-code release broke checkout for "
                    "three hours. What happened from your side?"),
        ("report", "I rushed it. I didn't run the tests because I was behind on the order "
                   "states."),
        ("manager", "What would help you get it right next time?"),
        ("report", idea),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_their_step_with_the_colleague_they_named_is_taken_up() -> None:
    score = _daniel("I could ask Kasia to go through my tests with me.",
                    "Right, so you book an hour with Kasia this week, and we meet again on "
                    "Friday 11 December at ten.")
    summary = _summary(score, Competency.DEVELOPMENT_PLANNING)
    assert "left out the step they proposed" not in summary, format_report(score)
    assert "set it for them" not in _went_well(score, Competency.DEVELOPMENT_PLANNING)


def test_the_colleague_named_in_the_managers_own_word_is_not_their_step() -> None:
    # the guards: the manager's own talk with that person, or a step handed to the person
    score = _daniel("I could ask Kasia to go through my tests with me.",
                    "I'll talk to Kasia today, and we meet again on Friday 11 December at ten.")
    assert "left out the step they proposed" in _summary(score,
                                                         Competency.DEVELOPMENT_PLANNING)
    score = _daniel("Maybe Kasia should review my pull requests for a while.",
                    "Right, so you book an hour with Kasia this week, and we meet again on "
                    "Friday 11 December at ten.")
    assert "left out the step they proposed" in _summary(score,
                                                         Competency.DEVELOPMENT_PLANNING)


# --- a plan that shares only the talk's topic with a hint does not take it in ----------------

def _mornings(plan: str) -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "Hi. Is this about the mornings?"),
        ("manager", "It is. You were late on Monday 16 and Monday 23 November, about forty "
                    "minutes each time, and the handover started without you."),
        ("report", "I know. Things at home have been a lot lately, and the mornings are hard."),
        ("manager", "Okay. The handover needs everyone there at nine. Can you do that?"),
        ("report", "I'll try."),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_a_plan_sharing_only_the_talks_topic_does_not_take_the_hint_in() -> None:
    score = _mornings("I will send you the handover notes in the mornings so you don't miss "
                      "them, and we meet again on Friday 11 December at ten.")
    assert "You took in what they told you" not in _went_well(score,
                                                               Competency.ACTIVE_LISTENING), \
        format_report(score)
    assert "ignoring_disclosure" in _anti(score)


def test_a_plan_naming_what_they_told_still_takes_it_in() -> None:
    # the guard: their own words beyond the talk's topic ("home")
    score = _mornings("I will keep an eye on how things at home are going, and we meet again "
                      "on Friday 11 December at ten.")
    assert "ignoring_disclosure" not in _anti(score), format_report(score)


# --- a follow-up with no day is noted --------------------------------------------------------

def _invoices(follow: str,
              plan: str = "Good, so you post a status every Thursday from this week.",
              ) -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "Yes. The invoice export was promised for Wednesday 14 October and came on "
                    "the 21st. What happened?"),
        ("report", "The migration ate two weeks and I didn't flag it."),
        ("manager", "What would help you flag it sooner?"),
        ("report", "Maybe I could post a status in the channel every Thursday."),
        ("manager", plan),
        ("report", "Okay."),
        ("manager", follow),
        ("report", "Okay."),
    )


def test_a_follow_up_with_no_day_is_noted() -> None:
    for follow in ("Good. We see next month.", "Let's catch up again soon."):
        score = _invoices(follow)
        assert "a day for the follow-up" in _summary(score, Competency.DEVELOPMENT_PLANNING), \
            format_report(score)


def test_next_month_is_no_follow_up_date() -> None:
    score = _invoices("Good. We see next month.",
                      "Good, so you post a status every Thursday from this week, and I'll keep "
                      "Friday mornings free to help with blockers.")
    c = score.competency(Competency.DEVELOPMENT_PLANNING)
    assert c is not None and c.score == 4, format_report(score)
    assert FOLLOW_UP_DAY in c.summary


def test_a_booked_follow_up_draws_no_note() -> None:
    # the guards: a day, or a span of weeks
    for follow in ("Let's meet again on Friday 11 December at ten.",
                   "Good, we talk again in two weeks."):
        score = _invoices(follow)
        assert "for the follow-up" not in _summary(score, Competency.DEVELOPMENT_PLANNING), \
            format_report(score)


# --- praise names only what its quote holds ----------------------------------------------------

def _release(first: str) -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to see me?"),
        ("manager", first),
        ("report", "Yeah. I was rushing."),
        ("manager", "What got in the way of the checklist?"),
        ("report", "Honestly, the deadline."),
    )


def test_a_quote_cut_before_the_impact_is_not_praised_for_it() -> None:
    score = _release("On 6 November the release went out without the checklist. I know you "
                     "were under pressure from sales and that the week was a mess for everyone "
                     "with the migration going on at the same time. The invoices went out "
                     "wrong to forty clients.")
    text = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert "Specific example:" in text and "impact" not in text, format_report(score)


def test_a_quote_holding_the_impact_is_praised_for_it() -> None:
    # the guards: the impact in the quote, before or after the example
    for first in ("On 6 November the release went out without the checklist. Forty clients "
                  "got wrong invoices.",
                  "On 6 November the release went out without the checklist, and the invoices "
                  "to forty clients went out wrong."):
        score = _release(first)
        assert "Specific example and impact" in _went_well(score, Competency.FEEDBACK_DELIVERY), \
            format_report(score)


# --- from the plays ----------------------------------------------------------------------------

def _fiji(check: str) -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Bula Leanne. On Monday 2 November you logged in to the phone queue at "
                    "9:47, and the queue opened with two agents instead of four."),
        ("report", "I was sick. People get sick."),
        ("manager", "What's been going on for you on those mornings?"),
        ("report", "Things are tight at the moment. I'm doing what I have to do."),
        ("manager", check),
        ("report", "That's right. And it's not like I'm not trying."),
        ("manager", "I still need you on the queue at nine, because the team can't open it "
                    "short. What would make nine o'clock doable for you?"),
        ("report", "Fine. Nine o'clock."),
        disclosed=(4,),
    )


def test_the_turn_named_as_moving_on_is_the_one_rewritten() -> None:
    # the Fiji resort manager: a checked guess straight after the hint stays a check; the turn
    # that moved on is the next one, and the card and the anti-pattern name the same turn
    score = _fiji("So the nights before are long, and by the morning you are running on "
                  "empty. Have I got that right?")
    listening = score.competency(Competency.ACTIVE_LISTENING)
    assert listening is not None
    rewritten = {r.turn for r in listening.try_instead if not isinstance(r, str)}
    assert _anti(score).get("ignoring_disclosure") == (7,), format_report(score)
    assert 7 in rewritten
    # ...and the note names one turn as one turn
    note = next(a.note for a in score.anti_patterns if a.id == "ignoring_disclosure")
    assert "(turn 4)" in note


def test_a_turn_that_moved_on_straight_after_is_still_named() -> None:
    # the guard: no check in between, the next turn is the miss
    score = _fiji("Okay. And on Monday 16 November you called in sick at 8:55.")
    assert _anti(score).get("ignoring_disclosure") == (5,), format_report(score)


def test_their_guess_at_a_colleagues_view_is_reflected_as_their_worry() -> None:
    # the Kerala matron's report: "Aisha must be so fed up with me." was handed back as "It
    # sounds like Aisha must be so fed up with you", agreeing with it
    from roleplay.scoring.reflecting import reflectable
    names = frozenset({"Aisha", "Jun"})
    assert reflectable("I know. Aisha must be so fed up with me.", names) == \
        "you're worried Aisha is fed up with you"
    assert reflectable("Jun probably thinks I'm useless.", names) == \
        "you're worried Jun thinks you're useless"
    # the guards: their own state, and a fact about a colleague, as before
    assert reflectable("I'm exhausted.", names) == "you're exhausted"
    assert reflectable("Aisha spent two days on it.", names) is None


def test_taking_it_off_them_in_scots_is_fixing() -> None:
    # the Glasgow depot supervisor, as a recogniser writes it
    score = scored_in(
        "peer-feedback",
        ("report", "Hi. Before you say anything, is this about Leo? Because I've got "
                   "everything written down. Every date."),
        ("manager", "right hannah sit doon we need tae talk about leo and the mobile lot"),
        ("report", "Has Leo made a complaint? I just want to know where I stand."),
        ("manager", "listen you dont have tae worry about anything ill sort it all out wi leo "
                    "and his gaffer ok hen"),
        ("report", "Sorry. I'm really on edge about this."),
    )
    assert "fixing" in _anti(score), format_report(score)
    assert "Support" not in _went_well(score, Competency.DEVELOPMENT_PLANNING)
