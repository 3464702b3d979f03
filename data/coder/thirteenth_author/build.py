"""Build lines.jsonl from the hand-written conversation files in src/ (helper T13)."""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
ORDER = [
    "open_question",
    "closed_question",
    "reflection",
    "affirmation",
    "advice",
    "information",
    "observation",
    "impact",
    "expectation",
    "label",
    "softener",
    "blame",
    "threat",
    "commitment",
    "follow_up",
    "support_offer",
    "summary",
]
AB = {
    "oq": "open_question",
    "cq": "closed_question",
    "rf": "reflection",
    "af": "affirmation",
    "ad": "advice",
    "in": "information",
    "ob": "observation",
    "im": "impact",
    "ex": "expectation",
    "lb": "label",
    "sf": "softener",
    "bl": "blame",
    "th": "threat",
    "cm": "commitment",
    "fu": "follow_up",
    "so": "support_offer",
    "sm": "summary",
}
PRI = {"q": "question", "r": "reflection", "i": "input", "o": "other"}
STYLES = ["tidy", "spoken", "terse", "rambling", "british", "american", "nonnative"]
STYLES += ["kind_vague", "harsh"]


def parse(path):
    convs = []
    cur = None
    for n, raw in enumerate(path.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{path.name}:{n}"
        if line.startswith("==="):
            q, style, voice = [x.strip() for x in line[3:].split("|", 2)]
            assert q in {"skilled", "typical", "poor"}, where
            assert style in STYLES, where
            cur = {"quality": q, "style": style, "voice": f"{q}: {voice}", "turns": [], "ctx": None}
            convs.append(cur)
        elif line.startswith("R ::"):
            assert cur["ctx"] is None, f"two report turns in a row {where}"
            cur["ctx"] = line[4:].strip()
        elif line.startswith("M "):
            head, text = line[2:].split("::", 1)
            parts = head.split()
            style = cur["style"]
            codes = []
            for p in parts[1:]:
                if p.startswith("@"):
                    style = p[1:]
                    assert style in STYLES, where
                else:
                    codes.append(AB[p])
            primary = PRI[parts[0]]
            codes = sorted(set(codes), key=ORDER.index)
            if cur["turns"]:
                assert cur["ctx"] is not None, f"missing report turn {where}"
            if any(c in codes for c in ("label", "blame", "threat")):
                assert primary == "input", where
            if primary == "reflection":
                assert "reflection" in codes, where
            if "summary" in codes:
                assert "reflection" in codes, where
            if primary == "question":
                assert "open_question" in codes or "closed_question" in codes, where
            cur["turns"].append(
                {
                    "context": cur["ctx"],
                    "text": text.strip(),
                    "primary": primary,
                    "codes": codes,
                    "style": style,
                    "voice": cur["voice"],
                }
            )
            cur["ctx"] = None
        else:
            raise ValueError(f"bad line {where}: {line}")
    return convs


def main():
    convs = []
    for p in sorted((HERE / "src").glob("*.txt")):
        convs.extend(parse(p))
    out = []
    for ci, c in enumerate(convs, 1):
        if not 12 <= len(c["turns"]) <= 13:
            print("BAD LENGTH", ci, len(c["turns"]), c["voice"], file=sys.stderr)
        for ti, t in enumerate(c["turns"], 1):
            out.append({**t, "conversation": ci, "turn": ti})
    with open(HERE / "lines.jsonl", "w") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(HERE / "lines.jsonl") as f:
        for line in f:
            json.loads(line)
    print(len(convs), "conversations", len(out), "turns", file=sys.stderr)


if __name__ == "__main__":
    main()
