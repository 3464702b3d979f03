"""Issue 11 (J40, sixty-eighth feedback pass): the brief's items, J39's "Left" list and four
play-throughs through the CLI, read as a coach would. The lines are written for the tests, not
taken from the session sets. Who saw a lapse, and how fast, is its impact; the plan is quoted
from the co-created step with the manager's support beside it; "Pick one thing you'll do
differently" asks for their step; a growth step is no feedback expectation; a step turned round
is not co-created; listening 5/5 does not say "most of the room" beside most of the words; a
meeting "some time next month" has no day; "try to" stays open beside the meeting booked after
it; an example is quoted from the clause that tells it in recogniser text; "two weeks ago" is no
recent example; the manager's part said mid-run in recogniser text is support."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in
from .conftest import went_well_text as _went_well


def _card(score: SessionScore, which: Competency):  # type: ignore[no-untyped-def]
    c = score.competency(which)
    assert c is not None
    return c


# --- who saw it, and how fast, is the impact ---------------------------------------------------

def _blunt(example: str) -> SessionScore:
    return scored_in(
        "peer-feedback",
        ("report", "Hi. Before you say anything, is this about Leo?"),
        ("manager", example),
        ("report", "I was just being transparent. That's literally my job."),
        ("manager", "Stop calling people out in public. From now on you raise it with Leo "
                    "directly."),
        ("report", "Fine."),
    )


def test_who_saw_it_within_the_hour_is_impact() -> None:
    score = _blunt("Yes. On Thursday 29 October you posted in #releases that mobile's build was "
                   "untested, again, with a screenshot of Leo's pull request. Leo's manager saw "
                   "it within the hour.")
    text = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "Missing: its impact" not in text, format_report(score)


def test_seeing_it_yourself_is_no_impact() -> None:
    from roleplay.scoring.moves import says_consequence
    # the guards: the manager's own seeing, and a reading of it, reach no one
    assert not says_consequence("And then I saw it within the hour.")
    assert not says_consequence("You saw it the same day.")
    assert not says_consequence("Leo saw it differently.")
    assert says_consequence("the client read it the same morning")


def test_more_time_asked_for_is_no_harm() -> None:
    from roleplay.scoring.moves import says_consequence
    assert not says_consequence("Leo asked for more time on the build.")
    assert not says_consequence("Jun asked for more money.")
    # the guard (J39): others asking for more of what they gave
    assert says_consequence("Since then two of the juniors asked for another reviewer.")
    assert says_consequence("Two of them asked for more reviews like it.")


# --- the plan quoted from the co-created step, the support beside it --------------------------

def test_the_plan_quote_is_the_co_created_step_with_the_support() -> None:
    score = scored_in(
        "quality-slipping",
        ("report", "Hi. You wanted to see me?"),
        ("manager", "Yes. Three of your last five pull requests were reopened by QA. How has "
                    "the work felt lately?"),
        ("report", "Honestly I'm a bit lost in the order states. I didn't want to keep "
                   "bothering Kasia."),
        ("manager", "That sounds frustrating. Pick one thing you'll do differently this week."),
        ("report", "Maybe Kasia could walk me through the order states once. I'd take notes."),
        ("manager", "Good idea. So Kasia pairs with you on Thursday to walk through the order "
                    "states, and you write up the notes for the team. I'll clear your Friday "
                    "afternoon for it too."),
        ("report", "Okay, thanks."),
    )
    praise = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert '"So Kasia pairs with you on Thursday' in praise, format_report(score)
    assert "I'll clear your Friday afternoon for it too." in praise, format_report(score)


def _pick(plan: str, ask: str = "Pick one thing you'll do differently this week.") \
        -> SessionScore:
    return scored_in(
        "quality-slipping",
        ("report", "Hi. You wanted to see me?"),
        ("manager", "Three of your last five pull requests were reopened by QA."),
        ("report", "I know. I'm trying."),
        ("manager", ask),
        ("report", "I don't know. Be more careful?"),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_pick_one_thing_asks_for_their_step() -> None:
    score = _pick("Fine. So from Monday you run the order-state tests before every push. I'll "
                  "clear your Friday afternoon for it too.")
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "you set it for them" not in text, format_report(score)
    assert "co-created" in text, format_report(score)


def test_an_order_is_not_asking_for_their_step() -> None:
    from roleplay.scoring.reading import _STEP_ASKED
    # the guards: an order, and a choice of the manager's
    assert not _STEP_ASKED.match("pick up the tickets first thing this week.")
    assert not _STEP_ASKED.match("tell me one thing i did wrong.")
    assert _STEP_ASKED.match("name one change you could make before friday.")


# --- a growth step is no feedback expectation --------------------------------------------------

def _reorg(plan: str) -> SessionScore:
    return scored_in(
        "disengaged-after-reorg",
        ("report", "hey. whats up"),
        ("manager", "hi nadia thanks for coming you missed the design crit on monday the ninth "
                    "and the designers waited twenty minutes for you whats going on"),
        ("report", "I was promised the lead role before the reorg and then nobody said a word."),
        ("manager", plan),
        ("report", "Okay. I can do that."),
    )


def test_a_development_step_is_not_a_clear_expectation() -> None:
    score = _reorg("ok so you write down what a lead role would look like for you by friday the "
                   "eleventh and ill take it to my boss the same day and we sit down monday the "
                   "fourteenth")
    assert "Clear expectation" not in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


def test_a_step_about_the_crit_stays_an_expectation() -> None:
    # the guard: what they are to do about the issue raised
    score = _reorg("ok so from monday you join every crit on time or tell me the day before and "
                   "ill take the lead role question to my boss this week")
    assert "Clear expectation" in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- a step turned round is not co-created -----------------------------------------------------

def _deadlines(plan: str, idea: str = "I could flag it in stand-up before a date slips.") \
        -> SessionScore:
    return scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk?"),
        ("manager", "Yes. The last two sprint dates slipped, the export on Friday 13 November "
                    "and the audit fix on Friday 27 November. What got in the way?"),
        ("report", "I kept thinking I could catch up. I didn't want to say anything."),
        ("manager", "What could you do differently next sprint?"),
        ("report", idea),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_the_day_it_slips_after_before_it_slips_is_not_co_created() -> None:
    score = _deadlines("So you flag it in stand-up the day it slips, and I'll keep Thursday "
                       "mornings clear for you. We check in Friday 11 December.")
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "co-created" not in text, format_report(score)
    assert '"before a date slips" became "the day it slips"' in text, format_report(score)


def test_their_step_as_they_put_it_stays_co_created() -> None:
    score = _deadlines("So you flag it in stand-up before a date slips, and I'll keep Thursday "
                       "mornings clear for you. We check in Friday 11 December.")
    assert "co-created" in competency_text(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


# --- listening 5/5 beside most of the words ----------------------------------------------------

def test_five_of_five_does_not_say_most_of_the_room_beside_most_of_the_words() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi."),
        ("manager", "Thanks for coming in. How have the last few weeks been for you, honestly, "
                    "with everything that has been going on in the team?"),
        ("report", "Hard. My dad's in hospital."),
        ("manager", "I'm so sorry. It sounds like you've been carrying a lot on your own, and "
                    "that you're worried about him and about the work at the same time."),
        ("report", "Yes. Exactly that."),
        ("manager", "So what I'm hearing is that the hospital visits are eating your evenings "
                    "and the dates are slipping because of it, and you felt you couldn't say."),
        ("report", "That's it."),
        ("manager", "That must feel lonely, holding all of that and not telling anyone. What "
                    "would make the next two weeks feel more manageable for you?"),
        ("report", "Fewer meetings."),
    )
    listening = _card(score, Competency.ACTIVE_LISTENING)
    assert (score.metrics["manager_talk_share_words"] or 0) > 0.5
    assert listening.score == 5, format_report(score)
    assert "most of the room" not in listening.summary, format_report(score)


# --- a meeting some time next month has no day -------------------------------------------------

def test_some_time_next_month_is_a_follow_up_with_no_day() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk?"),
        ("manager", "What could you do differently next sprint?"),
        ("report", "I could flag it in stand-up before a date slips."),
        ("manager", "Good. So you flag it in stand-up before a date slips, from Monday 7 "
                    "December, and I'll keep Thursday mornings clear for you."),
        ("report", "Okay."),
        ("manager", "We will meet again some time next month."),
        ("report", "Okay."),
    )
    notes = [e.note for e in _card(score, Competency.DEVELOPMENT_PLANNING).evidence]
    assert "follow-up with no day set" in notes, format_report(score)
    assert "follow-up" not in notes, format_report(score)


def test_a_meeting_with_no_day_after_an_ask_is_still_a_follow_up() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. So, what are we fixing today?"),
        ("manager", "On Jun's pull request on Tuesday 27 October you wrote 'Did you even run "
                    "this?' in the public review. Since then Jun sends his code only to you "
                    "privately."),
        ("report", "Okay, that was blunt. But it was broken."),
        ("manager", "Okay. So from now you will try to comment on code only, not the person. We "
                    "talk again next month sometime."),
        ("report", "Honestly, I think the team's doing great."),
    )
    planning = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: a concrete next step, support, a follow-up" not in planning, \
        format_report(score)
    assert "follow-up with no day set" in planning, format_report(score)
    # ...and its "try to" leaves the ask open, the meeting after it notwithstanding
    assert "Clear expectation" not in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- recogniser text -----------------------------------------------------------------------------

def _lisbon(plan: str) -> SessionScore:
    return scored_in(
        "second-meeting",
        ("report", "I know. The retry fix still isn't in. I'm sorry."),
        ("manager", "ok priya thank you for coming dont worry i am not here to shout we agreed "
                    "two weeks ago the retry fix for friday thirteen november and it did not "
                    "ship and the check in on thursday was cancelled what happened from your "
                    "side"),
        ("report", "It hasn't gone the way I said it would."),
        ("manager", "what would make it work now for you"),
        ("report", "The hours thing doesn't really work anymore. It's complicated."),
        ("manager", plan),
        ("report", "Okay."),
    )


def test_the_example_is_quoted_from_where_it_is_told() -> None:
    score = _lisbon("ok so you take the retry fix only and we check together thursday three "
                    "december at ten")
    praise = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert 'Specific example: "we agreed two weeks ago' in praise, format_report(score)


def test_two_weeks_ago_is_no_recent_example() -> None:
    score = _lisbon("ok so you take the retry fix only and we check together thursday three "
                    "december at ten")
    assert not [a for a in score.anti_patterns if a.id == "last_week_only"], format_report(score)


def test_my_part_said_mid_run_is_support() -> None:
    score = _lisbon("ok so you take the retry fix only and marcus keeps the support rota i talk "
                    "with hr about carers leave this week and we check together thursday three "
                    "december at ten")
    assert "Missing: support" not in competency_text(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)


def test_my_part_after_when_is_no_step_of_mine() -> None:
    from roleplay.scoring.reading import clause_parts
    assert clause_parts("you take the retry fix only i talk with hr this week") == [
        "you take the retry fix only", "i talk with hr this week"]
    # the guard: "when i ask" is their condition, not the manager's step
    assert clause_parts("you tell me when i ask about it") == ["you tell me when i ask about it"]


# --- the code items ------------------------------------------------------------------------------

def test_sits_down_reads_a_run_on_once() -> None:
    import time

    from roleplay.scoring.reading import _SITS_DOWN

    def took(times: int) -> float:  # the best of five, so a busy machine does not decide it
        run_on = "and i'll book some time with the team " * times
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            assert not _SITS_DOWN.search(run_on)
            best = min(best, time.perf_counter() - start)
        return best

    # ten times the text takes about ten times as long, not a hundred (28 ms for 2,000 words
    # before, on this machine; about 1.5 ms after)
    assert took(250) < 40 * took(25)
    assert _SITS_DOWN.search("let's put thirty minutes in for thursday 10 december to look at "
                             "your sketch together")
    assert _SITS_DOWN.search("i'll book an hour and i'll hold a slot for us to go through it")


def test_watching_the_match_is_no_record_of_theirs() -> None:
    from roleplay.persona.small_moments import reports_watching
    assert not reports_watching("I was watching the match on Sunday, how was your weekend?", [])
    assert reports_watching("It sounds like you feel watched.", [])
    assert reports_watching("I have been watching your start times.", [])
