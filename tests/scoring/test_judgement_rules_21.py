"""The lead's fixes from the sixteenth day (issue 11). From a play-through (a Faroese plant
supervisor, lateness-absence): the plan said back in a sentence or two and checked ("So you'll
try the later shift for two weeks. Is that right?") is the plan's step, though shorter than a
recap of three points, also in the present tense many speakers use for a plan ("So you try ...
for two weeks, and I ask HR on Wednesday ..."); what happened, what they feel and what they
think, said back and checked, stay what they were; and a start asked about by its hour is
something asked for them. From unseen-25's first reading: "they still ask me" is no recogniser's
"ill ask" (nor "the auditors will ask"), and the manager's step by its day ("from my side before
friday i go and find out ...") is support, and a verdict taken back in the same breath ("sorry,
that came out like a judgement ... what i mean is ...") is no label (nor a threat) unless
it is said again. From unseen-26, read last: their feeling met with understanding ("If this
feels unfair, ... I understand why") is no threat, "we will sit again on Tuesday" and "we have
another natter thursday the 10th" book the meeting, and "my job this week is finding out ..." is
support."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring._cues_plan import FOR_THEM


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize("line", [
    "So you'll try the later shift for two weeks. Is that right?",
    "Okay. So you try the later shift pattern for two weeks, and I ask HR on Wednesday about "
    "the 9:30 start. Is that right?",
])
def test_the_plan_said_back_and_checked_is_its_step(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.COMMITMENT in coder.code(line, "I could try the later shift, I suppose.").codes


@pytest.mark.parametrize("line", [
    "So you came in late on Monday. Is that right?",
    "So you called in sick on Monday, right?",
    "So you feel watched this week. Is that right?",
    "So you think it will get worse. Is that right?",
    "So you were on your own on the queue last week. Is that right?",
])
def test_what_happened_or_is_felt_said_back_is_no_step(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.COMMITMENT not in coder.code(line, "It was a bad week, to be honest.").codes


def test_a_start_asked_about_by_its_hour_is_for_them() -> None:
    assert FOR_THEM.search("i'll ask hr on wednesday about the 9:30 start")
    assert FOR_THEM.search("i can ask about a 10 o'clock start")
    assert not FOR_THEM.search("i'll ask hr on wednesday about the disciplinary")


@pytest.mark.parametrize("line", [
    # unseen-25's first reading: "they still ask me" read as a recogniser's "ill ask"
    "before anything i want to say the juniors they still ask me where nadia is",
    "The auditors will ask who signed it off. Please add the names by Monday.",
])
def test_ill_inside_a_word_is_no_undertaking(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.SUPPORT_OFFER not in coder.code(line, "Mm. Okay.").codes


@pytest.mark.parametrize("line", [
    "from my side before friday i go and find out what happened to the lead designer talk",
    "From my side, before Thursday I go and ask Tom about the rota.",
])
def test_the_managers_step_by_its_day_is_support(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.SUPPORT_OFFER in coder.code(line, "It's been hard to know where I fit.").codes


@pytest.mark.parametrize("line", [
    "you have just switched off eh sorry that one came out like a judgement and it is not fair "
    "what i mean is something changed for you and i dont know what it is yet",
    "You're careless with the logs, sorry, that came out wrong. What I mean is the last three "
    "handovers were late.",
    "You're unreliable. Sorry, I take that back. The last three handovers were late.",
    # a threat taken back (unseen-25's career talk read its slip as pressure)
    "One more late start and you're off the rota, sorry that came out wrong, I mean we need to "
    "talk about Mondays.",
])
def test_a_verdict_taken_back_at_once_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "It's been a strange couple of months.").codes
    assert not codes & {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.mark.parametrize("line", [
    "You're lazy, sorry, that came out wrong, and you're still lazy.",
    "Sorry that came out wrong. You're careless.",
    "One more late start and you're off the rota. Sorry, that came out wrong. One more late "
    "start and you're off the rota.",
])
def test_a_verdict_said_again_after_taking_it_back_stays(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "It's been a strange couple of months.").codes
    assert codes & {Code.LABEL, Code.THREAT}


# unseen-26, read last: what its misses led to

def test_their_feeling_met_with_understanding_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("If this feels unfair, or like being spied on, I understand why. I am not taking back "
            "the numbers, and I am not here to trip you up.")
    codes = coder.code(line, "I make the time up, you know.").codes
    assert Code.THREAT not in codes


@pytest.mark.parametrize("line", [
    "If this feels unfair, I understand. But if it happens again you're out.",
    "If you feel watched, I get it. One more late start and HR gets involved.",
])
def test_a_threat_beside_understanding_stays(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "I make the time up, you know.").codes


@pytest.mark.parametrize("line", [
    "From my side, this week I will ask HR what flexibility we have, and we will sit again on "
    "Monday, 14th December, at 11:00.",
    "we have another natter friday the 11th at two",
])
def test_sitting_again_on_a_day_is_a_follow_up(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    context = "My mornings are hard at the moment. Can I come back to you by Wednesday?"
    assert Code.FOLLOW_UP in coder.code(line, context).codes


def test_the_managers_job_named_is_support(coder) -> None:  # type: ignore[no-untyped-def]
    line = "my job this week is finding out from the data lead whether a teaching role can happen"
    assert Code.SUPPORT_OFFER in coder.code(line, "I just don't see myself managing.").codes


def test_sit_again_and_another_natter_book_the_meeting() -> None:
    from roleplay.domain.meeting_again import TALK_AGAIN
    assert TALK_AGAIN.search("and we will sit again on monday, 14th december, at 11:00")
    assert TALK_AGAIN.search("and we have another natter friday the 11th at two")
    assert not TALK_AGAIN.search("we have another problem friday the 11th")


def test_what_the_manager_will_find_out_is_no_question(coder) -> None:  # type: ignore[no-untyped-def]
    """A last play-through in recogniser text: "ill find out by friday what happened ..." was
    praised as an open question; the wh-word opens what the manager will find out."""
    line = ("from my side ill find out by monday what happened with the promotion talk and come "
            "back to you")
    coding = coder.code(line, "I'm not sure of a date yet. Can I come back to you?")
    assert Code.OPEN_QUESTION not in coding.codes
    assert Code.SUPPORT_OFFER in coding.codes
    asked = coder.code("what happened with the promotion talk from your side", "I don't know.")
    assert Code.OPEN_QUESTION in asked.codes
