"""How right and how fast is the behaviour coder?

    .venv/bin/python benchmarks/scoring_eval.py [--shared /work/shared/data] [--no-cv]

1. The frozen manager test set (data/coder/frozen_test.jsonl: 500 lines in nine voices, written
   by a separate author before any tuning and never trained on), coded by the shipped coder:
   primary macro F1 and kappa, per-code precision/recall/F1, per-voice primary macro F1, and how
   often a gold reflection, label, blame or threat was read as one of the others.
2. Blind authors' whole conversations, never trained on, the same figures: the forty-seventh
   author's (data/coder/fortyseventh_author: 480 turns of 40 conversations; the yardstick of the
   twenty-third day's changes, read only as aggregates), the forty-sixth
   author's (data/coder/fortysixth_author: 480 turns of 40 conversations; the yardstick of the
   twenty-second day's rule changes, read only as aggregates), the forty-fifth
   author's (data/coder/fortyfifth_author: 482 turns of 40 conversations; the yardstick of the
   twenty-first day's rule changes, read only as aggregates), the forty-fourth
   author's (data/coder/fortyfourth_author: 474 turns of 40 conversations; the yardstick of the
   twentieth day, read only as aggregates, data/coder/RETRAIN.md), the forty-third
   author's (data/coder/fortythird_author: 479 turns of 40 conversations; the yardstick of the
   nineteenth day, read only as aggregates, data/coder/RETRAIN.md), the fortieth
   author's (data/coder/fortieth_author: 497 turns of 40 conversations; the yardstick of the
   sixteenth day, read only as aggregates, data/coder/RETRAIN.md), the thirty-fourth author's
   (data/coder/thirtyfourth_author: 620 turns of 50 conversations; the yardstick of the
   eleventh day, read only as aggregates), the thirty-third author's
   (data/coder/thirtythird_author: 619 turns; the yardstick of the tenth day, read only as
   aggregates), the thirty-second author's
   (data/coder/thirtysecond_author: 627 turns; the yardstick of the ninth day, read only as
   aggregates, data/coder/RETRAIN.md), the
   twenty-ninth's (625 turns; read first, aggregates only, by the decision of the eighth day),
   the thirty-first's (626 turns; read once as aggregates, then the development set of the
   twenty-first pass of judgement rules), the twenty-eighth's (647 turns; read first by the
   decision of the seventh day, and read since for the coder's misses) and the twenty-fifth's
   (624 turns; read first on the sixth day, read since the same way), and the thirty-fifth's
   (620 turns, half by poor managers; written on the twelfth day as a development set for the
   judgements the coder misses, read line by line), and the development sets written since in
   the same way (the thirty-sixth to thirty-ninth, the forty-first and forty-second authors').
   The earlier yardsticks (fourth, twelfth, thirteenth, seventeenth, twentieth, twenty-second,
   twenty-fourth authors) are training data since the retrains of 5 and 6 December; their
   figures are in the CV's independent source.
3. Cross-validation (when shared/data is present; about eight minutes): the training script's
   5-fold CV (folds by report turn, by transcript for AnnoMI), reporting the out-of-fold figures
   on the project's own training lines, on the independent authors' lines
   (data/coder/independent), on the second-author manager lines (shared, never written by this
   project) and on AnnoMI (coded a transcript at a time, as the scorer does).
4. Speed: median and 95th-percentile time to code one turn in a warm process, to score a
   40-turn session, to code a long run-on, and (in a fresh process) to load the coder and
   code its first turn.

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from roleplay.domain.codes import Code
from roleplay.domain.session import Transcript, Turn
from roleplay.scoring.coder import default_coder
from roleplay.scoring.corpus import LabelledLine, load_lines
from roleplay.scoring.evaluation import (
    code_report,
    cohen_kappa,
    confusion,
    f1_per_class,
    macro_f1,
)
from roleplay.scoring.scorer import SessionScorer

REPO = Path(__file__).resolve().parents[1]
FROZEN = REPO / "data" / "coder" / "frozen_test.jsonl"
# Whole conversations by an author who wrote blind: never trained on, the yardstick of retrains
YARDSTICKS = {name: REPO / "data" / "coder" / name / "lines.jsonl"
              for name in ("fortyseventh_author", "fortysixth_author", "fortyfifth_author",
                           "fortyfourth_author", "fortythird_author", "fortieth_author",
                           "thirtyfourth_author",
                           "thirtythird_author", "thirtysecond_author", "twentyninth_author",
                           "thirtyfirst_author", "twentyeighth_author", "twentyfifth_author",
                           "thirtyfifth_author", "thirtysixth_author", "thirtyseventh_author",
                           "thirtyeighth_author", "thirtyninth_author", "fortyfirst_author",
                           "fortysecond_author")}
CODES = [c.value for c in Code]
JUDGEMENT = ["reflection", "label", "blame", "threat"]


def evaluate(lines: list[LabelledLine]) -> dict[str, Any]:
    coder = default_coder()
    coded = [coder.code(ln.text, ln.context) for ln in lines]
    gold_p = [ln.primary.value for ln in lines]
    pred_p = [c.primary.value for c in coded]
    gold_c = [frozenset(c.value for c in ln.codes) for ln in lines]
    pred_c = [frozenset(c.value for c in x.codes) for x in coded]
    by_style: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        by_style.setdefault(ln.style, []).append(i)
    codes = code_report(gold_c, pred_c, CODES)
    return {
        "lines": len(lines),
        "primary_macro_f1": round(macro_f1(gold_p, pred_p), 3),
        "primary_kappa": round(cohen_kappa(gold_p, pred_p), 3),
        "primary_f1": {str(k): round(v, 3) for k, v in f1_per_class(gold_p, pred_p).items()},
        "codes_macro_f1": round(sum(r["f1"] for r in codes.values()) / len(codes), 3),
        "codes": codes,
        "by_voice_primary_macro_f1": {
            s: round(macro_f1([gold_p[i] for i in idx], [pred_p[i] for i in idx]), 3)
            for s, idx in sorted(by_style.items())},
        "judgement_confusion": confusion(gold_c, pred_c, JUDGEMENT, JUDGEMENT),
    }


def cross_validation(shared: Path) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("train_coder", REPO / "scripts" /
                                                  "train_coder.py")
    assert spec is not None and spec.loader is not None
    train = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train)
    lines = train.own_lines() + train.independent_lines() + train.shared_lines(shared)
    examples = train.manager_examples(lines) + train.annomi_examples(shared)
    rows = train.featurise(examples)
    oof, models = train.cross_validate(examples, rows)
    manager = [j for j, e in enumerate(examples) if e.source != "annomi"]
    thresholds = train.best_thresholds([oof[j] for j in manager], [examples[j] for j in manager])
    out: dict[str, Any] = {"rows": dict(Counter(e.source for e in examples))}
    for src in ("own", "independent", "shared", "annomi"):
        if any(e.source == src for e in examples):
            out[src] = train.figures(examples, models, thresholds, src)
    return out


def speed() -> dict[str, Any]:
    lines = load_lines(FROZEN)
    coder = default_coder()
    per_turn = []
    for ln in lines[:200]:
        t0 = time.perf_counter()
        coder.code(ln.text, ln.context)
        per_turn.append(time.perf_counter() - t0)
    turns: list[Turn] = []
    for ln in lines[:20]:
        turns.append(Turn(index=len(turns), speaker="report", text=ln.context or "Okay."))
        turns.append(Turn(index=len(turns), speaker="manager", text=ln.text))
    transcript = Transcript(turns=tuple(turns))
    scorer = SessionScorer(coder=coder)
    runs = []
    for _ in range(7):
        t0 = time.perf_counter()
        scorer.score_transcript(transcript)
        runs.append(time.perf_counter() - t0)
    # A monologue in recogniser text: its cost should grow with its length, not faster
    run_on = {}
    for words in (450, 1800):
        text = " ".join((RUN_ON.split() * (words // len(RUN_ON.split()) + 1))[:words])
        t0 = time.perf_counter()
        coder.code(text, "I was busy.")
        run_on[f"coder_ms_{words}_word_run_on"] = round((time.perf_counter() - t0) * 1000, 1)
    return {"coder_median_ms_per_turn": round(statistics.median(per_turn) * 1000, 3),
            "coder_p95_ms_per_turn": round(sorted(per_turn)[int(0.95 * len(per_turn))] * 1000, 3),
            "score_40_turns_median_ms": round(statistics.median(runs) * 1000, 1), **run_on,
            **cold_start()}


# The turns above are timed in a warm process (the coder loaded, its patterns compiled and run):
# what the first turn of a fresh process costs is measured apart, in one of its own.
_COLD = """
import json, time
t0 = time.perf_counter()
from roleplay.scoring.coder import default_coder
coder = default_coder()
t1 = time.perf_counter()
coder.code("So what happened with the release on Tuesday?", "I was busy.")
t2 = time.perf_counter()
coder.code("And how did the handover go after that?", "Fine, I guess.")
t3 = time.perf_counter()
print(json.dumps({"coder_load_ms": round((t1 - t0) * 1000), "coder_first_turn_ms":
                  round((t2 - t1) * 1000, 1), "coder_second_turn_ms": round((t3 - t2) * 1000, 1)}))
"""


def cold_start() -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True,
                         check=True, cwd=REPO)
    figures: dict[str, Any] = json.loads(out.stdout)
    return figures


RUN_ON = ("so um yeah i wanted to like talk about the releases because you know on tuesday the "
          "20th the change went in without tests and i get that you were busy and i dont think "
          "youre careless at all but we need to figure out what happens next time and what would "
          "help you")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(REPO.parent / "shared" / "data"))
    ap.add_argument("--no-cv", action="store_true", help="skip the five-minute CV")
    args = ap.parse_args()
    figures: dict[str, Any] = {"benchmark": "scoring_eval", "coder": default_coder().version}
    frozen = evaluate(load_lines(FROZEN))
    figures["frozen_test"] = frozen
    print(f"frozen test ({frozen['lines']} lines): primary macro F1 "
          f"{frozen['primary_macro_f1']}, kappa {frozen['primary_kappa']}", file=sys.stderr)
    for code, r in frozen["codes"].items():
        print(f"  {code:<16} P {r['precision']:.2f} R {r['recall']:.2f} F1 {r['f1']:.2f} "
              f"(n={r['support']})", file=sys.stderr)
    for name, path in YARDSTICKS.items():
        fig = figures[name] = evaluate(load_lines(path))
        print(f"{name.replace('_', ' ')} ({fig['lines']} lines): primary macro F1 "
              f"{fig['primary_macro_f1']}; label / blame / threat / reflection F1 "
              + " / ".join(f"{fig['codes'][c]['f1']:.2f}" for c in JUDGEMENT[1:] + JUDGEMENT[:1]),
              file=sys.stderr)
    shared = Path(args.shared)
    if not args.no_cv and (shared / "manager-lines" / "lines.jsonl").exists():
        figures["cross_validation"] = cross_validation(shared)
        for src, fig in figures["cross_validation"].items():
            if isinstance(fig, dict) and "primary_macro_f1" in fig:
                print(f"CV {src}: primary macro F1 {fig['primary_macro_f1']}, kappa "
                      f"{fig['primary_kappa']}" + (f", input kappa {fig['input_kappa']}"
                                                   if "input_kappa" in fig else ""),
                      file=sys.stderr)
    figures["speed"] = speed()
    print(json.dumps(figures, separators=(",", ":")))


if __name__ == "__main__":
    main()
