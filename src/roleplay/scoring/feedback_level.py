"""Feedback delivery's level: a specific example, its impact and an expectation, said without a
label, blame or threat (rubric, ``feedback_delivery``)."""

from __future__ import annotations

import itertools
import re

from roleplay.domain.codes import Code
from roleplay.domain.meeting_again import AGAIN_IN_OTHER_WORDS, MEETS_AGAIN
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, CompetencyScore
from roleplay.scoring._cues_event import CHANGE_DEMAND, SPECIFIC_TIME
from roleplay.scoring._cues_plan import ASSUMED_AGREEMENT, PRESENT_STEP, THEIR_STEP
from roleplay.scoring._cues_talk import IMPERATIVE_START
from roleplay.scoring._patterns import match
from roleplay.scoring._text import canonical, normalise, sentences
from roleplay.scoring.competency_base import CompetencyContext
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.listening import feels, replies
from roleplay.scoring.moves import (
    FEEDBACK_CODES,
    FEEDBACK_TYPES,
    MIN_TURNS_FOR_ABSENCE,
    ManagerMove,
    cite,
    clamp,
    hearsay,
    imagined,
    interrogates,
    praised_quote,
    quote_for,
    recaps,
    rewrites_for,
    says_consequence,
    softens,
    tells_what_happened,
    unrounded,
    vague_ask,
    vague_need,
    went_well,
)
from roleplay.scoring.reading import builds_on_their_idea
from roleplay.scoring.rewrites import (
    feedback_prompt,
    hearsay_rewrite,
    orders_them,
    vague_order,
)


def feedback_delivery(
    ctx: CompetencyContext, mine: list[ManagerMove], kind: ConversationType | None
) -> CompetencyScore:
    which = Competency.FEEDBACK_DELIVERY
    fb = [ct for ct in mine if ct.has(*FEEDBACK_CODES) or (
        ctx.facts is not None and tells_what_happened(ct.turn.text)
        and ctx.facts.recalls(ct.turn.text))]
    if not fb:
        if kind in FEEDBACK_TYPES and len(mine) >= MIN_TURNS_FOR_ABSENCE:
            return CompetencyScore(
                competency=which, score=1, points=1.0,
                # the level's "or the person is labelled..." does not hold here
                summary=ctx.summary(which, 1, _unnamed(mine), level_text=False),
                try_instead=(feedback_prompt(
                    ctx.facts if kind in FEEDBACK_TYPES else None),),
            )
        return CompetencyScore(competency=which, summary=ctx.summary(which, None))
    # a specific example tells what happened; "the way you say it in stand-up has to
    # change" names the place but asks for change: an expectation (rubric, feedback_delivery)
    # (what the manager will do, "I'll get Jun trained on the indexer", is no example)
    obs = [ct for ct in mine if ct.has(Code.OBSERVATION) and tells_what_happened(ct.turn.text)]
    # one of the scenario's facts told, whatever the coder made of the turn, is the example
    # too ("That SQL workshop on the 21st, all four gave it five out of five." read as praise;
    # J24: it was told "Missing: a specific example"); not a turn read as a label, blame or
    # threat ("Jun's pull request. You wrote ... What were you thinking?"), which would lift a
    # poor manager's level past the rubric's reading of the harsh turn
    # (a turn read as a reflection that dates what they never dated, "The fix didn't ship on
    # the 13th, and I didn't get a warning" after "The retry fix still isn't in", tells the
    # example in the manager's own words: J34)
    obs += [ct for ct in mine if ct not in obs and ctx.facts is not None
            and not ct.has(Code.SUMMARY, Code.LABEL, Code.BLAME, Code.THREAT)
            and (not ct.has(Code.REFLECTION) or _dates_it_first(ct, ctx.facts))
            and tells_what_happened(ct.turn.text) and not only_recalls_plan(ct.turn.text)
            and ctx.facts.recalls(ct.turn.text)]
    # ...and so is one the coder read as the example that names one of the facts, told in the
    # present or in notes with no verb of the past ("Monday 2 November you log in 9:47. The
    # shift is 9:00.", "Just to circle back, the crit on 22 October. Camera off, "nothing
    # from me". Not ideal."; J28: both were told "Missing: a specific example")
    # (it names what is missing rightly, but never lifts a harsh talk's level: that stays the
    # rubric's reading of the label, blame or threat)
    in_notes = [ct for ct in mine if ct not in obs and ctx.facts is not None
                and ct.has(Code.OBSERVATION)
                and not ct.has(Code.REFLECTION, Code.SUMMARY, Code.LABEL, Code.BLAME, Code.THREAT)
                and not _MINIMISED.search(canonical(ct.turn.text))
                and not _WAVED_OFF.search(canonical(ct.turn.text))
                and ctx.facts.recalls(ct.turn.text) and not only_recalls_plan(ct.turn.text)
                # (the rule set from now on, in the fact's words, is the expectation, not the
                # example: "Noted. Item four: the expectation. From Monday you log in by 9:00,
                # ..." was praised "Specific example and clear expectation"; J37)
                and any(ctx.facts.recalls(x) and not _FROM_NOW_ON.search(canonical(x))
                        for x in sentences(ct.turn.text) or [ct.turn.text])
                # (the plan played back, "So, to play it back: ..., I get Jun and Beatriz onto
                # the rota, ...", names people of a fact, not what happened: J34)
                and not recaps(ct.turn.text) and not ct.has(Code.COMMITMENT, Code.FOLLOW_UP)]
    obs += in_notes
    # (a suggestion put as a question, "Maybe you could run the follow-up workshop the new
    # analysts asked for, before Friday 11 December?", names a fact to propose a step, not to
    # tell what happened: J36 saw it praised 'Specific example: "before Friday 11 December?"')
    obs = [ct for ct in obs if not (ct.has(Code.ADVICE) and all(
        x.rstrip().endswith("?") for x in sentences(ct.turn.text) or [ct.turn.text]))]
    # (nor are facts fired as stacked why-questions, "why the retry q fix is still open two
    # weeks why four tickets went to support why nobody knew anything": an interrogation, not
    # an example given; it was praised "Specific example and impact")
    fired = [ct for ct in obs if interrogates(ct.turn.text)]
    obs = [ct for ct in obs if ct not in fired]
    obs.sort(key=lambda ct: ct.index)
    # what others are said to think ("Your comments have been perceived as harsh by some
    # people") names no situation, no behaviour and no effect of its own: not the impact
    told_by_others = [ct for ct in mine if ct not in obs and _only_hearsay(ct.turn.text)]
    # ...nor is a consequence imagined ("if a postdoc missed three deadlines, we'd be ...")
    # (a consequence said plainly, "Promo codes broke in production.", is its impact however
    # the turn was coded; what was done, "you merged it on Tuesday", is not)
    # (what a fact led to, in the scenario's words, is its impact however it was coded: "The
    # crit went ahead with no mobile work shown.", "The VP thanked you by name at the
    # all-hands on the 12th.")
    # (told right after the example, in the same turn or the next, fewer of its words in any
    # form will do: "... and the VP thanked you for it.", "The two juniors came asking me where
    # you were after."; J29)
    before = {b.index: a.turn.text for a, b in itertools.pairwise(mine)}
    impact = [ct for ct in mine if (ct.has(Code.IMPACT) or (
        says_consequence(ct.turn.text) and not ct.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION))
        or (ctx.facts is not None and ctx.facts.tells_impact(ct.turn.text,
                                                             before.get(ct.index))))
              and ct not in told_by_others and not imagined(ct.turn.text)
              and not interrogates(ct.turn.text)
              and not _only_pleasantries(ct.turn.text) and not only_recalls_plan(ct.turn.text)
              # (the manager's own offer, "I'll speak to support so no tickets get routed to
              # you, and I'll keep Fridays free of meetings for you.", is help for what comes,
              # whatever words of a fact's impact it shares: J35)
              and not _only_undertakes(ct.turn.text)
              # (nor is the plan itself, "So: you keep the retry fix only, and you tell me in
              # stand-up the same day if it is at risk. I take you off support tickets until
              # Friday 4 December.", which names the fix and the support tickets of a fact's
              # impact but tells nothing that happened: J38 saw it praised "Impact")
              and not (ct.has(Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP)
                       and not ct.has(Code.IMPACT) and not says_consequence(ct.turn.text)
                       and not tells_what_happened(ct.turn.text))
              # (what it costs them, said back with its feeling, "That is a lot of broken sleep,
              # and no holiday for over a year. It sounds exhausting.", is heard, not the
              # impact of what they did: J34)
              and not (ct.has(Code.REFLECTION) and feels(ct.turn.text) and not (
                  ctx.facts is not None and ctx.facts.tells_impact(ct.turn.text,
                                                                   before.get(ct.index))))]
    # (what they are to do, set in the plan, "Talk to Leo directly first, before anything goes
    # in a channel.", is the expectation said as its step)
    expect = [ct for ct in mine if ct.has(Code.EXPECTATION) or (
        ct.has(Code.OBSERVATION) and ct not in obs
        and CHANGE_DEMAND.search(normalise(ct.turn.text))) or (
        ct.has(Code.COMMITMENT) and sets_them(ct.turn.text)) or (
        # (and so is their step put to them in the present beside the meeting booked: "ok so
        # mondays u start at 10, tue to fri ur on at 9 sharp ... we check in tues 8th")
        ct.has(Code.FOLLOW_UP) and not ct.has(Code.COMMITMENT) and any(
            PRESENT_STEP.match(canonical(s).strip()) for s in sentences(ct.turn.text))) or (
        # an order checked for understanding, "You will refrain from posting about other
        # teams in public channels. Is that understood?", whatever the coder read in it
        orders_them(ct.turn.text) and not ct.has(Code.THREAT)) or (
        # ...or asked in formal words: "I would ask that every change goes to review with
        # tests, beginning this week." (J35: "Missing: an expectation" beside it)
        not ct.has(*_HARSH) and any(
            _FORMAL_ASK.search(canonical(s)) and not s.rstrip().endswith("?")
            for s in sentences(ct.turn.text)))]
    # an ask put only as something to try ("So going forward you will try to write tests
    # before you open a pull request.", "Try to ask Aisha early.") leaves the ask open: it is
    # no expectation, and the summary says why (J37: praised "Clear expectation", 5/5)
    tried = [ct for ct in expect if only_tries(ct.turn.text)]
    expect = [ct for ct in expect if ct not in tried]
    # the manager's own undertaking ("I'll find a second person for the indexer by Friday.") is
    # no expectation of them, whatever the coder read in its date (the brief of J45: praised
    # "Clear expectation" while the bar, "Bar: comments go to the code, not the person.", went
    # unquoted); "I'll need you in by nine" still asks it of them
    expect = [ct for ct in expect if not (_only_undertakes(ct.turn.text)
                                          and not _ASKS_OF_THEM.search(canonical(ct.turn.text)))]
    # a step for their growth ("you write down what a lead role would look like for you by
    # friday") is the plan's, not what they are to do about the issue (J39: "Clear expectation")
    expect = [ct for ct in expect if not develops_them(ct.turn.text)]
    # ...and so is an ask that names a manner, not a behaviour ("Just be nicer in reviews from
    # now on. Got it?", "Fine. Just be more careful from now on.", "You need to do better."),
    # unless the same turn tells what happened: it leaves them to guess what to do differently
    # (J38: praised "Clear expectation", and 5/5 "plus a clear expectation" beside it)
    # (a change asked for with no manner named, "But we need to get it back.", still counts for
    # the level and is only kept out of the praise, as J29 chose)
    unnamed = [ct for ct in expect if vague_need(ct.turn.text) and ct not in obs
               and any(vague_order(s) for s in sentences(ct.turn.text))]
    expect = [ct for ct in expect if ct not in unnamed]
    labels = [ct for ct in mine if ct.has(Code.LABEL)]
    blame = [ct for ct in mine if ct.has(Code.BLAME)]
    threats = [ct for ct in mine if ct.has(Code.THREAT)]
    # a question with no message is not softening, and a career conversation holds no message
    # to soften ("it's totally fine, it's not a test" reassures)
    soft = [] if kind == ConversationType.CAREER else [ct for ct in mine if softens(ct)]
    # an example told and waved off in the same breath ("The check-in last Thursday got
    # cancelled, no worries, these things happen.") is softened however it was coded (J24)
    waved = [ct for ct in obs if ct not in soft and kind != ConversationType.CAREER
             and _WAVED_OFF.search(canonical(ct.turn.text))]
    soft += waved
    harsh = bool(labels or blame or threats)
    # the level follows the rubric's descriptions, so the summary can use their words
    level_text = True
    # judging the person turn after turn is the rubric's level 1 ("the person is labelled,
    # blamed or threatened") whatever specifics sit beside it: one harsh turn among specifics
    # is outweighed by them less (unseen-31's "You're always rushing, always." ... "You're dead
    # careless, lad." ... "Why didn't you ask anyone?" ... had 2/5 for its one example)
    throughout = len({ct.index for ct in labels + blame + threats}) >= 3
    if harsh:
        if [ct for ct in obs if ct not in in_notes] and (impact or expect) and not throughout:
            points, level_text = 2.0, False
        else:
            # (the level's "The issue is never named" is untrue beside the example told: the
            # reason says the labelling "outweighs the specifics"; J38)
            points, level_text = 1.0, not obs
    elif obs and impact and expect:
        points = 4.0 if soft else 5.0
    elif obs and (impact or expect):
        points = 3.0 if soft else 4.0
    elif obs or impact or expect:
        points = 2.0 if soft else 3.0
        # the level's "misses impact or expectation" is untrue when only the example is
        # missing; the reason then says what is
        # (nor does it "name the issue with some specifics" with no example: the reason then
        # says what was said)
        level_text = bool(obs) and not (impact and expect)
    else:
        points = 2.0
    if told_by_others and not obs and not harsh:
        # a coach gives hearsay with no example at most 2/5, and says what it lacks
        points, level_text = min(points, 2.0), False
    score = clamp(points)
    # what they told you said back ("So you were paged eleven nights in October...") counts,
    # but the example quoted is one the manager raised, when there is one
    raised = [ct for ct in obs if not ct.has(Code.REFLECTION, Code.SUMMARY)]
    quoted = raised + [ct for ct in obs if ct not in raised] if raised else obs
    evidence = [cite(ct, "specific example", True, Code.OBSERVATION) for ct in quoted[:2]]
    evidence += [cite(ct, "impact", True, Code.IMPACT) for ct in impact[:1]
                 if ct not in quoted[:2]]
    # an expectation hedged until it could be missed ("maybe just take it to him directly next
    # time, yeah?") counts for the level, but is not held up as clear beside the softening
    # ...nor one that names nothing to do ("But we need to get it back."), unless the turn
    # tells what happened too ("On Monday ... This needs to change.")
    # ...nor a "maybe" put as a question ("Maybe just add a few more tests going forward?", J23)
    # ...nor agreement assumed for them ("So I'll take it that this won't happen again.", J23)
    clear = [ct for ct in expect if ct not in soft and (ct in obs or not vague_need(ct.turn.text))
             and not any(_MAYBE_ASKED.match(canonical(x).strip()) for x in sentences(ct.turn.text))
             and not ASSUMED_AGREEMENT.search(canonical(ct.turn.text))
             # (a career conversation asks for no change: an order about their career, "You'll
             # take the pod lead role. ... Fill the form in by Friday.", tells them what their
             # career should be, and is never held up as clear; J34)
             and kind != ConversationType.CAREER
             # (their own step said back as the plan, "So you draft the proposal for the
             # onboarding flow by Friday 4 December" after "Maybe if I could write a proposal
             # ...", counts, but it is theirs, not an expectation the manager set: J37)
             and not builds_on_their_idea(ct)]
    # the clearest first: one that says from when or how often ("I need reviews to be about the
    # code, not the person, starting this week.") before one that names no time ("In Lagos we
    # say, no gree for anybody, but today I need you to gree small."; J34: the review shows
    # two praises, and the idiom took the place of the plain one)
    clear.sort(key=lambda ct: not _WHEN_ASKED.search(canonical(ct.turn.text)))
    # an expectation they said no to, and the talk moved on from, is still said clearly, but
    # not praised as if it stood (J34: "Can you do that?" - "No. And I'd rather not go into
    # why." - "So we agree: ..." left it praised "Clear expectation")
    refused = turned_down(mine, expect)
    evidence += [cite(ct, "clear expectation", True, Code.EXPECTATION) for ct in clear[:1]]
    evidence += [cite(ct, "labels the person", False, Code.LABEL) for ct in labels[:2]]
    evidence += [cite(ct, "blame", False, Code.BLAME) for ct in blame[:1]]
    # (in a career talk, pushing them back towards what they declined, "You should really
    # think about it again. Leading is the best way to grow here.", is pressure on their
    # choice, not a threat: the rewrite says so, and the review now does too: J35)
    pressed = pressed_on_choice(threats, kind)
    evidence += [cite(ct, "pressure on their choice" if pressed else "threat", False,
                      Code.THREAT) for ct in threats[:1]]
    evidence += [cite(ct, "softened until the message is lost", False, Code.SOFTENER)
                 for ct in soft[:1]]
    parts = [name for name, have in (("a specific example", obs), ("its impact", impact),
                                     ("an expectation", expect)) if not have]
    if kind == ConversationType.CAREER:
        # a career conversation names their work to recognise it, not an issue to change:
        # no expectation is missing, and the level's words about "the issue" are not said
        parts = [p for p in parts if p != "an expectation"]
        level_text = False
    reasons = []
    if harsh:
        what = [w for w, have in (("labelled", labels), ("blamed", blame),
                                  ("pressured" if pressed else "threatened", threats)) if have]
        said = ", ".join(what[:-1]) + (" and " if len(what) > 1 else "") + what[-1]
        turns = sorted({ct.index for ct in labels + blame + threats})
        where = ("turn " if len(turns) == 1 else "turns ") + ", ".join(map(str, turns))
        reasons.append(f"You {said} the person ({where})"
                       + (", which outweighs the specifics." if obs else "."))
    if soft and not harsh and kind != ConversationType.CAREER:
        reasons.append("Softening made the message easier to miss.")
    if kind == ConversationType.CAREER and not harsh and (obs or impact):
        reasons.append("Specific about what you saw and what came of it." if obs and impact
                       else "Specific about what you saw." if obs
                       else "You said what came of their work.")
    # (a manager who also said what they saw, however loosely, "a PR at 11:40 at night with two
    # failing tests", did not only pass on what others think)
    seen = [ct for ct in mine if ct.has(Code.OBSERVATION) and ct not in told_by_others]
    if told_by_others and not obs and not seen:
        reasons.append("You said what others think of them, not what you saw.")
        parts = [p for p in parts if p != "a specific example"]
        parts.insert(0, "when it happened and what exactly was said or done")
    if fired and not obs:
        reasons.append(f"The facts came as a string of why-questions (turn {fired[0].index}); "
                       "say what you saw once, then ask one open question.")
        parts = [p for p in parts if p != "a specific example"]
    # what happened told with no day ("you broke promo codes for three hours. Two hundred and
    # twelve customers couldn't check out.", in a harsh turn) has its behaviour: the day is
    # what is missing, as a coach would say (J40's charge nurse read "a specific example")
    undated = [ct for ct in mine if ct.has(Code.OBSERVATION) and ct not in told_by_others
               and ct not in fired and not SPECIFIC_TIME.search(canonical(ct.turn.text))]
    if undated and not obs and "a specific example" in parts:
        parts[parts.index("a specific example")] = "when it happened"
    if score == 3 and not obs and not harsh and not told_by_others:
        named = [w for w, have in (("what it led to", impact), ("what you expect", expect))
                 if have]
        reasons.append("You said " + " and ".join(named) + ".")
    stopped = {i for i, at in refused.items() if asks_to_stop(replies(mine).get(at - 1, ""))}
    if refused and not harsh:
        at = min(refused.values())
        said_no = "They asked to stop after your expectation" if all(
            i in stopped for i, a in refused.items() if a == at) else \
            "They said no to your expectation"
        reasons.append(f"{said_no} (turn {at}), and the talk moved on "
                       "without finding out what stands in the way.")
    if tried and not expect and kind != ConversationType.CAREER:
        reasons.append(f'"Try to" (turn {tried[0].index}) leaves it open whether it must '
                       "happen; say what you need.")
    if unnamed and not expect and kind != ConversationType.CAREER:
        reasons.append(f'"{vague_ask(unnamed[0].turn.text)}" (turn {unnamed[0].index}) names '
                       "nothing they could do differently; say what you need to see.")
    if parts:
        reasons.append("Missing: " + ", ".join(parts) + ".")
    # one praise per turn: a turn that is the example and its impact is quoted once,
    # "Specific example and impact: ...", not twice with the same words
    by_turn: dict[int, tuple[ManagerMove, list[str]]] = {}
    # the cost to the manager told as their own hard week is counted, never praised
    praised_impact = [ct for ct in impact if not _VENTING.search(canonical(ct.turn.text))]
    # (an example waved off is counted, not praised; nor one quoted beside it as softened
    # until the message is lost, "... the crit on 22 October. Camera off, "nothing from me".
    # Not ideal.", J28)
    for head, said_so in (("Specific example", [ct for ct in raised or obs
                                                if ct not in waved and ct not in soft]),
                          # (nor an impact hedged in its own words, "Finance, I think, did
                          # the close by hand, sort of.", beside the softening, J38)
                          ("Impact", [ct for ct in praised_impact if not (
                              (ct in waved or ct in soft) and _HEDGED.search(canonical(
                                  quote_for(ct.turn.text, {Code.IMPACT}, 180))))]),
                          ("Clear expectation", [ct for ct in clear
                                                 if ct.index not in refused]),
                          ("Clear expectation, though they said no to it",
                           [ct for ct in clear if ct.index in refused
                            and ct.index not in stopped]),
                          ("Clear expectation, though they asked to stop",
                           [ct for ct in clear if ct.index in stopped])):
        for ct in said_so:
            by_turn.setdefault(ct.index, (ct, []))[1].append(head)
    # praise names only what its quote holds: "Specific example and impact" over a quote cut
    # before the impact ("On 6 November the release went out without the checklist. I know you
    # were under pressure ...", the impact two sentences on) names the example alone (J42)
    good = [(ct, _joined([h for h in heads if h != "Impact" or len(heads) == 1
                          or _quote_holds_impact(ct, _joined(heads), ctx.facts,
                                                 before.get(ct.index))]))
            for ct, heads in by_turn.values()]
    facts = ctx.facts if kind in FEEDBACK_TYPES else None
    rewrites = rewrites_for(threats + labels + blame + (
                                soft if kind in FEEDBACK_TYPES or kind is None else []),
                            (Code.THREAT, Code.LABEL, Code.BLAME, Code.SOFTENER),
                            facts=facts, open_talk=kind == ConversationType.CAREER,
                            examples=obs)
    if told_by_others and not obs and len(rewrites) < 2:
        example = hearsay_rewrite(told_by_others[0].index, told_by_others[0].turn.text,
                                  told_by_others[0].context, facts)
        if all(r.turn != example.turn and r.suggestion != example.suggestion for r in rewrites):
            rewrites += (example,)
    return CompetencyScore(
        competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
        went_well=went_well(good),
        # a career conversation holds no message to soften: "this needs to change" would
        # invent a problem, so its softening gets no rewrite
        try_instead=rewrites,
        summary=ctx.summary(which, score, " ".join(reasons), level_text=level_text),
    )


# the example waved off as nothing: "no worries, these things happen", "it happens to everyone"
# ("The thing you fight to stop, it happens more now, not less." says it happens, waves nothing)
_WAVED_OFF = re.compile(r"\b(?:no worries|(?:these|such) things happen|(?:it|that|stuff|shit) "
                        r"happens(?: to (?:everyone|all of us|the best of us))?"
                        r"(?=\s*(?:[,.!;?]|$))|no harm done|no biggie|all good|never mind|"
                        r"nevermind)\b")
# a rule set from a day to come: "From Monday you log in by 9:00", "going forward", "from now on"
_FROM_NOW_ON = re.compile(r"\b(?:from|starting|beginning) (?:now|today|tomorrow|next|this|(?:mon|"
                          r"tues|wednes|thurs|fri)day)\b|\bgoing forward\b|\bfrom here on\b")
# an example shrugged off ("... codes broke for a few hours. Totally fine, but yeah."): not
# lifted to the example by its notes alone (J28)
_MINIMISED = re.compile(r"\b(?:no big deal|not a big deal|(?:totally|completely|totes|honestly) "
                        r"fine|it's fine really)\b")


# an order of what to do: "Talk to Leo directly first.", "Message me the night before."
_ORDER = re.compile(r"^(?:(?:so|and|now|right|okay|ok|just|please|good|great|then)[,.]? )*(?:talk|"
                    r"speak|message|text|tell|flag|raise|test|ask|pair|run|let me know|loop)\b")
# "If there is a problem you send me a message before 8:00.", "...and if something happens you
# message me the night before", "So from next week you are on the queue at 9:00"
_WHEN_YOU = re.compile(r"(?:^|, |\band |\bso )(?:if|when) [^,]{3,60}?,? you (?:send|message|text|"
                       r"call|ring|tell|let me know|flag|come|arrive|start|log in)\b|"
                       r"^(?:so |and |okay,? |good,? )*(?:from|starting) (?:next week|monday|"
                       r"tomorrow|today|now on|now)[,]? you (?:are|will|'ll|need to|have to)\b")


# something to try, not to do: "you will try to", "try and", "do your best to"
# ("what's one thing you'd be keen to try and what day ..." asks: its "try and" joins a question)
_TRIES = re.compile(r"\b(?:try|trying|attempt) to\b|\btry and (?!what|when|how|who|which|where|"
                    r"why|whether|if|see\b)[a-z]+|\bdo your best to\b")
_ACKED = re.compile(r"^(?:(?:good|great|okay|ok|right|fine|so|and|alright|sure|yes|yeah)"
                    r"[,.!]?\s*)+$")


# the words that hedge a sentence: "I think", "sort of", "maybe", "if I'm not mistaken"
_HEDGED = re.compile(r"\b(?:i think|i believe|i guess|i suppose|sort of|kind of|maybe|perhaps|"
                     r"possibly|probably|a bit|a little|if i'm not mistaken|i could be wrong|"
                     r"i might be wrong|somewhat|i feel like)\b")


def only_tries(text: str) -> bool:
    """Every ask in the turn is put as something to try ("Okay. So going forward you will try
    to write tests before you open a pull request.")."""
    said = [c for c in re.split(r"[.;!?]+", canonical(text)) if c.strip()
            and not _ACKED.match(c.strip())
            # (the meeting booked after it asks nothing of them: "... you will try to comment
            # on code only, not the person. We talk again next month sometime.", J40)
            and not (_MINE.search(c) and not re.search(r"\byou\b", c)
                     and (MEETS_AGAIN.search(c) or AGAIN_IN_OTHER_WORDS.search(c)))]
    return bool(said) and all(_TRIES.search(c) for c in said)


# the manager's own part of a step, "and I'll get Aisha to fix the test setup with you"
_MINE = re.compile(r"\b(?:i|i'll|i'm|i've|we|we'll|let's|let us)\b")


def tries_for_them(text: str) -> bool:
    """Every part of the turn that sets them a step is put as something to try ("So going
    forward you will try to write tests before you open a pull request, and I'll get Aisha to
    fix the test setup with you on Wednesday."): what they will do is left open."""
    parts = [c for c in re.split(r"[.;!?]+|,? and (?=i\b|i'll\b|we\b|let's\b)", canonical(text))
             if c.strip() and not _ACKED.match(c.strip())]
    theirs = [c for c in parts if re.search(r"\byou\b", c) and not _MINE.search(c)]
    return bool(theirs) and all(_TRIES.search(c) for c in theirs)


# a step for their growth: the role they want, training, a mentor ("you write down what a lead
# role would look like for you")
_GROWTH = re.compile(r"\b(?:(?:lead|senior|next|new) role|team lead|promotion|career|"
                     r"(?:development|growth|learning) plan|the role you want|"
                     r"what (?:a|the|your) (?:[\w-]+ ){0,3}"
                     r"(?:role|job|path|move) (?:would|could|might) look like|courses?|training|"
                     r"certification|mentor(?:ing)?|shadow(?:ing)? day)\b")


def develops_them(text: str) -> bool:
    """Every part of the turn that sets them a step is one for their growth ("ok so you write
    down what a lead role would look like for you by friday the eleventh and i'll take it to my
    boss"): a development step, not what they are to do differently about the issue."""
    parts = [c for c in re.split(r"[.;!?]+|,? and (?=i\b|i'll\b|we\b|let's\b)", canonical(text))
             if c.strip() and not _ACKED.match(c.strip())]
    theirs = [c for c in parts if re.search(r"\byou\b", c) and not _MINE.search(c)]
    return bool(theirs) and all(_GROWTH.search(c) for c in theirs)


def sets_them(text: str) -> bool:
    """A sentence of the turn sets them a step: an order ("Talk to Leo directly first.") or
    what they will do ("so you'll be on the queue at nine"), not a question."""
    return any((not s.rstrip().endswith("?") and (
        _ORDER.match(low := canonical(s).strip()) or IMPERATIVE_START.match(low)
        or THEIR_STEP.search(low) or _WHEN_YOU.search(low) or PRESENT_STEP.match(low))) or (
        # asked of them with its day: "could you get the onboarding states to me by friday the
        # fourth of december"
        _REQUEST.search(canonical(s)) and SPECIFIC_TIME.search(canonical(s)))
        for s in sentences(text) or [text])


_REQUEST = re.compile(r"\b(?:can|could|would|will) you (?:please )?(?:get|send|finish|have|do|"
                      r"share|bring|write|ship|deliver|update|fix|hand|put)\b")


def _unnamed(mine: list[ManagerMove]) -> str:
    """Why the issue counts as never named: not at all, or only asked about ("Did the retry fix
    ship on Friday 13 November?", "Why was last Thursday's check-in cancelled?"), which leaves
    them to say it."""
    asked = [ct.index for ct in mine if ct.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION)
             and not ct.has(Code.FOLLOW_UP, Code.COMMITMENT, Code.SUPPORT_OFFER)
             and any(s.rstrip().endswith("?") and (SPECIFIC_TIME.search(canonical(s))
                                                   or tells_what_happened(s))
                     for s in sentences(ct.turn.text))]
    if not asked:
        return "The issue was never named specifically."
    where = ("turn " if len(asked) == 1 else "turns ") + ", ".join(map(str, asked[:3]))
    return (f"You raised it only as questions ({where}): say what you saw, what it led to "
            "and what you need.")


def _only_hearsay(text: str) -> bool:
    """Every sentence that says something about them is what others think ("Your comments have
    been perceived as harsh by some people. Just be aware.")."""
    said = sentences(text) or [text]
    return any(hearsay(s) for s in said) and all(
        hearsay(s) or not _ABOUT_THEM.search(canonical(s)) for s in said)


_ABOUT_THEM = re.compile(r"\b(?:you|your|you're|yours)\b")


# "I've had a horrible week ... which is not fun for me, believe me": the manager's own burden
# a hedge asked, not an expectation said: "Maybe just add a few more tests going forward?",
# "so perhaps a bit more care with the reviews?"
_MAYBE_ASKED = re.compile(r"^(?:(?:so|and|but|just|yeah|ok|okay|um|uh|like)[,]?\s+)*(?:maybe|"
                          r"perhaps|possibly)\b[^.!?]*\?$")


# the plan made before, recalled: "So the plan, just to remind both of us, was off the support
# rota, the retry fix by Friday 13 November, ...", "Two weeks ago we agreed ..."
_PLAN_RECALLED = re.compile(r"\b(?:(?:we|you) (?:had )?(?:agreed|promised|committed to|said "
                            r"you'd|said you would)|the plan(?:,[^,]*,)? (?:we (?:made|agreed)|"
                            r"(?:from|of) (?:two|last|the last)|was|were)|to remind (?:both of )?"
                            r"(?:us|you|ourselves))\b")
# ...and what became of it: "..., and it didn't ship", "but the check-in was cancelled"
_OUTCOME = re.compile(r"\b(?:didn't|did not|never|wasn't|was not|hasn't|has not|haven't|isn't|"
                      r"is not|still|missed|cancel\w*|slipped|late|broke|failed|no message|"
                      r"without)\b")
_IF_CLAUSE = re.compile(r"\b(?:if|in case|when(?!ever)|whenever) [^,.;:?!]*")


def only_recalls_plan(text: str) -> bool:
    """Every sentence that tells something recalls the plan made before and says nothing of
    what became of it ("... an early warning if a date slipped": the slip is the plan's
    condition, not what happened): the agreement, not an example of what they did, nor its
    impact (J34: it was praised "Specific example and impact: "the retry fix by Friday 13
    November, flexible hours around the hospital visits, ...""). """
    said = [canonical(s) for s in sentences(text)] or [canonical(text)]
    told = [s for s in said if tells_what_happened(s)]
    return bool(told) and all(
        _PLAN_RECALLED.search(s) and not _OUTCOME.search(_IF_CLAUSE.sub(" ", s)) for s in told)


def _dates_it_first(ct: ManagerMove, facts: ScenarioFacts) -> bool:
    """The turn names a fact's day that the report had not named."""
    return bool(facts.days_named(ct.turn.text) - facts.days_named(ct.said or ""))


# the manager taking something on: "I'll ...", "I can ...", "and I'm going to ..." (not "I'll be
# honest", which opens what they say)
_UNDERTAKING = re.compile(r"^(?:(?:and|so|okay|ok|then|also|right|good),? )*(?:i'll|i will|i can|"
                          r"i shall|i'm going to|i am going to|let me)\b(?! (?:be (?:honest|"
                          r"clear|straight|frank|blunt|specific|precise)|say|tell you|put it)\b)")


# what the manager asks of them inside an "I'll ...": "I'll need you in by nine", "I will expect
# your draft by Friday", or in a run said aloud after it: "i can set up an intro ... and what id
# like is for the two year question to have something in it by the time we next talk"
_ASKS_OF_THEM = re.compile(r"\b(?:need|expect|want|ask|count on|rely on|hold) (?:you|your)\b"
                           r"|\b(?:i'd|i would) like\b|\bi (?:need|want|expect)\b")


def _only_undertakes(text: str) -> bool:
    """Every sentence of the turn is the manager taking something on for what comes."""
    said = [canonical(s) for s in sentences(text)]
    return bool(said) and all(_UNDERTAKING.match(s.strip()) for s in said)


# the manager's own greeting, thanks and apology ("Hi Nadia, sorry, sorry, I'm two minutes late,
# sorry about that. Thanks for waiting."): nothing of theirs led to anything (J34: the coder's
# impact code had it praised "Impact: ...")
_PLEASANTRY = re.compile(r"^(?:(?:hi|hello|hey|morning|good (?:morning|afternoon|evening)|sorry|"
                         r"apologies|thanks|thank you|welcome|cheers)\b|i(?:'m| am| was) "
                         r"(?:\w+ ){0,3}(?:late|sorry)\b)")
_YOU_THANKED = re.compile(r"\b(?:thank you|see you|(?:for|you for) (?:waiting|coming|making the "
                          r"time|your time))\b")


def _only_pleasantries(text: str) -> bool:
    """Every sentence of the turn is the manager's greeting, thanks or apology for themselves,
    naming nothing of the report's."""
    said = [canonical(s) for s in sentences(text)]
    return bool(said) and all(
        _PLEASANTRY.match(s) and not _ABOUT_THEM.search(_YOU_THANKED.sub(" ", s)) for s in said)


# when an expectation starts or how often it holds: "starting this week", "from Monday", "every
# day", "by Friday", "going forward"
_WHEN_ASKED = re.compile(r"\b(?:from (?:now on|now|today|tomorrow|next week|this week|(?:mon|tues|"
                         r"wednes|thurs|fri)day)|starting (?:from )?(?:now|today|tomorrow|this "
                         r"week|next week|(?:mon|tues|wednes|thurs|fri)day)|by (?:the end of|eod|"
                         r"tomorrow|(?:mon|tues|wednes|thurs|fri)day|\d)|(?:every|each) (?:day|"
                         r"morning|week|time|change|(?:mon|tues|wednes|thurs|fri)day)|going "
                         r"forward|before (?:\d|nine|eight|ten|review|merging|you merge))\b")


# a no to what was asked: "No. And I'd rather not go into why.", "Not really, no.", "I won't do
# that", "I can't promise that"
_REFUSAL = re.compile(
    r"^(?:(?:honestly|look|sorry|well|um|uh),?\s+)*(?:no\b(?![,.!]? (?:problem|worries|bother|"
    r"that's fair|that is fair|you're right|fair enough|i get it|i understand|of course|totally|"
    r"i will|i can|i'll))|nope\b|not really\b|no way\b|absolutely not\b|i won't\b|"
    r"i will not\b|i can't (?:do|promise|make|commit)|i cannot (?:do|promise|make|commit)|"
    r"i'm not (?:going to|doing|promising)\b|that's not going to happen)")


# a consequence held over them: "or", "if you don't", "otherwise", "your review", "we'll have to"
HELD_OVER = re.compile(r"\b(?:or (?:else|you|we|i)|if you (?:don't|do not|won't|keep|say no)|"
                       r"otherwise|unless|consequences?|your (?:review|rating|bonus|job|"
                       r"future|position)|(?:we'll|we will|i'll|i will) have to|last chance|"
                       r"different conversation|won't be (?:here|around)|no longer)\b")


def presses_choice(text: str) -> bool:
    """A turn coded a threat that holds no consequence over them ("You should really think
    about it again. Leading is the best way to grow here."): pressure, in a career talk."""
    return not HELD_OVER.search(canonical(text))


def pressed_on_choice(threats: list[ManagerMove], kind: ConversationType | None) -> bool:
    """Every turn coded a threat is a push on their choice in a career talk, holding nothing
    over them (``presses_choice``): the one reading of that pressure, for feedback's evidence
    and summary and for anti_patterns' note."""
    return kind == ConversationType.CAREER and bool(threats) and all(
        presses_choice(ct.turn.text) for ct in threats)


_HARSH = (Code.THREAT, Code.LABEL, Code.BLAME)
# an expectation in formal words: "I would ask that ...", "I must request that you ..."
_FORMAL_ASK = re.compile(r"\bi (?:would|'d|must|should|shall|have to) (?:ask|request|insist) "
                         r"that (?:you|every|each|all|your|from)\b")


# the report asks to stop the talk: "I can't think straight when it's like this. Can we stop?",
# "Can we leave it there for today?", "I need a minute." (J37: the plan put just before it was
# praised "Clear expectation" and "Next step")
_ASKS_TO_STOP = re.compile(r"\b(?:can|could) we (?:please )?(?:stop|leave it(?: there)?|pause|"
                           r"take a break|do this (?:another|some other) time|finish (?:this|"
                           r"here))\b|\bi (?:need|want) to stop\b|\bi need (?:a minute|a "
                           r"break|to go)\b|\bi can't do this (?:right )?now\b")


def asks_to_stop(reply: str) -> bool:
    """The report's reply asks to stop the conversation."""
    return bool(_ASKS_TO_STOP.search(canonical(reply)))


def refuses(reply: str) -> bool:
    """The report's reply says no ("No. And I'd rather not go into why.", "Not really."); "No
    problem" and "No, that's fair" do not."""
    return bool(_REFUSAL.match(canonical(reply).strip()))


# a bare check put straight after the expectation: "Can you do that?", "Okay?", "Deal?"
_BARE_CHECK_WORDS = 8
_YES_NO_CHECK = re.compile(
    r"^(?:(?:so|and|okay|ok|right|good),?\s+)*(?:can|could|will|would|is|are|do|does|okay|ok|"
    r"deal|right|alright|clear|agreed|fair|yeah|yes|understood|got it|sounds? good)\b[^?]*\?$")


def turned_down(mine: list[ManagerMove], expect: list[ManagerMove]) -> dict[int, int]:
    """The expectations the report said no to, straight after or to the bare check that followed
    ("Can you do that?"), where the manager's next turn neither asked about it nor reflected it
    (a recap, a booking, an order): the expectation's turn -> the report's turn that refused."""
    said = replies(mine)
    after = dict(itertools.pairwise(mine))
    out: dict[int, int] = {}
    for ct in expect:
        asked = [ct]
        nxt = after.get(ct)
        if nxt is not None and nxt.n_words <= _BARE_CHECK_WORDS \
                and _YES_NO_CHECK.match(canonical(nxt.turn.text).strip()) \
                and not _REFUSAL.match(canonical(said.get(ct.index, ""))):
            asked.append(nxt)
        for a in asked:
            reply = said.get(a.index, "")
            if not (_REFUSAL.match(canonical(reply)) or asks_to_stop(reply)):
                continue
            then = after.get(a)
            # (a reflection of the no takes it up; the plan said back, "So we agree: you are
            # here at nine, ...", assumes the yes it did not get)
            if then is not None and not then.has(Code.OPEN_QUESTION) and not (
                    then.has(Code.REFLECTION)
                    and not then.has(Code.COMMITMENT, Code.FOLLOW_UP, Code.EXPECTATION)):
                out[ct.index] = a.index + 1
            break
    return out


_VENTING = re.compile(r"\b(?:i've had (?:a|such a) (?:horrible|awful|terrible|rough|bad|long|"
                      r"nightmare) (?:week|day|month)|(?:not|no) fun for me)\b")


def _quote_holds_impact(ct: ManagerMove, label: str, facts: ScenarioFacts | None,
                        before: str | None) -> bool:
    """The quote praising ``ct`` as ``label`` holds the impact the turn was credited with: the
    whole turn is quoted, or a sentence of the quote says what the lapse led to."""
    quote = praised_quote(ct.turn.text, label).rstrip("…")
    if quote.strip() == ct.turn.text.strip():
        return True
    return any(says_consequence(s) or Code.IMPACT in match(s).codes
               or (facts is not None and facts.tells_impact(s, before))
               for s in sentences(quote) or [quote])


def _joined(heads: list[str]) -> str:
    """"Specific example", "Impact" -> "Specific example and impact"."""
    heads = [h if i == 0 else h[:1].lower() + h[1:] for i, h in enumerate(heads)]
    return heads[0] if len(heads) == 1 else ", ".join(heads[:-1]) + " and " + heads[-1]
