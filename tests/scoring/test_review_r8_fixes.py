"""R8's read of the eighteenth day's diff (issue 11): a flat reply made of a long hum is read
at once, not split every way it can be."""

import time

from roleplay.scoring._cues_veiled import energy_praised_after_a_flat_reply


def test_a_long_hum_before_other_words_is_read_at_once() -> None:
    # ("mm+" beside the other words split forty m's every way it could: 35 seconds on the
    # code before)
    hum = "M" * 40 + ". Okay, so what now"
    start = time.perf_counter()
    assert not energy_praised_after_a_flat_reply("awesome. love the energy.", hum)
    assert time.perf_counter() - start < 1.0


def test_a_hum_is_still_a_flat_reply() -> None:
    assert energy_praised_after_a_flat_reply("awesome. love the energy.", "Mmm. Okay.")
    assert energy_praised_after_a_flat_reply("love the energy.", "Mmmmmmmmmmmm")
    assert not energy_praised_after_a_flat_reply("love the energy.", "Mmm, I'd love to lead it.")
