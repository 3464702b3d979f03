"""Competency scores with quoted evidence, anti-patterns, and the overall score.

Every level is earned by behaviours the coder found in the manager's own turns, and each score
quotes the turns that justify it. A competency the conversation gave no chance to show is
"not observed" (score None), never a silent zero.
"""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, Primary
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import (
    Competency,
    CompetencyScore,
    Rewrite,
    Rubric,
)
from roleplay.scoring._cues_event import CHANGE_DEMAND, happened
from roleplay.scoring._cues_feedback import TIME_REF
from roleplay.scoring._cues_listening import unsaid
from roleplay.scoring._text import normalise
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.listening import (
    Disclosure,
    Reflections,
    heard_reflections,
    listening_rewrites,
    plan_allows_for,
)
from roleplay.scoring.metrics import MONOLOGUE_WORDS, ConversationMetrics
from roleplay.scoring.moves import (
    FEEDBACK_CODES,
    FEEDBACK_TYPES,
    MIN_TURNS_FOR_ABSENCE,
    MIN_TURNS_FOR_PLAN,
    NEGATIVE_CODES,
    PLAN_CODES,
    ManagerMove,
    cite,
    clamp,
    fair_share,
    rewrites_for,
    softens,
    unrounded,
    went_well,
)
from roleplay.scoring.reading import co_creating, follow_up_order, offers_support
from roleplay.scoring.rewrites import (
    feedback_prompt,
    good_closed_question,
    planning_prompt,
)
from roleplay.scoring.settle import manager_acts

DATE_IN_PLAN = re.compile(
    TIME_REF.pattern + r"|\bby (?:the )?(?:end of|eod|tomorrow|next|monday|tuesday|wednesday|"
    r"thursday|friday|\d)|\bin (?:two|three|a couple of|\d+) (?:weeks?|days?)\b|\bnext (?:week|"
    r"1:1|one-to-one|month|sprint|monday|tuesday|wednesday|thursday|friday)\b|\btomorrow\b|"
    r"\btonight\b|\btoday\b"
)
# "let's catch up next week sometime" names no day to meet: a follow-up, not a follow-up date
VAGUE_WHEN = re.compile(r"\b(?:sometime|some time|at some point|whenever|soonish)\b")

class CompetencyScorer:
    """Scores the four competencies from coded manager turns and conversation metrics."""

    def __init__(self, rubric: Rubric, facts: ScenarioFacts | None = None,
                 disclosures: tuple[Disclosure, ...] = (),
                 reflections: Reflections | None = None) -> None:
        self.rubric = rubric
        self.facts = facts
        self.disclosures = disclosures
        self.reflections = reflections  # the scorer's one count (None: judged here)
        self.ignored = tuple(d for d in disclosures if not d.heard)

    def _told(self) -> str:
        turns = [str(d.turn) for d in self.ignored]
        return ("turn " if len(turns) == 1 else "turns ") + " and ".join(turns)

    def _summary(
        self, which: Competency, score: int | None, reason: str = "", *, level_text: bool = True
    ) -> str:
        """"N/5: <the rubric's words for level N> <reason>"; ``level_text=False`` when the
        level was reached another way than the rubric's description says (the reason then
        says how), so a summary never claims what the evidence does not show."""
        if score is None:
            return reason or "Not observed in this conversation."
        level = self.rubric.competency(which).level(score)
        text = level.text if level and level_text else ""
        return " ".join(p for p in (f"{score}/5:", text, reason) if p)

    # --- active listening -------------------------------------------------------------------

    def active_listening(self, mine: list[ManagerMove], m: ConversationMetrics) -> CompetencyScore:
        """Reflections and summaries first, airtime second, judged against how much the report
        could say (see the rubric's ``listening`` rule)."""
        which = Competency.ACTIVE_LISTENING
        if not mine or m.report_turns == 0:
            return CompetencyScore(competency=which, summary=self._summary(
                which, None, "The report never spoke, so there was nothing to listen to."))
        judged = self.reflections if self.reflections is not None else heard_reflections(mine)
        refl, feeling = list(judged.credited), list(judged.feeling)
        summaries = [ct for ct in refl if ct.has(Code.SUMMARY)]
        rate = len(refl) / len(mine)
        points = 1.0 + min(2.5, rate * 7.0)
        if summaries:
            points += 0.75
        if feeling:
            points += 0.5
        share = fair_share(m)
        if share is not None:
            points += 1.0 if share <= 0.45 else 0.5 if share <= 0.6 else -0.5 if share > 0.75 \
                else 0.0
        fixing = [ct for ct in mine if ct.has(Code.ADVICE)]
        if m.advice_before_first_question:
            points -= 0.5
        # telling: advice and information, not the feedback and the plan the talk is for
        telling = [ct for ct in mine if ct.has(Code.ADVICE) or (
            ct.coding.primary == Primary.INPUT and not ct.has(*FEEDBACK_CODES, *PLAN_CODES)
            and not ct.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION))]
        points -= min(1.5, 3.0 * max(0.0, len(telling) / len(mine) - 0.15))
        long_turns = [ct for ct in mine if ct.n_words >= MONOLOGUE_WORDS]
        points -= min(1.0, 0.5 * len(long_turns))
        if m.interruptions:
            points -= min(1.0, 0.5 * m.interruptions)
        judging = [ct for ct in mine if ct.has(*NEGATIVE_CODES)]
        if judging:
            points -= 0.5
        if not refl:
            points = min(points, 2.0)
        elif len(refl) < 2:
            points = min(points, 3.0)  # one reflection is "some", not "regular" (levels 4, 5)
        elif not (summaries or feeling):
            points = min(points, 4.0)  # 5 needs feeling or meaning reflected, or a summary
        if share is not None and share > 0.6:
            points = min(points, 4.0 if share <= 0.75 else 3.0)  # 4 and 5 leave them room
        if self.ignored:  # not heard: "some" listening at most if they reflected regularly
            points = min(points, 3.0 if len(refl) >= 2 else 2.0)
        score = clamp(points)
        evidence = [cite(ct, "feeling acknowledged" if ct in feeling else
                        "summary" if ct in summaries else "reflection", True, Code.REFLECTION,
                        Code.SUMMARY)
                    for ct in sorted(refl, key=lambda ct: ct in judged.confirmed)[:3]]
        evidence += [cite(ct, "a guess said as their words", False) for ct in judged.guesses[:1]]
        evidence += [cite(ct, "advice before understanding", False, Code.ADVICE)
                     for ct in fixing[:1]]
        evidence += [cite(ct, f"long turn ({ct.n_words} words)", False) for ct in long_turns[:1]]
        notes = []
        per_turn = m.manager_words / len(mine)
        notes.append(f"{len(refl)} of your {len(mine)} turns reflected or summarised what they "
                     "said." if len(refl) != 1 else
                     f"1 of your {len(mine)} turns reflected or summarised what they said.")
        if share is not None and share <= 0.6 and points < 2.5:
            notes.append(f"Your turns were short (about {per_turn:.0f} words), but short turns "
                         "are not listening on their own.")
        elif share is not None:
            room = "left them room to talk" if share <= 0.6 else "left them little room"
            notes.append(f"You used about {per_turn:.0f} words a turn, which {room}.")
        if self.ignored:
            notes.append(f"When they told you what was going on ({self._told()}), your next "
                         "turns moved on without acknowledging it.")
        for ct in judged.guesses[:1]:
            new = sorted(unsaid(ct.turn.text, ct.recent or ""))[:2]
            never = ", ".join(f'"{w}"' for w in new)
            notes.append(f"Turn {ct.index} told them what they meant in words they had not "
                         f"used ({never}): check a guess like that with them instead.")
        rewrites = listening_rewrites(mine, refl, self.ignored, self.facts)
        return CompetencyScore(
            competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
            went_well=went_well(
                [(d.by, "You took in what they told you") for d in self.disclosures if d.by]
                + [(ct, "You reflected back") for ct in refl
                   if all(d.by is not ct for d in self.disclosures)]),
            try_instead=tuple(rewrites),
            summary=self._summary(which, score, " ".join(notes)),
        )

    # --- powerful questioning ---------------------------------------------------------------

    def powerful_questioning(
        self, mine: list[ManagerMove], m: ConversationMetrics
    ) -> CompetencyScore:
        which = Competency.POWERFUL_QUESTIONING
        advice_q = [ct for ct in mine if ct.has(Code.ADVICE)
                    and ct.has(Code.CLOSED_QUESTION) and not ct.has(Code.OPEN_QUESTION)]
        asked = [ct for ct in mine if ct.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION)
                 and ct not in advice_q]
        if not asked and not advice_q:
            if len(mine) >= MIN_TURNS_FOR_ABSENCE:
                return CompetencyScore(
                    competency=which, score=1,
                    summary=self._summary(which, 1, "You asked no questions."),
                    try_instead=(Rewrite(turn=-1, original="(no questions asked)",
                                         suggestion="What's the real challenge here for you?",
                                         why="One open question gets them talking."),),
                )
            return CompetencyScore(competency=which, summary=self._summary(which, None))
        # "Why on earth did you...?" has a question's form and an accusation's effect
        accusing = [ct for ct in asked if ct.has(Code.LABEL, Code.BLAME, Code.THREAT)]
        open_q = [ct for ct in mine if ct.has(Code.OPEN_QUESTION) and ct not in accusing]
        # a closing check, a permission question or an offer is the right yes/no question
        checks = [ct for ct in asked if not ct.has(Code.OPEN_QUESTION)
                  and good_closed_question(ct.turn.text, ct.coding)]
        closed = [ct for ct in asked if not ct.has(Code.OPEN_QUESTION) and ct not in checks
                  and ct not in accusing]
        share = len(open_q) / max(1, len(open_q) + len(closed))
        points = 1.0 + min(2.0, 0.5 * len(open_q)) + 1.5 * share
        stacked = [ct for ct in asked if ct.turn.text.count("?") >= 3]
        points -= min(1.0, 0.5 * len(stacked))
        points -= min(1.0, 0.5 * len(advice_q))
        points -= min(1.5, 0.75 * len(accusing))
        streak = best = 0
        for ct in mine:
            streak = streak + 1 if ct in closed else 0
            best = max(best, streak)
        if best >= 3:
            points -= 0.5
        if stacked:
            points = min(points, 3.0)  # 4 and 5 ask one question at a time
        if not open_q:
            points = min(points, 2.0)
        elif not accusing:
            points = max(points, 2.0)  # one real open question is more than "no real questions"
        score = clamp(points)
        evidence = [cite(ct, "open question", True, Code.OPEN_QUESTION) for ct in open_q[:3]]
        evidence += [cite(ct, "advice with a question mark", False, Code.ADVICE)
                     for ct in advice_q[:2]]
        evidence += [cite(ct, "several questions at once", False) for ct in stacked[:1]]
        evidence += [cite(ct, "a question that accuses", False) for ct in accusing[:1]]
        evidence += [cite(ct, "closed question", False, Code.CLOSED_QUESTION) for ct in closed[:1]]
        counts = [f"{len(open_q)} open", f"{len(closed)} closed"]
        if advice_q:
            counts.append(f"{len(advice_q)} advice said as a question")
        if accusing:
            counts.append(f"{len(accusing)} that accused rather than asked")
        reason = "Questions: " + ", ".join(counts[:-1]) + " and " + counts[-1] + "."
        if checks:
            reason += (" Your closing and checking questions were the right yes/no questions."
                       if len(checks) > 1 else
                       " Your checking question was the right yes/no question.")
        return CompetencyScore(
            competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
            went_well=went_well([(ct, "Open question") for ct in open_q]),
            # a softened request with a question mark is feedback's to rewrite, not an open question
            try_instead=rewrites_for([ct for ct in advice_q + closed + stacked
                                   if ct in advice_q or not ct.has(Code.SOFTENER)],
                                  (Code.ADVICE, Code.CLOSED_QUESTION), facts=self.facts),
            summary=self._summary(which, score, reason),
        )

    # --- feedback delivery ------------------------------------------------------------------

    def feedback_delivery(
        self, mine: list[ManagerMove], kind: ConversationType | None
    ) -> CompetencyScore:
        which = Competency.FEEDBACK_DELIVERY
        fb = [ct for ct in mine if ct.has(*FEEDBACK_CODES)]
        if not fb:
            if kind in FEEDBACK_TYPES and len(mine) >= MIN_TURNS_FOR_ABSENCE:
                return CompetencyScore(
                    competency=which, score=1, points=1.0,
                    # the level's "or the person is labelled..." does not hold here
                    summary=self._summary(which, 1, "The issue was never named specifically.",
                                          level_text=False),
                    try_instead=(feedback_prompt(
                        self.facts if kind in FEEDBACK_TYPES else None),),
                )
            return CompetencyScore(competency=which, summary=self._summary(which, None))
        # a specific example tells what happened; "the way you say it in stand-up has to
        # change" names the place but asks for change: an expectation (rubric, feedback_delivery)
        obs = [ct for ct in mine if ct.has(Code.OBSERVATION) and happened(ct.turn.text)]
        impact = [ct for ct in mine if ct.has(Code.IMPACT)]
        expect = [ct for ct in mine if ct.has(Code.EXPECTATION) or (
            ct.has(Code.OBSERVATION) and ct not in obs
            and CHANGE_DEMAND.search(normalise(ct.turn.text)))]
        labels = [ct for ct in mine if ct.has(Code.LABEL)]
        blame = [ct for ct in mine if ct.has(Code.BLAME)]
        threats = [ct for ct in mine if ct.has(Code.THREAT)]
        soft = [ct for ct in mine if softens(ct)]  # a question with no message is not
        harsh = bool(labels or blame or threats)
        # the level follows the rubric's descriptions, so the summary can use their words
        level_text = True
        if harsh:
            if obs and (impact or expect):
                points, level_text = 2.0, False
            else:
                points = 1.0
        elif obs and impact and expect:
            points = 4.0 if soft else 5.0
        elif obs and (impact or expect):
            points = 3.0 if soft else 4.0
        elif obs or impact or expect:
            points = 2.0 if soft else 3.0
            # the level's "misses impact or expectation" is untrue when only the example is
            # missing; the reason then says what is
            level_text = not (impact and expect)
        else:
            points = 2.0
        score = clamp(points)
        evidence = [cite(ct, "specific example", True, Code.OBSERVATION) for ct in obs[:2]]
        evidence += [cite(ct, "impact", True, Code.IMPACT) for ct in impact[:1]
                     if ct not in obs[:2]]
        evidence += [cite(ct, "clear expectation", True, Code.EXPECTATION) for ct in expect[:1]]
        evidence += [cite(ct, "labels the person", False, Code.LABEL) for ct in labels[:2]]
        evidence += [cite(ct, "blame", False, Code.BLAME) for ct in blame[:1]]
        evidence += [cite(ct, "threat", False, Code.THREAT) for ct in threats[:1]]
        evidence += [cite(ct, "softened until the message is lost", False, Code.SOFTENER)
                     for ct in soft[:1]]
        parts = [name for name, have in (("a specific example", obs), ("its impact", impact),
                                         ("an expectation", expect)) if not have]
        reasons = []
        if harsh:
            what = [w for w, have in (("labelled", labels), ("blamed", blame),
                                      ("threatened", threats)) if have]
            said = ", ".join(what[:-1]) + (" and " if len(what) > 1 else "") + what[-1]
            turns = sorted({ct.index for ct in labels + blame + threats})
            where = ("turn " if len(turns) == 1 else "turns ") + ", ".join(map(str, turns))
            reasons.append(f"You {said} the person ({where})"
                           + (", which outweighs the specifics." if obs else "."))
        if soft and not harsh:
            reasons.append("Softening made the message easier to miss.")
        if parts:
            reasons.append("Missing: " + ", ".join(parts) + ".")
        good = ([(ct, "Specific example") for ct in obs] + [(ct, "Impact") for ct in impact]
                + [(ct, "Clear expectation") for ct in expect])
        facts = self.facts if kind in FEEDBACK_TYPES else None
        return CompetencyScore(
            competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
            went_well=went_well(good),
            try_instead=rewrites_for(threats + labels + blame + soft,
                                  (Code.THREAT, Code.LABEL, Code.BLAME, Code.SOFTENER),
                                  facts=facts),
            summary=self._summary(which, score, " ".join(reasons), level_text=level_text),
        )

    # --- development planning ---------------------------------------------------------------

    def development_planning(
        self, mine: list[ManagerMove], kind: ConversationType | None
    ) -> CompetencyScore:
        which = Competency.DEVELOPMENT_PLANNING
        plan = [ct for ct in mine if ct.has(*PLAN_CODES)]
        if not plan:
            if kind is not None and len(mine) >= MIN_TURNS_FOR_PLAN:
                return CompetencyScore(
                    competency=which, score=1, points=1.0, try_instead=(planning_prompt(),),
                    summary=self._summary(which, 1))  # the level's words say it
            return CompetencyScore(competency=which, summary=self._summary(which, None))
        commit = [ct for ct in mine if ct.has(Code.COMMITMENT)]
        dated = [ct for ct in commit if DATE_IN_PLAN.search(normalise(ct.turn.text))]
        # what the manager takes on is the support to quote, before a question about it
        # (asking what would help is co-creation, not an offer: ``offers_support``)
        support = sorted((ct for ct in mine if ct.has(Code.SUPPORT_OFFER) and offers_support(ct)),
                         key=lambda ct: not manager_acts(ct.turn.text))
        # the follow-up booked with the plan is the one to quote, not a look back at the start
        first = min((ct.index for ct in commit + support), default=0)
        follow = sorted((ct for ct in mine if ct.has(Code.FOLLOW_UP)),
                        key=lambda ct: follow_up_order(ct, first, DATE_IN_PLAN))
        co_created = co_creating(mine)
        booked = [ct for ct in follow if DATE_IN_PLAN.search(normalise(ct.turn.text))
                  and not VAGUE_WHEN.search(normalise(ct.turn.text))]
        # the level follows the rubric's descriptions, so the summary can use their words
        level_text = bool(commit)
        if dated and support and booked and co_created:
            points = 5.0
        elif dated and (support or follow):
            points = 4.0
        elif commit and (dated or support or follow):
            points = 3.0
        else:
            points = 2.0
        # a plan made over what they had just told you is not the best plan there was
        blind = bool(self.ignored and (commit or support)) and not plan_allows_for(  # no plan,
            mine, self.ignored, PLAN_CODES)  # nothing left out: "What do you want?" is none
        if blind:
            points = min(points, 4.0)
        score = clamp(points)
        evidence = [cite(ct, "next step with a date" if ct in dated else "next step", True,
                        Code.COMMITMENT) for ct in commit[:2]]
        evidence += [cite(ct, "support offered", True, Code.SUPPORT_OFFER) for ct in support[:1]]
        evidence += [cite(ct, "follow-up", True, Code.FOLLOW_UP) for ct in follow[:1]]
        evidence += [cite(ct, "co-created") for ct in co_created[:1]]
        absent = tuple(key for key, have in (("step", commit), ("date", dated or not commit),
                                             ("support", support), ("follow_up", follow))
                       if not have)
        names = {"step": "a concrete next step", "date": "an owner and date",
                 "support": "support", "follow_up": "a follow-up"}
        missing = [names[k] for k in absent]
        if score == 4 and not absent and not co_created:
            missing.append("asking what they would do")
        if score == 4 and not absent and not booked:
            missing.append("a date for the follow-up")
        rewrites: tuple[Rewrite, ...] = (planning_prompt(absent),) if absent else ()
        but = f", but it left out what they told you in {self._told()}" if blind else ""
        good = ([(ct, "Next step" + but) for ct in commit]
                + [(ct, "Support" + but) for ct in support]
                + [(ct, "Follow-up" + but) for ct in follow])
        reasons = [f"The plan did not allow for what they told you ({self._told()})."] \
            if blind else []
        if missing:
            reasons.append("Missing: " + ", ".join(missing) + ".")
        return CompetencyScore(
            competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
            went_well=went_well(good),
            try_instead=rewrites,
            summary=self._summary(which, score, " ".join(reasons), level_text=level_text),
        )
