"""How a turn is cut into sentences: a quoted question inside a sentence does not end it."""

from __future__ import annotations

from roleplay.scoring._text import sentences


def test_a_quote_that_goes_on_in_lower_case_stays_in_its_sentence() -> None:
    assert sentences('On Tuesday you commented "Did you even run this?" on Jun\'s PR, in public. '
                     "That stung him.") == [
        'On Tuesday you commented "Did you even run this?" on Jun\'s PR, in public.',
        "That stung him."]


def test_a_quote_that_ends_the_sentence_still_ends_it() -> None:
    assert sentences('You wrote "This is embarrassing." And then you merged it.') == [
        'You wrote "This is embarrassing.', "And then you merged it."]
    assert sentences("ok. so what happened? i dont know") == [
        "ok.", "so what happened?", "i dont know"]
