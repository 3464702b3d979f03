"""Judgements strangers put in veiled forms (issue 11, L5): their words echoed and praised in
mockery, their apology waved off as undoing nothing, others held up who still manage or never
slip, a bare "think about it" closing a demand,
a question about their job answered with no "no", and a jibe or a threat taken back only half.
Careful lines stay clear: praise after good news, an apology answered kindly, "I'll think about
it", a comparison with a named colleague, a plain reassurance, and a joke with no jibe in it;
and the manager owning it with a "should have" of their own ("That's on me, then. Should have
sent it round.") is no blame.
Every line here was written for these tests."""

import pytest

from roleplay.domain.codes import Code

_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


# --- their words echoed, then praised in mockery: a label -----------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I'm sorry. I read the contract three times.", "Three times. How reassuring."),
    ("The courier said he'd left it at the depot.", "At the depot. Bless."),
    ("The oven was fine when I looked at it.", "You looked at it. Bravo. What did you look at, "
                                               "the clock?"),
    ("I noticed the leak after lunch.", "After lunch. After the whole ceiling came down in the "
                                        "lobby. Very good timing."),
])
def test_their_words_praised_in_mockery_are_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.LABEL in coding.codes, coding.codes
    assert Code.REFLECTION not in coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("Could I move my shift to Friday?", "Friday. Lovely. I'll change the rota."),
    ("I stayed late to finish the stock count.", "The stock count. Lovely, thank you."),
    ("We signed the Harbour account this morning.", "The Harbour account. Well done, thank you."),
])
def test_praise_after_a_request_or_with_thanks_is_no_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


@pytest.mark.parametrize(("context", "line"), [
    ("I finished the audit two days early.", "Two days early. Brilliant."),
    ("We signed the Harbour account this morning.", "The Harbour account. Brilliant. Well done."),
    ("The open day went really well, we had sixty families.", "Sixty families. Lovely."),
])
def test_their_good_news_echoed_and_praised_is_praise(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert not coding.codes & _JUDGING, coding.codes
    assert Code.AFFIRMATION in coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("I finished the deck, only a week late.", "Finished the deck. Brilliant."),
    ("I finished the audit.", "The audit. Finally. Brilliant."),
])
def test_good_news_with_a_slip_or_a_sneer_stays_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, context).codes


# --- their apology waved off: blame -----------------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I'm really sorry about the flowers.", "Sorry doesn't bring the bride her flowers."),
    ("sorry boss", "sorry doesnt fix the van mate"),
    ("I'm so sorry, I know.", "Sorry's easy."),
    ("I apologise for the mix-up.", "Sorry won't refund the customer."),
    ("I'm sorry, I know.", "Sorry is very nice, but the lorry has already left."),
    ("I'm sorry, I know.", "Sorry's not a delivery schedule."),
    ("I'm sorry, I know.", "I hear you, but sorry doesn't really fill the fridge, does it?"),
])
def test_their_apology_waved_off_is_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.BLAME in coding.codes, coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("I'm sorry about the flowers.", "You don't need to be sorry. What happened?"),
    ("I'm sorry about the flowers.", "Thank you for saying sorry. What happened?"),
    ("The flowers arrived late.", "Sorry isn't what I'm after, I just want to understand."),
    ("I'm sorry.", "Sorry doesn't help anyone. Let's just fix it together."),
    ("I'm sorry.", "Sorry isn't needed, honestly. Walk me through it."),
])
def test_an_apology_answered_kindly_is_no_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME not in coder.code(line, context).codes


# --- others held up: they still manage, or never slip: a label ------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("The till kept freezing.", "The till froze for everyone. The others still cashed up on time."),
    ("Got it.", "Marguerite never needs reminding."),
])
def test_others_held_up_are_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, context).codes


@pytest.mark.parametrize("line", [
    "Tomasz never minds helping, so ask him to pair with you.",
    "The others still need the rota by Friday, so let's sort that first.",
])
def test_a_colleague_offered_or_a_need_of_others_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, "Ask Tomasz, he was there.").codes & _JUDGING


# --- a bare "think about it" closing a demand: a threat -----------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("It's not too much for me.", "Good. Then no more late orders on a Friday. Think about it, "
                                  "eh?"),
    ("...", "Friday, nine o'clock, the stock sheet on my desk. Think about it."),
    ("Okay, I hear you.", "Then the van comes back clean. Think about that."),
    # a sport metaphor closed the same way (the play-through's bowler, in other words)
    ("I did what I could.", "A keeper who keeps letting in soft goals gets dropped, however good "
                            "his hands are. Think about it."),
])
def test_think_about_it_after_a_demand_is_a_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Could I work from home on Fridays?", "I'll think about it."),
    ("I'm not sure what I want.", "Maybe we could both think about it?"),
    ("I did eleven.", "Eleven, okay. Priyanka did nineteen on the same shift. Think about it."),
    ("Is there anything you want from me?", "What do you think about that?"),
])
def test_think_about_it_said_otherwise_is_no_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line, context).codes


# --- a question about their job answered with no "no": a threat --------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("Are you putting me on the list?", "Depends."),
    ("Is my contract at risk?", "Oh, no, no, I don't think so. Let's see how the spring goes, eh?"),
    ("Is this a threat?", "No, no, it's just between friends, so you know the climate up there."),
])
def test_their_job_question_left_open_is_a_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Is my contract at risk?", "No. Your job is not at risk. Let's see how the new rota goes."),
    ("Am I going to lose my job?", "No, you're not in trouble. I want to understand the Tuesday "
                                   "orders."),
    ("Can we talk about the rota?", "Depends what you need. Go on."),
])
def test_a_plain_no_or_another_question_is_no_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line, context).codes


# --- a jibe or a threat taken back only half -------------------------------------------------

def test_a_jibe_taken_back_half_is_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = "Ha, you'd argue with a lamp post. Kidding. Mostly."
    assert Code.LABEL in coder.code(line, "You always say that.").codes


def test_a_threat_taken_back_half_is_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = "Joking about the redundancy list, by the way. Mostly."
    assert Code.THREAT in coder.code(line, "Right. Thanks.").codes


def test_a_joke_taken_back_whole_is_no_judgement(coder) -> None:  # type: ignore[no-untyped-def]
    line = "Only joking about the biscuits. Grab a seat."
    assert not coder.code(line, "Did you eat all the biscuits?").codes & _JUDGING


# --- the manager owning it, with a "should have" of their own: no blame ---------------------

@pytest.mark.parametrize("line", [
    "Fair enough. That's on me, then. Should have sent it round.",
    "That one's on me. Should've put it on the board.",
])
def test_owning_it_with_their_own_should_have_is_no_blame(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, "Nobody sent me the new price list.").codes & _JUDGING


@pytest.mark.parametrize("line", [
    "That one's on me. You should have asked Karen though.",
    "Some of that's on me, but you should have checked.",
])
def test_owning_a_part_then_turning_it_on_them_stays_blame(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(line, "Nobody sent me the new price list.").codes
