"""The OpenAI-compatible backends, with the real ``openai`` client on an in-process transport."""

from __future__ import annotations

import json

import httpx
import numpy as np
import pytest

from roleplay.domain.scenario import VoiceStyle
from roleplay.ports.speech import SpeechError
from roleplay.speech.openai_backends import OpenAISpeechToText, OpenAITextToSpeech

openai = pytest.importorskip("openai")


def client(handler: httpx.MockTransport) -> object:
    return openai.OpenAI(api_key="test", base_url="http://speech.test/v1", max_retries=0,
                         http_client=httpx.Client(transport=handler))


def test_transcription_keeps_segments_and_words() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={
            "text": "What got in the way?", "language": "en", "duration": 1.5,
            "segments": [{"id": 0, "start": 0.0, "end": 1.5, "text": " What got in the way?"}],
            "words": [{"word": w, "start": i * 0.3, "end": i * 0.3 + 0.25}
                      for i, w in enumerate(["What", "got", "in", "the", "way?"])],
        })

    stt = OpenAISpeechToText(client(httpx.MockTransport(handle)))
    result = stt.transcribe(np.zeros(24_000, dtype=np.float32))
    assert result.text == "What got in the way?"
    assert [w.text for w in result.words] == ["What", "got", "in", "the", "way?"]
    assert seen[0].url.path == "/v1/audio/transcriptions"
    assert b"verbose_json" in seen[0].content and b"RIFF" in seen[0].content


def test_server_errors_become_speech_errors() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"error": {"message": "boom"}})

    stt = OpenAISpeechToText(client(httpx.MockTransport(handle)))
    with pytest.raises(SpeechError, match="speech server failed"):
        stt.transcribe(np.zeros(1600, dtype=np.float32))


def test_speech_streams_sentence_by_sentence() -> None:
    asked: list[dict[str, object]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        asked.append(json.loads(request.content))
        return httpx.Response(200, content=b"\x01\x00" * 2400)

    tts = OpenAITextToSpeech(client(httpx.MockTransport(handle)))
    chunks = list(tts.synthesize("Fine. Let's talk.", VoiceStyle(voice="onyx", speed=1.2)))
    assert [c.text for c in chunks] == ["Fine.", "Let's talk."]
    assert chunks[0].duration_s == pytest.approx(0.1)
    assert asked[0]["voice"] == "onyx" and asked[0]["speed"] == 1.2
    assert asked[0]["response_format"] == "pcm"
