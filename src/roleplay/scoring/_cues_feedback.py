"""Cues of what a manager says about the work and the person: when and what happened, its
impact, what is expected, advice, judgements (labels, blame, threats, sarcasm), softeners and
praise. Regular expressions over canonical text (lower case, apostrophes restored); the coder
uses their matches as features (``_patterns.match``)."""

from __future__ import annotations

import re

from roleplay.scoring._gate import gated


def any_of(*parts: str) -> re.Pattern[str]:
    """One pattern matching any of ``parts``, tried in order.

    Consecutive parts that open with a word boundary share it (``\\b(?:a|b)`` rather than
    ``\\ba|\\bb``): the same matches, but most positions in a text are inside a word, and
    there one test rejects the whole run instead of one test per part.
    """
    groups: list[str] = []
    run: list[str] = []
    for part in parts:
        if part.startswith(r"\b") and not _top_level_bar(part):
            run.append(f"(?:{part[2:]})")
            continue
        if run:
            groups.append(r"\b(?:" + "|".join(run) + ")")
            run = []
        groups.append(f"(?:{part})")
    if run:
        groups.append(r"\b(?:" + "|".join(run) + ")")
    return re.compile("|".join(groups))


def _top_level_bar(part: str) -> bool:
    """Whether ``part`` has an alternative outside every group (``\\ba|b``), which a shared
    leading boundary would wrongly extend to."""
    depth, escaped, in_class = 0, False, False
    for ch in part:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
         r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
NUMWORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)"
EVENT = (r"(?:meeting|standup|stand-up|review|retro|demo|call|presentation|planning|kickoff|"
         r"kick-off|workshop|handover|sync|1:1|one-to-one|all-hands|offsite|sprint|release|"
         r"deploy|deployment|launch|audit|pitch|interview|session)")

TIME_REF = any_of(
    rf"\b(?:on|last|this|since|from|until|by) {DAY}(?:'s)?\b", rf"\b{DAY}'s\b",
    r"\byesterday\b", r"\bthis (?:morning|afternoon|week|month|quarter|sprint)\b",
    r"\blast (?:week|month|night|quarter|sprint|friday|time|year)\b",
    r"\blast (?:weeks|months) (?=[a-z-]+)",  # "you missed last weeks check-in", no apostrophe
    r"\b(?:on|since|by) (?:the )?\d{1,2}(?:st|nd|rd|th)?\b", r"\bfor the \d{1,2}(?:st|nd|rd|th)\b",
    # a date said in words, as a recogniser writes it: "on the twelfth", "since the third"
    r"\b(?:on|since) the (?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    r"seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b(?=\s*(?:$|[,.;:!?]|(?:of|at|and|"
    r"or|was|were|got|when|you|we|i|it|then)\b))",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH}\b", rf"\b{MONTH} \d{{1,2}}",
    rf"\b{NUMWORD} (?:times|days|weeks|sprints|deadlines|tickets|bugs|incidents|occasions|"
    rf"meetings|standups|mornings|reports|reviews|releases|calls|shifts|emails|errors|"
    r"orders|invoices|complaints)\b",
    rf"\b(?:in|at|during|after|before) (?:the |our |this |last |yesterday's |today's |"
    rf"{DAY}'s |last week's |the client )?(?:\w+ )?{EVENT}\b",
    r"\b(?:twice|three times|four times) (?:this|last|in)\b", r"\bin a row\b",
    r"\b(?:this|last) (?:quarter|month|year)\b",
    r"\bat \d{1,2}(?::\d\d)?\s?(?:am|pm)?\b",
    # the forms managers actually use: "the 12th", "20/10", "Tuesday 20 October", "Oct 3rd",
    # "last Thursday's handover", "four of the last six shifts", "two weeks running"
    r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b", r"\bthe \d{1,2}(?:st|nd|rd|th)\b",
    rf"\b{DAY}(?: the)? \d{{1,2}}(?:st|nd|rd|th)?\b", rf"\b{MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?\b",
    rf"\b(?:last|this past|previous|this) {DAY}\b", rf"\b{DAY}(?:'s| night| morning| afternoon)\b",
    r"\b(?:last|this past|previous) (?:shift|fortnight|term|half-term|rota|weekend|round|cycle|"
    r"close|month-end|pay run|stock ?take|audit|inspection)\b",
    rf"\b{NUMWORD} (?:of|out of) (?:the |my |your )?(?:last )?{NUMWORD}\b",
    rf"\b{NUMWORD} (?:\w+ )?(?:weeks|days|months|shifts|sprints|times|fortnights) "
    r"(?:running|in a row)\b",
    r"\b(?:since|from) (?:the )?(?:start|beginning) of\b",
    r"\bsince (?:the )?\w+ (?:reorg|launch|move)\b", r"\b\d{4} (?:med )?pass\b",
    r"\b(?:every|each) (?:single )?(?:shift|day|morning|week) (?:this|last)\b",
)

BEHAVIOUR = any_of(
    r"\byou (?:missed|arrived|came in|joined|left|sent|said|told|interrupted|submitted|pushed|"
    r"shipped|merged|skipped|forgot|didn't|did not|weren't|wasn't|were|was|raised|cut|talked|"
    r"spoke|answered|replied|logged|presented|walked out|turned|handed|delivered|committed|"
    r"promised|agreed|closed|opened|rolled|released|deployed|dropped|changed|cancelled|"
    r"canceled|rescheduled|emailed|called|posted|ignored|dismissed|snapped|raised your voice|"
    r"rolled your eyes|took|made|had|got|went|hadn't|haven't|have|'ve)\b",
    r"\byour (?:report|code|pr|pull request|deck|slides|update|email|message|comment|"
    r"numbers|figures|forecast|estimate|ticket|tickets|release|deploy|work|draft|analysis|"
    r"presentation|tone)\b",
    r"\bi (?:noticed|saw|heard|observed|watched|counted|checked|looked at|read)\b",
    r"\b(?:the|both|all|three|two) (?:\w+ )?(?:reports?|tickets?|deadlines?|invoices?|releases?)"
    r" (?:you|were|was)\b",
    r"\b(?:went out|was late|were late|arrived late|came in late|slipped|was missed|were missed|"
    r"was left|were left|was logged|were logged|went down|was wrong|were wrong|was merged|"
    r"were merged|was reopened|were reopened|was skipped|were skipped|didn't happen|"
    r"wasn't (?:done|sent|updated|there|ready)|weren't (?:done|sent|updated|there|ready)|"
    r"was missing|were missing|had errors|had mistakes|didn't match|overran|ran over|"
    r"(?:have|has) been missed|haven't moved|hasn't moved|haven't been (?:done|met|hit)|"
    r"weren't (?:met|hit)|wasn't (?:met|hit))\b",
    # Work described without "you": "the export shipped a week late", "the fix is still open"
    r"\b(?:shipped|landed|went live|was delivered|were delivered|was submitted|was handed in|"
    r"came in|arrived|finished|was finished)\b[^.?!]{0,30}\blate\b",
    r"\b(?:a|one|two|three|four|five|\d+) (?:days?|weeks?|hours?|minutes?) late\b",
    r"\b(?:is|are|was|were) still (?:open|not done|unfinished|outstanding)\b",
    r"\b(?:missed|skipped) (?:the|a|our|two|three|both)\b",
    r"\bwithout (?:a |any )?(?:message|warning|word|telling anyone)\b",
    r"\b(?:was |were )?(?:committed|promised|due|planned) (?:for|by|on)\b",
    r"\b(?:was|were|got) (?:cancelled|canceled|postponed|pushed|moved|dropped|reopened|"
    r"rejected|returned|escalated|bounced|flagged|short|incomplete|wrong|late|missing|empty)\b",
    r"\b(?:went (?:in|out|live|up)|came back|showed up|turned up|clocked (?:in|out)|called in|"
    r"no-show|didn't (?:show|turn up|come|log|send|reply|answer|update|file|submit|attend|test|"
    r"call|check)|wasn't at|weren't at|left early|walked out|without (?:tests|testing|review|"
    r"sign-off|checking|a handover|notice))\b",
)

IMPACT = any_of(
    r"\b(?:which|that|this|it) (?:meant|means)\b", r"\bas a result\b", r"\bthe (?:impact|effect|"
    r"knock-on|consequence)s?\b", r"\bimpact(?:ed|s)? (?:on )?(?:the|our|your|my|us)\b",
    r"\b(?:the team|we|i|they|sam|the client|customers?|others) (?:had|have) to\b",
    r"\b(?:delayed|held up|blocked|put .{0,30} at risk|cost us|we lost|we missed|"
    r"the client (?:was|got|is|complained|noticed|escalated|asked)|"
    r"(?:it|that) (?:affected|affects|hurt|undermined|undermines|put|left|leaves|made|makes))\b",
    r"\bknock-on\b", r"\b(?:it|that) (?:makes|made) (?:it|the team|others|people|me|us)\b",
    r"\bwhen you .{3,60}, (?:it|the team|people|others|i|we|they|customers)\b",
    r"\bi (?:felt|feel) (?:undermined|embarrassed|let down|frustrated|exposed|worried)\b",
    r"\b(?:had|have|has) to (?:work|stay|redo|pull|cover|chase|catch up|fix|cancel|delay|"
    r"explain|apologi[sz]e|rework|step in|pick up|deal with|answer|go back)\b",
    r"\b(?:felt|feel|feels) (?:embarrassed|undermined|humiliated|hurt|ignored|let down)\b",
    r"\b(?:called|emailed|wrote to) (?:me|us) to complain\b", r"\bleft without\b",
    r"\b(?:are|were|is|was) getting (?:calls|complaints|emails|escalations)\b",
    r"\bput (?:us|me|the team|them) in (?:an awkward|a difficult|a bad)\b", r"\blands on\b",
    r"\bescalated (?:it|this|that)? ?to\b", r"\bthe client walked\b", r"\blost us\b",
    r"\b(?:because of (?:that|this)|as a consequence)\b",
    r"\b(?:so|and) (?:the|our) (?:release|launch|client|team|customer|demo|deadline|numbers)"
    r" (?:slipped|was|were|had|got|missed|lost)\b",
)

_NOT_ASKED = r"(?<!\bhas )(?<!\bhave )(?<!\bdid )(?<!\bany )(?<!\bhas the )(?<!\bhave the )"

# Who a lapse reached and how ("212 customers couldn't check out", "Waits hit 14 minutes"), said
# tersely, is impact; a question about it ("Has the client complained?": _NOT_ASKED) is not.
AFFECTED = gated(any_of(
    # "Amara told me she's thinking of leaving the team"
    r"\b(?:thinking of|talking about|asked to|wants to|is going to) (?:leave|leaving|quit|quitting|"
    r"move|moving) (?:the team|the company|teams|off the team)\b",
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|hundreds of)"
    r" (?:\w+ )?(?:customers|clients|users|patients|people|guests|callers|passengers|students|"
    r"orders|shoppers|members|residents|families|drivers|colleagues|engineers)\b.{0,40}?"
    r"\b(?:couldn't|could not|can't|cannot|didn't get|did not get|never got|waited|were left|"
    r"missed|lost|complained|cancel(?:l)?ed|were (?:charged|affected|delayed|stuck|sent)|"
    r"had to)\b",
    r"\b(?:waits?|wait times?|queues?|delays?|the backlog) (?:hit|reached|went (?:up )?to|grew to|"
    r"(?:was|were) up to)\b",
    # who it reached and what they did ("Two people have asked to move teams"; not activity)
    _NOT_ASKED + r"\b(?:\d+|two|three|four|five|six|several|a few|a couple of|half (?:of )?the|"
    r"most of the|some of the|people|colleagues|members of the team|the team|(?:the|our|a|one|"
    r"another|two|three) (?:\w+ )?(?:clients?|customers?|suppliers?|partners?)|customers|clients|"
    r"patients|users|the (?:\w+ )?team|(?:the|our|both|all|several|two|three|most) (?:\w+ ){0,2}"
    r"(?:engineers|developers|designers|agents|nurses|staff|juniors|testers|analysts|members|reps|"
    r"drivers|teachers|volunteers)|(?:a|one|another) (?:colleague|teammate|client|customer|parent|"
    r"patient)|[A-Z]?\w+ and [A-Z]?\w+)(?: \w+){0,3}? (?:have |has |had )?(?:now |already |both |"
    r"all |even )?(?:asked (?:to (?:move|leave|transfer|switch|swap|change|be moved|not work)|"
    r"(?:me )?(?:not )?to be moved|for a move|(?:me )?not to (?:work|pair|sit|be (?:on|in|put))|"
    r"(?:me )?to (?:swap|change) (?:shifts|rotas))|complained|escalated|(?:raised|put in) (?:a )?"
    r"complaints?|threatened to (?:leave|walk|pull|cancel|go)|handed in (?:their|his|her) notice|"
    r"resigned|quit|stopped (?:coming|asking|speaking|sharing|booking|inviting)|refused to|gone "
    r"(?:off )?sick|cancel(?:l)?ed (?:their|the|an?) (?:order|contract|booking|account)|moved "
    r"(?:teams|desks)|avoid(?:s|ed|ing)? (?:you|working with you|pairing|your)|asked (?:me )?"
    r"(?:\w+ )?(?:where you were|why you (?:were|weren't)|whether you|if you were (?:ok|okay|"
    r"alright)))\b",
    # a colleague took it further ("Leo raised it with his manager"), or absorbed it (covered)
    _NOT_ASKED + r"\b(?:raised|escalated|took|reported) (?:it|this|that|the post|the comment) "
    r"(?:up )?(?:with|to) (?:his|her|their) (?:manager|lead|boss|team lead|director)\b",
    _NOT_ASKED + r"\b(?:has|have|had|'s|'ve) (?:\w+ )?(?:covered|picked up|taken on|absorbed|"
    r"redone|fixed|rewritten|chased|done)(?: \w+){0,3} (?:of )?your\b",
    _NOT_ASKED + r"\b(?:covered|picked up|took on|absorbed|redid|rewrote)(?: (?:\w+ ){0,2}of)? "
    r"your (?:\w+ )?(?:shifts?|calls?|tickets?|cases?|clients?|work|slack|rota|on-call|reviews?|"
    r"reports?|jobs?|orders?)\b",
    _NOT_ASKED + r"\b(?:the|our|a|both|two|three) (?:\w+ )?(?:team|shift|crew|colleagues?|"
    r"engineers?|nurses?|staff) (?:has|have|had) to (?:redo|rework|rewrite|re-run|repeat|cover|"
    r"pick (?:it|them|that) up|stay (?:late|on|behind)|come in|fix|chase|clean up|apologi[sz]e)\b",
))

# The ask named as such: "What I'd ask is that concerns go to their lead first", "my ask of you
# is that": an expectation of them, not a tip ("What I want is for you to still have a job in
# June" is not said as an ask)
ASK_NAMED = re.compile(
    r"\bwhat i(?:'d| would)? (?:ask|expect)(?: of you| from you)? is (?:that|for)\b"
    r"|\bmy (?:ask|request) (?:of you |to you )?is\b"
    # "One thing I do ask, so it does not stay blank: ..."
    r"|\b(?:one|the one|the only) thing i (?:do |will |would |must )?ask(?: of you| from you)?"
    r"\b(?! (?:you|about|myself|whether|if|how|why|what)\b)")
# A want stated that they come to the manager with it ("ok so what id like is for you to come to
# me the day you see a date slipping", "I'd like you to flag it the day it slips", "what I need
# from you is to tell me early"): an expectation of them, not a question, a tip or news. A want
# of how they do the work ("what id like is you read the strength out loud before you pour")
# is not this.
TELL_ME_WANTED = re.compile(
    r"\b(?:what (?:i|we)(?: really| just)?(?:'d(?: really)? like| would like| want| need)(?: from "
    r"you)? is(?: for)?(?: you(?: to)?| that you| to)?|(?:i'd|i would|we'd|we would)(?: really)? "
    r"like "
    r"(?:you|for you) to|i (?:really )?need you to)(?: just| always)? (?:come (?:to|and (?:see|"
    r"tell|find)) (?:me|us)|(?:tell (?:me|us)|let (?:me|us) know)(?! (?:\w+ ){0,2}?(?:what|how|"
    r"why|where|who|which|about|a bit|more|your|in your|everything|all|if you need|if there|"
    r"if anything|whether you))|flag (?:it|that|this|them|anything|any|up)|(?:message|ping|email|"
    r"text|call|ring|warn) (?:me|us)|give (?:me|us) a (?:heads|shout|call|ring|bell)|raise (?:it|"
    r"that|this|them) (?:with|to) (?:me|us)|shout)\b")

EXPECTATION = any_of(
    r"\bi need you to\b", r"\bi(?:'d| would)? (?:expect|need to see|want to see|'d like to see|"
    r"would like to see)\b", r"\bi'm expecting\b", r"\b(?:the|my) (?:expectation|standard|bar) "
    r"(?:is|here|for)\b", r"\bgoing forward\b", r"\bfrom now on\b", r"\bfrom (?:today|this week|"
    r"next week|monday) on\b", r"\bwhat i need (?:from you |to see )?is\b",
    r"\b(?:needs|has|have|need) to be (?:done|in|on|ready|finished|submitted|shipped|sent|"
    r"updated|there|at|complete|reviewed|logged|green)\b", r"\bnon-negotiable\b",
    r"\bwhat good looks like\b", r"\b(?:it|that)'s (?:the|a) (?:minimum|requirement|must)\b",
    r"\bevery (?:day|morning|week|time|standup|ticket|release)\b.{0,40}\b(?:need|expect|should|"
    r"must|has to|have to)\b", r"\bi'm asking (?:you|for)\b",
    r"\bi(?:'m| am) going to (?:need|ask) you to\b", r"\bwhat i'm asking (?:for|is)\b",
    r"\bi need (?:every|all|each|the|your|it|them|this|that|those) .{0,40}\b(?:by|before|"
    r"within|logged|done|in|on time|every)\b", r"\bneeds? to be \w+ed (?:within|by|before|"
    r"every|on)\b", r"\bno exceptions\b", r"\bgood looks like\b",
    r"\byou must\b(?! (?:have been|be (?:tired|exhausted|feeling|worried)))",
    r"\b(?:it|this|that|everything|the \w+) must be (?:done|in|on|ready|finished|submitted|"
    r"reviewed|sent|logged|tested)\b",
    r"\b(?:on time|before the deadline|by the deadline)\b.{0,30}\b(?:every|always|each)\b",
    # "I need dates you commit to be ones we can rely on", "I need the rota up by noon"
    r"\bi (?:do |really |still )?need (?!to (?:ask|check|understand|know|hear your|talk)\b|"
    r"(?:a minute|a second|help|your help|your view|to think)\b)(?:\w+ ){1,8}(?:to be|to happen|"
    r"by|before|every|each|on time|early|going forward|from now|from next|to hear|in by|done)\b",
    r"\b(?:what has to|what needs to|the thing that has to) (?:change|happen|stop)\b",
    r"\bhere(?:'s| is) what i (?:need|expect)\b", r"\bthe bar is\b",
    # the bar set by the role rather than by the manager: "What the role needs from you,
    # whatever we figure out: your voice back in crit, ..."
    r"\bwhat (?:the|this|your) (?:role|job|team|position|post|seat) (?:needs|requires|asks|"
    r"expects) (?:from|of) you\b",
    # the fixed part named before it is said: "What can't bend is this: on the queue at 9:00"
    r"\bwhat (?:can't|cannot|can not|won't|doesn't|does not|isn't going to) (?:bend|move|change|"
    r"give|shift|budge)(?: here)? is\b",
    # a formal or gentle voice states the bar too: "I do need to be clear about the expectations
    # of the role: work handed over needs to include its states", "That's the expectation."
    r"\bclear (?:about|on) (?:the |my |what the )?expectations?\b", r"\b(?:that's|that is|this is)"
    r" (?:the|my) expectation\b", r"\bi would ask (?:you|that you) (?:to )?(?:let|tell|inform|"
    r"send|flag|give|make|ensure|confirm)\b", r"\b(?:work|everything|each \w+|every \w+|what you "
    r"(?:hand|send|ship|submit))\b[^.?!]{0,40}\bneeds? to (?:include|contain|cover|have|show)\b",
    r"\bi(?:'d| would) like us to have\b.{0,60}\bby\b",
    ASK_NAMED.pattern,
    # "Here's where I stand: on the phones at nine. That bit doesn't move."
    r"\bhere(?:'s| is) where i stand\b", r"\b(?:that|this) (?:bit|part|one) (?:doesn't|does not|"
    r"won't|will not) (?:move|change)\b", r"\b(?:isn't|is not|not) up for (?:debate|discussion|"
    r"negotiation)\b",
    r"\bi (?:do |really |still )?need you (?:logged in|in|here|there|on (?:the )?\w+|at your "
    r"desk) (?:at|by|before|for|from|every)\b",
)

# A deliverable with its deadline and nothing else, no one doing anything in it: "States and
# edge cases for the onboarding flow, by Thursday 3 December.", "Redlines to me by EOD Thursday."
# Asked of them, even when a check follows ("Does that feel doable?"); see settle.
DEADLINE_ONLY = re.compile(
    r"^(?:and |so |then |ok |okay |right )?(?:for (?:the )?[\w' -]{1,30}: )?"
    r"(?:the |your |a |an |all |full |every )?[\w' -]{2,70}?,? by "
    r"(?:this |next |the |end of |eod |close of )?(?:" + DAY
    + r"|tomorrow|tonight|noon|lunch|\d{1,2}(?:st|nd|rd|th)?\b|the \d{1,2}(?:st|nd|rd|th)?|"
    r"eod|end of (?:the )?(?:day|week|month)|close of play)[^?]*$")
# What makes such a fragment a sentence about someone ("I fixed it by Friday", "Knackered by
# Friday, you said"): then it is not a bare deliverable
DEADLINE_DOER = re.compile(
    r"\b(?:i|you|we|they|he|she|it|let|i'm|you're|we're|i'll|you'll|we'll|let's|im|ill|"
    r"youll|youre|is|are|was|were|be|been|had|has|have|did|do|does|can|could|will|would|should|"
    r"must|need|needs|want|wants|said|told|got|went|no|not|never|last|yesterday|ago|cut|per cent|"
    r"percent|knackered|tired|exhausted)\b|%")

ADVICE = any_of(
    r"\byou (?:should|ought to|need to just|just need to|have to just|must just|could just|"
    r"might want to|may want to|could always|could try|should try|need to try)\b",
    r"\b(?:just|simply) (?:try|do|start|stop|ask|tell|use|put|block|set|write|work|get|say|"
    r"be|make|prioriti[sz]e|focus|send|push|delegate|say no|turn off|switch|plan)\b",
    r"\b(?:i'd|i would) (?:suggest|recommend|advise|try|start|just)\b", r"\bmy advice\b",
    r"\bif i were you\b", r"\bwhat i would do\b", r"\bwhat i'd do\b", r"\bwhat worked for me\b",
    r"\bthe (?:trick|answer|solution|fix) is\b", r"\btry (?:to |using |doing |setting |"
    r"blocking |writing |making |breaking |asking |talking |turning |putting |getting |"
    r"starting )", r"\bmake sure (?:you|to)\b", r"\bdon't (?:forget to|be afraid to)\b",
    r"\bit (?:might|would|could) help (?:to|if you)\b", r"\bone thing you could do\b",
    r"\byou (?:need|have|got) to (?:stop|start|learn|get|be more|be less|manage|focus|"
    r"prioriti[sz]e|work|speak|communicate|plan|organi[sz]e|toughen|step up|pull|sort|"
    r"take|push|put|delegate|say|tell|use|write|ask|block|set|turn|switch|check|double-check)\b",
    r"^(?:so |well |look |okay |ok |honestly |and |but |then )?you (?:need|have) to\b"
    r"(?!.{0,40}\b(?:by|before|every|on time|deadline)\b)",
    r"\bwhy don't you\b", r"\bwhy not (?:just )?\w+", r"\bhow about (?:you |if you |just )",
    r"\bwhat about (?:just |trying |using |asking |setting |blocking )",
    r"\byou (?:can|could) (?:use|try|set|block|ask|put|write|turn|switch|book|delegate|start|"
    r"split|break|send|email|call|share|schedule|talk|speak|check|look at|read|join)\b",
)

# Advice wearing a question mark ("Have you tried...?"): coded advice, never a good question.
# Thinking about what they want themselves suggests nothing ("Have you thought about what you
# want to do in a couple of years?" opens a career talk).
_WISH = (r" (?:what|where|how|which|whether|if) (?:you(?:'d| would)? (?:want|like|hope|enjoy|"
         r"see yourself|love)|you'd like|you would like)\b")
_OWN_WISH = r"(?!" + _WISH + r")"
OWN_WISH_QUESTION = re.compile(
    r"\b(?:have|did) you (?:ever )?(?:thought|think|considered|consider)(?: about| of)?" + _WISH)
# What stands in their way, asked about ("What gets in the way of writing the tests before you
# merge?", "What stops you asking for help?"): it names the thing to do only to ask what blocks it
OBSTACLE_QUESTION = re.compile(
    r"^(?:\w+[,.]? )?(?:so |and |okay,? |ok,? )?(?:what|which bit|what part)(?:'s| is| gets| got|"
    r" has been| keeps| might be| would be| could be)? (?:getting |gets |got |standing )?in the "
    r"way\b|^(?:so |and )?what(?:'s| is| has been) (?:been )?stopping you\b|^(?:so |and )?what "
    r"(?:stops|stopped|keeps|kept) you\b|^(?:so |and )?what makes it (?:hard|difficult|tricky)\b")
ADVICE_QUESTION = any_of(
    r"^(?:so |and |but |well |okay |ok )?(?:have you (?:tried|(?:thought about|considered|"
    r"thought of)" + _OWN_WISH + r"|looked into)|did you (?:try|(?:think about|consider)"
    + _OWN_WISH + r")|why don't you|why not|"
    r"couldn't you|can't you just|could you just|can you not just|shouldn't you|"
    r"wouldn't it be (?:better|easier)|don't you think (?:you|it would)|"
    r"what if you (?:just|tried)|how about (?:you|just|trying)|what about (?:trying|just|using|"
    r"asking|setting|blocking)|isn't (?:the|it) (?:answer|obvious)|wouldn't you be better)\b"
    r"(?! (?:start by )?(?:tell|telling|talk|talking|walk|walking) (?:me|us)\b)",
    r"(?<!what )(?<!which )(?<!how )\b(?:have you tried|why don't you just|can't you just|"
    r"could you not just|have you thought about (?:just|trying|using|asking))\b(?! (?:so far|"
    r"already|before|yet)\b)",
)

LABEL = any_of(
    # a rebuke of their manner or face, not of anything they did
    r"\bdon't (?:you )?(?:roll your eyes|look at me like that|give me that (?:look|attitude|face)|"
    r"take that tone)\b", r"\bwipe (?:that|the) (?:look|smile|smirk)\b",
    r"\b(?:lose|drop|check) the attitude\b",
    r"\byou(?:'re| are)(?: being| just| so| really| such| always| very| quite| too| a bit| "
    r"frankly| honestly| basically| kind of| clearly| simply| not| a| an){0,3} "
    r"(?:lazy|careless|sloppy|unreliable|useless|incompetent|hopeless|difficult|negative|"
    r"unprofessional|disorgani[sz]ed|arrogant|rude|selfish|immature|defensive|aggressive|"
    r"dramatic|oversensitive|too sensitive|emotional|slow|disengaged|uncommitted|clueless|"
    r"stubborn|abrasive|entitled|flaky|sloppy|a liability|a problem|a slacker|a mess|"
    r"a disaster|a drama queen|a pain|a nightmare|not a team player|not cut out|"
    r"not (?:a )?good enough|not committed|not interested|not reliable|not trying|"
    r"not capable|lacking|checked out|coasting|passive|bad at|terrible at|hopeless at|"
    r"not a people person|weak|unmotivated|irresponsible|inconsiderate|lazy)\b",
    # judging words pinned on their work or conduct rather than describing it
    r"\b(?:your (?:work|attitude|code|effort|approach|output|behaviou?r|conduct)|that joke|"
    r"that comment|that email|that message|what you did|the way you behaved)(?: \w+){0,3} "
    r"(?:is|has been|was|looks|seems) (?:\w+ )?(?:sloppy|lazy|careless|unprofessional|"
    r"unacceptable|disrespectful|pathetic|shoddy|poor|terrible|awful|rubbish|embarrassing|"
    r"out of line|inappropriate|not (?:ok|okay|acceptable|professional))\b",
    r"\byou (?:always|never|constantly|keep)\b(?! (?:been|had) )",
    r"\byou(?:'re| are) (?:always|never|constantly|forever)\b",
    r"\b(?:people|everyone|nobody|no one|the team) (?:find|finds|think|thinks|say|says) you"
    r"(?:'re| are)? (?:\w+ )?(?:difficult|hard to|lazy|rude|negative|unreliable|arrogant|"
    r"abrasive|aggressive|careless|sloppy)\b", r"\bnobody wants to work with you\b",
    r"\byour best (?:isn't|is not|wasn't) good enough\b",
    r"\byou(?:'ve| have) been (?:coasting|slacking|lazy|sloppy|careless|phoning it in)\b",
    r"\byou (?:just |really |clearly |simply )?don't (?:care|take (?:anything|this|it) "
    r"seriously|listen|think|pull your weight)\b",
    r"\b(?:your|that|this) attitude\b", r"\btypical (?:of )?you\b", r"\bthat's so you\b",
    r"\byou have (?:an|a) (?:attitude|motivation|commitment|reliability|work ethic) problem\b",
    r"\bwhat is wrong with you\b", r"\bwhat's wrong with you\b", r"\bwhy are you (?:so|always)\b",
    r"\byou (?:lack|have no) (?:focus|drive|motivation|discipline|commitment|initiative)\b",
    r"\byou(?:'re| are) the (?:problem|weak link|reason we)\b", r"\byour work ethic\b",
)

BLAME = any_of(
    r"\b(?:your|all your) fault\b", r"\bbecause of you\b", r"\bthanks to you\b",
    r"\bthat's on you\b", r"\bit's on you\b", r"\bthis is on you\b", r"\bi blame you\b",
    r"\byou(?:'re| are) (?:the reason|to blame|responsible for (?:this|the|us|that|losing|"
    r"missing))\b", r"\byou (?:caused|ruined|screwed up|messed up|wrecked|blew|sank|broke)\b",
    r"\byou (?:dropped the ball|let (?:us|the team|everyone|me|the client|them) down|"
    r"made us (?:miss|lose|look)|cost us|embarrassed (?:me|us|the team))\b",
    r"\byou(?:'ve)? let (?:\w+ ){0,3}(?:us|team|everyone|me|client|clients|them|people) "
    r"down\b",
    r"\byou embarrassed (?:me|us|the (?:whole )?team|everyone|the company)\b",
    r"\bwho else (?:is|would be) to blame\b",
    r"\bi'm not the one who\b", r"\bdon't (?:blame|point fingers at) (?:the|others|anyone)\b",
    r"\bno one else (?:did|is|was)\b",
)

# Asked who could help or whom they could learn from ("Who else does that kind of work here that
# you could talk to?", "Who else could you ask about the rota?"): a person to turn to, no fault
# sought (J23: coded blame, and the report apologised for it)
WHO_TO_TURN_TO = any_of(
    # (not "Who the hell told you you could talk to a client like that?": leave given is blamed)
    r"\bwho (?:else )?(?:(?!told\b|said\b|let\b|allowed\b|gave\b|hell\b|on earth\b)\w+ ){0,12}?"
    r"(?:could|can|might|would|should) (?:you )?(?:talk to|speak to|"
    r"speak with|talk with|ask|learn from|shadow|go to|reach out to|turn to|lean on|help you|"
    r"support you|mentor you|pair with)\b",
    r"\bwho else (?:does|do|is doing|has done|works on) (?:that|this|the same|similar) "
    r"(?:kind |sort |type )?of (?:work|thing|job|role)\b",
)

# Fault pinned on them in words that carry it whatever else the turn says ("so thats kinda on
# you man", "those are kind of on you and the team", "you're making me look bad in front of the
# client"); the coder's firm rules add blame for them (an "on you" of praise is credit).
# The cause named as them: "That is a mutiny, and you are the cause." (J23: coded reflection and
# quoted under "What went well" as the impact); felt, thought, denied or asked is not
CAUSE_PINNED = gated(re.compile(
    r"(?<!feel )(?<!feels )(?<!think )(?<!if )(?<!that )(?<!saying )(?<!say )(?<!said )"
    r"(?<!whether )\b(?:you're|you are|you were) the (?:root |real |main |whole |only )?cause\b"
    r"(?![^.!?]*\?)"))


PINNED_ON_YOU = gated(any_of(
    r"(?<!think )(?<!thinking )(?<!feel )(?<!say )(?<!saying )(?<!if )\b(?:that's|thats|that is|"
    r"it's|its|this is|those are|that was|this one's|that one's)(?: (?:kind of|kinda|sort of|"
    r"sorta|partly|mostly|really|all|squarely|totally|a bit|largely|honestly))? on you\b(?! to\b)",
    r"\byou(?:'re| are)? (?:making|made|make|have made|'ve made) (?:me|us|the (?:whole )?(?:team|"
    r"department|company|store|shop|unit|ward)|everyone|all of us) look (?:bad|stupid|foolish|"
    r"incompetent|like (?:idiots|fools|amateurs)|unprofessional|terrible|awful)\b",
    # an outcome owned by them in so many words: "it's on your watch", "We comped the room. Your
    # doing.", "your floor is the reason"; "not your doing" clears them
    # (not credit: "Nothing broken gets out the door to customers on your watch")
    r"(?:^|(?<=[.!?;] ))(?![^.?!;]*\b(?:nothing|nobody|no one|never|not once)\b)[^.?!;]*\bon your "
    r"watch\b", r"(?<!not )(?<!n't )\byour (?:doing|mess)\b",
    r"(?<!if )\b(?:you're|you are|you were|your \w+ (?:is|was)) the (?:whole )?reason\b",
    r"\byou've done enough damage\b",
    # "You've brought this on yourself.", "you took your eye off the ball", "And where were you
    # while it was drifting?", "It's about you letting a 62 per cent quarter happen"
    r"\byou(?:'ve| have)? brought (?:this|it|that|all this) on yourself\b",
    r"\b(?:took|take|taken) your eye off the ball\b", r"\bwhere were you (?:while|when)\b",
    r"\byou letting (?:\w+ ){1,6}happen\b",
    # the job held up to them after a lapse: "That's what I'm paying you for.", "thats kind of your
    # job to log it", "the renewals in question were your responsibility"
    r"\b(?:was|were) (?:all |entirely |squarely )?your responsibility\b",
    # "so, you know, it falls on you a little bit", "that sits with you", "that one sits with
    # you", "that's you, that, nobody else", "You are putting blame on the machine to save
    # yourself" (not a load offered to share: "if too much of it sits with you alone, we can
    # share it out"; nor the load that lands on them: "everything that lands on you outside hours")
    r"(?<!of )(?<!everything )(?<!anything )(?<!whatever )(?<!stuff )(?<!work )(?<!all )"
    r"\b(?:it|this|that|that one|this one|most of this|most of it) (?:falls|lands|sits|"
    r"rests) (?:on|with) you\b(?! to\b| alone\b)",
    r"\b(?:that's|thats) you,? (?:that,? )?(?:nobody|no one) else\b",
    r"\byou(?:'re| are|re)? (?:putting|shifting|pushing|passing|throwing) (?:the )?blame on "
    r"(?:the|him|her|them|someone|somebody|everyone|everybody|others|other)\b",
    # what it would have spared everyone: "it would have saved us both a bit of bother", "maybe we
    # would not have this problem"
    r"\b(?:would|could)(?:'ve| have) saved (?:us|me|everyone|everybody|the team)(?: (?:all|both))?"
    r" (?:(?:a (?:lot|bit|load|world)|lots|loads) of |so much |some )?(?:trouble|bother|grief|"
    r"hassle|time|pain|money|work|headaches?)\b",
    r"\bwe (?:would not|wouldn't|wouldnt) (?:have|be having) (?:this|these|that) (?:problem|mess|"
    r"issue|conversation)s?\b",
    # the cause they gave, struck through: "Not the pass. You."
    r"(?:^|[.!?] )not (?:the|your) [\w' ]{1,25}[.,!] (?:it's |it was |its )?you[.!]*$",
))

# Fault held up to them where nothing else judged them (a verdict beside it is the label it
# already is): the job after a lapse ("That's what I'm paying you for.", "thats kind of your job
# to log it"), a lapse said with its cost and a mock thanks ("its come out of my budget so thanks
# for that")
FAULT_HELD_UP = gated(any_of(
    r"\b(?:that's|thats|that is) (?:kind of |kinda |literally |just |all )?(?:your job\b(?! to "
    r"(?:decide|choose|say|judge|tell me))|what (?:i|we|they)(?:'m|m| am|'re| are)? (?:pay|paying) "
    r"you (?:for|to)|what you(?:'re| are|re| get) paid (?:for|to))",
    r"^(?!.*\b(?:help|helpful|appreciate|useful|great|good|brilliant|lovely|kind|clear|thoughtful|"
    r"nice|grateful|well done)\b)(?=.*\b(?:lost|lose|cost|costs|damage|complain\w*|angry|walked "
    r"out|budget|refunds?|now|because|can't|cannot|ombudsman|late|broke|broken|missed|failed|"
    r"fail|again)\b.*thanks)"
    r"(?:\w+\W+){4,}(?:so |and |well )?thanks (?:a lot |very much |so much )?for that[.!]*$",
))

# Fault denied of them as a plain statement ("It wasn't your fault.", "Right, you weren't the one
# who caused it.", "Nobody's blaming you."): the opposite of blame. A question ("How is it not
# your fault?"), a condition ("If it wasn't your fault, whose was it?") or a limit ("not all your
# fault") keeps the fault on them.
EXONERATED = gated(any_of(
    r"(?:\bnot|n't) (?:(?:really|at all) )?(?:your fault|on you|down to you|your doing)\b"
    r"(?! alone| only| entirely| either| too)",
    r"\byou (?:were|are)n't (?:the one (?:who|that) (?:caused|broke|started|did)|to blame)\b",
    r"\b(?:nobody|no one|no-one)(?:'s| is) (?:blaming|saying (?:it's|it was|this is) your fault)\b",
    r"\b(?:i'm|i am|we're|we are) not (?:here to )?blam(?:e|ing) you\b",
))


THREAT = gated(any_of(
    r"\bif (?:this|it|that|things?) (?:continues?|happens? again|carries on|keeps? happening|"
    r"doesn't (?:change|improve|stop)|don't (?:change|improve)|isn't fixed)\b.{0,80}"
    r"\b(?:i'll|i will|i'm going to|we'll|we will|have to|be forced|consequences|hr|formal|"
    r"warning|process|escalate|let you go|job|role|position)\b",
    r"\b(?:take|taking|escalate|escalating|report|go|going|refer|involve|involving|bring|"
    r"bringing)\b.{0,25}\b(?:to |in )?hr\b", r"\bhr (?:will|would|needs to) (?:be involved|"
    r"get involved|hear)\b", r"\bdisciplinary\b", r"\bformal (?:warning|process|action|"
    r"procedure|performance process|capability)\b", r"\bwritten warning\b",
    r"\b(?:performance improvement plan|a pip|on a pip)\b",
    r"\bor (?:there'll|there will|there are going to) be consequences\b",
    r"\b(?:go|goes|going|put it) on your (?:record|file)\b", r"\b(?:get|be|being|getting) "
    r"(?:fired|sacked|let go|terminated|managed out)\b", r"\blet you go\b", r"\bfire you\b",
    r"\byour (?:job|role|position|future here|bonus|promotion) (?:is|will be|could be|might be)"
    r" (?:at risk|on the line|in danger|in question|gone|off the table)\b",
    r"\blast chance\b", r"\bor else\b", r"\bthere will be consequences\b",
    r"\bi(?:'ll| will) have to (?:escalate|take (?:this|it|things) further|take action|"
    r"start a|put you on|involve|let you go|reconsider your)\b", r"\bdon't make me\b",
    r"\bthink about whether you (?:want|still want) (?:this|to work here)\b",
    r"\bplenty of people (?:who'd|who would) (?:love|want|kill for) your job\b",
    # veiled: the consequence is left for the report to imagine
    r"\b(?:a )?(?:very |quite a |whole )?different (?:kind of |sort of )?conversation\b",
    r"\b(?:people|others|folk)(?:'ve| have)? been (?:let go|fired|sacked|dismissed|managed out)"
    r" for less\b", r"\b(?:somewhere|something|a route|a path|a process) (?:much |a lot )?more "
    r"formal\b",
    # "you're off the team", not "Jun asked to move off the team" (a colleague's choice)
    r"(?<!move )(?<!moved )(?<!moving )(?<!moves )(?<!transfer )(?<!transferred )(?<!rotate )"
    r"(?<!rotated )\b(?:off|out of) (?:the|this) (?:team|project|account|rota|programme|squad)\b",
    # "one more late and...", not an instruction to do it again ("read one more time and make
    # it more soft")
    r"(?<!read )(?<!check )(?<!look )(?<!try )(?<!test )(?<!review )(?<!proofread )(?<!listen )"
    r"(?<!go over it )(?<!go through it )\bone more (?:\w+ ){0,5}(?:and|then|,)\b",
    r"\b(?:pile|stack|queue) of (?:cvs|resumes|"
    r"applicants|candidates)\b", r"\bwhether (?:this|the) (?:job|role|place|team|career|company)"
    r" (?:is|'s) (?:really )?(?:right )?for you\b", r"\b(?:on|skating on) thin ice\b",
    r"\bcan't (?:protect|cover for|keep covering for) you\b", r"\bwon't end well\b",
    r"\bstart (?:looking|updating your cv)\b", r"\bnot going to be (?:able to keep|around)\b",
    # the door shown as what they can do: "another stunt like that and you can find yourself
    # another team" (not "we can find you another team", an offer)
    r"\byou (?:can|could|'ll|will|may as well|might as well|can go and|can go) (?:go and )?(?:find|"
    r"look for|start looking for) (?:yourself )?(?:another|a new|a different) (?:job|team|role|"
    r"employer|company|manager|position|place to work)\b",
    r"\b(?:would|'d) hate (?:for|to see) (?:this|it|you|things)\b.{0,40}\b(?:formal|hr|"
    r"further|escalat|higher|upstairs)", r"\b(?:probation|contract) (?:is|might|could|will)"
    r" (?:not be |be )?(?:extended|renewed|reviewed|ended|terminated)\b",
    r"\b(?:easily )?replaceable\b", r"\bremember who (?:signs|writes) your\b",
    # someone with power asking after them: "HR are asking about you", "people upstairs have
    # been asking questions about you", "the director asked me if you're the right fit"
    r"\b(?:hr|upstairs|head office|management|the (?:director|board|partners?|owners?|area "
    r"manager|gm|general manager|big boss|higher-ups|powers that be))(?: people)?(?:'s| is| are|"
    r"'ve| have| has)?(?: been| started| starting)? (?:asking|asked|askin')(?: me)? (?:about "
    r"you|questions about you|after you|whether you(?:'re| are) (?:the right|a good|worth)|if "
    r"you(?:'re| are) (?:the right|a good|worth))\b",
    r"\bthis (?:goes|will go|is going) (?:in|on) (?:your|the) (?:file|record|review)\b",
    r"\bdon't (?:want|need) to (?:remind|tell) you what happens\b",
    r"\bor (?:we'll|we will|i'll|i will) (?:have to|need to)\b",
    # a process as the outcome of their conduct: "Continued lateness may result in a formal
    # attendance review" (stated openly beside rights and help it is information, convention 9)
    r"\b(?:may|might|could|will|would|can) (?:well )?(?:result in|lead to|end in|trigger)\b"
    r"[^.?!]{0,30}\b(?:formal|disciplinary|warning|dismissal|hr|capability|sanction)",
))

# Words that judge a person or the quality of their work. On their own they prove nothing
# ("you said it felt sloppy"); pinned on "you" or "your work" they are a label.
JUDGE_WORDS = (
    r"(?:lazy|sloppy|careless|useless|incompetent|hopeless|pathetic|rubbish|garbage|trash|"
    r"shoddy|lousy|awful|terrible|appalling|dreadful|shambolic|a shambles|a joke|a clown|"
    r"an amateur|amateurish|amateur hour|unprofessional|a disgrace|disgraceful|embarrassing|"
    r"an embarrassment|slack|slacking|bone idle|idle|unreliable|flaky|a flake|difficult|"
    r"negative|toxic|arrogant|rude|selfish|immature|childish|defensive|aggressive|dramatic|"
    r"oversensitive|precious|entitled|stubborn|abrasive|disorgani[sz]ed|a mess|messy|chaotic|"
    r"clueless|thick|stupid|dim|slow|dense|a liability|a problem|the problem|a passenger|"
    r"dead weight|deadwood|a slacker|a waste of space|a waste of time|not bothered|"
    r"can't be bothered|couldn't care less|checked out|coasting|phoning it in|half-arsed|"
    r"half-assed|sub-par|substandard|second-rate|mediocre|average at best|not good enough|"
    r"not up to (?:it|scratch|the job|standard)|out of your depth|not cut out|a nightmare|"
    r"a pain|a headache|impossible|hard work|a drama queen|a diva|a prima donna|"
    r"a know-it-all|a cowboy|a bully|two-faced|a snake|dishonest|a liar|sneaky|shifty|"
    r"weak|spineless|soft|gutless|a doormat|a pushover|naive|a baby|whiny|moaning|a moaner|"
    r"a whinger|whinging|excuses|an excuse|beyond a joke|ridiculous|absurd|laughable|"
    r"a car crash|a train wreck|a dumpster fire|a circus|"
    # the therapy-book words a manager can label with ("textbook narcissist", "emotionally unsafe")
    r"narcissist|narcissistic|manipulative|passive-aggressive|gaslighting|emotionally unsafe|"
    r"self-centred|self-centered|self-absorbed|a control freak)"
)
JUDGED = re.compile(
    r"\b(?:you(?:'re| are|'ve been| have been| were| was| look| seem| sound| act| come across"
    r" as| always| never)|your (?:\w+ )?(?:is|was|has been|are|were|looks|seems)|"
    r"(?:this|that|it)(?:'s| is| was)|what a|such a|bit of a|you|total|complete|absolute|"
    r"utter|typical)(?: (?:so|such|really|just|a bit|bit|pretty|totally|completely|utterly|"
    r"absolutely|frankly|honestly|basically|clearly|quite|very|too|being|getting|acting|"
    r"kind of|sort of|a|an|the|bloody|damn|frigging|effing|always|constantly)){0,4} "
    + JUDGE_WORDS + r"\b"
)
# A mocking reply to their own words, said straight after echoing them ("Alarm. Seriously?",
# "Two short. Boo hoo.", "Leaflets. How very 1997."): the labelling guide's mocking echo.
MOCKING_REPLY = re.compile(
    r"^(?:oh,? )?(?:seriously|cute|boo hoo|very (?:considerate|thoughtful|convenient)|how "
    r"(?:very|convenient|thoughtful)|love that for (?:you|us)|you want a violin|doubt it|"
    r"nice try)\b[^?]*[.!?]?$")

# The next slip and they lose their place, in so many words: "do that again and youre back on
# tills", "Next misload, you lose your ramp licence.", "Next time, P45.", "No licence, no job."
NEXT_TIME_GONE = any_of(
    r"\b(?:do (?:that|it|this) again|next time|next \w+|one more (?:\w+ ){0,3}?\w+|if (?:it|this|"
    r"that) happens again)[,.]? (?:and |or )?(?:you(?:'re| are|'ll| will)? (?:back (?:on|under|in|"
    r"to)|done|out|gone|lose|can go|can find)|walk home|p45|you're fired)",
    r"\bno \w+,? no job\b", r"\byou(?:'re| are) done here\b",
    # "Any more of this and you'll be off the release process.", "If QA reopens one more ticket,
    # we talk about your place on the team."
    r"\bany more (?:of (?:this|that)|\w+)[,.]? (?:and )?you(?:'ll| will|'re| are)? (?:be )?(?:off|"
    r"out|gone|done|finished)\b",
    r"\b(?:talk|talking|conversation|chat|discuss\w*) about (?:your|whether you have a) (?:place|"
    r"future|position|role|job|seat|spot) (?:on|in|at|here|with)\b",
    # "Next failure like this, you are moved to packing line.", "next time one bag comes back,
    # you are out"
    r"\bnext (?:time|\w+)(?: \w+){0,5}, you(?:'re| are|'ll be| will be) (?:out|moved|gone|"
    r"finished|done|off (?:the|this)|on (?:a|your) (?:final|written|formal))\b",
)

# Watched, reported on or shown the door in so many words: "I've got my eye on you", "I'll hear
# about it", "there's a line of folks out in that lobby who can", "out the door, that's where",
# "Regional's watching this team", "you want a new contract or not"
WATCHED_OR_SHOWN_OUT = gated(any_of(
    r"(?<!feels like )(?<!feel like )\b(?:i've got|i have got|ive got|i've|i have|got) (?:my|an|"
    r"both) eyes? on you\b|(?<!feels like )(?<!feel like )\bi(?:'m| am|'ll be| will be) watching "
    r"you\b",
    r"\bi(?:'ll| will) (?:hear|know|find out) about it\b|\bword (?:gets|will get|always gets) "
    r"back to me\b",
    r"\b(?:line|queue|list) of (?:folks|people|guys|lads|candidates|applicants|graduates) "
    r"(?:\w+ ){0,5}?(?:who|that) (?:can|could|would|want|will)\b",
    r"\byou(?:'ll| will|'re| are)? (?:be )?out (?:of )?the door\b|\bout the door,? (?:that's|"
    r"thats) where\b",
    # "a man who talked to his crew like that got his cards" (sacked, in British English)
    r"\b(?:got|gets) (?:his|her|their) cards\b|\b(?:given|handed|hand|give) (?:him |her |you |"
    r"them )?(?:his|her|their|your) cards\b|\byou(?:'ll| will) get your cards\b",
    r"\b(?:regional|head office|upstairs|the board|management|the directors?|the partners?|the "
    r"owners?|hq)(?:'s| is| are| have been)? watching\b",
    r"\byou want (?:a|your|to keep your) (?:new )?(?:contract|job|bonus|shifts?|hours|promotion|"
    r"place)(?: or not|,? don't you|,? do you)\b",
))

# Others queuing for their place: "theres agency lads who d do your shift tomorrow", "many young
# people who will do this show for half of your salary", "agents waiting on the bench for your seat"
OTHERS_WANT_YOUR_PLACE = any_of(
    # "Plenty of good hands out there looking for work."
    r"\b(?:plenty|lots|loads|a lot|hundreds|thousands) of (?:good |other |young |hungry )?"
    r"(?:people|hands|folks|candidates|engineers|drivers|staff|lads|graduates|applicants) "
    r"(?:\w+ ){0,2}?(?:looking for (?:work|a job|jobs)|desperate for (?:work|a job))\b",
    r"\b(?:who'd|who d|who would|who will) (?:love|kill for|bite my hand off for|do|take|happily "
    r"do|jump at) (?:\w+ ){0,3}?your (?:job|seat|shift|shifts|truck|desk|role|route|spot|chair|"
    r"place|position|slot|slots|sundays)\b",
    r"\b(?:waiting|queuing|queueing|lining up|texting me) (?:\w+ ){0,4}?for (?:your (?:seat|job|"
    r"shift|shifts|route|spot|role|place|desk)|a spot on|this route)\b",
    r"\bfor half (?:of )?your (?:salary|pay|wage)\b",
)

# A dare or a sanction named in plain words: "Want to find out?", "Try me.", "its gonna be a
# write up", "its automatic stage one warning"
DARE_OR_SANCTION = gated(any_of(
    r"^(?:(?:oh|well|so)[,.]? )?(?:do )?(?:you )?(?:want|wanna) (?:to )?(?:test (?:that|it|me)|"
    r"find out|try me)(?:[?.!]+(?: |$)|$)", r"^try me\b",
    r"(?<!not here to )(?<!not )(?<!n't )\b(?:gonna|going to|will|'ll) (?:be a write[- ]?up|"
    r"write you up)\b", r"\bstage (?:one|1|two|2) warning\b",
    # the sanction in a policy voice: "failure to meet it will result in stage two", "Refusal to
    # sign will be noted on the record and may be taken into account at any subsequent stage"
    r"\b(?:failure|refusal|failing|refusing) to \w+[^.?!]{0,60}\b(?:will|may|could|would) "
    r"(?:result in|lead to|be (?:noted|recorded|taken into account))\b",
    r"\b(?:will|may|could) be taken into account (?:at|in) (?:any|a|the) (?:subsequent|future|"
    r"later|further|next) (?:stage|review|appraisal|process)\b",
    # counted down to it: "Fourth time, it's a written."
    r"(?:^|[.!?] )(?:(?:the )?\w+ time|once more|one more|again),? (?:it's|its|that's|thats|"
    r"it will be|it'll be) a (?:written|final)\b",
    # money docked, or a place given away: "no card, no photo, it's coming off your pay", "Rs
    # 6,000, will be recovered", "I give your line to her also"
    r"\b(?:coming|comes|come|taken|deducted|docked|docking|recovered)(?: it)? (?:off|out of|from) "
    r"your (?:pay|wages?|salary|paycheck|bonus|pay packet)\b",
    r"\b(?:recovered|deducted|docked) from (?:your )?(?:salary|wages|pay)\b|\bshortages? from "
    r"(?:your )?(?:salary|wages|pay)\b",
    r"\bup to and including (?:termination|dismissal)\b",
    r"\bit would be (?:very |most |rather |a bit )?(?:unfortunate|a shame|a pity|regrettable)"
    r"(?: for (?:everyone|everybody|you|all of us|us all))? if\b",
    r"\b(?:give|hand|pass) your (?:line|job|role|shift|shifts|desk|route|round|section|team|"
    r"accounts?|clients?) to\b",
    r"\byou (?:won't|don't|will not|wont|dont) need (?:a|your|the) \w+ any ?more\b",
))

# The report asks whether a sanction is coming ("Is this going on my file?", "Off the line
# permanently?") ...
SANCTION_ASKED = re.compile(
    r"\b(?:my (?:file|record|job|appraisal|review|contract|post)|a (?:warning|written|"
    r"disciplinary)|formal|disciplinary|hr|sacked|fired|let go|permanent(?:ly)?|in trouble)\b"
    r"[^?]{0,40}\?")
# ... and the manager leaves it hanging rather than saying no: "Take it how ye like.", "I couldn't
# possibly say.", "not yet anyway"
SANCTION_LEFT_OPEN = re.compile(
    r"^(?:\w+[,.] )?(?:i couldn't (?:possibly )?(?:say|comment)|i can't (?:possibly )?(?:say|"
    r"comment)|take (?:it|that) (?:how|as|however) (?:you|ye|ya) (?:like|want|will)|read (?:into )?"
    r"(?:it|that) what you (?:like|want)|you tell me|that's for you to (?:work out|figure out|"
    r"decide))\b|\bnot yet,? anyway\b")

# A whole turn that only waves their account away ("Shocker.", "Naturally.", "Course it was.")
SNEER_REPLY = re.compile(
    r"^(?:oh,? |well,? |yeah,? )?(?:shocker|naturally|(?:of )?course (?:it was|it is|you did|you "
    r"were|you are|they did)|doubt it|what a surprise|typical|clown|baby|genius|classic|(?:i'm )?"
    r"sure you (?:were|did)|how convenient|nice try)[.!]*$")
# The same, said as one sentence among others ("And Thursday the wreck came back to life? Give me
# a break."): the words that only ever wave a reason away
WAVED_OFF = re.compile(
    r"^(?:oh,? |well,? |yeah,? )?(?:give me a break|spare me|boo hoo|cry me a river|here we go "
    r"again|not this again)[.!]*$")

SARCASM = any_of(
    r"^(?:oh )?(?:great|wonderful|brilliant|fantastic|lovely|marvellous|perfect|nice one|"
    r"fabulous|terrific|super)[,.!]* (?:another|just what|so much for)\b",
    r"\bnice of you to\b", r"\bthanks for (?:gracing|finally|eventually|bothering|deciding)\b",
    r"\bhow (?:nice|kind|generous|thoughtful) of you\b", r"\bwell done,? (?:genius|einstein)\b",
    r"\b(?:congratulations|congrats) on (?:finally|eventually|managing|turning up)\b",
    r"\bgood of you to (?:show|turn|join|finally)\b", r"\bglad you could (?:make it|join)\b",
    r"\bsome of us\b", r"\bmust be nice\b", r"\bfor a change\b", r"\bheaven forbid\b",
    r"\bwhat a surprise\b", r"\bshock horror\b", r"\bwho would have thought\b",
    r"\bthe dog ate\b", r"\bsilly me\b", r"\bnews flash\b", r"\bearth to\b",
)

SOFTENER_STRONG = any_of(
    r"\b(?:it's|its|this is|that's) (?:probably |really |honestly )?(?:nothing|no big deal|"
    r"not a big deal|not a huge deal|not a big thing|not that important|not important|"
    r"super minor|a tiny thing|just a tiny thing|just a small thing|silly|trivial)\b",
    r"\bno big deal\b", r"\bnot a big deal\b", r"\bdon't worry (?:about it|too much|if)\b",
    r"\bi hate to (?:say|bring|raise|mention|do this)\b", r"\bsorry to (?:bring|raise|mention|"
    r"say|have to)\b", r"\bfeel free to ignore\b", r"\bi'm (?:probably|maybe) (?:overreacting|"
    r"being (?:picky|silly|pedantic))\b", r"\bif you don't mind me (?:saying|mentioning)\b",
    r"\bi don't want to make (?:a big|a thing|this a)\b", r"\bnot that it (?:matters|really)\b",
    r"\bit's fine,? (?:really|honestly)\b", r"\bi'm sure it's (?:fine|nothing)\b",
    r"\bjust a (?:tiny|small|little|teeny) (?:thing|point|note|niggle)\b",
    r"\bi(?:'m| am) not (?:saying|criticising|criticizing) (?:anything|that it's)\b",
    r"\bignore me\b", r"\bno pressure\b", r"\bit's not a criticism\b",
)
SOFT_WORDS = re.compile(
    r"\b(?:maybe|perhaps|kind of|sort of|a bit|a little|slightly|possibly|i guess|i suppose|"
    r"just|somewhat|a touch|a tad|i wonder if maybe|if that's ok|if that's okay|"
    r"no worries|totally fine|a smidge)\b"
)

AFFIRMATION = any_of(
    r"\bi (?:really |genuinely |do |truly )?(?:appreciate|value|admire|respect)\b",
    r"\bthank you for (?:being|telling|sharing|raising|bringing|your|the|owning|flagging|"
    r"saying|taking|stepping|admitting|opening|trusting)\b",
    r"\bthanks for (?:being|telling|sharing|raising|bringing|your|owning|flagging|saying|"
    r"taking|stepping|admitting|opening|trusting)\b",
    r"\b(?:well done|great job|good job|nice work|great work|good work|excellent work|"
    r"brilliant work|nicely done|bravo)\b", r"\byou did (?:a |an )?(?:great|good|excellent|"
    r"brilliant|fantastic|really good|solid|amazing)\b", r"\bi'm (?:really )?(?:impressed|proud)\b",
    r"\bthat (?:took|takes) (?:courage|guts|a lot)\b", r"\b(?:it's|it is) clear (?:that )?you "
    r"(?:care|want|have|put)\b", r"\byou(?:'ve| have) (?:clearly |really )?(?:worked hard|put "
    r"(?:a lot|real|in)|made (?:real |good |great )?progress|grown|improved|done well)\b",
    r"\byou(?:'re| are) (?:really |genuinely |very )?(?:good|great|strong|skilled|talented) "
    r"(?:at|with)\b", r"\bthat's (?:a |an )?(?:great|good|excellent|really good|brilliant|"
    r"fair|honest|helpful|useful|important) (?:idea|point|plan|question|insight|suggestion|"
    r"start|step|observation)\b", r"\bi know you care\b", r"\byour (?:strength|strengths|"
    r"talent|skill|experience|judgement|judgment) (?:is|are|in|with)\b",
    r"\byou (?:obviously|clearly|really) care\b",
    r"\byou handled .{0,40}\b(?:well|calmly|brilliantly|really well|professionally|"
    r"with care)\b", r"\bthe team (?:values|relies on|loves)\b",
    r"\byou've been (?:a|an) (?:great|strong|valuable|important)\b", r"\bkudos\b",
    r"\bi can see (?:how much|the effort|you've|that you've|you're trying|you care)\b",
)
