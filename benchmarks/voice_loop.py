"""The whole voice loop: end of the manager's speech -> first audio sample of the report's reply.

Scripted manager turns (espeak-ng WAVs) are played in real time through the app's own listener
(``make_speech_kit(...).listener(WavFileSource)``: the capture callback, Silero VAD, the
incremental recogniser), said to a real practice session (the shipped coder, SQLite, the offline
persona), and the reply's first sentence is synthesised by the real voice (Piper via
onnxruntime), as the terminal and the app do sentence by sentence. Measured per turn:

- total: end of speech -> first sample of the reply's audio
- endpoint: hands-free only, end of speech -> the VAD's end-of-turn decision (reported apart)
- persona: the persona's time to its first sentence (the "LLM" share; offline here)
- app share = total - endpoint - persona: recognition, coding, storing, the voice

Each mode runs with our incremental recogniser and, in the same run, with plain faster-whisper
(``transcribe()`` of the whole turn after it ends) in its place. Peak RSS is the whole process's
over the sessions with our recogniser (models loaded, Qt's widgets loaded too, offscreen, as in
the app), taken before the baseline's own model is loaded.

Push-to-talk releases the key as the speech ends (the worst case); ``--release-after S`` releases
it S seconds later, as a real speaker does, and the clock then starts at the release.

``--rss-marks`` samples the process's resident memory every 5 ms (``/proc/self/status``: native
memory, which tracemalloc does not see) and prints, per phase of the app's sessions (loading,
listening while the turn is spoken, the release, coding and storing, the persona, the voice),
how far the high-water mark rose in it and the highest resident size seen there.

``--whole-reply`` then synthesises the rest of each reply, as the app speaks it (not timed), so
the peak covers every sentence the voice says, not only the first.

Usage: python benchmarks/voice_loop.py [--turns 6] [--reps 1] [--release-after S] [--ours-only]
       [--rss-marks] [--whole-reply]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _speech_common import emit_json, espeak, median, peak_rss_mb, print_table, trim
from roleplay.app.config import AppConfig
from roleplay.app.services import make_coder
from roleplay.app.speech_kit import make_speech_kit
from roleplay.domain.sentences import SentenceSplitter
from roleplay.persona.offline import OfflineVoice
from roleplay.ports.speech import AudioSink, CapturedUtterance, SpeechToText, TranscriptionStream
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.services.practice import PracticeService, SpokenLine
from roleplay.speech.audio import Samples
from roleplay.speech.listen import TurnListener
from roleplay.speech.sources import WavFileSource
from roleplay.speech.streaming import BufferedStream
from roleplay.speech.tts import OfflineTextToSpeech
from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText
from roleplay.storage.sqlite import SqliteSessionStore

RATE = 16_000
TURNS = (
    "Thanks for making time today. How have the last few weeks been for you?",
    "I noticed the report was late three times this month, and the client asked about it.",
    "Can you help me understand what got in the way?",
    "It sounds like the handover left you with more than you expected. Is that fair?",
    "What would help you hit the next milestone?",
    "Let's agree on a plan for the next two weeks, and check in again on Friday.",
)


class _Sink:
    def __init__(self, inner: AudioSink, on_end: Callable[[], None]) -> None:
        self.inner, self.on_end = inner, on_end

    def callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        self.inner.callback(indata, frames, time_info, status)

    def end(self, error: Any = None) -> None:
        self.on_end()
        self.inner.end(error)


class TimedWav(WavFileSource):
    """A WAV played in real time; records when playback started and when the last block left."""

    started: float = 0.0
    ended: float = 0.0

    def start(self, sink: AudioSink) -> None:
        self.started = time.perf_counter()
        super().start(_Sink(sink, self._mark_end))

    def _mark_end(self) -> None:
        self.ended = time.perf_counter()


class PlainWhisper:
    """The baseline: plain faster-whisper transcribe() of the whole turn once it has ended (its
    own model: one worker with the machine's 2 threads, as faster-whisper is usually run)."""

    def __init__(self, inner: WhisperSpeechToText) -> None:
        self.inner = inner

    @property
    def name(self) -> str:
        return "plain " + self.inner.name

    def transcribe(self, samples: Samples) -> Any:
        return self.inner.transcribe_plain(samples)

    def stream(self) -> TranscriptionStream:
        return BufferedStream(self.inner.transcribe_plain)


class EndpointListener(TurnListener):
    """Records when hands-free detection ended the turn."""

    decided_at: float | None = None

    def _consume(self, block: Samples, *args: Any) -> bool:
        over = super()._consume(block, *args)
        if over and self.decided_at is None:
            self.decided_at = time.perf_counter()
        return over


@dataclass
class TurnTiming:
    total: float
    endpoint: float
    persona: float
    words: str
    stt: float  # end of speech (or the endpoint decision) -> final text
    say: float  # coding the turn and storing it
    voice: float  # the first sentence -> its first audio sample
    reply: str = ""  # the reply's first sentence (its length sets the voice's time)

    @property
    def app(self) -> float:
        return self.total - self.endpoint - self.persona


def _status_mb(field: str) -> float | None:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return None


def peak_mb() -> float:
    """This process's peak resident memory so far (the kernel's high-water mark)."""
    return _status_mb("VmHWM:") or peak_rss_mb()


class RssMarks:
    """Resident memory sampled every ``every_s`` on a thread, charged to the phase set last:
    per phase, how far the high-water mark rose and the highest resident size seen."""

    def __init__(self, every_s: float = 0.005) -> None:
        self.phase = "start"
        self.rise: dict[str, float] = {}
        self.top: dict[str, float] = {}
        self.entered: dict[str, float] = {}  # resident size when each phase was first entered
        self._hwm = peak_mb()
        self._stop = threading.Event()
        self._every = every_s
        self._thread = threading.Thread(target=self._run, daemon=True, name="rss-marks")

    def start(self) -> RssMarks:
        self._thread.start()
        return self

    def mark(self, phase: str) -> None:
        self._sample()  # what rose before the switch belongs to the phase that is ending
        self.phase = phase
        self.entered.setdefault(phase, _status_mb("VmRSS:") or 0.0)

    def _sample(self) -> None:
        rss, hwm = _status_mb("VmRSS:") or 0.0, peak_mb()
        phase = self.phase
        self.top[phase] = max(self.top.get(phase, 0.0), rss)
        if hwm > self._hwm:
            self.rise[phase] = self.rise.get(phase, 0.0) + hwm - self._hwm
            self._hwm = hwm

    def _run(self) -> None:
        while not self._stop.wait(self._every):
            self._sample()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def print(self) -> None:
        print("Resident memory by phase (MB):")
        rows = [
            (
                phase,
                f"{self.entered.get(phase, 0.0):.0f}",
                f"{self.rise.get(phase, 0.0):.0f}",
                f"{self.top[phase]:.0f}",
            )
            for phase in self.top
        ]
        print_table(["phase", "RSS when first entered", "peak rose by", "highest RSS"], rows)


MARKS: list[RssMarks] = []  # set by --rss-marks


def mark(phase: str) -> None:
    if MARKS and not MARKS[0].stopped:  # the baseline's sessions are not the app's
        MARKS[0].mark(phase)


def one_turn(
    stt: SpeechToText,
    audio: Samples,
    speech_s: float,
    hands_free: bool,
    practice: Any,
    tts: OfflineTextToSpeech,
    style: Any,
    whole_reply: bool = False,
) -> TurnTiming:
    source = TimedWav(audio, realtime=True)
    listener = EndpointListener(source, stt, _options(hands_free))
    mark("listen " + ("hands-free" if hands_free else "push-to-talk"))
    heard: CapturedUtterance = _run(listener, source)
    heard_at = time.perf_counter()
    end_of_speech = source.started + speech_s
    if not hands_free:
        end_of_speech = source.ended  # the key is released (--release-after)
    endpoint = (listener.decided_at - end_of_speech) if hands_free and listener.decided_at else 0.0
    mark("code and store")
    practice.say(SpokenLine(heard, start=0.0, end=heard.duration_s))
    said = time.perf_counter()
    mark("persona")
    splitter = SentenceSplitter()
    first: list[str] = []  # the reply's sentences as the persona streams them
    asked = time.perf_counter()
    said_at: list[float] = []

    def on_chunk(chunk: str) -> None:
        for sentence in splitter.feed(chunk):
            first.append(sentence)
            if not said_at:
                said_at.append(time.perf_counter())

    practice.reply(on_chunk)
    first.extend(splitter.flush())
    if not said_at:
        said_at.append(time.perf_counter())
    persona = said_at[0] - asked
    mark("voice")
    voiced = time.perf_counter()
    stream = iter(tts.synthesize(first[0], style))
    next(stream)  # the first sample is ready for the device
    done = time.perf_counter()
    if whole_reply:  # the rest of the reply, as the app speaks it (not timed)
        for _ in stream:
            pass
        for sentence in first[1:]:
            for _ in tts.synthesize(sentence, style):
                pass
    mark("between turns")
    return TurnTiming(
        total=done - end_of_speech,
        endpoint=endpoint,
        persona=persona,
        words=heard.text,
        stt=heard_at - end_of_speech - endpoint,
        say=said - heard_at,
        voice=done - voiced,
        reply=first[0],
    )


def _run(listener: TurnListener, source: TimedWav) -> CapturedUtterance:
    """The listener's turn; with --rss-marks, what follows the last block is the release."""
    if MARKS:
        ended = source._mark_end

        def release_phase() -> None:
            ended()
            mark("release (hands-free: end of the audio)")

        source._mark_end = release_phase  # type: ignore[method-assign]
    return listener.run()


def _options(hands_free: bool) -> Any:
    from roleplay.speech.listen import ListenOptions

    return ListenOptions(hands_free=hands_free, silence_s=0.7)


def session(
    stt: SpeechToText,
    turns: list[Samples],
    hands_free: bool,
    folder: Path,
    tts: OfflineTextToSpeech,
    release_after_s: float = 0.0,
    whole_reply: bool = False,
) -> list[TurnTiming]:
    mark("session start (the coder)")
    scenario = load_scenario(sorted(bundled_scenarios_dir().glob("*.yaml"))[0])
    store = SqliteSessionStore(folder / f"s-{time.monotonic_ns()}.db")
    practice = PracticeService(store, make_coder(), OfflineVoice(), None).start(scenario)
    style = scenario.persona.voice
    out = []
    for speech in turns:
        after = 1.5 if hands_free else release_after_s
        audio = np.concatenate([speech, np.zeros(int(after * RATE), dtype=np.float32)])
        out.append(
            one_turn(stt, audio, speech.size / RATE, hands_free, practice, tts, style, whole_reply)
        )
    store.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--turns", type=int, default=len(TURNS))
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument(
        "--voice-threads",
        type=int,
        default=2,
        help="onnxruntime intra-op threads of the Piper voice",
    )
    parser.add_argument(
        "--release-after",
        type=float,
        default=0.0,
        help="push-to-talk: release the key this long after the last word",
    )
    parser.add_argument(
        "--ours-only",
        action="store_true",
        help="skip the plain faster-whisper sessions (peak RSS runs)",
    )
    parser.add_argument(
        "--detail",
        action="store_true",
        help="print each turn's text time, voice time and first reply sentence",
    )
    parser.add_argument(
        "--whole-reply",
        action="store_true",
        help="after the first sample, synthesise the rest of each reply as the app does (untimed)",
    )
    parser.add_argument(
        "--rss-marks",
        action="store_true",
        help="resident memory sampled every 5 ms, by phase of the sessions",
    )
    args = parser.parse_args()
    if args.rss_marks:
        MARKS.append(RssMarks().start())
        mark("Qt")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # the app's GUI libraries count towards its RSS

    qt = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        mark("recogniser")
        kit = make_speech_kit(AppConfig(data_dir=folder), speak=False, microphone=False)
        assert kit.load is not None and isinstance(kit.stt, WhisperSpeechToText)
        kit.load()
        stt = kit.stt
        mark("voice loaded and warmed up")
        tts = OfflineTextToSpeech(threads=args.voice_threads)
        tts.start_loading()
        next(iter(tts.synthesize("Warming up.")))
        mark("espeak-ng turns")
        turns = [trim(espeak(t)) for t in TURNS[: args.turns]]
        results: dict[str, list[TurnTiming]] = {}
        modes: list[tuple[str, bool]] = [
            ("push-to-talk", False),
            ("hands-free", True),
            ("push-to-talk, plain", False),
            ("hands-free, plain", True),
        ][: 2 if args.ours_only else 4]
        peak = 0.0
        plain_stt: WhisperSpeechToText | None = None
        for name, hands_free in modes:
            recogniser: SpeechToText = stt
            if name.endswith("plain"):
                if plain_stt is None:  # loaded after the app's sessions: not in their RSS
                    plain_stt = WhisperSpeechToText(WhisperSettings(cpu_threads=2, workers=1))
                    plain_stt.wait_ready()
                recogniser = PlainWhisper(plain_stt)
            for _ in range(args.reps):
                results.setdefault(name, []).extend(
                    session(
                        recogniser,
                        turns,
                        hands_free,
                        folder,
                        tts,
                        args.release_after,
                        args.whole_reply,
                    )
                )
            if not name.endswith("plain"):
                peak = peak_mb()  # the app's own sessions, before the baseline is loaded
                if MARKS and name == "hands-free":
                    MARKS[0].stop()
        kit.close()
        if plain_stt is not None:
            plain_stt.close()
    del qt
    rows, figures = [], {}
    for name, timings in results.items():
        fig = {
            k: round(median([getattr(t, k) for t in timings]), 3)
            for k in ("total", "endpoint", "persona", "app", "stt", "say", "voice")
        }
        figures[name] = fig
        rows.append(
            (
                name,
                len(timings),
                f"{fig['total']:.3f}",
                f"{fig['endpoint']:.3f}",
                f"{fig['persona']:.3f}",
                f"{fig['app']:.3f}",
                f"{max(t.app for t in timings):.3f}",
                f"{fig['stt']:.3f}",
                f"{fig['say']:.3f}",
                f"{fig['voice']:.3f}",
            )
        )
    print(
        f"Voice loop, {args.turns} turns x {args.reps} (median seconds; end of speech -> "
        "first audio sample of the reply):"
    )
    print_table(
        [
            "mode",
            "turns",
            "total",
            "endpoint wait",
            "persona",
            "app share",
            "app share worst",
            "= text",
            "+ store",
            "+ voice",
        ],
        rows,
    )
    if MARKS:
        MARKS[0].print()
    if args.detail:
        for name, timings in results.items():
            for t in timings:
                print(f"{name:20} text {t.stt:.3f} voice {t.voice:.3f}  {t.reply!r}")
    if args.ours_only:
        print(f"peak RSS {peak:.0f} MB (whole process, voice sessions)")
        emit_json(
            {
                "ptt_app_median_s": figures["push-to-talk"]["app"],
                "hands_free_app_median_s": figures["hands-free"]["app"],
                "peak_rss_mb": round(peak),
                "turns": args.turns,
                "reps": args.reps,
                "ours_only": True,
                "whole_reply": args.whole_reply,
            }
        )
        return
    ptt, ptt_plain = figures["push-to-talk"], figures["push-to-talk, plain"]
    hf, hf_plain = figures["hands-free"], figures["hands-free, plain"]
    print(
        f"app share vs plain faster-whisper: push-to-talk {ptt['app'] / ptt_plain['app']:.2f}x, "
        f"hands-free {hf['app'] / hf_plain['app']:.2f}x; peak RSS {peak:.0f} MB (whole "
        "process, voice sessions with both models loaded)"
    )
    print("heard:", " | ".join(t.words for t in results["push-to-talk"][: args.turns]))
    emit_json(
        {
            "ptt_app_median_s": ptt["app"],
            "ptt_plain_app_median_s": ptt_plain["app"],
            "ptt_total_median_s": ptt["total"],
            "hands_free_app_median_s": hf["app"],
            "hands_free_plain_app_median_s": hf_plain["app"],
            "hands_free_endpoint_median_s": hf["endpoint"],
            "hands_free_total_median_s": hf["total"],
            "persona_median_s": ptt["persona"],
            "ptt_ratio_to_plain": round(ptt["app"] / ptt_plain["app"], 2),
            "hands_free_ratio_to_plain": round(hf["app"] / hf_plain["app"], 2),
            "peak_rss_mb": round(peak),
            "turns": args.turns,
            "reps": args.reps,
            "release_after_s": args.release_after,
            "whole_reply": args.whole_reply,
        }
    )


if __name__ == "__main__":
    main()
