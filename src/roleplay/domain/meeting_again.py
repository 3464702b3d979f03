"""Meeting again, read once for the scorer and the persona alike.

A manager books the next meeting ("We'll meet again on Thursday the 3rd", "let's check in on
the 10th", "you and I sit down on Tuesday the first"), promises one with no day ("We'll catch
up soon", "Let's chat again sometime"), says it in other words ("grab a coffee next week",
"pick this up at your next review") or only waits to see ("we see how it goes"). The scorer
codes a follow-up and asks the planning level whether a day was named; the persona hears a plan
put forward now rather than a look back at the old one, and a report's reply that books a
meeting the manager did not ask for writes the manager's plan. The words are the same on every
side, so they live here, in the lowest layer all may import (persona must not import scoring):
the verbs and the whens once, and the few ways the call sites need them framed, each named for
what it reads:

- ``TALK_AGAIN``: a meeting again booked with its when ("We can speak again in one month");
- ``MEETS_AGAIN``: the two of them meeting again, with or without a when;
- ``TALKS_LATER``: a talk again said as a goodbye, however vague ("we'll chat again soon");
- ``AGAIN_IN_OTHER_WORDS``, ``SEE_HOW_IT_GOES``: a meeting hinted at, and waiting to see;
- ``VAGUE_WHEN`` (a day left open even beside a date: "next week sometime") and ``SOON`` (a when
  promised with no day: "soon", "one of these days");
- ``BOOKED_NOW``: the manager booking a meeting now, as the persona hears it (as typed);
- ``PROPOSES_MEETING``: someone proposing the two of them meet, as the persona's reply rules
  read the report's reply (a proposal by the report, not the manager's booking).

The patterns read lower-case text with straight apostrophes (the scorer's ``canonical`` text),
except ``BOOKED_NOW`` and ``PROPOSES_MEETING``, which are fragments the persona compiles
case-insensitive to read text as typed.
"""

from __future__ import annotations

import re

# -- the words ----------------------------------------------------------------------------------

# A working day, and a day of the month said in words ("on the eighth", "the twenty-first")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday)"
ORDINAL_WORD = (r"(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                r"ninth|tenth|eleventh|twelfth|\w+teenth|twentieth|thirtieth)")

# The verbs that only mean the two of them meeting: "meet", "sit down", "check in", "touch base"
MEET_UP = (r"(?:meet|sit down|catch up|get together|check in|check-in|touch base|follow up|"
           r"reconvene)")

# Talking again, said in passing: "we'll chat", "let's talk", "we'll pick this up"; in a goodbye
# the manager may say it of themselves ("I'll catch up later", ``TALKS``)
_WE_LATER = r"(?:we'?ll|we will|we|let'?s|let us)"
_TALK_AGAIN_VERB = r"(?:chat|talk|speak|catch up|pick (?:this|it) up)"
TALKS = rf"(?:{_WE_LATER}|i'?ll|i will) {_TALK_AGAIN_VERB}"

# A when left open: "sometime", "at some point"
_SOMETIME = r"sometime|some time|at some point"
# ...beside a date it still names no day: "let's catch up next week sometime"
VAGUE_WHEN = re.compile(rf"\b(?:{_SOMETIME}|whenever|soonish)\b")
# a when promised with no day in it: "soon", "one of these days", "when things calm down"
_NO_DAY = (rf"soon|soonish|{_SOMETIME}|one of these days|some day|another time|some other time|"
           r"when things (?:calm down|are (?:more )?calm)")
SOON = re.compile(rf"\b(?:{_NO_DAY})\b")
# ...and in a goodbye, "later" too ("Speak later.", "We'll catch up later.")
GOODBYE_WHEN = rf"(?:{_NO_DAY}|later)"

# -- a meeting again booked with its when -------------------------------------------------------

# a day of a month ("26. November", "3rd of December"), not a length ("our 1:1 is 30 minutes")
_DAY_OF_MONTH = (r"\d{1,2}(?:st|nd|rd|th)?\.? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                 r"nov|dec)")

# "We can speak again in one month.", "Great. Let's talk next week.", "we meet on the 3rd": the
# coder's rules code it a follow-up
TALK_AGAIN = re.compile(r"\b(?:we can|we'll|we will|we should|let's|let us)(?: \w+)? (?:speak|"
                        r"talk|meet|catch up|sit(?: down| together)?|chat) again (?:in|on|next|"
                        r"after|at|by)\b"
                        # "Great. Let's talk next week."
                        # ("we meet next thursday 26 november": the present for the future)
                        r"|\b(?:let's|let us|we'll|we will|we) (?:talk|speak|catch up|chat|meet) "
                        r"(?:again )?(?:next (?:week|month|monday|tuesday|wednesday|thursday|"
                        r"friday)|in (?:a|one|two) (?:week|fortnight|month)s?)\b"
                        # "We see again the situation on Tuesday 8 December."
                        # ("and we look at it again on the eighth": a day said in words)
                        r"|\b(?:we|let's|let us) (?:see|look at|check|go over)(?: it| this| that)?"
                        rf" again (?:\w+ ){{0,4}}?(?:in|on|next|after|at|by) (?:\w+ )?(?:"
                        rf"{WEEKDAY[3:-1]}|week|month|\d|{ORDINAL_WORD}\b)"
                        # "We look at your reopen rate Friday the 4th."
                        # (not "we'll go through it together on Thursday": a step)
                        r"|\b(?:we|we'll|we will|let's)(?: \w+)? (?:look at|review) (?:your|the|"
                        rf"how)(?! \w+ together)[^.?!]{{0,50}}?\b(?:{WEEKDAY[3:-1]}|(?:on )?the "
                        r"\d+(?:st|nd|rd|th))\b"
                        # the two of them meeting on a named day: "we meet on the 3rd", "you and
                        # i sit down on tuesday the first", "we grab a coffee on the 8th"
                        # (a recogniser writes "we'll" as "well": "well have a proper cuppa on
                        # tuesday the 1st")
                        r"|\b(?:we|we'll|we will|we can|let's|let us|you and i|you and me|"
                        r"well(?= (?:have|grab) ))"
                        # ("lets sit back down thursday november the twelfth": "back", the "on"
                        # unsaid; "let's sit down Monday, go through section nine" is work)
                        # (with "again" the "on" may go unsaid: "we sit down again tuesday
                        # december 1st at 11")
                        r"(?: \w+)? (?:(?:meet|sit down|sit|catch up|get together)(?: again(?: "
                        r"together)?(?: on)?|(?: together)? on)|(?:grab|have) "
                        r"(?:a |another )?(?:proper |quick )?(?:coffee|cuppa|tea|lunch|brew|chat|"
                        # (the "on" unsaid: "we have another natter thursday the 10th")
                        r"natter|catch-up)(?: again)?(?: together)?(?: on)?|sit back down"
                        r"(?: on)?) "
                        rf"(?:\w+ )?(?:"
                        rf"{WEEKDAY[3:-1]}|the (?:\d+(?:st|nd|rd|th)?|{ORDINAL_WORD}))\b"
                        # (not to work together: "you and I sit down on Thursday to set up the
                        # tests", "we'll sit down on the 28th and put the application together"
                        # are steps)
                        r"(?!(?: \w+){0,2} (?:to|and) (?!go over|go through|review|look at|see|"
                        r"check|talk|catch up|discuss|hear|work out|agree|decide)\w)"
                        # a day booked to go over how it went: "Shall we go over how it's going
                        # on Thursday the 3rd?"
                        r"|\b(?:go over|go through|look at|review|talk through) how (?:it's|"
                        r"it is|its|things are|that's|it went|that went|things went)(?: going)?"
                        r"[^.?!]{0,20}?"
                        rf"\b(?:on|next) (?:\w+ )?(?:{WEEKDAY[3:-1]}|week|"
                        r"the \d+(?:st|nd|rd|th)?)\b"
                        # the standing meeting given its day: "this time the check-in happens:
                        # Thursday 26. November at half past two", "our 1:1 is on the 3rd"
                        r"|\b(?:the|our|your|next) (?:next )?(?:check-in|check in|catch-up|1:1|"
                        r"one-to-one|one to one) (?:happens|is|will be|stays|goes ahead)(?: on)?"
                        rf"[:,]? (?:on )?(?:{WEEKDAY[3:-1]}|the \d|{_DAY_OF_MONTH})"
                        # the two of them meeting on a weekday with its date, the "on" and
                        # "again" unsaid, as a recogniser writes it: "and we meet thursday 26
                        # november at 2"
                        r"|\b(?:we|let's|you and i|you and me) (?:meet|sit down|catch up) "
                        rf"{WEEKDAY} (?:the )?\d{{1,2}}(?:st|nd|rd|th)?\b")

# -- the two of them meeting again, with or without a when --------------------------------------

# A follow-up is the two of them meeting again ("We'll look at it together on Tuesday 8
# December", "let's check in on the 10th"), not a booking for someone else ("I'll book you an
# hour with Kasia next week"): the one to quote when both were coded a follow-up. Every meeting
# again the coder's rules read with its when (TALK_AGAIN: "We see again on Monday", "we'll look
# at your numbers on the 30th") is one too, so the planning level never calls it unbooked.
MEETS_AGAIN = re.compile(
    r"\b(?:we(?:'ll| will| can| should)?|let's|let us|you and i|i'll|i will) (?:\w+ ){0,2}?"
    rf"(?:{MEET_UP[3:-1]}|review|look at (?:it|this|that|how|where|the)|talk (?:again|it "
    r"through)|go over|come back to)\b"
    r"|\b(?:check-in|catch-up|follow-up|review|1:1|one-to-one) (?:on|next|in)\b"
    rf"|{TALK_AGAIN.pattern}")

# -- a talk again said as a goodbye --------------------------------------------------------------

# "Grand so, we'll chat again soon.", "Right. We'll pick this up later.": the two of them talking
# again, in a goodbye: a follow-up however vague (the planning level asks for its day)
TALKS_LATER = re.compile(rf"\b{_WE_LATER} {_TALK_AGAIN_VERB}\b")

# -- hinted at, or only waited for --------------------------------------------------------------

# "Good. We see how it goes.": waiting to see how it goes
_SEE_HOW = r"see how (?:it's|it is|you're|you are|things are|that's|it) go\w*"
SEE_HOW_IT_GOES = re.compile(rf"\b{_SEE_HOW}")
# Meeting again in other words: "another wee chat in a fortnight", "grab a coffee next week",
# "pick this up at your next review"
AGAIN_IN_OTHER_WORDS = re.compile(
    r"\b(?:chat|coffee|talk|catch-up|check-in|check in|pick (?:this|it) (?:up|back up)|"
    rf"{_SEE_HOW}|next (?:1:1|one-to-one|review|meeting|session)|come back to|revisit)\b")

# -- the persona's readings (fragments, compiled case-insensitive where used) -------------------

# The manager booking a meeting now ("we meet on Thursday 26 November", "we'll check in again"):
# a plan put forward, not a look back at the old one
BOOKED_NOW = rf"\bwe(?:'ll| will)? {MEET_UP} (?:again |on |next |{WEEKDAY}\b)"
# Someone proposing that the two of them meet ("let's check in", "we can sit down"): in the
# report's reply it writes the manager's plan
PROPOSES_MEETING = rf"\b(?:let's|let us|we should|we'll|we will|we can) {MEET_UP}"
