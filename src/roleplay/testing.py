"""In-package fakes: a scripted manager, a WAV-fed listener, slow and failing voices, a
silent speaker and a preview scorer. Used by `roleplay --demo` and by the tests. No Qt here.

When the speech and persona packages ship their own fakes they are re-exported at the bottom.
"""

from __future__ import annotations

import math
import threading
import time
import wave
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from roleplay.domain.codes import Code
from roleplay.domain.scores import (
    AntiPattern,
    CodedTurn,
    Competency,
    CompetencyScore,
    Evidence,
    Rewrite,
    SessionScore,
)
from roleplay.domain.session import Plan, Session, Turn, Word
from roleplay.ports.persona import PersonaVoice, ReplyRequest, VoiceError

SAMPLE_RATE = 16_000

DEMO_SCENARIO_ID = "missed-deadlines"
DEMO_PLAN = Plan(
    key_message="Three commitments slipped in three weeks; I want to understand why and fix it "
    "together.",
    questions="What has been getting in the way?\nWhat would help you hit the next date?",
    outcome="A date for the retry fix, support she needs, and a check-in next week.",
)
DEMO_SCRIPT: tuple[str, ...] = (
    "Thanks for making the time. I'd like to talk about the last few sprints. "
    "How have they felt from your side?",
    "On Wednesday you missed the ledger design review, and the invoice export shipped a week "
    "late, which meant finance closed the month by hand. Going forward I need you to tell me "
    "before a date slips.",
    "It sounds like it's been a lot, and you've been carrying more than anyone could see.",
    "What's been getting in the way, outside the sprint work too?",
    "I appreciate you telling me that. I'm sorry about your dad. What would help you most right "
    "now?",
    "Let's take you off the support rota for the next three weeks. Can you have the retry fix "
    "done by Friday?",
    "I'll check in with you next Thursday, and tell me before a date slips, not after.",
)


# --- speech: microphone, recogniser, speaker ----------------------------------------------------


@dataclass(frozen=True)
class Utterance:
    """One manager turn as heard (the shape of roleplay.ports.speech.CapturedUtterance)."""

    text: str
    words: tuple[Word, ...] = ()
    pcm16: bytes = b""
    sample_rate: int = SAMPLE_RATE
    error: str | None = None

    @property
    def duration_s(self) -> float:
        return len(self.pcm16) / 2 / self.sample_rate


def _rms(samples: array) -> float:  # type: ignore[type-arg]
    if not samples:
        return 0.0
    return math.sqrt(sum(s * s for s in samples) / len(samples)) / 32768.0


def _tone(seconds: float, amplitude: float = 0.2) -> bytes:
    n = int(seconds * SAMPLE_RATE)
    samples = array("h", (int(amplitude * 32767 * math.sin(2 * math.pi * 180 * i / SAMPLE_RATE)
                              * (0.6 + 0.4 * math.sin(i / 900))) for i in range(n)))
    return samples.tobytes()


def _words(text: str, seconds: float) -> tuple[Word, ...]:
    parts = text.split()
    per = seconds / max(len(parts), 1)
    return tuple(Word(text=w, start=i * per, end=(i + 1) * per) for i, w in enumerate(parts))


class _FakeListener:
    """Common behaviour: run() waits for release (or a pause, hands-free), then "recognises"."""

    def __init__(self, text: str, on_partial: Callable[[str], None] | None, hands_free: bool,
                 word_delay: float, speak_s: float) -> None:
        self.text = text
        self.on_partial = on_partial
        self.hands_free = hands_free
        self.word_delay = word_delay
        self.speak_s = speak_s
        self._done = threading.Event()
        self._cancelled = False
        self._started: float | None = None
        self.words_per_s = 2.5
        self.live_words_per_s = 14.0

    @property
    def level(self) -> float:
        if self._started is None or self._done.is_set():
            return 0.0
        t = time.monotonic() - self._started
        return 0.35 + 0.3 * abs(math.sin(t * 7.0)) * abs(math.sin(t * 2.3 + 1))

    def release(self) -> None:
        self._done.set()

    def cancel(self) -> None:
        self._cancelled = True
        self._done.set()

    def audio(self, seconds: float) -> bytes:
        return _tone(seconds, amplitude=0.15)

    def run(self) -> Utterance:
        self._started = time.monotonic()
        parts = self.text.split()
        shown = 0
        deadline = self._started + self.speak_s if self.hands_free else None
        while not self._done.is_set():  # words appear while the manager is still talking
            if deadline is not None and time.monotonic() >= deadline:
                break
            self._done.wait(0.05)
            due = min(len(parts), int((time.monotonic() - self._started) * self.live_words_per_s))
            if due > shown and self.on_partial is not None and due < len(parts):
                shown = due
                self.on_partial(" ".join(parts[:shown]))
        self._done.set()
        if self._cancelled:
            return Utterance(text="")
        # a scripted manager speaks at a natural pace, whatever the demo's timing
        seconds = max(time.monotonic() - self._started, len(parts) / self.words_per_s)
        for i in range(shown, len(parts)):
            if self.on_partial is not None:
                self.on_partial(" ".join(parts[: i + 1]))
            if self.word_delay:
                threading.Event().wait(self.word_delay)
        return Utterance(text=self.text, words=_words(self.text, seconds),
                         pcm16=self.audio(seconds))


class ScriptedSpeech:
    """A scripted manager: each listener "hears" the next line of the script.

    Use as ``SpeechKit(new_listener=speech, load=speech.load)``.
    """

    description = "scripted manager (demo)"

    def __init__(self, script: Sequence[str] = DEMO_SCRIPT, word_delay: float = 0.03,
                 load_delay: float = 0.0, fail_load: str | None = None) -> None:
        self.script = list(script)
        self.position = 0
        self.word_delay = word_delay
        self.load_delay = load_delay
        self.fail_load = fail_load
        self.listeners: list[_FakeListener] = []

    @property
    def next_line(self) -> str | None:
        return self.script[self.position] if self.position < len(self.script) else None

    def load(self) -> str:
        threading.Event().wait(self.load_delay)
        if self.fail_load:
            raise RuntimeError(self.fail_load)
        return self.description

    def __call__(self, hands_free: bool, on_partial: Callable[[str], None]) -> _FakeListener:
        line = self.next_line or ""
        self.position += 1
        listener = _FakeListener(line, on_partial, hands_free, self.word_delay,
                                 speak_s=0.2 + 0.04 * len(line.split()))
        self.listeners.append(listener)
        return listener


class WavListener(_FakeListener):
    """A listener fed from a 16-bit WAV file: the meter follows the file, the audio is kept, and
    the text comes from ``transcript`` (a stand-in recogniser)."""

    def __init__(self, path: Path, transcript: str,
                 on_partial: Callable[[str], None] | None = None, hands_free: bool = False) -> None:
        with wave.open(str(path), "rb") as wav:
            if wav.getsampwidth() != 2:
                raise ValueError(f"{path}: expected 16-bit PCM")
            channels, rate = wav.getnchannels(), wav.getframerate()
            raw = array("h", wav.readframes(wav.getnframes()))
        self.samples = raw[::channels] if channels > 1 else raw
        self.sample_rate = rate
        super().__init__(transcript, on_partial, hands_free, 0.0,
                         speak_s=len(self.samples) / rate)

    @property
    def level(self) -> float:
        if self._started is None or self._done.is_set():
            return 0.0
        at = int((time.monotonic() - self._started) * self.sample_rate) % max(
            len(self.samples), 1)
        return min(1.0, _rms(self.samples[at:at + self.sample_rate // 20]) * 4)

    def audio(self, seconds: float) -> bytes:
        return self.samples.tobytes()

    def run(self) -> Utterance:
        result = super().run()
        return Utterance(text=result.text, words=result.words, pcm16=result.pcm16,
                         sample_rate=self.sample_rate, error=result.error)


class WavSpeech:
    """Listener factory over one WAV file and its known transcript."""

    description = "WAV-fed microphone"

    def __init__(self, path: Path, transcript: str) -> None:
        self.path, self.transcript = path, transcript
        self.listeners: list[WavListener] = []

    def load(self) -> str:
        return self.description

    def __call__(self, hands_free: bool, on_partial: Callable[[str], None]) -> WavListener:
        listener = WavListener(self.path, self.transcript, on_partial, hands_free)
        self.listeners.append(listener)
        return listener


class SilentSpeaker:
    """Text-to-speech with no sound: "speaks" for a time proportional to the words."""

    description = "Silent speaker (demo)"

    def __init__(self, seconds_per_word: float = 0.0) -> None:
        self.seconds_per_word = seconds_per_word
        self.spoken: list[str] = []
        self._stop = threading.Event()

    def speak(self, text: str) -> None:
        self._stop.clear()
        self.spoken.append(text)
        if self.seconds_per_word:
            self._stop.wait(self.seconds_per_word * len(text.split()))

    def stop(self) -> None:
        self._stop.set()

    def play_file(self, path: Path) -> None:
        self.spoken.append(f"<audio {path.name}>")


# --- persona voices ------------------------------------------------------------------------------


class SlowVoice:
    """Wraps a voice and waits between chunks (on the worker thread), like a slow LLM."""

    def __init__(self, inner: PersonaVoice, chunk_delay: float = 0.05,
                 first_delay: float = 0.0) -> None:
        self.inner = inner
        self.kind: Literal["offline", "llm"] = inner.kind
        self.chunk_delay = chunk_delay
        self.first_delay = first_delay
        self._cancel = threading.Event()

    @property
    def description(self) -> str:
        return self.inner.description

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        self._cancel.wait(self.first_delay)
        for chunk in self.inner.reply(request):
            self._cancel.wait(self.chunk_delay)
            yield chunk

    def cancel(self) -> None:
        self._cancel.set()


@dataclass
class FailingVoice:
    """A voice that fails ``failures`` times (like a lost connection), then defers to ``inner``."""

    inner: PersonaVoice | None = None
    failures: int = 1_000_000
    message: str = "the connection to the language model was lost"
    kind: Literal["offline", "llm"] = "llm"
    calls: int = field(default=0)

    @property
    def description(self) -> str:
        return "test LLM endpoint"

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        self.calls += 1
        if self.calls <= self.failures or self.inner is None:
            yield "Well"
            raise VoiceError(self.message)
        yield from self.inner.reply(request)


# --- scoring -------------------------------------------------------------------------------------

PREVIEW_RUBRIC = "preview-0"

_RELEVANT: dict[Competency, tuple[frozenset[Code], frozenset[Code]]] = {
    Competency.ACTIVE_LISTENING: (frozenset({Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION}),
                                  frozenset({Code.ADVICE})),
    Competency.POWERFUL_QUESTIONING: (frozenset({Code.OPEN_QUESTION}),
                                      frozenset({Code.CLOSED_QUESTION})),
    Competency.FEEDBACK_DELIVERY: (frozenset({Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION}),
                                   frozenset({Code.LABEL, Code.BLAME, Code.THREAT,
                                              Code.SOFTENER})),
    Competency.DEVELOPMENT_PLANNING: (frozenset({Code.COMMITMENT, Code.FOLLOW_UP,
                                                Code.SUPPORT_OFFER}), frozenset()),
}

_TRY_INSTEAD: dict[Code, tuple[str, str]] = {
    Code.CLOSED_QUESTION: ("What has been getting in the way?",
                           "An open question invites them to explain in their own words."),
    Code.ADVICE: ("What have you tried so far?",
                  "Ask before advising: their own idea is the one they will act on."),
    Code.LABEL: ("On 14 October the export shipped a week late. What happened?",
                 "Describe the behaviour and its impact, not the person."),
    Code.BLAME: ("Two dates slipped this month, and finance closed by hand. Help me understand.",
                 "A specific, fair example is hard to dispute and easy to discuss."),
    Code.THREAT: ("I want to help you get back on track. What would make the difference?",
                  "A threat raises defensiveness and shuts the conversation down."),
    Code.SOFTENER: ("I need the dates you commit to to hold.",
                    "Say the expectation plainly; softening makes it easy to miss."),
}


class PreviewScorer:
    """A transparent scorer from the live codes, for the demo and for tests.

    It is not the validated scorer: it exists so the review screen can be built and exercised
    before (and independently of) roleplay.scoring.
    """

    description = "preview scoring from the live behaviour codes"

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay

    def score(self, session: Session) -> SessionScore:
        if self.delay:
            threading.Event().wait(self.delay)
        mine = [t for t in session.turns if t.speaker == "manager" and t.coding is not None]
        comps = tuple(self._competency(c, mine) for c in Competency)
        shown = [c.score if c.score is not None else 1 for c in comps]  # unshown skills count low
        anti = self._anti_patterns(mine)
        overall = round(sum(shown) / len(shown) * 20) if mine else 0
        overall = max(0, overall - 5 * len(anti))
        return SessionScore(
            rubric_version=PREVIEW_RUBRIC, coder_version=mine[0].coding.coder_version
            if mine and mine[0].coding else "none",
            turns=tuple(CodedTurn(index=t.index, speaker=t.speaker,
                                  primary=t.coding.primary if t.coding else None,
                                  codes=tuple(sorted(t.coding.codes)) if t.coding else ())
                        for t in session.turns),
            competencies=comps, anti_patterns=anti, overall=overall,
        )

    @staticmethod
    def _competency(which: Competency, mine: list[Turn]) -> CompetencyScore:
        good, bad = _RELEVANT[which]
        hits = [t for t in mine if t.coding and t.coding.codes & good]
        misses = [t for t in mine if t.coding and t.coding.codes & bad]
        if not hits and not misses:
            return CompetencyScore(competency=which, summary="Not observed in this conversation.")
        score = max(1, min(5, 1 + 2 * len(hits) - len(misses)))
        evidence = tuple(
            Evidence(turn=t.index, quote=t.text, positive=True,
                     note=", ".join(sorted(c.value.replace("_", " ")
                                           for c in (t.coding.codes & good if t.coding
                                                     else frozenset()))))
            for t in hits[:3]
        ) + tuple(Evidence(turn=t.index, quote=t.text, positive=False,
                           note=", ".join(sorted(c.value.replace("_", " ")
                                                 for c in (t.coding.codes & bad if t.coding
                                                           else frozenset()))))
                  for t in misses[:2])
        rewrites = []
        for t in misses[:2]:
            code = next(c for c in bad if t.coding and c in t.coding.codes)
            if code in _TRY_INSTEAD:
                suggestion, why = _TRY_INSTEAD[code]
                rewrites.append(Rewrite(turn=t.index, original=t.text, suggestion=suggestion,
                                        why=why))
        went_well = tuple(f"Turn {t.index}: {', '.join(sorted(c.value.replace('_', ' ') for c in (t.coding.codes & good if t.coding else frozenset())))}"  # noqa: E501
                          for t in hits[:3])
        return CompetencyScore(competency=which, score=score, evidence=evidence,
                               went_well=went_well, try_instead=tuple(rewrites),
                               summary=f"{len(hits)} strong moves, {len(misses)} to rework.")

    @staticmethod
    def _anti_patterns(mine: list[Turn]) -> tuple[AntiPattern, ...]:
        out: list[AntiPattern] = []
        harsh = [t.index for t in mine if t.coding and t.coding.has(Code.LABEL, Code.BLAME,
                                                                     Code.THREAT)]
        if harsh:
            out.append(AntiPattern(id="judging", label="Judging the person", turns=tuple(harsh),
                                   note="Labels, blame or threats raise defensiveness."))
        first_open = next((t.index for t in mine if t.coding and
                           t.coding.has(Code.OPEN_QUESTION)), None)
        early = [t.index for t in mine if t.coding and t.coding.has(Code.ADVICE)
                 and (first_open is None or t.index < first_open)]
        if early:
            out.append(AntiPattern(id="premature_advice", label="Advice before understanding",
                                   turns=tuple(early),
                                   note="Fixing it before asking what is going on."))
        return tuple(out)


# --- re-exports of the adapters' own fakes (loaded on first use: they bring numpy) -------------


def __getattr__(name: str) -> object:
    """``roleplay.testing.speech_fakes`` and ``roleplay.testing.persona_fakes``: the speech and
    persona packages' own fakes, re-exported here (None when a package is not installed)."""
    import importlib

    modules = {"speech_fakes": "roleplay.speech.fakes", "persona_fakes": "roleplay.persona.fakes"}
    if name not in modules:
        raise AttributeError(name)
    try:
        return importlib.import_module(modules[name])
    except ImportError:
        return None
