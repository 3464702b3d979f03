"""The persona mind: a pure state machine over trust, defensiveness and openness.

The manager's coded moves drive it; the voice (offline lines or an LLM) only puts the resulting
state into words. Every step records a trace entry saying what it saw and why it moved, so the
report's behaviour is explainable ("what they were thinking") and can be restored on rewind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from pydantic import Field

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import Difficulty, RevealConditions, Scenario, Temperament

HINT = "hint"
ROOT_CAUSE = "root_cause"


class Mood(StrEnum):
    HOSTILE = "hostile"
    DEFENSIVE = "defensive"
    GUARDED = "guarded"
    WARMING = "warming"
    COLLABORATIVE = "collaborative"


class MindParams(Frozen):
    """How a persona reacts; difficulty sets these, not only a label."""

    trust_gain: float = 1.0
    trust_loss: float = 1.0
    defensiveness_gain: float = 1.0
    defensiveness_relief: float = 1.0
    repair_bonus: float = 6.0
    reveal_trust: int = 60
    reveal_max_defensiveness: int = 35
    reveal_openness: int = 50
    hint_margin: int = 15
    hostile_at: int = 70
    defensive_at: int = 50
    warming_at: int = 50


DIFFICULTY_PARAMS: dict[Difficulty, MindParams] = {
    Difficulty.EASY: MindParams(
        trust_gain=1.3, trust_loss=0.8, defensiveness_gain=0.8, defensiveness_relief=1.3,
        repair_bonus=8.0, reveal_trust=55, reveal_max_defensiveness=40, reveal_openness=45,
    ),
    Difficulty.MEDIUM: MindParams(),
    Difficulty.HARD: MindParams(
        trust_gain=0.8, trust_loss=1.3, defensiveness_gain=1.3, defensiveness_relief=0.8,
        repair_bonus=5.0, reveal_trust=66, reveal_max_defensiveness=32, reveal_openness=55,
    ),
}

# (trust, defensiveness, openness) at the start of the meeting, by temperament.
TEMPERAMENT_START: dict[Temperament, tuple[float, float, float]] = {
    Temperament.DEFENSIVE: (35, 45, 25),
    Temperament.QUIET: (35, 25, 15),
    Temperament.CHARMING: (45, 30, 20),
    Temperament.ANXIOUS: (30, 35, 30),
    Temperament.ANGRY: (25, 62, 20),
}

# Per code: (trust, defensiveness, openness) deltas and the reason in plain words.
EFFECTS: dict[Code, tuple[float, float, float, str]] = {
    Code.OPEN_QUESTION: (4, -2, 8, "an open question invited me to explain"),
    Code.CLOSED_QUESTION: (0, 1, -2, "a yes/no question left little room"),
    Code.REFLECTION: (8, -6, 8, "I felt heard"),
    Code.AFFIRMATION: (5, -4, 3, "my effort was recognised"),
    Code.SUMMARY: (4, -3, 3, "they pulled together what I said"),
    Code.OBSERVATION: (3, 2, 2, "a specific, fair example: uncomfortable but hard to dispute"),
    Code.IMPACT: (1, 2, 0, "I heard why it matters"),
    Code.EXPECTATION: (1, 2, 0, "the bar was made clear"),
    Code.INFORMATION: (0, 0, 0, "they gave me information"),
    Code.ADVICE: (-3, 6, -6, "they jumped to fixing it before understanding"),
    Code.LABEL: (-12, 18, -10, "I was judged as a person"),
    Code.BLAME: (-10, 15, -8, "I was blamed"),
    Code.THREAT: (-15, 22, -12, "I felt threatened"),
    Code.SOFTENER: (0, -1, 0, "it was softened"),
    Code.COMMITMENT: (2, 0, 2, "a concrete next step"),
    Code.FOLLOW_UP: (3, 0, 1, "they care enough to follow up"),
    Code.SUPPORT_OFFER: (6, -4, 4, "support was offered"),
}

NEGATIVE = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})
REPAIR = frozenset({Code.REFLECTION, Code.AFFIRMATION, Code.SUPPORT_OFFER, Code.SUMMARY})

# A judgement, blame or a threat is answered first, in any mood (worst first).
NEGATIVE_PRIORITY: tuple[Code, ...] = (Code.THREAT, Code.BLAME, Code.LABEL)
# Which move a scripted reaction answers first when several are present.
REACTION_PRIORITY: tuple[Code, ...] = (
    Code.ADVICE, Code.OBSERVATION, Code.EXPECTATION, Code.SOFTENER, Code.REFLECTION,
    Code.SUPPORT_OFFER, Code.SUMMARY, Code.FOLLOW_UP, Code.AFFIRMATION, Code.OPEN_QUESTION,
    Code.CLOSED_QUESTION,
)

# A turn that makes room for them to say more: an earlier invitation to tell the cause counts on it
MAKES_ROOM = frozenset({Code.OPEN_QUESTION, Code.REFLECTION, Code.SUMMARY, Code.SUPPORT_OFFER})
# ...and one that turns to the plan, whatever room it also makes: the earlier invitation waits
CLOSES = frozenset({Code.COMMITMENT, Code.FOLLOW_UP, Code.EXPECTATION})

LECTURE_WORDS = 90
INTERROGATION_STREAK = 3


class MindState(Frozen):
    trust: float = Field(ge=0, le=100)
    defensiveness: float = Field(ge=0, le=100)
    openness: float = Field(ge=0, le=100)
    revealed: tuple[str, ...] = ()
    manager_turns: int = 0
    seen: tuple[Code, ...] = Field(default=(), description="Codes seen so far, first-seen order.")
    closed_streak: int = 0
    turns_without_follow_up: int = 0
    invitation_standing: bool = Field(
        default=False, description="An explicit invitation to tell what is behind it was made "
        "and not withdrawn by a judgement since; it counts once the hint is out.")


class TraceEntry(Frozen):
    """One step of the mind: what it saw in a manager turn, and how it moved."""

    turn: int = Field(description="Index of the manager turn in the transcript.")
    moves: tuple[Code, ...]
    primary: Primary | None = None
    trust_before: float
    defensiveness_before: float
    openness_before: float
    trust: float
    defensiveness: float
    openness: float
    revealed: tuple[str, ...]
    newly_revealed: tuple[str, ...] = ()
    mood: Mood
    reply_key: str
    reaction: Code | None = None
    reasons: tuple[str, ...] = ()
    invited: bool = Field(default=False, description="The turn explicitly invited them to tell "
                          "what is behind it (roleplay.domain.invitations).")


def _standing(was: bool, invited: bool, moves: Iterable[Code], revealed: Sequence[str]) -> bool:
    """An invitation to tell the cause stands from the turn that makes it until a judgement
    (label, blame, threat) withdraws it or the cause is told."""
    return (was or invited) and not set(moves) & NEGATIVE and ROOT_CAUSE not in revealed


def _clamp(value: float) -> float:
    return round(max(0.0, min(100.0, value)), 1)


def mood_of(state: MindState, params: MindParams) -> Mood:
    if state.defensiveness >= params.hostile_at:
        return Mood.HOSTILE
    if state.defensiveness >= params.defensive_at:
        return Mood.DEFENSIVE
    if ROOT_CAUSE in state.revealed:
        return Mood.COLLABORATIVE
    if state.trust >= params.warming_at:
        return Mood.WARMING
    return Mood.GUARDED


class PersonaMind:
    """Holds the current state for one scenario and advances it one manager turn at a time."""

    def __init__(self, scenario: Scenario, params: MindParams | None = None) -> None:
        self.scenario = scenario
        self.params = params or DIFFICULTY_PARAMS[scenario.difficulty]
        trust, defensiveness, openness = TEMPERAMENT_START[scenario.persona.temperament]
        self.initial = MindState(trust=trust, defensiveness=defensiveness, openness=openness)
        self.state = self.initial
        self.trace: list[TraceEntry] = []

    @property
    def conditions(self) -> RevealConditions:
        return self.scenario.persona.hidden_root_cause.reveal_when

    @property
    def mood(self) -> Mood:
        return mood_of(self.state, self.params)

    @classmethod
    def restore(cls, scenario: Scenario, trace: Sequence[TraceEntry]) -> PersonaMind:
        """Rebuild the mind after the given trace entries (used to resume and to rewind)."""
        mind = cls(scenario)
        for entry in trace:
            mind.state = mind._replay(entry)
            mind.trace.append(entry)
        return mind

    def _replay(self, entry: TraceEntry) -> MindState:
        state = self.state
        seen = list(state.seen) + [m for m in entry.moves if m not in state.seen]
        closed_only = (
            Code.CLOSED_QUESTION in entry.moves and Code.OPEN_QUESTION not in entry.moves
        )
        return state.model_copy(update={
            "trust": entry.trust, "defensiveness": entry.defensiveness,
            "openness": entry.openness, "revealed": entry.revealed,
            "manager_turns": state.manager_turns + 1, "seen": tuple(seen),
            "closed_streak": state.closed_streak + 1 if closed_only else 0,
            "turns_without_follow_up": 0 if Code.FOLLOW_UP in entry.moves
            else state.turns_without_follow_up + 1,
            "invitation_standing": _standing(state.invitation_standing, entry.invited,
                                             entry.moves, entry.revealed),
        })

    def reveal_thresholds(self) -> tuple[float, float, float]:
        c = self.conditions
        return (
            c.min_trust if c.min_trust is not None else self.params.reveal_trust,
            c.max_defensiveness if c.max_defensiveness is not None
            else self.params.reveal_max_defensiveness,
            c.min_openness if c.min_openness is not None else self.params.reveal_openness,
        )

    def may_reveal(self, state: MindState | None = None) -> bool:
        """Whether the hidden root cause may be disclosed in the given (default: current) state."""
        s = state or self.state
        min_trust, max_def, min_open = self.reveal_thresholds()
        return (
            s.trust >= min_trust and s.defensiveness <= max_def and s.openness >= min_open
            and s.manager_turns >= self.conditions.min_manager_turns
            and all(code in s.seen for code in self.conditions.requires)
        )

    def _may_hint(self, s: MindState) -> bool:
        min_trust, max_def, min_open = self.reveal_thresholds()
        m = self.params.hint_margin
        return s.trust >= min_trust - m and s.defensiveness <= max_def + m and (
            s.openness >= min_open - m
        )

    def told_when_invited(self, s: MindState, moves: Iterable[Code]) -> bool:
        """Whether an explicit invitation to tell what is behind it ("If something happened
        that made you feel you need this protection, you can tell me, and it stays with me.")
        opens the reveal now: they have let slip there is more, the manager has made the moves
        the scenario requires and the meeting is far enough in, they are within the hint's
        margin of ready, and the same turn neither judges them nor jumps to fixing it. A report
        nearly ready tells it when so asked; a bare "Is everything okay at home?" is no such
        invitation, and a report far from ready (a typical or poor manager's) is not moved."""
        move_set = set(moves)
        return (
            HINT in s.revealed and self._may_hint(s)
            and s.manager_turns >= self.conditions.min_manager_turns
            and all(code in s.seen for code in self.conditions.requires)
            and not move_set & (NEGATIVE | {Code.ADVICE})
        )

    def told_when_invited_before(self, s: MindState, moves: Iterable[Code]) -> bool:
        """Whether an invitation made before the hint, still standing, opens the reveal now
        that the hint is out: a skilled manager who invites early ("Before anything else: if
        something happened in the reorg, you can tell me, and it stays between us.") is not
        asked to invite again. It counts as the invitation of this turn would
        (``told_when_invited``), on a turn that makes room for it again: it asks openly, says
        back what they said or offers support, and does not turn to the plan (no step, meeting
        or expectation in it)."""
        move_set = set(moves)
        return s.invitation_standing and bool(move_set & MAKES_ROOM) and not (
            move_set & CLOSES) and self.told_when_invited(s, moves)

    def observe(
        self, turn: int, coding: TurnCoding, word_count: int = 0, *, invited: bool = False,
        in_passing: bool = False,
    ) -> TraceEntry:
        """Advance the mind by one manager turn and return the trace entry.

        ``invited``: the turn explicitly invites them to tell what is behind it
        (``roleplay.domain.invitations.invites_the_cause``), which may open the reveal a little
        before trust alone would (``told_when_invited``). ``in_passing``: the turn is only a
        greeting, small talk or the talk put off to a meeting with no day
        (``roleplay.domain.invitations.only_in_passing``): the state moves as coded, but the
        hint and the cause wait for a turn that talks with them."""
        p, before = self.params, self.state
        moves = tuple(c for c in Code if c in coding.codes)  # stable order
        reasons: list[str] = []
        negative = any(c in NEGATIVE for c in moves)
        d_trust = d_def = d_open = 0.0
        for code in moves:
            t, d, o, why = EFFECTS[code]
            if negative and code not in NEGATIVE and t > 0:
                t, d, o = t / 2, d / 2, o / 2  # kind words next to a label ring hollow
            d_trust += t
            d_def += d
            d_open += o
            reasons.append(f"{code.value}: {why}")

        closed_only = Code.CLOSED_QUESTION in moves and Code.OPEN_QUESTION not in moves
        streak = before.closed_streak + 1 if closed_only else 0
        told_and_warm = (ROOT_CAUSE in before.revealed and not negative
                         and mood_of(before, p) in (Mood.WARMING, Mood.COLLABORATIVE))
        if streak >= INTERROGATION_STREAK and told_and_warm:
            # after the telling, met kindly, yes/no questions about it ("Are you getting enough
            # sleep?", "Would a later start help?") are care, clumsily put: they close the talk
            # down a little but put nobody on the defensive (fifty-ninth pass: a collaborative
            # report turned defensive after five such questions and said no to a later start)
            d_open -= 2
            reasons.append("yes/no question after yes/no question: I'd rather just talk")
        elif streak >= INTERROGATION_STREAK:
            d_def += 5
            d_open -= 4
            reasons.append("question after yes/no question: it feels like an interrogation")
        if word_count >= LECTURE_WORDS and coding.primary != Primary.QUESTION:
            d_open -= 5
            d_def += 2
            reasons.append("a long speech: I stopped listening and waited for it to end")

        mood_before = mood_of(before, p)
        repaired = (
            mood_before in (Mood.HOSTILE, Mood.DEFENSIVE) and not negative
            and any(c in REPAIR for c in moves)
        )
        if repaired:
            d_def -= p.repair_bonus
            d_trust += p.repair_bonus / 2
            reasons.append("they acknowledged how I feel; I can calm down a little")
        elif not negative and not moves:
            reasons.append("nothing in that changed how I feel")
        if not negative and d_def <= 0:
            d_def -= 1  # tension eases slowly when nothing provokes it
        if negative:  # kind words beside a label, blame or a threat never make up for it
            d_trust = min(d_trust, 0.0)
            d_def = max(d_def, 0.0)
            d_open = min(d_open, 0.0)

        follow = self.scenario.follows is not None
        no_follow_turns = 0 if Code.FOLLOW_UP in moves else before.turns_without_follow_up + 1
        if follow and no_follow_turns == 3 and ROOT_CAUSE not in before.revealed:
            d_trust -= 3
            reasons.append("they haven't asked about what we agreed last time")

        trust = _clamp(before.trust + d_trust * (p.trust_gain if d_trust > 0 else p.trust_loss))
        defensiveness = _clamp(
            before.defensiveness
            + d_def * (p.defensiveness_gain if d_def > 0 else p.defensiveness_relief)
        )
        openness = _clamp(before.openness + d_open * (p.trust_gain if d_open > 0 else p.trust_loss))
        seen = tuple(before.seen) + tuple(m for m in moves if m not in before.seen)
        state = MindState(
            trust=trust, defensiveness=defensiveness, openness=openness,
            revealed=before.revealed, manager_turns=before.manager_turns + 1, seen=seen,
            closed_streak=streak, turns_without_follow_up=no_follow_turns,
            invitation_standing=before.invitation_standing,
        )

        newly: list[str] = []
        if ROOT_CAUSE not in state.revealed and not negative:
            if HINT in state.revealed and self.may_reveal(state):
                newly.append(ROOT_CAUSE)
                reasons.append("I trust them enough now to say what is really going on")
            elif invited and self.told_when_invited(state, moves):
                newly.append(ROOT_CAUSE)
                reasons.append("they asked me, kindly, what is behind it: I can tell them now")
            elif self.told_when_invited_before(state, moves):
                newly.append(ROOT_CAUSE)
                reasons.append("they said earlier I could tell them what is behind it, and "
                               "they are still listening: I can tell them now")
            elif HINT not in state.revealed and self._may_hint(state):
                newly.append(HINT)
                reasons.append("I let slip that there is more to it")
        if newly and in_passing:  # (one was given, with its one reason: both taken back)
            newly = []
            reasons[-1] = "that was said in passing: not the moment to bring it up"
        if newly:
            state = state.model_copy(update={"revealed": state.revealed + tuple(newly)})
        state = state.model_copy(update={"invitation_standing": _standing(
            before.invitation_standing, invited, moves, state.revealed)})

        self.state = state
        key, reaction = self._reply_key(state, moves, newly, repaired)
        entry = TraceEntry(
            turn=turn, moves=moves, primary=coding.primary,
            trust_before=before.trust, defensiveness_before=before.defensiveness,
            openness_before=before.openness, trust=state.trust,
            defensiveness=state.defensiveness, openness=state.openness,
            revealed=state.revealed, newly_revealed=tuple(newly), mood=mood_of(state, p),
            reply_key=key, reaction=reaction, reasons=tuple(reasons), invited=invited,
        )
        self.trace.append(entry)
        return entry

    def _reply_key(
        self, state: MindState, moves: Iterable[Code], newly: Sequence[str], repaired: bool
    ) -> tuple[str, Code | None]:
        if ROOT_CAUSE in newly:
            return "reveal", None
        if HINT in newly:
            return "hint", None
        move_set = set(moves)
        for code in NEGATIVE_PRIORITY:  # answered as such whatever the mood; never with "repair"
            if code in move_set and self.scenario.lines.reactions.for_code(code):
                return "reaction", code
        mood = mood_of(state, self.params)
        if mood in (Mood.HOSTILE, Mood.DEFENSIVE):
            return ("repair" if repaired else mood.value), None
        if ROOT_CAUSE in state.revealed:
            if move_set & {Code.COMMITMENT, Code.FOLLOW_UP}:  # something concrete to agree to
                return "agreeing", None
            return "collaborative", None
        for code in REACTION_PRIORITY:
            if code in move_set and self.scenario.lines.reactions.for_code(code):
                return "reaction", code
        return mood.value, None
