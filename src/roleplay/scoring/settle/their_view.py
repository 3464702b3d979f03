"""Firm rule: their view, disagreed with kindly, is no threat.

"if you think explaining things is only a nice extra i dont agree with you on that one people
who can make data clear for others are rare here" hangs no consequence on the condition: the
"if" is their opinion, and what follows is the manager's own view and praise of what they do.
The learned head reads the condition and "people who ... here" as pressure.
"""

from __future__ import annotations

import re

from roleplay.domain.codes import Code
from roleplay.scoring._cues_feedback import THREAT
from roleplay.scoring._cues_judging import CONSEQUENCE_IF
from roleplay.scoring._cues_plan import PROCESS
from roleplay.scoring._cues_veiled import FATE_OF_SUCH, NOT_LASTING_HERE
from roleplay.scoring.settle.threats import MENACE, YOUR_PLACE
from roleplay.scoring.settle.turn import _Turn

# The condition is what they think: "if you think", "if you feel", "if you see it as"
_IF_THEY_THINK = re.compile(r"\bif you (?:think|feel|believe|reckon|see (?:it|this|that) as|"
                            r"are thinking|have been thinking)\b")
# ... and the manager disagrees with it, in so many words
_DISAGREE = re.compile(r"\bi (?:don't|do not|dont) (?:agree|see it that way|buy (?:it|that))\b|"
                       r"\bi disagree\b|\bi see it differently\b|"
                       r"\bmy view is (?:a (?:little|bit) )?different\b|\bi'd push back\b")


def _view_disagreed(t: _Turn) -> None:
    """A threat coded where every condition is their opinion and the manager disagrees with it,
    no consequence, process, menace, their job or the fate of such people named: information."""
    if Code.THREAT not in t.codes or not _DISAGREE.search(t.low):
        return
    conditions = re.findall(r"\bif\b", t.low)
    if not conditions or len(_IF_THEY_THINK.findall(t.low)) != len(conditions):
        return
    if THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or MENACE.search(t.low) \
            or YOUR_PLACE.search(t.low) or PROCESS.search(t.low) \
            or NOT_LASTING_HERE.search(t.low) or FATE_OF_SUCH.search(t.low):
        return
    t.codes.discard(Code.THREAT)
    t.codes.add(Code.INFORMATION)
