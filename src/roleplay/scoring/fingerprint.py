"""Which scoring rules made a score: a digest of the coder's and the review's source, the rubric
and the weights, stored with every score. A stored score is compared with a fresh scoring of its
transcript only when the digests agree, so a rule changed in a new release is never read as the
score having been edited (the facilitator's tamper flag, ``services.review.score_mismatch``)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import roleplay

# What a score depends on besides its transcript: the scoring package and the domain package,
# whose rules its coder reads (sentences, stories, meetings again, invitations); the persona's
# mind lives there too, so a persona-only change also counts as other rules (the safe side: such
# a score is shown as made by other rules, with both figures, never hidden).
_ROOTS = (Path(__file__).parent, Path(__file__).parent.parent / "domain")
_SUFFIXES = frozenset({".py", ".yaml", ".json", ".txt"})


@cache
def rules_digest() -> str:
    """16 hex digits of SHA-256 over the files' relative paths and bytes; in a frozen app, whose
    modules are bytecode in an archive, the release number stands in for them."""
    files = sorted((f"{root.name}/{p.relative_to(root).as_posix()}", p) for root in _ROOTS
                   if root.is_dir() for p in root.rglob("*")
                   if p.suffix in _SUFFIXES and p.is_file() and "__pycache__" not in p.parts)
    if not any(p.suffix == ".py" for _, p in files):
        return f"release-{roleplay.__version__}"
    digest = hashlib.sha256()
    for name, p in files:
        digest.update(f"{name}\0".encode())
        digest.update(p.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]
