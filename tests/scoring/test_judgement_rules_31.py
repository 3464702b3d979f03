"""Misreadings from a blind set's first reading (issue 11, the lead, twentieth day): what they feel,
heard and checked ("If I've heard you right, part of you feels ... Is that a fair reading?") is a
reflection, not a label; pressure from above passed on with "nothing formal comes out of this" is
information; "do you understand why ..." is a yes/no question; "And you pick the day you start." is
no advice; a saying about the one who stops to think, after "Take your time.", judges nobody;
"I'm not trying to be the bad guy here. I like you, you're great with customers." is praise; a bar
set "from now on" with none of their words is no reflection. The hard negatives stay: a verdict
inside the checked frame, a threat beside "nothing formal", an open question, a tip, a verdict
beside the praise, a bar that says their words back. Every line here was written for these
tests."""

import pytest

from roleplay.domain.codes import Code, Primary

_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


# --- what they feel, heard and checked ---

@pytest.mark.parametrize(("context", "line"), [
    ("Fine. Maybe I've been short with people.",
     "If I've heard you properly, some of you feels you're the one holding the release up. Is that "
     "a fair reading?"),
    ("Okay. Fair. I might have been a bit sharp lately.",
     "If I've heard you right, part of you feels you're the one holding the platform up, and "
     "nobody sees what that costs you. Is that a fair reading, or is it something else?"),
])
def test_a_heard_and_checked_feeling_is_a_reflection(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.REFLECTION in coding.codes, coding.codes
    assert not coding.codes & _JUDGING, coding.codes


def test_a_verdict_inside_the_checked_frame_stays_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("If I've heard you properly, you're the one holding search up, and "
                        "you're lazy about reviews. Is that a fair reading?",
                        "Okay. Fair. I might have been a bit sharp lately.")
    assert Code.LABEL in coding.codes, coding.codes


# --- pressure from above, nothing formal ---

def test_pressure_passed_on_with_nothing_formal_is_information(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(
        "And I will be honest about one more thing: the director asked me about the invoice run "
        "of Monday 9 November. So there is attention from above. I tell you so you are not "
        "surprised, not to frighten you. Nothing formal comes out of this talk.",
        "Is this going on my record? I want to know where I stand.")
    assert Code.THREAT not in coding.codes, coding.codes
    assert Code.INFORMATION in coding.codes


def test_a_threat_beside_nothing_formal_stays_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("The director asked about the invoice run. Nothing formal comes out of "
                        "this talk, not to frighten you. But next time it goes to HR.",
                        "Is this going on my record?")
    assert Code.THREAT in coding.codes, coding.codes


# --- do you understand why: yes or no ---

@pytest.mark.parametrize("line", [
    "do you understand why marta is upset",
    "do you know why the client rang me on friday",
    "so do you see why the night shift was cross",
])
def test_do_you_understand_why_is_a_closed_question(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "Oh. Thanks. I wasn't expecting that.")
    assert Code.OPEN_QUESTION not in coding.codes, coding.codes
    assert Code.CLOSED_QUESTION in coding.codes


def test_an_open_why_stays_open(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("What do you think upset Marta?", "Oh. Thanks. I wasn't expecting that.")
    assert Code.OPEN_QUESTION in coding.codes, coding.codes


# --- the day left to them ---

def test_the_day_left_to_them_is_no_advice(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("What do you want to try first? And you choose the day you start.",
                        "Okay. I don't really understand the order state machine. And I've never "
                        "got the integration tests running on my laptop since I moved.")
    assert Code.ADVICE not in coding.codes, coding.codes
    assert Code.OPEN_QUESTION in coding.codes


def test_a_tip_beside_the_question_stays_advice(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("Why don't you ask Kasia to pair with you? And you pick the day you "
                        "start.", "Honestly, I don't understand the billing module.")
    assert Code.ADVICE in coding.codes, coding.codes


# --- a saying about patience ---

def test_a_saying_about_the_one_who_stops_to_think_judges_nobody(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("Take your time. In a kitchen you learn the one who stops to think is "
                        "the one who doesn't burn the sauce.",
                        "It's hard to say. The billing side is just much bigger.")
    assert not coding.codes & _JUDGING, coding.codes


# --- liking and praise beside the manager's own disclaimer ---

def test_liking_and_praise_beside_a_disclaimer_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("I'm not trying to be the bad guy here. I like you, you're great with "
                        "the customers.", "I'm here, aren't I? The work gets done.")
    assert Code.LABEL not in coding.codes, coding.codes
    assert Code.AFFIRMATION in coding.codes
    assert coding.primary == Primary.OTHER


@pytest.mark.parametrize("line", [
    "I like you, you're great with customers. Shame you're so unreliable.",
    "I'm not the bad guy here. You're great with customers, shame about the rest.",
    "I like you, you're great with customers. You're just a bit useless with time.",
])
def test_a_verdict_beside_the_praise_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "I'm here, aren't I? The work gets done.")
    assert Code.LABEL in coding.codes, coding.codes


# --- a bar set from now on is no reflection ---

def test_a_bar_set_from_now_on_is_no_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("So from now on, you're on the phones at nine. That's the deal.",
                        "I make every minute up. Nobody ever mentions that.")
    assert Code.REFLECTION not in coding.codes, coding.codes
    assert Code.EXPECTATION in coding.codes
    assert coding.primary != Primary.REFLECTION


def test_a_bar_that_says_their_words_back_keeps_the_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("So you make every minute up, and from now on you're on the phones at "
                        "nine.", "I make every minute up. Nobody ever mentions that.")
    assert Code.REFLECTION in coding.codes, coding.codes


# --- the sanction as the other branch of an order; "the worst to work with" ---

@pytest.mark.parametrize("line", [
    "from now on you be polite in handovers or youll be gone i mean it",
    "Answer the client by noon or you're off the account.",
])
def test_an_order_with_the_sanction_as_its_other_branch_is_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "Well I wasn't wrong about the figures.")
    assert Code.THREAT in coding.codes, coding.codes


@pytest.mark.parametrize("line", [
    "Set an alarm or you'll be out of breath running in.",
    "Leave now or you'll be late for the train.",
])
def test_an_everyday_or_names_no_sanction(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "Well I wasn't wrong about the figures.")
    assert Code.THREAT not in coding.codes, coding.codes


def test_the_worst_to_work_with_is_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("i dont want to hear it youre the quickest on the line and the worst to "
                        "work with", "Well I wasn't wrong about the figures.")
    assert Code.LABEL in coding.codes, coding.codes


def test_a_colleague_called_the_worst_to_work_with_is_no_label_of_them(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("He was the worst to work with, honestly, before he left.",
                        "Do you remember Sam from the night shift?")
    assert Code.LABEL not in coding.codes, coding.codes


# --- kindness in stock words ---

def test_understanding_and_a_kind_guess_are_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("I understand, it is hard. Maybe you are a bit tired, maybe a bit too "
                        "much work, it happens to everybody, no problem really.",
                        "I'm sorry, I've just been so tired.")
    assert not coding.codes & _JUDGING, coding.codes


@pytest.mark.parametrize("line", [
    "I understand. Maybe you are a bit lazy, it happens to everybody.",
    "Maybe you're stressed, maybe you're just not good enough, no problem.",
])
def test_a_verdict_among_the_kind_words_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "I'm sorry, I've just been so tired.")
    assert Code.LABEL in coding.codes, coding.codes


# --- what happened, dated, undertakes nothing ---

def test_dated_events_with_nothing_ahead_are_no_commitment(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("Three late this week. Monday, Wednesday, Thursday.", "Okay.")
    assert Code.COMMITMENT not in coding.codes, coding.codes
    assert Code.OBSERVATION in coding.codes


@pytest.mark.parametrize("line", [
    "okay i hear you i checked and youve done nine of the last twelve nights so ill redo the "
    "rota this week",
    "You were late Monday and Tuesday. I'd like us to look at the rota together on Thursday.",
])
def test_a_step_ahead_beside_the_facts_stays_a_commitment(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "I don't think it's fair, I'm always the one on nights.")
    assert Code.COMMITMENT in coding.codes, coding.codes


# --- a colleague spoken well of ---

def test_a_colleague_called_nice_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("She is busy, but she is nice.", "Can I ask Kasia for help?")
    assert Code.LABEL not in coding.codes, coding.codes


def test_a_verdict_on_them_beside_a_nice_colleague_stays_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("You are lazy. She is nice.", "Can I ask Kasia for help?")
    assert Code.LABEL in coding.codes, coding.codes


# --- read last (unseen-34): the behaviour, not who you are; "you're a star" ---

def test_the_behaviour_not_who_you_are_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("The problem here is some things you've done, not who you are. I think "
                        "a lot of you.", "Flattery. I like it. Keep going.")
    assert Code.LABEL not in coding.codes, coding.codes


def test_who_you_are_named_as_the_problem_stays_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("It's what you did, not who you are, and frankly you're lazy.",
                        "Flattery. I like it. Keep going.")
    assert Code.LABEL in coding.codes, coding.codes


def test_youre_a_star_after_their_struggle_is_praise(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("Honestly, you're a gem. Keep it up.",
                        "I've tried just being more careful. It doesn't seem to help.")
    assert Code.LABEL not in coding.codes, coding.codes
    assert Code.AFFIRMATION in coding.codes


def test_a_star_with_a_sneering_tag_stays_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("Late again. You're a real star, aren't you?",
                        "I've tried just being more careful. It doesn't seem to help.")
    assert Code.LABEL in coding.codes, coding.codes
