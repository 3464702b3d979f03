"""Thirty-ninth pass of the judgement rules (issue 11, L2): judgements strangers put in stock forms
the learned heads never met beside "you". A mocking simile of how they stood there, a sarcastic
title, a question that talks down, their claim doubted in two words, a colleague who does the
same job right or never slipped, a stock jibe, a hedged trait in more words, and a threat in the
polite inverted condition. Each class is checked on its careful lines too: rushing about,
sincere praise, a real question, a colleague offered as help, the manager's own family, the
manager owning a fault, a doubt taken back, and care later in the turn keep their codes. The
lines are written for these tests, not taken from the labelled sets."""

from __future__ import annotations

import time

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring._cues_verdicts import OWNED_FRAGMENT, THEIR_CULPRIT
from roleplay.scoring.coder import default_coder


def _coded(text: str, context: str | None = None) -> tuple[Primary, set[Code]]:
    r = default_coder().code(text, context)
    return r.primary, set(r.codes)


@pytest.mark.parametrize(("context", "text"), [
    (None, "so you gonna sit down or stand there like a bollard"),
    ("The forklift was blocked in.",
     "I walked past at ten and you were sat on the pallets like a garden gnome."),
    ("I was waiting for the sign-off.",
     "you were the one mooching about the loading bay like a lost sheep all morning"),
])
def test_a_mocking_simile_of_how_they_stood_is_a_label(context: str | None, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.LABEL in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("I was flat out all shift.",
     "I know you were running around like a headless chicken, and I'm grateful."),
    ("The rota change is unfair.",
     "From where you sit, the new rota must feel like a punishment. Tell me more."),
])
def test_rushing_about_or_their_view_is_no_simile_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I renamed the files so they'd be easier to find.", "Oh, you're a real comedian today."),
    ("Isn't that against the contract?", "ah here she is, the barrack room lawyer"),
    ("I'll sort the client myself.", "Please don't go all lone genius on me again."),
    ("i stayed and did the cages myself", "oh yeah youre a real hero you"),
])
def test_a_sarcastic_title_is_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Do you know why I called you in?",
     "You know exactly why, or do I need to draw you a diagram?"),
    ("I've got it now.", "are you though"),
    ("i know what i did", "do you cause the van was still open at midnight"),
    ("I understand the rule.", "Do you? I wonder."),
])
def test_a_question_that_talks_down_or_doubts_their_claim_is_a_label(
        context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("I told you about the leak on Monday.", "Did you? Sorry, I must have missed that."),
])
def test_a_doubt_taken_back_is_no_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("The scanner kept freezing.",
     "Priyanka works the same scanner on lates and her counts are spot on."),
    ("It was a busy night.",
     "Tomasz had that bar for two years before you and he never once came up short."),
    ("The buses were a nightmare.", "the other cleaners manage fine on the same buses"),
    ("Ten days isn't enough for the audit.", "Gemma could do it in four."),
    ("The notes were late because the system was slow.",
     "Ronan did this job for twelve years and never once missed a handover."),
    ("Understood.", "Leila never forgets."),
])
def test_a_colleague_who_does_it_right_is_a_label(context: str, text: str) -> None:
    primary, codes = _coded(text, context)
    assert Code.LABEL in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize(("context", "text"), [
    ("How do I get the counts right?",
     "Sit with Priyanka for a shift, she works the same scanner and she'll show you."),
    ("I'm sorry I was off.",
     "My dad had a stroke last year and he still managed to do the garden. Take the time."),
    (None, "Since the move, the other teams closed 45 tickets a week on average."),
])
def test_a_colleague_as_help_or_a_plain_figure_is_no_label(context: str | None, text: str,
                                                          ) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("...", "Honestly, about as useful as a paper umbrella, you are."),
    ("I missed the gate code again.", "You'd forget your head if it wasn't screwed on."),
    ("...", "Sorry, am I boring you?"),
    (None, "Well, look who made it. Sit down."),
    ("You wanted to see me?", "Is like somebody packed it with their eyes closed."),
])
def test_a_stock_jibe_is_a_label(context: str | None, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("Do I need to keep doing the nights?",
     "I hope you get a bit more rest once the new starter's in. Maybe think about it."),
    (None, "Can I get you a coffee before we start?"),
])
def test_plain_words_beside_the_jibes_stay_clear(context: str | None, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("It won't happen again.",
     "I believe you. And maybe, and I say this as a friend, you get a bit chatty on the tills."),
    ("The die changed halfway through.",
     "Hmm. Maybe it means the focus on the late shift is a little weak, in your crew."),
    ("Morning.",
     "So, look, and I say this as a friend, the handover is sleepy, I think you know it."),
])
def test_a_hedged_trait_in_more_words_is_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _coded(text, context)[1]


@pytest.mark.parametrize(("context", "text"), [
    ("the refund had to go through billing",
     "to be honest the handover process is sloppy and thats on me to fix, ill get the steps "
     "on the wiki by friday"),
])
def test_the_manager_owning_a_sloppy_process_is_no_label(context: str, text: str) -> None:
    assert Code.LABEL not in _coded(text, context)[1]


@pytest.mark.parametrize("text", [
    "Should this recur, the firm will need to consider formal steps.",
    "Should it happen again, we will need to look at the capability process.",
])
def test_a_threat_in_the_polite_inverted_condition_is_a_threat(text: str) -> None:
    assert Code.THREAT in _coded(text)[1]


@pytest.mark.parametrize("text", [
    "Should you need anything, we will arrange further training.",
    "Should it help, I can share the template I use.",
])
def test_an_offer_in_the_inverted_condition_is_no_threat(text: str) -> None:
    assert Code.THREAT not in _coded(text)[1]


def test_a_recap_checked_with_did_i_leave_anything_out_is_a_summary() -> None:
    codes = _coded("so heres what ive heard the rota keeps moving and the new lad needs "
                   "training and you want fewer lates did i leave anything out")[1]
    assert Code.SUMMARY in codes


def test_so_its_your_fault_is_blame_not_their_reason_mocked() -> None:
    assert THEIR_CULPRIT.match("so it's your fault. got it.") is None
    assert THEIR_CULPRIT.match("so it's the supplier's fault now. got it.") is not None
    codes = _coded("So it's your fault then. Right.", "The printer jammed again.")[1]
    assert Code.BLAME in codes


def test_a_bare_fragment_reads_without_backtracking() -> None:
    start = time.perf_counter()
    OWNED_FRAGMENT.match("and it was " * 22 + "your very long list of words here.")
    assert time.perf_counter() - start < 0.05
