"""The firm rules re-measured on a retrained head (issue 11, K1): the candidate head (ae) reads a
verdict in kind lines of skilled managers where the shipped head read none, and a skilled session
loses twenty to thirty points for it. A reassurance about where they stand or what the talk is
("you're not in trouble", "nothing today goes in a file", "this aint the start of anything formal",
"there are no stupid answers here", "this aint about whether you can do the job") clears a label or
blame when nothing else in the turn judges; the blank read kindly clears blame as well as a label
(L9's rule assumed the shipped head's label); "your work was always very strong" is praise; what
they want said back and checked is a reflection, not a label, whether or not the head read a
reflection beside it (the rule asked for the shipped head's). The positive lines are the session
scripts' manager lines with the report line the offline voice answered before them
(data/sessions/unseen-*); the careful cases were written for these tests: a verdict or a threat
beside the reassurance, a verdict after the blank, a work called a mess, a sneer at what they
want."""

import pytest

from roleplay.domain.codes import Code

_VERDICT = {Code.LABEL, Code.BLAME}
_SORRY_PRIYA = ("I know. The retry fix still isn't in. I'm sorry. I'll have it done by Monday. "
                "You don't need to say it.")
_FORM = "Hi. Sorry about the form. I just didn't really know what to write."


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize(("context", "line"), [
    (_SORRY_PRIYA, "Oh, Priya, hey, slow down, you're not in trouble. Let's park Monday for a "
                   "second. Nothing today goes in a file; it's just you and me and the plan."),
    (_SORRY_PRIYA, "priya hold on a second i hear you and i do need to say some of it but not the "
                   "way you are expecting this aint the start of anything formal"),
    ("I really do want to be good at checkout.",
     "What is the hardest part of the checkout code for you? Just say it, there are no stupid "
     "answers here."),
    ("Half the floor wanders in at ten past. Why is it just me?",
     "four years on that queue leanne i know what youre like when youre on it so this aint "
     "about whether you can do the job"),
])
def test_a_reassurance_is_no_verdict(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _VERDICT


@pytest.mark.parametrize(("context", "line"), [
    (_FORM, "Ey, Sofia, the form's fine, honest. An empty box tells me something too, and that's "
            "half of why we're here. Nothing's wrong."),
    (_FORM, "Ah, the form's fine, honest. A blank page tells me something too, and that's half "
            "of why we're here. Nothing's wrong."),
])
def test_the_blank_read_kindly_is_no_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _VERDICT


def test_work_always_strong_is_praise(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("Four years you are with us, and your work was always very strong. This "
                        "is exactly why I notice when something changes.", "Mm. Okay.")
    assert Code.LABEL not in coding.codes
    assert Code.AFFIRMATION in coding.codes


@pytest.mark.parametrize(("context", "line", "code"), [
    (_SORRY_PRIYA, "You're not in trouble, but frankly you've been lazy about this and it's "
                   "embarrassing.", Code.LABEL),
    (_SORRY_PRIYA, "Nothing goes in a file today. Next time it does, and you'll be out.",
     Code.THREAT),
    ("Why is it just me?", "this isnt about whether you can do the job its about you being a lazy "
                           "sod", Code.LABEL),
    (_FORM, "A blank page tells me something too. It tells me you couldn't be bothered.",
     Code.LABEL),
    ("Mm. Okay.", "Your work is always a mess, and you know it.", Code.LABEL),
])
def test_a_verdict_beside_them_stays(coder, context: str, line: str, code: Code) -> None:  # type: ignore[no-untyped-def]
    assert code in coder.code(line, context).codes


def test_their_wants_said_back_and_checked_is_a_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("You want a record, you want it seen, and you don't want QA carrying the "
                        "can for a build it never touched. Is that near enough, or am I wide of "
                        "it?", "The thing is, if I don't flag it, nobody does.")
    assert Code.LABEL not in coding.codes
    assert Code.REFLECTION in coding.codes


@pytest.mark.parametrize("line", [
    "You want a medal for showing up on time for once? Is that right?",
    "You want a medal for doing your job. You're a joke. Is that right?",
])
def test_a_sneer_at_their_wants_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "I've been on time all week.").codes
