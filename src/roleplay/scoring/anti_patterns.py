"""Anti-patterns over a whole conversation, and the overall score (0-100) they weigh on."""

from __future__ import annotations

import re

from roleplay.domain.codes import Code
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import AntiPattern, CompetencyScore, Rubric
from roleplay.scoring._cues_feedback import MONTH
from roleplay.scoring._text import normalise
from roleplay.scoring.feedback_level import pressed_on_choice
from roleplay.scoring.listening import Disclosure, moved_on_at, part_said_back
from roleplay.scoring.metrics import MONOLOGUE_SECONDS, MONOLOGUE_WORDS, ConversationMetrics
from roleplay.scoring.moves import (
    FEEDBACK_CODES,
    FEEDBACK_TYPES,
    MIN_TURNS_FOR_ABSENCE,
    ManagerMove,
    first_open_question,
    fixing,
    softens,
    tells_what_happened,
)
from roleplay.scoring.reading import rescues

# the turn speaks to them: what they did, not what the manager once did
_TO_THEM = re.compile(r"\byou(?:r|'ve|'re)?\b")
# "On Monday" is recent; "On Monday 2 November" is a dated example, whenever it was.
# (and so is one dated in words, as a recogniser writes it: "on monday the second of november",
# "on Monday, November 2nd"; J34: it was "Every example is from the last few days")
_DAY_AFTER = (r"(?!,? (?:the )?(?:\d|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
              r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
              r"eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty)\b)|,? (?:jan(?:uary)?|"
              # (a month's name or its short form, not any word that starts like one: "On
              # Monday, Marcus said ...", "On Friday, maybe ..." are recent days)
              r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?= (?:the )?\d)|june?|july?|aug(?:ust)?|"
              r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)")
RECENT = re.compile(
    r"\b(?:yesterday|today|this morning|this week|last week|on (?:monday|tuesday|wednesday|"
    r"thursday|friday)" + _DAY_AFTER + r"|(?:monday|tuesday|wednesday|thursday|friday)'s|last "
    r"(?:monday|tuesday|wednesday|thursday|friday)|the other day)\b"
)
# a turn that reaches weeks back is no recent example, whatever day it also names: "we agreed
# two weeks ago the retry fix ... and the check in on thursday was cancelled" (J40)
_WEEKS_BACK = re.compile(r"\b(?:two|three|four|five|six|several|a few|a couple of|\d+) weeks ago\b|"
                         r"\b(?:a|one|two|three|\d+) months? ago\b|"
                         # dates in two months: "meant to be done 30 october and then the 13
                         # november date ... three more escalations last week"
                         r"\b(" + MONTH + r")\b.*\b(?!\1\b)" + MONTH + r"\b")
# The longer picture set aside in so many words: "I do not need to look at the other weeks"
ONLY_RECENT = re.compile(
    r"\b(?:do not|don't|dont|no) need to (?:look at|see|go into|talk about|hear about) (?:the )?"
    r"(?:other|rest of the|earlier|previous|older) (?:weeks|months|days|sprints|shifts)\b"
    r"|\bi(?:'m| am) only (?:interested in|talking about|looking at) (?:last week|this week|"
    r"yesterday|today)\b")
BROAD = re.compile(
    r"\b(?:this (?:month|quarter|year)|last (?:month|quarter|year|few months|\w+ months|"
    r"\w+ sprints|\w+ weeks)|past (?:\w+ )?(?:months|weeks|quarter|year)|over the (?:year|"
    r"quarter|last|past)|since (?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|the start|you joined)|\w+ of the last|every|consistently|"
    r"pattern|in a row|whole (?:year|quarter|picture)|across the|overall|times this)\b"
    # a count over a span: "Nine days late out of twenty", "late 9 out of the last 20 days"
    r"|\bout of (?:the )?(?:last |past )?(?:\d{2,}|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b"
)
ACTIVITY = re.compile(
    r"\b(?:hours|long days|late nights|working late|stayed late|busy|busier|so many meetings|"
    r"lots of meetings|your calendar|emails? sent|calls? made|lines of code|tickets? closed|"
    r"effort|activity|always online|online all|weekends?)\b"
)
# How long something lasted is no measure of their effort: "promo codes went down for three hours"
# (nor how late a thing came: "a test build that was two hours late", "Leo went to his own
# manager within hours"; not "early", "later", "before" or "after", which time their day: "you
# log off three hours later than the rest of the team")
DURATION = re.compile(r"\b(?:for|about|over|nearly|almost|around) (?:\d+|one|two|three|four|five|"
                      r"six|seven|eight|nine|ten|several|a few|a couple of) (?:more )?hours\b|"
                      r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|"
                      r"a couple of|some) hours (?:late|behind|overdue|ago)\b|"
                      r"\bwithin (?:the )?(?:\w+ )?hours\b")
OUTCOME = re.compile(
    # ("well done" praises; it names nothing delivered)
    r"\b(?:result|results|outcome|impact|deliver\w*|shipped|live|finished|(?<!well )done|"
    r"customers?|revenue|quality|reopened|target|goal|moved|progress on)\b"
)

# The activity must be the report's ("you've been so busy", "your hours", praise of their
# hours): "a busy quarter for everyone" describes the weather, not how the report is judged.
THE_REPORTS = re.compile(r"\b(?:you|you're|you've|your|yourself|great job|good job|well done|"
                         r"thanks|thank you|impressed|appreciate)\b")
EVERYONE = re.compile(r"\b(?:everyone|everybody|all of us|we've all|we have all|the whole team)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Courtesy about their time judges nothing: "I know you're busy", "sorry to pull you away when
# you're this busy", "if you're not too busy".
COURTESY = re.compile(
    r"\b(?:i know|i realise|i realize|i appreciate|i understand|i get that|sorry|if|when|while|"
    r"since|as) (?:you're|you are|you've been|you have been|things are|it's|it is) (?:\w+ )?"
    r"(?:\w+ )?(?:busy|busier|swamped|slammed)\b")


def _judges_activity(text: str) -> bool:
    """A sentence that weighs the report's hours or busyness with no word about results."""
    if OUTCOME.search(text):
        return False
    text = DURATION.sub(" ", COURTESY.sub(" ", text))
    return any(ACTIVITY.search(s) and THE_REPORTS.search(s) and not EVERYONE.search(s)
               for s in _SENTENCE.split(text))


def anti_patterns(
    rubric: Rubric, mine: list[ManagerMove], m: ConversationMetrics,
    kind: ConversationType | None, disclosures: tuple[Disclosure, ...] = (),
    feedback: CompetencyScore | None = None, said_back: frozenset[int] = frozenset(),
) -> tuple[AntiPattern, ...]:
    """The anti-patterns the rubric names, each with the turns that show it. ``feedback``: the
    feedback level, whose credited example, impact or expectation names the issue;
    ``said_back``: the turns listening credits as reflections."""
    found: list[AntiPattern] = []

    def add(pid: str, turns: list[ManagerMove], note: str) -> None:
        ap = rubric.anti_pattern(pid)
        if ap is not None:
            found.append(AntiPattern(id=pid, label=ap.label,
                                     turns=tuple(ct.index for ct in turns), note=note))

    first_open = first_open_question(mine)
    advice = fixing(mine)
    early = [ct for ct in advice if first_open is None or ct.index < first_open]
    flagged = advice if len(advice) >= 3 else early
    # taking the problem off them ("don't worry about anything, i will sort it all out with jun
    # and beatriz") fixes it for them wherever it comes, whatever the coder read (J41's "Left")
    rescued = [ct for ct in mine if rescues(ct.turn.text) and ct not in flagged]
    if early:
        add("fixing", sorted(flagged + rescued, key=lambda ct: ct.index),
            "Advice before asking what they have tried or think.")
    elif flagged:
        add("fixing", sorted(flagged + rescued, key=lambda ct: ct.index),
            f"Advice in {len(flagged)} turns: ask what they have tried before suggesting.")
    elif rescued:
        add("fixing", rescued, "You took the problem off them: ask what they could do about it "
                               "before you sort it for them.")
    labels = [ct for ct in mine if ct.has(Code.LABEL)]
    if labels:
        add("labelling", labels, "Describe the behaviour, not the person.")
    harsh = [ct for ct in mine if ct.has(Code.BLAME, Code.THREAT)]
    if harsh:
        # (in a career talk, a push back towards what they declined holds nothing over them:
        # the note names the pressure, as the rewrite does)
        # (the same reading as feedback's: ``pressed_on_choice``; with blame beside it, the
        # note names both)
        pressed = pressed_on_choice([ct for ct in harsh if ct.has(Code.THREAT)], kind)
        blamed = any(ct.has(Code.BLAME) for ct in harsh)
        add("blaming_threatening", harsh,
            "Pressure about their choice makes them defend it, not think it through."
            if pressed and not blamed else
            "Blame makes them defend, and pressure about their choice does too."
            if pressed else "Blame and threats make them defend, not change.")
    soft = [ct for ct in mine if softens(ct)]  # softening needs a message to soften
    if kind == ConversationType.CAREER:  # a kind opener of a career talk hedges no message
        soft = [ct for ct in soft if ct.has(*(FEEDBACK_CODES - {Code.SOFTENER}))]
    if soft:
        add("over_softening", soft, "The message was hedged until it could be missed.")
    long_turns = [ct for ct in mine if ct.n_words >= MONOLOGUE_WORDS
                  or ((ct.turn.end or 0) - (ct.turn.start or 0)) >= MONOLOGUE_SECONDS]
    if long_turns:
        add("monologuing", long_turns,
            f"Longest turn: {m.longest_monologue_words} words. Say less, then ask.")
    # (an example told inside a label or blame, "You wrote "Did you even run this?" ... What
    # were you thinking?", named the issue, however harshly: J24)
    named = [ct for ct in mine if ct.has(Code.OBSERVATION, Code.EXPECTATION, Code.IMPACT)
             or (_TO_THEM.search(normalise(ct.turn.text)) and tells_what_happened(ct.turn.text))]
    # (nor is it avoided where the feedback level credits an example, an impact or an
    # expectation, however the coder read the turn: "The retry fix. The 13th. What happened?"
    # was quoted "+ specific example" above "No specific example ... in the whole
    # conversation"; J32)
    credited = feedback is not None and any(e.positive for e in feedback.evidence)
    # Raised only in hedges is over-softening (above), not avoiding: one penalty, not two.
    if kind in FEEDBACK_TYPES and not credited and len(mine) >= MIN_TURNS_FOR_ABSENCE \
            and not named and not soft:
        add("avoiding_issue", [],
            "No specific example, impact or expectation in the whole conversation.")
    obs = [ct for ct in mine if ct.has(Code.OBSERVATION)]
    all_text = " ".join(normalise(ct.turn.text) for ct in mine)
    set_aside = [ct for ct in mine if ONLY_RECENT.search(normalise(ct.turn.text))]
    if set_aside or (obs and all(RECENT.search(normalise(ct.turn.text))
                                 and not _WEEKS_BACK.search(normalise(ct.turn.text)) for ct in obs)
                     and not BROAD.search(all_text)):
        add("last_week_only", set_aside or obs,
            "You set the longer picture aside; ask about the pattern, not only the last few "
            "days." if set_aside else
            "Every example is from the last few days; ask about the longer pattern too.")
    activity = [ct for ct in mine
                if ct.has(Code.AFFIRMATION, Code.OBSERVATION, Code.LABEL)
                and _judges_activity(normalise(ct.turn.text))]
    if activity:
        add("activity_not_impact", activity,
            "Hours and busyness are not results: talk about what was delivered.")
    ignored = [d for d in disclosures if not d.heard]
    if ignored:
        told = (f"turn {ignored[0].turn}" if len(ignored) == 1 else "turns " + ", ".join(
            str(d.turn) for d in ignored[:-1]) + f" and {ignored[-1].turn}")
        # one miss per disclosure (the turn that should have taken it in), not one per turn
        # that followed: a single moment, however many lines it took to move on
        # (a next turn that said back part of it, "so you were told you'd be put up for lead
        # and then nobody said a word" before the interview she told of, is praised "You
        # reflected back" on the listening card: it did not move on from all of it; J39)
        partly = [i for i in (part_said_back(d, said_back) for d in ignored) if i is not None]
        # (the turn named is the one the listening card rewrites, past a right closed check
        # straight after it, ``moved_on_at``; a check with no turn after it, "So, to sum up:
        # ... Did I get that right?" after "I'm burnt out", is itself where they moved on)
        add("ignoring_disclosure", [moved_on_at(d) or d.after[0] for d in ignored if d.after],
            f"They told you something that mattered to them ({told}) and the next turns "
            "moved on without taking it in." if len(partly) < len(ignored) else
            f"They told you something that mattered to them ({told}); your next turn "
            f"said back part of it (turn {partly[0]}), then moved on from the rest without "
            "taking it in.")
    return tuple(found)


def overall(
    rubric: Rubric, comps: tuple[CompetencyScore, ...], anti: tuple[AntiPattern, ...],
    kind: ConversationType | None,
) -> int:
    """0-100: the weighted mean of the observed levels, less the anti-patterns' share."""
    weights = rubric.weights_for(kind)
    observed = [(weights.get(c.competency, 1.0),
                 c.points if c.points is not None else float(c.score))
                for c in comps if c.score is not None]
    total_w = sum(w for w, _ in observed)
    if not observed or total_w <= 0:
        return 0
    # Level 1 is 10, level 5 is 100: a weak session still says how weak, so two weak
    # managers are never both 0 and cannot be told apart.
    base = sum(w * (10 + (s - 1) / 4 * 90) for w, s in observed) / total_w
    penalty = 0
    for ap in anti:
        rule = rubric.anti_pattern(ap.id)
        if rule is not None:
            penalty += min(rule.max_penalty, rule.penalty * max(1, len(ap.turns)))
    # Anti-patterns take a share of the score (each penalty point 1.5 %, at most 70 %),
    # so they hurt a strong session as much as a weak one, proportionally.
    return max(0, min(100, round(base * (1 - min(0.7, penalty * 0.015)))))
