"""The report's voice: Piper ONNX voice through onnxruntime, phonemes from espeak-ng."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest

from roleplay.domain.scenario import VoiceStyle
from roleplay.ports.speech import AudioUnavailable
from roleplay.speech import devices, playback
from roleplay.speech.audio import resample, to_float32, write_wav
from roleplay.speech.playback import DeviceSpeaker, OutputBuffer, SpeechPlayer, speak_to_wav
from roleplay.speech.tts import (
    PIECE_CHARS,
    EspeakTextToSpeech,
    OfflineTextToSpeech,
    PiperTextToSpeech,
    phonemize,
    split_sentences,
    synthesis_pieces,
)
from roleplay.speech.whisper import WhisperSpeechToText

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"
)

SENTENCE = "I did not think the deadline was realistic when it was set."


@pytest.fixture(scope="module")
def piper() -> PiperTextToSpeech:
    voice = PiperTextToSpeech()
    voice.start_loading()
    assert voice.wait_ready(timeout=120)
    return voice


def test_sentences_are_split_for_streaming() -> None:
    assert split_sentences("Fine. I'll do it! Happy now?") == ["Fine.", "I'll do it!", "Happy now?"]
    # a long first sentence starts with its first clause, so the first words come sooner
    first = split_sentences("Honestly, the deadline was set, I think, before anyone asked me.")
    assert split_sentences("Look, I know the numbers are bad, but nobody told me about it.") == [
        "Look, I know the numbers are bad,",
        "but nobody told me about it.",
    ]
    assert first == ["Honestly, the deadline was set,", "I think, before anyone asked me."]
    assert split_sentences("Yes, I can, sure.") == ["Yes, I can, sure."]


LONG = (
    "I've been snapping at people because I'm running on four hours' sleep "
    "and I'm angry that it's all on me."
)


def test_the_voice_synthesises_a_long_sentence_in_pieces() -> None:
    """Piper's working memory grows with the audio it makes at once (~1 MB a character), so a
    sentence over PIECE_CHARS is cut: at its clause punctuation, else before a joining word,
    else before a preposition, never after "the", "of", "a"... A short one is never cut."""
    assert synthesis_pieces(LONG) == [
        "I've been snapping at people",
        "because I'm running on four hours' sleep",
        "and I'm angry that it's all on me.",
    ]
    assert synthesis_pieces("Look, I know the numbers are bad, but nobody told me about it.") == [
        "Look, I know the numbers are bad,",
        "but nobody told me about it.",
    ]
    assert synthesis_pieces("I could run a couple of sessions on the indexer.") == [
        "I could run a couple of sessions",
        "on the indexer.",
    ]
    assert synthesis_pieces("It was fine — until the client called me about it.") == [
        "It was fine —",
        "until the client called me about it.",
    ]
    for short in ("It's been a busy quarter.", "I could run a couple of sessions, sure.", "Okay."):
        assert len(short) <= PIECE_CHARS and synthesis_pieces(short) == [short]
    assert synthesis_pieces("Unbelievably-hyphenated-nonsense-words-everywhere.") == [
        "Unbelievably-hyphenated-nonsense-words-everywhere."  # nowhere to cut
    ]
    for text in (
        LONG,
        "Okay, if that's how you see me, maybe I should take one of the recruiter calls I keep.",
        "He rewrites other people's code because he is the one woken at 3am when it breaks.",
        " ".join(["the handover left me with more than I expected"] * 3) + ".",
    ):
        pieces = synthesis_pieces(text)
        assert " ".join(pieces) == text  # every word, in order
        assert all(len(p) <= PIECE_CHARS and len(p.split()) >= 2 for p in pieces), pieces
        assert not any(p.split()[-1] in {"the", "of", "a", "my"} for p in pieces), pieces


def test_phonemes_keep_clause_punctuation() -> None:
    phonemes = phonemize("Well, maybe.")
    assert phonemes.endswith(".") and "," in phonemes
    assert "w" in phonemes


def test_a_sentence_has_a_plausible_length(piper: PiperTextToSpeech) -> None:
    chunks = list(piper.synthesize(SENTENCE))  # 59 characters: two pieces, "when" starts one
    assert " ".join(c.text for c in chunks) == SENTENCE
    audio = np.concatenate([to_float32(c.pcm16) for c in chunks])
    seconds = audio.size / chunks[0].sample_rate
    assert 2.0 < seconds < 6.0  # 12 words at a speaking pace
    assert float(np.sqrt(np.mean(audio**2))) > 0.02  # not silence


_LONG_SENTENCE = """
import sys
from roleplay.domain.scenario import VoiceStyle
from roleplay.speech.tts import PiperTextToSpeech

def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024

voice = PiperTextToSpeech()
voice.wait_ready()
options = voice._session.get_session_options()
assert not options.enable_cpu_mem_arena and not options.enable_mem_pattern
voice.render("Fine.", VoiceStyle())
before = rss_mb()
audio = voice.render(" ".join(["the handover left me with more than I expected"] * 3) + ".",
                     VoiceStyle())
assert audio.size > 5 * voice.sample_rate, audio.size
print(rss_mb() - before)
"""


_PEAK_OF_A_LONG_SENTENCE = """
from roleplay.domain.scenario import VoiceStyle
from roleplay.speech.heap import fix_mmap_threshold, limit_arenas
from roleplay.speech.tts import PiperTextToSpeech
from roleplay.speech.whisper import WhisperSettings

settings = WhisperSettings()  # the heap as the recogniser sets it in the app
limit_arenas(settings.malloc_arenas)
fix_mmap_threshold(settings.malloc_mmap_threshold)

def status_mb(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return int(line.split()[1]) / 1024

def peak_rise(make):
    open("/proc/self/clear_refs", "w").write("5")  # the high-water mark starts again from here
    before = status_mb("VmRSS:")
    make()
    return status_mb("VmHWM:") - before

voice = PiperTextToSpeech()
voice.wait_ready()
list(voice.synthesize("Fine."))
text = " ".join(["the handover left me with more than I expected"] * 3) + "."
pieces = peak_rise(lambda: list(voice.synthesize(text)))
whole = peak_rise(lambda: voice.render(text, VoiceStyle()))
print(pieces, whole)
"""


def test_a_long_sentences_peak_memory_is_bounded() -> None:
    """Synthesised whole, a 141-character sentence (7.4 s of audio) raises the peak by
    ~125-150 MB with the app's heap settings; in pieces of at most PIECE_CHARS by ~45-55 MB,
    what one piece needs (docs/speech.md)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc/self/status")
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_OF_A_LONG_SENTENCE],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    pieces, whole = map(float, out.stdout.split())
    assert pieces < 70, (pieces, whole)
    assert whole > pieces + 50, (pieces, whole)


def test_a_long_sentences_buffers_are_given_back() -> None:
    """Without onnxruntime's arena a long sentence's buffers (~100 MB for 6 s of audio) are
    freed after it; the arena kept them for the rest of the session (docs/speech.md)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc/self/status")
    out = subprocess.run(
        [sys.executable, "-c", _LONG_SENTENCE], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert float(out.stdout.strip()) < 40


def test_speed_and_pitch_follow_the_persona(piper: PiperTextToSpeech) -> None:
    normal, rate = speak_to_wav(piper, SENTENCE)
    fast, _ = speak_to_wav(piper, SENTENCE, VoiceStyle(speed=1.6))
    high, _ = speak_to_wav(piper, SENTENCE, VoiceStyle(pitch=1.3))
    assert fast.size < 0.8 * normal.size
    assert 0.75 * normal.size < high.size < 1.25 * normal.size  # pitch does not change pace
    assert _centroid(high, rate) > _centroid(normal, rate)


def _centroid(audio: Any, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(audio))
    freqs = np.fft.rfftfreq(audio.size, 1 / rate)
    return float((spectrum * freqs).sum() / spectrum.sum())


def test_the_voice_is_understood(piper: PiperTextToSpeech, stt: WhisperSpeechToText) -> None:
    audio, rate = speak_to_wav(piper, "The deadline was not realistic. Nobody asked me.")
    text = stt.transcribe(resample(audio, rate, 16_000)).text.lower()
    assert "deadline" in text and "asked" in text


def test_a_long_sentences_pieces_keep_its_words_audio_and_order(
    piper: PiperTextToSpeech, stt: WhisperSpeechToText
) -> None:
    chunks = list(piper.synthesize(LONG))
    assert [c.text for c in chunks] == synthesis_pieces(LONG)
    audio = np.concatenate([to_float32(c.pcm16) for c in chunks])
    rate = chunks[0].sample_rate
    whole = piper.render(LONG, VoiceStyle())  # Piper's durations vary ~10 % from run to run
    assert 0.8 * whole.size < audio.size < 1.25 * whole.size
    # where the sentence was cut between two words the seam is no longer than a breath: the
    # silence ending one piece and starting the next (Piper's edge silence trimmed to 0.03 s
    # each side). Measured at the seams themselves: the longest pause anywhere is one of Piper's
    # own inside a piece, which varies from run to run (0.17-0.28 s).
    def quiet_edge(piece: np.ndarray, at_end: bool) -> int:
        loud = np.abs(piece[::-1] if at_end else piece) >= 0.01
        return int(np.argmax(loud)) if loud.any() else piece.size

    pieces = [to_float32(c.pcm16) for c in chunks]
    seams = [(quiet_edge(a, True) + quiet_edge(b, False)) / rate
             for a, b in itertools.pairwise(pieces)]
    assert seams and max(seams) < 0.15, seams
    text = stt.transcribe(resample(audio, rate, 16_000)).text.lower()
    at = [text.find(word) for word in ("snapping", "sleep", "angry")]
    assert -1 not in at and at == sorted(at), text


def test_replies_stream_sentence_by_sentence(piper: PiperTextToSpeech) -> None:
    reply = "I hear you. But the handover notes were missing."
    stream = piper.synthesize(reply)
    first = next(stream)  # available before the second sentence is synthesised
    assert first.text == "I hear you."
    rest = list(stream)
    assert [c.text for c in rest] == ["But the handover notes were missing."]


def test_player_collects_audio_without_a_device(piper: PiperTextToSpeech) -> None:
    chunks: list[str] = []
    player = SpeechPlayer(piper, play=False, on_chunk=lambda c: chunks.append(c.text))
    done = player.say("Okay. Let's try that.")
    assert done.wait(60)
    assert done.error is None
    assert chunks == ["Okay.", "Let's try that."]
    assert done.time_to_first_audio is not None
    assert done.samples().size > done.sample_rate  # more than a second of speech
    player.muted = True
    silent = player.say("Not a word.")
    assert silent.wait(5) and silent.chunks == []


def test_espeak_voice_and_routing() -> None:
    tts = OfflineTextToSpeech()
    chunks = list(tts.synthesize("Fine.", VoiceStyle(voice="espeak:en-gb", pitch=1.2)))
    assert len(chunks) == 1 and chunks[0].duration_s > 0.2
    assert isinstance(tts._voice("espeak:en-gb"), EspeakTextToSpeech)


def test_output_buffer_is_what_portaudio_calls() -> None:
    buffer = OutputBuffer()
    buffer.push(np.ones(1500, dtype=np.float32))
    out = np.full((1024, 1), 9.0, dtype=np.float32)
    buffer.callback(out, 1024, None, None)
    assert np.all(out == 1.0) and buffer.started_at is not None
    buffer.close()
    sd = pytest.importorskip("sounddevice")
    with pytest.raises(sd.CallbackStop):  # the rest plays, padded with silence, then it stops
        buffer.callback(out, 1024, None, None)
    assert np.all(out[:476] == 1.0) and np.all(out[476:] == 0.0)


class _FakeStream:
    """Stands in for sounddevice.OutputStream: pulls audio through the real callback."""

    played: ClassVar[list[np.ndarray]] = []

    def __init__(self, *, callback: Any, finished_callback: Any, **_: Any) -> None:
        self.callback, self.finished = callback, finished_callback
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        import sounddevice as sd

        while not self._stop.is_set():
            out = np.zeros((512, 1), dtype=np.float32)
            try:
                self.callback(out, 512, None, None)
            except sd.CallbackStop:
                break
            finally:
                _FakeStream.played.append(out[:, 0].copy())
            self._stop.wait(0.001)  # a device takes time to play a block
        self.finished()

    def abort(self) -> None:
        self._stop.set()

    def close(self) -> None:
        self._thread.join()


def test_speaker_plays_through_an_output_stream(
    piper: PiperTextToSpeech, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sd = pytest.importorskip("sounddevice")
    fake = type(
        "sd",
        (),
        {
            "OutputStream": _FakeStream,
            "PortAudioError": sd.PortAudioError,
            "CallbackStop": sd.CallbackStop,
        },
    )
    monkeypatch.setattr(devices, "import_sounddevice", lambda: fake)
    monkeypatch.setattr(playback, "_Output", playback._Output)
    _FakeStream.played = []
    speaker = DeviceSpeaker(piper, device=0)
    speaker.speak("Fine.")
    wav = tmp_path / "turn.wav"
    write_wav(wav, np.full(1600, 0.25, dtype=np.float32))
    speaker.play_file(wav)
    speaker.close()
    played = np.concatenate(_FakeStream.played)
    assert np.count_nonzero(np.abs(played) > 0.01) > 0.3 * piper.sample_rate  # "Fine." played
    assert np.any(np.isclose(played, 0.25, atol=0.01))  # and the saved turn


def test_speaker_needs_an_output_device(
    piper: PiperTextToSpeech, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(devices, "default_output_device", lambda: None)
    with pytest.raises(AudioUnavailable, match="no audio output device"):
        DeviceSpeaker(piper)
