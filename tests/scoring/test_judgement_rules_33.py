"""Firm rules from unseen-35's first reading (the lead, twenty-first day): a dated example that
quotes what they wrote, and its impact "since then", is the example, not blame; a saying about
quiet people after time is given is no label."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder

CODER = default_coder()


def codes(text: str, context: str | None = None) -> set[Code]:
    return set(CODER.code(text, context).codes)


# (the colleague also named Sam: "Jun" reads as a month, and would date "Since then Jun ..."
# on its own, with no "since then" read at all)
@pytest.mark.parametrize("name", ["Jun", "Sam"])
def test_a_dated_example_quoting_their_words_is_no_blame(name: str) -> None:
    got = codes(f'Tuesday, October 27th, on {name}\'s indexing PR, you wrote "Did you even run '
                'this?" and "This is embarrassing" where everyone could read it, and that night '
                f"your rewrite got merged without a word to him. Since then {name} hasn't put a "
                "single PR up for review; he slips them to you in private.",
                "Honestly, I think the team's doing great.")
    assert Code.OBSERVATION in got
    assert not got & {Code.BLAME, Code.LABEL}


@pytest.mark.parametrize("text", [
    # the fault named after the day
    "On Monday 2 November you were late again. Since then you've been late every day because "
    "you can't be bothered.",
    # a verdict after the day
    "On Monday 2 November you shouted at Jun where everyone could hear it. Since then everyone "
    "could see you don't care.",
])
def test_a_verdict_after_the_day_still_judges(text: str) -> None:
    assert codes(text) & {Code.BLAME, Code.LABEL}


def test_a_saying_about_quiet_people_after_time_given_is_no_label() -> None:
    got = codes("Take your time. Twenty years walking a casino floor, you learn the quiet guy at "
                "the table usually has the most to say.",
                "You're telling me the guy who cut p95 to 210 milliseconds is the problem?")
    assert Code.LABEL not in got


def test_a_quiet_one_judged_is_not_a_saying() -> None:
    from roleplay.scoring.settle.careful import _PATIENCE_SAYING

    assert not _PATIENCE_SAYING.search("you're the quiet one who never says anything useful")


def test_a_long_run_on_that_ends_asking_what_they_would_do_asks_it() -> None:
    got = codes("so the expectation from my notes is simple on the phone queue at nine and if you "
                "cannot come a message to me the evening before not at ten to nine what would "
                "make that possible for you and when will you start",
                "Things are tight at the moment. I'm doing what I have to do.")
    assert Code.OPEN_QUESTION in got
    assert Code.EXPECTATION in got


@pytest.mark.parametrize("text", [
    # an exclamation, no question put to them
    "i was in the warehouse on monday and the pallets were stacked badly again and the forklift "
    "lane was blocked for an hour what a mess that was honestly",
    # what the manager needs, told
    "i went through the login report myself the system sends it every week and what i need is "
    "you on the queue at nine from monday with a message the night before if you cannot come",
])
def test_a_long_run_on_with_no_question_put_to_them_asks_none(text: str) -> None:
    assert Code.OPEN_QUESTION not in codes(text, "Okay.")
