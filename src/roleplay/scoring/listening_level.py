"""Active listening's level: reflections and summaries first, airtime second, judged against
how much the report could say (rubric, ``active_listening``)."""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.domain.codes import Code, Primary
from roleplay.domain.scores import Competency, CompetencyScore
from roleplay.scoring._cues_listening import (
    acknowledges,
    echoed,
    invites,
    names_feeling,
    tentative,
)
from roleplay.scoring._patterns import match
from roleplay.scoring._text import canonical, content_words, sentences
from roleplay.scoring.competency_base import CompetencyContext
from roleplay.scoring.listening import (
    ECHO_WORDS,
    Disclosure,
    claimed,
    grounded,
    heard_reflections,
    listening_rewrites,
    only_hinted,
    paraphrases,
    part_said_back,
)
from roleplay.scoring.metrics import MONOLOGUE_WORDS, ConversationMetrics
from roleplay.scoring.moves import (
    FEEDBACK_CODES,
    NEGATIVE_CODES,
    PLAN_CODES,
    ManagerMove,
    cite,
    clamp,
    fair_share,
    first_open_question,
    fixing,
    interrogates,
    only_tells_what_happened,
    recaps,
    tells_event,
    unrounded,
    went_well,
)
from roleplay.scoring.reading import asks_about_plan, rescues

_ASKS = re.compile(r"^(?:(?:so|and|but|okay|ok|right)[,.]?\s+)*(?:what|what's|how|how's|why|"
                   r"which|who|where|when|tell me|talk me through)\b")
_FILLER = re.compile(r"^(?:okay|ok|right|sure|mm+|i see|got it|yeah|yes|alright)[.!,]?$", re.I)
_TO_THEM = re.compile(r"\b(?:you|your|you're|you've|you'd|yourself)\b", re.I)


SHORT_TURN_WORDS = 25  # the most words a turn may have to be called short
ROOM_TURNS_AT_LEAST = 4  # turns with room to listen a rate is counted over, however few there were


def says_back(ct: ManagerMove, feeling: list[ManagerMove]) -> bool:
    """A turn the count took as a reflection that a coach would also praise as one: a feeling
    named, or three words or more that speak of them or take up their words. "Done." and "Hi
    Hannah, sorry, thanks for coming, sorry it's a bit last minute." say nothing back."""
    text = ct.turn.text
    if len(text.split()) < 3:
        return False
    if all(s.rstrip().endswith("?") and _ASKS.match(canonical(s))
           for s in sentences(text) if not _FILLER.match(s)):
        return False  # "Okay. What's been hard about it?" asks; it says nothing back
    if content_words(text) & content_words(f"{ct.context or ''} {ct.recent or ''}"):
        return True
    # a feeling named, or speaking of them, is enough; but not in a turn that tells them what
    # the manager saw or wants ("So, to give some context, the workshop you ran on 21 October
    # got five out of five ... you have a lot going for you"), unless a sentence of its own
    # names the feeling
    telling = ct.has(Code.OBSERVATION, Code.IMPACT, Code.EXPECTATION)
    if ct in feeling:
        return not telling or any(names_feeling(s) and not tells_event(s)
                                  for s in sentences(text))
    return bool(_TO_THEM.search(text)) and not telling


# "So the state machine is not clear to you and ...", "What I'm hearing is ...": their content
# said back, whatever the coder made of the turn
_SAYS_BACK = re.compile(r"^(?:(?:ok(?:ay)?|right|alright)[,.]?\s+)?(?:so\b|what i'?m hearing\b|"
                        r"if i(?:'ve| have) got (?:this|that|it|you) right\b|let me (?:check|see) "
                        r"i(?:'ve| have) got (?:this|that|it) right\b)", re.I)


def says_it_back(ct: ManagerMove, told: str) -> bool:
    """A turn that says back the content of what they told you: a sentence opening on "So"
    (or coded a reflection or summary) whose content is theirs, two of their words or more
    and a third of its own (``listening.grounded``). A question about it is not saying it
    back."""
    if ct.has(*NEGATIVE_CODES, Code.ADVICE):
        return False
    heard = " ".join(p for p in (told, ct.recent) if p)
    for said in sentences(ct.turn.text):
        if said.rstrip().endswith("?") or not (
                _SAYS_BACK.match(said) or ct.has(Code.REFLECTION, Code.SUMMARY)):
            continue
        if len(echoed(said, heard)) >= 2 and grounded(said, heard):
            return True
    return False


def took_it_in(d: Disclosure) -> ManagerMove | None:
    """The turn to praise for taking a disclosure in: one of the next turns that says its
    content back, before an earlier turn that only asked about its topic ("What part of the
    checkout code gives you the most trouble?" before "So the state machine is not clear to
    you...")."""
    if d.by is None:
        return None
    if says_it_back(d.by, d.text):
        return d.by
    return next((ct for ct in d.after if ct.index > d.by.index and says_it_back(ct, d.text)),
                d.by)


def taking_it_in(ct: ManagerMove, told: str) -> ManagerMove:
    """The turn as quoted for taking a disclosure in: the sentence that speaks to it (most of
    its words, or sympathy and thanks for it), not the expectation before it ("Here's the
    deal: concerns about mobile go to Leo first" before "I'll talk to the VP about correcting
    the post-mortem record")."""
    said = sentences(ct.turn.text)
    if len(said) < 2:
        return ct
    shared = [len(echoed(s, told)) for s in said]
    best = max(shared)
    # (their theme in other words, "Rough nights, then.", is the sentence that took it in
    # before a question after it: J37)
    # (one word of theirs in a question after it, "What would make the next weeks workable
    # for you?" after "My dad had a stroke six weeks ago.", is not what took it in when a
    # sentence before it speaks to it: "Your family comes first, and I mean it."; J43)
    spoke = next((i for i, s in enumerate(said) if paraphrases(s, told)), next(
        (i for i, s in enumerate(said) if acknowledges(s, told)), -1))
    echo = shared.index(best)
    stray_word = best < ECHO_WORDS and 0 <= spoke < echo and said[echo].rstrip().endswith("?")
    at = echo if best and not stray_word else spoke
    if at < 0:
        return ct
    if not best and at > 0 and len(said[at].split()) <= 4:
        # "That is a lot." alone shows too little: the sentence it comments on comes with it
        at -= 1
    elif not best and at > 0 and invites(said[at]) and len(
            echoed(said[at - 1], ct.said or ct.recent or "")) >= 2:
        # an invitation after their own words said back ("A ten o'clock start on Mondays. Tell
        # me more about what makes that the difference.") is quoted with them: the reflection
        # is what shows they were heard (J29 quoted "Tell me more ..." alone)
        at -= 1
    # the sentence and what follows it in the turn ("So ... That explains a lot. Thank you.")
    text = ct.turn.text[ct.turn.text.find(said[at]):] if said[at] in ct.turn.text else said[at]
    return replace(ct, turn=ct.turn.model_copy(update={"text": text}))


def _made_room(ct: ManagerMove, told: str) -> str:
    """How a turn that answered a disclosure is praised: "Take your time." after it made room
    for more, it did not take in what they said."""
    if invites(ct.turn.text) and not acknowledges(ct.turn.text, told) \
            and not ct.has(Code.REFLECTION, Code.SUMMARY):
        return "You made room for them to say more"
    return "You took in what they told you"


def _praised(ct: ManagerMove, told: str) -> tuple[ManagerMove, str]:
    """The turn that answered a disclosure as quoted, with its praise. Room made is quoted from
    the sentence that makes it ("Take your time."), not a story of the manager's own told
    before it ("When I was in the army my commander once sat with me twenty minutes and said
    nothing until I talked. Take your time."; J29)."""
    note = _made_room(ct, told)
    if note != "You made room for them to say more":
        return taking_it_in(ct, told), note
    said = sentences(ct.turn.text)
    at = next((i for i, s in enumerate(said) if invites(s)), 0)
    if at == 0 or said[at] not in ct.turn.text:
        return ct, note
    text = ct.turn.text[ct.turn.text.find(said[at]):]
    return replace(ct, turn=ct.turn.model_copy(update={"text": text})), note


GUESSED_AHEAD_WORDS = 3  # words of theirs never said that make a credited turn a guess too


def guess_words(ct: ManagerMove, most: int = 2) -> list[str]:
    """Up to ``most`` of the words a guess put in their mouth, to name in the note; the
    manager's own comment on it ("so you didnt want to let me down again that makes sense") is
    none, and
    neither is a word they used earlier in the talk ("Earlier you said the new rota is what
    broke it": "rota" was theirs, four turns back)."""
    # (the longest first: "support", "tickets" say what was put in their mouth; "ate" less so)
    return sorted(claimed(ct.turn.text, ct.said or ct.recent or ""),
                  key=lambda w: (-len(w), w))[:most]


def asks_their_step(ct: ManagerMove) -> bool:
    """A turn that only asks them for the next step ("What could be a small first step in the
    next month, something like an experiment?"): co-creation, whatever idea it offers as an
    example, never advice before asking what they have tried."""
    # (an acknowledgement before it, "Okay. What do you want to try first?", tells nothing)
    said = [s for s in match(ct.turn.text).sentences if not _ACK.match(s.text.strip())]
    return bool(said) and all(s.is_question and not s.advice_question for s in said) and (
        asks_about_plan(ct))


_ACK = re.compile(r"^(?:(?:okay|ok|right|good|great|mm+|hm+|sure|alright|fine|yes|yeah|thanks|"
                  r"thank you|i see)[,.!]?\s*)+$", re.I)


# the plan said back as agreed: "So to recap what we agreed: ...", "The plan is ..." (a summing-up
# with a colon, "So, to sum up: you'll ..., I'll ..., and we meet again ...", is ``recaps``')
_AGREED = re.compile(r"^(?:(?:so|okay|ok|right|good|great|and),? )*(?:(?:to recap|to sum up|"
                     r"let me recap|just to recap),? )?(?:what we(?:'ve| have)? agreed|we(?:'ve| "
                     r"have)? agreed|the plan is|here's the plan|so the plan)\b")


def plays_back_plan(ct: ManagerMove) -> bool:
    """A summary of the plan just made ("So to recap what we agreed: you sit with Kasia on
    Thursday, I clear your Friday afternoon, and we meet again Monday at ten."): what they
    agreed to, said back to check it, not a reflection of what they told (J34: it was praised
    "You reflected back")."""
    if not ct.has(Code.COMMITMENT, Code.FOLLOW_UP):
        return False
    first = canonical(sentences(ct.turn.text)[0]) if sentences(ct.turn.text) else ""
    # (what they told summed up with it, "you've been at the hospital every evening, ...", is
    # their story heard)
    return (recaps(ct.turn.text) or bool(_AGREED.match(first))) and not _TOLD_BACK.search(
        canonical(ct.turn.text))


_TOLD_BACK = re.compile(r"\b(?:you've been|you have been|you were|you felt|you feel|you said|"
                        r"you told|it's been|it has been|you had|you didn't|you couldn't)\b")


def ignored_cap(reflections: int, invited: bool) -> float:
    """The most a disclosure moved on from leaves: level 3 ("some reflections") when they
    reflected twice or more otherwise, else 2, graded inside the level by how much else was
    heard (each reflection past the second, and having made room for it the turn before), so
    the report telling it one turn earlier or later than the script expected does not swing
    the session."""
    if reflections < 2:
        return 2.0 + (0.4 if reflections or invited else 0.0)
    return min(3.4, 3.0 + 0.2 * min(2, reflections - 2) + (0.4 if invited else 0.0))


def _opened_it(ctx: CompetencyContext, mine: list[ManagerMove]) -> str | None:
    """The note that credits the turn that opened the way to what they told: when they told
    what was going on (not a bare hint), straight after a turn of the manager's that made room
    for it, and it was taken in (J43: the review of a talk whose report told the hidden cause
    never said so, nor which move had opened it)."""
    # (the fullest telling: the last, after a hint that came first, "Things are tight at the
    # moment." before the rent and the bar shifts)
    told = next((d for d in reversed(ctx.disclosures) if d.invited and d.by is not None
                 and not only_hinted(d)), None)
    if told is None:
        return None
    before = [ct for ct in mine if ct.index < told.turn][-1]
    # the question that made room is quoted when it is short and of one clause ("What has
    # been making things tight?"), not the thanks before it; else the turn is named alone (a
    # summary holds no cut line, and no "It sounds like ..., ...")
    asked = [s.strip() for s in sentences(before.turn.text) if s.rstrip().endswith("?")
             and len(s) <= _OPENER_QUOTED and not re.search(r"[,;]", s)]
    said = f'Your turn {before.index} ("{asked[-1]}")' if asked else f"Your turn {before.index}"
    return (f"{said} opened the way: in turn {told.turn} they told you what was going on, and "
            "you took it in.")


_OPENER_QUOTED = 60  # characters of the question that opened the way a summary quotes


def active_listening(
    ctx: CompetencyContext, mine: list[ManagerMove], m: ConversationMetrics
) -> CompetencyScore:
    """Reflections and summaries first, airtime second, judged against how much the report
    could say (see the rubric's ``listening`` rule)."""
    which = Competency.ACTIVE_LISTENING
    if not mine or m.report_turns == 0:
        return CompetencyScore(competency=which, summary=ctx.summary(
            which, None, "The report never spoke, so there was nothing to listen to."))
    judged = ctx.reflections if ctx.reflections is not None else heard_reflections(mine)
    refl, feeling = list(judged.credited), list(judged.feeling)
    summaries = [ct for ct in refl if ct.has(Code.SUMMARY)]
    # the share of the turns that had room to listen: a turn busy with the feedback or the plan
    # the talk is for is not one a reflection was missing from (a skilled manager with three
    # reflections in thirteen turns, six of them the example, the bar and the plan, reflected in
    # three of seven)
    with_room = [ct for ct in mine if ct in refl or not ct.has(*FEEDBACK_CODES, *PLAN_CODES)]
    rate = len(refl) / max(len(with_room), ROOM_TURNS_AT_LEAST)
    points = 1.0 + min(2.5, rate * 7.0)
    if summaries:
        points += 0.75
    if feeling:
        points += 0.5
    share = fair_share(m)
    if share is not None:
        points += 1.0 if share <= 0.45 else 0.5 if share <= 0.6 else -0.5 if share > 0.75 \
            else 0.0
    advice = [ct for ct in fixing(mine) if not asks_their_step(ct)]
    # (the coder's advice on a turn that only told what happened and what it led to is no
    # advice before the first question either: J38)
    first_q = min((ct.index for ct in mine if ct.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION)
                   and not ct.has(Code.ADVICE)), default=None)
    if m.advice_before_first_question and not all(
            only_tells_what_happened(ct) for ct in mine if ct.has(Code.ADVICE)
            and (first_q is None or ct.index < first_q)):
        points -= 0.5
    # telling: advice and information, not the feedback and the plan the talk is for
    telling = [ct for ct in mine if ct in advice or (
        ct.coding.primary == Primary.INPUT and not ct.has(*FEEDBACK_CODES, *PLAN_CODES)
        and not ct.has(Code.OPEN_QUESTION, Code.CLOSED_QUESTION))]
    points -= min(1.5, 3.0 * max(0.0, len(telling) / len(mine) - 0.15))
    # (a long turn that says back what they told, at length, and hands the floor back with a
    # question or an invitation is listening out loud, not a monologue: it pays for its words
    # once, in the share of the talk, not again as a long turn; J37 saw two such turns with two
    # feelings acknowledged scored 2/5 "Occasional acknowledgement at most")
    long_turns = [ct for ct in mine if ct.n_words >= MONOLOGUE_WORDS
                  and not (ct in refl and _hands_back(ct))]
    points -= min(1.0, 0.5 * len(long_turns))
    if m.interruptions:
        points -= min(1.0, 0.5 * m.interruptions)
    judging = [ct for ct in mine if ct.has(*NEGATIVE_CODES)]
    if judging:
        points -= 0.5
    if any(interrogates(ct.turn.text) for ct in mine):
        # a string of why-questions leaves no room to be heard: talking past them, whatever
        # its share of the words (unseen-31's interrogator was "Occasional acknowledgement")
        points -= 0.5
    if any(d.by is not None for d in ctx.disclosures):
        # what they told was taken in ("You took in what they told you"): some sign of having
        # heard them, whatever the rest of the talk was (level 1 says there was none)
        points = max(points, 2.0)
    if refl:
        # a reflection credited is a sign of having heard them too: level 1 ("no sign of having
        # heard them") would contradict the card's own "feeling acknowledged"
        points = max(points, 2.0)
    if not refl:
        points = min(points, 2.0)
    elif len(refl) < 2:
        points = min(points, 3.0)  # one reflection is "some", not "regular" (levels 4, 5)
    elif not ([ct for ct in summaries if not plays_back_plan(ct)] or feeling):
        # 5 needs feeling or meaning reflected, or a summary of what they said: the plan
        # played back to check it ("So, sorry, to recap: you run the follow-up workshop ...")
        # sums up what was agreed, and still counts as a summary below 5 (J37: a career talk
        # with one reflection went 3 -> 5 once its disclosure was read as taken in)
        points = min(points, 4.0)
    if share is not None and share > 0.6:
        points = min(points, 4.0 if share <= 0.75 else 3.0)  # 4 and 5 leave them room
    if ctx.ignored:  # not heard: "some" listening at most if they reflected regularly
        points = min(points, ignored_cap(len(refl), all(d.invited for d in ctx.ignored)))
    score = clamp(points)
    # (the plan played back is that, whatever feeling word it repeats: "you say the same day if
    # you are stuck")
    evidence = [cite(ct, "summary of the plan" if plays_back_plan(ct) else
                    "feeling acknowledged" if ct in feeling else
                    "summary" if ct in summaries else "reflection", True, Code.REFLECTION,
                    Code.SUMMARY)
                for ct in sorted(refl, key=lambda ct: ct in judged.confirmed)[:3]]
    # A turn that took in what they told you is praised for that; its wording is not also
    # held against it as a guess in the same card (the points are as judged).
    # A guess is named only by words it put in their mouth: "that makes sense" is the
    # manager's own comment, so a turn whose only new words are that is not held up as one.
    # (the turn praised for taking each disclosure in, found once for the guesses and the praise)
    took_in = [(ct, d) for ct, d in ((took_it_in(d), d) for d in ctx.disclosures)
               if ct is not None]
    # one praise per turn: a plan that took in both the hint and the fuller telling after it
    # is quoted once, not twice in a row
    took_in = [(ct, d) for i, (ct, d) in enumerate(took_in)
               if all(ct is not seen for seen, _ in took_in[:i])]
    praised = [d.by for d in ctx.disclosures] + [ct for ct, _ in took_in]
    guesses = [ct for ct in judged.guesses
               if all(ct is not p for p in praised) and guess_words(ct)]
    evidence += [cite(ct, "a guess said as their words", False) for ct in guesses[:1]]
    # a turn credited for its comment or feeling that says as theirs what they had not told
    # ("So the rent's gone up and you're pulling pints till past one. That's a lot." after
    # "Things have been a lot lately."): the points stand, but the guess is named and the turn
    # is not held up as a reflection (J40's Geordie lead)
    ahead = [ct for ct in refl if ct not in guesses and not tentative(ct.turn.text)
             and not grounded(ct.turn.text, ct.said or ct.recent or "")
             and len(guess_words(ct, GUESSED_AHEAD_WORDS)) >= GUESSED_AHEAD_WORDS]
    # "before understanding" only when it came before they asked anything
    asked = first_open_question(mine)
    # (a suggestion made after asking what would help or what they could do, "What would help
    # you do that?" - "What if you paired with Jun once a week? You pick the day.", came after
    # asking: "before asking what they have tried" would be untrue; J35)
    evidence += [cite(ct, "advice before understanding" if asked is None or ct.index < asked
                      else "advice before asking what they have tried", False, Code.ADVICE)
                 for ct in advice[:1] if not any(
                     b.index < ct.index and asks_about_plan(b) for b in mine)]
    evidence += [cite(ct, f"long turn ({ct.n_words} words)", False) for ct in long_turns[:1]]
    notes = []
    per_turn = m.manager_words / len(mine)
    notes.append(f"{len(refl)} of your {len(mine)} turns reflected or summarised what they "
                 "said" if len(refl) != 1 else
                 f"1 of your {len(mine)} turns reflected or summarised what they said")
    # (the level is judged over the turns that had room for it: said, so that "regular
    # reflections" beside "3 of your 13 turns" adds up)
    notes[-1] += (f" ({len(refl)} of the {len(with_room)} that were not giving the feedback or "
                  "making the plan)." if refl and len(with_room) < len(mine) else ".")
    if share is not None and share <= 0.6 and points < 2.5 and per_turn <= SHORT_TURN_WORDS:
        notes.append(f"Your turns were short (about {per_turn:.0f} words), but short turns "
                     "are not listening on their own.")
    elif share is not None and share <= 0.6 and points < 2.5:
        # 42 words a turn is no short turn, whatever share of the talk it left them
        notes.append(f"You used about {per_turn:.0f} words a turn.")
    elif share is not None:
        room = "left them room to talk" if share <= 0.6 else "left them little room"
        notes.append(f"You used about {per_turn:.0f} words a turn, which {room}.")
    level_text = True
    if score == 2 and len(refl) >= 2 and not ctx.ignored:
        # level 2's "occasional acknowledgement at most" is untrue beside two reflections or
        # more: the summary says what took the level down instead (J37)
        level_text = False
        cost = [w for w, have in (
            ("you spoke most of the words", share is not None and share > 0.75),
            ("long turns", bool(long_turns)), ("telling", bool(telling)),
            ("a judgement", bool(judging)), ("interrupting", bool(m.interruptions)))
            if have]
        notes.insert(0, "You reflected what they said, but "
                     + (", ".join(cost[:-1]) + " and " + cost[-1] if len(cost) > 1
                        else cost[0] if cost else "not often enough")
                     + " kept the level down.")
    elif score == 4 and share is not None and share > 0.6:
        # level 4's "in turns that leave the report room to talk" is untrue beside "which left
        # them little room": the summary keeps the part that holds (J37)
        level_text = False
        notes.insert(0, "Regular reflections of what they said.")
    elif score == 5 and (m.manager_talk_share_words or 0.0) > 0.5:
        # level 5's "leaves the report most of the room" is untrue beside "you spoke 62% of
        # the words" (J39: the room is measured against a scripted report's short lines): the
        # summary keeps the part that holds
        level_text = False
        notes.insert(0, "You reflected feeling and meaning or summarised what they said.")
    opened = _opened_it(ctx, mine)
    if opened is not None:
        notes.append(opened)
    if ctx.ignored:
        # (a hint that names nothing, "Things outside work have been a lot lately.", told
        # nothing yet: J36)
        hinted = all(only_hinted(d) for d in ctx.ignored)
        # (a next turn credited above as a reflection said back part of it: "moved on without
        # acknowledging it" beside "You reflected back" on that turn is untrue; J39)
        credited = frozenset(ct.index for ct in refl)
        partly = [i for i in (part_said_back(d, credited) for d in ctx.ignored) if i is not None]
        notes.append((f"When they hinted at something more ({ctx.told()}), your next turns "
                      "moved on without asking about it" if hinted else
                      f"When they told you what was going on ({ctx.told()}), you said back "
                      f"part of it (turn {partly[0]}), then moved on from the rest without "
                      "acknowledging it" if len(partly) == len(ctx.ignored) else
                      f"When they told you what was going on ({ctx.told()}), your next "
                      "turns moved on without acknowledging it")
                     + (", although you had made room for it just before." if all(
                         d.invited for d in ctx.ignored) else "."))
    for ct in (guesses or ahead)[:1]:
        new = guess_words(ct)
        never = ", ".join(f'"{w}"' for w in new)
        notes.append(f"Turn {ct.index} told them what they meant in words they had not "
                     f"used ({never}): check a guess like that with them instead.")
    rewrites = listening_rewrites(mine, refl, ctx.ignored, ctx.facts)
    # a turn the card rewrites is not also praised: "So you felt the design would break the
    # indexer" after "I've been running on fumes" moved on from what they told, whatever they
    # said to it ("Something like that.")
    redone = {r.turn for r in rewrites}
    return CompetencyScore(
        competency=which, score=score, points=unrounded(points), evidence=tuple(evidence),
        went_well=went_well(
            # (a turn that takes the problem off them, "don't worry about anything, i will
            # sort it all out with jun and beatriz", heard who was in it and closed it: no praise)
            [_praised(ct, d.text) for ct, d in took_in if not rescues(ct.turn.text)]
            + [(ct, "You played back what you agreed, to check it" if plays_back_plan(ct)
                else "You reflected back") for ct in refl
               if all(ct is not by for by, _ in took_in) and says_back(ct, feeling)
               and ct.index not in redone and ct not in ahead]),
        try_instead=tuple(rewrites),
        summary=ctx.summary(which, score, " ".join(notes), level_text=level_text),
    )


def _hands_back(ct: ManagerMove) -> bool:
    """The turn ends by handing the floor back: a question, or an invitation to say more."""
    said = sentences(ct.turn.text)
    return bool(said) and (said[-1].rstrip().endswith("?") or invites(said[-1]))
