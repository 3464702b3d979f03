"""Start a session, add manager turns, get the report's replies, rewind, end.

Every turn is committed to the store the moment it exists: the manager's turn before the
report is even asked to reply, and the reply only once it is complete.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence

from roleplay.domain.codes import Code, TurnCoding
from roleplay.domain.invitations import invites_the_cause, only_in_passing, praise_then_fault
from roleplay.domain.mind import PersonaMind, TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import (
    ManagerProfile,
    Mode,
    Plan,
    Session,
    SessionStatus,
    Turn,
    Word,
    utcnow,
)
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.persona import PersonaVoice, ReplyRequest, VoiceError
from roleplay.ports.store import SessionStore

# What the report hears in a coded manager turn (scoring.listening.as_heard): the persona mind
# reads this, the stored turn keeps the coder's own coding.
Hears = Callable[[Session, str, TurnCoding], TurnCoding]


def new_session_id() -> str:
    return uuid.uuid4().hex[:12]


class ReplyFailed(Exception):
    """The report could not answer. The manager's turn is saved; retry with report_reply()."""

    def __init__(self, message: str, partial: str = "", retryable: bool = True) -> None:
        super().__init__(message)
        self.message = message
        self.partial = partial
        self.retryable = retryable


class SessionEngine:
    def __init__(
        self,
        store: SessionStore,
        coder: BehaviourCoder,
        voice: PersonaVoice,
        session: Session,
        mind: PersonaMind,
        hears: Hears | None = None,
    ) -> None:
        self.store = store
        self.coder = coder
        self.voice = voice
        self.session = session
        self.mind = mind
        self.hears = hears

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        store: SessionStore,
        coder: BehaviourCoder,
        voice: PersonaVoice,
        scenario: Scenario,
        *,
        manager: ManagerProfile | None = None,
        mode: Mode = Mode.PRACTICE,
        plan: Plan | None = None,
        session_id: str | None = None,
        hears: Hears | None = None,
    ) -> SessionEngine:
        """Create and store a session; the report opens with the scenario's opening line."""
        opening = Turn(index=0, speaker="report", text=scenario.opening.report_line,
                       source="scripted")
        session = Session(
            id=session_id or new_session_id(), scenario=scenario,
            manager=manager or ManagerProfile(), mode=mode, plan=plan or Plan(),
            voice=voice.description, turns=(opening,),
        )
        store.create(session)
        return cls(store, coder, voice, session, PersonaMind(scenario), hears)

    @classmethod
    def resume(
        cls, store: SessionStore, coder: BehaviourCoder, voice: PersonaVoice, session_id: str,
        hears: Hears | None = None,
    ) -> SessionEngine:
        """Continue a stored session; the mind is restored from its trace."""
        session = store.get(session_id)
        mind = PersonaMind.restore(session.scenario, session.persona_trace)
        return cls(store, coder, voice, session, mind, hears)

    # --- the conversation ---------------------------------------------------------------------

    @property
    def awaiting_reply(self) -> bool:
        """True when the last turn is the manager's: the report still owes a reply."""
        return bool(self.session.turns) and self.session.turns[-1].speaker == "manager"

    @property
    def ended(self) -> bool:
        return self.session.status == SessionStatus.ENDED

    def manager_says(
        self,
        text: str,
        *,
        source: str = "typed",
        start: float | None = None,
        end: float | None = None,
        words: Sequence[Word] = (),
        audio_ref: str | None = None,
    ) -> tuple[Turn, TraceEntry]:
        """Code the turn, move the mind, and commit both before anything else happens."""
        text = " ".join(text.split())
        if not text:
            raise ValueError("a manager turn needs some words")
        if self.ended:
            raise ValueError("this session has ended")
        index = len(self.session.turns)
        context = self.session.transcript.previous_report_text(index)
        coding = self.coder.code(text, context)
        turn = Turn(
            index=index, speaker="manager", text=text, start=start, end=end,
            words=tuple(words), audio_ref=audio_ref,
            source="spoken" if source == "spoken" else "typed", coding=coding,
        )
        heard = coding if self.hears is None else self.hears(self.session, text, coding)
        if Code.AFFIRMATION in heard.codes and praise_then_fault(text):
            # "Your work's good. How you treat people isn't.": the praise only sets up the
            # fault, so it warms nothing (the stored coding is left as the coder gave it)
            heard = heard.model_copy(update={"codes": heard.codes - {Code.AFFIRMATION}})
        entry = self.mind.observe(index, heard, word_count=len(text.split()),
                                  invited=invites_the_cause(text),
                                  in_passing=only_in_passing(text))
        self.store.append_turn(self.session.id, turn, entry)
        self.session = self.session.model_copy(update={
            "turns": (*self.session.turns, turn),
            "persona_trace": (*self.session.persona_trace, entry),
        })
        return turn, entry

    def reply_request(self) -> ReplyRequest:
        return ReplyRequest(
            scenario=self.session.scenario,
            turns=self.session.turns,
            trace=self.session.persona_trace,
            used_lines=tuple(t.text for t in self.session.turns if t.speaker == "report"),
            agreements=self.prior_agreements(),
        )

    def report_reply(self, on_chunk: Callable[[str], None] | None = None) -> Turn:
        """Ask the voice for the report's reply, streaming chunks to ``on_chunk``.

        The reply is stored only when complete; on failure nothing is stored and ReplyFailed
        carries the partial text (for display only) so the caller can offer a retry.
        """
        if not self.awaiting_reply:
            raise ValueError("the report has nothing to reply to")
        request = self.reply_request()
        parts: list[str] = []
        try:
            for chunk in self.voice.reply(request):
                parts.append(chunk)
                if on_chunk is not None:
                    on_chunk(chunk)
        except VoiceError as exc:
            raise ReplyFailed(exc.message, "".join(parts), exc.retryable) from exc
        # A voice may say who really answered (an LLM voice can fall back to an offline line).
        source = self.voice.last_source or ("llm" if self.voice.kind == "llm" else "offline")
        return self.commit_reply("".join(parts), source=source)

    def commit_reply(self, text: str, *, source: str = "offline") -> Turn:
        """Store a complete reply produced elsewhere (e.g. streamed from a reply_request()
        snapshot on a worker thread), in one short step."""
        if not self.awaiting_reply:
            raise ValueError("the report has nothing to reply to")
        text = " ".join(text.split())
        if not text:
            raise ReplyFailed("the report's reply was empty; try again", "")
        turn = Turn(
            index=len(self.session.turns), speaker="report", text=text,
            source="llm" if source == "llm" else "offline",
        )
        self.store.append_turn(self.session.id, turn)
        self.session = self.session.model_copy(update={"turns": (*self.session.turns, turn)})
        return turn

    def update_plan(self, plan: Plan) -> None:
        self.store.update_plan(self.session.id, plan)
        self.session = self.session.model_copy(update={"plan": plan})

    def end(self) -> Session:
        if not self.ended:
            ended_at = utcnow()
            self.store.end(self.session.id, ended_at)
            self.session = self.session.model_copy(
                update={"ended_at": ended_at, "status": SessionStatus.ENDED}
            )
        return self.session

    # --- rewind -------------------------------------------------------------------------------

    def rewind(self, turn_index: int) -> SessionEngine:
        """Start a new attempt that shares the turns before manager turn ``turn_index``.

        The original attempt is kept untouched; the mind is restored from the shared trace.
        """
        turns = self.session.turns
        if not (0 <= turn_index < len(turns)) or turns[turn_index].speaker != "manager":
            raise ValueError(f"turn {turn_index} is not one of the manager's turns")
        kept_trace = tuple(e for e in self.session.persona_trace if e.turn < turn_index)
        root = self.session.parent_id or self.session.id
        attempt = self.session.model_copy(update={
            "id": new_session_id(), "turns": turns[:turn_index], "persona_trace": kept_trace,
            "parent_id": root, "fork_turn": turn_index, "started_at": utcnow(),
            "ended_at": None, "status": SessionStatus.ACTIVE, "voice": self.voice.description,
        })
        self.store.create(attempt)
        mind = PersonaMind.restore(attempt.scenario, kept_trace)
        return SessionEngine(self.store, self.coder, self.voice, attempt, mind, self.hears)

    # --- follow-up meetings -------------------------------------------------------------------

    def prior_agreements(self) -> tuple[str, ...]:
        """What was agreed in the manager's last session of the scenario this one follows."""
        follows = self.session.scenario.follows
        if follows is None:
            return ()
        for summary in self.store.list_sessions(self.session.manager.id):
            if summary.scenario_id != follows.scenario or summary.id == self.session.id:
                continue
            earlier = self.store.get(summary.id)
            agreed = tuple(
                text for t in earlier.turns
                if t.speaker == "manager" and t.coding is not None
                and t.coding.has(Code.COMMITMENT)
                and (text := agreement_of(t.text))
            )
            if agreed:
                return agreed
        return tuple(follows.default_agreements)


_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_LEAD_IN = re.compile(r"^(?:so,? |okay,? |ok,? |right,? |great,? |good,? )*(?:to (?:recap|sum up|"
                      r"summari[sz]e)|let me (?:recap|sum up|summari[sz]e)|so we agree|we agree|"
                      r"agreed|(?:so )?(?:here's |here is )?(?:the|my) (?:plan|proposal)(?: is)?)"
                      r"\s*[:,-]?\s*", re.I)


def agreement_of(turn: str) -> str:
    """What was agreed in a manager's planning turn, as the report would quote it: its
    statements without the questions ("Does that work for you?") and the lead-in ("So to
    recap,"); empty when the turn only asked ("What could you do first, and by when?")."""
    kept = [s for s in _SENTENCES.split(turn.strip()) if s and not s.rstrip().endswith("?")]
    text = " ".join(kept).strip()
    text = _LEAD_IN.sub("", text).strip()
    return text[:1].upper() + text[1:] if text else ""
