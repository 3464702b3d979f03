"""A score as the documented JSON shape, and as a readable report."""

from __future__ import annotations

from typing import Any

from roleplay.domain.scores import COMPETENCY_LABELS, SessionScore


def score_to_json(score: SessionScore) -> dict[str, Any]:
    """``{"turns": [...], "metrics": {...}, "competencies": {...}, "anti_patterns": [...],
    "overall": int, ...}`` with an entry in ``turns`` for every input turn."""
    comps: dict[str, Any] = {}
    for c in score.competencies:
        d = c.model_dump(mode="json", exclude={"competency"})
        d["label"] = COMPETENCY_LABELS[c.competency]
        d["observed"] = c.observed
        comps[c.competency.value] = d
    return {
        "turns": [{"index": t.index, "speaker": t.speaker,
                   "primary": t.primary.value if t.primary else None,
                   "codes": [c.value for c in t.codes]} for t in score.turns],
        "metrics": score.metrics,
        "competencies": comps,
        "anti_patterns": [a.model_dump(mode="json") for a in score.anti_patterns],
        "overall": score.overall,
        "rubric_version": score.rubric_version,
        "coder_version": score.coder_version,
        "conversation_type": score.conversation_type.value if score.conversation_type else None,
        "judge": [v.model_dump(mode="json") for v in score.judge],
        "judge_model": score.judge_model,
        "judge_notice": score.judge_notice,
        "scorer_addressed": list(score.scorer_addressed),
        "coder_agreement": (score.coder_agreement.model_dump(mode="json")
                            if score.coder_agreement else None),
    }


def where_in(turns: tuple[int, ...]) -> str:
    """"turn 3", "turns 3, 5" or "whole conversation"."""
    if not turns:
        return "whole conversation"
    return ("turn " if len(turns) == 1 else "turns ") + ", ".join(str(t) for t in turns)


def _pct(v: Any) -> str:
    return f"{v:.0%}" if isinstance(v, float) else "n/a"


def format_report(score: SessionScore) -> str:
    m = score.metrics
    lines = [f"Overall: {score.overall}/100   (rubric {score.rubric_version}, "
             f"coder {score.coder_version}"
             + (f", {score.conversation_type.value}" if score.conversation_type else "") + ")",
             ""]
    for c in score.competencies:
        head = f"{c.score}/5" if c.score is not None else "not observed"
        lines.append(f"{COMPETENCY_LABELS[c.competency]}: {head}")
        if c.summary:
            lines.append(f"  {c.summary}")
        for ev in c.evidence[:4]:
            mark = "+" if ev.positive else "-"
            lines.append(f"  {mark} turn {ev.turn} ({ev.note}): \"{ev.quote}\"")
        for item in c.went_well[:2]:
            lines.append(f"  went well: {item}")
        for rw in c.try_instead[:2]:
            where = f"turn {rw.turn}" if rw.turn >= 0 else "next time"
            lines.append(f"  try instead ({where}): \"{rw.suggestion}\"")
            if rw.why:
                lines.append(f"    why: {rw.why}")
        lines.append("")
    if score.anti_patterns:
        lines.append("Watch out for:")
        for a in score.anti_patterns:
            lines.append(f"  - {a.label} ({where_in(a.turns)}): {a.note}")
        lines.append("")
    lines.append("Conversation:")
    lines.append(f"  you spoke {_pct(m.get('manager_talk_share_words'))} of the words"
                 + (f", {_pct(m.get('manager_talk_share_time'))} of the time"
                    if m.get("manager_talk_share_time") is not None else "")
                 + f"; longest turn {m.get('longest_monologue_words')} words")
    lines.append(f"  questions {m.get('questions_asked')} (open share "
                 f"{_pct(m.get('open_question_share'))}), reflections {m.get('reflections')}, "
                 f"advice before first question {m.get('advice_before_first_question')}")
    if m.get("manager_words_per_minute") is not None:
        lines.append(f"  pace {m['manager_words_per_minute']:.0f} words/min, fillers "
                     f"{m.get('filler_words')}, pauses left after the report spoke "
                     f"{m.get('silences_after_report')}")
    if score.judge:
        lines.append("")
        lines.append(f"LLM judge ({score.judge_model}):")
        for v in score.judge:
            if v.disagrees:
                lines.append(f"  {COMPETENCY_LABELS[v.competency]}: scorer {v.deterministic}, "
                             f"judge {v.judged} ({v.note})"
                             + (f" - turn {v.quote_turn}: \"{v.quote}\"" if v.quote else ""))
        if not any(v.disagrees for v in score.judge):
            lines.append("  agrees with the deterministic scores")
    elif score.judge_notice:
        lines.append("")
        lines.append(f"LLM judge: {score.judge_notice}")
    if score.scorer_addressed:
        lines.append("")
        lines.append(f"Spoken to the scorer, not to the report ({_turns(score.scorer_addressed)}): "
                     "it earns nothing and no judge may cite it.")
    lines.extend(agreement_lines(score))
    return "\n".join(lines)


def _turns(turns: tuple[int, ...]) -> str:
    return ("turn " if len(turns) == 1 else "turns ") + ", ".join(str(t) for t in turns)


def agreement_lines(score: SessionScore) -> list[str]:
    """The LLM coder's second opinion, in words."""
    a = score.coder_agreement
    if a is None:
        return []
    first, *rest = a.describe()
    return ["", first, *(f"  {line}" for line in rest)]
