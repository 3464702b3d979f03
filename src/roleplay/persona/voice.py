"""The LLM voice: the report's reply from any chat model, streamed, checked, fault-tolerant.

How streaming and checking interact: the model's tokens go through a sentence splitter; each
sentence is checked (``roleplay.persona.checks``) the moment it is complete and only then
released to the caller. So the caller receives the reply one checked sentence at a time (what a
text-to-speech engine wants anyway), and nothing it has shown or spoken ever needs taking back:

- a problem in the first sentence (nothing released yet): the stream is closed (cancelling the
  request) and the reply is generated once more with a corrective instruction; if that fails
  too, the offline scripted line for the mind's state is used instead;
- a problem in a later sentence: the stream is closed and the reply ends after the sentences
  already released, which passed every check and are whole;
- after ``max_sentences`` sentences the stream is closed (short spoken replies).

Faults: a retryable failure (refused connection, timeout, HTTP 429/5xx, malformed response, a
stream cut) before anything was released is retried with backoff; after something was released,
or when retries are used up, ``VoiceError`` is raised, so the engine stores nothing for the
reply, keeps the manager's turn, and the caller can offer a retry.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Literal

from roleplay.domain.base import Frozen
from roleplay.domain.sentences import SentenceSplitter
from roleplay.persona.checks import Finding, Problem, ReplyChecker
from roleplay.persona.offline import pick_line
from roleplay.persona.prompt import build_messages
from roleplay.ports.chat import ChatError, ChatMessage, ChatModel, ChatOptions, RetryPolicy
from roleplay.ports.persona import ReplyRequest, VoiceError

_TERMINATORS = (".", "!", "?", "…", '"', "”", "'", "’", ")")


class ReplyReport(Frozen):
    """What happened while producing one reply (for diagnostics and tests)."""

    outcome: Literal["llm", "fallback"]
    generations: int = 0
    retries: int = 0
    sentences: int = 0
    findings: tuple[Finding, ...] = ()
    truncated: bool = False


class _Progress:
    def __init__(self) -> None:
        self.released = 0
        self.generations = 0
        self.retries = 0
        self.findings: list[Finding] = []
        self.truncated = False


def _chunks(text: str) -> Iterator[str]:
    for i, word in enumerate(text.split(" ")):
        yield word if i == 0 else " " + word


def _alone(held: str, after: str, checker: ReplyChecker) -> Finding | None:
    """A repeat, when the sentence after a held one (a whole earlier reply) fails its check:
    the reply would end there and be only the repeat."""
    if checker.check(checker.clean(after, 1)) is None:
        return None
    return Finding(problem=Problem.REPEAT, sentence=checker.clean(held, 0),
                   detail="the same reply as before")


class LLMVoice:
    """A ``PersonaVoice`` backed by a ``ChatModel`` (e.g. ``OpenAIChatModel``)."""

    kind: Literal["offline", "llm"] = "llm"

    def __init__(
        self,
        model: ChatModel,
        *,
        temperature: float = 0.7,
        max_tokens: int = 160,
        max_sentences: int = 4,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] = time.sleep,
        fallback: Callable[[ReplyRequest], str] = pick_line,
        on_report: Callable[[ReplyReport], None] | None = None,
    ) -> None:
        self.model = model
        self.options = ChatOptions(
            temperature=temperature, max_tokens=max_tokens,
            stop=("\nManager:", "\nYou:", "\nMe:", "\nUser:"),
        )
        self.max_sentences = max_sentences
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._fallback = fallback
        self._on_report = on_report
        self.last_report: ReplyReport | None = None

    @property
    def last_source(self) -> Literal["llm", "offline"] | None:
        """Who actually answered last: the model, or the offline line it fell back to."""
        if self.last_report is None:
            return None
        return "offline" if self.last_report.outcome == "fallback" else "llm"

    @property
    def description(self) -> str:
        return f"LLM {self.model.description}"

    def reply(self, request: ReplyRequest) -> Iterator[str]:
        checker = ReplyChecker(request)
        progress = _Progress()
        correction: Problem | None = None
        for _ in range(2):
            messages = build_messages(request, correction=correction)
            finding = yield from self._generate(messages, checker, progress)
            if progress.released:
                self._report(progress, "llm")
                return
            finding = finding or Finding(problem=Problem.EMPTY, sentence="", detail="no words")
            progress.findings.append(finding)
            correction = finding.problem
        yield from _chunks(self._fallback(request))
        self._report(progress, "fallback")

    def _report(self, progress: _Progress, outcome: Literal["llm", "fallback"]) -> None:
        report = ReplyReport(
            outcome=outcome, generations=progress.generations, retries=progress.retries,
            sentences=progress.released, findings=tuple(progress.findings),
            truncated=progress.truncated,
        )
        self.last_report = report
        if self._on_report is not None:
            self._on_report(report)

    def _generate(
        self, messages: Sequence[ChatMessage], checker: ReplyChecker, progress: _Progress
    ) -> Generator[str, None, Finding | None]:
        """One generation, retried on transport faults while nothing has been released.

        Returns the finding that stopped it before any sentence was released, else None.
        """
        tries = 0
        while True:
            tries += 1
            progress.generations += 1
            try:
                return (yield from self._stream_checked(messages, checker, progress))
            except ChatError as exc:
                if progress.released:
                    raise VoiceError(
                        f"the reply was cut off part-way ({exc.message}); try again",
                        retryable=True,
                    ) from exc
                if not exc.retryable:
                    raise VoiceError(exc.message, retryable=False) from exc
                if tries >= self.retry.attempts:
                    times = "once" if tries == 1 else f"{tries} times"
                    raise VoiceError(
                        f"{exc.message} (tried {times}); try again", retryable=True
                    ) from exc
                progress.retries += 1
                self._sleep(self.retry.delay(tries, exc))

    def _stream_checked(
        self, messages: Sequence[ChatMessage], checker: ReplyChecker, progress: _Progress
    ) -> Generator[str, None, Finding | None]:
        stream = self.model.stream(messages, self.options)
        try:
            splitter = SentenceSplitter()
            # A first sentence that was a whole earlier reply ("Hi.") waits for the next one:
            # if the reply is only that, it is a repeat.
            held: str | None = None
            for delta in stream:
                for raw in splitter.feed(delta):
                    if held is None and not progress.released and checker.said_as_reply(raw):
                        held = raw
                        continue
                    if held is not None and not checker.speakable(checker.clean(raw, 1)):
                        continue  # "..." after it says nothing more
                    if held is not None and (alone := _alone(held, raw, checker)) is not None:
                        return alone
                    batch, held = ([raw] if held is None else [held, raw]), None
                    stop, finding = yield from self._release(batch, checker, progress)
                    if stop:
                        return finding
            tail = splitter.flush()
            if tail and getattr(stream, "finish_reason", None) == "length":
                last = tail[-1]
                if not last.endswith(_TERMINATORS) and (
                        progress.released or held is not None or len(tail) > 1):
                    tail = tail[:-1]  # cut off by max_tokens mid-sentence
                    progress.truncated = True
            rest = tail if held is None else [held, *tail]
            spoken = [r for r in rest if checker.speakable(checker.clean(r, 1))]
            whole = not progress.released and len(spoken) == 1  # the reply is this sentence
            if held is not None and len(spoken) > 1 and (
                    alone := _alone(held, spoken[1], checker)) is not None:
                return alone
            return (yield from self._release(rest, checker, progress, whole=whole))[1]
        finally:
            stream.close()

    def _release(
        self, raws: Sequence[str], checker: ReplyChecker, progress: _Progress, *,
        whole: bool = False,
    ) -> Generator[str, None, tuple[bool, Finding | None]]:
        """Vet and yield sentences; (True, finding or None) when the reply must stop."""
        for raw in raws:
            finding, text = self._vet(raw, checker, progress, whole=whole)
            if finding is not None or text is None:
                return True, finding
            if text:
                yield text
            if progress.released >= self.max_sentences:
                return True, None
        return False, None

    def _vet(
        self, raw: str, checker: ReplyChecker, progress: _Progress, *, whole: bool = False
    ) -> tuple[Finding | None, str | None]:
        """(finding that stops the reply, None) or (None, text to release; "" to skip)."""
        sentence = checker.clean(raw, progress.released)
        if not checker.speakable(sentence):
            return None, ""
        finding = checker.check(sentence, whole=whole)
        if finding is not None:
            if progress.released:
                progress.findings.append(finding)
                progress.truncated = True
                return None, None
            return finding, None
        progress.released += 1
        return None, sentence if progress.released == 1 else " " + sentence
