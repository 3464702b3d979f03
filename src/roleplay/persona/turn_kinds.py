"""What kind of turn the manager's last words are, as the offline voice answers it: leave to
talk ("I wanted to, well, have a bit of a chat... if that's alright with you?"), a reading
checked ("So you feel... Is that right?"), a check for anything to add or any questions, a
verdict asked on a plan ("How does that sound?"), a greeting; and which of the scenario's lines
belong to a colder state than the report's mood, or look back on a disclosure not yet made."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code
from roleplay.domain.mind import ROOT_CAUSE, Mood, TraceEntry
from roleplay.domain.pleasantries import GREETING_ALONE, SMALL_TALK_ALONE
from roleplay.domain.scenario import Scenario
from roleplay.domain.sentences import MINUTES_ASKED, READING_CHECKED
from roleplay.persona.answering import OR_I_MISREAD, Question

PLAN = frozenset({Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER})


# A recap handed over for checking ("Anything I missed?", "Did I leave anything out?"): agreeing
# with it is saying no, there is nothing to add, not the scenario's "Yes" to a plan.
MISSED_CHECK = re.compile(
    r"\b(?:anything|something) (?:(?:i've|i have|i) (?:missed|left out|forgotten|forgot|"
    r"overlooked)|(?:else )?"
    r"(?:you'd like |you want )?to add)\b|\b(?:did|have) i (?:miss|missed|leave|left|forget|"
    r"forgotten) (?:out )?(?:anything|something)\b"
    # said without the "did" ("I missed anything?") or asked open ("What have I missed?")
    r"|(?:^|[.!?,:;] )(?:i )?(?:missed|left out|forgot) (?:anything|something)\b"
    r"|\bwhat (?:have|did) i (?:miss|missed|leave out|left out|forget|forgotten)(?: out)?\s*\??\s*$"
    # ("... from me anything i miss", "anything i forget pe": the same in the present, at the end
    # of the turn; eighty-ninth pass)
    r"|\b(?:anything|something) i (?:miss|forget|leave out)(?: \w+)?\s*\??\s*$"
    # "Is there anything else you want to tell me?": what they might add, no offer to accept
    r"|\banything else (?:you(?:'d like| would like| want)? to (?:tell me|say|raise|share|"
    r"mention|talk about|bring up|discuss|go over|cover)|on your mind)\b"
    # "Is there anything I have not asked that I should have?", "anything i should have asked
    # and didn't" (fifty-ninth pass): the same check, put as what the manager did not ask
    r"|\b(?:anything|something) (?:that )?(?:i(?:'ve| have)? (?:not|n't|haven't|didn't|did not) "
    r"(?:ask|asked|cover|covered|say|said)|i (?:should|ought to) have (?:asked|covered|said))\b"
    # "Okay. Anything else?", "Is there anything else?" alone asks the same
    r"|^(?:(?:okay|ok|right|so|and|good|great|alright)[,.!]? )*(?:is there )?anything else\s*\??$",
    re.I)
NOTHING_TO_ADD = "No, I think that covers it."
# "Do you have any questions about the process?", "Any questions?": none of theirs to ask yet;
# the scenario's "No." lines answer other things ("No. Well, not on purpose.")
ANY_QUESTIONS = re.compile(
    r"^(?:\w+,? )?(?:so,? |and,? |okay,? |ok,? )?(?:do you have|have you got|are there|is there|"
    r"got|any)(?: any)? (?:other |more |further )?(?:questions|concerns)\b", re.I)
NO_QUESTIONS = "No. Not right now."


def colder_or_later(scenario: Scenario, entry: TraceEntry) -> set[str]:
    """The lines that deny (a guarded, defensive or hostile state's) and, before the cause is
    told, the lines that look back on telling it (collaborative, agreeing)."""
    states = ["guarded", "defensive", "hostile"]
    if ROOT_CAUSE not in entry.revealed:
        states += ["collaborative", "agreeing"]
    return {line for state in states for line in getattr(scenario.lines, state, None) or []}


# Asking leave to talk or to raise something: no yes or no of theirs to give
ASKS_TO_TALK = re.compile(r"\b(?:can|could|may|shall) (?:i|we) (?:sit down|start|begin|talk|have a "
                          r"(?:word|chat|"
                          r"quick word|sit)|share|raise|run something|go through|bring up|mention|"
                          r"ask you something)\b|\bgot a (?:minute|sec|second)\b"
                          # "Got five minutes before the 4pm conference?", "have you got a few
                          # mins?", "can you spare ten minutes?"
                          r"|\b(?:got|have|spare) " + MINUTES_ASKED + r"\b", re.I)
# "I'd like to talk about something that's been on my mind. Is that okay?", "i wanted to chat
# about a couple things ive noticed, is that ok": leave to talk asked after saying what about
PERMISSION = re.compile(r"\b(?:(?:is|if) (?:that|this|it)(?:'s| is)? (?:ok|okay|alright|all right|"
                        r"fine)|(?:do|would) you mind|(?:ok|okay|alright|all right) with you)\b",
                        re.I)
# a filler between "to" and the verb ("I wanted to, well, have a bit of a chat") hides nothing
_FILLER = (r"(?:,?\s*(?:well|um+|erm+|uh+|er|just|really|maybe|perhaps|quickly|sort of|kind of|"
           r"like|you know|i guess|i suppose)\b,?)*\s*")
MEANS_TO_TALK = re.compile(
    r"\b(?:i|we)(?:'d| would| 'd)? (?:just |really )?(?:want(?:ed)?|like|need(?:ed)?|was hoping|"
    r"were hoping|thought i'd|am going|'m going|was going) to" + _FILLER + r"(?:talk|chat|go over|"
    r"go through|raise|discuss|look at|start|share|bring up|run through|touch on|catch up|hear|"
    r"pick up|have (?:a |an )?(?:bit of a |little |quick |short |proper |honest |wee )?(?:chat|"
    r"word|talk|conversation|catch-up|catch up|look))\b",
    re.I)


def asks_leave(question: Question, manager_said: str, moves: frozenset[Code] | set[Code]) -> bool:
    """The yes/no question asks leave to talk or to raise something, not for a yes or no of
    theirs: "Can I start with one thing I saw?", or "Is that okay?" after saying what the talk
    is about (an offer or a plan with it is theirs to agree to)."""
    if ASKS_TO_TALK.search(question.text):
        return True
    return bool(PERMISSION.search(question.text) and MEANS_TO_TALK.search(
        manager_said.replace("’", "'")) and not set(moves) & PLAN)


# A check that a reflection or summary was heard right: "Is that right?", "Have I got that
# right?", "Am I hearing that right?", "Is that what you mean?"; and, when the turn offers no
# plan to agree to, "Is that fair?", "Does that sound right?"
CHECKS_READING = re.compile(
    r"\b(?:is|was) (?:that|this|it) (?:about |roughly |more or less )?(?:right|correct|accurate)\b|"
    r"\b(?:have|did|do|am) i (?:got|get|have|understand|understood|read|reading|hear|heard|"
    r"hearing) (?:(?:that|this|it|you) )?(?:right|correctly)\b|"
    # ("is that what i am hearing or is it something else"; eighty-ninth pass)
    r"\bis (?:that|this) what i(?:'m| am) hearing\b|\bam i (?:right|close|getting "
    r"warm|on the right track)\b|\bis (?:that|this) what you(?:'re| are)? (?:mean|meant|saying|"
    r"said)\b"
    # "Is that close?", "Is that near the mark?", "Does that fit?", "Does that ring true?"
    r"|\b(?:is|was) (?:that|this|it) (?:anywhere )?(?:close|near(?: the mark)?|on the mark|about "
    r"it)\b|\bdoes (?:that|this|it) (?:fit|ring true|land|match)\b"
    # said as a statement: "Tell me if I'm off there.", "Correct me if I'm wrong."
    r"|\b(?:tell|stop|correct) me if (?:i'm|i am|i've got (?:that|it)|i have (?:that|it)|that's|"
    r"that is) (?:way |a bit |totally |completely )?(?:off|wrong|not right|off base|off the mark|"
    r"off track|misreading|reading (?:it|that|you) wrong)\b"
    # the reading doubted as the other option: "..., or am I reading the gauge wrong?", "am i in
    # the right holler or have i got myself turned around"
    r"|" + OR_I_MISREAD.pattern, re.I)
CHECKS_FAIR = re.compile(r"\b(?:is|was) (?:that|this|it) (?:a )?(?:fair|it)\b|\bdoes (?:that|this) "
                         r"(?:sound|feel) (?:about |roughly )?(?:right|fair|accurate)\b|"
                         r"\b(?:fair|right) to say\b", re.I)


# The plan or the talk recapped and checked ("So, to check: the bar on dates, ..., and the 12th
# at ten. Did I understand everything right, or something to fix?"): the plan is checked, not a
# reading of theirs
RECAP_CHECKED = re.compile(r"\b(?:to check|to sum up|to recap|recap|here's what i've got|so the "
                           r"plan|let me (?:check|recap|sum up))\b|\b(?:understand|get|got|catch) "
                           r"(?:everything|all (?:of )?that)\b", re.I)


def reading_checked(question: Question, moves: set[Code], scenario: Scenario) -> list[str] | None:
    """The yes/no question checks a reflection or summary the turn made ("So you feel you're
    the only one watching. Is that right?"): its answer confirms the reading with the
    scenario's reaction to it, never a yes written for an offer ("Yes. That would actually
    help."). None when the turn makes no reading to check, or asks "Is that fair?" of a plan."""
    asked = question.text.replace("’", "'")
    # "Does that feel fair to you?" on its own, after a plan, asks about the plan: only a turn
    # that made a reading has one to check
    # ("Have I got that about right, or is it something else?" checks the reading too, the "or"
    # only leaving room to correct it: READING_CHECKED, read as the listening score reads it)
    if not (CHECKS_READING.search(asked) or (READING_CHECKED.search(asked.lower())
                                             and not RECAP_CHECKED.search(question.text))
            or (CHECKS_FAIR.search(asked) and not moves & PLAN
                                             and moves & {Code.REFLECTION, Code.SUMMARY})):
        return None
    if moves & {Code.COMMITMENT, Code.FOLLOW_UP}:
        # "So you run the follow-up workshop by 11 December and we talk again on the 15th. Have
        # I got that right?" checks a plan: agreed as one, not "Yeah. I hadn't thought of it
        # like that."
        return None
    reactions = scenario.lines.reactions
    if Code.SUMMARY in moves and reactions.summary:
        return list(reactions.summary)
    if Code.REFLECTION in moves and reactions.reflection:
        return list(reactions.reflection)
    return None


# "How does that sound?", "What do you think?": a verdict on what was just put, not content
ASKS_VERDICT = re.compile(
    r"^(?:\w+[,.]? )?(?:so,? |and,? )?(?:how does (?:that|this) (?:sound|look|feel|seem)(?: to "
    r"you)?|what do you (?:think|reckon|say)(?: (?:of|about) (?:that|this))?|how do you feel "
    r"about (?:that|this)|thoughts)\s*\??$", re.I)
# "How are you doing today?" greets; the mood's line answers it, not an answer about the work.
# "How is the family?", "Good weekend?": small talk before the talk; before anything is revealed
# it is answered by their mood's line, not a line about the work ("I don't know. I just want
# things to be tested properly."). Both read as the scorer reads them
# (roleplay.domain.pleasantries), on the question alone.
GREETING = GREETING_ALONE
SMALL_TALK = SMALL_TALK_ALONE


_COLD_TO_WARM = (Mood.HOSTILE, Mood.DEFENSIVE, Mood.GUARDED, Mood.WARMING, Mood.COLLABORATIVE)


def colder_lines(scenario: Scenario, mood: Mood) -> set[str]:
    """The lines of the states colder than ``mood``."""
    colder = _COLD_TO_WARM[:_COLD_TO_WARM.index(mood)]
    return {line for m in colder for line in getattr(scenario.lines, m.value, None) or []}


# A request for what they do, with its check ("Could you try and let me know the night before if
# you're going to be late, would that be okay?"): an expectation asked for, not a tip on how to
# do their job ("I don't need tips on getting out of bed."). What is asked is notice, being in
# at a time, or who they tell first; "Could you try setting two alarms?" stays advice.
REQUEST = re.compile(
    r"^(?:(?:so|and|okay|ok|right|then|but|now|look|listen|basically|next time|from now on|in "
    r"future|going forward)[,]?\s+)*(?:maybe\s+)?"
    r"(?:(?:could|can|would|will) you(?: please)?(?: (?:try and|try to|make sure (?:to|you)|"
    r"always))? |please (?:try (?:and|to) )?)"
    r"(?:let me know|tell me|message me|text me|ring me|call me|email me|ping me|warn me|"
    r"give me (?:a heads[- ]up|notice)|be (?:in|on|here|online|at your desk|logged in)|log in|"
    r"come in|get in|start|talk to (?:me|him|her|them|\w+) (?:first|directly|before)|speak to "
    r"(?:me|him|her|them|\w+) (?:first|directly|before))\b", re.I)

# What they should do, told: "You should follow it.", "Next time, think before you type.", "You
# need to learn that...": no praise, whatever the coder read into "praise in public"
TELLS_THEM = re.compile(
    r"\byou (?:should|need to|have to|must|ought to|'ve got to|have got to)\b|\bnext time,? "
    r"(?:think|make sure|try|don't|do|ask|check)\b|\bmake sure (?:you|to)\b", re.I)


# After the reveal, an open question that asks them to picture what they want ("What would it
# look like if you got to do more of that?", "What would a good week look like?", "What matters
# most to you in this?"): its answer is what they want or would do, not relief at having said it
WISH_ASKED = re.compile(
    r"\blooks? like\b|\bwhat (?:would|do|might) you (?:want|like|love|enjoy|hope|wish)\b|"
    r"\bwhat (?:matters|would matter|is important|'s important)\b|\bideal(?:ly)?\b|"
    r"\bpicture\b|\bimagine\b|\bwhat would (?:be|feel|change|make)\b|\bif you (?:got|could|"
    r"had|were able)\b|\bgood (?:week|day|month|year|outcome|result)\b|\b(?:perfect|ideal) "
    r"world\b|\bwhere would you (?:like|want)\b|\bwhat are you hoping\b|\bwhat would success\b|"
    r"\bwhat would you (?:do|choose|pick|change)\b", re.I)
# "How does it feel to have said it?", "How are you doing with all this?": relief at having told
# it answers that
FEELING_ASKED = re.compile(r"\bhow\b.{0,25}\bfeel(?:s|ing)?\b|\bhow are you (?:doing|holding up|"
                           r"coping)\b|\bwhat(?:'s| was| is) (?:it|that) like\b", re.I)
# The report's line about having told it, not about what they want: relief at saying it, or the
# reaction they had feared ("I've never said that out loud at work before.", "It's a weight off,
# saying it.", "I thought you'd be disappointed."); no content for a question that asks for some
BEING_HEARD = re.compile(
    r"\b(?:relief|weight off|out loud|out in the open|saying it|say it|said it|hiding it|added it "
    r"all up)\b|\bi (?:thought|was sure|assumed) (?:you'd|you would|you were|everyone|people)\b",
    re.I)
# The report's line saying what they want or could do ("I'd want it to still count as moving
# forward", "I don't want to leave Tom in it again.", "Is there such a thing as a senior analyst
# who mostly teaches?")
WANTS = re.compile(r"\bi(?:'d| would)? (?:(?:really|just|do|still) )*(?:want|like|love|rather|"
                   r"need)\b|\bi don't want\b|\bi (?:should|could)\b|^(?:is there|could i|can i)\b",
                   re.I)


def after_reveal(entry: TraceEntry) -> bool:
    """The cause is told, and this is not the turn that tells it."""
    return ROOT_CAUSE in entry.revealed and entry.reply_key != "reveal"


def wishes(scenario: Scenario) -> list[str]:
    """The lines, once the cause is told, that say what they want or could do."""
    return [line for line in scenario.lines.collaborative
            if WANTS.search(line) and not BEING_HEARD.search(line)]
