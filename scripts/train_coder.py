"""Train the behaviour coder's weights from AnnoMI and write src/roleplay/scoring/weights/.

    .venv/bin/python scripts/train_coder.py [--data /work/shared/data/annomi-dev] [--cv]

With --cv it first prints 5-fold cross-validated figures (folds by transcript). The data is read
from the folder given and never copied into the project: only the derived weights are written.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from roleplay.scoring import annomi
from roleplay.scoring.coder import BehaviourCoderV1
from roleplay.scoring.evaluation import cohen_kappa, macro_f1, presence_of
from roleplay.scoring.training import train_coder

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "roleplay" / "scoring" / "weights" / "coder_v1.json"


def examples_of(rows: list[tuple[str, str, str | None, annomi.Utterance]]):  # type: ignore[no-untyped-def]
    return [(t, c, u.primary or "other", u.question, u.reflection, u.input) for _, t, c, u in rows]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data/annomi-dev")
    ap.add_argument("--cv", action="store_true")
    args = ap.parse_args()
    dialogues = annomi.load(Path(args.data))
    rows = annomi.manager_examples(dialogues)
    if args.cv:
        gold, pred, pres_gold, pres_pred = [], [], [], []
        for held in annomi.folds([r[0] for r in rows]):
            weights = train_coder(examples_of([r for r in rows if r[0] not in held]))
            coder = BehaviourCoderV1(weights)
            for _, text, ctx, u in (r for r in rows if r[0] in held):
                c = coder.code(text, ctx)
                gold.append(u.primary)
                pred.append(c.primary.value)
                pres_gold.append((u.question, u.reflection, u.input))
                pres_pred.append(presence_of(c))
        print("cv macro F1", round(macro_f1(gold, pred), 3),
              "kappa", round(cohen_kappa(gold, pred), 3))
        for i, name in enumerate(("question", "reflection", "input")):
            print(f"  {name} present kappa",
                  round(cohen_kappa([g[i] for g in pres_gold], [p[i] for p in pres_pred]), 3))
        print("  confusion", sorted(Counter(zip(gold, pred, strict=True)).items()))
    t0 = time.perf_counter()
    weights = train_coder(examples_of(rows), meta={
        "trained_on": "AnnoMI dev split (50 transcripts), therapist utterances",
        "examples": len(rows),
        "script": "scripts/train_coder.py",
    })
    OUT.write_text(json.dumps(weights.to_json(), separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KiB, "
          f"{time.perf_counter() - t0:.1f}s)")


if __name__ == "__main__":
    main()
