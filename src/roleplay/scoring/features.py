"""Sparse features of a manager turn (with the report's previous turn) for the learned coder.

A feature set is a ``dict[str, float]``: hand-built cues (pattern matches, question form, how much
the turn echoes the report, negation) plus word, word-pair and edge-word presence. The same
function feeds training (``scripts/train_coder.py``) and inference, so the two never drift apart.

Words are read in their written form (``canonical``: the apostrophes a recogniser drops are put
back), and words inside the scope of a negation ("not saying you're *lazy*") are counted apart
from the same words said plainly, so a reassurance never looks like the judgement it denies.
"""

from __future__ import annotations

import itertools
import math
import re

from roleplay.domain.codes import Code
from roleplay.scoring._cues_feedback import AFFECTED, JUDGE_WORDS, JUDGED, SARCASM
from roleplay.scoring._cues_judging import DENIABLE, ECHO_SNEER, JUDGING_CUES, REPORTED_FRAME
from roleplay.scoring._patterns import PatternMatch, match, negated_everywhere
from roleplay.scoring._text import canonical, content_words, unquoted, words
from roleplay.scoring._valence import valence_features

BACKCHANNEL = frozenset(
    ["yeah", "yes", "yep", "okay", "ok", "right", "sure", "mm", "hmm", "mm-hmm", "uh-huh",
    "uh", "huh", "oh", "alright", "great", "good", "fine", "i", "see", "gotcha", "cool", "wow",
    "ah", "got", "it", "thanks", "thank", "you", "no", "nope", "absolutely", "exactly",
    "totally", "of", "course"]
)
FILLER_TOKENS = frozenset({"um", "uh", "er", "erm", "mm", "hmm", "mm-hmm", "uhm", "ah"})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[.?!,;:]")
_NEGATORS = frozenset({"not", "never", "no", "nobody", "nothing", "none", "neither", "nor",
                       "without", "noone"})
_SCOPE_END = frozenset({".", "?", "!", ",", ";", ":", "but", "though", "although", "however",
                        "because", "so"})
_SCOPE_WORDS = 5
JUDGE_WORD = re.compile(r"\b" + JUDGE_WORDS + r"\b")
# Words that judge only beside "you" ("you always", "you're constantly"): alone they taught the
# coder that "I'm always here if you need me" is a label. Their word pairs and cues remain.
_PAIR_ONLY = frozenset({"always", "constantly", "forever"})
# Judging words as often said of a thing, a day or a deadline ("a problem with the build",
# "an aggressive target", "it was a nightmare", "post it in Slack") as of a person.
LOOSE_JUDGE_WORDS = frozenset({
    "difficult", "negative", "slow", "a problem", "the problem", "impossible", "hard work",
    "a pain", "a headache", "a nightmare", "messy", "chaotic", "a mess", "weak", "soft", "naive",
    "excuses", "an excuse", "ridiculous", "absurd", "awful", "terrible", "dreadful", "appalling",
    "embarrassing", "precious", "dramatic", "aggressive", "idle", "slack", "thick", "dim",
    "dense", "a circus", "a car crash", "a train wreck", "a dumpster fire", "beyond a joke",
    "laughable", "a joke", "a baby", "defensive", "stubborn", "moaning", "whinging"})
_DENIED_BEFORE = re.compile(r"(?:\b(?:not|never|no longer|hardly)|n't)(?: \w+){0,2} $")
FEELINGS = frozenset(
    ["worried", "stressed", "tired", "exhausted", "overwhelmed", "frustrated", "angry", "upset",
    "anxious", "scared", "afraid", "nervous", "hurt", "embarrassed", "ashamed", "stuck", "lost",
    "unfair", "unsupported", "alone", "burnt", "burned", "drained", "stretched", "pressure",
    "struggling", "hard", "tough", "difficult", "rough", "disappointed", "annoyed", "confused",
    "unsure", "torn", "guilty", "undervalued", "ignored", "excited", "proud", "relieved",
    "knackered", "gutted", "fed", "sick", "lonely", "bored", "demotivated", "flat"]
)


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s", "ly"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def tokens(text: str) -> list[str]:
    """Written-form tokens with punctuation kept (it bounds negation scope), fillers dropped."""
    return [t for t in _TOKEN.findall(canonical(text)) if t not in FILLER_TOKENS]


def scoped(toks: list[str]) -> list[str]:
    """Words, with those in a negation's scope prefixed ``not_`` ("not_lazy")."""
    out: list[str] = []
    left = 0
    for t in toks:
        if t in _SCOPE_END:
            left = 0
            if t in {"but", "though", "although", "however", "because", "so"}:
                out.append(t)
            continue
        if t in _NEGATORS or t.endswith("n't"):
            out.append(t)
            left = _SCOPE_WORDS
            continue
        out.append("not_" + t if left else t)
        left = max(0, left - 1)
    return out


def turn_features(
    text: str, context: str | None, pm: PatternMatch | None = None
) -> dict[str, float]:
    """Features of one manager turn; ``pm`` may pass a pattern match already computed."""
    pm = pm if pm is not None else match(text, context)
    quoted = unquoted(text) != text
    text = unquoted(text)  # quoted words are someone else's (see _text.unquoted)
    toks = words(text)
    n = len(toks)
    low = canonical(text)
    f: dict[str, float] = {"h:bias": 1.0}
    f["h:log_words"] = math.log1p(n) / 4.0
    f["h:sentences"] = min(len(pm.sentences), 6) / 6.0
    f["h:short"] = 1.0 if n <= 3 else 0.0
    f["h:long"] = 1.0 if n >= 40 else 0.0
    f["h:backchannel"] = 1.0 if toks and all(t in BACKCHANNEL for t in toks) else 0.0
    f["h:silence"] = 1.0 if not toks else 0.0
    f["h:qmark_last"] = 1.0 if low.rstrip(" -\"'").endswith("?") else 0.0
    f["h:qmark_any"] = 1.0 if "?" in low else 0.0
    f["h:question_last"] = 1.0 if pm.question_last else 0.0
    f["h:question_first"] = 1.0 if pm.sentences and pm.sentences[0].is_question else 0.0
    f["h:questions"] = min(pm.questions, 3) / 3.0
    f["h:stacked"] = 1.0 if pm.questions >= 3 else 0.0
    f["h:reflective_q"] = 1.0 if any(s.reflective_question for s in pm.sentences) else 0.0
    f["h:advice_q"] = 1.0 if any(s.advice_question for s in pm.sentences) else 0.0
    f["h:either_or"] = 1.0 if any(s.either_or for s in pm.sentences) else 0.0
    f["h:order_tag"] = 1.0 if pm.order_tag else 0.0
    f["h:accusing_q"] = min(pm.accusing_questions, 2) / 2.0
    f["h:interrogation"] = 1.0 if pm.interrogation else 0.0
    f["h:time_ref"] = 1.0 if any(s.time_ref for s in pm.sentences) else 0.0
    f["h:behaviour"] = 1.0 if any(s.behaviour for s in pm.sentences) else 0.0
    f["h:spoken"] = 1.0 if pm.spoken else 0.0
    f["h:scorer"] = 1.0 if pm.addresses_scorer else 0.0
    f["h:starts_so"] = 1.0 if pm.starts_so else 0.0
    f["h:second_person"] = 1.0 if pm.second_person else 0.0
    f["h:quotes"] = 1.0 if quoted else 0.0
    f["h:interrupted"] = 1.0 if text.rstrip().endswith(("-", "—", "...", "…")) else 0.0
    for code in Code:
        if code in pm.codes:
            f[f"c:{code.value}"] = 1.0
        if code in pm.negated:
            f[f"c:not_{code.value}"] = 1.0
    if JUDGED.search(low):  # "not saying you're lazy" reassures; it does not judge
        f["h:judged_negated" if negated_everywhere(JUDGED, low) else "h:judged"] = 1.0
    for m in JUDGE_WORD.finditer(low):
        # "you're not useless" denies the word; "a problem with the build" is about a thing
        if _DENIED_BEFORE.search(low[max(0, m.start() - 24):m.start()]):
            f["h:judge_word_denied"] = 1.0
        else:
            f["h:judge_word_loose" if m.group(0) in LOOSE_JUDGE_WORDS else "h:judge_word"] = 1.0
    f["h:sarcasm"] = 1.0 if SARCASM.search(low) else 0.0
    if PRAISED.search(low) and not negated_everywhere(PRAISED, low):
        f["h:praised"] = 1.0  # "you're a legend": warmth about the person, not a label's form
    if AFFECTED.search(low):
        f["h:affected"] = 1.0  # "three people asked me where you were": who it reached
    _judging_features(f, low)
    f["h:soft_words"] = min(pm.soft_words, 4) / 4.0
    f["h:overlap"] = pm.overlap
    f["h:overlap_statement"] = pm.overlap if not pm.question_last else 0.0
    if n:
        f["h:you_share"] = sum(1 for t in toks if t in {"you", "you're", "your", "you've",
                                                        "you'd", "you'll", "yourself"}) / n
        f["h:i_share"] = sum(1 for t in toks if t in {"i", "i'm", "me", "my", "i've", "i'd",
                                                      "i'll"}) / n
        f["h:we_share"] = sum(1 for t in toks if t in {"we", "we're", "us", "our", "let's"}) / n
    _context_features(f, text, context)
    _word_features(f, tokens(text))
    f.update(valence_features(scoped(tokens(text)), low, words(context) if context else []))
    return f


# Praise pinned on the person in the form labels take ("you're a legend", "you're the best
# engineer we've got"): the words are rarely in a sentiment lexicon, and "you're a" alone had
# taught the label head that warmth is a judgement.
PRAISED = re.compile(
    r"\b(?:you(?:'re| are)|you've been|what a|such a|you)(?: (?:an?|the|absolute|total|"
    r"real|proper|bloody|such|a real|an absolute|our|my))? (?:legend|star|superstar|rock ?star|"
    r"gem|hero|champ|champion|lifesaver|godsend|trooper|treasure|asset|ace|diamond|natural|"
    r"best(?: \w+)?(?: we've got| we have| i've got| on the team| in the team)?|"
    r"(?:great|brilliant|fantastic|amazing|excellent|good|solid|strong|talented|gifted|"
    r"valued|real) (?:bloke|guy|lad|girl|woman|person|engineer|designer|colleague|"
    r"teammate|team player|asset|hire|addition|manager|lead|nurse|teacher|analyst|writer|"
    r"worker|supervisor|performer|player|operator|driver|chef|cook|mentor|coach|member of "
    r"(?:the|this|my|our) team|team member))\b"
    r"|\byou(?:'ve| have)(?: got)? (?:a |such a )?(?:real |great |genuine |natural |rare )?"
    r"(?:talent|gift|eye for)\b")


def _judging_features(f: dict[str, float], low: str) -> None:
    """Judgements in the grammar managers use (``_cues_judging``). A denied verdict ("nobody's
    saying it was sloppy") or one said back in the report's frame ("you feel your work is not
    good enough") counts apart from the same words said as the manager's own."""
    seen = False
    for name, rx in JUDGING_CUES:
        m = rx.search(low)
        if m is None:
            continue
        if REPORTED_FRAME.search(low[: m.start()].rsplit(".", 1)[-1]):
            suffix = "_reported"
        elif name in DENIABLE and negated_everywhere(rx, low):
            suffix = "_negated"
        else:
            suffix = ""
        f[f"h:j_{name}{suffix}"] = 1.0
        seen = seen or not suffix
    if seen:
        f["h:j_any"] = 1.0


def _context_features(f: dict[str, float], text: str, context: str | None) -> None:
    if context is None or not context.strip():
        f["h:no_context"] = 1.0
        return
    ctx = canonical(context)
    f["h:ctx_question"] = 1.0 if ctx.rstrip(" -").endswith("?") else 0.0
    f["h:ctx_log_words"] = math.log1p(len(words(context))) / 4.0
    mine = {_stem(w) for w in content_words(text)}
    theirs = {_stem(w) for w in content_words(context)}
    shared = mine & theirs
    f["h:stem_overlap"] = len(shared) / len(mine) if mine else 0.0
    f["h:echo_any"] = 1.0 if shared else 0.0
    f["h:echo_two"] = 1.0 if len(shared) >= 2 else 0.0
    _echo_features(f, text, theirs)
    ctx_feel = {w for w in words(context) if w in FEELINGS}
    my_feel = {w for w in words(text) if w in FEELINGS}
    f["h:feeling_named"] = 1.0 if my_feel else 0.0
    f["h:feeling_echo"] = 1.0 if ctx_feel & my_feel else 0.0
    # What the report talked about tells a 1:1 from a counselling session (work versus health
    # and habits), which decides how a statement about "you" is usually meant.
    for w in content_words(context):
        f["x:" + w] = 1.0


_FRAGMENT = re.compile(r"^\s*([^.?!]{1,40}?)\s*([.?!]+)\s*(.*)$", re.S)


def _echo_features(f: dict[str, float], text: str, theirs: set[str]) -> None:
    """A turn that opens by saying one of their words back as a fragment ("Guessing." "The
    bus?"), and whether a sneer follows it at once: the mocking echo of the labelling guide."""
    m = _FRAGMENT.match(canonical(text))
    if m is None:
        return
    head = content_words(m.group(1))
    if not head or len(words(m.group(1))) > 4 or not {_stem(w) for w in head} <= theirs:
        return
    f["h:echo_fragment"] = 1.0
    if ECHO_SNEER.match(m.group(3)):
        f["h:echo_sneer"] = 1.0


def _word_features(f: dict[str, float], toks: list[str]) -> None:
    """Words, word pairs, the first and last words (where questions and tags show)."""
    sw = [t for t in scoped(toks) if t not in _SCOPE_END or t in {"but", "because", "so"}]
    for t in sorted(set(sw)):  # a fixed order: training gives the same weights every run
        if t not in _PAIR_ONLY:
            f["w:" + t] = 1.0
    for a, b in itertools.pairwise(sw):
        f[f"b:{a}_{b}"] = 1.0
    plain = [t for t in toks if t not in {".", "?", "!", ",", ";", ":"}]
    if plain:
        f["f1:" + plain[0]] = 1.0
        if len(plain) > 1:
            f[f"f2:{plain[0]}_{plain[1]}"] = 1.0
        for t in plain[-4:]:
            f["e:" + t] = 1.0
        if len(plain) > 1:
            f[f"e2:{plain[-2]}_{plain[-1]}"] = 1.0


HAND_PREFIXES = ("h:", "c:")


def is_hand(name: str) -> bool:
    return name.startswith(HAND_PREFIXES)
