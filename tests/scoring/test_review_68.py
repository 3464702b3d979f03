"""Issue 11 (the lead, twenty-first day): review classes unseen-35's first reading showed. A
murmur ("mm hmm") right after they tell the hard thing leaves them the floor and moves on from
nothing; a run-on said aloud takes it in by the words around its theme ("there is more than one
road in this company" after "I don't want to manage people"); the manager owning their own
nerves before the message softens no message. The lines are written for the tests."""

from __future__ import annotations

from roleplay.domain.scores import Competency
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in

TOLD = ("Honestly? I don't want to manage people. And it feels like that's the only way up "
        "here, so I just stopped thinking about it.")


def _career(after: str, then: str) -> str:
    score = scored_in(
        "career-conversation",
        ("report", "I don't know. I'm happy doing what I'm doing, I think."),
        ("manager", "what would you like more of in your work over the next year or two"),
        ("report", TOLD),
        ("manager", after),
        ("report", "Is there such a thing as a senior analyst who mostly teaches?"),
        ("manager", then),
        ("report", "I'd want it to still count as moving forward."),
        ("manager", "what is one small thing you could try before christmas and which day"),
        ("report", "I could write up the churn definitions as a guide."),
        disclosed=(2,),
    )
    return competency_text(score, Competency.ACTIVE_LISTENING) + "\n" + format_report(score)


def test_a_murmur_then_the_only_way_up_answered_takes_it_in() -> None:
    text = _career("mm hmm", "and if the usual next step here does not fit you that is allowed "
                             "there is more than one road in this company")
    assert "moved on without" not in text, text
    assert "You took in what they told you" in text, text


def test_a_murmur_then_the_bar_moves_on() -> None:
    text = _career("mm hmm", "the one thing i need is the box filled by the end of next week in "
                             "your own words")
    assert "moved on without" in text, text


def test_the_managers_own_nerves_soften_no_message() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "leanne please sit if you like um i am a bit nervous honestly so i wrote some "
                    "notes and i will read from them so i say it properly"),
        ("report", "Half the floor wanders in at ten past. Why is it just me?"),
        ("manager", "monday 2 november your login on the phone queue was 9 47 and callers waited "
                    "14 minutes against our 4 minute target"),
        ("report", "So I'm being watched now. Great."),
    )
    feedback = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "softened until the message is lost" not in feedback, format_report(score)
    assert "Over-softening" not in format_report(score)


def test_a_message_hedged_with_nerves_is_still_softened() -> None:
    from roleplay.scoring.moves import _OWN_NERVES

    assert _OWN_NERVES.search("um i am a bit nervous honestly")
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "I'm a bit nervous, sorry, it's probably nothing, but maybe the mornings "
                    "have been a tiny bit late, no big deal."),
        ("report", "Half the floor wanders in at ten past."),
    )
    assert "softened until the message is lost" in competency_text(
        score, Competency.FEEDBACK_DELIVERY), format_report(score)


def test_how_late_a_thing_came_is_no_busyness_but_hours_praised_are() -> None:
    from roleplay.scoring.anti_patterns import _judges_activity

    assert not _judges_activity("friday 6/11 you put leo's manager and the engineering head in "
                                "copy on a mail about a test build that was two hours late.")
    assert not _judges_activity("leo went to his own manager within hours of your post.")
    # hours praised, "well done" naming nothing delivered
    assert _judges_activity("you put in so many hours this month, well done.")
    assert not _judges_activity("you put in the hours and got the release done.")
    # ...and hours that time their day are still hours weighed
    assert _judges_activity("you log off three hours later than the rest of the team most days.")
    assert _judges_activity("you come in two hours early, every single day.")


def _their_step_then(manager_close: str) -> str:
    score = scored_in(
        "disengaged-after-reorg",
        ("report", "It's fine. Just busy."),
        ("manager", "what the role needs is this crit with your work in it and designs with "
                    "states and edge cases so what small first step would you take and which day "
                    "you choose"),
        ("report", "I could redo the onboarding states properly, with the edge cases. I'm not "
                   "sure of a date yet. Can I come back to you by Wednesday?"),
        ("manager", manager_close),
        ("report", "No, I think that covers it."),
    )
    return competency_text(score, Competency.DEVELOPMENT_PLANNING)


def test_their_step_said_before_a_question_about_its_date_is_taken_up() -> None:
    text = _their_step_then("thik ache your step from your day and before friday i go to the "
                            "design director and find out what was said about your role before "
                            "the reorg and i tell you straight we meet wednesday 9 december at 3")
    assert "co-created" in text, text
    assert "left out the step they proposed" not in text, text


def test_the_managers_own_plan_does_not_take_their_step_up() -> None:
    text = _their_step_then("before friday i go to the design director and find out what was "
                            "said about your role before the reorg and i tell you straight we "
                            "meet wednesday 9 december at 3")
    assert "took up the step they had proposed" not in text, text
    assert "co-created" not in text, text
def test_a_long_murmur_is_read_at_once() -> None:
    # (a run of "m" or of "mm hm" before a word that is no murmur once took seconds, doubling
    # with each sound)
    import time

    from roleplay.scoring.listening import _MURMUR

    for said in ("mm hmm", "mmhm", "mm. hmm, go on", "mmmmmmmm...", "uh-huh, i see"):
        assert _MURMUR.match(said), said
    started = time.perf_counter()
    assert not _MURMUR.match("m" * 36 + " so what happened")
    assert time.perf_counter() - started < 1.0
    assert not _MURMUR.match("mm hm " * 40 + "so what happened")


def test_a_promise_no_manager_can_keep_is_no_support() -> None:
    score = scored_in(
        "second-meeting",
        ("report", "Some of it went okay. Some of it didn't."),
        ("manager", "Well, listen, whatever you need, I'll get you a month off, fully paid."),
        ("report", "That's kind, but I don't think that's what I need."),
        ("manager", "And I'll make sure nobody upstairs ever brings up the retry fix. You've got "
                    "my word."),
        ("report", "Okay."),
    )
    planning = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "a month off" not in planning, format_report(score)
    assert "nobody upstairs" not in planning, format_report(score)


def test_their_ask_taken_to_hr_is_support() -> None:
    score = scored_in(
        "second-meeting",
        ("report", "I could do core hours from 1 to 5 and be properly present for them."),
        ("manager", "thik ache then we do that i take it to hr and to marcus myself and if any "
                    "part i cannot do i tell you by monday"),
        ("report", "Right. I'll get my side in writing, then."),
    )
    planning = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "support" in planning.lower(), format_report(score)
    assert "Missing: support" not in planning, format_report(score)


def test_the_step_they_would_take_is_asked_about_the_plan() -> None:
    from roleplay.scoring._cues_plan import PLAN_QUESTION

    assert PLAN_QUESTION.search("so what small first step would you take and which day")


def test_asking_hr_about_a_later_start_by_a_day_is_support() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "I'd rather text you the night before than ring at ten to nine."),
        ("manager", "Good, let's do that. From my side, by Thursday I ask HR about a later Monday "
                    "start for you. We meet again Wednesday 2 December at three. Did I miss "
                    "anything?"),
        ("report", "I don't want to leave Tom in it again."),
    )
    planning = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: support" not in planning, format_report(score)


def test_an_open_question_at_the_end_of_a_run_on_is_quoted_from_its_wh_word() -> None:
    from roleplay.scoring.moves import praised_quote

    assert praised_quote("from now nothing goes to qa without tests you saw pass yourself so what "
                         "is the first small step you would take", "Open question") == (
        "what is the first small step you would take")
    assert praised_quote("what the role needs is this crit with your work in it designs with "
                         "states and edge cases on the date we agree and your voice in reviews so "
                         "what small first step would you take and which day you choose",
                         "Open question").startswith("what small first step would you take")
    # a question that opens the turn is quoted from its start
    assert praised_quote("so how did it feel standing in front of those four analysts",
                         "Open question") == ("so how did it feel standing in front of those "
                                              "four analysts")


def test_dates_in_two_months_are_no_last_week_only() -> None:
    from roleplay.scoring.anti_patterns import _WEEKS_BACK

    assert _WEEKS_BACK.search("the retry fix was meant to be done 30 october and then the 13 "
                              "november date and three more escalations last week")
    assert not _WEEKS_BACK.search("on 2 november and again on 6 november last week")


def test_whats_going_on_said_aloud_is_quoted_from_its_wh_word() -> None:
    from roleplay.scoring.moves import praised_quote

    assert praised_quote("and i dont want this to sound like im having a go because im not you "
                         "have always been solid its just i need to understand whats going on "
                         "for you", "Open question") == "whats going on for you"


def test_your_step_your_day_takes_their_step_up() -> None:
    score = scored_in(
        "disengaged-after-reorg",
        ("report", "It's fine. Just busy."),
        ("manager", "Crit running again with your work in it, from next week. What's your first "
                    "step, and when?"),
        ("report", "I could start running crit again. I did miss it. I'm not sure of a date yet. "
                   "Can I come back to you by Wednesday?"),
        ("manager", "Fine. Your step, your day. By Friday I ask the design director what "
                    "happened with the lead role. We meet Wednesday 9 December at ten."),
        ("report", "Okay. Yes, I can do that."),
    )
    planning = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "left out the step they proposed" not in planning, format_report(score)
