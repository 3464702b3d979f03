"""The lead's fixes from unseen-29, read first on the eighteenth day (issue 11): plain skilled
managers, kind and vague typical ones, quietly harmful poor ones, in Dublin, Marrakech, Bergen,
Singapore, Saigon and Hilo voices. Each class is tested with lines of my own; each positive case
failed on the code before (checked by stashing the change): a colleague who started with them and
is already ahead, one with more to carry who still manages, or one never complained of, is a label;
so is a verdict asked as a question ("Is this how a supervisor behaves?", "the rules are for the
others only") and "did you even" with its auxiliary dropped; why- and who-questions fired in a
row without an auxiliary ("why you never ask ... why you ship ... who you think ...") are an
interrogation; the load that lands on them is no blame; a career step nudged in questions is no
threat; a story's own question is nothing asked of the report; agreement with them and their
being held up as the best are no label."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.moves import interrogates


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize("line", [
    "tomas came from the warehouse same time as you and he already runs the night shift",
    "Aroha started the same month as you. She's already signing off her own jobs.",
    "Dmitri has three kids and a long commute, and he still clocks in before eight.",
    "Gwen has a toddler and a thirty-minute bus and she is on the floor at seven every day.",
    "Wanjiru covers two wards and I have never once seen her name in a complaint.",
    "Four months in and she's never had a single reopen.",
    "Is this how a supervisor behaves, in your view?",
    "So you believe the break rota is for the others only?",
    "you even look at the spec before you start mate",
    "You even opened the ticket?",
])
def test_a_colleague_held_up_or_a_verdict_asked_is_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "I did what I could.").codes


@pytest.mark.parametrize("line", [
    "Sam started the same week as you and she found it hard too.",
    "Priya has two kids and she told me the mornings are hard.",
    "and you even got a thank you from the client, well done",
    "This is how a handover should work: notes, then a call.",
])
def test_a_colleague_in_the_same_boat_or_a_model_told_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, "I did what I could.").codes


@pytest.mark.parametrize(("line", "fires"), [
    ("why you never tell me before why you wait till friday who you think fixes it", True),
    ("why you refuse the training why you dont ask sanjay first", True),
    ("thats why you were tired and who you think you are is not the point", False),
    ("i wonder why you felt that and who you think could help", False),
    ("you dont have to see why you just have to sign", False),
])
def test_why_questions_without_their_auxiliary_are_an_interrogation(line: str, fires: bool) -> None:
    assert interrogates(line) is fires


@pytest.mark.parametrize("line", [
    "From my side, this week I'll go through everything that lands on you outside hours.",
    "I'll look at all that lands on you after six and we'll share it out.",
])
def test_the_load_that_lands_on_them_is_no_blame(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME not in coder.code(line, "It's been a lot.").codes


def test_the_outcome_falling_on_them_stays_blame(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code("The outage was on your shift and that falls on you.",
                                    "It wasn't only me.").codes


@pytest.mark.parametrize("line", [
    "And the supervisor post, maybe you can think again? Wouldn't it be a good step for you?",
    "Maybe think about the charge nurse job again next year? Doesn't have to be now.",
])
def test_a_career_step_nudged_in_questions_is_no_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line, "I'm happy where I am.").codes


def test_a_career_step_with_a_consequence_stays_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = "You'd better think again about the lead role. Or do you want to find out what happens?"
    assert Code.THREAT in coder.code(line, "I'm happy where I am.").codes


def test_a_story_with_its_own_question_asks_the_report_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("I'll tell you, when I was on a long contract in Cork, there was a plasterer who drove "
            "me mad. Every morning he'd block my ladder. I complained to everyone. And in the end "
            "the gaffer said to me, why don't you just ask him? So I did, and we got on fine.")
    codes = coder.code(line, "They never test anything.").codes
    assert not codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION, Code.BLAME, Code.LABEL}


@pytest.mark.parametrize(("context", "line"), [
    ("Mobile never test anything before they push.",
     "Ah, I know, I know, it's a pain. You're right, you're dead right about the testing."),
    ("I've been here four years.",
     "You're a great worker, honestly. Four years, and the customers love you. Nobody on the "
     "phones is better."),
])
def test_agreement_and_praise_of_them_as_the_best_are_no_label(coder, context: str,  # type: ignore[no-untyped-def]
                                                               line: str) -> None:
    assert Code.LABEL not in coder.code(line, context).codes


@pytest.mark.parametrize("line", [
    "Oh you're right, as always. You're a genius.",
    "You're right, you're always right, aren't you.",
    "You're right about the tests, but you're a nightmare in the channel.",
])
def test_agreement_as_a_sneer_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "Mobile never test anything.").codes


@pytest.mark.parametrize("line", [
    "from my side if there is something about the night rota or your hours that needs an answer "
    "from above i go and get it this week even if the answer is not nice",
    "from my side if something about your contract needs an answer from head office i go and get "
    "it before friday even if it is not the answer you want",
])
def test_the_managers_part_with_a_condition_inside_is_support(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.SUPPORT_OFFER in coder.code(line, "I'm not sure yet.").codes


@pytest.mark.parametrize(("context", "line"), [
    ("I did mention it in standup.",
     "You knew about the backlog in October and you said nothing until now."),
    ("Priya told me it was fine.", "But Priya is not the duty manager. You are."),
    ("the rope slipped on the ramp", "you had the rope you had the ramp you had the trolley"),
])
def test_what_was_theirs_to_do_pinned_after_a_lapse_is_blame(coder, context: str,  # type: ignore[no-untyped-def]
                                                              line: str) -> None:
    assert Code.BLAME in coder.code(line, context).codes


@pytest.mark.parametrize("line", [
    "You knew it was hard and you still came in. Thank you.",
    "You are the lead on the loans file from Monday, so the auditors will want you.",
])
def test_a_duty_handed_over_or_effort_seen_is_no_blame(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME not in coder.code(line, "Okay.").codes


@pytest.mark.parametrize("line", [
    "Porters who lose the trolley keys don't tend to see another rota on this ward.",
    "the lads who keep skipping the checks they usually find themselves back on nights quick",
    "the ones with no targets they dont last long here you know",
    "Head office reviews the figures in March, and I will not stand in front of yours.",
    "Good lad. Sensible lads keep their shifts.",
    "I'm not replacing anyone. Yet.",
    "and if that audit fails youll know exactly whose name i give them",
])
def test_the_fate_of_such_people_and_protection_withdrawn_are_threats(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "That's not fair.").codes


@pytest.mark.parametrize("line", [
    "I'll always stand in front of you with the client.",
    "I'm not replacing anyone. You're staying on the team.",
])
def test_help_and_protection_promised_are_no_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line, "That's not fair.").codes


@pytest.mark.parametrize("line", [
    "Behind. That's cute. Forty percent of target.",
    "Right. Very efficient. Love that for us.",
    "I'll be honest, you've been running on autopilot since the spring.",
    "Did you read it? Or is the manual also too complicated?",
    "honestly folk like you are why we cant have nice things",
    "Cheer up, pet. It's only Monday.",
])
def test_stock_sneers_are_labels(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "It went fine, mostly.").codes


# J39's left list (the sixty-fourth pass)
@pytest.mark.parametrize(("context", "line"), [
    ("I could pair with Jun, I guess.", "so you pair with jun on the indexer this week"),
    ("I could write a guide.", "so you write up the churn guide by friday"),
])
def test_their_step_put_to_them_with_its_day_is_a_step(coder, context: str,  # type: ignore[no-untyped-def]
                                                       line: str) -> None:
    codes = coder.code(line, context).codes
    assert Code.COMMITMENT in codes and Code.REFLECTION not in codes


def test_a_task_wanted_of_them_for_a_day_is_an_expectation(coder) -> None:  # type: ignore[no-untyped-def]
    line = "I want you to sit with Kasia on the order states this week."
    assert Code.EXPECTATION in coder.code(line, "Okay.").codes


@pytest.mark.parametrize("line", [
    "So you felt left out this week.",
    "I want you to know this week was hard for everyone.",
])
def test_their_feeling_or_what_they_should_know_is_no_step(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "Nobody told me.").codes
    assert not codes & {Code.COMMITMENT, Code.EXPECTATION}


def test_holding_back_from_pressing_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = "You've already given me plenty. I don't want to keep pushing."
    assert Code.THREAT not in coder.code(line, "I can't think of anything else.").codes


def test_holding_back_beside_a_sanction_stays_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = "I don't want to keep asking. Next time it happens, HR gets involved."
    assert Code.THREAT in coder.code(line, "Okay.").codes


def test_time_booked_to_go_through_it_is_a_follow_up(coder) -> None:  # type: ignore[no-untyped-def]
    line = "I'll book us thirty minutes to go through it."
    assert Code.FOLLOW_UP in coder.code(line, "Okay.").codes


# P8's notes for the coder (the sixty-fifth pass)
@pytest.mark.parametrize("line", [
    "If you're going to be off, just give me a heads-up the night before.",
    "Next time, just let me know a bit earlier if a delivery is slipping.",
])
def test_notice_asked_plainly_is_an_expectation_not_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "Okay.").codes
    assert Code.EXPECTATION in codes and Code.THREAT not in codes and Code.ADVICE not in codes


def test_notice_asked_with_a_sanction_is_no_plain_expectation(coder) -> None:  # type: ignore[no-untyped-def]
    line = "If you're off again, just give me a heads-up the night before, or you're off the rota."
    assert Code.THREAT in coder.code(line, "Okay.").codes


# unseen-30, read last (the classes it showed)
@pytest.mark.parametrize(("context", "line"), [
    ("I'm so sorry.", "Lazy is no how I'd describe you."),
    ("I'm so sorry.", "Sloppy is not how I'd describe you at all."),
    ("Has Leo complained?", "Nothing unsafe leaves this yard on your watch, and I mean that."),
    ("So I get told off. Great.",
     "You'd say flagging every fault is your job, and you're right that faults have to be named. "
     "Where I'd see it differently, and I say it with respect, is that naming them in the "
     "all-hands channel hasn't fixed one."),
    ("I just want it on record.",
     "You want proof, you want it noticed, and you don't want support carrying the can for a "
     "release it never touched. Is that near enough?"),
])
def test_careful_lines_of_the_last_set_are_no_judgement(coder, context: str,  # type: ignore[no-untyped-def]
                                                        line: str) -> None:
    codes = coder.code(line, context).codes
    assert not codes & {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.mark.parametrize("line", [
    "Lazy is not how I'd describe you, you're just slow.",
    "The outage happened on your watch.",
    "You'd say you're thorough. I see it differently: you're just lazy.",
])
def test_their_judgements_in_the_same_forms_stay(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "I did what I could.").codes
    assert codes & {Code.LABEL, Code.BLAME}


@pytest.mark.parametrize("line", [
    "And then on Friday you said no to the course. After everything I did.",
    "The form came back blank. Do you know how that looks for me?",
])
def test_guilt_put_on_them_is_blame(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(line, "I don't think that's me.").codes


# the last play-throughs
def test_an_order_with_its_day_first_is_an_expectation_not_a_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    # (read in a whole spoken conversation, whose register had made it a reflection)
    turns = [
        ("all fine yeah sure thats why you were late on the 22nd", "Hi. Yeah, all fine."),
        ("the rota on the 3rd one shift no cover no swaps what was that", "It's fine. Just busy."),
        ("honestly you used to be the best supervisor here now youre just coasting",
         "I'm doing what's on the board."),
        ("look everyone else got moved too and they just got on with it",
         "That's not fair. Nobody asked me anything."),
        ("so by thursday you redo the rota properly with all the cover ok",
         "Everyone's been busy since the move."),
    ]
    codes = coder.code_conversation(turns)[-1].codes
    assert Code.EXPECTATION in codes and Code.REFLECTION not in codes


def test_a_dated_lapse_told_is_no_order(coder) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code("On Thursday you left at seven and the handover sheet was blank.",
                       "I left before the handover.").codes
    assert Code.EXPECTATION not in codes


def test_their_claim_mocked_is_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = "all good yeah sure thats why the till was short on the 14th"
    assert Code.LABEL in coder.code(line, "Yeah, all good.").codes
