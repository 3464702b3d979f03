"""The pleasantries that open a 1:1, read once for the scorer and the persona
(roleplay.domain.pleasantries): greetings in several voices, and the near-misses that are not."""

from __future__ import annotations

import pytest

from roleplay.domain.pleasantries import (
    GREETING_AFTER_NAME,
    GREETING_ALONE,
    HELLO_ONLY,
    HELLO_START,
    SMALL_TALK_AFTER_NAME,
    SMALL_TALK_ALONE,
    SPOKEN_GREETING_END,
)
from roleplay.persona import turn_kinds
from roleplay.scoring import _cues_care


@pytest.mark.parametrize("said", [
    "How are you doing today?",
    "How's it going?",
    "how are you",  # typed in a hurry, no capital, no question mark
    "And how have you been?",
    "How are things these days?",
    "How are you getting on?",  # British
    "How are you doing, really?",
    "How was your weekend?",
    "How's it going, mate?",  # Australian / British
    "How are you keeping?",  # Irish / Scottish
])
def test_a_greeting_question_on_its_own(said: str) -> None:
    assert GREETING_ALONE.match(said)


@pytest.mark.parametrize("said", [
    "gidday daniel, how's it going mate?",
    "hi priya, how are you doing today?",
    "morning sam! how are things?",
    "hey folks, how are you doing, folks?",
])
def test_a_greeting_question_after_a_name(said: str) -> None:
    assert GREETING_AFTER_NAME.match(said)


@pytest.mark.parametrize("said", [
    "hi sofia thanks for coming how are you doing",
    "hiya sam come in have a seat how are you getting on",
    "right so how have you been",
])
def test_a_spoken_greeting_ends_the_turn(said: str) -> None:
    assert SPOKEN_GREETING_END.search(said)


@pytest.mark.parametrize("said", [
    "How are you going to fix this?",
    "How are things with the release?",
    "How are you doing on the Henderson account?",
    "How was your week on the rota, honestly? Because the numbers say otherwise.",
    "How are you planning to get the tests written?",
    "How have you been handling the escalations?",
])
def test_a_question_about_the_work_is_no_greeting(said: str) -> None:
    assert not GREETING_ALONE.match(said)
    assert not GREETING_AFTER_NAME.match(said.lower())
    assert not SPOKEN_GREETING_END.search(said.lower().rstrip("?"))
    assert not SMALL_TALK_ALONE.match(said)
    assert not SMALL_TALK_AFTER_NAME.match(said.lower())


@pytest.mark.parametrize("said", [
    "How is the family?",
    "Good weekend?",
    "Did you have a good long weekend?",  # American
    "Did you have a nice holiday?",  # British
    "How was your vacation?",
    "What's the craic?",  # Irish
    "How's tricks?",
    "Did you catch the game last night?",
    "You keeping warm?",
    "So how's the new flat?",
])
def test_small_talk_on_its_own(said: str) -> None:
    assert SMALL_TALK_ALONE.match(said)
    assert SMALL_TALK_AFTER_NAME.match(said.lower())


@pytest.mark.parametrize("said", [
    "alright leanne, how's the form?",
    "before we get going, how's the new flat?",
    "how is the family?",  # "Hannah, good morning. How is the family?", its question
])
def test_small_talk_after_a_few_words(said: str) -> None:
    assert SMALL_TALK_AFTER_NAME.match(said)


@pytest.mark.parametrize("said", [
    "How is the weekend rota looking?",
    "How was the trip to the client, did they sign?",
    "Good weekend for a release, wasn't it?",
    "How is the family of tests coming along?",
])
def test_a_question_about_the_work_is_no_small_talk(said: str) -> None:
    assert not SMALL_TALK_ALONE.match(said)
    assert not SMALL_TALK_AFTER_NAME.match(said.lower())


@pytest.mark.parametrize("said", [
    "Hi Priya.",
    "Morning, Sam.",
    "Thanks for coming in.",
    "Salam Yasmine, come, come, sit.",
    "Right, hi Sam, take a seat.",
    "hiya love come in sit down",  # spoken, northern English
    "Good afternoon, Adeyemi.",
    "Hey there!",
    "Welcome, grab a seat.",
])
def test_a_hello_on_its_own(said: str) -> None:
    assert HELLO_ONLY.match(said.lower())


@pytest.mark.parametrize("said", [
    "Come on.",
    "Come here.",
    "Every morning.",
    "Busy morning.",
    "Hi Priya, the report was late again.",
    "Sit down, we need to talk about Thursday.",
])
def test_no_hello_only(said: str) -> None:
    assert not HELLO_ONLY.match(said.lower())


def test_the_hello_that_opens_a_sentence_is_read_past() -> None:
    assert HELLO_START.sub("", "hi, can we talk?") == "can we talk?"
    assert HELLO_START.sub("", "good afternoon can we talk?") == "can we talk?"
    assert HELLO_START.sub("", "history says otherwise") == "history says otherwise"


def test_the_persona_and_the_scorer_read_the_same_patterns() -> None:
    assert turn_kinds.GREETING is GREETING_ALONE
    assert turn_kinds.SMALL_TALK is SMALL_TALK_ALONE
    assert _cues_care.WELCOME is HELLO_ONLY
