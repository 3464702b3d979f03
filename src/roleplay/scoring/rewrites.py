""""Try instead" rewrites of the manager's own weakest lines (deterministic templates).

Every suggestion is a sentence built from a template, the scenario's dated facts (said to the
report, see :mod:`roleplay.scoring.facts`) and, for reflections, one sentence of the report's own
that is safe to turn round. A generic sentence stands in when no scenario is known; there are no
"[day]" placeholders. Lines that were already good of their kind (a closing check, a permission
question, a reflection said as a question, an offer of help) get no rewrite, and a report line
that deflects ("That's not on me") is never offered back as a reflection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from roleplay.domain.codes import Code, TurnCoding
from roleplay.domain.scores import Rewrite
from roleplay.domain.sentences import MINUTES_ASKED, VOCATIVE, WAY_OUT
from roleplay.scoring._cues_listening import PERSONAL
from roleplay.scoring._patterns import match
from roleplay.scoring._text import CHAT_WORDS, canonical, normalise, sentences, shorten
from roleplay.scoring.facts import FactLine, ScenarioFacts
from roleplay.scoring.reflecting import BURDEN, HARD, lower_first, reflectable

# Worst first: the line a manager most needs to hear about.
SEVERITY: tuple[Code, ...] = (
    Code.THREAT, Code.LABEL, Code.BLAME, Code.ADVICE, Code.SOFTENER, Code.CLOSED_QUESTION,
)

# A yes/no question that is the right question: closing checks, checking a reflection, asking
# permission, offering help, asking for agreement ("We check in on the 10th. Deal?"; an order's
# "Clear?" is not one). Suggesting "an open question instead" for these would be wrong.
# asking for the conversation itself: "Can we talk?", "Got a minute?", "can talk a bit?", "got
# five minutes before the 4pm conference?"; and small talk before it ("Did you catch the game
# last night?"): right as yes/no questions, and no advice
ASKS_FOR_TALK = re.compile(
    r"^(?:\w+,? )?(?:ah,? |so,? |hey,? )?(?:(?:can|could) (?:we |i )?(?:talk|have a (?:quick )?"
    r"(?:word|chat))|(?:have you |you )?got " + MINUTES_ASKED
    + r"|is now (?:a )?(?:ok|okay|good|bad)(?: time)?|did you (?:catch|see|watch) the (?:game|"
    r"match|final|race|fight)|did you have a "
    r"(?:good|nice|decent|restful) (?:weekend|break|holiday|trip|time off)|(?:good|nice) "
    r"(?:weekend|break|holiday|trip))\b")
GOOD_CLOSED = re.compile(
    r"\b(?:(?:does|would|will) (?:that|this)(?: (?:time|day|date|plan))? (?:work|suit|sound|"
    r"seem|make sense|reflect|capture|cover|match|sum|fit|feel right)|(?:does|would|will) it "
    r"(?:suit|work for) you|(?:is|was) that what we (?:agreed|said)|"
    r"are we (?:agreed|aligned|on the same page|clear|good)|"
    r"is (?:that|this) (?:close|a fair)|is (?:that|this) (?:fair|ok|okay|"
    r"alright|right|realistic|doable|fine|good|manageable|workable)|does that feel|"
    # "could you let me know the night before, would that be okay?": the request's own check
    r"(?:would|will) (?:that|this|it) be (?:ok|okay|alright|all right|fine|possible|doable|"
    r"realistic|fair|manageable|workable)|"
    r"have i (?:got|understood) (?:that|it|you)|"
    r"did i (?:get|miss)|is there anything (?:else|i(?:'ve)? missed|i've got wrong|i missed)|"
    # ("Anything I have missed?", "anything i left out", said in full or by a recogniser)
    r"anything (?:else|i(?:'ve| have)? (?:missed|left out|forgotten))|"
    r"(?:can|could|may) i (?:share|give|tell|ask|offer|"
    r"suggest)|is it (?:ok|okay|alright) if|do you mind if|would it help|would you like|"
    r"would that help|shall we|can we agree|are you (?:ok|okay|happy|comfortable) with (?:that|"
    r"this)|am i right|did i hear|is that what you|makes sense\??$|sound (?:ok|okay|good|fair)"
    r"\??$|"
    # a meaning said back, then checked: "Is that near, or am I cutting the log wrong?" (J32:
    # it was rewritten as an open question about the talk, as if it were an interview)
    r"\bor am i (?:[\w']+ ){0,4}(?:wrong|off|mistaken)\??$|\bis (?:that|this) (?:near|nearly "
    r"right|about right|roughly right)\b|"
    r"that ok\??$|that okay\??$|fair enough\??$|^(?:deal|agreed|fair|sound fair|all good)\??$|"
    # leave asked at the end of what the talk is for: "i wanted to talk about something ive
    # noticed since the reorg if thats alright"
    r"\bif (?:that's|thats|that is|it's|its|it is) (?:ok|okay|alright|all right|fine)(?: with you)?"
    r"\W*$|"
    + ASKS_FOR_TALK.pattern + ")"
)

_DAYS_MONTHS = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    r"june|july|august|september|october|november|december)\b")


def tidy(text: str) -> str:
    """The manager's spoken words fit to quote inside a written sentence: "i" and the names of
    days and months capitalised, spaces collapsed."""
    out = re.sub(r"\s+", " ", text.strip())
    out = re.sub(r"\bi\b", "I", out)
    out = re.sub(r"\bi'(m|ve|d|ll)\b", lambda m: "I'" + m.group(1), out)
    return _DAYS_MONTHS.sub(lambda m: m.group(1).capitalize(), out)


def _echo(context: str | None, facts: ScenarioFacts | None,
          prefer: re.Pattern[str] | None = None) -> str | None:
    """The report's words to reflect, unless their line pushes back (by the scenario's own
    lines when it is known, else by the deflection patterns)."""
    if not context or (facts is not None and facts.deflects(context)):
        return None
    return reflectable(context, facts.names if facts is not None else frozenset(), prefer)


def _fact_sentences(fact: FactLine | None, with_impact: bool = True) -> str:
    if fact is None or fact.observation is None:
        return ""
    text = fact.observation
    if with_impact and fact.impact:
        text += " " + fact.impact
    return text


# Being ill is never what has to change; hearing about it late is: "Called in sick at 8:52 on
# Monday 26 October." asks for earlier notice, not for "that to change"
_ILL = re.compile(r"\b(?:sick|ill|illness|unwell|hospital|off sick)\b", re.I)


# An order that names a manner, not a behaviour: "Just be nicer in reviews from now on.",
# "Fine. Just be more careful from now on.", "Do better.", "Sort it out.", "Step up." (J38: both
# praised "Clear expectation"; a coach asks what "nicer" would look like)
# (and said with its when first and its threat after, in recogniser text: "from now on you be
# nice in reviews or youll be gone i mean it", J41's fish-plant foreman, praised "Clear
# expectation")
_ORDER_OPENS = (r"^(?:(?:so|and|just|fine|okay|ok|right|good|now|please|then|from now on|going "
                r"forward|from (?:today|tomorrow|monday))[,.!]?\s+)*(?:you )?(?:(?:need to|have to|"
                r"must|should|will|'ll) )?(?:just )?")
_ORDER_ENDS = (r"(?: (?:from now on|going forward|from here|moving forward|next time|in future|"
               r"in the future|okay|ok|please|yeah|right|then|again|now|i mean it))")
_VAGUE_ORDER = re.compile(
    _ORDER_OPENS + r"(?:(?:be|get|act|play) (?:a (?:bit|little|lot) "
    r"|much |way )?(?:more |less )?(?:nicer|nice|kinder|kind|gentle|gentler|patient|calm|calmer|"
    r"better|careful|professional|positive|friendly|"
    r"friendlier|polite|politer|respectful|sharper|focused|reasonable|grown[- ]up|mature|"
    r"sensible|(?:a )?team player|on (?:it|the ball)|in line)|do better|try harder|work harder|"
    r"sort (?:it|this|that|yourself) out|step (?:it )?up|shape up|buck up|tighten (?:it )?up|"
    r"pull your socks up|get (?:it|yourself) together|get a grip|up your game|lift your game|"
    r"improve|change|behave|calm down|tone it down|watch (?:it|yourself))"
    r"(?: (?:in|with|to|at|on|during) (?:your |the |our )?[a-z]+(?: [a-z]+)?)?"
    # (a consequence after it, "or you'll be gone", names no behaviour either)
    + _ORDER_ENDS + r"*(?:,? or (?:else|you'll|youll|you will|you're|youre|i'll|i will)\b"
    r"[^.?!]*)?\W*$")


def vague_order(sentence: str) -> bool:
    """One sentence orders a manner, not a behaviour ("Just be nicer in reviews from now on.")."""
    return bool(_VAGUE_ORDER.match(canonical(sentence).strip()))


def _manner(sentence: str) -> str:
    """The manner a vague order names, as a gerund to ask about ("Just be nicer in reviews
    from now on." -> "being nicer in reviews"), or "that"."""
    low = canonical(sentence).strip().rstrip(".!?")
    low = re.sub(_ORDER_OPENS, "", low)
    low = re.sub(r",? or (?:else|you'll|youll|you will|you're|youre|i'll|i will)\b.*$", "", low)
    low = re.sub(_ORDER_ENDS + "+$", "", low)
    return "being " + low[3:] if low.startswith("be ") else "that"


def vague_ask_rewrite(text: str) -> str:
    """A vague order checked with a yes/no ("Just be nicer in reviews from now on. Got it?")
    said as a change asked for and made concrete with them."""
    said = next((s for s in sentences(text) or [text] if vague_order(s)), text)
    return (f"I need this to change. What would {_manner(said)} look like in practice, "
            "starting this week? Let's agree one thing you'll do differently.")


def _change_asked(fact: FactLine | None) -> str:
    """What the manager asks to change after naming ``fact``."""
    if fact is not None and _ILL.search(fact.observation or ""):
        return "When you can't make it, I need to know earlier than that."
    return "I need that to change."


def _dated(fact: FactLine | None) -> str:
    return f"I'd like to look at what happened on {fact.when} together." if fact else ""


def _scenario_fact(facts: ScenarioFacts | None, *texts: str | None) -> FactLine | None:
    return facts.best_for(*texts) if facts is not None else None


# A manager typing fast in a chat window ("u ok?", "ur shifts", "ill check in", "im"): the
# rewrite is a sentence to say, so it uses the words they stand for (the chat words the coder
# reads, ``CHAT_WORDS``, with "i" shown as "I"), keeping the rest as typed; "ur" is shown as
# "your" ("ur shifts"), and a lone "i" as "I"
_CHAT_WORDS = {**{typed: re.sub(r"\bi\b", "I", said) for typed, said in CHAT_WORDS.items()},
               "ur": "your", "i": "I"}
_CHAT_WORD = re.compile(r"\b(?:" + "|".join(_CHAT_WORDS) + r")\b")


# A swear word said in heat: a line offered to say instead keeps the manager's words, not it
# ("bleeding" stays: a ward's patient may be)
_SWEAR = re.compile(r"\s*\b(?:(?:damn it|bloody hell|hell|for (?:fuck|god|christ|pete)'s sake|"
                    r"jesus|christ)[,!.]+(?=\s|$)|(?:bloody(?: well)?|damn(?:ed)?|goddamn(?:ed)?|"
                    r"effing|f\*+(?:ing|in)|fucking|fuckin|freaking|frigging|frickin|sodding|"
                    r"bleeding well|the (?:hell|heck))\b(?=\s|[,.!?]|$))", re.I)


def unsworn(text: str) -> str:
    """``text`` with its swear words left out ("Just write the bloody tests from now on, yeah?"
    -> "Just write the tests from now on, yeah?", "what the hell happened" -> "what
    happened")."""
    out = _SWEAR.sub("", text).strip()
    return out[:1].upper() + out[1:] if text[:1].isupper() else out


def spelled_out(text: str) -> str:
    """``text`` with chat forms written as their words ("u" -> "you", "ill check" -> "I'll
    check"); "ill" stays where it is no "I'll" ("feeling ill")."""
    full = canonical(text)
    out = _CHAT_WORD.sub(lambda m: _CHAT_WORDS[m.group(0)], text)
    if "i'll" in full:
        out = re.sub(r"\b[Ii]ll\b(?= \w)", lambda m: "I'll"
                     if re.search(r"\bi'll " + re.escape(out[m.end() + 1:].split(" ")[0].lower()),
                                  full) else m.group(0), out)
    return out


def rewrite(
    turn: int, text: str, coding: TurnCoding, context: str | None,
    focus: tuple[Code, ...] = SEVERITY, facts: ScenarioFacts | None = None,
    open_talk: bool = False, opening: bool = False, example_told: bool = False,
) -> Rewrite | None:
    """A better line for the worst move in ``text`` (among ``focus``), or None when the line
    needs none. ``open_talk``: a conversation with no problem to fix (a career talk), where a
    rewrite never speaks of turning things round or of what went wrong. ``opening``: the
    manager's first words, where a judgement, blame or threat is rewritten as a plain, warm
    opener that names what the talk is for, not as the feedback. ``example_told``: the manager
    told the example themselves earlier, so a label's rewrite drops the judgement without
    saying the example again."""
    worst = next((c for c in focus if c in coding.codes), None)
    original = shorten(text, 200)
    if opening and worst in (Code.THREAT, Code.LABEL, Code.BLAME):
        return opener(turn, original, facts)
    text = spelled_out(text)  # "u ok?" is rewritten as "you ok?" would be, in full words
    text = unsworn(text)  # "Just write the bloody tests" is kept as "Just write the tests"
    fact = _scenario_fact(facts, text, context)
    said = _fact_sentences(fact)
    if worst == Code.THREAT:
        lead = said or _dated(fact)
        return Rewrite(
            turn=turn, original=original,
            suggestion=(f"{lead} {_change_asked(fact)} I want to help you get there. What "
                        "do you think is getting in the way?") if lead else
            ("It's your choice, and I'd like to understand it. What would you want your next "
             "step to be, and how can I help?") if open_talk else
            ("I want to help you turn this round. What do you think is getting in the way, and "
             "what would make the biggest difference?"),
            why="Pressure about their choices closes the conversation down; ask what they want "
                "instead." if open_talk and not lead else
                "A threat raises defensiveness and shuts the conversation down; name the issue "
                "and the expectation, then ask.")
    if worst == Code.LABEL:
        if said:
            suggestion = f"{said} What happened from your side?"
        elif fact is not None:
            suggestion = f"{_dated(fact)} How did it look from your side?"
        elif open_talk:
            suggestion = "Tell me how you see it yourself. What matters most to you here?"
        elif example_told:
            # the example is told already: the judgement dropped, not the example said twice
            suggestion = ("This is about what happened, not about who you are. How did it look "
                          "from your side?")
        else:
            suggestion = ("I'd like to talk about one specific example and what it led to. "
                          "How did it look from your side?")
        return Rewrite(
            turn=turn, original=original, suggestion=suggestion,
            why="A judgement about the person invites a defence of the person. You had given "
                "the example already; let it stand without the judgement." if example_told
                and not said and fact is None and not open_talk else
                "A judgement about the person invites a defence of the person. One specific, "
                "dated example of the behaviour and its impact is hard to dispute and easy to "
                "discuss.")
    if worst == Code.BLAME:
        asked = curious_why(text)
        lead = said or _dated(fact)
        return Rewrite(
            turn=turn, original=original,
            suggestion=asked if asked else
            f"{lead} I'd like to understand what happened. Can you talk me through it?" if lead
            else "I'm curious what's behind that for you. Talk me through how you see it."
            if open_talk else "I'd like to understand what happened, not find fault. Can you "
                              "talk me through it from your side?",
            why="A question that sounds like fault-finding makes them defend a choice; curiosity "
                "invites them to explain it." if open_talk and not asked and not lead else
                "Fault-finding makes them defend themselves; describing what happened and asking "
                "makes them explain.")
    if worst == Code.ADVICE:
        echo = _echo(context, facts)
        lead = f"It sounds like {echo}. " if echo and HARD.search(echo) else ""
        # a career talk has nothing to fix, so nothing "tried so far": ask what they would try
        return Rewrite(
            turn=turn, original=original,
            suggestion=f"{lead}What would you like to try or learn next?" if open_talk else
            f"{lead}What have you tried so far?",
            why="Ask before advising: their own idea is the one they will act on. If you still "
                "want to suggest something afterwards, offer it as one option.")
    if worst == Code.SOFTENER and opening:
        return soft_opener(turn, original, facts, fact)
    if worst == Code.SOFTENER:
        lead = _fact_sentences(fact, with_impact=False) or _dated(fact)
        return Rewrite(
            turn=turn, original=original,
            suggestion=f"{lead} {_change_asked(fact)} What would help you get there?" if lead
            else "I'll say it plainly, because it matters: this needs to change. What would help "
                 "you get there?",
            why="Softening hides the message. Say it plainly and kindly, once.")
    if worst == Code.CLOSED_QUESTION and not good_closed_question(text, coding):
        need = _without_checks(text) if Code.EXPECTATION in coding.codes \
            or orders_them(text) else ""
        last = [s.strip() for s in sentences(need) if s.strip()][-1:] if need else []
        if need != text.strip() and last and vague_order(last[0]):
            # "Fine. Just be nicer in reviews from now on. Got it?" names no behaviour to keep:
            # ask what it would look like instead (J38: the rewrite kept "be nicer")
            return Rewrite(
                turn=turn, original=original, suggestion=vague_ask_rewrite(last[0]),
                why=f'"{last[0]}" leaves them to guess what to do differently; agree with them '
                    "what it looks like.")
        if need and need != text.strip():
            # "I need you in by nine, can you do that or not": keep the expectation, ask how
            said = _LEAD_CONNECTIVE.sub("", tidy(need)).rstrip(" ,.;")
            return Rewrite(
                turn=turn, original=original,
                # ("...if you're going to be late?" keeps its own mark: no "late?.")
                suggestion=f"{said[:1].upper()}{said[1:]}{'' if said.endswith(('?', '!')) else '.'}"
                           " What would help you make that happen?",
                why="Keep the expectation; a yes/no check after it invites a grudging yes, while "
                    "asking what would help invites a plan.")
        request = _request_said(text) if Code.EXPECTATION in coding.codes else None
        if request is not None:
            # "Can you please bring the full wireframes to the crit?": a request, kept and
            # said plainly, then asked how (J24: it was offered back as "What's been happening
            # with that, from your side?", vaguer than the line and off its point)
            return Rewrite(
                turn=turn, original=original,
                suggestion=f"{request} What would help you make that happen?",
                why="Keep the request; put as a yes/no question it invites a grudging yes, "
                    "while asking what would help invites a plan.")
        asked = asked_then_guessed(text)
        if asked is not None:
            return Rewrite(
                turn=turn, original=original, suggestion=asked,
                why="You asked an open question, then answered it for them with guesses; ask it "
                    "and wait for their answer.")
        return Rewrite(
            turn=turn, original=original, suggestion=on_the_talk(open_version(text), facts),
            why="A yes/no question gets a yes or a no; an open one invites them to think aloud.")
    return None


# A request put as a question: "Can you please bring the full wireframes to the crit?", "And
# run the crit again like before?" (not a question for their view: "Can you tell me what
# happened?", "Could you walk me through it?", nor "Can you do that?", asked after a need)
_REQUEST = re.compile(
    r"^(?:(?:so|and|also|then|okay|ok|right|now)[,]?\s+)*((?:from now(?: on)?|going forward|"
    r"next time|from (?:monday|tomorrow|next week))[,]?\s+)?"
    r"(?:(?:can|could|would|will) you(?: please| kindly)?\s+|please\s+)?"
    r"(?!(?:tell|explain|talk|walk|describe|say|share (?:what|how|why|more|your|a bit)|help me|"
    r"let me know what|think|imagine|remember|see|do (?:that|this|it)|manage|be honest)\b)"
    r"((?:bring|send|run|share|add|write|put|come|start|post|tag|loop|copy|keep|make sure|"
    r"message|text|call|ring|email|flag|raise|take|give|get|finish|ship|book|join|check|test|"
    r"update|use|go|pair|ask|talk to|speak to|be (?:in|on|there|at))\b[^?]*)\?$", re.I)
_ASKS_REQUEST = re.compile(r"\b(?:can|could|would|will) you\b|^please\b", re.I)


def _request_said(text: str) -> str | None:
    """The turn's request(s), said plainly ("Please bring the full wireframes with states to
    the crit, and run the crit again like before."), when every question in it is a request
    and one is put as "can/could/would you (please) ..."; None otherwise."""
    said = [tidy(s.strip()) for s in sentences(text)]
    asked = [s for s in said if s.endswith("?")]
    if not asked or not any(_ASKS_REQUEST.search(s) for s in asked):
        return None
    tasks, when = [], ""
    for s in asked:
        m = _REQUEST.match(s)
        if m is None:
            return None
        when = when or (m.group(1) or "").strip(" ,")
        tasks.append(m.group(2).strip(" ,"))
    joined = tasks[0] + "".join(f", and {t}" for t in tasks[1:])
    lead = f"{when[:1].upper()}{when[1:]}, please" if when else "Please"
    return f"{lead} {joined[:1].lower()}{joined[1:]}."


def opener(turn: int, original: str, facts: ScenarioFacts | None) -> Rewrite:
    """A plain, warm opener naming the talk's purpose (the scenario's, else how things are
    going), and handing them the first word."""
    name = f", {facts.name}" if facts is not None and facts.name else ""
    purpose = facts.purpose if facts is not None and facts.purpose else "how things are going"
    return Rewrite(
        turn=turn, original=original,
        suggestion=f"Thanks for making the time{name}. I'd like to talk about {purpose}, and I "
                   "want to hear how it looks from your side. How are things for you?",
        why="The first words set the tone for everything after them. A jab at the start puts "
            "them on guard before the issue is even named; a warm opener that says what the "
            "talk is for lets them listen.")


def soft_opener(turn: int, original: str, facts: ScenarioFacts | None,
                fact: FactLine | None) -> Rewrite:
    """A vague first line ("so um there's a thing I wanted to maybe chat about if that's ok")
    rewritten as a coach would: a clear, kind opener that names the topic, the fact as the
    next sentence, and the first word handed to them; not the fact said cold."""
    name = f", {facts.name}" if facts is not None and facts.name else ""
    purpose = facts.purpose if facts is not None and facts.purpose else "something that matters"
    seen = _fact_sentences(fact, with_impact=False)
    # (an acronym or a name keeps its capital: "QA reopened ...", not "qA reopened ...")
    names = facts.names if facts is not None else frozenset()
    said = f" One thing I noticed: {lower_first(seen, names)}" if seen else ""
    if seen and _ILL.search(seen):
        # being ill is never what has to change; hearing about it late is
        said += f" {_change_asked(fact)}"
    return Rewrite(
        turn=turn, original=original,
        suggestion=f"Thanks for making the time{name}. I'd like to talk about {purpose}."
                   f"{said} How has it been for you?",
        why="A hesitant start makes the talk sound worse than it is. Name the topic kindly and "
            "clearly, then the example, and hand them the first word.")


def asked_then_guessed(text: str) -> str | None:
    """The open question a turn asked before the yes/no guesses that answer it ("So what's
    going on? Is it the reorg? It's the reorg isn't it."): that question alone."""
    said = match(text).sentences
    first = next((i for i, s in enumerate(said) if s.open_question), None)
    if first is None or not any(s.closed_question for s in said[first + 1:]):
        return None
    question = _LEAD_CONNECTIVE.sub("", tidy(said[first].text)).strip()
    return question[:1].upper() + question[1:] if question.endswith("?") else None


def question_alone(text: str) -> str | None:
    """The first question a turn asked, without what came after it ("What's blocking it? I
    assume it's the support rota eating your time." -> "What's blocking it?")."""
    asked = next((s for s in sentences(text) if s.rstrip().endswith("?")), None)
    if asked is None:
        return None
    question = _LEAD_CONNECTIVE.sub("", tidy(asked)).strip()
    # "What do you want, to be an analyst forever?" -> "What do you want?": the guess said in
    # the same breath is not part of the question
    question = _ASIDE_GUESS.sub("?", question)
    return question[:1].upper() + question[1:] if len(question.split()) >= 2 else None


_ASIDE_GUESS = re.compile(r"(?<=\w),\s*(?:to|a|an|the|some|just|or|like|is it|are you)\b[^?]*\?$",
                          re.I)


# "Why did you turn down the role?": the accusing why with the verb phrase it asks about; a
# negated one ("Why didn't you tell me?") asks what got in the way
# ("Why do you think Amara left the retro early?" asks their view, not why they acted: J36
# saw it rewritten "Help me understand what's going on for you when you think Amara left ...")
_WHY = re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?why (did|do|would) you "
                  r"(?!not\b|(?:really |honestly )?(?:think|reckon|suppose|believe|guess|imagine|"
                  r"feel)\b)(.+?)\s*\??$", re.I)
_WHY_NOT = re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?why (?:didn't|don't|haven't|wouldn't|"
                      r"did you not|do you not|have you not|hadn't) (?:you )?(.+?)\s*\??$", re.I)


# a tail said after the act to push it: ", though", ", then", ", anyway", ", exactly", ", seriously"
_PUSHING_TAIL = re.compile(r",?\s+(?:though|then|anyway|anyways|exactly|seriously|honestly|"
                           r"really|again|at all|even|huh|eh)$", re.I)


def curious_why(text: str) -> str | None:
    """An accusing why-question asked as curiosity about the same act: "Why did you turn down
    the team lead role?" -> "Talk me through how you came to turn down the team lead role. What
    was going on for you?"; None when the line holds no why-question about the report."""
    for part in reversed(sentences(text)):
        said = tidy(part.strip())
        m = _WHY.match(said)
        if m and len(m.group(2).split()) <= 14:
            # (the tail that pushes, "Why did you turn down the pod lead role, though?", has no
            # place in the curious line: "Talk me through how you came to turn down the pod
            # lead role, though." reads as a typo; J29)
            act = _PUSHING_TAIL.sub("", m.group(2).rstrip(" ?.!,")).rstrip(" ,")
            if m.group(1).lower() == "do":  # a habit, not one time
                act = re.sub(r"^(?:always|still|keep|constantly|never) ", "", act)
                return f"Help me understand what's going on for you when you {act}."
            return (f"Talk me through how you came to {act}. What was going on for you at "
                    "the time?")
        if _WHY_NOT.match(said):
            return "What got in the way there? Talk me through it from your side."
    return None


# The yes/no check a manager puts after stating what they need
_CHECK_AFTER_NEED = re.compile(
    r"[,.;]?\s*(?:(?:can|could|will|would) you (?:do|manage|make) (?:that|this|it)(?: or not| for "
    r"me| for us)?|"
    # "Would that be okay?", "Will that be possible?", "Does that work for you?": the whole
    # check goes, or "Would that be." is left behind (J36)
    r"(?:would|will|could|is|does|can) (?:that|this|it) (?:be )?(?:ok|okay|alright|all "
    r"right|fine|possible|doable|acceptable|work(?: for you)?)|"
    # "Is that clear?", and a French speaker's "It is clear?"
    r"(?:is )?(?:that|it) (?:is )?(?:ok|okay|clear|understood)|"
    # "We clear?", "Are we good?": the subject goes with the tag, or "We." is left behind
    r"(?:(?:are )?(?:we|you) )?(?:clear|good|square|straight)|(?:ok|okay|yeah|right|alright|"
    r"understood|(?:do you )?understand(?: me)?|clear|fine|cool|aye|eh|done|deal|agreed|"
    # the manager answering their own tag: "Fine? Fine."
    r"got it|yes or no))\s*\??\s*(?:(?:fine|good|great|okay|ok|yes|right|cool|lovely)[.!]?)?"
    r"\s*$", re.I)


def _without_checks(text: str) -> str:
    """``text`` with every yes/no check after what it asks taken out, not only the last: "...
    yourself. Can you do that? And when you are stuck ..., you ask Kasia the same day. Is that
    clear?" was offered back with its "Can you do that?" kept (J44's Bergen purser)."""
    # (the last check first, with the manager's own answer to it: "Fine? Fine.")
    whole = _CHECK_AFTER_NEED.sub("", text.strip())
    said = [s.strip() for s in sentences(whole) if s.strip()]
    kept = [s for s in said if _CHECK_AFTER_NEED.sub("", s).strip(" ,.;?!")]
    return whole if len(kept) == len(said) or not kept else " ".join(kept)


# "And you will apologise to Leo before Friday." quoted alone needs no "And"
# (a filler said first, "Hm. From now, ...", is no part of the line offered back, J24)
# (nor is a shrug said first, "Okay. Whatever. Doors open at nine.", J44's Memphis owner)
_LEAD_CONNECTIVE = re.compile(r"^(?:(?:and|so|but|also|plus|then|okay|ok|right|now|whatever|h+m+|"
                              r"m+h?m+|u+m+|u+h+|e+r+m*)[,.]?\s+)+", re.I)


# A statement that frames the talk or reassures, checked with a tag ("There is no wrong answer
# here, okay?", "You're not in trouble, alright?", "I just want to understand, yeah?"): it asks
# them to hear it, not for information an open question would get
# (and the tags of Indian and Singapore English: "I wanted to discuss the sprints, na?")
_TAGGED = re.compile(r"^(.+?)[.,!]?\s+(?:okay|ok|right|alright|all right|yeah|yes|na|no|lah|ya)"
                     r"\s*\?$")
_FRAMING = re.compile(
    r"^(?:(?:so|and|but|look|listen|now|honestly)[,.]? )*(?:there's|there is|there are|it's|it is|"
    r"this is|this isn't|that's|nothing|nobody|no one|you're not|you are not|you aren't|you don't "
    r"(?:have|need) to|i'm not|i am not|i (?:just )?(?:want|wanted|need|'d like|would like) to "
    r"(?:understand|hear|listen|talk|help|check|know|be (?:honest|clear|fair)|discuss|chat|go "
    r"(?:over|through)|catch up)|we're|we are)\b")
_ORDERS = frozenset({Code.EXPECTATION, Code.ADVICE, Code.LABEL, Code.BLAME, Code.THREAT})


def _frames_with_tag(question: str, previous: str, coding: TurnCoding) -> bool:
    """The question is a tag on a framing or reassuring statement, not on an order."""
    said = normalise(question)
    if _BARE_TAG.match(said) and previous:  # "There's no wrong answer here. Okay?"
        said = f"{normalise(previous).rstrip('.!')}, {said}"
    m = _TAGGED.match(said)
    return bool(m and not coding.codes & _ORDERS and _FRAMING.match(m.group(1)))


def puts_their_step(text: str) -> bool:
    """A question of the turn puts their step to them with its time ("Maybe think about it and
    let me know next week?"): a proposal to agree, not advice to follow."""
    return any(_STEP_PUT.search(normalise(s)) for s in sentences(text)
               if s.rstrip().endswith("?"))


# An order said to them, then checked for understanding: "You will refrain from posting about
# other teams in public channels. Is that understood?" is the expectation, stern as it is, not a
# question to open up (it was offered back as "What's been happening with that, from your
# side?"); what will happen to them ("You will be the one leaving. Is that clear?") is no order
_YOU_WILL = re.compile(r"^(?:(?:so|and|then|now|from now on|going forward|in future|from today),?"
                       r"\s+)*you (?:will|'ll|must|are to|need to|have to) (?!(?:be|have|lose|get|"
                       r"face|regret|find|hear|see|go|end|leave|know|understand|not be)\b)"
                       r"(?:always |never |not |no longer |stop |)\w+")
_UNDERSTOOD = re.compile(r"^(?:(?:is|was) (?:that|this|it) |are we |we )?(?:understood|clear|"
                         r"crystal clear)\?$")


def orders_them(text: str) -> bool:
    """The turn tells them what they will do and checks they understood ("You will refrain from
    posting about other teams in public channels. Is that understood?"): an expectation."""
    said = sentences(text)
    return any(_YOU_WILL.match(canonical(s).strip()) and not s.rstrip().endswith("?")
               for s in said) and bool(said) and bool(
        _UNDERSTOOD.match(canonical(said[-1]).strip()))


def good_closed_question(text: str, coding: TurnCoding) -> bool:
    """A yes/no question that is right as it is: a closing or understanding check, asking
    permission, offering help, a step or check-in put to them, a reflection said with a rising
    tone, or a tag on a framing or reassuring statement."""
    if coding.codes & {Code.OPEN_QUESTION, Code.REFLECTION, Code.SUMMARY, Code.SUPPORT_OFFER,
                       Code.COMMITMENT, Code.FOLLOW_UP}:
        return True  # a step or a check-in put to them is a proposal to agree, not an interview
    parts = sentences(text)
    asked = [i for i, s in enumerate(parts) if s.rstrip().endswith("?")]
    if not asked:
        return bool(GOOD_CLOSED.search(normalise(text)))
    return all(GOOD_CLOSED.search(normalise(parts[i])) or _STEP_PUT.search(normalise(parts[i]))
               or asks_their_date(parts[i])
               or _frames_with_tag(parts[i], parts[i - 1] if i else "", coding)
               or (i < len(parts) - 1 and _TOPIC_RAISED.match(normalise(parts[i])))
               for i in asked)


def asks_their_date(question: str) -> bool:
    """The question asks them to set the date of their own step ("When can you realistically
    ship the retry fix?", "When can the retry fix realistically ship?", "By when could you
    have a draft?", "What date works for you?"):
    a plan made with them, not an interview to open up."""
    return bool(_DATE_ASKED.match(canonical(question).strip()))


# (not a jab: "When will you finally start testing?", "When are you going to grow up?")
_DATE_ASKED = re.compile(
    r"^(?:(?:so|okay|ok|and|right|then|great|good|realistically|honestly)[,]?\s+)*(?:(?:by|from) )?"
    r"(?:when|what (?:date|day|deadline)|what's a (?:realistic |fair |good )?(?:date|day|"
    r"deadline))(?: (?:do you think|would you say|do you reckon) (?:you|we)(?: (?:can|could|will|"
    r"would|might)|'ll)| (?:can|could|would|will|might|works?|suits?|feels?|is realistic)(?: for)?"
    r" (?:you|we)"
    # (their step as the subject: "When can the retry fix realistically ship?", "When could
    # your draft be ready?")
    r"| (?:can|could|would|will|might) (?![^?]*\b(?:ever|finally|actually)\b)"
    r"(?:the|your|that|this|it)\b(?: [\w'-]+){0,3}?"
    r"(?: realistically)? (?:ship|land|go live|go out|be (?:ready|done|finished|in|live|out|"
    r"shipped|merged)))\b"
    r"(?!.*\b(?:ever|finally|stop|bother|learn|grow up|get round|actually)\b)[^?]*\??$")


# A topic raised with a rising tone and then talked about ("Now I gotta say, that SQL workshop
# you ran on the 21st? Four new folks, four fives."): a noun phrase that asks nothing to turn
# into an open question (its verb is a relative clause's, after the noun)
_TOPIC_RAISED = re.compile(
    r"^(?!.*\b(?:is|are|was|were|do|does|did|have|has|can|could|will|would|should)\s+(?:it|you|we|"
    r"they|that|this|there|she|he)\b)"
    r"(?:(?:so|and|now|okay|ok|right|well|oh|i (?:gotta|have to|got to|must) say|i've got to "
    r"say),?\s+)*(?:that|the|this|those|your)\s+(?!(?:is|was|are|were|has|had|does|did|will|"
    r"would|can|could)\b)[\w'-]+(?:\s+[\w'-]+){0,3}?\s+(?:you|we|they|she|he|that|which)\s+"
    r"[\w'-]+(?:\s+[\w'-]+){0,6}\?$")


# Their step with its time, put to them to agree ("Maybe you think about it and tell me next
# week?", "You'll send me the draft by Friday?"): a proposal, whatever the coder made of it
_STEP_PUT = re.compile(
    # ("Maybe think about it and let me know next week?": the same, said as a suggestion)
    r"(?:\byou(?:'ll| will| can| could)? |^(?:(?:so|okay|ok|maybe|perhaps|just|why not)[,]?\s+)*)"
    r"(?:have a think|think (?:about it|it over|on it)|tell me|let "
    r"me know|come back to me|get back to me|send me|decide|sleep on it|"
    # ("Could you message me the night before if you're going to be late?": a request of
    # them with its time, put to them to agree)
    r"(?:message|text|ring|call|email|e-mail|ping|warn) me|give me a heads[- ]up)\b.*\b(?:next "
    r"(?:week|time|1:1|monday|tuesday|wednesday|thursday|friday)|by (?:monday|tuesday|wednesday|"
    r"thursday|friday|tomorrow|the end of)|tomorrow|tonight|on (?:monday|tuesday|wednesday|"
    r"thursday|friday)|the (?:night|day|evening) before|in advance|beforehand|ahead of time)\b"
)


_TRY = re.compile(r"^(?:(?:try to|try and|maybe|just|please)\s+)+", re.I)
_CLOSED_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Is it the people side that puts you off?": the guess is dropped and its question asked
    # (J24: it was offered back as "What's been happening with that, from your side?")
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? |right,? )?is it (?:the |your |that |this |"
                r"all the |just the )?[\w' -]{1,30}? (that(?:'s| is)?|which) (?!I\b|we\b)"
                r"([\w' -]+?)\??$", re.I),
     "What is it {0} {1}?"),
    # "Can you do that?" after what was asked of them: a grudging yes; ask what would help
    # ("You can do this?", said as a statement with a rising tone, asks the same)
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? |right,? )?(?:(?:can|could|will|would) you|you "
                r"(?:can|could|will|'ll)) (?:do|manage|stick to|commit to|live with) (that|this|it)"
                r"(?: for me)?\??$", re.I),
     "What would help you do {0}?"),
    # "Do you fancy going for the pod lead role after all?": ask what they make of it
    (re.compile(r"^(?:so |and |but )?(?:do|would) you (?:fancy|want|like) (?:going for|to go for|"
                r"applying for|to apply for|trying|to try|putting in for) (the .+?)\??$", re.I),
     "How do you feel about {0}?"),
    # "Do you want to be a manager one day?": how they feel about it
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?(?:do|would) you (?:want|like|fancy|see "
                r"yourself wanting) to (?:be|become) (a|an|the) (.+?)(?: one day| someday| some "
                r"day| eventually| in the future| later on)?\??$", re.I),
     "How do you feel about becoming {0} {1}?"),
    # "Have you thought about what you want to do in a couple of years?": ask it straight
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?(?:have|did) you (?:ever )?(?:thought|think|"
                r"considered|consider|wondered)(?: about| of)? (what|where|how|which) you "
                r"(want|see yourself|hope|enjoy|love) (.+?)\??$", re.I), "{0} do you {1} {2}?"),
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?(?:have|did) you (?:ever )?(?:thought|think|"
                r"considered|consider|wondered)(?: about| of)? (what|where|how|which) "
                r"(?:you'd|you would) like (.+?)\??$", re.I), "{0} would you like {1}?"),
    (re.compile(r"^(?:so |and |but |ok(?:ay)? )?(?:do|did) you think (?:that )?(?:you|we) "
                r"(?:can|could|will|would|'ll) (.+?)\??$", re.I), "What would it take to {0}?"),
    (re.compile(r"^(?:so |and |but |ok(?:ay)? )?(?:can|could|will|would) you (.+?) by (.+?)\??$",
                re.I), "What would it take to {0} by {1}?"),
    (re.compile(r"^(?:so |and |but )?(?:did|have|has) you (?:finish|finished|complete|completed|"
                r"do|done) (.+?)\??$", re.I), "How is {0} going, and what's left?"),
    (re.compile(r"^(?:so |and |but )?(?:are|were) you (?:ok|okay|alright|all right)\??$", re.I),
     "How are you doing, really?"),
    # "Have you been finding the codebase okay?": ask how, about the same thing
    (re.compile(r"^(?:so |and |but )?(?:have|are) you (?:been )?(finding|getting on with|"
                r"settling into) (.+?)(?:,? (?:ok|okay|alright|all right|fine|so far))?\??$",
                re.I), "How have you been {0} {1}?"),
    (re.compile(r"^(?:so |and |but )?is (.+?) (?:still )?on track(?: for .+)?\??$", re.I),
     "Where is {0} now, and what could get in the way?"),
    # "Is there any support you require in order to meet this expectation?": which support
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?(?:is there|do you (?:need|want|require)|would "
                r"you like|can i (?:give|offer) you) (?:any|anything|some) (?:support|help)"
                r"(?: (?:that )?(?:you (?:need|require|want|would like)|i can (?:give|offer) you|"
                r"from me))?,? (?:(?:in order )?to|so (?:that )?you can) (.+?)\??$", re.I),
     "What support would help you {0}?"),
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?(?:is there|do you (?:need|want|require)|would "
                r"you like|can i (?:give|offer) you) (?:any|anything|some) (?:support|help)"
                r"(?: (?:that )?(?:you (?:need|require|want|would like)|i can (?:give|offer) you|"
                r"from me))?(?: (?:at the moment|right now|with (?:this|that|it)))?\??$", re.I),
     "What support would help you most right now?"),
    # "Is there something going on, aye?", "Is anything bothering you?": what is going on
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?is (?:there )?(?:something|anything) (?:else )?"
                r"(?:going on|happening|wrong|up|bothering you|on your mind|worrying you)"
                r"(?: (?:for you|with you|at the moment|right now|at home|outside work))*"
                r"(?:,? (?:aye|eh|yeah|right|then|ok|okay))?\??$", re.I),
     "What's going on for you at the moment?"),
    # "I guess the plan hasn't really worked out the way we hoped, has it?": how it has gone,
    # from their side, about the same thing
    (re.compile(r"^(?:yeah,? |so,? |and |but |okay,? |ok,? |well,? )*(?:i guess |i think |"
                r"i suppose |i reckon )?((?:the|your|our) [\w-]+(?: [\w-]+)?) (?:hasn't|has not|"
                r"isn't|is not|didn't|did not|wasn't|was not)\b.*?,\s*(?:has|is|did|was) "
                r"(?:it|that|they)\??$",
                re.I), "How has {0} been going, from your side?"),
    # "Do you like the analytics work?": how they feel about the same thing
    (re.compile(r"^(?:so |and |but |ok(?:ay)?,? )?(?:do you (?:like|enjoy|love)|are you "
                r"(?:happy|enjoying|content)(?: (?:with|in|about|doing))?) (.+?)\??$", re.I),
     "How do you feel about {0}?"),
)
_CHECK_UNDERSTOOD = re.compile(r"^(?:so |okay |ok )?(?:are we clear|is that clear|do you "
                               r"understand(?: me)?|understood|got it|clear)\s*\??$", re.I)
_ORDER_WITH_TAG = re.compile(r"^(?:please )?(.+?)[.,!]?\s+(?:okay|ok|right|alright|yeah|clear|"
                             rf"got it|understood|yes|sorted){VOCATIVE}\s*\??$", re.I)
_BARE_TAG = re.compile(r"^(?:okay|ok|right|alright|yeah|yes|clear|got it|understood|agreed|"
                       rf"sorted){VOCATIVE}\s*\?$", re.I)
_MINE = re.compile(r"\b(?:i|i'm|i'll|i've|i'd)\b", re.I)  # the manager as subject
_HEDGE = re.compile(r"^(?:(?:maybe|perhaps|possibly|just|kind of|sort of)[,]?\s+)+", re.I)
# words that open a turn without being part of what it asks or orders
# (and a speaker's fillers: "Basically, is everything okay?" asks "is everything okay?")
_INTERJECTION = re.compile(r"^(?:(?:and|so|but|also|plus|then|okay|ok|right|now|sorry|look|listen|"
                           r"hey|um+|uh|er+m?|well|anyway|basically|honestly|actually|literally|"
                           r"frankly|you know|i mean)[,.]?\s+)+", re.I)
_SUBJECT_START = re.compile(r"^(?:i|you|we|it|this|that|the|there|they|he|she|so|and|but|if|"
                            r"look|listen|well|anyway|hey|"
                            r"is|are|was|were|am|do|does|did|have|has|had|can|could|will|would|"
                            r"shall|should|may|might|must|what|how|why)\b", re.I)
_ANY_QUESTIONS = re.compile(r"^(?:so |and |okay,? |ok,? )?(?:do you have|have you got|are there|"
                            r"is there|got|any)(?: any)? (questions|concerns|worries|thoughts|"
                            r"ideas)( (?:about|on|for) .{1,60})?\s*\??$", re.I)
# An order that opens with no verb: a time ("nine sharp from tomorrow", "Monday, 9am") is the
# expectation itself; a determiner or "no" ("no more stories") names nothing to help them do
_WHEN_FIRST = re.compile(
    # ("one more stunt like that and you're off the team" is a condition, not a time)
    r"^(?!(?:one|two|three|any) more\b)(?:\d[\d:.]*\w*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|noon|"
    r"half|quarter|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|next|every (?:day|morning|monday|tuesday|wednesday|thursday|friday|week))\b", re.I)
# (a rhetorical tag on a comment is no task either: "Exactly what you didn't want, right?")
_NO_VERB_FIRST = re.compile(r"^(?:(?:one|two|three|any) more|once more|no|not|nothing|the|a|an|"
                            r"exactly|precisely|quite|such|totally|absolutely|really|which|who|"
                            r"whose|where|when|"
                            r"this|that|these|those|your|my|our|"
                            r"every|each|all|any|some|more|less|from|by|at|on|in|before|after|"
                            r"until|till|with|without|for)\b", re.I)
# a task that opens on its verb, read by what follows the first word ("fill in the form", "get
# it done", "send it over"), or a single word; "full wireframes by Friday" opens on a noun phrase
_VERB_FIRST = re.compile(r"^[\w'-]+(?:$|[,.!]|\s+(?:the|a|an|your|my|our|this|that|these|those|"
                         r"it|them|me|us|him|her|in|up|out|on|off|back|down|over|to|round|around|"
                         r"through|with|all|some|every|each|more|less|everything|something|"
                         r"anything|yourself|ahead|there|here|now|today|tomorrow|by|before|"
                         r"early|first|properly|again|about|for|at|into|from|after|of|away|"
                         r"along|together|harder|sure|yourself|someone|somebody|him|one|two|"
                         r"three|no|not|any|what|how|when|if|whether|as|so|less)\b)", re.I)
# a condition on it happening again opens an ultimatum, not a task
_AGAIN_FIRST = re.compile(r"^(?:(?:one|two|three|any) more|once more|next time|if (?:it|that|this|"
                          r"you) (?:\w+ ){0,4}again)\b", re.I)
_EITHER_OR = re.compile(r"\b(?:is it|was it|are you|do you|did you|would you)\b.+\bor\b", re.I)


# How they are asked after in a yes/no: "Everything alright?", "Are you okay?", "things good?"
_HOW_ARE_THINGS = re.compile(r"^(?:so |and |but )?(?:(?:is )?(?:everything|things|all)|(?:are )?"
                             r"you) (?:ok|okay|alright|all right|fine|good)\b", re.I)


def open_version(text: str) -> str:
    """An open question asking for what the closed one was after."""
    parts = sentences(text)
    asked = [i for i, s in enumerate(parts) if s.rstrip().endswith("?")]
    at = asked[-1] if asked else len(parts) - 1
    last = parts[at] if parts else text.strip()
    if len(parts) > 1 and all(_BARE_TAG.match(p.strip()) or _CHECK_UNDERSTOOD.match(p.strip())
                     for p in parts):
        # "Okay? Clear?": tags alone check that they took it in, with nothing to do named (J34:
        # it was "What would help you okay??")
        return "What are you taking away from this, in your own words?"
    if at > 0 and _BARE_TAG.match(last):  # "Fill in the form by Friday. Okay?"
        last = f"{parts[at - 1].rstrip('.!')}, {last}"
    elif at > 0 and parts[at - 1].rstrip().endswith("?") and re.match(r"or\b", last, re.I):
        # "Is it the new team? Or is it the work itself?": one either/or in two questions
        last = f"{parts[at - 1].rstrip('?')}, {last[:1].lower()}{last[1:]}"
    last = tidy(last.strip())
    # "can you get the retry fix done by friday or is that too much": the way out offered is
    # not part of what is asked
    last = WAY_OUT.sub("?", last)
    for pattern, template in _CLOSED_FORMS:
        m = pattern.match(last)
        if m:
            # "Could you try to be in by nine?" asks them to be in by nine, not to try
            parts = [_TRY.sub("", g.strip().rstrip("?").strip()) for g in m.groups()]
            if all(len(p.split()) <= 12 for p in parts):
                out = template.format(*parts)
                return out[:1].upper() + out[1:]
    if _CHECK_UNDERSTOOD.match(last):
        return "What are you taking away from this, in your own words?"
    things = _ANY_QUESTIONS.match(last)
    if things:  # "Do you have any questions about the process?" -> "What questions do you..."
        about = f" {things.group(2).strip(' ?.')}" if things.group(2) else ""
        return f"What {things.group(1).lower()} do you have{about}?"
    if _HOW_ARE_THINGS.match(_INTERJECTION.sub("", last)):
        # (before the order with a tag: "Everything alright?" names no task, and was "What would
        # help you everything?")
        return "How are things going for you, really?"
    order = _ORDER_WITH_TAG.match(last)
    # "Sorry, is everything okay?": an interjection first hides the question's own verb; a
    # hedge on the task is not part of it ("maybe think about it again" -> "think about it")
    task = _HEDGE.sub("", _INTERJECTION.sub("", order.group(1)).strip()) if order else ""
    # the order is theirs to do: "Now, I'm fixin' to put you down..." is the manager's plan
    if task and _AGAIN_FIRST.match(task):
        # "One more stunt like that and you're off the team. Got it?": the threat is dropped,
        # what it was about is asked
        return "What would help make sure it doesn't happen again?"
    if task and not _SUBJECT_START.match(task) and not _MINE.search(task):
        if _WHEN_FIRST.match(task):  # "So nine sharp from tomorrow. Yeah?": a time, no verb
            return f"{task[:1].upper() + task[1:]}. What would help you make that happen?"
        if not _NO_VERB_FIRST.match(task):  # "No more stories. Okay?" is not a task to help with
            if not _VERB_FIRST.match(task):
                # "Full wireframes by Friday, camera on, comments in Figma. Clear?" names things,
                # not a verb to put after "help you": said back as it was, then asked
                return f"{task[:1].upper() + task[1:]}. What would help you make that happen?"
            return f"What would help you {task[:1].lower() + task[1:]}?"
    if _EITHER_OR.search(last):
        return "What do you think is getting in the way?"
    if re.search(r"\b(?:understand|realise|realize|see|know|get) (?:how|why|that|what)\b",
                 last, re.I):
        return "How do you see it from your side?"
    if re.search(r"\b(?:it|that|this|the|your)\b", last, re.I):
        return "What's been happening with that, from your side?"
    return "How do you see it from your side?"


# what ``open_version`` falls back on when the line gives it nothing to ask about in its own
# words: said to anyone about anything
_ANY_TALK = frozenset({"What's been happening with that, from your side?",
                       "How do you see it from your side?"})


def on_the_talk(asked: str, facts: ScenarioFacts | None) -> str:
    """``asked`` (an open version of a closed question), or, where it is the fallback said to
    anyone about anything, the same question put to them by name about what the talk is for
    ("The plan. Is it working?" -> "Priya, what's your own view of how the plan we agreed two
    weeks ago is going?"; J32: it was "What's been happening with that, from your side?", with
    nothing for "that" to name)."""
    if asked not in _ANY_TALK or facts is None or not facts.purpose:
        return asked
    name = f"{facts.name}, w" if facts.name else "W"
    return f"{name}hat's your own view of {facts.purpose}?"


def planning_prompt(missing: tuple[str, ...] = ("step", "support", "follow_up")) -> Rewrite:
    """The next step's missing parts, asked for: ``missing`` holds any of "step" (no step at all),
    "date" (a step without an owner or date), "support" and "follow_up"."""
    asks = {
        "step": "What will you do first, and by when?",
        "date": "What will you do first, and by when?",
        "support": "What do you need from me to make that happen?",
        "follow_up": "Let's check in at our next 1:1 to see how it's going.",
    }
    parts: list[str] = []
    for key in ("step", "date", "support", "follow_up"):
        if key in missing and asks[key] not in parts:
            parts.append(asks[key])
    names = {"step": "no next step agreed", "date": "no date for the next step",
             "support": "no support discussed", "follow_up": "no follow-up set"}
    absent = [names[k] for k in ("step", "date", "support", "follow_up") if k in missing]
    if "step" in missing:
        # a check-in was agreed, so "no next step" would read as if it had not been
        absent = [names["step"] if "follow_up" in missing else "no concrete next step"]
    return Rewrite(
        turn=-1, original=f"({', '.join(absent)})", suggestion=" ".join(parts),
        why="A next step with an owner, a date, the support needed and a follow-up turns the "
            "conversation into change.")


def feedback_prompt(facts: ScenarioFacts | None) -> Rewrite:
    """For a feedback conversation in which the issue was never named."""
    fact = facts.best_for() if facts is not None else None
    said = _fact_sentences(fact)
    if said:
        suggestion = f"{said} {_change_asked(fact)} What's your view?"
    elif fact is not None:
        suggestion = f"{_dated(fact)} {_change_asked(fact)} What's your view?"
    else:
        suggestion = ("I want to talk about one specific example and what it led to, and what "
                      "I need from here. What's your view?")
    return Rewrite(
        turn=-1, original="(the issue was not raised)", suggestion=suggestion,
        why="Situation, behaviour, impact and a clear expectation, said once and plainly.")


def hearsay_rewrite(
    turn: int, text: str, context: str | None, facts: ScenarioFacts | None
) -> Rewrite:
    """For feedback told as what others think ("Your comments have been perceived as harsh by
    some people"): the one dated example the scenario holds, said as what happened, and a
    question."""
    # what exactly was said: a fact that quotes them comes first
    quoted = tuple(f for f in facts.facts if f.observation and '"' in f.observation) \
        if facts is not None else ()
    fact = _scenario_fact(replace(facts, facts=quoted) if facts is not None and quoted
                          else facts, spelled_out(text), context)
    said = _fact_sentences(fact)
    return Rewrite(
        turn=turn, original=shorten(text, 200),
        suggestion=f"{said} What happened from your side?" if said else
        f"{_dated(fact)} How did it look from your side?" if fact is not None else
        "I want to talk about one specific time: when it was, what was said, and what it led "
        "to. How did it look from your side?",
        why="What others think is easy to dispute and hard to act on; one dated example of what "
            "was said or done, and what it led to, is neither.")


def reflection_for(
    turn: int, text: str, context: str | None, facts: ScenarioFacts | None = None
) -> Rewrite | None:
    """Suggest a reflection where the manager moved on without acknowledging the report; None
    when the report's line holds nothing that should be reflected (a deflection, a question)."""
    echo = _echo(context, facts)
    if not echo:
        return None
    follow = ("What's the hardest part of that for you?" if BURDEN.search(echo)
              else "Tell me more about that.")
    return Rewrite(
        turn=turn, original=shorten(text, 200),
        suggestion=f"It sounds like {echo}. {follow}",
        why="Reflecting back first shows you heard them, and they will say more.")


def acknowledgement_for(
    turn: int, text: str, disclosure: str, facts: ScenarioFacts | None = None,
    again: bool = False,
) -> Rewrite:
    """What to say instead of moving on after the report disclosed something: thanks, their
    own words reflected, a question about them and an offer. ``again``: a second one in the
    same card, whose question is worded afresh (the card's openings are ``distinct_openings``)."""
    echo = _echo(disclosure, facts, PERSONAL)
    # "a lot to carry" is for a burden: a hardship at home or something hard; news about work
    # ("I've got a final round next Wednesday") is asked about, not pitied
    heavy = PERSONAL.search(normalise(disclosure)) or (echo and BURDEN.search(echo))
    if not echo:
        said = "Thank you for telling me that."
    elif heavy and echo.split()[0] not in ("you", "you're", "you've", "you'd", "you'll"):
        # a hard fact about someone else is not guessed at: "It sounds like your dad had a
        # stroke" hedges what they just told you
        said = f"Thank you for telling me. I'm sorry to hear that {echo}."
    else:
        said = f"Thank you for telling me. It sounds like {echo}."
    ask = ("That's a lot to carry. How are you doing with it all, and what would help right now?"
           if heavy else "Tell me more about that. What would you want to happen from here?")
    if again:
        ask = ("That's a lot on top of work. What would make the next few weeks easier?" if heavy
               else "How is that affecting things for you, and what would help?")
    return Rewrite(
        turn=turn, original=shorten(text, 200),
        suggestion=f"{said} {ask}",
        why="They told you something that matters to them. Take it in before the plan, and "
            "the plan can then allow for it.")


# A stock opening said again in the same card, and what the later rewrite opens with instead:
# two acknowledgements that both open "Thank you for telling me." read as a form letter
_OPENINGS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"^Thank you for telling me that\.\s*"),
     ("I'm glad you told me that. ", "I appreciate you telling me that. ")),
    (re.compile(r"^Thank you for telling me\.\s*"),
     ("I'm glad you told me. ", "I appreciate you telling me. ")),
    (re.compile(r"^It sounds like "), ("What I'm hearing is that ", "So from what you say, ")),
)


def opening(suggestion: str) -> str:
    """How a suggestion opens: its first three words ("thank you for", "it sounds like")."""
    return " ".join(re.findall(r"[a-z']+", normalise(suggestion))[:3])


def distinct_openings(rewrites: Sequence[Rewrite]) -> tuple[Rewrite, ...]:
    """The rewrites of one card, none opening as an earlier one did: a stock opening said again
    takes the next wording of its kind ("Thank you for telling me." -> "I'm glad you told
    me."); a rewrite with no other wording keeps its own."""
    out: list[Rewrite] = []
    for rw in rewrites:
        used = {opening(o.suggestion) for o in out}
        if opening(rw.suggestion) in used:
            for pattern, others in _OPENINGS:
                if not pattern.match(rw.suggestion):
                    continue
                fresh = [pattern.sub(o, rw.suggestion, 1) for o in others]
                said = next((f for f in fresh if opening(f) not in used), None)
                if said is not None:
                    rw = rw.model_copy(update={"suggestion": said})
                break
        out.append(rw)
    return tuple(out)


__all__ = ["GOOD_CLOSED", "SEVERITY", "acknowledgement_for", "distinct_openings", "feedback_prompt",
           "good_closed_question", "open_version", "planning_prompt", "puts_their_step",
           "reflectable", "reflection_for", "rewrite", "tidy"]
