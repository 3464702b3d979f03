"""Rules a reply of the report must keep, judged from the outside. Pure; one implementation used
by the persona evaluation harness (``roleplay.app.persona_eval``, ``benchmarks/persona_eval.py``)
and its tests, whichever voice (offline or any LLM) produced the reply.

- FORM: it answers the question's form: an either/or question gets an option or a refusal, a
  yes/no question a yes, a no or a hedge first, an open question some content (not a bare "Yes.").
  Excused when the mind answers for itself (a hint, the reveal, a reaction to a judgement or to
  advice), as in ``tests/persona/test_answering.py``.
- CHARACTER: first person and in character: none of the voice checks' narration, assistant or
  coaching talk (``roleplay.persona.checks``), no talk about the exercise ("it was a yes/no
  question"), and not their own name ("Hi Priya." is the manager's line, not the report's).
- INVENTED: no facts absent from the scenario: no names mid-sentence, figures or schemes
  (hardship fund, union, ...) that neither the scenario nor the manager mentioned.
- DISCLOSURE: none of the hidden cause's keywords before the mind allows it.
- PLAN: no writing the manager's plan: no list of steps, no lines for the manager, no dates or
  check-ins the manager did not say, unless they asked what the report could do.
- LENGTH: within the persona's style: no longer than half again the scenario's longest authored
  line, and at most four sentences (or as many as the author's longest line, the reveal).
- REPEAT: not a reply (or a sentence of four words or more) the report already said.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from enum import StrEnum

from roleplay.domain.base import Frozen
from roleplay.domain.codes import Code
from roleplay.domain.meeting_again import PROPOSES_MEETING
from roleplay.domain.mind import ROOT_CAUSE, TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.sentences import split_sentences
from roleplay.persona.answering import GUESSED, Form, Question, read_question, said_by_report
from roleplay.persona.checks import Problem, ReplyChecker, normalise
from roleplay.persona.checks import own_name as _own_name
from roleplay.persona.scenario_words import meaningful_words, same_phrase
from roleplay.ports.persona import ReplyRequest


class Rule(StrEnum):
    FORM = "answers_form"
    CHARACTER = "in_character"
    INVENTED = "invented_fact"
    DISCLOSURE = "early_disclosure"
    PLAN = "writes_plan"
    LENGTH = "length"
    REPEAT = "repeat"


MAX_SENTENCES = 4  # the LLM voice's cap on a spoken reply
LENGTH_SLACK = 1.5  # times the scenario's longest authored line, in words

# Terms a small model invents that no bundled scenario states (mirrors test_answering.py).
INVENTED_TERMS = ("hardship fund", "carer's leave", "union", "occupational health", "bonus",
                  "raise", "payrise", "pay rise", "sabbatical")
# Capitalised words mid-sentence that are not names (mirrors test_answering.py).
NOT_NAMES = frozenset({
    "I", "Yes", "No", "Okay", "Ok", "Fine", "Sure", "Right", "Yeah", "Honestly", "Thanks",
    "Sorry", "Maybe", "Mm", "Ha", "Look", "Oh", "Well", "Fair", "Deal", "Alright", "Probably",
    "Hard", "Christmas", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "HR", "Dad", "Doesn", "Come", "Go",
    "Really", "Great", "Flattery", "Depends", "Hm", "Neither", "Does", "Somebody", "Something",
    "Everyone", "Nobody", "Half", "Four", "Main", "Eleven", "Tests", "Working", "I'm", "I've",
    "I'd", "I'll"})
FIXED_REACTIONS = frozenset({Code.LABEL, Code.BLAME, Code.THREAT, Code.ADVICE})
CHARACTER_PROBLEMS = frozenset({Problem.THIRD_PERSON, Problem.ASSISTANT})
PLAN_PROBLEMS = frozenset({Problem.NUMBERED_ADVICE, Problem.MANAGER_LINES})

_REFUSAL = re.compile(
    r"\b(?:neither|both|all of (?:it|them|that|the above)|a bit of (?:both|everything|all)|"
    r"not sure|don't know|do not know|dunno|hard to say|can't say|depends|i'd rather not|"
    r"rather not say|not (?:really )?(?:something|one|either)|doesn't matter|does it matter|"
    r"why does it matter|not going to (?:pick|choose|answer)|(?:i'm )?not answering|"
    r"won't answer|it's not (?:that )?simple|"
    r"more complicated)\b", re.IGNORECASE)
_BARE = re.compile(r"^\W*(?:yes|yeah|yep|no|nope|ok|okay|fine|sure|right|maybe|mm+|hm+)\W*$",
                   re.IGNORECASE)
_STOP = frozenset({"the", "a", "an", "your", "my", "some", "something", "else", "more", "less",
                   "it", "is", "of", "about", "at", "in", "on", "to", "too", "just", "not",
                   "me", "you", "with", "for", "and", "that", "this", "really", "being", "been"})
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DATED = re.compile(
    rf"\b(?:by|on|from|until|before|next|every) (?:{_DAYS}|week|month|sprint|the \d+\w*)\b"
    rf"|\b(?:{_DAYS})\b|\b\d{{1,2}}(?:st|nd|rd|th)\b|\bend of (?:the )?(?:week|month|day)\b"
    r"|\btomorrow\b", re.IGNORECASE)
_PLANNING = re.compile(
    # a meeting proposed ("let's check in", "we can sit down") or the plan's other steps
    rf"{PROPOSES_MEETING}|\b(?:let's|let us|we should|we'll|we will|we can) (?:review|agree|"
    r"set|schedule|plan|put together|write|draw up|have a follow)|\b(?:the|our|my|an) "
    r"(?:action|improvement) plan (?:is|will|should)\b|\baction items?\b|\bnext steps? (?:are|"
    r"is|would be)\b|\bhere's (?:the|my|a|what) (?:plan|we)\b|\byou (?:should|need to|could|"
    r"might want to) (?:set up|schedule|check in with me|give me|write|document)\b",
    re.IGNORECASE)
# talk about the exercise rather than in it ("it was a yes/no question", "my character")
_META = re.compile(
    r"\b(?:yes/no|yes-or-no|either/or|open-ended|closed|multiple choice) question\b|\bmy "
    r"character\b|\bthe persona\b|\bin this (?:role ?-?play|exercise|simulation)\b",
    re.IGNORECASE)
_DIGITS = re.compile(r"\b\d+(?:[.,:]\d+)?\b")
_NAME_MID = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")
_CAPS = re.compile(r"\b[A-Z][a-z]+\b")


class Verdict(Frozen):
    """What the rules found in one reply. ``answers_form`` is None when the manager asked no
    question, or the mind answered for itself (excused)."""

    form: Form
    answers_form: bool | None
    excused: bool
    broken: tuple[Rule, ...]
    details: tuple[str, ...] = ()


def scenario_text(scenario: Scenario) -> str:
    """What the scenario states: situation, persona, cause, objectives, facts, agreements and
    every line its author wrote for the report (``_scenario_text`` in test_answering.py, which
    tests those lines, leaves them out)."""
    p = scenario.persona
    parts = [scenario.title, scenario.summary, scenario.opening.situation, p.name, p.role,
             p.tenure, p.personality, p.speaking_style, *p.beliefs, p.hidden_root_cause.summary,
             p.hidden_root_cause.hint, *scenario.objectives,
             *(f"{f.date:%A %d %B %Y} {f.observation} {f.impact or ''}" for f in scenario.facts)]
    if scenario.follows is not None:
        parts += scenario.follows.default_agreements
    parts += authored_lines(scenario)
    return " ".join(parts)


def authored_lines(scenario: Scenario) -> list[str]:
    ol = scenario.lines
    out = [scenario.opening.report_line]
    for state in ("guarded", "warming", "defensive", "hostile", "repair", "hint", "reveal",
                  "collaborative", "agreeing"):
        out += getattr(ol, state)
    out += [line for group in ol.reactions.model_dump().values() for line in group]
    out += [line for group in ol.answers.model_dump().values() for line in group]
    return out


def max_words(scenario: Scenario) -> int:
    """The longest reply in the persona's style: half again the longest authored line."""
    longest = max(len(line.split()) for line in authored_lines(scenario))
    return math.ceil(longest * LENGTH_SLACK)


def max_sentences(scenario: Scenario) -> int:
    """The voice's cap, or more where the author wrote a longer line (the reveal)."""
    return max(MAX_SENTENCES, *(len(split_sentences(line)) for line in authored_lines(scenario)))


def answers_form(question: Question, reply: str, scenario: Scenario) -> bool | None:
    """Whether ``reply`` answers the form of ``question``; None when it asked nothing."""
    text = reply.strip()
    if question.form == Form.NONE:
        return None
    if question.form == Form.EITHER_OR:
        low = reply.lower()
        for option in question.options:
            said = said_by_report(option).lower()
            words = [w for w in re.findall(r"[a-z']+", said) if w not in _STOP and len(w) > 2]
            stems = [w[:-1] if len(w) > 4 and w.endswith("s") else w for w in words]
            if said in low or any(re.search(rf"\b{re.escape(w)}", low) for w in stems):
                return True
        return bool(_REFUSAL.search(text) or text in scenario.lines.answers.refuse)
    if question.form == Form.YES_NO:
        return says_yes_or_no(question, text)
    return len(text.split()) >= 3 and not _BARE.match(text)


# a yes or a no, or its equivalent, said as a clause of its own in the reply's first sentences
# ("Yes.", "The retry fix, yes.", "Honestly, no.", "Sort of.", "Noted."), not a word inside
# another clause ("there's no record", "the tickets aren't always clear", "a bit awkward")
_YES_NO_WORD = re.compile(
    r"^(?:(?:well|honestly|oh|um+|uh+|erm|look|i mean|and|but|so|then|mm+|hm+)\s+)*(?:yes|yeah|"
    r"yep|yup|aye|no|nope|nah|sure|definitely|absolutely|certainly|maybe|perhaps|probably|"
    r"possibly|mostly|partly|a bit|a little|kind of|sort of|fine|okay|ok|alright|all right|"
    r"clear|understood|crystal|got it|noted|heard|true|right|correct|exactly|never|always|"
    r"not really|not yet|not exactly|not at all|not much|not always|not quite|not entirely|"
    r"of course|fair enough|too right|big time|neither|both|i know|i guess|i suppose|fine by me|"
    r"that's (?:fair|right|true|it))(?:\s+(?:really|then|"
    r"though|actually|honestly|thanks|thank you|mostly|yet|so|too|i am|i do|i did|i was|i have|"
    r"i can|i will|it is|it was|i think|i guess|i suppose))*$", re.IGNORECASE)
# a yes or a no said in a phrase, anywhere in them: "I think so", "I don't know", "It's fine",
# "That works", "I'd rather not", "Hard to say", "It depends"
_YES_NO_PHRASE = re.compile(
    r"\b(?:(?:i|we) (?:think|guess|suppose|hope|reckon|doubt|believe) (?:so|not)\b|(?:i )?don't "
    r"think so\b|i (?:don't|do not) know\b|dunno\b|(?:i'm|i am) not sure\b|(?:it's|it is|i'm|"
    r"i am|that's|we're|all|everything's) (?:fine|okay|ok|alright|all right|good)\b|(?:that|it) "
    r"(?:works|would work|sounds (?:good|fair|right|okay|ok))\b|works for me\b|(?:i'd|i would) "
    r"rather not\b|hard to say\b|it depends\b|i'll (?:think about it|have a think)\b|"
    r"of course\b|fair enough\b|(?:i|we) (?:can|"
    r"can't|cannot|will|won't|could|couldn't|would|wouldn't)(?: try| do that| manage)?"
    r"(?=\s*[.!,]))", re.IGNORECASE)
_CLAUSE = re.compile(r"\s*[,.;:!?\u2014]+\s*|\s+-\s+")
# ...or opening the reply: "I know. I should have said.", "True.", "Right. I'll do what's on the
# board, then.", "Never.", "Don't know."
_YES_NO_OPENS = re.compile(r"^\W*(?:(?:i know|true|right|never|always|don't know)\s*[.,!]|"
                           r"depends\b|not that i know\b)", re.IGNORECASE)
# the question's auxiliary said back in the answer, with its subject turned round: "Did you
# test it?" - "I did. Only the main path."; "Is it the rota?" - "It is, mostly."
_TURNED = {"you": r"(?:i|we)", "i": r"(?:you|i)", "we": r"(?:we|you|i)", "it": r"(?:it|that)",
           "that": r"(?:it|that)", "this": r"(?:it|this|that)", "there": r"there",
           "they": r"they", "he": r"he", "she": r"she"}
_ASKED = re.compile(r"\b(do|does|did|is|are|was|were|can|could|will|would|should|have|has|am)"
                    r"(?:n't)?\s+(?:not\s+)?(you|i|we|it|that|this|there|they|he|she)\b",
                    re.IGNORECASE)
_SAID_BACK = {"are": r"(?:am|'m|are|'re)", "am": r"(?:are|'re|am|'m)", "is": r"(?:is|'s)",
              "was": r"(?:was|were)", "were": r"(?:was|were)", "have": r"(?:have|'ve|had)",
              "has": r"(?:has|'s|have)", "does": r"(?:does|do|did)", "do": r"(?:do|does|did)"}
_OPINION = re.compile(r"\s+(?:think|reckon|feel|believe|suppose)\b", re.IGNORECASE)
_ANY_AUX = (r"'m|am|'re|are|is|'s|was|were|do|does|did|don't|doesn't|didn't|can|can't|could|"
            r"couldn't|will|won't|'ll|would|wouldn't|'d|have|'ve|has|had|wasn't|weren't|isn't|"
            r"aren't|think|reckon|guess|suppose")
_OPENING = r"^\W*(?:(?:well|honestly|um+|uh+|erm|look|i mean|oh|hm+|mm+)[,.]?\s+)*"


def says_yes_or_no(question: Question, reply: str) -> bool:
    """A reply answers a yes/no question when its first sentences say a yes or a no or an
    equivalent ("Not really.", "I think so.", "Hard to say.", "Fine. Noted."), or open on the
    question's own auxiliary said back ("Did you test it?" - "I did, the main path."); "It's
    been a busy few weeks." to "Is everything okay?" says neither."""
    first = " ".join(split_sentences(reply)[:2]) or reply
    clauses = [c for c in _CLAUSE.split(first.replace("’", "'")) if c.strip()]
    if any(_YES_NO_WORD.match(c.strip()) for c in clauses) or _YES_NO_PHRASE.search(
            first.replace("’", "'")) or _YES_NO_OPENS.match(reply):
        return True
    asked = _ASKED.search(question.text.replace("’", "'"))
    if asked is None:
        return False
    aux, subject = asked.group(1).lower(), asked.group(2).lower()
    said = _SAID_BACK.get(aux, aux)
    if _OPINION.match(question.text.replace("’", "'"), asked.end()):
        # "Do you think the estimates were fair?" asks their view: "I was wrong about them." or
        # "They were, mostly." gives it, in the auxiliary of the clause asked about
        return bool(re.match(rf"{_OPENING}(?:i|it|they|that|we|he|she)\s*(?:{_ANY_AUX})\b",
                             reply.replace("’", "'"), re.IGNORECASE))
    back = re.compile(rf"{_OPENING}{_TURNED[subject]}\s*{said}(?:n't| not)?\b", re.IGNORECASE)
    return bool(back.match(reply.replace("’", "'")))


def excused(entry: TraceEntry) -> bool:
    """The mind answers for itself, not the question: a hint, the reveal, a reaction to a
    judgement, a threat or advice."""
    return entry.reply_key in ("hint", "reveal") or entry.reaction in FIXED_REACTIONS


def disclosure_allowed(entry: TraceEntry) -> bool:
    return ROOT_CAUSE in entry.revealed or entry.reply_key == "reveal"


def discloses_early(reply: str, scenario: Scenario, entry: TraceEntry) -> str | None:
    """The hidden cause's keyword the reply names before the mind allows it, or None."""
    if disclosure_allowed(entry):
        return None
    low = reply.lower()
    return next((k for k in scenario.persona.hidden_root_cause.keywords if k.lower() in low),
                None)


def own_name(reply: str, scenario: Scenario) -> str | None:
    """The report's own first name in their reply ("Hi Priya."), except "I'm Priya"."""
    return _own_name(reply, scenario.persona.name.split()[0])


# Their life beyond work, asked yes or no (sixty-first pass): "Do you have anyone helping with
# the rent?", "Is your partner working?", "Do you live on your own?"
_LIFE = re.compile(
    r"\b(?:rent|mortgage|landlord|flat ?mate|room ?mate|housemate|partner|wife|husband|"
    r"boyfriend|girlfriend|spouse|kids?|children|son|daughter|baby|parents?|mum|mom|mother|"
    r"father|dad|brother|sister|siblings?|family|relatives?|money|bills|debts?|loans?|savings|"
    r"salary|second job|side job|car|commute|pets?|dog|cat|hobby|hobbies|church|mosque|temple|"
    r"gym|health|doctor|therapist|visa|live (?:alone|on your own|with)|anyone (?:helping|at "
    r"home)|someone (?:helping|at home)|(?:anyone|someone) to help)\b", re.I)
_GENERIC_LIFE = frozenset({"family", "money", "health", "home"})


def asks_beyond(question: Question, scenario: Scenario) -> bool:
    """A yes/no question about their life beyond work that the scenario does not speak to:
    any answer but a refusal would state a fact it does not hold ("Yes. My sister helps." or
    "Not really, it's just me." to "Do you have anyone helping with the rent?")."""
    if question.form != Form.YES_NO:
        return False
    asked = {m.group(0).lower() for m in _LIFE.finditer(question.text.replace("\u2019", "'"))}
    if not asked:
        return False
    known = scenario_text(scenario).lower()
    return not all(re.search(rf"\b{re.escape(w)}\b", known) or w in _GENERIC_LIFE
                   for w in asked)


# A thing at work, asked yes or no (sixty-fifth pass): "Still open, the search latency
# ticket?", "Did you get my email about the offsite?"
_WORK_THING = re.compile(
    r"\b(?:tickets?|emails?|e-mails?|mails?|messages?|invites?|offsite|off-site|away ?day|"
    r"meetings?|pull requests?|prs?|reviews?|docs?|documents?|reports?|decks?|slides|surveys?|"
    r"trainings?|courses?|releases?|incidents?|bugs?|demos?|launch|projects?|proposals?|"
    r"roadmaps?|budgets?|forms?|spreadsheets?|dashboards?|tasks?|epics?|stories|sprints?|"
    r"standups?|stand-ups?|all-hands|town ?hall|workshops?|audits?|appraisals?|rotas?|"
    r"shifts?|calls?|clients?|customers?|accounts?)\b", re.I)
# words that name no particular thing: "still", "open", "done", "your"
_ANY_THING = frozenset({"still", "open", "done", "ready", "nearly", "almost", "finished",
                       "fixed", "closed", "sent", "send", "read", "seen", "yours", "mine",
                       "last", "next", "week", "today", "yesterday", "earlier", "already",
                       "about", "from", "okay", "check", "chance", "look", "remember",
                       "yesterday's", "today's", "monday", "tuesday", "wednesday", "thursday",
                       "friday", "going", "anything", "everything", "something"})

# what carries a thing rather than names it: "my email about the offsite" names the offsite
_CARRIERS = frozenset({"ticket", "tickets", "email", "emails", "e-mail", "mail", "message",
                       "messages", "invite", "invites", "meeting", "meetings", "call", "calls",
                       "document", "documents", "docs", "note", "notes", "thing", "stuff"})


def asks_unknown_work(question: Question, scenario: Scenario) -> set[str]:
    """The words of a thing at work, asked yes or no, that the scenario never names ("search",
    "latency" in "Still open, the search latency ticket?" to Priya; "offsite" in "Did you get
    my email about the offsite?"): any yes or no would state a fact it does not hold, and a
    line about one of its own events ("The retry fix, yes. It's still open.") answers another
    question; empty when the question names no thing at work or only things it knows."""
    if question.form != Form.YES_NO:
        return set()
    text = question.text.replace("\u2019", "'")
    if not _WORK_THING.search(text) or GUESSED.search(text):
        # ("Is it the extra meetings that bother you?" guesses at the cause: no thing to check)
        return set()
    known = scenario_text(scenario).lower()
    # only the words that name the thing: the work word and the words just before it ("the
    # search latency ticket", "my email about the offsite"), not the rest of the question ("some
    # folks might be feeling a little bit bruised by code review lately?" names code review,
    # which the scenario knows, and nothing it does not)
    named = {w for m in _WORK_THING.finditer(text.lower())
             for w in [*_before_thing(text.lower()[:m.start()]), m.group(0)]}
    asked = {w for w in meaningful_words(" ".join(named)) - _ANY_THING - _CARRIERS
             if "'" not in w}
    return {w for w in asked if not re.search(rf"\b{re.escape(w)}", known)}


# where the words before a work word stop naming it: "by", "the", "my", a comma
_NOT_THE_THING = re.compile(r"^(?:the|a|an|my|your|our|their|his|her|this|that|these|those|by|"
                            r"about|on|in|of|for|to|with|from|at|and|or|any|some|still|open)$")


def _before_thing(before: str) -> list[str]:
    """Up to three words right before a work word that belong to its name."""
    out: list[str] = []
    for w in reversed(re.split(r"\s+", before.strip())[-3:]):
        if not w or not re.fullmatch(r"[a-z][a-z-]*", w) or _NOT_THE_THING.match(w):
            break
        out.append(w)
    return out


_BARE = re.compile(r"^(?:yes|yeah|yep|no|nope|not really|nah|sure|of course)\b", re.I)


def invented_facts(reply: str, scenario: Scenario, manager_lines: Sequence[str]) -> list[str]:
    """Names, figures and schemes in ``reply`` that neither the scenario nor the manager gave;
    and a yes or no to a question about their life, or about a thing at work, that the scenario
    does not speak to (``asks_beyond``, ``asks_unknown_work``)."""
    found = _invented(reply, scenario, manager_lines)
    if manager_lines and _BARE.match(reply.strip()):
        asked = read_question(manager_lines[-1])
        if asks_beyond(asked, scenario) or asks_unknown_work(asked, scenario):
            found.append(f"{_BARE.match(reply.strip()).group(0)!r} to {asked.text!r}")  # type: ignore[union-attr]
    return found


def _invented(reply: str, scenario: Scenario, manager_lines: Sequence[str]) -> list[str]:
    known = scenario_text(scenario) + " " + " ".join(manager_lines)
    known_low = known.lower()
    known_names = set(_CAPS.findall(known))
    found = [term for term in INVENTED_TERMS
             if re.search(rf"\b{re.escape(term)}\b", reply.lower())
             and not re.search(rf"\b{re.escape(term)}\b", known_low)]
    found += [m.group(0) for m in _NAME_MID.finditer(reply)
              if m.group(0) not in known_names and m.group(0) not in NOT_NAMES]
    known_numbers = set(_DIGITS.findall(known))
    found += [n for n in _DIGITS.findall(reply) if n not in known_numbers]
    return found


def writes_plan(reply: str, question: Question, manager_lines: Sequence[str],
                scenario: Scenario) -> str | None:
    """How the reply writes the manager's plan (dates, check-ins, action items they did not
    say), or None. Proposing a step is fine when the manager asked for one."""
    if question.asks_for_step:
        return None
    if m := _PLANNING.search(reply):
        return m.group(0)
    said = (" ".join(manager_lines) + " " + scenario_text(scenario)).lower()
    for m in _DATED.finditer(reply):
        when = m.group(0).lower().split()[-1]  # "on friday" -> friday, "next week" -> week
        if not re.search(rf"\b{re.escape(when)}\b", said):
            return m.group(0)
    return None


def repeats(reply: str, earlier_replies: Sequence[str]) -> bool:
    """The whole reply again, or a sentence of four words or more said before."""
    norm = normalise(reply)
    if any(normalise(r) == norm for r in earlier_replies):
        return True
    said = {normalise(s) for r in earlier_replies for s in split_sentences(r)}
    return any(len((n := normalise(s)).split()) >= 4 and n in said
               for s in split_sentences(reply)) or any(
        same_phrase(reply, r) for r in earlier_replies)  # inflected too (sixty-first pass)


def judge_reply(request: ReplyRequest, reply: str) -> Verdict:
    """Every rule, for ``reply`` to the last manager turn of ``request`` (the snapshot the
    voice was given: the mind's entry for that turn is ``request.entry``)."""
    scenario = request.scenario
    entry = request.entry
    manager_lines = [t.text for t in request.turns if t.speaker == "manager"]
    earlier = [t.text for t in request.turns if t.speaker == "report"]
    question = read_question(manager_lines[-1] if manager_lines else "")
    broken: list[Rule] = []
    details: list[str] = []

    is_excused = question.form != Form.NONE and excused(entry)
    answered = None if is_excused else answers_form(question, reply, scenario)
    if answered is False:
        broken.append(Rule.FORM)
        details.append(f"{question.form.value} not answered")

    checker = ReplyChecker(request)
    problems = []
    for index, raw in enumerate(split_sentences(reply)):
        sentence = checker.clean(raw, index)
        found = checker.check(sentence) if checker.speakable(sentence) else None
        if found is not None:
            problems.append(found)
    character = [f.detail for f in problems if f.problem in CHARACTER_PROBLEMS]
    if m := _META.search(reply):
        character.append(f"talks about the exercise ({m.group(0)!r})")
    if name := own_name(reply, scenario):
        character.append(f"uses their own name ({name!r}): not the report speaking")
    if character:
        broken.append(Rule.CHARACTER)
        details += character
    if invented := invented_facts(reply, scenario, manager_lines):
        broken.append(Rule.INVENTED)
        details.append(f"not in the scenario: {', '.join(invented)}")
    if keyword := discloses_early(reply, scenario, entry):
        broken.append(Rule.DISCLOSURE)
        details.append(f"names {keyword!r} before the mind allows it")
    plan = [f for f in problems if f.problem in PLAN_PROBLEMS]
    planned = writes_plan(reply, question, manager_lines, scenario)
    if plan or planned:
        broken.append(Rule.PLAN)
        details.append(f"writes the plan: {planned or plan[0].detail}")
    words, sentences = len(reply.split()), len(split_sentences(reply))
    most_words, most_sentences = max_words(scenario), max_sentences(scenario)
    if words > most_words or sentences > most_sentences:
        broken.append(Rule.LENGTH)
        details.append(f"{words} words, {sentences} sentences (at most {most_words}, "
                       f"{most_sentences})")
    if repeats(reply, earlier):
        broken.append(Rule.REPEAT)
        details.append("said before")
    return Verdict(form=question.form, answers_form=answered, excused=is_excused,
                   broken=tuple(broken), details=tuple(details))
