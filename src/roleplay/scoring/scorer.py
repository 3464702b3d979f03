"""The scorer: codes every manager turn, measures the conversation, scores the competencies.

Deterministic and offline. An optional judge (``roleplay.scoring.judge``) may then adjust a
competency by at most one level, quoting a turn; the deterministic evidence always stays.
"""

from __future__ import annotations

from collections.abc import Sequence

from roleplay.domain.codes import Code, TurnCoding
from roleplay.domain.scenario import ConversationType, Scenario
from roleplay.domain.scores import CodedTurn, Rubric, SessionScore
from roleplay.domain.session import Session, Transcript, Turn
from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.scoring import Judge, SecondCoder
from roleplay.scoring import competencies as comp
from roleplay.scoring._patterns import addresses_scorer
from roleplay.scoring.anti_patterns import anti_patterns, overall
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.fingerprint import rules_digest
from roleplay.scoring.listening import (
    Reflections,
    disclosed_turns,
    find_disclosures,
    heard_reflections,
    recent_report_text,
)
from roleplay.scoring.metrics import ConversationMetrics, compute_metrics
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.questioning_level import accuses
from roleplay.scoring.rubric import load_rubric
from roleplay.scoring.settle import settle


class SessionScorer:
    """Implements :class:`roleplay.ports.scoring.Scorer`."""

    def __init__(
        self,
        coder: BehaviourCoder | None = None,
        rubric: Rubric | None = None,
        judge: Judge | None = None,
        second_coder: SecondCoder | None = None,
    ) -> None:
        if coder is None:
            from roleplay.scoring.coder import default_coder

            coder = default_coder()
        self.coder = coder
        self.rubric = rubric if rubric is not None else load_rubric()
        self.judge = judge
        self.second_coder = second_coder

    def code_transcript(self, transcript: Transcript) -> dict[int, TurnCoding]:
        """Codes per manager turn. A stored coding from this coder (the one the persona mind
        reacted to) is reused, so the review shows what the report responded to; it is read
        through the firm rules (``settle``) again, since codings stored before a rule existed
        carry the same coder version. Fresh codings come from the coder with the rules applied."""
        mine = [(pos, t) for pos, t in enumerate(transcript.turns) if t.speaker == "manager"]

        def stored(pos: int, t: Turn) -> TurnCoding | None:
            ok = t.coding is not None and t.coding.coder_version == self.coder.version
            return settle(t.text, t.coding, transcript.previous_report_text(pos)) \
                if ok and t.coding is not None else None

        kept = {t.index: stored(pos, t) for pos, t in mine}
        if all(c is not None for c in kept.values()):
            return {i: c for i, c in kept.items() if c is not None}
        fresh = self.coder.code_conversation(
            [(t.text, transcript.previous_report_text(pos)) for pos, t in mine])
        return {t.index: kept[t.index] or c for (_, t), c in zip(mine, fresh, strict=True)}

    def metrics(self, transcript: Transcript) -> ConversationMetrics:
        """The conversation's metrics, with reflections counted as listening credits them."""
        codings = self.code_transcript(transcript)
        mine = moves(transcript, codings)
        return counted(compute_metrics(transcript.turns, codings), heard_reflections(mine), mine)

    def score_transcript(
        self, transcript: Transcript, conversation_type: ConversationType | None = None,
        scenario: Scenario | None = None, disclosed: tuple[int, ...] | None = None,
    ) -> SessionScore:
        """``scenario``, when known, gives the "try instead" lines its dated facts and names;
        ``disclosed`` lists the report turns the persona revealed something on (None: judged
        from the report's words)."""
        score = self.score_deterministic(transcript, conversation_type, scenario, disclosed)
        if self.judge is not None:
            score = self.judge.review(transcript, score, self.rubric)
        if self.second_coder is not None:
            score = self.second_coder.compare(transcript, score)
        return score

    def score_deterministic(
        self, transcript: Transcript, conversation_type: ConversationType | None = None,
        scenario: Scenario | None = None, disclosed: tuple[int, ...] | None = None,
    ) -> SessionScore:
        codings = self.code_transcript(transcript)
        mine = moves(transcript, codings)
        facts = ScenarioFacts.of(scenario)
        # one count of reflections for the metrics, the listening score and its summary
        name = frozenset(facts.name.split()) if facts is not None else frozenset()
        reflections = heard_reflections(mine, name, facts)
        metrics = counted(compute_metrics(transcript.turns, codings), reflections, mine)
        heard = find_disclosures(transcript, mine, disclosed)
        cs = comp.CompetencyScorer(self.rubric, facts, heard, reflections)
        competencies = (
            cs.active_listening(mine, metrics),
            cs.powerful_questioning(mine, metrics, conversation_type),
            cs.feedback_delivery(mine, conversation_type),
            cs.development_planning(mine, conversation_type),
        )
        anti = anti_patterns(self.rubric, mine, metrics, conversation_type, heard,
                             feedback=competencies[2], said_back=frozenset(
                                 ct.index for ct in reflections.credited))
        return SessionScore(
            rubric_version=self.rubric.version,
            coder_version=self.coder.version,
            rules_digest=rules_digest(),
            turns=tuple(
                CodedTurn(
                    index=t.index, speaker=t.speaker,
                    primary=codings[t.index].primary if t.speaker == "manager" else None,
                    codes=tuple(sorted(codings[t.index].codes)) if t.speaker == "manager"
                    else (),
                )
                for t in transcript.turns
            ),
            metrics=metrics.as_dict(),
            competencies=competencies,
            anti_patterns=anti,
            scorer_addressed=tuple(t.index for t in transcript.turns
                                   if t.speaker == "manager" and addresses_scorer(t.text)),
            overall=overall(self.rubric, competencies, anti, conversation_type),
            conversation_type=conversation_type,
        )

    def score(self, session: Session) -> SessionScore:
        """Score a stored or just-finished session (the UI's entry point)."""
        return self.score_transcript(
            session.transcript, session.scenario.type, session.scenario,
            disclosed_turns(session.transcript, session.persona_trace))


def moves(transcript: Transcript, codings: dict[int, TurnCoding]) -> list[ManagerMove]:
    """The manager's turns with their codes and what the report had said before them."""
    return [ManagerMove(turn=t, coding=codings[t.index],
                        context=transcript.previous_report_text(pos),
                        recent=recent_report_text(transcript, pos),
                        said=recent_report_text(transcript, pos, None))
            for pos, t in enumerate(transcript.turns) if t.speaker == "manager"]


def counted(m: ConversationMetrics, reflections: Reflections,
            mine: Sequence[ManagerMove] = ()) -> ConversationMetrics:
    """The metrics with the reflections listening credits (the coder's raw count would say
    "reflections 1" beside "0 of your 7 turns reflected") and the open questions the questioning
    card counts (an interrogation is one that accused, not an open question: "open share 100%"
    stood beside "0 open, 0 closed and 1 that accused")."""
    n = len(reflections.credited)
    accused = sum(1 for ct in mine if ct.has(Code.OPEN_QUESTION) and accuses(ct))
    open_q = m.open_questions - accused
    return m.model_copy(update={
        "reflections": n,
        "reflection_to_question_ratio": n / m.questions_asked if m.questions_asked else None,
        "reflections_per_manager_turn": n / m.manager_turns if m.manager_turns else None,
        "open_questions": open_q,
        "open_question_share": (open_q / (open_q + m.closed_questions)
                                if open_q + m.closed_questions else None),
    })


def score_transcript(
    transcript: Transcript, conversation_type: ConversationType | None = None
) -> SessionScore:
    """Score with the shipped coder and rubric, no judge."""
    return SessionScorer().score_transcript(transcript, conversation_type)
