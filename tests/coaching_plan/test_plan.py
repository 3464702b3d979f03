"""The practice plan follows from the manager's history: baseline then trend per competency, the
weakest one targeted with a scenario of the type that exercises it, a difficulty that follows the
scores, one prompt to try; recaps of real 1:1s feed it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from roleplay.builder import compose, validate_answers
from roleplay.coaching.plan import (
    PROMPTS,
    PracticePlan,
    ScoredSession,
    build_plan,
    history_from_store,
)
from roleplay.coaching.recap import Recap
from roleplay.domain.scenario import ConversationType, Difficulty, Scenario
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

AL, PQ, FD, DP = (Competency.ACTIVE_LISTENING, Competency.POWERFUL_QUESTIONING,
                  Competency.FEEDBACK_DELIVERY, Competency.DEVELOPMENT_PLANNING)
TODAY = dt.date(2026, 11, 24)
START = dt.datetime(2026, 10, 1, 9, tzinfo=dt.UTC)


def scenario(sid: str, kind: ConversationType, difficulty: str = "medium",
             source: str = "bundled", follows: Any = None) -> Scenario:
    data = compose(validate_answers({
        "report_name": "Alex", "role": "Engineer", "tenure": "1 year",
        "conversation_type": kind.value, "topic": sid,
        "examples": [{"date": "2026-11-02", "what_happened": "Missed the Monday deadline again."}],
        "impact": "The team waited.", "temperament": "quiet", "goals": ["Understand"],
        "difficulty": difficulty, "scenario_id": sid,
    }, today=TODAY), rng=random.Random(0)).data
    made = Scenario.model_validate({**data, "source": source})
    return made.model_copy(update={"follows": follows}) if follows else made


CATALOGUE = [
    scenario("under-easy", ConversationType.UNDERPERFORMANCE, "easy"),
    scenario("under-medium", ConversationType.UNDERPERFORMANCE, "medium"),
    scenario("career-easy", ConversationType.CAREER, "easy"),
    scenario("career-medium", ConversationType.CAREER, "medium"),
    scenario("career-hard", ConversationType.CAREER, "hard"),
    scenario("feedback-medium", ConversationType.BEHAVIOUR_FEEDBACK, "medium"),
    scenario("feedback-hard", ConversationType.BEHAVIOUR_FEEDBACK, "hard"),
]


def session(i: int, scores: dict[Competency, int | None], overall: int = 60,
            scenario_id: str = "under-medium", difficulty: str = "medium",
            kind: ConversationType = ConversationType.UNDERPERFORMANCE) -> ScoredSession:
    return ScoredSession(session_id=f"s{i}", scenario_id=scenario_id, scenario_title=scenario_id,
                         type=kind, difficulty=Difficulty(difficulty),
                         started_at=START + dt.timedelta(days=i), overall=overall,
                         scores={c: scores.get(c) for c in Competency})


def plan_for(history: list[ScoredSession], recaps: list[Recap] | None = None,
             scenarios: list[Scenario] | None = None) -> PracticePlan:
    return build_plan(history, scenarios if scenarios is not None else CATALOGUE,
                      recaps or [], today=TODAY)


def test_no_history_starts_with_an_easy_baseline() -> None:
    plan = plan_for([])
    rec = plan.recommendation
    assert plan.sessions_scored == 0 and not plan.baseline_ready
    assert "first few set your baseline" in plan.headline
    assert rec.competency is None and rec.difficulty == Difficulty.EASY
    assert rec.scenario_id == "career-easy" and rec.prompt == "What have you tried so far?"
    assert all(p.direction == "not_observed" for p in plan.profile)


def test_the_weakest_competency_is_targeted() -> None:
    history = [session(i, {AL: 4, PQ: 4, FD: fd, DP: 3}) for i, fd in enumerate([3, 2, 2, 2])]
    plan = plan_for(history)
    rec = plan.recommendation
    assert rec.competency == FD and rec.focus == "Feedback delivery"
    assert rec.type == ConversationType.BEHAVIOUR_FEEDBACK
    assert rec.scenario_id == "feedback-medium"
    assert "lowest recent score (2.0 of 5)" in rec.reason
    assert rec.prompt in {p.text for p in PROMPTS[FD]}


@pytest.mark.parametrize(("weakest", "kind"), [
    (AL, ConversationType.UNDERPERFORMANCE), (PQ, ConversationType.CAREER),
    (FD, ConversationType.BEHAVIOUR_FEEDBACK), (DP, ConversationType.CAREER),
])
def test_each_competency_leads_to_a_type_that_exercises_it(weakest: Competency,
                                                           kind: ConversationType) -> None:
    history = [session(i, {c: (2 if c == weakest else 4) for c in Competency}) for i in range(3)]
    rec = plan_for(history).recommendation
    assert rec.competency == weakest and rec.type == kind
    assert rec.scenario_id is not None and rec.prompt in {p.text for p in PROMPTS[weakest]}


def test_baseline_then_trend() -> None:
    values = [2, 2, 3, 4, 4, 5]
    history = [session(i, {AL: v, PQ: 3, FD: 3, DP: None}) for i, v in enumerate(values)]
    plan = plan_for(history)
    al = next(p for p in plan.profile if p.competency == AL)
    assert (al.baseline, al.recent, al.trend, al.last) == (2.33, 4.33, 2.0, 5)
    assert al.direction == "improving" and al.observed == 6
    pq = next(p for p in plan.profile if p.competency == PQ)
    assert pq.direction == "steady" and pq.trend == 0
    assert "Improving: active listening" in plan.headline
    early = plan_for(history[:2])
    assert all(p.direction in ("new", "not_observed") for p in early.profile)
    assert "baseline forms after 3" in early.headline


def test_a_skill_never_shown_counts_as_a_gap() -> None:
    history = [session(i, {AL: 3, PQ: 3, FD: 3, DP: None}) for i in range(3)]
    plan = plan_for(history)
    dp = next(p for p in plan.profile if p.competency == DP)
    assert dp.direction == "not_observed" and dp.recent is None
    assert plan.recommendation.competency == DP
    assert "has not shown up in your recent rehearsals" in plan.recommendation.reason


def test_ties_go_to_the_lower_baseline() -> None:
    history = [session(0, {AL: 2, PQ: 4, FD: 4, DP: 4}), session(1, {AL: 3, PQ: 3, FD: 4, DP: 4}),
               session(2, {AL: 4, PQ: 3, FD: 4, DP: 4}), session(3, {AL: 3, PQ: 3, FD: 4, DP: 4})]
    # Recent (last three): AL 3.33, PQ 3.0 -> PQ, whatever the baselines.
    assert plan_for(history).recommendation.competency == PQ
    # AL 1,4,4,4,1,4 and PQ 4,3,3,3,4,2: both recent 3.0; AL's baseline (3.0) is lower than
    # PQ's (3.33), so AL goes first.
    tied = [session(i, {AL: al, PQ: pq, FD: 4, DP: 4})
            for i, (al, pq) in enumerate([(1, 4), (4, 3), (4, 3), (4, 3), (1, 4), (4, 2)])]
    plan = plan_for(tied)
    recents = {p.competency: p.recent for p in plan.profile}
    assert recents[AL] == recents[PQ] == 3.0
    assert plan.recommendation.competency == AL


def test_difficulty_follows_the_scores() -> None:
    strong = [session(i, {AL: 4, PQ: 4, FD: 3, DP: 4}, overall=80, difficulty="easy")
              for i in range(2)]
    rec = plan_for(strong).recommendation
    assert rec.difficulty == Difficulty.MEDIUM and rec.scenario_id == "feedback-medium"
    struggling = [session(0, {AL: 2, PQ: 3, FD: 3, DP: 3}, overall=40, difficulty="hard")]
    assert plan_for(struggling).recommendation.difficulty == Difficulty.MEDIUM
    steady = [session(0, {AL: 2, PQ: 3, FD: 3, DP: 3}, overall=60, difficulty="hard")]
    assert plan_for(steady).recommendation.difficulty == Difficulty.HARD


def test_own_scenarios_come_first_then_the_least_practised() -> None:
    own = scenario("my-sam", ConversationType.BEHAVIOUR_FEEDBACK, "medium", source="user")
    history = [session(i, {AL: 4, PQ: 4, FD: 2, DP: 4}) for i in range(3)]
    assert plan_for(history, scenarios=[*CATALOGUE, own]).recommendation.scenario_id == "my-sam"
    practised = [*history, session(9, {AL: 4, PQ: 4, FD: 2, DP: 4},
                                   scenario_id="feedback-medium")]
    two = [*CATALOGUE, scenario("feedback-medium-2", ConversationType.BEHAVIOUR_FEEDBACK)]
    assert plan_for(practised, scenarios=two).recommendation.scenario_id == "feedback-medium-2"


def test_prompts_rotate_between_rehearsals() -> None:
    seen = set()
    for n in range(1, 5):
        history = [session(i, {AL: 4, PQ: 2, FD: 4, DP: 4}) for i in range(n)]
        seen.add(plan_for(history).recommendation.prompt)
    assert seen == {p.text for p in PROMPTS[PQ]}


def recap(hardest: Competency | None, follow_up_id: str | None = None,
          met_on: dt.date = dt.date(2026, 11, 20)) -> Recap:
    return Recap(id="r1", created_at=START, scenario_id="under-medium",
                 scenario_title="Alex", report_name="Alex Smith", met_on=met_on,
                 agreements=("Alex ships the fix by Friday",), hardest=hardest,
                 follow_up_id=follow_up_id)


def test_a_recap_naming_a_hard_skill_feeds_the_plan() -> None:
    history = [session(i, {AL: 3, PQ: 3, FD: 3, DP: 3}) for i in range(3)]
    plan = plan_for(history, [recap(DP)])
    assert plan.recommendation.competency == DP
    assert "named it the hardest part of a real 1:1" in plan.recommendation.reason
    old = recap(DP, met_on=dt.date(2026, 8, 1))
    assert plan_for(history, [old]).recommendation.competency == AL  # too old to count
    assert plan_for([], [recap(FD)]).recommendation.competency == FD


def test_an_unrehearsed_follow_up_comes_first() -> None:
    follows = {"scenario": "under-medium/real-1on1-2026-11-20",
               "default_agreements": ["Alex ships the fix by Friday"]}
    from roleplay.domain.scenario import FollowUp

    follow = scenario("under-medium-followup-20261120", ConversationType.UNDERPERFORMANCE,
                      "hard", source="user", follows=FollowUp.model_validate(follows))
    history = [session(i, {AL: 4, PQ: 4, FD: 2, DP: 4}) for i in range(3)]
    rec = plan_for(history, [recap(None, follow.id)], [*CATALOGUE, follow]).recommendation
    assert rec.follow_up and rec.scenario_id == follow.id
    assert rec.difficulty == Difficulty.HARD  # the follow-up's own
    assert rec.reason.startswith("Before you meet Alex again, rehearse the follow-up to your "
                                 "real 1:1 on 20 November.")
    assert rec.competency == FD  # the focus and prompt still come from the profile
    done = [*history, session(5, {AL: 4, PQ: 4, FD: 2, DP: 4}, scenario_id=follow.id)]
    rec = plan_for(done, [recap(None, follow.id)], [*CATALOGUE, follow]).recommendation
    assert not rec.follow_up and rec.scenario_id == "feedback-medium"


# --- from the real store -----------------------------------------------------------------------

@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteSessionStore]:
    db = SqliteSessionStore(tmp_path / "sessions.sqlite3")
    yield db
    db.close()


def test_plan_from_scored_sessions_in_the_store(store: SqliteSessionStore) -> None:
    seeded = [(CATALOGUE[1], {AL: 4, PQ: 3, FD: 2, DP: 3}, 55),
              (CATALOGUE[3], {AL: 4, PQ: 3, FD: None, DP: 3}, 60),
              (CATALOGUE[5], {AL: 5, PQ: 4, FD: 2, DP: 4}, 65)]
    for sc, scores, overall in seeded:
        engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), sc)
        engine.manager_says("What has been happening from your side?")
        engine.report_reply()
        engine.end()
        store.save_score(engine.session.id, SessionScore(
            rubric_version="test", coder_version="rules-0", overall=overall,
            competencies=tuple(CompetencyScore(competency=c, score=v)
                               for c, v in scores.items())))
    unscored = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), CATALOGUE[0])
    unscored.end()

    history = history_from_store(store)
    assert [h.scenario_id for h in history] == ["under-medium", "career-medium",
                                                "feedback-medium"]
    assert [h.type for h in history] == [ConversationType.UNDERPERFORMANCE,
                                         ConversationType.CAREER,
                                         ConversationType.BEHAVIOUR_FEEDBACK]
    plan = build_plan(history, CATALOGUE, today=TODAY)
    fd = next(p for p in plan.profile if p.competency == FD)
    assert (fd.observed, fd.baseline, fd.recent) == (2, 2.0, 2.0)
    assert plan.recommendation.competency == FD
    assert plan.recommendation.type == ConversationType.BEHAVIOUR_FEEDBACK
    assert plan.baseline_ready
