"""The sentence splitter for chunk streams (used by text-to-speech and the LLM voice's checks)."""

from __future__ import annotations

import pytest

from roleplay.domain.sentences import SentenceSplitter, sentences_from_chunks, split_sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("Hi. You wanted to talk about the sprints?", ["Hi.", "You wanted to talk about the sprints?"]),
    ("Wait! Really?! Okay.", ["Wait!", "Really?!", "Okay."]),
    ("I met Dr. Shah on Tuesday. She agreed.", ["I met Dr. Shah on Tuesday.", "She agreed."]),
    ("It took 3.5 days. Too long.", ["It took 3.5 days.", "Too long."]),
    ("I just... don't know. Sorry.", ["I just... don't know.", "Sorry."]),
    ("Some things, e.g. the rota, changed.", ["Some things, e.g. the rota, changed."]),
    ('"Fine." Whatever you say.', ['"Fine."', "Whatever you say."]),
    ("He said (quietly.) Then left.", ["He said (quietly.)", "Then left."]),
    ("No punctuation at the end", ["No punctuation at the end"]),
    ("One line\nManager: another", ["One line", "Manager: another"]),
    ("Tired… Really tired.", ["Tired…", "Really tired."]),
    ("", []),
    ("   ", []),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_sentence_is_emitted_once_the_next_one_starts() -> None:
    splitter = SentenceSplitter()
    assert splitter.feed("I kn") == []
    assert splitter.feed("ow.") == []  # could still be "I know.5" or "I know... and"
    assert splitter.feed(" ") == []
    assert splitter.feed("The") == ["I know."]
    assert splitter.pending == "The"
    assert splitter.feed(" dates slipped.") == []
    assert splitter.flush() == ["The dates slipped."]
    assert splitter.flush() == []


def test_any_chunking_gives_the_same_sentences() -> None:
    text = ("Honestly, it hasn't been my best month. I keep thinking I'll catch up at the weekend, "
            "e.g. Saturday... and then I don't! Is that fair? Mr. Okafor thinks so.")
    whole = split_sentences(text)
    for size in (1, 2, 3, 5, 8, 13, 200):
        chunks = [text[i:i + size] for i in range(0, len(text), size)]
        assert list(sentences_from_chunks(chunks)) == whole, size
    assert len(whole) == 4


def test_white_space_inside_a_sentence_is_kept_but_trimmed_at_the_edges() -> None:
    assert split_sentences("  Okay.   Fine then.  ") == ["Okay.", "Fine then."]


def test_custom_abbreviations() -> None:
    splitter = SentenceSplitter(abbreviations=["approx."])
    assert splitter.feed("It is approx. Ten. Yes") == ["It is approx. Ten."]
    assert splitter.flush() == ["Yes"]
