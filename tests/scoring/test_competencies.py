"""Competency scores, evidence, anti-patterns, overall, rubric."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, Rubric, SessionScore
from roleplay.domain.session import Transcript
from roleplay.scoring.rubric import load_rubric
from roleplay.scoring.scorer import SessionScorer, score_transcript

from .conftest import GOOD, POOR, transcript

UP = ConversationType.UNDERPERFORMANCE


def _manager_text(t: Transcript, index: int) -> str:
    turn = t.turns[index]
    assert turn.speaker == "manager"
    return turn.text


def test_good_beats_poor_on_every_competency_and_overall() -> None:
    good, poor = score_transcript(GOOD, UP), score_transcript(POOR, UP)
    assert good.overall >= 60 and poor.overall <= 25
    for which in Competency:
        g, p = good.competency(which), poor.competency(which)
        assert g is not None and g.score is not None
        assert p is not None
        assert p.score is None or g.score > p.score, which


def test_evidence_quotes_the_managers_own_words() -> None:
    for t in (GOOD, POOR):
        score = score_transcript(t, UP)
        for c in score.competencies:
            for ev in c.evidence:
                quote = ev.quote.rstrip("…")
                assert quote in _manager_text(t, ev.turn), (c.competency, ev)
            for rw in c.try_instead:
                if rw.turn >= 0:
                    assert rw.original.rstrip("…") in _manager_text(t, rw.turn)


def test_poor_manager_gets_labels_threats_and_fixing_flagged_with_turns() -> None:
    score = score_transcript(POOR, UP)
    flagged = {a.id: a.turns for a in score.anti_patterns}
    assert flagged["labelling"] == (0,)
    assert 4 in flagged["blaming_threatening"]
    assert 2 in flagged["fixing"]
    fb = score.competency(Competency.FEEDBACK_DELIVERY)
    assert fb is not None and fb.score == 1
    assert any(not ev.positive and ev.turn == 0 for ev in fb.evidence)
    assert fb.try_instead and fb.try_instead[0].turn in (0, 4)
    pq = score.competency(Competency.POWERFUL_QUESTIONING)
    assert pq is not None and any("advice" in ev.note for ev in pq.evidence)


def test_good_manager_went_well_and_plan() -> None:
    score = score_transcript(GOOD, UP)
    al = score.competency(Competency.ACTIVE_LISTENING)
    assert al is not None and al.went_well and "It sounds like" in al.went_well[0]
    fb = score.competency(Competency.FEEDBACK_DELIVERY)
    assert fb is not None and fb.score is not None and fb.score >= 4
    notes = {ev.note for ev in fb.evidence}
    assert "specific example" in notes and "clear expectation" in notes
    dp = score.competency(Competency.DEVELOPMENT_PLANNING)
    assert dp is not None and dp.score is not None and dp.score >= 4
    assert not {a.id for a in score.anti_patterns} & {"labelling", "blaming_threatening"}


def test_not_observed_is_none_with_a_reason_never_zero() -> None:
    short = transcript(("manager", "Hi, thanks for coming."), ("report", "Hi."))
    score = score_transcript(short)
    for c in score.competencies:
        if c.competency != Competency.ACTIVE_LISTENING:
            assert c.score is None and not c.observed and c.summary
    assert score_transcript(Transcript()).overall == 0
    nobody_spoke = score_transcript(transcript(("manager", "What happened?")))
    al = nobody_spoke.competency(Competency.ACTIVE_LISTENING)
    assert al is not None and al.score is None


def test_avoiding_the_issue_in_an_underperformance_talk() -> None:
    vague = transcript(*[(s, x) for pair in [
        ("manager", "Thanks for coming in."), ("report", "Sure."),
        ("manager", "So, how's everything?"), ("report", "Fine."),
        ("manager", "Great, great. Anything else on your mind?"), ("report", "No."),
        ("manager", "Okay, good chat."), ("report", "Bye."),
    ] for s, x in [pair]])
    score = score_transcript(vague, UP)
    fb = score.competency(Competency.FEEDBACK_DELIVERY)
    assert fb is not None and fb.score == 1 and "never named" in fb.summary
    assert "avoiding_issue" in {a.id for a in score.anti_patterns}
    career = score_transcript(vague, ConversationType.CAREER)
    fb2 = career.competency(Competency.FEEDBACK_DELIVERY)
    assert fb2 is not None and fb2.score is None


def test_last_week_only_and_activity_not_impact() -> None:
    t = transcript(
        ("manager", "Yesterday you missed the standup and on Monday you sent the deck late."),
        ("report", "I know."),
        ("manager", "Great job working such long hours this week, by the way."),
        ("report", "Thanks."),
    )
    flagged = {a.id for a in score_transcript(t, UP).anti_patterns}
    assert {"last_week_only", "activity_not_impact"} <= flagged


def test_weights_differ_by_conversation_type() -> None:
    rubric = load_rubric()
    up = rubric.weights_for(ConversationType.UNDERPERFORMANCE)
    career = rubric.weights_for(ConversationType.CAREER)
    assert up[Competency.FEEDBACK_DELIVERY] > career[Competency.FEEDBACK_DELIVERY]
    assert set(up) == set(career) == set(Competency)


def test_score_records_versions_and_round_trips_as_json() -> None:
    score = SessionScorer().score_transcript(GOOD, UP)
    assert score.rubric_version == load_rubric().version
    assert score.coder_version == "coder-v2"
    assert score.conversation_type == UP
    again = SessionScore.model_validate_json(score.model_dump_json())
    assert again == score
    assert len(score.turns) == len(GOOD.turns)
    assert score.turns[1].primary is None and score.turns[0].primary is not None


def test_rubric_is_pydantic_with_five_levels_each() -> None:
    rubric = load_rubric()
    assert isinstance(rubric, Rubric)
    assert [c.competency for c in rubric.competencies] == list(Competency)
    for c in rubric.competencies:
        assert [lv.score for lv in c.levels] == [1, 2, 3, 4, 5]
        assert c.looks_for and c.description
    assert {a.id for a in rubric.anti_patterns} >= {
        "fixing", "labelling", "over_softening", "monologuing", "avoiding_issue",
        "last_week_only", "activity_not_impact"}


def test_stored_codes_from_the_same_coder_are_reused() -> None:
    from roleplay.domain.codes import Primary, TurnCoding

    stored = TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION}),
                        coder_version="coder-v2")
    turns = list(GOOD.turns)
    turns[0] = turns[0].model_copy(update={"coding": stored})
    score = score_transcript(Transcript(turns=tuple(turns)))
    assert score.turns[0].primary == Primary.REFLECTION
    other = stored.model_copy(update={"coder_version": "rules-0"})
    turns[0] = turns[0].model_copy(update={"coding": other})
    assert score_transcript(Transcript(turns=tuple(turns))).turns[0].primary == Primary.QUESTION


def test_listening_is_judged_against_what_the_report_could_say() -> None:
    """A scripted report answers in about ten words, so any manager speaks more than half the
    words; a manager who reflects and asks briefly must still reach the top levels, and one who
    says the same things at length must not."""
    report = ["It's been a lot, honestly.", "I keep falling behind on everything.",
              "Yes. I feel like I'm always catching up.", "Maybe. I'm not sure what would help.",
              "That would help. Thank you."]
    brief = ["How have the last few weeks been for you, honestly?",
             "It sounds like it's been a lot more than anyone could see from outside.",
             "So you feel like you're always catching up. What's been the hardest part of it?",
             "It sounds like you've been carrying a lot on your own. What would help most?",
             "So to sum up, it's been heavy and you're behind. Shall we check in on Friday?"]
    padding = (" I want you to know that I have been thinking about this a great deal, and that"
               " I have a lot of thoughts about how the team works and how we plan our sprints.")
    lines: list[tuple[str, str]] = [("report", "Hi. You wanted to talk?")]
    long_lines = list(lines)
    for m, r in zip(brief, report, strict=True):
        lines += [("manager", m), ("report", r)]
        long_lines += [("manager", m + padding * 2), ("report", r)]
    short_score = score_transcript(transcript(*lines), UP)
    long_score = score_transcript(transcript(*long_lines), UP)
    al = short_score.competency(Competency.ACTIVE_LISTENING)
    al_long = long_score.competency(Competency.ACTIVE_LISTENING)
    assert al is not None and al.score is not None and al_long is not None
    assert short_score.metrics["manager_talk_share_words"] > 0.55  # raw share looks talkative
    assert al.score >= 4, al.summary
    assert al_long.score is not None and al_long.score < al.score, al_long.summary
    assert "room to talk" in al.summary and "little room" in al_long.summary


@pytest.mark.parametrize("text", [
    "i need you logged in by nine from monday can you do that or not",
    "I need the rota up by Thursday noon. Is that clear?",
])
def test_a_check_after_an_expectation_keeps_the_expectation(text: str) -> None:
    from roleplay.scoring.coder import default_coder
    from roleplay.scoring.rewrites import rewrite

    rw = rewrite(3, text, default_coder().code(text, "Okay."), "Okay.")
    assert rw is not None and rw.suggestion.startswith("I need ")
    assert rw.suggestion.endswith("What would help you make that happen?")
    assert "can you do that" not in rw.suggestion and "clear" not in rw.suggestion


def test_activity_not_impact_needs_the_reports_activity() -> None:
    """Busyness as the weather ("a busy quarter for everyone") is not the manager judging the
    report on hours; praising their hours is."""
    weather = transcript(
        ("manager", "Thanks for coming in. It has been a busy quarter for everyone, I know."),
        ("report", "It has."),
        ("manager", "On the 12th the export went out without the totals checked."),
        ("report", "Yes."),
    )
    assert "activity_not_impact" not in {a.id for a in score_transcript(weather, UP).anti_patterns}
    hours = transcript(
        ("manager", "Thanks for coming in."),
        ("report", "I have been flat out."),
        ("manager", "You have put in such long hours this month. Great effort."),
        ("report", "Thanks."),
    )
    flagged = score_transcript(hours, UP).anti_patterns
    assert "activity_not_impact" in {a.id for a in flagged}
