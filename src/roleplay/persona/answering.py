"""What kind of answer the manager's question asks for, read from their words alone.

The offline voice answers the form of the question: an either/or question gets one of the
options (or a refusal), a yes/no question a yes or a no with a reason, an open question content,
and "what could you do?" one concrete step. Speech recognition returns no punctuation and no
capitals ("is it the migration or the support rota or something else"), so the form is found
from the words: a question word opening a clause, an auxiliary before its subject ("does that
work for you"), a tag ("..., okay?"), and "or" between options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from roleplay.domain.sentences import NEED_CLEFT, READING_CHECKED, VOCATIVE, WAY_OUT


class Form(StrEnum):
    NONE = "none"  # not a question
    OPEN = "open"
    YES_NO = "yes_no"
    EITHER_OR = "either_or"


@dataclass(frozen=True)
class Question:
    form: Form
    options: tuple[str, ...] = field(default=())
    asks_for_step: bool = False  # "what could you do?", "what would help?"
    text: str = ""  # the question itself (the last one in the turn)
    tag: bool = False  # "Clear?", "Do it by Friday, okay?": checks what was said, asks nothing new
    way_out: bool = False  # "..., or is it none of them?": none of the options is an answer too

    @property
    def asks_when(self) -> bool:
        """An open question for when they will do something ("What can you hit, and when?",
        "by when", "what date works?"), not for when something happened ("When did it
        start?"): its answer names a time, or says plainly that they will come back with one."""
        return self.form == Form.OPEN and bool(WHEN_ASKED.search(self.text.replace("’", "'")
                                                                 .lower()))

    @property
    def about_past(self) -> bool:
        """A yes/no question about what happened ("Was it rushed?", "did you test it"): its
        answer is a yes or no about then, never "not yet" (which answers "Have you...?")."""
        return self.form == Form.YES_NO and bool(_PAST_ASKED.search(self.text.lower()))


# a question for the time of a step to come: "..., and when?", "by when", "when can you", "what
# date", "how soon" (not "when did it start")
WHEN_ASKED = re.compile(
    # ("..., and when?" at its end: "and when you're stuck for more than an hour, you ask" is
    # the condition of an ask, not a question for a time)
    r"\b(?:by when|(?:and|or|and by) when(?=\s*[?.!]*\s*$|\s+(?:can|could|will|would|should|"
    r"is|are|do)\b)|when (?:can|could|will|would|do you think|should)"
    r" (?:you|we|it|that|this)|when(?:'s| is| would be) (?:realistic|doable|a good "
    r"(?:time|date|day))|what (?:date|day|deadline|timeline|timescale|timeframe)|which "
    r"(?:date|day)|how soon|how long"
    r" (?:will|would|do you think) (?:it|that|you)|what(?:'s| is| would be) (?:a )?(?:realistic|"
    r"fair|firm) (?:date|deadline|day|timeline))\b")
_AUX = (r"do|does|did|is|are|was|were|can|could|will|would|should|shall|may|might|have|has|"
        r"am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|"
        r"wasn't|weren't|shouldn't")
_SUBJ = r"you|i|we|it|that|this|there|they|he|she|everything|anything|something|things"
# an auxiliary before its subject: "does that work", "can you", "is it"; not "I did it"
_INVERSION = re.compile(
    rf"(?<!\bi )(?<!\byou )(?<!\bwe )(?<!\bthey )(?<!\bhe )(?<!\bshe )(?<!\bit )(?<!\bthat )"
    rf"(?<!\bwho )(?<!\bwhat )(?<!\bwhich )(?<!\bto )(?<!\bthere )(?<!\bthis )"
    # "Just do it.", "Do that by Friday": "do" before "it" is an order, never a question
    rf"(?!do\s+(?:it|that|this)\b)\b(?:{_AUX})\s+(?:not\s+)?(?:{_SUBJ})\b")
# a past auxiliary before its subject, the question's own verb: "was it", "did you", "weren't they"
_PAST_ASKED = re.compile(rf"\b(?:was|were|did|wasn't|weren't|didn't)\s+(?:not\s+)?"
                         rf"(?:{_SUBJ}|anyone|anybody|someone|somebody|the|your|my)\b")
_WH = re.compile(
    r"\b(?:what|what's|whats|how|how's|hows|why|when|where|where's|who|who's|which)\b"
    r"(?!\s+(?:i|you|we|they)\s+(?:said|mean|meant)\b)")
# "what" that does not open a question: "I know what you mean", "that's what I need"
_WH_NOT_QUESTION = re.compile(
    r"\b(?:know|knew|see|understand|wonder|wondering|tell you|that's|thats|here's|heres|here is|"
    r"this is|is|was|exactly|"
    r"no matter|regardless of|about|of|depends on|is that|doing|matter|hear|remember|"
    r"explain|decide|decided|show you|ask you)\s+(?:what|how|why|when|where|who|which)\b")
# A proposal opening a stated sentence: the plan, not a question
_PROPOSAL = re.compile(r"^(?:(?:so|and|then|okay|ok|right|good)[,.]?\s+)*(?:let's|let us|we'll|"
                       r"we will|i'll|i will|we're going to|we are going to|we can)\s")
_OPEN_REQUEST = re.compile(
    r"\b(?:tell me (?:about|more|what|how|why)|talk me through|walk me through|help me "
    r"(?:to )?understand|say more|i'd like to hear|i'm curious (?:about|what|how)|describe)\b"
    # "name one small thing you would like to try before christmas", "Pick your first step.":
    # their step asked for in the imperative (eighty-ninth pass)
    r"|\b(?:pick|name|choose) (?:your|a|one) (?:first |small |next )?(?:step|thing)\b"
    # "Kindly explain what is happening?", "Can you explain what happened?": an account asked
    # for, however politely (a manager's own "I'll explain what..." asks nothing)
    r"|(?:^|\b(?:please|kindly|(?:can|could|would|will) you(?: please| kindly)?)\s+)explain"
    r"(?: to me)?\s+(?:what|how|why|where|when|who|which|yourself|the situation|it to me)\b"
    # a bare noun asking for their view: "Your side?", "Thoughts?", "And your take?"
    r"|^(?:(?:so|and|okay|ok|well)[, ]+)*(?:your (?:side|take|view|version|thoughts)|"
    r"(?:any )?thoughts)\s*\??\s*$"
    # "And?", "So?", "Meaning?": go on, say more
    r"|^(?:and|so|meaning|and then|then what|and so|go on)\s*\?\s*$")
# (a Scot's "aye?", a Canadian's "eh?", "..., yes?" and "..., no?" are tags too)
_TAG_WORDS = (r"(?:okay|ok|right|yeah|alright|all right|agreed|clear|got it|understood|fair|deal|"
              # (a Scouser's "Sorted?", "Savvy?")
              r"aye|eh|yes|no|innit|fine|cool|done|na|lah|can|sorted|savvy|capisce|"
              # a South African's "né?" and "hey?", a German speaker's "oder?" and "nicht wahr?"
              r"né|ne|hey|oder|nicht wahr|non|n'est-ce pas|"
              # "It is too much, you understand?": a check put the way a French speaker puts it
              r"you understand|you see)")
_TAG = re.compile(rf"(?:[,.]\s*|\s){_TAG_WORDS}{VOCATIVE}\s*\?\s*$")
_BARE_TAG = re.compile(rf"^(?:{_TAG_WORDS}|yes|no){VOCATIVE}\s*\?*\s*$")
_COMMA_TAG = re.compile(rf",\s*{_TAG_WORDS}{VOCATIVE}\s*\?\s*$")
# "You know that, don't you?", "It's been slipping, hasn't it?": a tag that leads, asking nothing
_NEG_TAG = re.compile(r",\s*(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|won't|wouldn't|"
                      r"can't|couldn't|haven't|hasn't|shouldn't) (?:you|it|we|they|he|she|i|"
                      r"there|that)\s*\?\s*$")
_STEP = re.compile(
    r"\b(?:what|how)\b.{0,40}\b(?:could|can|would|will|might|should|are|do)\s+(?:you|we)\s+"
    r"(?:do|change|try|deliver|commit|manage|offer|suggest|propose|start|need|realistically)\b"
    r"|\bwhat (?:would|might|could) (?:help|support|make (?:it|this|that|things) (?:easier|better|"
    r"work|possible|different))\b|\bwhat do you need\b"
    # "What would make the work fit around him for a while?", "what would make mornings work"
    r"|\bwhat (?:would|might|could) make (?:the |your |our )?[\w-]+(?: [\w-]+)? (?:fit|work|"
    r"workable|doable|possible|manageable|easier|better|bearable|sustainable)\b"
    # "So what do you think you could do to get back on track?": the step after "you think"
    r"|\bwhat do you (?:think|reckon|feel) (?:you|we) (?:could|can|might|should|would) (?:do|"
    r"change|try|offer|commit)\b"
    # "So what are you going to do about it?"
    r"|\bwhat (?:are|is) (?:you|we) going to (?:do|change|try)\b"
    # "so where do you wanna start and when could you realistically have that done" (fifty-fifth
    # pass): where to start is their first step
    r"|\bwhere (?:do|would|will|should|could|can) (?:you|we) (?:wanna |want to |like to )?start\b"
    # "What would need to change so you're not the only one ...?" (fifty-fifth pass)
    r"|\bwhat (?:would|will|needs? to|has to|should)(?: need to| have to)? change\b"
    # "What is one small experiment you could try ...?" (fifty-fifth pass)
    r"|\b(?:what|which)\b.{0,50}\b(?:you|we) (?:could|can|might|would|will) (?:do|try|change|"
    r"start|test|commit to|offer)\b"
    r"|\bwhat would (?:it|that) take\b|\bwhat(?:'s| is) your (?:plan|proposal|idea)\b"
    # "Which piece can you land first, and by which date?", "Pick your first step. Which day?",
    # "name one small thing you would like to try before christmas and the day you would start",
    # "how do you want to start and from which day" (eighty-ninth pass: each got only "I'm not
    # sure of a date yet. Can I come back to you by Friday?", no step)
    r"|\b(?:which|what) (?:piece|part|bit|one|item|deliverable)\b.{0,30}\b(?:(?:you|we) (?:can|"
    r"could|would|will|might|want to|'d like to)|(?:can|could|would|will|might|do) (?:you|we))\b"
    r".{0,25}\b(?:first|start)\b|\b(?:pick|name|choose) (?:your|a|one) (?:first |small |next )?"
    r"(?:step|thing)\b"
    r"|\bhow (?:do|would|will|could|can) (?:you|we) (?:want to |like to |wanna )?(?:start|begin|"
    r"raise|handle|approach|tackle)\b"
    r"|\bwhat(?:'s|s| is| would be| could be| might be| should be)? (?:one|the first|a first|a "
    r"realistic|the next|your first|a small)\b.{0,25}\b(?:step|thing|date|change)\b"
    # "What would a plan that really fits look like for you?": the plan they would make
    r"|\bwhat (?:would|might|could|does|should) (?:a|the|your|a good|a better|a realistic) "
    r"(?:plan|arrangement|set-?up|schedule)\b.{0,40}\blooks? like\b"
    # "what would you want to happen from here": what they want done is a step
    r"|\bwhat (?:would|do) you (?:want|like) to (?:happen|see happen|do|see)\b"
    # "what would you want to try first", "what could you try": a step to try
    r"|\bwhat (?:would|could|will|do|might) you (?:want to |like to )?try\b"
    # "What date feels realistic for the states?", "what's a date you'd actually stand behind?"
    r"|\bwhat(?:'s| is| would be| could be)? (?:a |the |your )?(?:realistic |good |new |firm )?"
    r"(?:date|day|deadline)\b"
    # "What start time would actually work on Mondays?": the arrangement that would work
    r"|\bwhat (?:start time|time|times|hours|schedule|pattern|shift|shifts|rota|setup|set-up|"
    r"arrangement)\b.{0,20}\b(?:would|could|might|will|does|do) (?:actually |really )?work\b"
    # "What would a small first step look like for you?", "what is small step you can do"
    # (not one already taken: "What was the first step you took?")
    r"|\bwhat\b(?:(?!\b(?:did|was|were|had|happened|went)\b).){0,20}\b(?:small|smallest|first|"
    r"next|realistic)\b(?: [\w-]+){0,2}? steps?\b(?!.{0,20}\b(?:took|taken|did|went)\b)"
    r"|\bwhere (?:would|do|could) you (?:want to )?start\b|\bwhat (?:do|would) you (?:suggest|"
    r"propose)\b|\bwhat (?:can|could) you (?:realistically |actually |honestly )?(?:deliver|"
    r"commit|do|take on|hit|get done|finish|ship|have ready|land)\b|\bby when\b|\bwhat could be "
    r"different\b|\bhow can (?:i|we) help\b|\bmake (?:the |a )?(?:biggest |most |real )?"
    r"difference\b|\b(?:would|might|could) help\b|\bneed from me\b"
    r"|\b(?:a|the) (?:good|sensible|useful|realistic|first|next|right) (?:next |first )?steps?\b"
    # "What kind of work would let you do more of this explaining?": the work they would want
    r"|\bwhat (?:kind|sort|type|kinds|sorts|types) of (?:work|role|roles|job|jobs|projects?|"
    r"things?|tasks?)\b.{0,25}\b(?:would|could|might)\b"
    # "What would a plan look like that you could actually keep?"
    r"|\bwhat (?:would|could|might|does|should) (?:a|the|your|our) (?:\w+ )?plan look like\b"
    # "What would be the most helpful first step, in your opinion?"
    r"|\bwhat(?:'s| is| would be| could be| might be| should be) (?:a |the |your )?(?:most |very )?"
    r"(?:\w+ )?(?:first|next) (?:step|move|thing)\b")
_SPACES = re.compile(r"\s+")
# A check that they understood ("Is that clear?", "Do you understand?", "You see the gap?"): like
# a tag, it checks what was said; "No." and a reason written for a plan would not answer it
_UNDERSTOOD = re.compile(
    r"^(?:(?:so|and|okay|ok|right|now|but)[,]?\s+)*(?:(?:is|was) (?:that|it|this|everything) "
    r"(?:clear|understood)|are we clear|(?:do )?you (?:understand|get|see)(?: (?:me|it|that|this|"
    r"what i mean|what i'm saying|my point|the gap|the problem|the pattern|where i'm coming "
    r"from))?|does (?:that|it|this) make sense|makes? sense|understood|got it|clear)\s*[?.!]*$")
# A statement the writer ended with a full stop is asked only by an auxiliary opening its
# clause ("Is it the workload."); "explaining things is something that gives you energy."
# and "Won't happen again." ask nothing
_CLAUSE_OPENERS = re.compile(r"^(?:(?:so|and|but|okay|ok|well|then|now|right|look|listen|"
                             r"honestly|just)[,]?\s+)*$")
# The manager's own intention said with a rising tone: a statement, not a question to answer
# yes or no ("So, um, I just wanted to talk about some of the tickets?").
_UPTALK = re.compile(r"^(?:(?:so|um|uh|okay|ok|right|and|well|like)[,.]?\s+)*(?:i|we)\s+(?:just\s+|"
                     r"kind of\s+|really\s+)*(?:wanted|want|thought|was hoping|were hoping|need|"
                     r"needed|'d like|would like|was going|was thinking)\b")


_TAG_SPOKEN = re.compile(
    r"(?<!that's )(?<!thats )(?<!it's )(?<!its )(?<!is )(?<!be )(?<!was )(?<!feel )"
    r"(?<!feels )(?<!are )(?<!am )(?<!i'm )(?<!all )\b(?:okay|ok|right|alright|yeah|agreed)$")
_ASIDE = re.compile(r"(?:do|would|did) you (?:think|say|reckon|suppose|guess)\b"
                    r"(?=\s*(?:[,.?!]|$|because\b|then\b|so\b))")
_CLAUSE_WH = re.compile(r"(?:when|where)\s+(?:i|you|we|they|he|she|it|the|your|my|that|this|"
                        r"something|anything|someone|anyone|things|there)\b")
_BETWEEN = re.compile(r"^(?:'s|s)?(?:\s*\w+){0,3}\s*$")
# "What parts of the job do you enjoy most?", "Which bits of the week do you dread?": a "what"
# or "which" with a noun phrase of its own, no subject in it, before the inversion
_WH_NOUN_PHRASE = re.compile(r"^(?:\s+(?!(?:i|you|we|they|he|she|it|i'm|you're|we're|"
                             r"they're)\b)[\w']+){1,6}\s*$")


_RELATIVE_WH = re.compile(r"(?:who|which)\b")
_NOUN_BEFORE = re.compile(r"\b(?:anyone|someone|anybody|somebody|people|person|nobody|everyone|"
                          r"friends?|(?:a|an|the|your|any|some|other) [a-z]+)(?: (?:at home|at "
                          r"work|here|there|outside work))?\s+$")


def _belongs_to_wh(span: str) -> bool:
    """The inversion after ``span`` (from a wh-word to it) is part of the wh-question."""
    wh, _, between = span.partition(" ")
    if _BETWEEN.match(between):
        return True
    return wh in ("what", "which") and bool(_WH_NOUN_PHRASE.match(f" {between}"))


# A wh-word a yes/no question's verb takes as its object: "Shall we go over how it's going on
# Thursday the 3rd?", "Can we look at what went wrong on Friday?" asks yes or no
_GOES_OVER_WH = re.compile(r"\b(?:go over|go through|look at|looking at|review|talk about|talk "
                           r"through|discuss|figure out|work out|find out|sit down and see)\s*$")
_HOW_ABOUT = re.compile(r"how about (?:you|we|i|us|if|me|\w+ing)\b")
# A check of what was just put, ending the turn: "does that sound right", "does that work for you",
# "sound fair?"
_CHECKS_PLAN = re.compile(
    r"(?:^|[,.;]\s*|\s)(?:(?:does|would|will|is|could) (?:that|this|it) (?:sound|work|suit|seem|"
    r"look) (?:right|good|fair|okay|ok|alright|all right|reasonable|doable|realistic|like a plan)"
    r"(?: (?:to|for) you)?|(?:does|would|will) (?:that|this|it) work(?: for you)?|(?:sound|sounds) "
    r"(?:good|fair|right|okay|ok|like a plan))\s*\??\s*$")


# A bare "When?" ("What's your first step? When?", said bluntly "What's your first step. When.")
# asks the when of the question before it, not a question of its own.
_BARE_WHEN = re.compile(r"^(?:and |so |but )?(?:by |from )?(?:when|what day|which day)\s*[?.!]?$",
                        re.I)


def _last_question(text: str) -> str:
    """The last sentence that is a question (or the whole turn when unpunctuated); a bare
    "When?" after another sentence is read with it."""
    parts = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    asked = [p for p in parts if p.endswith("?")]
    last = asked[-1] if asked else parts[-1] if parts else text
    if _BARE_WHEN.match(last) and len(parts) > 1 and parts[-1] == last:
        return f"{parts[-2].rstrip('.?! ')}, {last.rstrip('.!?').lower()}?"
    return last


def _options(clause: str) -> tuple[str, ...]:
    """The options of an either/or question, from the clause after its inversion."""
    body = clause.rstrip("?. ").strip()
    segs = [s.strip(" ,") for s in re.split(r",\s*(?:or\s+)?|\s+or\s+", body, flags=re.I)
            if s.strip(" ,")]
    segs = [re.sub(rf"^(?:{_AUX})\s+(?:{_SUBJ})\s+", "", s, flags=re.I) for s in segs]
    if len(segs) < 2:
        return ()
    second = segs[1].lower().split()
    first = segs[0].split()
    determiners = {"the", "a", "an", "your", "my", "more", "less", "some", "something",
                   "someone", "too", "not", "just"}
    start = next((i for i in range(len(first) - 1, -1, -1) if first[i].lower() in determiners),
                 None)
    if start is None or (second and second[0] not in determiners):
        start = max(0, len(first) - max(1, min(len(second), 4)))
    segs[0] = " ".join(first[start:])
    out = tuple(s for s in segs if s and len(s.split()) <= 8)
    return out if len(out) >= 2 else ()


def checks_understanding(question: Question) -> bool:
    """"Are we clear?", "Do you understand?": a check that the message landed."""
    said = question.text.replace("’", "'").lower()
    # ("It is too much, you understand?": the check is the clause after the comma)
    return _UNDERSTOOD.match(said) is not None or (
        question.tag and _UNDERSTOOD.match(said.rsplit(",", 1)[-1].strip()) is not None)


# "I guess I'm wondering what you see yourself doing down the line?", "I'd love to know how
# it's been": a question put as what the manager wonders, open whatever its punctuation ("I
# wonder if ..." still asks yes or no)
_WONDERS_WH = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|um+|uh+|right|i guess|i suppose|i think|just)[,.]?\s+)*"
    r"(?:i(?:'m| am|'ve been| have been| was)?|i'd|i would) (?:just |kind of |sort of |really |"
    r"also |genuinely )*(?:wonder(?:ing)?|curious(?: about)?|(?:love|like) to (?:know|hear|"
    r"understand)|keen to (?:know|hear|understand)|interested (?:to (?:know|hear)|in)) "
    r"(?:about )?(?:what|how|why|where|which|who)\b", re.I)


# A wh-question with a polite request after it (fifty-fifth pass): "What is different, can you
# tell me?", "Why was it late, could you explain?", "what happened there, can you say"
_WH_THEN_TELL = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|right|then)[,.]?\s+)*(?:what|why|how|where|when|which|"
    r"who)\b[^?]{1,120}?,\s*(?:can|could|would|will) you (?:please |maybe |perhaps )?(?:tell me|"
    r"say|explain|share|describe|talk me through(?: it)?|walk me through(?: it)?|help me "
    r"understand)(?: (?:more|a bit|a little|a bit more|a little more|that|it|please|for me))*"
    r"\s*[?.]?\s*$", re.I)


# "What the role needs from you is this: ...", "what the team needs is ...": what something
# needs, said as a statement (the manager's own need is NEED_CLEFT's)
_WHAT_CLEFT = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|right|look|now)[, ]+)*what (?:the|this|that|your|our|my|"
    r"their|his|her) (?:[\w-]+ ){0,2}?(?:needs?|wants?|expects?|requires?|asks? for|matters?|"
    r"counts?)\b[^?]{0,40}?\b(?:is|are)\b(?=[^?]*$)"
    # "so what i've seen is you logged in at nine forty seven ...", "What I noticed was ..."
    # (fifty-fifth pass): what the manager saw, said as a statement
    r"|^(?:(?:so|and|but|okay|ok|well|right|look|now)[, ]+)*what (?:i|we)(?:'ve| have)? "
    r"(?:(?:actually |personally )?(?:seen|noticed|heard|saw|observed|found)|(?:want|wanted|need) "
    r"to (?:say|share|raise|flag|bring up|mention))\b(?: [\w-]+){0,3}? (?:is|was|are|were)\b"
    r"(?=[^?]*$)")


def read_question(text: str) -> Question:
    """The form of the manager's (last) question; robust to missing punctuation and capitals.
    A check that they understood is a tag: it asks nothing new. Their own words quoted back
    ("you wrote did you even run this on the review") ask nothing."""
    text = their_words_set_aside(text)
    if _SPOKEN_CHECK.match(text.replace("’", "'").strip()):
        # "something i forgot", "anything i missed": the recap's check, said aloud
        return Question(Form.YES_NO, text=text.strip())
    question = _read_question(_OR_JOINED.sub(r", or", text))
    if question.form in (Form.YES_NO, Form.NONE) and _WONDERS_WH.match(
            question.text.replace("’", "'").strip()):
        return Question(Form.OPEN, asks_for_step=bool(_STEP.search(question.text.lower())),
                        text=question.text)
    if question.form == Form.YES_NO and _WHICH.match(question.text.replace("’", "'")) \
            and _NONE_OF_THEM.search(question.text):
        # "Which of those pulls at you, or is it none of them?": the way out is part of the
        # open question, its "is it" no yes/no question of its own
        asked = _read_question(_NONE_OF_THEM.sub("?", _OR_JOINED.sub(r", or", text)))
        # a choice among the things put before it ("Going deeper as a senior analyst.
        # Something closer to data education. ..."), or none of them: an either/or, its
        # options those things when they are said as such
        return Question(Form.EITHER_OR, options=_put_before(text, question.text),
                        text=asked.text, way_out=True)
    if question.form == Form.YES_NO and _WH_THEN_TELL.match(question.text.replace("’", "'")):
        # "What is different, can you tell me?": the politeness after it asks nothing of its
        # own; the wh-question is what they answer ("Yes, I think so." answers neither)
        return Question(Form.OPEN, asks_for_step=bool(_STEP.search(question.text.lower())),
                        text=question.text)
    listed = _listed_options(text, question)
    if listed:
        # "So where do you want to play? Lead role, manager, expert?": the options offered to
        # the question before them, not a yes/no to say "Not really." to
        return Question(Form.EITHER_OR, options=listed, text=question.text)
    if question.form == Form.YES_NO and not question.tag and checks_understanding(question):
        return Question(Form.YES_NO, text=question.text, tag=True)
    return question


# A recap's check said aloud with no question mark: "something i forgot", "anything i missed"
_SPOKEN_CHECK = re.compile(r"^(?:(?:so|and|okay|ok|right|alright)[,.]?\s+)*(?:anything|something) "
                           r"(?:else )?(?:i|i've|i have) (?:missed|forgot|forgotten|left out|"
                           r"overlooked)(?: out)?$", re.I)
# Their own words quoted back: in quote marks ('you wrote "did you even run this" on the
# review'), or, as a recogniser writes it, with none, a question of theirs straight after "you
# wrote / said / commented" ("you wrote did you even run this on the review", "in the retro you
# said are we not allowed jokes now"): to the end of the sentence, or up to a question the
# manager asks of them after it ("..., why do you think that is")
_QUOTED = re.compile(r"\s*[\"“][^\"“”]{1,200}[\"”]")
_SAID_BY_THEM = re.compile(
    rf"(?<!\bwhat )(?<!\bthing )(?<!\bthings )\byou (?:wrote|said|commented|posted|typed|"
    rf"replied|answered|messaged|put|asked|told "
    rf"(?:me|him|her|them|the team|everyone|[a-z]+))(?: (?:on|in|under|to|at) (?:the |his |her "
    rf"|their |\w+'s )?[\w-]+(?: [\w-]+)?)?[,:]?\s+(?=(?:(?:{_AUX})\s+(?:not\s+)?(?:{_SUBJ}|"
    rf"anyone|anybody)|(?:why|what|how|who|where)\s+(?:{_AUX}|'s)|is\s+this|isn't\s+it)\b)", re.I)
_THEIR_WORDS_END = re.compile(r"[.!?]|,?\s+(?=(?:so\s+|and\s+|but\s+)?(?:why|what|how|when)\s+"
                              r"(?:do|did|would|were|was|are)\s+you\b|(?:do|did|would|were|was|"
                              r"are) you (?:think|mean|feel|reckon)\b)", re.I)


# "... you said nothing from me when i asked": a time the manager asked, no question now
_WHEN_I_ASKED = re.compile(r"\bwhen (?:i|we|someone|people|they) (?:asked|asked you|spoke to "
                           r"you|talked to you)(?=\s*(?:[.!]|$))", re.I)


def their_words_set_aside(text: str) -> str:
    """``text`` with the report's own words, quoted back to them, said as "that": what they
    wrote or said asks nothing of them now."""
    out = _WHEN_I_ASKED.sub("then", _QUOTED.sub(" that", text))
    while (m := _SAID_BY_THEM.search(out)) is not None:
        end = _THEIR_WORDS_END.search(out, m.end())
        stop = end.start() if end is not None else len(out)
        out = f"{out[:m.end()]}that{out[stop:]}"
    return out


# "Which of those pulls at you, or is it none of them?", "which one, or neither?": a way out at
# the end of a question for one of several things
_WHICH = re.compile(r"^(?:(?:so|and|okay|ok|right|well|now|then)[,.]?\s+)*which\b", re.I)
_NONE_OF_THEM = re.compile(r",?\s*\bor (?:is it |are they |would it be |maybe )?(?:none(?: of "
                           r"(?:them|those|these|the above))?|neither(?: of (?:them|those|"
                           r"these))?|something else(?: entirely)?|anything else)\s*\??\s*$",
                           re.I)
_NOT_AN_OPTION = re.compile(rf"^(?:let|let's|i|i'm|i'd|i'll|we|we're|we'll|you|you're|so|okay|ok|"
                            rf"right|here|there|this|these|those|that|it|{_AUX})\b", re.I)


def _put_before(text: str, which: str) -> tuple[str, ...]:
    """The options said just before a "which" question, each a sentence with no subject and
    verb of its own ("Going deeper as a senior analyst.", "Or managing people some day, if you
    ever did want it."), up to its first comma; none unless at least two are."""
    before = text[: text.rfind(which)] if which in text else ""
    sentences = [p.strip() for p in re.split(r"(?<=[.!?])\s+", before) if p.strip()]
    options: list[str] = []
    for sentence in reversed(sentences):
        bare = re.sub(r"^(?:or|and|maybe|then)\s+", "", sentence.rstrip(".!?;: "), flags=re.I)
        option = bare.split(",")[0].strip()
        if sentence.endswith("?") or _NOT_AN_OPTION.match(bare) or not 1 <= len(
                option.split()) <= 8:
            break
        first = option.split()[0]
        if first.lower() in _PLAIN_STARTS or (first.endswith("ing") and first[1:].islower()):
            option = option[:1].lower() + option[1:]  # a sentence's capital, not a name's
        options.insert(0, option)
    return tuple(options) if len(options) >= 2 else ()


_PLAIN_STARTS = frozenset({"something", "somewhere", "someone", "more", "less", "a", "an", "the",
                           "staying", "another", "other", "some", "any", "just", "maybe",
                           "perhaps", "either", "keep", "stay", "go", "move", "try", "take"})


# "Is it the new team? Or is it the work itself?": one either/or said as two questions
_OR_JOINED = re.compile(r"\?\s+or\b", re.I)
_LIST_WORD_NOT = re.compile(rf"\b(?:{_AUX}|{_SUBJ}|me|my|your|yeah|right|okay|ok)\b", re.I)


def _listed_options(text: str, question: Question) -> tuple[str, ...]:
    """The last question is only a list of short options ("Lead role, manager, expert?") after
    an open question in the same turn: its options."""
    if question.form != Form.YES_NO or question.tag:
        return ()
    asked = [p.strip() for p in re.split(r"(?<=[.!?])\s+", text) if p.strip().endswith("?")]
    if len(asked) < 2 or _read_question(asked[-2]).form != Form.OPEN:
        return ()
    items = [
        i.strip(" ,")
        for i in re.split(r",\s*(?:or\s+)?|\s+or\s+", asked[-1].rstrip("?. "))
        if i.strip(" ,")
    ]
    if not 2 <= len(items) <= 5 or any(
        len(i.split()) > 3 or _LIST_WORD_NOT.search(i) for i in items
    ):
        return ()
    return tuple(items)


# A request ("could you message me the night before or by eight?", "can you text or call me
# if you're late?"): the "or" offers ways of doing the one thing asked, either of which does it,
# so it asks yes or no. A choice put to them ("would you rather...", "do you want A or B") or
# a second question after the "or" ("can you finish today, or do you need until Friday?") is
# an either/or.
_REQUEST = re.compile(r"^(?:can|could|will|would)\s+you\s+(?:please\s+|just\s+|also\s+)*"
                      r"(?!prefer|rather|like|want|choose|pick|say|think|call it|describe)[a-z]+")
_SECOND_ASK = re.compile(rf"\bor\s+(?:(?:{_AUX})\s+(?:{_SUBJ})|(?:{_SUBJ})\s+(?:{_AUX}))\b")


# a way out said in the statement's order ("..., or it is too much?", a French speaker's)
_WAY_OUT_STATED = re.compile(r",?\s*\bor (?:that|it|this) (?:is|'s|would be|will be) (?:too much|"
                             r"asking too much|too soon|too tight|a stretch|unrealistic|not "
                             r"doable|not realistic|not possible)\s*\??$", re.I)


def _one_request(clause: str) -> bool:
    """The question from its inversion on asks them to do one thing, two ways or times, or
    one thing with a way out ("can you send them before the end of the month, or it is too
    much?")."""
    if _REQUEST.match(clause) and _WAY_OUT_STATED.search(clause):
        return True
    return bool(_REQUEST.match(clause)) and not _SECOND_ASK.search(clause)


# "..., or not really?", "or not yet?": the no said for them, not a second option
_OR_NOT = re.compile(r",?\s*\bor not (?:really|quite|yet|at all|so much|sure|either|especially)"
                     r"\s*\??\s*$", re.I)
# "Is that about right, or am I reading the gauge wrong?": the second option is the manager's own
# misreading, so the question checks the reading (yes or no), it offers no choice
OR_I_MISREAD = re.compile(
    r"\bor (?:am i|have i|did i|do i have it|have i got it)\b(?: [\w']+){0,5}? (?:wrong|off|out|"
    r"misreading|turned around|backwards|astray|off (?:base|the mark|track))\b", re.I)
_THING_CLEFT = re.compile(r"\bthe (?:thing|point|issue|reason|problem|bit|part|worry|concern)\b"
                          r"[^?]{0,160}?\bis that\b")


# An "or" inside a saying or a metaphor, with no question of its own (fifty-ninth pass): "my
# old surf coach used to say you pick your wave or the wave picks you, and i think it's time you
# picked one, you know?", "as they say, it's sink or swim, right?". The saying is quoted, or its
# "or" is between two clauses that each have their own verb ("you pick your wave or the wave
# picks you"); the question mark is the tag's, so nothing is offered to choose.
_SAYING = re.compile(
    r"\b(?:(?:used to|would|always|likes? to|liked to) say|(?:always |once )?said|says|as (?:they|"
    r"the saying|my \w+|the \w+) (?:say|says|said|goes)|the saying goes|(?:there's|there is) a "
    r"saying|like (?:they|my \w+|the \w+|we) (?:say|said|used to say)|what they say)\b")
_CLAUSE_OR = re.compile(
    r"\b(?:you|we|they|i|it|he|she)\s+\w+\b[^,;?]*?\bor\s+(?:the|a|an|your|my|it|you|we|they|"
    r"he|she)\b[^,;?]*?\b\w+s\b")
# a tag that asks nothing new at the end of a statement ("..., you know?", "..., yeah?")
_KNOW_TAG = re.compile(r"[,.]\s*(?:you know|ya know|y'know|you know what i mean|know what i "
                       r"mean|innit|yeah|right)\s*\?\s*$")


def _or_in_a_saying(low: str) -> bool:
    """The "or" of the question is a saying's or a metaphor's, not a choice put to them: said
    after a word of saying ("used to say", "as they say"), or between two clauses of their
    own, with the turn ending on a tag ("..., you know?")."""
    at = low.find(" or ")
    if at < 0:
        return False
    saying = _SAYING.search(low[:at])
    if saying is not None and "?" not in low[saying.end():at]:
        return True
    return bool(_KNOW_TAG.search(low) and _CLAUSE_OR.search(low))


def _read_question(text: str) -> Question:
    q = _SPACES.sub(" ", _last_question(text).strip())
    low = q.replace("’", "'").lower()  # same length as q: offsets carry over
    step = bool(_STEP.search(low))
    wh_positions = [m.start() for m in _WH.finditer(low)
                    if not _WH_NOT_QUESTION.search(low[max(0, m.start() - 20): m.end()])]
    # "Were you annoyed when you wrote it?": a time or place clause after the yes/no question
    # asks nothing of its own
    asked_at = next((m.start() for m in _INVERSION.finditer(low)), -1)
    if asked_at >= 0:
        wh_positions = [w for w in wh_positions
                        if w < asked_at or not (_CLAUSE_WH.match(low, w)
                                                or _GOES_OVER_WH.search(low[:w]))]
        # "Do you have anyone at home who you talk to?": a "who" or "which" after its noun
        # is a relative clause of the yes/no question, not a question of its own (sixty-first
        # pass)
        wh_positions = [w for w in wh_positions
                        if w < asked_at or not (_RELATIVE_WH.match(low, w)
                                                and _NOUN_BEFORE.search(low[:w]))]
    # "how about you run the follow-up session?" proposes; it asks for a yes or a no
    wh_positions = [w for w in wh_positions if not _HOW_ABOUT.match(low, w)]
    # "what I need going forward is that ...", "What the role needs from you is this: ...": a
    # statement
    cleft = NEED_CLEFT.match(low) or _WHAT_CLEFT.match(low)
    if cleft:
        wh_positions = [w for w in wh_positions if w >= cleft.end()]
    if q.rstrip()[-1:] in ".!" and _PROPOSAL.match(low):
        # "Let's meet again on Tuesday 8 December and look at how the first two weeks went.":
        # a proposal said as one, its "how" part of the plan; it asks for an answer to the
        # proposal, not for content
        wh_positions = []
    open_at = max(wh_positions, default=-1)
    request = _OPEN_REQUEST.search(low)
    if request:
        open_at = max(open_at, request.start())
    # an inversion inside the open question ("how are you doing") belongs to it
    inversions = [m for m in _INVERSION.finditer(low)
                  if not any(m.start() - w >= 0 and _belongs_to_wh(low[w:m.start()])
                             for w in wh_positions if w < m.start())]
    # "what would help, do you think, ..." : a tag on the open question, not a yes/no one
    inversions = [m for m in inversions if not (wh_positions and m.start() > wh_positions[0]
                                                and _ASIDE.match(low, m.start()))]
    if cleft:
        inversions = [m for m in inversions if m.start() >= cleft.end()]
    # "the thing i wanted to bring up ... is that on thursday your camera was off": the "is
    # that" of a statement's cleft, however long the subject before it, asks nothing
    thing = _THING_CLEFT.search(low)
    if thing:
        inversions = [m for m in inversions if not thing.start() <= m.start() < thing.end()]
    spoken = not re.search(r"[.?!,;:]", q)
    stated = not spoken and q.rstrip()[-1:] in ".!"
    if stated:
        inversions = [m for m in inversions if _CLAUSE_OPENERS.match(low[:m.start()])
                      or low[:m.start()].rstrip().endswith(",")]
    yes_no_at = inversions[-1].start() if inversions else -1
    # an auxiliary opening the turn: "is it..." "can you..."
    if yes_no_at < 0 and not stated and re.match(rf"^(?:so |and |but |okay |ok |well |then |now )*"
                                  rf"(?!do (?:it|that|this)\b)(?:{_AUX})\b", low):
        yes_no_at = 0
    if _CHECKS_PLAN.search(low) and not _CHECKS_PLAN.match(low):
        # "...and you and i sit down on tuesday the first does that sound right": the check at
        # the end asks a yes or a no to what was put, whatever "what" or "how" came before it
        return Question(Form.YES_NO, text=q)
    if open_at < 0 and _NEG_TAG.search(low):
        return Question(Form.YES_NO, text=q, tag=True)
    if open_at < 0 and (_TAG.search(low) or _BARE_TAG.match(low)
                        or (spoken and _TAG_SPOKEN.search(low))):
        # "Is everything okay?" asks; "Do it by Friday, okay?" only checks what was said
        # "Do it by Friday, okay?": the comma sets the tag apart from an opening "do"
        tag = yes_no_at < 0 or bool(_BARE_TAG.match(low) or _COMMA_TAG.search(low))
        return Question(Form.YES_NO, text=q, tag=tag)
    if yes_no_at > open_at:
        later = [m for m in inversions if m.start() > open_at]
        first = later[0] if later else None
        start = first.end() if first is not None else 0
        after = low[start:]
        if " or " in f" {after} " and not WAY_OUT.search(after) and not _OR_NOT.search(after) \
                and not OR_I_MISREAD.search(after) and not READING_CHECKED.search(low) \
                and not _one_request(low[first.start() if first else 0:]):
            options = _options(q[start:])
            if options:
                return Question(Form.EITHER_OR, options=options, text=q)
        return Question(Form.YES_NO, text=q)
    if open_at >= 0:
        return Question(Form.OPEN, asks_for_step=step, text=q)
    if spoken and re.match(r"^(?:(?:so|and|okay|ok|right|well|alright)\s+)*how about\s", low) \
            and _HOW_ABOUT.search(low):
        return Question(Form.YES_NO, text=q)  # "how about we pair you with kasia": proposed
    if q.rstrip().endswith("?") and _UPTALK.match(low):
        return Question(Form.NONE, text=q)  # "I just wanted to talk about the tickets?"
    if q.rstrip().endswith("?"):
        if " or " in low and _or_in_a_saying(low):
            # "... you pick your wave or the wave picks you, and i think it's time you picked
            # one, you know?": the saying offers nothing to choose; its tag checks it landed
            return Question(Form.YES_NO, text=q, tag=bool(_KNOW_TAG.search(low)))
        if " or " in low and not WAY_OUT.search(low) and not _OR_NOT.search(low) \
                and not OR_I_MISREAD.search(low) and not READING_CHECKED.search(low):
            # "You noticed or not?" asks yes or no
            options = _options(low)
            if options:
                return Question(Form.EITHER_OR, options=options, text=q)
        return Question(Form.YES_NO, text=q)
    return Question(Form.NONE, text=q)


# A yes/no question about how they are or what is going on for them, not a proposal or a check
# of what was said: the scenario's yes/no answers agree to plans, so the mood's lines answer it.
ABOUT_THEM = re.compile(
    # "Is there any problem you are facing?"
    r"\bis there (?:any|a|some) (?:problem|issue|difficulty|trouble|reason|challenge)s?\b|"
    r"\bare you facing\b|"
    # the question said the spoken way: "Y'all doing okay?", "You alright?", "You doing ok?"
    r"^(?:(?:so|and|hey|hi|okay|ok|right)[,.]?\s+)*(?:y'all|you all|you guys|you)(?: (?:doing|"
    r"feeling|keeping))? (?:ok|okay|alright|all right|good|well)\b|"
    r"\b(?:is (?:there )?(?:anything|something|everything)|are (?:you|things) (?:ok|okay|alright|"
    r"all right|feeling|worried|struggling|coping|doing)|has (?:anything|something)|"
    # "Are you getting enough sleep?", "Are you managing?": how they are, now
    r"are you (?:getting (?:enough|any) (?:sleep|rest|time off|support)|sleeping|eating|managing|"
    r"looking after yourself|taking care of yourself)|"
    r"is (?:it|that) (?:something|anything) (?:outside|at home|personal)|do you feel|"
    r"did something|are you under|(?:i wonder|i'm wondering) (?:if|whether) you|have you (?:felt|"
    r"been feeling)|were you (?:feeling|worried|scared|upset))\b"
    r"(?!.{0,40}\belse we should\b)", re.I)  # a recap check is MISSED_CHECK's, asked first
# A guess at what is behind it ("Is it the people side that puts you off?", "is it more the
# new team", "Does the commute get to you?"): a question about them, answered yes or no with a
# line of theirs, never with a yes written for an offer ("Yeah. I'd like that, I think.")
GUESSED = re.compile(
    r"^(?:(?:so|and|okay|ok|right|but|then|or)[,.]?\s+)*is (?:it|that) (?:the|your|a|an|more|"
    r"mostly|mainly|just|partly|maybe|perhaps|about|something about)\b(?!.{0,60}\bor\b)|"
    r"\b(?:puts?|putting) you off\b|\b(?:bothers?|bothering|worr(?:y|ies|ying)|"
    r"gets? to|getting to|holding|holds) you\b|\b(?:gets?|getting) in (?:the|your) way\b|"
    r"\bis (?:that|it) what(?:'s| is)? (?:bothering|worrying|stopping|getting)\b", re.I)
# A yes/no question about the cause ("Is it because of the on-call?"): answered about then
CAUSE_ASKED = re.compile(r"\b(?:because|the reason|due to|caused by|down to)\b", re.I)
# A yes/no question about what they want: "It's nice to be asked" may answer it
ASKS_WISH = re.compile(r"\b(?:would you (?:like|want|be up for|be interested)|do you (?:want|"
                       r"fancy)|are you (?:interested|up for))\b", re.I)


_OPTION_SWAPS = (
    (r"\byou're\b", "I'm"), (r"\byou are\b", "I am"), (r"\byourself\b", "myself"),
    (r"\byour\b", "my"), (r"\byou\b", "me"), (r"\bme\b", "you"), (r"\bmy\b", "your"),
)


def said_by_report(option: str) -> str:
    """An option in the manager's words, said back by the report ("your workload" -> "my
    workload", "me" -> "you"), with "I" and names of days capitalised."""
    out = option.strip(" ,.?")
    marks: list[tuple[str, str]] = []
    for i, (pattern, rep) in enumerate(_OPTION_SWAPS):  # two passes: no swapping back
        token = f"\x00{i}\x00"
        out = re.sub(pattern, token, out, flags=re.I)
        marks.append((token, rep))
    for token, rep in marks:
        out = out.replace(token, rep)
    out = re.sub(r"\bi\b", "I", out)
    return re.sub(r"\b(monday|tuesday|wednesday|thursday|friday)\b",
                  lambda m: m.group(1).capitalize(), out)


def fill_option(line: str, option: str) -> str:
    """``line`` with its ``{option}`` slot filled; capitalised where the option opens it."""
    if line.startswith("{option}"):
        option = option[:1].upper() + option[1:]
    return line.replace("{option}", option)
