"""An explicit invitation to tell what is behind it, read once for the persona mind.

A skilled manager who has heard the report's hint, reflected it and asked, often invites the
hidden cause outright, as a condition and kindly: "If this feeling started somewhere, a meeting
or a moment when QA got pointed at, you can tell me, and it stays between us.", "if you were
told something about your next step that never happened i want to know what it was", "If
something outside work is taking your mornings or evenings, you don't need to give me details."
A report who is nearly ready tells it when so asked (``PersonaMind.observe(invited=...)``).

It is an invitation only when both halves are there: a condition that names where a cause might
lie (something that happened, was said or changed, a story behind it, something outside work)
and an opening to tell it (you can tell me, I want to hear it, you don't owe me the details, it
stays between us). Not one:

- a bare question ("Is everything okay at home?", "everything alright at home?");
- help offered ("If there's anything I can do, let me know.");
- a condition of the plan ("if it's at risk, tell me the same day", "if something slips, you
  tell me");
- "If there is something, you tell me." (it names nowhere a cause might lie).

The words read lower-case text with straight apostrophes; they are compiled case-insensitive so
the mind's caller may pass the manager's text as typed.
"""

from __future__ import annotations

import re

# The condition: "if something happened / was said / changed", "if there's a story behind it",
# "if something outside work is ...", "if this feeling started somewhere", "if you were told ...".
_IF = (r"\bif (?:there(?:'s| is| was| are)|theres|something|somethings|anything|this|that|"
       r"someone|somebody|anyone|anybody|you were|you've been|youve been|stuff|what's|whats|"
       r"part of)\b")
_WHERE = (
    r"(?:outside (?:of )?(?:work|here|these walls|the office)|at home|happened|was said|were told|"
    r"got (?:said|lost|pointed)|pointed at|started|changed|shifted|behind (?:it|this|that|the)|"
    r"story|earlier|before (?:the|this|that)|in the last|since (?:the|we|then|october|last)|"
    r"in the mix|sitting in your head|counting on|made you feel|left you feeling|"
    r"taking your|thinking|blamed|scapegoat)"
)
# The opening to tell: said after the condition, in the same turn.
_TELL = (
    r"(?:you can (?:tell|say|bring)|(?:you |please )?tell me\b(?! (?:the same day|before|by|or "
    r"the stand))|i(?:'?d| would)? (?:really |genuinely |just |truly )?(?:want|like|love|rather) "
    r"(?:to )?(?:know|hear)|i want to (?:know|hear)|"
    r"(?:don't|dont|do not) (?:need|have) to (?:give|tell) me|(?:don't|dont|do not) owe me|"
    r"stays? (?:between us|with me)|goes no further|(?:the|a) place to say|rather know)"
)
INVITES_THE_CAUSE = re.compile(rf"{_IF}[^.?!]*?{_WHERE}.*?{_TELL}", re.I | re.S)
# "If there's anything I can do, let me know." offers help; a condition of the plan ("if it's at
# risk", "if something slips") asks to be warned: neither invites the cause.
_NOT_A_CAUSE = re.compile(
    r"\bif (?:there's |there is |theres )?(?:anything|something) (?:else )?(?:i|we) can do\b|"
    r"\bif (?:it's|its|it is|a date is|something) (?:at risk|slips|slipping)\b", re.I)


def invites_the_cause(text: str) -> bool:
    """The manager's turn invites the report to tell what is behind it: a condition naming where
    a cause might lie, then an opening to tell it ("If something happened before that made you
    feel you need this protection, you can tell me, and it stays with me.")."""
    clean = text.replace("’", "'")
    match = INVITES_THE_CAUSE.search(clean)
    return match is not None and not _NOT_A_CAUSE.search(match.group(0))
