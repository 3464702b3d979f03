"""Firm rules on the form of what is asked: open or closed, one or stacked, a tip or an order in
a question's clothes, and questions said aloud without a question mark."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code, Primary
from roleplay.scoring._cues_feedback import (
    ADVICE,
    ADVICE_QUESTION,
    JUDGED,
    OBSTACLE_QUESTION,
    OWN_WISH_QUESTION,
    SARCASM,
)
from roleplay.scoring._cues_listening import (
    GUESS_FRAME,
    SEEN_FEELING,
    guess_offered,
    names_feeling,
)
from roleplay.scoring._cues_plan import PLAN_QUESTION
from roleplay.scoring._cues_talk import REFLECTION_STEM
from roleplay.scoring._cues_verdicts import character_verdict
from roleplay.scoring._gate import gated
from roleplay.scoring._patterns import PatternMatch, match
from roleplay.scoring._text import canonical, is_unpunctuated, sentences, words
from roleplay.scoring.settle.turn import (
    _CHECK,
    _CHECK_ONLY,
    _JUDGING,
    _asks_aloud,
    _Turn,
    manager_acts,
)

# A wh-question said flat, with a full stop: "So what happened.", "Why did you not tell me."
WH_SAID_FLAT = re.compile(
    r"^(?:(?:so|and|okay|ok|right|well|then),? )?(?:what(?:'s| is| was)? (?:happened|happening|"
    r"going on|went wrong|changed|the (?:story|problem|plan)|up)|(?:what|why|how|who|where|when) "
    r"(?:did|do|does|is|are|was|were|would|will|can|could|come)\b[^.?!]{0,40})\.$")
# ... or a recogniser's whole turn that asks it: "so where do you see yourself in like two years"
_WH_ASKED_SPOKEN = re.compile(
    r"^(?:(?:so|and|okay|ok|right|well|then|um|uh|er),? )*(?:what|why|how|who|where|when) (?:did|"
    r"do|does|is|are|was|were|would|will|can|could)\b[^.?!]*$")
# A tip announced ("How about this: ...", "Here's a tip:") or drawn from the manager's own past
# ("In my old company we always did like this, it worked well.")
TIP_FORM = re.compile(
    r"^(?:(?:ok|okay|so|right|well),? )?(?:how about|what about|here's an idea|here's a tip|try) "
    r"this[:,.]|\bin my (?:old|last|previous|first) (?:company|job|team|place|role|school|"
    r"hospital)\b[^.?!]{0,50}\b(?:worked|we (?:always )?did|used to)\b")
TIP_FORM = gated(TIP_FORM)
# A suggestion in a wh-question's clothes: "How about you take the lead on the next crit?"
WH_SUGGESTION = re.compile(r"^(?:(?:so|and|but|well|okay|ok|look)[,.]? )*(?:how about (?:you|we|"
                           r"just|trying)|what about (?:trying|just|using|asking|you)|what if you "
                           r"(?:just|tried)|why don't you)\b")


# A yes/no question on whether they know the reason ("do you understand why leo is upset", "Do
# you know how many complaints I've had?"): closed, the "why" only its object (the labelled
# lines code every such line closed)
_DO_YOU_KNOW_WH = re.compile(
    r"^(?:(?:so|and|but|okay|ok|um|uh|well|tamam|look),? )*(?:do|did|don't|can't) you (?:even "
    r")?(?:know|understand|see|realise|realize|get|appreciate) (?:why|what|how|where|who|when)\b")
# The day left to them ("And you pick the day you start.", "you choose when"): their choice
# handed over, no tip of the manager's
_DAY_LEFT_TO_THEM = re.compile(
    r"^(?:(?:and|so|but|okay|ok)[,]? )?you (?:pick|choose|decide|set|name) (?:the (?:day|date|"
    r"time)|a (?:day|date)|when)(?: you (?:start|begin|want))?[.!]?$")


def _one_open_question(text: str, pm: PatternMatch) -> bool:
    """The turn asks exactly one question, an open one, and tags none on ("..., no?")."""
    asked = [s for s in pm.sentences if s.is_question]
    return (len(asked) == 1 and asked[0].open_question and not asked[0].either_or
            and not pm.order_tag and canonical(text).count("?") <= 1)


# Their own view, said back: "you feel", "the idea that", "you've told yourself"
THEIR_VIEW = re.compile(r"\byou(?:'ve| have)? (?:feel|felt|think|thought|believe|told yourself|"
                        r"been telling yourself|been holding yourself to)\b|\bthe (?:idea|feeling|"
                        r"belief|sense) that\b")


def _advice_only_theirs(low: str) -> bool:
    """Every tip-like phrase in the turn sits inside a reflection's frame ("It sounds like you
    think you should...", "you feel you have to..."): what they hold themselves to, said back."""
    found = False
    for s in sentences(low) or [low]:
        for rx in (ADVICE, ADVICE_QUESTION):
            for m in rx.finditer(s):
                found = True
                frame = [f for x in (REFLECTION_STEM, THEIR_VIEW)
                         for f in x.finditer(s[:m.start()])]
                between = s[max(f.end() for f in frame):m.start()] if frame else ""
                if not frame or re.match(r"\s*(?:i|my|if i|what i)\b", m.group(0)) or len(
                        words(between)) > 12 or re.search(r"\b(?:but|so|then)\b|;", between):
                    return False  # the manager's own voice, or a new clause after the frame
    return found


# A wh-word that opens what the manager will find out, not a question to them: "ill find out by
# friday what happened with the lead designer conversation" (recogniser text, no "?")
_WH = re.compile(r"\b(?:what|why|how|when|where|who|whether)\b")
_FOUND_OUT = re.compile(r"\b(?:find out|look into|check|ask \w+|understand|learn|see)"
                        r"(?: \w+){0,3} (?:what|why|how|when|where|who|whether)\b")

# Only a check that the manager's own words were followed: "Does that make sense?", "Is that
# clear?", "You with me?" (the labelled lines code each alone a closed question and nothing of
# them: no word of theirs said back, no verdict)
_UNDERSTOOD_CHECK = re.compile(
    r"^(?:(?:okay|ok|right|so|good|and|alright)[,.]? )*(?:does (?:that|this|it|all that) (?:make "
    r"sense|make any sense)|makes? sense|is (?:that|this|it|all that) clear|(?:are )?you with me|"
    r"(?:do )?you follow(?: me)?|(?:do )?you understand(?: me)?|understood|clear)[?.!]*$")


# What they are to hand over or do, named by a relative "what": "you send me what you finish by
# evening", "do what the rota says", "explain them what is happening" (the labelled lines code
# these orders an expectation only); "tell me what happened" asks, and is not here. (Only
# "what": each is matched against a "what" of _WH, which has no "whatever" to count.)
_WH_AS_OBJECT = re.compile(r"\b(?:send|give|show|bring|email|mail|forward|post|upload|finish|fix|"
                           r"do|write|note|log|put|explain|report)(?: (?:me|us|him|her|them|it|"
                           r"down|up|in|over))? what\b")


# An open question in the imperative: "help me get what a public post gives you", "Help me see
# why the Friday slot matters" (the model knows "help me understand")
_HELP_ME_SEE = re.compile(
    r"^(?:(?:so|and|okay|ok|right|look),? )*(?:can you |could you )?help me (?:get|see|understand|"
    r"figure out|make sense of|get my head (?:round|around)|wrap my head (?:round|around)|follow) "
    r"(?:what|why|how|where|when|which|who)\b")


# Their step asked for, and its day ("what's your first step, and when?", "And what will you do
# first, and when?"): each sentence a wh-question, a step or its day named, no plan of the
# manager's in it (the labelled lines code such turns an open question only: nothing agreed yet)
_ASKS_ITS_DAY = re.compile(r"\b(?:step|steps|first|start|begin)\b|\band (?:by )?when\b")
_WH_OPEN = re.compile(r"^(?:(?:so|and|okay|ok|right|then|great|good|fine),? )*(?:what|which|when|"
                      r"how)\b")
_SPEAKER_ACTS = re.compile(r"\b(?:i|i'll|i'm|i'd|i've|ill|im|we|we'll|we're|we'd|let's|lets|us|"
                           r"our|my)\b")


def _their_step_asked(t: _Turn) -> bool:
    """The turn only asks what they will do first and when (``_ASKS_ITS_DAY``)."""
    said = sentences(t.low) or [t.low]
    asked = all(_WH_OPEN.match(x.strip()) and (x.rstrip().endswith("?") or (
        "?" not in t.low and _asks_aloud(x, match(x, None)))) for x in said)
    return asked and bool(_ASKS_ITS_DAY.search(t.low)) and not _SPEAKER_ACTS.search(t.low)


# Their own pick asked for in the imperative: "name one small thing you would like to try before
# christmas and the day you would start it", "pick one change you'd want to make" (the choice is
# theirs: no tip of the manager's)
_NAME_YOUR_PICK = re.compile(
    r"^(?:(?:so|and|okay|ok|then|now|right)[,]? )*(?:name|pick|choose|tell me|give me) (?:me )?"
    r"(?:one|a|the|two|three) (?:[\w-]+ ){0,3}?(?:thing|step|change|idea|action|bit|part|day)s? "
    r"(?:that )?you(?:'d| would| want| could| can|'ll| will| might)\b")


def _question_forms(t: _Turn) -> None:
    """Question forms: their own wishes asked about, suggestions put as questions, one open
    question, a spoken statement."""
    if Code.ADVICE in t.codes and _NAME_YOUR_PICK.match(t.low) and not t.codes & _JUDGING:
        t.codes.discard(Code.ADVICE)  # "name one small thing you would like to try": their pick
        if not t.codes:  # asked for, no tip (coded as "Pick one thing you'll do differently this
            t.codes.add(Code.INFORMATION)  # week." is: the review reads it as their step asked)
    if Code.COMMITMENT in t.codes and Code.OPEN_QUESTION in t.codes and _their_step_asked(t):
        t.codes.discard(Code.COMMITMENT)  # "what's your first step, and when?": asked, not agreed
    if Code.OPEN_QUESTION in t.codes and "?" not in t.low and t.codes & {
            Code.COMMITMENT, Code.SUPPORT_OFFER} and manager_acts(t.text) and len(
            _WH.findall(t.low)) == len(_FOUND_OUT.findall(t.low)):
        t.codes.discard(Code.OPEN_QUESTION)  # what the manager will find out, said aloud
        t.primary = Primary.INPUT
    if t.codes & {Code.REFLECTION, Code.LABEL} and _UNDERSTOOD_CHECK.match(t.low.strip()):
        t.codes -= {Code.REFLECTION, Code.LABEL}  # "Does that make sense?" read beside their
        t.codes.add(Code.CLOSED_QUESTION)  # line: a check of the manager's words, nothing of theirs
        t.primary = Primary.QUESTION
    if {Code.OPEN_QUESTION, Code.EXPECTATION} <= t.codes and "?" not in t.low and 0 < len(
            _WH_AS_OBJECT.findall(t.low)) == len(_WH.findall(t.low)):
        t.codes.discard(Code.OPEN_QUESTION)  # "from today every morning you send me what you
        t.primary = Primary.INPUT  # finish by evening theek hai ok done": an order, nothing asked
    if Code.ADVICE in t.codes and OWN_WISH_QUESTION.search(t.low):
        rest = [x for x in sentences(t.low) or [t.low] if not OWN_WISH_QUESTION.search(x)]
        if not any(ADVICE.search(x) or ADVICE_QUESTION.search(x) or (not x.rstrip().endswith("?")
                   and len(words(x)) > 3) for x in rest):  # nothing else said but questions
            t.codes.discard(Code.ADVICE)  # their own wishes, asked about: nothing suggested
            if t.primary == Primary.INPUT and not t.codes - {Code.OPEN_QUESTION,
                                                         Code.CLOSED_QUESTION}:
                t.primary = Primary.QUESTION
    if {Code.ADVICE, Code.REFLECTION} <= t.codes and _advice_only_theirs(t.low):
        t.codes.discard(Code.ADVICE)  # "Sounds like you've been holding yourself to the idea that
        # you should already know all this": their rule said back, no tip of the manager's
    if {Code.ADVICE, Code.OPEN_QUESTION} <= t.codes and not ADVICE.search(t.low) and not (
            ADVICE_QUESTION.search(t.low)) and all(
            OBSTACLE_QUESTION.match(x.strip()) for x in sentences(t.low)):
        t.codes.discard(Code.ADVICE)  # "What gets in the way of testing before you merge?"
        if t.primary == Primary.INPUT and not t.codes - {Code.OPEN_QUESTION}:
            t.primary = Primary.QUESTION
    said = sentences(t.low) or [t.low]
    if not t.codes & (_JUDGING | {Code.OPEN_QUESTION}) and any(
            _HELP_ME_SEE.match(x.strip()) for x in said):
        t.codes.add(Code.OPEN_QUESTION)  # "help me get what a public post gives you that a dm
        t.codes.discard(Code.INFORMATION)  # to leo doesnt": asked, in the imperative
        if not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.OPEN_QUESTION in t.codes and "?" not in t.low and not is_unpunctuated(t.text) \
            and len(_WH.findall(t.low)) == 1 and _ANNOUNCED.match(t.low):
        t.codes.discard(Code.OPEN_QUESTION)  # "Here's what doesn't change: I'm still on your
        if not t.codes:  # side.": its "what" announces what follows, nothing is asked
            t.codes.add(Code.INFORMATION)
        if t.primary == Primary.QUESTION:
            t.primary = Primary.INPUT
    if Code.OPEN_QUESTION not in t.codes and len(said) == 2 and _THEIR_STEP_NAMED.match(
            said[0].strip()) and _BARE_WHEN.match(said[1].strip()):
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.OPEN_QUESTION}  # "Your first step.
        if not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:  # When.": their step and
            t.primary = Primary.QUESTION  # its day asked, with full stops
    if Code.OPEN_QUESTION not in t.codes and any(_BARE_WHY.match(x.strip()) for x in said):
        t.codes.add(Code.OPEN_QUESTION)  # "Team lead. Declined. Why.": asked, with a full stop
        t.codes.discard(Code.INFORMATION)
        if not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.ADVICE in t.codes and not (ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)) \
            and all(x.rstrip().endswith("?") for x in said) and any(
            _WH_START_PLAN.match(x.strip()) and PLAN_QUESTION.search(x) for x in
            (q.split(":")[-1] for q in said)):
        # "So, like a test piece before the real instrument: what small thing would you like to
        # try first, and by what date?": their step asked for, nothing of the manager's advised
        t.codes.discard(Code.ADVICE)
        t.codes.add(Code.OPEN_QUESTION)
        if t.primary == Primary.INPUT and not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if {Code.ADVICE, Code.OPEN_QUESTION} <= t.codes:
        asked = [x for x in sentences(t.low) if x.rstrip().endswith("?")]
        if asked and all(WH_SUGGESTION.match(x.strip()) for x in asked):
            t.codes.discard(Code.OPEN_QUESTION)  # "How about you take the lead on the next crit?"
            t.codes.add(Code.CLOSED_QUESTION)
    if Code.OPEN_QUESTION in t.codes:
        asked = [x for x in said if x.rstrip().endswith("?")] or (
            [t.low] if is_unpunctuated(t.text) else [])
        if asked and all(_DO_YOU_KNOW_WH.match(x.strip()) for x in asked):
            t.codes.discard(Code.OPEN_QUESTION)  # "do you understand why leo is upset": yes/no
            t.codes.add(Code.CLOSED_QUESTION)
    if Code.ADVICE in t.codes and any(_DAY_LEFT_TO_THEM.match(x.strip()) for x in said) and all(
            _DAY_LEFT_TO_THEM.match(x.strip()) or x.rstrip().endswith("?") for x in said) and not (
            ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)):
        t.codes.discard(Code.ADVICE)  # "What do you want to try first? And you pick the day
        # you start.": their step and their day asked for
        if t.primary == Primary.INPUT and not t.codes - {Code.OPEN_QUESTION,
                                                         Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    both = {Code.OPEN_QUESTION, Code.CLOSED_QUESTION} <= t.codes
    spoken = Code.CLOSED_QUESTION in t.codes and is_unpunctuated(t.text)
    form = match(t.text, None) if both or spoken else None  # the question forms, read once
    if both and form is not None and _one_open_question(t.text, form):
        t.codes.discard(Code.CLOSED_QUESTION)
    if spoken and form is not None and not _asks_aloud(t.text, form):
        t.codes.discard(Code.CLOSED_QUESTION)  # a spoken statement: no question in its form
        if t.primary == Primary.QUESTION and Code.OPEN_QUESTION not in t.codes:
            t.primary = Primary.INPUT
    if not t.codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION, *_JUDGING, Code.ADVICE} \
            and is_unpunctuated(t.text) and len(words(t.low)) > _LONG_RUN_ON:
        # a long run-on said aloud that ends by asking what they would do ("... a message to me
        # the evening before not at ten to nine what would make that possible for you and when
        # will you start"): the head reads the statement and misses the question at its end
        last = (form or match(t.text, None)).sentences[-1:]
        if last and last[0].open_question and not last[0].advice_question \
                and _ASKS_THEM_OPENLY.match(canonical(last[0].text)):
            t.codes.add(Code.OPEN_QUESTION)
    if Code.ADVICE not in t.codes and not t.codes & _JUDGING and TIP_FORM.search(t.low):
        t.codes.add(Code.ADVICE)  # "How about this: before you post, read it once more"
        t.codes.discard(Code.INFORMATION)
        t.primary = Primary.INPUT
    if t.primary == Primary.REFLECTION and not REFLECTION_STEM.search(t.low) and (any(
            WH_SAID_FLAT.match(x.strip()) for x in sentences(t.low)) or (
            is_unpunctuated(t.text) and _WH_ASKED_SPOKEN.match(t.low))):
        # "So what happened. Straight answer.": a question said with a full stop, not their
        # words said back
        t.primary = Primary.QUESTION
        t.codes -= {Code.REFLECTION, Code.SUMMARY}
        t.codes.add(Code.OPEN_QUESTION)
    if {Code.REFLECTION, Code.OPEN_QUESTION} <= t.codes and not REFLECTION_STEM.search(t.low) \
            and any(_MY_WISH.match(x.strip()) for x in said) and all(
            _MY_WISH.match(x.strip()) or x.rstrip().endswith("?") for x in said):
        # "So I'd like it from your side. What does a week on search look like for you?": the
        # manager's wish to hear them, then the question; nothing of theirs said back
        t.codes.discard(Code.REFLECTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.REFLECTION in t.codes and _MY_OWN_THINKING.match(t.low.strip()):
        t.codes.discard(Code.REFLECTION)  # "so the two years question i have been thinking
        if t.primary == Primary.REFLECTION:  # about it for you": the manager's own work
            t.primary = Primary.INPUT
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.REFLECTION not in t.codes and not t.codes & (_JUDGING | {Code.ADVICE}) and len(
            said) >= 2 and _CHECK_ONLY.match(said[-1].strip()) and all(
            REFLECTION_STEM.search(x) or (_GUESSED_BACK.match(x.strip()) and _HOW_IT_WAS.match(
                said[-1].strip())) for x in said[:-1]):
        # "... it seems that what gives you energy is the moment when somebody understands
        # something thanks to you. Is it correct?": their meaning, offered for checking
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.REFLECTION}
        t.primary = Primary.REFLECTION
    if Code.REFLECTION not in t.codes and not t.codes & (_JUDGING | {Code.ADVICE}) \
            and is_unpunctuated(t.text) and (check := _CHECKED_ALOUD.search(t.low)) \
            and _said_back_aloud(t.low[:check.start()]) \
            and not _SOUNDS_AGREED.search(t.low[:check.start()]):
        # "maybe after october your place in the team changed and nobody checked with you that
        # is how it sounds to me did i understand right or not": their situation said back and
        # checked, in one breath (the punctuated form is read sentence by sentence above)
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.REFLECTION}
        if _GUESS_FRAME_ALOUD.search(t.low[:check.start()]):
            t.codes.discard(Code.SOFTENER)  # "maybe im wrong but": a guess's hedge
        if t.codes <= {Code.REFLECTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.REFLECTION
    if _guess_checked(t):
        # "Let me take a stab at where you might be: tired of being the one who catches it.
        # Anywhere close?": their feeling guessed at and handed back for checking; its hedges
        # ("maybe feeling watched and a bit judged") are a guess's, no message softened (the
        # labelled lines never code a checked guess at a feeling a softener)
        t.codes = (t.codes - {Code.INFORMATION, Code.SOFTENER, Code.LABEL, Code.ADVICE}) | {
            Code.REFLECTION}
        if t.codes <= {Code.REFLECTION, Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.REFLECTION
    if Code.REFLECTION not in t.codes and not t.codes & (_JUDGING | {Code.ADVICE}) \
            and SOUNDS_LIKE_THEIRS.match(t.low):
        # "sounds like you like it best when somebody finally gets it", said aloud: their
        # meaning offered back, however the recogniser ran it on
        t.codes = (t.codes - {Code.INFORMATION, Code.EXPECTATION}) | {Code.REFLECTION}
        if not t.codes & {Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP, Code.OBSERVATION,
                          Code.IMPACT}:
            t.primary = Primary.REFLECTION


def _guess_checked(t: _Turn) -> bool:
    """A guess at how they feel, offered with a check of its own ("My guess is you feel nobody
    noticed. Am I close?"): no judgement, tip or ask of them in the turn ("Maybe you're a bit
    tired of teaching, maybe?" stays the label it is), and a feeling named, not a fact
    ("Let me take a stab at the numbers ... Anywhere close?"); the guess is told, not asked ("Are
    you feeling better?" asks how they are)."""
    said = sentences(t.low)
    # (a label or tip the head reads in the guessed feeling itself, "Maybe even a bit
    # embarrassing. Am I close?", is the guess's: no judging word of the manager's is in it)
    return bool(not t.codes & {Code.BLAME, Code.THREAT, Code.EXPECTATION}
                and (guess_offered(t.text) or SEEN_FEELING.search(t.low) is not None)
                and names_feeling(t.text)
                # (or a feeling seen in them: "you look very worried right now maybe scared of
                # what comes did i read that right or not")
                and any((GUESS_FRAME.search(x) or SEEN_FEELING.search(x))
                        and not x.rstrip().endswith("?") for x in said)
                and (any(_CHECK_ONLY.match(x.strip()) for x in said)
                     # said aloud in one breath: "you look a bit ashamed now ... i think maybe
                     # you believe you should know all of it already is that close"
                     or (is_unpunctuated(t.text) and _CHECKED_ALOUD.search(t.low) is not None))
                and not (JUDGED.search(t.low) or SARCASM.search(t.low)
                         or character_verdict(t.low)))


# a check said aloud at the end of a turn, and what it checks: their side said back ("it
# sounds like", "that is how it sounds to me") of them ("you", "your")
_CHECKED_ALOUD = re.compile(r"\b" + _CHECK + r"\s*$")
_HOW_IT_SOUNDS = re.compile(r"\b(?:that's|that is) how it (?:sounds|looks|seems)(?: to me)?\b")
_OF_THEM = re.compile(r"\byou(?:r|'re|'ve)?\b")


def _said_back_aloud(body: str) -> bool:
    """Their side said back before a check: a reflection frame ("it sounds like"), or "that is
    how it sounds to me" or a guess's frame ("maybe im wrong but ... seems to give you") about
    them."""
    return bool(REFLECTION_STEM.search(body)
                or ((_HOW_IT_SOUNDS.search(body) or _GUESS_FRAME_ALOUD.search(body))
                    and _OF_THEM.search(body)))


# a guess at their side offered for checking: "maybe im wrong but explaining things to people
# seems to give you something the numbers alone dont"
_GUESS_FRAME_ALOUD = re.compile(
    r"\b(?:maybe i'?m wrong|i (?:might|may|could) be wrong|correct me if i'?m wrong),? but\b|"
    r"\b(?:seems?|seemed) to (?:give|bring|mean|matter to) you\b")
# a sentence that guesses at how it was for them, before a check of its own: "Maybe the
# estimates were tight from day one, and then my support tickets landed on top. Is that how it
# was, or is there more?" (an ask or a tip is read as advice first and never comes here)
# ... checked as how it was for them ("Is that how it was, or is there more?"; "My guess is the
# report is late again. Am I close?" guesses at a fact, no reflection)
_HOW_IT_WAS = re.compile(r"^is that how it (?:is|was|went)\b")
_GUESSED_BACK = re.compile(r"^(?:(?:so|and|okay|ok),? )?(?:maybe|perhaps|i wonder if|my guess is|"
                           r"could it be that)\b(?! (?:you|we) (?:could|should|can|might want)\b)")
# the manager agreeing, no side of theirs: "sounds like a plan", "that sounds good"
_SOUNDS_AGREED = re.compile(r"\bsounds (?:like a (?:plan|deal)|good|great|fine|ok|okay|fair)\b")
_LONG_RUN_ON = 25  # words: shorter spoken turns' questions the head reads itself
# an open question put to them: "what would make that possible for you", "how could i help"
_ASKS_THEM_OPENLY = re.compile(r"^(?:and |so |then )?(?:(?:what|how|which)(?: \w+)? (?:would|could|"
                               r"can|do|does|did|will|might|makes?|helps?)\b(?=.*\b(?:you|your|"
                               r"i|me)\b)|what(?:'s| is) (?:one|the|a|your) (?:\w+ ){0,3}?"
                               r"(?:you'd|you would|you could|you can|you'll|you will)\b)")


# "Why." said alone, as a question with a full stop (or none)
# What follows announced by a "what" ("Here's what doesn't change: ...", "Here is what I know:")
_ANNOUNCED = re.compile(r"^(?:(?:so|and|but|okay|ok|well|right|look|now)[, ]+)*here(?:'s| is) "
                        r"what\b[^.?!:]{0,40}:")
# Their step named in a fragment, then its day asked in one word: "Your first step. When."
_THEIR_STEP_NAMED = re.compile(r"^(?:(?:so|and|okay|ok|right|now)[, ]+)*your (?:first|next|one) "
                               r"(?:small )?(?:step|move|thing|action)[.!]*$")
_BARE_WHEN = re.compile(r"^(?:(?:and|so)[,]? )?(?:when|by when|what day)[.!]*$")
_BARE_WHY = re.compile(r"^(?:(?:and|so|but|okay|ok|right)[,]? )?(?:why|how come)[.!]*$")
# A question that opens on its wh-word (after a filler): "what small thing would you like to try"
_WH_START_PLAN = re.compile(r"^(?:(?:so|and|okay|ok|right|then|now)[,]? )*(?:what|how|where|"
                            r"who|which)\b")

# The manager's own wish to hear them: "So I'd like it from your side.", "I'd love to hear
# how it looks to you" (nothing of theirs in it: "I'd like to check you feel ..." is a recap)
_MY_WISH = re.compile(r"^(?:(?:so|and|now|okay|ok|right|well|first)[,]? )*i(?:'d| would) (?:really "
                      r")?(?:like|love|rather|prefer|want)\b(?!.*\b(?:you(?:'re| are| were| feel| "
                      r"felt| said| told)|check|make sure|sounds?)\b)[^?]*$")

# The manager's own thinking done for them, the topic named first: "so the two years question i
# have been thinking about it for you", "The rota. I've been thinking about it a lot." (nothing
# they said or feel said back: "you said you don't know" or "you're worried" would be)
_MY_OWN_THINKING = re.compile(
    r"^(?:(?:so|and|okay|ok|right|now|well)[,]? )*(?:(?:the|your|that|this) [\w' -]{1,40}?"
    r"[,.:;-]? )?i(?:'ve| have)? (?:been |also )?(?:thinking|thought|mulling|reading|looking)"
    r"(?: (?:about|over|on|into|up))?(?: (?:it|this|that|them))?(?: (?:a lot|for you|on your "
    r"behalf|too|as well|since|lately|this week|all week))*[.!]*$")


# "(It) sounds like ... you ...", their side said back ("sounds like the moments you like best
# are ..."), not "Sounds like a plan." or "Sounds good."
SOUNDS_LIKE_THEIRS = re.compile(
    r"^(?:(?:so|okay|ok|right|yeah|mm+|hmm|ah|oh|i see)[,.]?\s+)*(?:it )?sounds like (?!a plan|a "
    r"(?:good|great|deal)|fun|good|great)(?:[\w']+ ){0,6}?(?:you|your|you're|you've)\b")
