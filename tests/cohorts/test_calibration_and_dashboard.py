"""Calibration statistics and dashboard aggregation (pure domain code)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from pydantic import ValidationError

from roleplay.domain.calibration import (
    Pair,
    calibrate,
    describe_kappa,
    exact_agreement,
    weighted_kappa,
    within_one_agreement,
)
from roleplay.domain.cohorts import (
    Cohort,
    Comment,
    Feedback,
    Person,
    Review,
    ReviewStatus,
    Role,
    ScoreOverride,
    Share,
    SharedSession,
    format_delay,
)
from roleplay.domain.dashboard import build_dashboard, week_start
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore

AL, PQ, FD, DP = list(Competency)
NOW = dt.datetime(2025, 3, 20, 12, 0, tzinfo=dt.UTC)  # a Thursday


def pairs(*values: tuple[int, int]) -> list[Pair]:
    return [Pair(scorer=a, facilitator=b) for a, b in values]


def test_perfect_agreement_and_undefined_kappa() -> None:
    same = pairs((1, 1), (2, 2), (3, 3), (4, 4), (5, 5))
    assert weighted_kappa(same) == pytest.approx(1.0)
    assert weighted_kappa(same, "linear") == pytest.approx(1.0)
    assert weighted_kappa(pairs((3, 3), (3, 3))) is None  # chance agreement is already perfect
    assert weighted_kappa([]) is None and exact_agreement([]) is None


def test_linear_kappa_by_hand() -> None:
    # observed disagreement 0.25*1/2, expected 0.25*(1*2)/4: equal, so kappa is 0.
    assert weighted_kappa(pairs((1, 2), (2, 2)), "linear") == pytest.approx(0.0)


def test_quadratic_kappa_matches_the_moment_identity() -> None:
    """Quadratic-weighted kappa = 2 cov(x, y) / (var x + var y + (mean x - mean y)^2)."""
    rng = random.Random(3)
    for _ in range(20):
        xs = [rng.randint(1, 5) for _ in range(25)]
        ys = [max(1, min(5, x + rng.choice((-2, -1, 0, 0, 0, 1)))) for x in xs]
        n = len(xs)
        mx, my = sum(xs) / n, sum(ys) / n
        cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / n
        vx, vy = sum((x - mx) ** 2 for x in xs) / n, sum((y - my) ** 2 for y in ys) / n
        expected = 2 * cov / (vx + vy + (mx - my) ** 2)
        got = weighted_kappa([Pair(scorer=x, facilitator=y) for x, y in zip(xs, ys, strict=True)])
        assert got == pytest.approx(expected)


def test_agreement_rates_and_words() -> None:
    p = pairs((2, 2), (3, 4), (4, 2), (5, 5))
    assert exact_agreement(p) == 0.5 and within_one_agreement(p) == 0.75
    assert describe_kappa(None) == "not defined" and describe_kappa(-0.1) == "worse than chance"
    assert describe_kappa(0.5) == "moderate" and describe_kappa(0.95) == "almost perfect"
    with pytest.raises(ValueError, match=r"1\.\.5"):
        weighted_kappa([Pair.model_construct(scorer=0, facilitator=1)])


def score(levels: dict[Competency, int | None], overall: int = 50) -> SessionScore:
    return SessionScore(rubric_version="r", coder_version="c", overall=overall,
                        competencies=tuple(CompetencyScore(competency=c, score=v)
                                           for c, v in levels.items()))


def shared(sid: str, manager: str, started: dt.datetime, levels: dict[Competency, int | None],
           *, overrides: dict[Competency, int] | None = None, done_after: float | None = None,
           comment_after: float | None = None) -> SharedSession:
    ended = started + dt.timedelta(minutes=20)
    fb_overrides = tuple(
        ScoreOverride(session_id=sid, competency=c, facilitator_id="fay",
                      scorer_score=levels.get(c), score=v, reason="because",
                      at=ended + dt.timedelta(hours=done_after or 1))
        for c, v in (overrides or {}).items())
    comments = () if comment_after is None else (Comment(
        id=f"{sid}-c", session_id=sid, facilitator_id="fay", turn=1, competency=AL, text="ok",
        at=ended + dt.timedelta(hours=comment_after)),)
    review = None if done_after is None else Review(
        session_id=sid, facilitator_id="fay", status=ReviewStatus.DONE,
        done_at=ended + dt.timedelta(hours=done_after))
    return SharedSession(
        share=Share(session_id=sid, manager_id=manager, cohort_id="k", shared_at=ended),
        scenario_id="s", scenario_title="Missed deadlines", started_at=started, ended_at=ended,
        score=score(levels),
        feedback=Feedback(session_id=sid, comments=comments, overrides=fb_overrides,
                          review=review))


def test_calibration_pairs_only_reviewed_sessions() -> None:
    t = NOW - dt.timedelta(days=3)
    sessions = [
        shared("a", "ana", t, {AL: 2, PQ: 4, FD: None, DP: 3}, overrides={AL: 3, FD: 2},
               done_after=5),
        shared("b", "ben", t, {AL: 4, PQ: 4, FD: 3, DP: 1}, done_after=50),
        shared("c", "ben", t, {AL: 1, PQ: 1, FD: 1, DP: 1}),  # not reviewed: left out
    ]
    report = calibrate(sessions)
    assert report.reviewed_sessions == 2
    al = report.for_competency(AL)
    assert (al.n, al.exact, al.within_one, al.overridden) == (2, 0.5, 1.0, 1)
    fd = report.for_competency(FD)  # the scorer did not observe it in "a": not comparable
    assert (fd.n, fd.not_comparable) == (1, 1)
    assert report.overall.n == 7 and report.overall.weights == "quadratic"
    assert calibrate(sessions, "linear").overall.weights == "linear"


def test_dashboard_rows_gaps_cadence_and_pending() -> None:
    people = [Person(id=i, name=i.title(), role=Role.MANAGER) for i in ("ana", "ben", "cy")]
    cohort = Cohort(id="k", name="K", facilitator_id="fay", member_ids=("ana", "ben", "cy"))
    week = dt.timedelta(weeks=1)
    sessions = [
        shared("a1", "ana", NOW - 3 * week, {AL: 2, PQ: 3, FD: 1, DP: None}, done_after=10),
        shared("a2", "ana", NOW - week, {AL: 4, PQ: 3, FD: 2, DP: 4}, overrides={FD: 3},
               done_after=60, comment_after=55),
        shared("b1", "ben", NOW - dt.timedelta(days=4), {AL: 5, PQ: 2, FD: 1, DP: 2}),
        shared("b2", "ben", NOW - dt.timedelta(hours=5), {AL: 5, PQ: 4, FD: 2, DP: 3}),
        shared("x1", "stranger", NOW, {AL: 1, PQ: 1, FD: 1, DP: 1}),  # not a member: ignored
    ]
    dash = build_dashboard(cohort, people, sessions, NOW, weeks=4)
    ana = dash.manager("ana")
    assert ana.sessions == 2 and ana.latest[FD] == 3 and ana.average[FD] == 2.0
    assert ana.latest[DP] == 4 and ana.average[DP] == 4.0  # not observed in a1
    assert ana.strongest == DP and ana.weakest == FD and ana.reviewed == 2
    assert [p.level for p in ana.trend[AL]] == [2, 4]
    assert dash.manager("cy").sessions == 0 and dash.manager("cy").latest[AL] is None
    # Gap map: feedback delivery (latest 3 and 2: shortfall 1.5) is the biggest gap.
    assert [g.competency for g in dash.gaps][:2] == [FD, PQ]
    fd = dash.gaps[0]
    assert (fd.rank, fd.shortfall, fd.average, fd.below_target, fd.observed) == (1, 1.5, 2.5,
                                                                                 2, 2)
    assert dash.gaps[-1].competency == AL and dash.gaps[-1].shortfall == 0.0
    # Cadence: four Monday-based weeks ending this week.
    assert [w.week for w in dash.cadence][-1] == week_start(NOW) == dt.date(2025, 3, 17)
    assert [w.total for w in dash.cadence] == [1, 0, 2, 1]  # b1 was last Sunday
    assert dash.cadence[-1].by_manager == {"ana": 0, "ben": 1, "cy": 0}
    assert ana.sessions_per_week == 0.5
    # Pending reviews, oldest first; older than 48 hours is overdue.
    assert [(p.session_id, p.overdue) for p in dash.pending] == [("b1", True), ("b2", False)]
    assert dash.timeliness.reviewed == 2 and dash.timeliness.within_standard == 1
    assert dash.timeliness.median_hours == 32.5  # first feedback after 10 h and 55 h
    assert dash.shared_sessions == 4


def test_feedback_delay_and_validation() -> None:
    end = NOW
    fb = Feedback(session_id="s", comments=(Comment(
        id="c", session_id="s", facilitator_id="f", turn=0, competency=PQ, text="x",
        at=end + dt.timedelta(hours=50)),), review=Review(
        session_id="s", facilitator_id="f", status=ReviewStatus.DONE,
        done_at=end + dt.timedelta(hours=30)))
    assert fb.time_to_feedback(end) == dt.timedelta(hours=30)
    assert fb.within_standard(end) is True
    assert Feedback(session_id="s").time_to_feedback(end) is None
    assert format_delay(dt.timedelta(minutes=25)) == "25 min"
    assert format_delay(dt.timedelta(hours=49)) == "2 d 1 h"
    with pytest.raises(ValidationError, match="reason"):
        ScoreOverride(session_id="s", competency=AL, facilitator_id="f", score=3, reason="  ")
    with pytest.raises(ValidationError):
        ScoreOverride(session_id="s", competency=AL, facilitator_id="f", score=6, reason="x")
    with pytest.raises(ValidationError, match="finished review"):
        Review(session_id="s", facilitator_id="f", status=ReviewStatus.DONE)
    with pytest.raises(ValidationError, match="twice"):
        Cohort(id="k", name="K", facilitator_id="f", member_ids=("a", "a"))
