"""Checks of what was said back: "Is that right?", "Have I got that about right, or is it
something else?". One vocabulary for the coder (a reading handed back is a reflection, not a
closed question), the review (listening credits a reading offered for checking) and the offline
report (a yes or a no to the reading, never a choice between options)."""

from __future__ import annotations

import re

# A check of what was just said back ("Is that right?", "Is it correct?", "Have I got that
# right?", "did i read that right or not"), in lower-case text
SAID_BACK_CHECK = (
    r"(?:is (?:it|that) (?:correct|right|fair|close)(?:,? or am i (?:off|wrong|way off|far "
    r"off))?|is that it|am i (?:right|close|near|off|way off|far off|wrong)|did i get (?:it|that) "
    r"right|have i got (?:it|that) right|does that (?:fit|sound right|ring true)|anywhere "
    r"(?:close|near)|how close am i|"
    # "Is that how it is, or have I got it wrong?"
    r"is that how it is(?: for you)?(?:,? or (?:have i got (?:it|that) wrong|not|am i "
    r"(?:off|wrong)))?|have i got (?:it|that) wrong|"
    # "Is that how it was, or is there more?", "is that how it is for you or am i reading it
    # wrong"
    r"is that how it (?:is|was|went)(?: for you)?,? or (?:is there more|(?:is it|was it|is "
    r"there) something else|am i reading (?:it|that|this|you) wrong)|"
    r"is that how it (?:was|went)(?: for you)?|"
    # "Is that near enough, or am I wide of it?"
    r"is (?:that|it) (?:near|close) enough(?:,? or am i (?:wide of (?:it|the mark)|off|way "
    r"off))?|am i wide of (?:it|the mark)|is (?:that|it) (?:near|close to) the mark|"
    # "Is that a fair reading, or is it something else?"
    r"is (?:that|it|this) a fair (?:reading|read|summary)(?:,? or is it something else)?|"
    r"tell me if i'?m (?:off|wrong|way off)(?: (?:the beat|base|the mark|track))?"
    r"(?: there)?|tell me if i (?:have|'ve got|got) (?:it|that) wrong|"
    r"did i (?:understand|hear|read) (?:(?:it|that|you) )?(?:right|correctly))"
    # "... did i understand right or not", "is that close or not"
    r"(?:,? or not)?\s*[?.]?")

# A reading of theirs checked, the "or" only leaving room to correct it: "Have I got that about
# right, or is it something else?", "Is that how it was, or is there more?", "did i understand
# everything right or something to fix" (lower-case text). A yes or a no to the reading, not a
# choice: "Is it the workload, or something else?" still offers two things to choose from.
_CHECK_HALF = (r"(?:have i got (?:that|it|this|you)|did i (?:get|understand|hear|catch) (?:that|it|"
               r"this|you|everything|all that)|am i (?:close|right|reading (?:that|it|this|you) "
               r"right)|is that (?:(?:about|roughly|more or less|anywhere near) )?(?:right|close|"
               r"fair|it|how it (?:is|was|feels|felt)(?: for you)?|how things (?:are|were)|what "
               r"(?:happened|it's like|it is like|i'm hearing|i am hearing))|does that (?:sound|"
               r"fit|ring)(?: (?:right|true|about right|fair))?)")
_OTHER_HALF = (r"or (?:(?:is|was) (?:it|there) |are there |is that )?(?:(?:something|anything) "
               r"(?:else|more|to (?:fix|add|change|correct))|more|a bit more|something i(?:'ve)? "
               r"missed|did i miss (?:something|anything))")
READING_CHECKED = re.compile(rf"\b{_CHECK_HALF}\b[^?,]{{0,25}}?,?\s+{_OTHER_HALF}\b[^?]{{0,15}}"
                             r"\??\s*$")

# a check of what was said back at the end of a turn
CHECKED_AT_END = re.compile(r"\b" + SAID_BACK_CHECK + r"\s*$")
