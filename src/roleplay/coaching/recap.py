"""After the real 1:1: a private recap, and the follow-up scenario it becomes.

The manager notes what was agreed, how the report reacted and what was hard. The follow-up
scenario keeps the persona and the facts, adds the real meeting as a fact, and makes the report
remember the agreements: ``follows.default_agreements`` for the LLM voice (through
``SessionEngine.prior_agreements``) and scripted lines that quote them for the offline voice.

``follows.scenario`` names the *real* meeting (``<scenario id>/real-1on1-<date>``), not the
rehearsed scenario: no rehearsal session ever has that id, so the engine falls back to the
agreements from the real meeting instead of picking up commitments the manager made in a
rehearsal. Pure logic: no files, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code
from roleplay.domain.scenario import (
    Fact,
    FollowUp,
    HiddenRootCause,
    OfflineLines,
    Opening,
    Reactions,
    RevealConditions,
    Scenario,
    Temperament,
)
from roleplay.domain.scores import COMPETENCY_LABELS, Competency
from roleplay.domain.sentences import in_own_words

REAL_MEETING = "real-1on1"
_FOLLOW_UP_SUFFIX = re.compile(r"-followup-\d{8}$")


class RecapInput(BaseModel):
    """What the manager writes after the real meeting (validated with clear field messages)."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    met_on: dt.date = Field(description="When the real 1:1 took place.")
    agreements: list[str] = Field(min_length=1, max_length=8,
                                  description="What you agreed, one per line.")
    reaction: Temperament | None = Field(
        default=None, description="How they came across (sets the follow-up's temperament).")
    how_it_went: str = Field(default="", max_length=1200,
                             description="How the conversation went and how they reacted.")
    hard_part: str = Field(default="", max_length=1200, description="What was hard for you.")
    hardest: Competency | None = Field(
        default=None, description="Which skill felt hardest (feeds your practice plan).")
    learned: str = Field(default="", max_length=1200,
                         description="What you learned about what is behind it (optional).")
    expect_kept: bool = Field(
        default=False,
        description="Rehearse as if the agreements were kept (default: as if they slipped).")
    next_meeting: str = Field(default="", max_length=120,
                              description="When you next meet, e.g. 'Thursday 3 December'.")

    @field_validator("met_on")
    @classmethod
    def _not_future(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        today = (info.context or {}).get("today") or dt.date.today()
        if value > today:
            raise ValueError(f"is in the future ({value.isoformat()}); write the recap after "
                             "the meeting")
        return value

    @field_validator("agreements", mode="before")
    @classmethod
    def _agreement_lines(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [line.strip(" -*\t") for line in value.splitlines() if line.strip(" -*\t")]
        return value

    @field_validator("agreements")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        if any(not item.strip() for item in value):
            raise ValueError("must not contain empty items")
        if any(len(item) > 300 for item in value):
            raise ValueError("keep each agreement under 300 characters")
        return [item.strip() for item in value]


class Recap(Frozen):
    id: str
    created_at: dt.datetime
    session_id: str | None = Field(default=None, description="The rehearsal it follows.")
    scenario_id: str
    scenario_title: str
    report_name: str
    met_on: dt.date
    agreements: tuple[str, ...]
    reaction: Temperament | None = None
    how_it_went: str = ""
    hard_part: str = ""
    hardest: Competency | None = None
    learned: str = ""
    expect_kept: bool = False
    next_meeting: str = ""
    follow_up_id: str | None = None


def make_recap(entry: RecapInput, scenario: Scenario, *, session_id: str | None = None,
               now: dt.datetime | None = None, recap_id: str | None = None) -> Recap:
    recap = Recap(
        id=recap_id or uuid.uuid4().hex[:12], created_at=now or dt.datetime.now(dt.UTC),
        session_id=session_id, scenario_id=scenario.id, scenario_title=scenario.title,
        report_name=scenario.persona.name, met_on=entry.met_on,
        agreements=tuple(entry.agreements), reaction=entry.reaction,
        how_it_went=entry.how_it_went, hard_part=entry.hard_part, hardest=entry.hardest,
        learned=entry.learned, expect_kept=entry.expect_kept, next_meeting=entry.next_meeting,
    )
    return recap.model_copy(update={"follow_up_id": follow_up_id(scenario.id, entry.met_on)})


def follow_up_id(scenario_id: str, met_on: dt.date) -> str:
    base = _FOLLOW_UP_SUFFIX.sub("", scenario_id)
    return f"{base}-followup-{met_on:%Y%m%d}"


def real_meeting_ref(scenario_id: str, met_on: dt.date) -> str:
    return f"{scenario_id}/{REAL_MEETING}-{met_on.isoformat()}"


# --- what might have happened since: the follow-up's hidden cause ------------------------------

class _Complication(Frozen):
    summary: str
    hints: tuple[str, ...]
    reveals: tuple[str, ...]
    collaborative: tuple[str, ...]
    agreeing: tuple[str, ...]
    keywords: tuple[str, ...]


_SLIPPED = (
    _Complication(
        summary="Since the meeting, {name}'s situation has changed; what was agreed fitted then "
                "but no longer does, and {name} is embarrassed to ask for something different "
                "so soon.",
        hints=("It made sense at the time. Things have moved on a bit.",),
        reveals=("Honestly, things have changed since we talked. What we agreed fitted then, but "
                 "it doesn't fit now, and I didn't want to come back and ask for something "
                 "different so soon.",),
        collaborative=("If we could adjust it to how things are now, I think I could stick to it.",
                       "Maybe we keep the part that worked and change the rest.",
                       "I should have said something as soon as it stopped fitting."),
        agreeing=("Okay. The new version, with dates, and I'll say early if it stops working.",
                  "Yes. Same time next week, and I won't cancel it."),
        keywords=("things have changed", "doesn't fit now", "something different"),
    ),
    _Complication(
        summary="{name} agreed to the plan to get out of the room, never believed it would work "
                "and did not feel able to say so.",
        hints=("I said yes to a lot of things in that meeting.",),
        reveals=("If I'm honest, I agreed to it to get out of the room. I didn't believe it would "
                 "work, and I didn't feel I could say so.",),
        collaborative=("What I'd actually commit to is smaller than what we wrote down.",
                       "If I got to suggest the plan this time, I'd believe in it more.",
                       "I can tell you now which part I think will work."),
        agreeing=("Okay. My version, smaller, and I'll actually do it.",
                  "Yes. Let's check in on it next week."),
        keywords=("get out of the room", "didn't believe", "feel i could say"),
    ),
    _Complication(
        summary="Part of the plan depended on someone else, and that never happened; {name} was "
                "waiting on it and kept quiet so as not to look like making excuses.",
        hints=("Some of it wasn't really in my hands.",),
        reveals=("The bit I needed from other people never happened. I was waiting on it and "
                 "didn't want to look like I was making excuses, so I just kept quiet.",),
        collaborative=("If you could help unblock that part, the rest would follow.",
                       "I should have flagged it the day it stalled.",
                       "Maybe I go to them directly, with you copied in."),
        agreeing=("Okay. I'll raise it with them tomorrow and tell you how it went.",
                  "Yes. And I'll tell you the same day if I'm blocked again."),
        keywords=("never happened", "waiting on it", "making excuses"),
    ),
)

_KEPT = (
    _Complication(
        summary="{name} has done what was agreed and hoped it would be noticed; what {name} "
                "wants now is to know it is leading somewhere.",
        hints=("I've been wondering what it all adds up to.",),
        reveals=("I've done what we agreed, and honestly I was hoping you'd notice. I want to "
                 "know it's leading somewhere, not just that I've stopped being a problem.",),
        collaborative=("I'd like the next goal to be something I choose.",
                       "Maybe we could talk about what the next six months could look like.",
                       "It would help to hear what you've seen change."),
        agreeing=("Okay. I'll bring one thing I want to work towards next time.",
                  "Yes. Let's put the next conversation in the diary now."),
        keywords=("hoping you'd notice", "leading somewhere", "stopped being a problem"),
    ),
    _Complication(
        summary="Keeping to what was agreed has cost {name} more than it looks: late evenings "
                "and skipped breaks, which {name} has not mentioned for fear of seeming "
                "ungrateful.",
        hints=("It's been fine. It's been a lot of work to make it fine.",),
        reveals=("I did it, but it's been late evenings and no breaks to get there. I didn't say "
                 "anything because I didn't want to seem ungrateful after you were so fair.",),
        collaborative=("If we could make it sustainable, I'd keep it up for good.",
                       "Maybe one of the commitments can be lighter now it's on track.",
                       "I need to learn to say when it's too much."),
        agreeing=("Okay. We'll drop the Friday report to fortnightly.",
                  "Yes. I'll tell you if the evenings creep back."),
        keywords=("late evenings", "no breaks", "ungrateful"),
    ),
)

FOLLOW_UP_OPENINGS: dict[Temperament, str] = {
    Temperament.DEFENSIVE: "Before you start: I know what we agreed on {date}. It's been a busy "
                           "couple of weeks.",
    Temperament.QUIET: "Hi. Is this about what we agreed last time?",
    Temperament.CHARMING: "Round two! Don't worry, I remember what we agreed. Mostly.",
    Temperament.ANXIOUS: "Hi. Sorry. I know we agreed some things on {date}. I hope I've done "
                         "enough.",
    Temperament.ANGRY: "If this is about checking up on me since {date}, let's get it over with.",
}


def _complication(recap: Recap) -> _Complication:
    options = _KEPT if recap.expect_kept else _SLIPPED
    return options[zlib.crc32(recap.id.encode()) % len(options)]


def _date_words(day: dt.date) -> str:
    return f"{day.day} {day:%B}"


def _agreement_line(agreement: str, kept: bool, name: str) -> str:
    text = in_own_words(agreement.rstrip(" .;"), name)
    if kept:
        return f"Yes. We wrote down {text}. I've done that."
    return f"I know. We wrote down {text}. It hasn't gone the way I said it would."


def follow_up_scenario(
    original: Scenario,
    recap: Recap,
    *,
    state_lines: Mapping[str, Sequence[str]] | None = None,
    persona_text: tuple[str, str] | None = None,
) -> Scenario:
    """The follow-up rehearsal for the real meeting ``recap`` describes.

    ``state_lines`` replaces the guarded/warming/defensive/hostile/repair lines and
    ``persona_text`` the (personality, speaking style): the builder's templates for the
    temperament the report showed in the real meeting. Otherwise the original's are kept.
    """
    first = original.persona.name.split()[0]
    when = _date_words(recap.met_on)
    temperament = recap.reaction or original.persona.temperament
    twist = _complication(recap)
    kept = recap.expect_kept

    agreed = "; ".join(a.rstrip(" .;") for a in recap.agreements)
    summary = f"In your real 1:1 with {first} on {when} you agreed: {agreed}."
    if recap.how_it_went:
        summary += f" How it went: {recap.how_it_went.rstrip('.')}."
    summary += (" Rehearse the follow-up: check how it went and build on it." if kept else
                " Rehearse the follow-up: not everything has held. Follow up honestly, without "
                "blame, and find out why.")

    objectives = [
        f"Open by following up, specifically, on what you agreed on {when}.",
        "Acknowledge what has gone well, and say plainly what has not.",
        "Find out what has changed before you re-plan.",
        "Re-agree next steps with owners and dates, and a check-in you both keep.",
    ]
    if recap.hardest is not None:
        objectives.append(f"Practise what was hard last time: "
                          f"{COMPETENCY_LABELS[recap.hardest].lower()}.")
    elif recap.hard_part:
        objectives.append(f"Practise what was hard last time: {recap.hard_part.rstrip('.')}.")

    facts = list(original.facts)
    facts.append(Fact(date=recap.met_on,
                      observation=f"In the 1:1 on {when} you agreed: {agreed}.",
                      impact=recap.how_it_went or None))
    facts.sort(key=lambda f: f.date)

    beliefs = list(original.persona.beliefs)
    if recap.learned:
        beliefs.append(f"The manager now knows: {recap.learned.rstrip('.')}.")
    beliefs.append("Agreeing in the meeting was easier than doing it afterwards." if not kept
                   else "They kept their side and want it to count for something.")

    cause = HiddenRootCause(
        summary=twist.summary.format(name=first), hint=twist.hints[0],
        keywords=list(twist.keywords),
        reveal_when=RevealConditions(
            requires=[Code.FOLLOW_UP, Code.OPEN_QUESTION],
            min_manager_turns=max(3, original.persona.hidden_root_cause.reveal_when
                                  .min_manager_turns),
        ),
    )
    update: dict[str, Any] = {"temperament": temperament, "beliefs": beliefs,
                              "hidden_root_cause": cause}
    if persona_text is not None:
        update["personality"], update["speaking_style"] = persona_text
    persona = original.persona.model_copy(update=update)

    lines = original.lines
    states = {s: list(state_lines[s]) for s in ("guarded", "warming", "defensive", "hostile",
                                                "repair")} if state_lines else {
        s: list(getattr(lines, s)) for s in ("guarded", "warming", "defensive", "hostile",
                                             "repair")}
    reactions = lines.reactions.model_dump()
    name = original.persona.name
    reactions["follow_up"] = [_agreement_line(a, kept, name) for a in recap.agreements[:4]]
    # The hint often answers the manager's first question about the agreements: quote them.
    hints = [f"We wrote down {in_own_words(a.rstrip(' .;'), name)}. {twist.hints[0]}"
             for a in recap.agreements[:2]]
    new_lines = OfflineLines(
        **states,
        hint=[*hints, *twist.hints], reveal=list(twist.reveals),
        collaborative=list(twist.collaborative), agreeing=list(twist.agreeing),
        reactions=Reactions(**reactions),
    )
    situation = (f"{recap.next_meeting or 'Your next 1:1'} with {first}, after the real 1:1 on "
                 f"{when}.")
    if recap.how_it_went:
        situation += f" Last time: {recap.how_it_went.rstrip('.')}."
    opening = Opening(situation=situation,
                      report_line=FOLLOW_UP_OPENINGS[temperament].format(date=when))

    return Scenario(
        id=recap.follow_up_id or follow_up_id(original.id, recap.met_on),
        title=f"{original.persona.name}: follow-up to your 1:1 on {when}",
        summary=summary, difficulty=original.difficulty, type=original.type,
        persona=persona, facts=facts, objectives=objectives, opening=opening, lines=new_lines,
        follows=FollowUp(scenario=real_meeting_ref(original.id, recap.met_on),
                         agreements_kept=kept, default_agreements=list(recap.agreements)),
        source="user",
    )
