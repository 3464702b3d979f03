"""Optional second backends on any OpenAI-compatible server: ``/v1/audio/transcriptions`` for
speech-to-text and ``/v1/audio/speech`` for the report's voice. They take an ``openai`` client
built by the one LLM module (``roleplay.llm.client.make_client``; in tests, one on an httpx
transport) and never import ``openai`` themselves."""

from __future__ import annotations

import io
import wave
from collections.abc import Iterator
from typing import Any

import numpy as np

from roleplay.domain.scenario import VoiceStyle
from roleplay.domain.session import Word
from roleplay.ports.speech import (
    SAMPLE_RATE,
    SpeechChunk,
    SpeechError,
    Transcription,
    TranscriptionStream,
    TranscriptSegment,
)
from roleplay.speech.audio import Samples, to_pcm16
from roleplay.speech.streaming import BufferedStream
from roleplay.speech.tts import split_sentences

OPENAI_PCM_RATE = 24_000  # response_format="pcm": 24 kHz, 16-bit, mono


def _get(item: Any, key: str, default: Any = None) -> Any:
    return item.get(key, default) if isinstance(item, dict) else getattr(item, key, default)


class OpenAISpeechToText:
    """SpeechToText on an OpenAI-compatible transcription endpoint (whole utterance per call)."""

    def __init__(self, client: Any, *, model: str = "whisper-1",
                 language: str | None = "en") -> None:
        """``client``: an ``openai.OpenAI`` from ``roleplay.llm.client.make_client``."""
        self._client = client
        self.model = model
        self.language = language

    @property
    def name(self) -> str:
        return f"{self.model} (OpenAI-compatible server)"

    def transcribe(self, samples: Samples) -> Transcription:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(SAMPLE_RATE)
            wav.writeframes(to_pcm16(samples))
        kwargs: dict[str, Any] = {"language": self.language} if self.language else {}
        try:
            response = self._client.audio.transcriptions.create(
                model=self.model, file=("turn.wav", buffer.getvalue(), "audio/wav"),
                response_format="verbose_json", timestamp_granularities=["word", "segment"],
                **kwargs,
            )
        except Exception as exc:  # openai's APIError family, httpx errors
            raise SpeechError(f"the speech server failed: {exc}") from exc
        return _to_transcription(response, samples.size / SAMPLE_RATE, self.model)

    def stream(self) -> TranscriptionStream:
        return BufferedStream(self.transcribe)


def _to_transcription(response: Any, duration: float, model: str) -> Transcription:
    words = [
        Word(text=str(_get(w, "word", "")).strip(), start=float(_get(w, "start", 0.0)),
             end=float(_get(w, "end", 0.0)))
        for w in (_get(response, "words") or []) if str(_get(w, "word", "")).strip()
    ]
    raw_segments = _get(response, "segments") or []
    segments = []
    for seg in raw_segments:
        start, end = float(_get(seg, "start", 0.0)), float(_get(seg, "end", duration))
        inside = tuple(w for w in words if start <= w.start < end)
        segments.append(TranscriptSegment(start=start, end=end,
                                          text=str(_get(seg, "text", "")).strip(), words=inside))
    text = str(_get(response, "text", "")).strip()
    if not segments and text:
        segments = [TranscriptSegment(start=0.0, end=duration, text=text, words=tuple(words))]
    return Transcription(text=text, segments=tuple(segments), duration_s=duration, model=model)


class OpenAITextToSpeech:
    """TextToSpeech on an OpenAI-compatible ``/v1/audio/speech`` endpoint, sentence by sentence.
    ``VoiceStyle.voice`` names the server's voice; pitch is applied locally by resampling."""

    def __init__(self, client: Any, *, model: str = "tts-1", voice: str = "alloy") -> None:
        """``client``: an ``openai.OpenAI`` from ``roleplay.llm.client.make_client``."""
        self._client = client
        self.model = model
        self.voice = voice

    @property
    def name(self) -> str:
        return f"{self.model} voice {self.voice} (OpenAI-compatible server)"

    def synthesize(self, text: str, style: VoiceStyle | None = None) -> Iterator[SpeechChunk]:
        style = style or VoiceStyle()
        for sentence in split_sentences(text):
            try:
                response = self._client.audio.speech.create(
                    model=self.model, voice=style.voice or self.voice, input=sentence,
                    response_format="pcm", speed=style.speed,
                )
                pcm = response.read() if hasattr(response, "read") else bytes(response.content)
            except Exception as exc:
                raise SpeechError(f"the speech server failed: {exc}") from exc
            if style.pitch != 1.0:
                from roleplay.speech.audio import resample, to_float32

                shifted = resample(to_float32(pcm), OPENAI_PCM_RATE,
                                   round(OPENAI_PCM_RATE / style.pitch))
                pcm = to_pcm16(np.asarray(shifted, dtype=np.float32))
            yield SpeechChunk(text=sentence, pcm16=pcm, sample_rate=OPENAI_PCM_RATE)
