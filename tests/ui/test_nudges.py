"""The nudge rules and review helpers are pure: no Qt needed."""

from __future__ import annotations

from roleplay.coaching.metrics import display_metrics
from roleplay.coaching.nudges import NudgeCoach, next_nudge
from roleplay.coaching.review import plan_vs_actual
from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.session import Plan, Turn


def turn(index: int, text: str, *codes: Code, speaker: str = "manager") -> Turn:
    primary = Primary.QUESTION if {Code.OPEN_QUESTION, Code.CLOSED_QUESTION} & set(codes) \
        else Primary.INPUT
    coding = TurnCoding(primary=primary, codes=frozenset(codes)) if speaker == "manager" else None
    return Turn(index=index, speaker=speaker, text=text, coding=coding)  # type: ignore[arg-type]


def convo(*manager: Turn) -> list[Turn]:
    out: list[Turn] = []
    for t in manager:
        out.append(turn(len(out), "ok", speaker="report"))
        out.append(t.model_copy(update={"index": len(out)}))
    return out


def test_three_statements_without_a_question_nudges_to_ask() -> None:
    turns = convo(turn(0, "The export was late.", Code.OBSERVATION),
                  turn(0, "Finance closed by hand.", Code.IMPACT),
                  turn(0, "Dates need to hold.", Code.EXPECTATION))
    nudge = next_nudge(turns)
    assert nudge is not None and nudge.rule == "no_question"
    assert "what they have tried" in nudge.text


def test_a_question_in_the_run_means_no_nudge() -> None:
    turns = convo(turn(0, "The export was late.", Code.OBSERVATION),
                  turn(0, "What happened?", Code.OPEN_QUESTION),
                  turn(0, "Dates need to hold.", Code.EXPECTATION))
    assert next_nudge(turns) is None


def test_labels_are_nudged_first_and_each_rule_fires_once_with_a_cooldown() -> None:
    coach = NudgeCoach()
    turns = convo(turn(0, "You are careless.", Code.LABEL))
    first = coach.after_turn(turns)
    assert first is not None and first.rule == "harsh"
    turns = convo(turn(0, "You are careless.", Code.LABEL), turn(0, "You are lazy.", Code.LABEL))
    assert coach.after_turn(turns) is None  # cooldown, and the rule was used


def test_disabled_coach_is_silent() -> None:
    coach = NudgeCoach(enabled=False)
    assert coach.after_turn(convo(turn(0, "You are careless.", Code.LABEL))) is None


def test_metrics_show_the_scorers_figures_and_dashes_without_a_score() -> None:
    turns = convo(turn(0, "What has been going on?", Code.OPEN_QUESTION),
                  turn(0, "It sounds like a lot.", Code.REFLECTION))
    unscored = {m.key: m for m in display_metrics(turns, {})}
    assert unscored["talk_share"].display == "–" and unscored["rq_ratio"].value is None
    assert unscored["pace_wpm"].display == "typed"
    shown = {m.key: m for m in display_metrics(turns, {
        "manager_talk_share_words": 0.3, "reflection_to_question_ratio": 1.0,
        "longest_monologue_words": 12})}
    assert shown["talk_share"].display == "30%" and shown["rq_ratio"].value == 1.0
    assert shown["longest_monologue"].display == "12 words"


def test_plan_versus_actual() -> None:
    turns = convo(turn(0, "What has been getting in the way lately?", Code.OPEN_QUESTION),
                  turn(0, "Let's agree the fix by Friday.", Code.COMMITMENT))
    plan = Plan(key_message="", questions="What has been getting in the way?\nHow is the team?",
                outcome="A date for the fix")
    checks = plan_vs_actual(plan, turns)
    assert [c.met for c in checks] == [True, False, True]
