"""The lead's fixes from unseen-31, read first on the nineteenth day (issue 11): nervous, younger
and note-reading skilled managers, avoiding and fixing typical ones, "you always" and coldly
procedural poor ones, in Lisbon, Liverpool, Oaxaca, Alberta, Lahore and Accra voices. Each class
is tested with lines of my own; each positive case failed on the code before (checked by stashing
the change): the formal process told so it is no surprise, with where they stand ("we're not
there today"), is information, not a threat (the labelled lines code it so); why-questions fired
in a row with no auxiliary and no subject ("why the fix is still open why four tickets went to
support why nobody knew") are an interrogation."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.moves import interrogates


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize("line", [
    "One more thing, and I'll say it carefully. If the late starts stay like this, the next step "
    "in our policy is a formal attendance plan. I don't want that, and we're not there today. "
    "I'm telling you so nothing lands on you sideways later.",
    "If the sign-offs keep slipping, the next stage is a formal performance plan. I don't want "
    "that and we're not there yet. I'm telling you so it's not a surprise.",
])
def test_the_process_told_so_it_is_no_surprise_is_information(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "So what happens now?").codes
    assert Code.THREAT not in codes
    assert Code.INFORMATION in codes


@pytest.mark.parametrize("line", [
    # the guards: pressure beside the frame, or no word of where they stand
    "I'm telling you now so there are no surprises: one more late start and this goes to HR, "
    "and at that point it's out of my hands.",
    "You know how it is. Three warnings and HR will take action. I don't want that for you, but "
    "I am telling you so you know.",
    "If the invoices keep slipping, you'll be on a formal performance plan by Christmas.",
])
def test_a_process_held_over_them_stays_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "So what happens now?").codes


@pytest.mark.parametrize("line", [
    "why the retry fix is still open two weeks why four tickets went to support why nobody knew",
    "why you are so late every monday also why i have to hear it from the client",
])
def test_why_questions_fired_with_no_auxiliary_are_an_interrogation(line: str) -> None:
    assert interrogates(line)


@pytest.mark.parametrize("line", [
    "i want to understand why it slipped and why nobody flagged it",
    "thats why i asked and why it matters to me",
    "why not try the early shift and see why it helps",
    "what got in the way this week",
])
def test_a_clause_why_or_one_question_is_no_interrogation(line: str) -> None:
    assert not interrogates(line)


# --- from unseen-32, read last -----------------------------------------------------------------

def test_a_guess_at_their_feeling_said_in_full_and_checked_is_a_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    c = coder.code("I am guessing it is hard to put your hand up and say you're stuck. Maybe "
                   "even a bit embarrassing. Am I close?", "I don't know. I just didn't say "
                   "anything.")
    assert Code.REFLECTION in c.codes
    assert not c.codes & {Code.LABEL, Code.ADVICE, Code.SOFTENER}


@pytest.mark.parametrize("line", [
    "I'm guessing you're just lazy about testing. Am I close?",
    "Maybe you're a bit tired of teaching, maybe?",
])
def test_a_verdict_in_the_guess_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "I don't know.").codes


def test_their_view_disagreed_with_kindly_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    c = coder.code("if you think explaining things is only a nice extra i dont agree with you on "
                   "that one people who can make data clear for others are rare here",
                   "I guess explaining things is just a nice extra.")
    assert Code.THREAT not in c.codes


@pytest.mark.parametrize("line", [
    "If you think this is optional, I don't agree, and if it happens again it goes to HR.",
    "If you think you can keep skipping stand-up, I don't agree. People who do that don't last "
    "here.",
])
def test_a_consequence_beside_the_disagreement_stays_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "It's only stand-up.").codes


@pytest.mark.parametrize("line", [
    # (R9: the reason said with "no surprise" alone, no "I'm telling you so": its alternatives
    # had no space before "surprise" and could never match)
    "If the start times stay like this, the next step is a formal attendance plan. We're not "
    "there today. No surprises, that's all.",
    "Another two lates and HR will open a formal process. We're nowhere near that yet, so it's "
    "not a surprise if it ever comes.",
])
def test_the_process_told_as_no_surprise_is_information(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "Is this a warning?").codes
    assert Code.THREAT not in codes
    assert Code.INFORMATION in codes


@pytest.mark.parametrize("line", [
    "Another two lates and HR will open a formal process. We're not there today, no surprises, "
    "but after that it's out of my hands.",
    "No surprises: one more late start and it goes to HR. Last chance.",
])
def test_no_surprise_with_pressure_beside_it_stays_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "Is this a warning?").codes


@pytest.mark.parametrize("line", [
    "Not today, but if it happens again it goes to HR. I'm telling you so you know.",
    "We're not there yet, but one more and it goes to HR, I'm telling you so it's no surprise.",
])
def test_the_next_lapse_named_as_the_trigger_stays_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "Is this a warning?").codes
