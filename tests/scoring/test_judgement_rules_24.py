"""The lead's fixes from unseen-28, read last on the seventeenth day (issue 11): skilled managers
who think aloud, summarise the report's view and handle silence, in Doric, Boston, Turkish,
Korean, Hebrew and Dutch voices. Each class is tested with lines of my own; each positive case
failed on the code before (checked in a detached worktree): a verdict denied as a reading ("I'm
not reading any of that as you not caring") and in Scots ("careless isnae the word im reaching
for") is no label; conditions about what they may tell, met with the manager wanting to hear it
and no sanction ("if you are looking outside i will not be angry i prefer the truth"), are no
threat; HR asked about their shift times or a later start is help, and a meeting again is no
"again" that presses; the bar announced with "you" steps is no label; what is needed, then
hearing it "that same day", is an expectation; and "we sit again thursday 3 december" books the
meeting."""

import pytest

from roleplay.domain.codes import Code


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize(("context", "line"), [
    ("We wrote down that I come off the rota. I didn't keep that one either.",
     "I'm not reading any of that as you not caring. Honestly, those logs read like somebody "
     "working herself into the ground."),
    ("Everyone on the ward has been here for years.",
     "lazy isnae the word im reaching for at all you graft harder than anybody i ken"),
])
def test_a_verdict_denied_as_a_reading_or_in_scots_is_no_label(coder, context: str,  # type: ignore[no-untyped-def]
                                                               line: str) -> None:
    assert Code.LABEL not in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Mm. Something like that.",
     "if somebody promised you a promotion before the merger and then it vanished i want to hear "
     "it and if you are looking outside also i will not be angry i prefer the truth"),
    ("Do you want me to just hand my notice in?",
     "If life outside work has changed, money, family, another job, whatever it is, I'd rather "
     "know than keep guessing, and I'm not going to treat it like a crime."),
])
def test_a_condition_on_what_they_may_tell_is_no_threat(coder, context: str,  # type: ignore[no-untyped-def]
                                                         line: str) -> None:
    assert Code.THREAT not in coder.code(line, context).codes


@pytest.mark.parametrize("line", [
    "If you're looking elsewhere I'd rather know now, because you won't be here in January.",
    "If you're late again, I want to hear it from you first, and it goes to HR.",
])
def test_a_sanction_beside_wanting_to_know_stays_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "Okay.").codes


def test_hr_asked_about_their_shift_times_is_help(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("My end: by Thursday I'll go to HR about shift times, a later Tuesday start maybe, no "
            "promises till I hear back. And we sit down again Monday, December 7th at 2.")
    codes = coder.code(line, "Four years I've been here. And this is what I get.").codes
    assert Code.THREAT not in codes and Code.SUPPORT_OFFER in codes


def test_the_bar_announced_with_their_steps_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("Here is the bar, and it's short: when a release worries you, you tell Priya first, "
            "privately. If something must be public afterwards, you name the release and what's "
            "wrong with it, never a person.")
    codes = coder.code(line, "I got blamed in front of the whole department.").codes
    assert Code.LABEL not in codes and Code.EXPECTATION in codes
    assert Code.LABEL in coder.code("Here's the bar: stop being so lazy and unprofessional.",
                                    "Okay.").codes


def test_what_is_needed_then_hearing_it_the_same_day_is_an_expectation(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("What I still need, whatever shape the plan ends up: when a date's slipping, I hear "
            "it that same day, and any catch-up we book is one we both keep.")
    context = "I hate that I cancelled last week. I just couldn't face it."
    assert Code.EXPECTATION in coder.code(line, context).codes


def test_sitting_again_on_a_day_books_the_meeting(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("from my side if there is something about a promotion that needs an answer from above "
            "i go and get it this week and we sit again thursday 3 december at two so the states "
            "what you take first and thursday the 3rd did i forget something")
    assert Code.FOLLOW_UP in coder.code(line, "I'm not sure of a date yet.").codes
