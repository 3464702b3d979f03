"""Judgements that do not say "you are X" are seen, and their twins (the same words about a
thing, said back as the report's own view, or denied) are told apart."""

from __future__ import annotations

import pytest

from roleplay.scoring.features import turn_features


def judging(text: str, context: str | None = None) -> set[str]:
    return {k for k in turn_features(text, context) if k.startswith("h:j_")}


@pytest.mark.parametrize(("text", "cue"), [
    ("Frankly, this report is a disgrace.", "h:j_verdict_on_work"),
    ("That was a shoddy piece of work and you know it.", "h:j_verdict_on_work"),
    ("The quality of your last four invoices has been poor.", "h:j_verdict_on_work"),
    ("Nice opening. Sloppy close.", "h:j_verdict_on_work"),
    ("Save your excuses, I need the audit done by the 9th.", "h:j_dismissal"),
    ("Oh, give me a break. The printer again?", "h:j_dismissal"),
    ("What's so hard about locking the cash drawer?", "h:j_rhetorical"),
    ("are you even listening to the customers", "h:j_rhetorical"),
    ("Training? You want training? Turn up on time first.", "h:j_rhetorical"),
    ("It's like talking to a brick wall with you.", "h:j_exasperation"),
    ("You've been skiving every Friday afternoon.", "h:j_slacking"),
    ("We lost the tender because you couldn't be bothered to proofread it.", "h:j_slacking"),
    ("You made me look like a total amateur in front of the board.", "h:j_fault"),
    ("You knew full well what you were doing.", "h:j_fault"),
    ("Funny how it's never you, isn't it?", "h:j_fault"),
])
def test_judgements_in_other_grammars_are_seen(text: str, cue: str) -> None:
    found = judging(text)
    assert cue in found
    assert "h:j_any" in found


@pytest.mark.parametrize("text", [
    "The new booking system is a mess, and that isn't on you.",  # a thing, not the person
    "So you feel the report was sloppy, and you're annoyed with yourself.",  # their own view
    "You think you've been coasting since the move.",
    "Nobody is saying you've been skiving.",  # denied
    "The audit is on the 9th; I'll send the checklist today.",
    "That's down to the supplier, not you.",
])
def test_twins_are_not_judgements(text: str) -> None:
    assert "h:j_any" not in judging(text)


def test_a_denied_judging_word_counts_apart() -> None:
    denied = turn_features("You're not useless. But the rota has to be done.", None)
    said = turn_features("You're useless. The rota has to be done.", None)
    assert "h:judge_word_denied" in denied and "h:judge_word" not in denied
    assert "h:judge_word" in said


@pytest.mark.parametrize(("text", "seen"), [
    ("I need the error rate below two per cent by the end of March. If it isn't, we will have to "
     "move to the formal stage.", True),
    ("Well, if that's how you feel, there's the door.", True),
    ("If another error reaches a client this quarter, it becomes a formal matter.", True),
    ("and if it happens again I'll have no option but to take it further", True),
    ("If you cannot attend a design review, kindly send a message before.", False),
    ("I'd like an answer by your next review, even if it's two or three options.", False),
    ("If you need a formal review of your grade, HR can help.", False),
])
def test_a_consequence_hung_on_a_condition_is_seen(text: str, seen: bool) -> None:
    # the threat is in the consequence for the person, not in "if"
    assert ("h:j_consequence_if" in judging(text)) is seen


@pytest.mark.parametrize(("text", "praised"), [
    ("Top stuff. Anyway, you're a legend, mate.", True),
    ("You're the best engineer we've got and everyone knows it.", True),
    ("You're a good bloke and you work hard.", True),
    ("Cheers for the coffee, mate, you legend.", True),
    ("You're a real piece of work.", False),
    ("You're not a team player.", False),
])
def test_warmth_about_the_person_is_told_from_a_labels_form(text: str, praised: bool) -> None:
    assert (turn_features(text, None).get("h:praised", 0.0) == 1.0) is praised


@pytest.mark.parametrize(("text", "affected"), [
    ("Two people have asked to move teams.", True),
    ("212 customers couldn't check out.", True),
    ("I spoke to two people about the rota.", False),
])
def test_who_a_lapse_reached_is_a_feature_of_the_turn(text: str, affected: bool) -> None:
    assert (turn_features(text, None).get("h:affected", 0.0) == 1.0) is affected


@pytest.mark.parametrize(("text", "cue"), [
    ("I would ask you to reflect on whether you are in fact capable of working collaboratively "
     "at all.", "h:j_doubts_capability"),
    ("I'm no longer convinced you're up to the role.", "h:j_doubts_capability"),
    ("You should be aware that grievances of that nature are investigated thoroughly.",
     "h:j_process_pressure"),
    ("I will be documenting this conversation and placing a note on your file.",
     "h:j_process_pressure"),
])
def test_a_formal_voice_judges_and_threatens_in_its_own_words(text: str, cue: str) -> None:
    assert cue in judging(text)


@pytest.mark.parametrize("text", [
    "I'm not sure you're getting enough support from me.",
    "Whether you're able to make Friday or not, send me the draft.",
])
def test_doubt_about_support_or_a_date_is_not_doubt_about_the_person(text: str) -> None:
    assert "h:j_doubts_capability" not in judging(text)


@pytest.mark.parametrize(("text", "cue"), [
    # unseen-6: a therapy-book manager labelled in its words
    ("Honestly, the way you operate is emotionally unsafe for everyone around you.",
     "h:judge_word"),
    ("That's textbook narcissistic, Theo.", "h:judge_word"),
    ("You're being a bit manipulative here.", "h:judged"),
    ("You are so passive-aggressive in those review comments.", "h:judged"),
    ("I don't think you're manipulative at all.", "h:judged_negated"),
])
def test_the_words_of_therapy_books_can_label(text: str, cue: str) -> None:
    assert cue in turn_features(text, None)
