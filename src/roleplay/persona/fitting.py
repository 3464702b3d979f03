"""Small checks that a scripted line fits what the manager just said (offline voice). Pure.

- A worry the manager has just settled is not asked again: "Am I in trouble?" right after
  "no, you're not in trouble", "Is this going to go on my record?" right after "it will go on
  your record".
- An open question ("Fix ships when?", "What's been going on?") is not answered with a bare
  yes or no ("Not really. It's complicated at the moment.").
- A yes/no question about them is not answered "No." by a line that then admits the thing
  ("No. It's been a rough couple of months" is "Yeah. It's been...").
- A yes/no question about the past ("Was it rushed?") is not answered about now or later
  ("No, not yet.").
"""

from __future__ import annotations

import re

# (the report's worry, what in the manager's turn settles it either way)
_WORRIES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = tuple(
    (re.compile(asked, re.I), re.compile(settled, re.I)) for asked, settled in (
        (r"\b(?:am i|are you saying i'm|is (?:he|she|someone)) in trouble\b",
         r"\bin trouble\b|\btrouble\b"),
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
    r"\b(?:rough|hard(?! to say)|tough|difficult|a lot going on|a lot on|struggl\w*|"
    r"stretched|not great|not easy|complicated|going on at home|if i'm honest|honestly)\b", re.I)


def admits(line: str) -> bool:
    """The line admits something is hard, whatever the question was."""
    return bool(_ADMITS.search(line))


# A line whose answer is about now or later ("No, not yet.", "Not the way things are at the
# moment.", "Yes. That would really help."): it answers "Have you...?", "Can you...?" or an
# offer, never "Was it rushed?"
_NOT_ABOUT_THEN = re.compile(
    r"\b(?:not yet|yet|at the moment|right now|for now|these days|any ?more|so far|would|"
    r"i'll|i will|going to)\b", re.I)


def about_now(line: str) -> bool:
    """The line's yes or no is about the present or the future, not about what happened."""
    return bool(_NOT_ABOUT_THEN.search(line))


__all__ = ["about_now", "admits", "already_answered", "bare_yes_no"]
