"""Small checks that a scripted line fits what the manager just said (offline voice). Pure.

- A worry the manager has just settled is not asked again: "Am I in trouble?" right after
  "no, you're not in trouble", "Is this going to go on my record?" right after "it will go on
  your record".
- An open question ("Fix ships when?", "What's been going on?") is not answered with a bare
  yes or no ("Not really. It's complicated at the moment.").
- A yes/no question about them is not answered "No." by a line that then admits the thing
  ("No. It's been a rough couple of months" is "Yeah. It's been...").
- A yes/no question about the past ("Was it rushed?") is not answered about now or later
  ("No, not yet."), and the reason after its yes or no is about then or the cause, never a
  wish ("Yes. I really want to get this right." is "Yes.").
- A "No." whose reason takes it back ("No. I'm happy enough where I am" to "Do you like the
  analytics work?") is not said; a reassurance ("please relax, nothing to worry") settles "Am I
  in trouble?".
- Thanks for being asked or heard ("You're the first person who's asked me anything") answer
  a question or a reflection, never a statement of impact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from roleplay.domain.codes import Code
from roleplay.domain.invitations import praise_then_fault
from roleplay.persona.answering import ABOUT_THEM, ASKS_WISH, Form, read_question
from roleplay.persona.turn_kinds import TELLS_THEM

# (the report's worry, what in the manager's turn settles it either way)
_WORRIES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asked, re.I), re.compile(settled, re.I)) for asked, settled in (
        (r"\b(?:am i|are you saying i'm|is (?:he|she|someone)) in trouble\b",
         # a reassurance speaks to it too: "please relax, nothing to worry"
         # (with words between: "no need to look so worried", "nothing to be worried about")
         r"\bin trouble\b|\btrouble\b|\b(?:nothing|no need|no reason) to (?:\w+ ){0,3}?worr\w*|"
         r"\bdon'?t (?:you )?(?:\w+ ){0,2}?worr\w*|\bnot to worry\b|\bnothing (?:bad|serious)\b"),
        (r"\b(?:go|going|put|be) on my (?:record|file)\b|\bon my record\b",
         r"\b(?:record|file|written warning)\b"),
        (r"\b(?:fire|firing|sack|sacking|let me go|lose my job|get rid of me)\b",
         r"\b(?:fire|fired|firing|sack|sacked|your job is safe|job's safe|lose your job|"
         r"dismiss\w*|let you go)\b"),
        (r"\b(?:is this|is it|this is|going to be) (?:an? )?(?:hr|formal|disciplinary)\b|"
         r"\b(?:an? )?(?:hr|disciplinary) (?:thing|matter|meeting)\b",
         r"\b(?:hr|formal|disciplinary|process)\b"),
    ))


def already_answered(line: str, manager_said: str) -> bool:
    """``line`` asks about a worry (trouble, their record, their job, HR) that the manager's
    turn has just spoken to, reassuring or not."""
    return any(asked.search(line) and settled.search(manager_said)
               for asked, settled in _WORRIES)


# "Not really.", "No.", "Yeah, fine.": a reply that opens with a bare yes or no
_BARE_ANSWER = re.compile(r"^(?:yes|yeah|yep|no|nope|not really|nah|sure)\b[,.!]?", re.I)


def bare_yes_no(line: str) -> bool:
    """The line opens with a yes or no (an answer to a yes/no question, not to an open one)."""
    return bool(_BARE_ANSWER.match(line.strip()))


# The line owns up to something hard ("It's been a rough couple of months"): after a plain
# "No." it contradicts itself
_ADMITS = re.compile(
    r"\b(?:rough|hard(?:er)?(?! to say)|tough(?:er)?|difficult|a lot going on|a lot on|struggl\w*|"
    r"stretched|not great|not easy|complicated|going on at home|if i'm honest|honestly)\b", re.I)


def admits(line: str) -> bool:
    """The line admits something is hard, whatever the question was."""
    return bool(_ADMITS.search(line))


# A yes/no question about liking or being happy with something ("Do you like the analytics
# work?", "Are you happy in the team?") and a "No." whose reason says they are
_ASKS_LIKING = re.compile(r"\b(?:do|did|would) you (?:like|enjoy|love)\b|\bare you (?:happy|"
                          r"enjoying|content|satisfied)\b", re.I)
_NO_HEAD = re.compile(r"^(?:no|nope|not really|nah)\b", re.I)
_CONTENT_WITH = re.compile(r"\b(?:happy|like|enjoy|love|fine|good|content)\b", re.I)


def denies_what_it_says(line: str, question: str) -> bool:
    """A "No." that its own reason takes back: "No. I'm happy enough where I am" to "Do you
    like the analytics work?"."""
    m = _HEAD.match(line.strip())
    return bool(m and _ASKS_LIKING.search(question) and _NO_HEAD.match(m.group(1))
                and _CONTENT_WITH.search(m.group(2)))


# A line whose answer is about now or later ("No, not yet.", "Not the way things are at the
# moment.", "Yes. That would really help."): it answers "Have you...?", "Can you...?" or an
# offer, never "Was it rushed?"
_NOT_ABOUT_THEN = re.compile(
    r"\b(?:not yet|yet|at the moment|right now|for now|these days|any ?more|so far|would|"
    r"i'll|i will|going to)\b", re.I)


def about_now(line: str) -> bool:
    """The line's yes or no is about the present or the future, not about what happened."""
    return bool(_NOT_ABOUT_THEN.search(line))


# A wish or an intention ("I really want to get this right", "I'd rather sort it"): about now or
# later, so no reason for what happened
_WISH = re.compile(r"\b(?:want|wants|i'd rather|would rather|i'd like|would like|wish|hope|"
                   r"going to|gonna|will|i'll|would)\b", re.I)
# said about then: a past form ("I thought I'd checked it", "I've been stretched", "I haven't")
_THEN = re.compile(r"\b(?:was|were|did|didn't|had|hadn't|thought|felt|knew|went|got|made|said|"
                   r"told|been|haven't|hasn't|wasn't|weren't|i've \w+|\w{3,}ed)\b", re.I)
_HEAD = re.compile(
    r"^((?:yes|yeah|yep|no|nope|not really|nah|honestly)\b[^.!?]{0,25}[.!?])\s*(.*)$", re.I | re.S)


def answer_head(line: str) -> str:
    """The yes or no that opens ``line`` ("Yes." of "Yes. I really want..."), else the line."""
    m = _HEAD.match(line.strip())
    return m.group(1) if m else line


def reason_about_then(line: str, scenario_words: set[str]) -> bool:
    """The reason after the line's yes or no speaks of what happened or its cause: a past form,
    or one of the scenario's words for the events; never a wish. No reason at all fits."""
    m = _HEAD.match(line.strip())
    reason = m.group(2) if m else ""
    if not reason:
        return True
    if _WISH.search(reason):
        return False
    words = {w.strip(".,!?").lower() for w in reason.split()} - _MANNER
    return bool(_THEN.search(reason) or words & scenario_words)


# Words of manner or order that the facts use but that name no event ("straight to main",
# "the next release"): "Better to hear it straight from you" is not about the push to main
_MANNER = frozenset({"straight", "back", "next", "same", "extra", "again", "without", "their",
                     "other", "right", "first", "last", "take", "made", "make"})


# Thanks for being asked or heard: warmth that answers a real question or a reflection
_THANKS_FOR_ASKING = re.compile(
    r"\b(?:first (?:person|one) (?:who's|who has|to have|to|that's|that has) (?:ever |actually )?"
    r"ask|(?:appreciate|thanks for|thank you for|helps that you're|glad you're|nice that you're)"
    r" (?:you )?(?:asking|listening)|(?:nice|good) to be asked)", re.I)


def thanks_for_asking(line: str) -> bool:
    """The line thanks the manager for asking or listening."""
    return bool(_THANKS_FOR_ASKING.search(line))


# Thanks for telling or for their honesty, and sympathy: an affirmation of the coder's that
# praises nothing of theirs ("Thank you for telling me. I appreciate your honesty.", "I'm so
# sorry, that sounds really hard")
_THANKS_OR_SYMPATHY = re.compile(
    r"\b(?:thank(?:s| you)(?: so much| very much| kindly)? for (?:telling|sharing|being "
    r"(?:so )?(?:honest|open|straight|frank)|opening up|saying (?:that|so)|letting me know|"
    r"trusting|explaining|"
    r"your (?:honesty|openness|candou?r|trust)|(?:the|your) time|coming(?: in)?|making (?:the )?"
    r"time|meeting (?:me|with me)|joining|(?:the|my|a) (?:coffee|flat white|tea|biscuits?|"
    r"cake|lunch|drink))|appreciate (?:you (?:telling|sharing|being|opening|"
    r"saying)|your (?:honesty|openness|candou?r|trust))|sorry (?:to hear|you're|you've|that you|"
    r"about)|i'm (?:so |really |very )?sorry\b|that (?:sounds|must be|must have been|is|'s) "
    r"(?:really |so |very |pretty )?(?:hard|tough|difficult|awful|exhausting|a lot|rough|horrible|"
    r"grim))", re.I)
# Praise of their work or of them ("Your latency work was excellent", "well done")
_PRAISE = re.compile(  # "not great" praises nothing
    r"(?<!\bnot )(?<!n't )(?<!\bnot a )(?<!\bnot so )\b(?:great|excellent|brilliant|impressive|"
    r"outstanding|amazing|"
    r"fantastic|superb|well done|"
    r"good (?:job|work)|nice work|proud|talented|best|strong|valued?|rate you|skilled|"
    r"strength)\b", re.I)


def praises(manager_said: str) -> bool:
    """A word of praise of their work or of them ("excellent", "well done"), not negated."""
    return bool(_PRAISE.search(manager_said.replace("’", "'")))


def not_praise(manager_said: str) -> bool:
    """The turn thanks them for telling or for their honesty, or is sorry for them, and praises
    nothing of theirs: a line answering praise ("Flattery. I like it.", "Nice to hear that for
    once") does not fit it."""
    said = manager_said.replace("’", "'")
    return bool(_THANKS_OR_SYMPATHY.search(said)) and not _PRAISE.search(said)


# Any warm word at all: a turn without one cannot be praise, whatever the coder read
_WARM = re.compile(r"\b(?:appreciat\w*|thank\w*|glad|good|nice|love|lovely|care|helpful|lucky|"
                   r"valu\w+|pleased|happy|enjoy\w*|admire|respect|kind(?! of)|well|great|"
                   r"excellent|brilliant|impressive|amazing|fantastic|proud|talented|best|strong|"
                   r"skilled)\b", re.I)
# ...and a judgement of them in it: "It says you're not hungry", "not a great look"
_RUNS_DOWN = re.compile(r"\b(?:(?:says|shows|means) (?:that )?you(?:'re| are)|you(?:'re| are)) "
                        r"(?:not|just not|clearly not|never)\b|\bnot a (?:great|good) look\b|"
                        r"\bdisappoint\w*|\blet (?:me|us|the team) down\b", re.I)


def runs_down(manager_said: str) -> bool:
    """The turn judges them and praises nothing ("And you turned down the lead role. People
    notice that kind of thing. It says you're not hungry."): whatever the coder read as praise,
    "That's kind." does not answer it."""
    said = manager_said.replace("’", "'")
    return bool(_RUNS_DOWN.search(said)) and not _PRAISE.search(said) and not (
        _WARM.search(_RUNS_DOWN.sub(" ", said)))


# A put-down that the praise beside it does not soften: "the best fella on the floor and the
# worst to work with", "you're always like this", "I don't want to hear it" (seventy-sixth pass)
_PUT_DOWN = re.compile(
    r"(?<!\bnot )(?<!n't )\b(?:the|you(?:'re| are|re)) worst\b"
    r"(?! (?:is|of it|part|case|thing|bit)\b)|"
    r"\byou(?:'re| are|re) always like (?:this|that)\b|"
    r"\bi do(?:n't|nt| not) (?:want|need) to hear (?:it|this|that|your excuses)\b|"
    r"\b(?:a nightmare|impossible|hell) to work with\b", re.I)


def puts_down(manager_said: str) -> bool:
    """The turn puts them down, whatever praise is beside it: not praise to be flattered by."""
    return bool(_PUT_DOWN.search(manager_said.replace("\u2019", "'")))


# Praise that turns on a "but" to what is wrong: "I know you are passionate about quality, and
# that is good. But the way matters too.", "I love your work... But people, they complain a
# little." The message is after the "but": it is not answered as flattery.
_TURNS = re.compile(r"(?:^|[,.;!?]\s*|\s)(?:but|however|that said|having said that)\b[,]?\s*", re.I)
_CRITICAL = re.compile(
    r"\b(?:you|your|the way|people|they|some|need|needs|should|has to|have "
    r"to|must|complain\w*|concern\w*|problem|issue|worr\w*|matters?|harsh|"
    r"late|slip\w*|miss\w*|wrong|"
    # "but ye cannae be a numpty tae folk": "you" in Scots and the north (sixty-ninth pass)
    r"ye|yer|youse|yous|cannae|canny|dinnae|shouldnae)\b",
    re.I,
)


def praise_then_but(manager_said: str) -> bool:
    """The turn praises, then turns on a "but" to something about them or what must change,
    with no praise after the turn; or names the fault with no "but" at all
    (``praise_then_fault``)."""
    said = manager_said.replace("’", "'")
    if praise_then_fault(said):  # "Your work's good. How you treat people isn't."
        return True
    parts = _TURNS.split(said, maxsplit=1)
    if len(parts) < 2 or not (_PRAISE.search(parts[0]) or _WARM.search(parts[0])):
        return False
    after = parts[1]
    return bool(_CRITICAL.search(after)) and not _PRAISE.search(after) and not _WARM.search(after)


def tells_not_praises(manager_said: str) -> bool:
    """The turn tells them what they should do and praises nothing of theirs ("In my classroom
    we had a rule: praise in public, correct in private. You should follow it."): advice,
    whatever the coder read as praise in it."""
    said = manager_said.replace("\u2019", "'")
    return bool(TELLS_THEM.search(said)) and not _PRAISE.search(said)


def feedback_not_praise(manager_said: str, moves: Iterable[Code]) -> bool:
    """The turn tells them what their conduct did and praises nothing of theirs ("people are a
    bit scared of you ... Jun and Beatriz have both asked to move off search"): whatever the
    coder read as praise in it, it is feedback to answer, not flattery."""
    return bool(set(moves) & {Code.IMPACT, Code.OBSERVATION}) and not _PRAISE.search(
        manager_said.replace("’", "'"))


_ASKS_OR_HEARS = frozenset({Code.OPEN_QUESTION, Code.REFLECTION, Code.SUMMARY})
_HOSTILE = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})


def asked_or_heard(moves: Iterable[Code], manager_said: str) -> bool:
    """The manager's turn asked them something real or said back what they said: an open or
    either/or question, a yes/no about them or what they want, a reflection or a summary.
    "Can we talk?", an order with a tag and a statement of impact are none of these."""
    heard = set(moves)
    if heard & _HOSTILE:
        return False
    if heard & _ASKS_OR_HEARS:
        return True
    question = read_question(manager_said)
    if question.form in (Form.OPEN, Form.EITHER_OR):
        return True
    return question.form == Form.YES_NO and not question.tag and bool(
        ABOUT_THEM.search(question.text) or ASKS_WISH.search(question.text))


__all__ = ["about_now", "admits", "already_answered", "answer_head", "asked_or_heard",
           "bare_yes_no", "denies_what_it_says", "not_praise", "reason_about_then",
           "thanks_for_asking"]


# A line about what they meant ("No. Well, not on purpose.") answers a question about intent
# ("Did you mean to embarrass him?"), not "Do you understand the policy?" or "Are we done?"
_ABOUT_INTENT = re.compile(r"\b(?:on purpose|deliberately|intentionally|(?:meant|mean) to|"
                           r"didn't mean)\b", re.I)
_ASKS_INTENT = re.compile(r"\b(?:on purpose|deliberately|intentionally|(?:meant|mean) to|intend\w*|"
                          r"trying to|your intention|did you want to|were you (?:trying|hoping))\b",
                          re.I)


def intent_not_asked(line: str, question: str) -> bool:
    """The line answers what they meant, and the question did not ask it."""
    return bool(_ABOUT_INTENT.search(line)) and not _ASKS_INTENT.search(question)


# A thing the question sets aside (sixty-first pass): "What would a next step look like for you,
# if it's not the team-lead role?", "Other than the rota, what would help?". The answer is about
# the rest, never the thing again ("I said no to the pod lead role ...").
_SET_ASIDE = re.compile(
    r"\b(?:if (?:it's|it is|it isn't|it's not|it is not|not)|other than|apart from|aside from|"
    r"besides|except(?: for)?|leaving(?: aside)?|setting(?: aside)?|putting(?: aside)?|not "
    r"counting|instead of|rather than|outside of|beyond)\s+(?:not\s+)?"
    r"(?P<thing>(?:the|a|an|your|that|this|any)\s+[\w'-]+(?:[\s-]+[\w'-]+){0,3}?)"
    r"(?=\s*(?:aside|to one side)?\s*(?:[,.?!;]|$|\s+(?:what|how|is|are|do|does|would|could|"
    r"where|which)\b))", re.I)
_SET_ASIDE_NOT = re.compile(r"^(?:the (?:way|point|same|rest|time|moment|day|week|end)|a (?:bit|"
                            r"lot|while|moment))\b", re.I)


def set_aside(manager_said: str) -> str:
    """The thing the manager's question sets aside ("the team-lead role"), or "". Only a
    question sets a thing aside: "... the dates that get noticed rather than the evenings."
    states a contrast."""
    said = manager_said.replace("\u2019", "'")
    if not said.rstrip().endswith("?"):
        return ""
    for m in _SET_ASIDE.finditer(said):
        thing = m.group("thing").strip()
        if not _SET_ASIDE_NOT.match(thing):
            return thing
    return ""


# -- what the manager has taken to find out (sixty-fifth pass) ---------------------------------

# "I don't know if we have a teaching role here. I'll find out by Friday and come back to you."
_FINDS_OUT = re.compile(r"\b(?:i'll|i will|i'm going to|let me|i can) (?:\w+ ){0,2}?(?:find out|"
                        r"check(?! in)|look into|ask(?! you)|dig into|see what|see if|come "
                        r"back to you)\b", re.I)
_STEM = re.compile(r"(?:ing|es|ed|s)$")
_PLAIN_WORDS = frozenset({"find", "check", "look", "come", "back", "know", "here", "there",
                          "with", "about", "what", "next", "week", "friday", "monday", "tuesday",
                          "wednesday", "thursday", "tomorrow", "today", "have", "don't", "does",
                          "will", "i'll", "let", "going", "then", "into", "this", "that"})


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z']+", text.lower())
    return {_STEM.sub("", w) if len(w) > 4 else w for w in words
            if len(w) > 3 and w not in _PLAIN_WORDS}


def to_find_out(manager_turns: Iterable[str]) -> set[str]:
    """The word stems of what the manager has said they will find out ("teach", "role" from
    "I don't know if we have a teaching role here. I'll find out ...")."""
    out: set[str] = set()
    for turn in manager_turns:
        said = turn.replace("\u2019", "'")
        if _FINDS_OUT.search(said):
            out |= _stems(_FINDS_OUT.sub(" ", said))
    return out


def asks_what_is_found_out(line: str, pending: set[str]) -> bool:
    """A question of theirs about what the manager has already taken to find out ("Is there
    such a thing as a senior analyst who mostly teaches?" after "I'll find out if we have a
    teaching role"): asked again, it did not hear the answer."""
    return any(_stems(q) & pending for q in re.findall(r"[^.!?]*\?", line))
