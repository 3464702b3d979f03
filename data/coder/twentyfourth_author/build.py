"""Build lines.jsonl from the hand-written conversation files conv_*.txt (helper T24).

File format:
  ## <n> | <style> | <quality> | <voice description>
  M <p> <codes or -> [@style] | manager text
  R | report text
p: q=question r=reflection i=input o=other. Codes abbreviated (see ABBR).
"""

import glob
import json
import re
from collections import Counter

ABBR = {
    "oq": "open_question",
    "cq": "closed_question",
    "ref": "reflection",
    "aff": "affirmation",
    "adv": "advice",
    "inf": "information",
    "obs": "observation",
    "imp": "impact",
    "exp": "expectation",
    "lab": "label",
    "sof": "softener",
    "bla": "blame",
    "thr": "threat",
    "com": "commitment",
    "fu": "follow_up",
    "sup": "support_offer",
    "sum": "summary",
}
ORDER = list(ABBR.values())
PRIM = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = {
    "tidy",
    "spoken",
    "terse",
    "rambling",
    "british",
    "american",
    "nonnative",
    "kind_vague",
    "harsh",
}


def main() -> None:
    out = []
    errors = []
    convs_seen = []
    for path in sorted(glob.glob("conv_*.txt")):
        conv = None
        with open(path, encoding="utf-8") as fh:
            raw_lines = fh.read().split("\n")
        for ln, raw in enumerate(raw_lines, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#!"):
                continue
            where = f"{path}:{ln}"
            if line.startswith("## "):
                n, style, quality, voice = [x.strip() for x in line[3:].split("|", 3)]
                conv = {
                    "n": int(n),
                    "style": style,
                    "quality": quality,
                    "voice": voice,
                    "turn": 0,
                    "ctx": None,
                }
                convs_seen.append(int(n))
                if style not in STYLES or quality not in ("skilled", "typical", "poor"):
                    errors.append(f"{where} bad header")
                continue
            if line.startswith("R |"):
                if conv["ctx"] is not None:
                    errors.append(f"{where} two report turns in a row")
                conv["ctx"] = line[3:].strip()
                continue
            m = re.match(r"M (\w)\s+(\S+)(?:\s+@(\w+))?\s*\|\s?(.*)$", line)
            if not m:
                errors.append(f"{where} unparsed: {line[:60]}")
                continue
            p, codes, st, text = m.groups()
            conv["turn"] += 1
            if conv["turn"] > 1 and conv["ctx"] is None:
                errors.append(f"{where} missing report turn")
            cl = [] if codes == "-" else codes.split(",")
            bad = [c for c in cl if c not in ABBR]
            if bad or p not in PRIM:
                errors.append(f"{where} bad code {bad} {p}")
                continue
            full = sorted({ABBR[c] for c in cl}, key=ORDER.index)
            prim = PRIM[p]
            if {"label", "blame", "threat"} & set(full) and prim != "input":
                errors.append(f"{where} l/b/t not input")
            if prim == "reflection" and "reflection" not in full:
                errors.append(f"{where} reflection primary without code")
            if "summary" in full and "reflection" not in full:
                errors.append(f"{where} summary without reflection")
            style = st or conv["style"]
            if style not in STYLES:
                errors.append(f"{where} bad style {style}")
            out.append(
                {
                    "context": conv["ctx"],
                    "text": text.strip(),
                    "primary": prim,
                    "codes": full,
                    "style": style,
                    "voice": f"{conv['voice']}; {conv['quality']}",
                    "conversation": conv["n"],
                    "turn": conv["turn"],
                }
            )
            conv["ctx"] = None
    out.sort(key=lambda d: (d["conversation"], d["turn"]))
    for e in errors:
        print("ERROR", e)
    per = Counter(d["conversation"] for d in out)
    print("conversations", len(per), sorted(set(convs_seen)) == sorted(per), "turns", len(out))
    print("turn counts", sorted(Counter(per.values()).items()))
    with open("lines.jsonl", "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
