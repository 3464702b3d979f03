"""How the report's and the manager's words are read for quoting and reflecting: a quoted
question inside a sentence does not end it; not knowing is not handed back as a reflection."""

from __future__ import annotations

from roleplay.scoring._text import sentences
from roleplay.scoring.reflecting import reflectable


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


def test_not_knowing_is_not_handed_back_as_a_reflection() -> None:
    assert reflectable("I don't know. I just want things to be tested properly.") == \
        "you just want things to be tested properly"


def test_a_time_said_first_is_not_a_condition() -> None:
    told = ("In the post-mortem the VP said QA should have caught it. Since then I've been "
            "terrified of it happening again. I know it's come out at Leo.")
    assert reflectable(told) == "you've been terrified of it happening again"
