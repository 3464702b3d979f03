"""Firm rules found reading the read yardsticks' misses on the fourth day (issue 11)."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


@pytest.mark.parametrize(("text", "context"), [
    ("The audit failed on your watch, Kemi.", "The auditors found the log gaps."),
    ("We refunded the whole table. Your doing.", "The order went to the wrong table."),
    ("Honestly your rota is the reason three people called in sick.", "I did the rota."),
    ("Leave it. You've done enough damage this week.", "I can call the client."),
])
def test_an_outcome_owned_by_them_in_so_many_words_is_blame(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.BLAME in coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize(("text", "context"), [
    ("That wasn't your doing at all, the supplier moved the date.", "I'm sorry about the delay."),
    ("If your back is the reason, tell me and we'll sort a better chair.", "I took a long break."),
])
def test_an_outcome_cleared_or_in_a_condition_is_not_blame(text: str, context: str) -> None:
    assert Code.BLAME not in default_coder().code(text, context).codes


@pytest.mark.parametrize(("text", "context"), [
    ("Shocker.", "The supplier was late again."),
    ("Course it was.", "The printer jammed, that's why."),
    ("Oh, naturally.", "I had a migraine on Monday."),
])
def test_a_turn_that_only_waves_their_account_away_is_a_label(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.LABEL in coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize(("text", "context"), [
    ("Of course.", "Can I take Friday afternoon for the dentist?"),
    ("Naturally, take the time you need.", "My dad is back in hospital."),
])
def test_plain_agreement_is_not_a_label(text: str, context: str) -> None:
    assert Code.LABEL not in default_coder().code(text, context).codes


@pytest.mark.parametrize(("text", "context"), [
    ("do that again and youre back on nights for good", "i left the till open"),
    ("Next spill, you lose your forklift ticket.", "The pallet came down."),
    ("Miss another handover, you're done here.", "I forgot the handover."),
    ("No badge, no job.", "I left my badge at home again."),
    ("There's two agency nurses who'd take your shifts tomorrow.", "I was only ten minutes late."),
    ("Plenty of drivers waiting on the list for your route, mate.", "The van was late back."),
])
def test_the_next_slip_costing_their_place_is_a_threat(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.THREAT in coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize(("text", "context"), [
    ("Next time you walk away and come find me first.", "He started it."),
    ("Next time, ring me before two and we'll get someone to pick it up.", "I ran out of time."),
    ("The drivers were waiting for the dispatch notes for forty minutes.", "What happened?"),
])
def test_a_next_time_plan_or_people_waiting_is_not_a_threat(text: str, context: str) -> None:
    assert Code.THREAT not in default_coder().code(text, context).codes


def test_whatever_it_is_in_recogniser_text_is_not_a_question() -> None:
    coding = default_coder().code(
        "well whatever it is it cant keep happening do it again and youre on a written warning",
        "I'm not doing this. Put it in writing if you've got a problem.")
    assert not coding.codes & {Code.CLOSED_QUESTION, Code.OPEN_QUESTION}
    assert Code.THREAT in coding.codes


def test_a_spoken_question_after_a_statement_is_still_a_question() -> None:
    coding = default_coder().code("i saw the build went red last night is it working now",
                                  "I pushed a fix this morning.")
    assert Code.CLOSED_QUESTION in coding.codes


@pytest.mark.parametrize(("text", "context"), [
    ("You were afraid that asking again would make you look slow.",
     "I didn't want to ask twice. I thought you'd think I couldn't keep up."),
    ("It hurts because you care so much about getting it right.", "It's humiliating, honestly."),
    ("So you're not getting much sleep with the twins.", "The twins are up all night."),
])
def test_their_feeling_said_back_is_a_reflection_not_a_verdict(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert not coding.codes & {Code.LABEL, Code.BLAME}


@pytest.mark.parametrize(("text", "context"), [
    ("Want to find out?", "So you'd really sack me over one shift?"),
    ("Try me.", "You wouldn't actually report it."),
    ("if the fridge log isnt filled in by friday its gonna be a write up", "ok ill try"),
    ("There's a lad from the agency who'd take your slot on Monday.", "I'm not lazy."),
])
def test_a_dare_or_a_sanction_in_plain_words_is_a_threat(text: str, context: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.THREAT in coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize(("text", "context"), [
    ("Want to find out more about the data team first?", "I might want to move teams."),
    ("I'm not going to write you up, this is a conversation.", "Am I getting written up?"),
])
def test_an_offer_to_learn_more_or_a_denied_sanction_is_not_a_threat(text: str,
                                                                     context: str) -> None:
    assert Code.THREAT not in default_coder().code(text, context).codes


def test_others_trained_to_share_their_load_is_support() -> None:
    coding = default_coder().code(
        "I'll get Jun and Beatriz trained on the indexer this month.",
        "If Jun and Beatriz learned the indexer, I wouldn't be the only one on the pager.")
    assert Code.SUPPORT_OFFER in coding.codes


def test_an_early_warning_asked_for_is_an_expectation_not_advice() -> None:
    coding = default_coder().code(
        "And if a date is slipping, message me the same day, even one line. Let us meet "
        "Thursday the 26th at ten to look at it together.", "Yes. I know I didn't keep my side.")
    assert Code.EXPECTATION in coding.codes
    assert Code.ADVICE not in coding.codes


@pytest.mark.parametrize("text", [
    "I just need you to be more on top of things. You used to be so reliable.",
    "honestly you used to be really sharp",
])
def test_praise_of_who_they_were_said_to_mark_now_is_a_label(text: str) -> None:
    coding = default_coder().code(text, "The migration ate two weeks nobody planned for.")
    assert Code.LABEL in coding.codes


def test_their_own_feeling_about_who_they_were_said_back_is_no_label() -> None:
    coding = default_coder().code("You feel you used to be better at this, and that stings.",
                                  "I feel like I used to be better at this.")
    assert Code.LABEL not in coding.codes


def test_a_lecture_is_not_an_expectation() -> None:
    coding = default_coder().code(
        "I understand. But you must also understand that a team is not only code. Perhaps you "
        "could try to be more diplomatic, more patient with the juniors.",
        "It's been a busy quarter. Busy's fine. I like busy.")
    assert Code.EXPECTATION not in coding.codes


def test_an_agreed_step_and_a_talk_again_with_when_are_a_plan() -> None:
    coding = default_coder().code(
        "Good. So, we agree that you will be more careful in reviews. We can speak again in one "
        "month.", "You want the honest answer or the good one?")
    assert {Code.COMMITMENT, Code.FOLLOW_UP} <= coding.codes
