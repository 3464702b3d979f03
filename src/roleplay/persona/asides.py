"""Turns the offline voice reads for itself, whatever the coder made of them (forty-sixth pass,
issue 11): praise alone, a threat the coder did not code, and an aside that asks nothing and
is about nothing of the meeting's business. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from roleplay.domain.codes import Code
from roleplay.domain.mind import Mood
from roleplay.domain.scenario import Scenario
from roleplay.domain.sentences import split_sentences
from roleplay.persona.fitting import praise_then_but, puts_down, runs_down
from roleplay.persona.fitting import praises as _praises
from roleplay.persona.scenario_words import meaningful_words, unraised_words

# -- praise alone -------------------------------------------------------------------------------

# The moves praise may come with and still be praise alone: a word of what was seen or of the
# workplace ("the way you handled that angry customer on Friday was brilliant")
_WITH_PRAISE = frozenset({Code.AFFIRMATION, Code.OBSERVATION, Code.INFORMATION})
# praise in words the scorer's list has not: "a really good catch", "a real asset", "spot on"
_MORE_PRAISE = re.compile(
    r"(?<!\bnot )(?<!n't )\b(?:(?:really |very |so )?good (?:catch|call|spot|one|stuff)|"
    r"(?:great|nice) (?:catch|call|spot|one|stuff)|(?:real |an )asset|spot on|top notch|"
    r"well (?:handled|caught|spotted|played)|impressed|nailed it|hats off|kudos|"
    r"(?:really |very |so )?(?:good|nice|well) (?:handled|done)|(?:really|very|so) good|"
    r"(?:good|great|hard|brilliant|excellent|fantastic|solid) (?:worker|engineer|analyst|"
    r"designer|colleague|teammate|team player)|good at (?:your|what you|this)|"
    # "You're a natural with difficult customers", "the customers love you", "one of the most
    # reliable people on the floor", "a really kind thing you did for Tom" (fifty-fifth pass)
    r"(?:a|such a|an absolute|a real) natural|(?:customers|clients|people|the team|everyone|"
    r"they|users|students) (?:all )?(?:love|loves|trust|trusts|rate|rates) you|"
    r"(?:one of (?:the|our) most|so|really|very|incredibly|totally) (?:reliable|dependable|"
    r"trustworthy)|"
    r"(?:really |very |so )?(?:kind|generous|thoughtful) (?:thing|of you(?! to (?:say|tell|share|"
    r"come|meet|ask)))|"
    r"named you|asked for you by name)\b",
    re.I)
# Thanks for what they did, sincere and not for the meeting ("and I never thanked you for it",
# "I want to thank you for covering the queue"): praise, whatever the coder read in it
GRATITUDE = re.compile(
    r"\b(?:i )?never (?:properly |really )?thanked you\b|\bi(?: want(?:ed)?|'d like) "
    r"to (?:say )?"
    r"(?:thank you|thanks) for (?!(?:coming|your time|the time|meeting|joining|sitting|telling|"
    r"sharing|being honest|being open|saying))|\bthank you for (?:covering|keeping|stepping|"
    r"picking|taking|handling|holding|looking after|sorting|fixing|staying)\b", re.I)


def praise_alone(manager_said: str, moves: Iterable[Code]) -> bool:
    """The turn praises them and does nothing else: no question, no "but" to what is wrong, no
    judgement, no plan ("That was a really good catch on the invoice run last month.")."""
    said = manager_said.replace("\u2019", "'")
    heard = set(moves)
    if {Code.REFLECTION, Code.AFFIRMATION} <= heard and not _READS_THEM.search(said):
        # "Your SQL workshop in October was genuinely brilliant, people still talk about it.",
        # coded a reflection too, says nothing back of theirs
        heard -= {Code.REFLECTION}
    # ("Great." or "Brilliant." on its own is a word of assent, no praise: "Great. Thanks,
    # Theo.")
    said = _ASSENT.sub("", said).strip()
    if not heard:
        # the coder read nothing in it: praise only when it is of them ("Honestly, I think
        # you'd make a great team lead one day."), not a word in a general truth ("not every
        # great player wants to be captain")
        return "?" not in said and any(
            _YOU.search(s) and _praises_in(s) and not _GENERAL_TRUTH.search(s)
            for s in split_sentences(said)) and not praise_then_but(said) and not runs_down(said) \
            and not puts_down(said)
    # ("You kept the queue going single-handed on the 2nd, and I never thanked you for it.",
    # coded only what was seen: thanks for what they did is praise)
    praised = bool(GRATITUDE.search(said)) or (Code.AFFIRMATION in heard and _praises_in(said))
    return (praised and heard <= _WITH_PRAISE and "?" not in said
            and not praise_then_but(said) and not runs_down(said) and not puts_down(said))


def praised_and_put_down(manager_said: str) -> bool:
    """The turn praises them and puts them down in one breath ("the best fella on the floor
    and the worst to work with"): the put-down is what they hear (seventy-sixth pass)."""
    said = manager_said.replace("\u2019", "'")
    return puts_down(said) and _praises_in(said)


def _praises_in(text: str) -> bool:
    return _praises(text) or bool(_MORE_PRAISE.search(text))


_YOU = re.compile(r"\b(?:you|your|you're|you'd|you've|yours)\b", re.I)
_GENERAL_TRUTH = re.compile(r"\b(?:if|every|not every|everyone|anyone|nobody|people|some "
                            r"people)\b", re.I)


# a word of assent as a sentence of its own ("Great.", "Brilliant!", "Perfect,")
_ASSENT = re.compile(r"(?:^|(?<=[.!?])\s+)(?:great|brilliant|excellent|fantastic|perfect|good|"
                     r"lovely|amazing|super|nice|cool)[.!,]+(?=\s|$)", re.I)
# a reading of them: "it sounds like", "you feel", "you seem"
_READS_THEM = re.compile(r"\b(?:sounds? like|seems? like|you(?:'re| are)? (?:feel\w*|seem\w*)|"
                         r"it feels|i'm hearing|i hear)\b", re.I)


# -- a threat the coder did not code --------------------------------------------------------------

# "Fix it or you're out.", "One more missed date and we go to a performance plan.", "If this
# happens again, you're on a formal warning.": the report's job or record is put at stake
_STAKES = (r"(?:(?:a |an |the )?(?:formal |final |written |verbal )?warning|(?:a |an )?"
           r"(?:performance (?:improvement )?plan|pip|capability (?:process|procedure)|"
           r"disciplinary(?: process| procedure| hearing)?|formal process)|hr)")
THREATENS = re.compile(
    r"\bor (?:you're|you are|you'll be) (?:out|gone|finished|done|off the team)\b|"
    r"\b(?:you're|you are|you'll be|you will be) (?:out|gone|finished|done|off the "
    r"team)\b(?= if\b)|"
    # "one more missed date and ...", not "one more thing and then I'll let you go"
    r"\bone more (?:\w+ ){0,3}?(?:missed|late|slip\w*|mistake|incident|complaint|error|bug|"
    r"strike|time|day|absence|no[- ]show|reopen\w*|ticket)\b(?: \w+){0,3}? (?:and|then)\b|"
    r"\b(?:(?:you're|you are|you'll be|you will be|we'll be|we will be|we go|we're going|"
    r"we are going|we'll go|it goes|this goes|it'll go|i'll (?:have to )?(?:put you on|go to|"
    r"start|open)|i will (?:have to )?(?:put you on|go to|start|open)|going) (?:on |onto |to |"
    r"straight to |into )?" + _STAKES + r")\b|"
    r"\b(?:(?:have to|having to|be) let(?:ting)? you go|fire you|sack you|lose your job|"
    r"your job is on the line|"
    r"(?:a )?very different conversation|there will be consequences|consequences for you)\b",
    re.I)
# "I'm not putting you on a performance plan.", "This isn't a formal warning.": a reassurance
_NOT = re.compile(r"\b(?:not|isn't|aren't|won't|no one|nobody|never|no)\b", re.I)
# ...but not the condition the threat is put on: "If it isn't fixed by Friday, you're on a
# formal warning."
_CONDITION = re.compile(r"\b(?:if|unless)\b[^,]*,", re.I)


def threatens(manager_said: str) -> bool:
    """A sentence of the turn puts their job or record at stake, not denied in it."""
    said = manager_said.replace("\u2019", "'")
    return any((m := THREATENS.search(s)) is not None
               and not _NOT.search(_CONDITION.sub(" ", s[:m.start()]))
               for s in split_sentences(said))


# -- an aside -----------------------------------------------------------------------------------

# Words that tie a turn to the meeting's business or to what was just said: a turn with one is
# no aside ("That makes sense.", "Okay, so the Mondays.", "Take your time.")
_BUSINESS = re.compile(
    r"\b(?:you|your|you're|you've|you'll|yours|we|us|our|they|team|"
    # ("this morning", "that weekend" are times, not what was said)
    r"(?:this|that|these|those)(?! (?:morning|afternoon|evening|week|weekend|year|month|time)\b)|"
    r"work\w*|job|role|meeting|talk|chat|today's|plan|help|sorry|okay|ok|right|so|mm+|"
    r"hmm+|sure|yes|yeah|no|fair|understood|got it|i see|makes sense|thanks?|thank you)\b",
    re.I)
# ...but "would you believe it", "can you imagine", "eh", "right?" hand nothing over
_RHETORICAL = re.compile(
    r",?\s*\b(?:would you believe it|can you believe it|can you imagine|if you can believe it|"
    r"believe it or not|you know what i mean|as you do|go figure|of all things|mind you|i tell "
    r"you|honestly|(?:i )?can't wait)\b[,.!?]*|,?\s*\b(?:eh|huh|innit|right|isn't it|wasn't it|"
    r"aren't they|weren't they|don't you think|you know)\s*[?!.]*\s*$", re.I)
# the manager's own news, or a line about the world: "I'm off to Lisbon next week", "The coffee
# machine is broken again", "the trains were a mess", "Anyway, enough about me."
_ABOUT_ME = re.compile(r"^(?:(?:ha|haha|oh|ugh|urgh|argh|anyway|well|god|gosh|honestly|so|by "
                       r"the way|btw|bloody hell|blimey|crikey|jeez|wow|oof|phew|man)[,.!]?\s+)*"
                       r"(?:i|i'm|i've|i'd|i'll|my|me|the|a|an|it's|there's|enough)\b", re.I)


def aside(scenario: Scenario, manager_said: str, moves: Iterable[Code]) -> bool:
    """The turn asks nothing, does nothing the coder could score and is about nothing of the
    meeting's business: the manager's own news, a joke, a line about the world. Its words are
    none of the scenario's, and none ties it to the report or to what was said."""
    if set(moves) - {Code.INFORMATION}:
        return False
    said = _RHETORICAL.sub(" ", manager_said.replace("\u2019", "'")).strip()
    if not said or "?" in said or not _ABOUT_ME.match(said) or _BUSINESS.search(said):
        return False
    return len(meaningful_words(said)) >= 2 and not names_business(scenario, said)


def names_business(scenario: Scenario, said: str) -> bool:
    """``said`` has a word of the scenario's business: of its events (less the counts and the
    workplace at large: "again", "week"), its title and summary ("Monday absences"), the report
    and their role, or what is behind it ("the pub", "rent")."""
    persona = scenario.persona
    business = unraised_words(scenario, "") | meaningful_words(" ".join([
        scenario.title, scenario.summary, persona.name, persona.role,
        *persona.hidden_root_cause.keywords]))
    return bool(meaningful_words(said) & business)


# An aside answered in their mood: heard, nothing added (no fact, no plan, no question answered
# that no one asked)
ASIDE_HEARD: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Right.", "Okay. And?"),
    Mood.DEFENSIVE: ("Okay.", "Right."),
    Mood.GUARDED: ("Mm.", "Right. Okay."),
    Mood.WARMING: ("Ha. Yeah.", "Ha. Fair enough."),
    Mood.COLLABORATIVE: ("Ha. Fair enough.", "Ha. Yeah, I bet."),
}
# Small talk answered in their mood before the talk: put by, never a claim about their life or
# a line about the work nobody asked about
SMALL_TALK_PUT_BY: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Can we skip the small talk?", "Let's just get on with it."),
    Mood.DEFENSIVE: ("Can we just get to it?", "Let's just get to it."),
    Mood.GUARDED: ("Mm. Let's just get into it.", "Oh, you know. Let's get into it."),
    Mood.WARMING: ("Ha. Another time, maybe.", "Oh, you know. Same as ever."),
    Mood.COLLABORATIVE: ("Ha. Another time, maybe.", "Oh, you know. Same as ever."),
}
# Praise and a put-down in one breath, heard in their mood: the sting of it, never thanks for
# the praise ("Thanks. It's nice someone notices.") nor a fact or plan (seventy-sixth pass)
PUT_DOWN_HEARD: dict[Mood, tuple[str, ...]] = {
    Mood.HOSTILE: ("Right. Thanks for that.", "Wow. Okay."),
    Mood.DEFENSIVE: ("Wow. Okay. Tell me how you really feel.", "Right. Which is it, then?"),
    Mood.GUARDED: ("Okay. Which is it, then?", "Ouch. Okay."),
    Mood.WARMING: ("Ouch. Okay.", "Okay. That stings a bit."),
    Mood.COLLABORATIVE: ("Ouch. Fair enough, maybe.", "Okay. That stings a bit."),
}
