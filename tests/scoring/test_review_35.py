"""Issue 11, twentieth pass (J18): the review as a manager and a coach read it.

From the lead's notes on the last play-throughs and by playing managers in voices the project had
not used through the CLI (a Liverpool warehouse lead, a manager who says "basically" every
sentence, one who answers their own questions, an ex-teacher who lectures, a recogniser
transcript with homophones). Each rule has lines of its own, positive and negative; codes are
fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Rewrite
from roleplay.domain.sentences import CLOSING
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.moves import rewrites_for
from roleplay.scoring.rubric import load_rubric
from roleplay.scoring.scorer import SessionScorer

from .conftest import transcript
from .test_review_34 import _metrics, _move


def _opening(text: str) -> str:
    return " ".join(text.lower().split()[:3])


# --- the rewrites of one card never open alike -------------------------------------------------

def test_two_acknowledgements_in_one_card_open_differently() -> None:
    t = transcript(
        ("manager", "Thanks for coming in. How have things been?"),
        ("report", "Honestly, my mum has been in hospital since October and I've been driving "
                   "there every night after work."),
        ("manager", "Okay. The reports were late on Friday the 3rd and Friday the 10th."),
        ("report", "I know. I'm also looking after my little brother at weekends since my dad "
                   "moved away."),
        ("manager", "Right. I need the report by Thursday night from now on."),
        ("report", "Okay."),
        ("manager", "Let's check in on Friday the 24th."),
        ("report", "Fine."),
    )
    score = SessionScorer().score_transcript(t)
    for card in score.competencies:
        said = [rw.suggestion for rw in card.try_instead]
        assert len({_opening(s) for s in said}) == len(said), said
        # nor the same question twice after a different opening
        asks = [s.split(". ", 2)[-1] for s in said]
        assert len(set(asks)) == len(asks), said
    listening = next(c for c in score.competencies if c.competency.value == "active_listening")
    assert len(listening.try_instead) == 2, listening.try_instead


def test_distinct_openings_rewords_a_repeated_stock_opening() -> None:
    from roleplay.scoring.rewrites import distinct_openings
    said = distinct_openings([
        Rewrite(turn=3, original="a", suggestion="It sounds like you feel watched. Tell me more."),
        Rewrite(turn=5, original="b", suggestion="It sounds like you came in ready for a fight."),
        Rewrite(turn=7, original="c", suggestion="What have you tried so far?"),
    ])
    assert said[0].suggestion.startswith("It sounds like you feel watched"), said
    assert not said[1].suggestion.startswith("It sounds like"), said
    assert said[1].suggestion.endswith("you came in ready for a fight."), said
    assert said[2].suggestion == "What have you tried so far?"


# --- small talk is no evidence of powerful questioning -------------------------------------------

def _questioning(first: str, *codes: Code) -> tuple[int | None, str, list[Rewrite]]:
    mine = [_move(1, first, *codes, said="So. Attendance.", primary=Primary.QUESTION),
            _move(3, "What's been making the mornings hard?", Code.OPEN_QUESTION,
                  said="So. Attendance. Fine.", primary=Primary.QUESTION)]
    qs = CompetencyScorer(load_rubric()).powerful_questioning(
        mine, _metrics(mine), ConversationType.UNDERPERFORMANCE)
    said = " | ".join([qs.summary, *qs.went_well, *(e.note + ": " + e.quote for e in qs.evidence)])
    return qs.score, said, list(qs.try_instead)


@pytest.mark.parametrize(("line", "codes"), [
    ("Alright Leanne, how's the form? Good weekend?", (Code.CLOSED_QUESTION,)),
    ("Alright Leanne, how's the form? Good weekend?", (Code.OPEN_QUESTION,)),
    ("Morning Priya, how's the form? Grand.", (Code.OPEN_QUESTION,)),
    ("How's life?", (Code.OPEN_QUESTION,)),
    ("Morning! Busy weekend?", (Code.CLOSED_QUESTION,)),
])
def test_small_talk_is_not_praised_nor_called_a_guess(line: str, codes: tuple[Code]) -> None:
    _, said, rws = _questioning(line, *codes)
    assert line.split("?")[0].split(",")[-1].strip() not in said, said
    assert "answered with your own guess" not in said, said
    assert all(rw.turn != 1 for rw in rws), rws


def test_a_question_about_the_work_is_still_praised() -> None:
    _, said, _ = _questioning("How's the queue been this week?", Code.OPEN_QUESTION)
    assert "How's the queue been this week?" in said, said


@pytest.mark.parametrize(("line", "guessed"), [
    ("Why have the mornings been hard? Traffic probably, or the bus.", True),
    ("What's blocking it? The migration, I guess.", True),
    ("What's been going on? Take your time.", False),
    ("What would help? No rush, I reckon we have time.", False),
])
def test_a_bare_answer_with_its_hedge_is_a_guess(line: str, guessed: bool) -> None:
    from roleplay.scoring.questioning_level import guesses_answer
    assert guesses_answer(_move(3, line, Code.OPEN_QUESTION, primary=Primary.QUESTION)) is guessed


# --- a talk again with no day in it closes the meeting -------------------------------------------

@pytest.mark.parametrize(("line", "closes"), [
    ("Sound. We'll chat again sometime, no bother.", True),
    ("Okay, thank you Priya. We will catch up soon.", True),
    ("Cool, basically let's chat again sometime.", True),
    ("We'll talk again on Friday.", False),
    ("Let's catch up soon about the retry fix.", False),
    ("I'll talk to Leo soon.", False),
    ("We'll talk again soon, and you send me the draft by Friday.", False),
])
def test_a_talk_again_sometime_is_a_goodbye(line: str, closes: bool) -> None:
    said = line.lower().replace("\u2019", "'")
    assert bool(CLOSING.match(said)) is closes


def test_a_talk_again_sometime_books_no_follow_up() -> None:
    from roleplay.scoring.coder import default_coder
    coding = default_coder().code("Sound. We'll chat again sometime, no bother.",
                                  "No. And I'd rather not go into why.")
    assert Code.FOLLOW_UP not in coding.codes, coding


# --- a request with its check is the right yes/no question ---------------------------------------

@pytest.mark.parametrize(("line", "good"), [
    ("Could you try and let me know the night before if you're going to be late, would that "
     "be okay?", True),
    ("Could you message me the night before if you're going to be late?", True),
    ("Would that be alright for you?", True),
    ("Were you late again on Monday?", False),
    ("Could you try setting two alarms?", False),
])
def test_a_request_with_its_check_is_a_good_closed_question(line: str, good: bool) -> None:
    from roleplay.scoring.rewrites import good_closed_question
    coding = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))
    assert good_closed_question(line, coding) is good


def test_a_request_with_its_check_is_not_rewritten_as_an_open_question() -> None:
    soft = _move(13, "So could you try and let me know the night before if you're going to be "
                     "late, would that be okay?", Code.CLOSED_QUESTION, Code.INFORMATION)
    assert not rewrites_for([soft], (Code.ADVICE, Code.CLOSED_QUESTION))


# --- rewrites are sentences -----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Basically, is everything okay?", "How are things going for you, really?"),
    ("Honestly, is everything alright?", "How are things going for you, really?"),
])
def test_a_filler_word_is_not_part_of_the_question(line: str, expected: str) -> None:
    from roleplay.scoring.rewrites import open_version
    assert open_version(line) == expected


def test_a_kept_expectation_keeps_its_own_question_mark() -> None:
    line = "Going forward I need you on the queue at 9. Will you be there every day? Is that clear?"
    rws = rewrites_for([_move(9, line, Code.EXPECTATION, Code.CLOSED_QUESTION)],
                       (Code.ADVICE, Code.CLOSED_QUESTION))
    assert rws and "?." not in rws[0].suggestion, rws


# --- a blunt reading of their meaning: a guess only when it is not theirs -------------------------

_HINT = "After October, I'm not leaving anything to chance."


@pytest.mark.parametrize(("said", "guess"), [
    (_HINT, True),  # trust and testing are the manager's words, never said: "check it" is fair
    (f"I don't know. I just want things to be tested properly. {_HINT}", False),
])
def test_so_you_dont_trust_them_to_test(said: str, guess: bool) -> None:
    from roleplay.scoring.listening import judge_reflections
    ct = _move(5, "So you don't trust them to test.", Code.REFLECTION, said=said,
               primary=Primary.REFLECTION)
    judged = judge_reflections([ct])
    assert (ct in judged.guesses) is guess, judged
