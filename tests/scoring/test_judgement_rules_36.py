"""The coder's firm rules, eighty-fifth pass (issue 11, the lead, from a rambling manager's
play-through): a bare acknowledgement said alone ("yeah i hear you") is no reflection. The coder
read it as one, the offline report answered "Something like that." and the review praised "You
reflected back: 'yeah i hear you'". The labelled lines code such a turn `other` with no codes.
The lines are written for these tests."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder

CODER = default_coder()
_SAID = "It's just been a lot. Harder than last time, in some ways."


@pytest.mark.parametrize("text", ["yeah i hear you", "I hear you.", "Okay, I hear you.",
                                  "Right. I get that."])
def test_a_bare_acknowledgement_alone_reflects_nothing(text: str) -> None:
    coding = CODER.code(text, _SAID)
    assert coding.primary == Primary.OTHER, coding
    assert Code.REFLECTION not in coding.codes, coding


@pytest.mark.parametrize("text", ["Yeah, I hear you. It sounds like it's been a lot harder this "
                                  "time.",
                                  "i hear you its been harder than last time"])
def test_an_acknowledgement_with_their_words_is_still_a_reflection(text: str) -> None:
    assert Code.REFLECTION in CODER.code(text, _SAID).codes


# --- from unseen-38's reading (read last) ---------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    # an icily polite manager: a verdict against their rank, a veiled threat
    ("On 10.11 you declined the kickoff workshop without a reason. For a senior designer I find "
     "this a disappointing picture.", Code.LABEL),
    ("But you no longer behave as a senior, and it is visible to everyone.", Code.LABEL),
    ("Please understand that the new lead designer will form an opinion of you soon, and I will "
     "not be in a position to change that opinion.", Code.THREAT),
    # the bar announced as what does not change
    ("Here is what does not change: review comments are about the code, your changes go through "
     "review like everybody's, and no jokes about a colleague's work in front of everybody.",
     Code.EXPECTATION),
    # their reason guessed tentatively and checked
    ("Maybe from your side, rewriting their code is how you protect yourself, because when it "
     "breaks you are the one who carries it. Is that close, or am I off?", Code.REFLECTION),
])
def test_unseen_38_forms(text: str, code: Code) -> None:
    assert code in CODER.code(text, "I'm doing what's on the board.").codes


@pytest.mark.parametrize(("text", "absent"), [
    ("A senior designer runs the crit and answers the comments.", Code.LABEL),
    ("She will form her own view of you, and I will help you show her your best work.",
     Code.THREAT),
    ("What doesn't change is my respect for your work.", Code.EXPECTATION),
    ("Maybe you just don't care about the team. Is that close, or am I off?", Code.REFLECTION),
    ("Maybe you're just lazy. Am I right?", Code.REFLECTION),
])
def test_unseen_38_twins(text: str, absent: Code) -> None:
    assert absent not in CODER.code(text, "I'm doing what's on the board.").codes


def test_the_process_held_over_them_is_no_support() -> None:
    coding = CODER.code("If the pattern continues, I will take the matter to HR, with regret. "
                        "Merci, Daniel. You may go.", "I'm doing what's on the board.")
    assert Code.THREAT in coding.codes
    assert Code.SUPPORT_OFFER not in coding.codes, coding
