"""How right and how fast is the scorer?  `python benchmarks/scoring_eval.py [--data DIR]`

1. AnnoMI dev split (when the folder is present), therapist as manager, 5-fold cross-validation
   by transcript: the coder is retrained on four folds and every held-out transcript is written
   as a `roleplay score` JSON file, read back with the CLI's loader and scored by the CLI's
   scorer. Figures: 4-way primary macro F1 and Cohen's kappa against `main_therapist_behaviour`;
   kappa for question / reflection / input present; AUC of `overall` for high vs low quality.
   The shipped weights are trained on all 50 transcripts, so the same run through the real CLI
   (`roleplay score FILE --json`) is also reported as an in-sample sanity figure. The lead's
   rule-based coder is scored the same way as the baseline.
2. The manager test set (tests/scoring/data/manager_utterances.jsonl, 329 lines; the patterns
   were refined while reading its errors, so treat it as a development set) and the held-out
   set (manager_heldout.jsonl, 70 lines written afterwards and never tuned on): primary macro
   F1 and kappa, and per-code F1 (precision, recall, kappa) for every code.
3. Speed: scoring a 40-turn session (median of 7 runs, plus the first, cold call).

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from roleplay.domain.codes import Code
from roleplay.ports.coding import BehaviourCoder
from roleplay.scoring import annomi
from roleplay.scoring.coder import BehaviourCoderV1, default_coder
from roleplay.scoring.evaluation import auc, cohen_kappa, f1_per_class, macro_f1
from roleplay.scoring.report import score_to_json
from roleplay.scoring.scorer import SessionScorer
from roleplay.scoring.training import train_coder
from roleplay.scoring.transcript_file import load_transcript_file

REPO = Path(__file__).resolve().parents[1]
TEST_SET = REPO / "tests" / "scoring" / "data" / "manager_utterances.jsonl"
HELDOUT = REPO / "tests" / "scoring" / "data" / "manager_heldout.jsonl"
INPUT_CODES = {c.value for c in (Code.ADVICE, Code.INFORMATION, Code.OBSERVATION, Code.IMPACT,
                                 Code.EXPECTATION, Code.LABEL, Code.BLAME, Code.THREAT)}


def transcript_json(d: annomi.Dialogue) -> dict[str, Any]:
    turns = []
    for i, u in enumerate(d.utterances):
        nxt = d.utterances[i + 1].start if i + 1 < len(d.utterances) else None
        turn: dict[str, Any] = {"speaker": u.speaker, "text": u.text}
        if u.start is not None and nxt is not None and nxt >= u.start:
            turn["start"], turn["end"] = u.start, nxt
        turns.append(turn)
    return {"source": f"AnnoMI transcript {d.id}", "turns": turns}


def presence(turn: dict[str, Any]) -> tuple[bool, bool, bool]:
    codes = set(turn["codes"])
    return (turn["primary"] == "question" or bool(codes & {"open_question", "closed_question"}),
            turn["primary"] == "reflection" or bool(codes & {"reflection", "summary"}),
            turn["primary"] == "input" or bool(codes & INPUT_CODES))


class Tally:
    def __init__(self) -> None:
        self.gold: list[str] = []
        self.pred: list[str] = []
        self.pres_gold: list[tuple[bool, bool, bool]] = []
        self.pres_pred: list[tuple[bool, bool, bool]] = []
        self.overall: list[float] = []
        self.high: list[bool] = []

    def add(self, d: annomi.Dialogue, result: dict[str, Any]) -> None:
        assert len(result["turns"]) == len(d.utterances)
        for u, t in zip(d.utterances, result["turns"], strict=True):
            if u.speaker == "manager":
                self.gold.append(u.primary or "other")
                self.pred.append(t["primary"])
                self.pres_gold.append((u.question, u.reflection, u.input))
                self.pres_pred.append(presence(t))
        self.overall.append(float(result["overall"]))
        self.high.append(d.quality == "high")

    def figures(self) -> dict[str, Any]:
        k = [cohen_kappa([g[i] for g in self.pres_gold], [p[i] for p in self.pres_pred])
             for i in range(3)]
        return {
            "primary_macro_f1": round(macro_f1(self.gold, self.pred), 3),
            "primary_kappa": round(cohen_kappa(self.gold, self.pred), 3),
            "primary_f1": {str(c): round(v, 3) for c, v in
                           f1_per_class(self.gold, self.pred).items()},
            "question_kappa": round(k[0], 3), "reflection_kappa": round(k[1], 3),
            "input_kappa": round(k[2], 3),
            "overall_auc_high_vs_low": round(auc(self.overall, self.high), 3),
            "utterances": len(self.gold), "transcripts": len(self.overall),
        }


def score_file(scorer: SessionScorer, d: annomi.Dialogue, folder: Path) -> dict[str, Any]:
    """The CLI's path: a transcript file, its loader, the scorer, the JSON shape."""
    path = folder / f"annomi-{d.id}.json"
    path.write_text(json.dumps(transcript_json(d)), encoding="utf-8")
    loaded = load_transcript_file(path)
    score = scorer.score_transcript(loaded.transcript, loaded.conversation_type)
    return score_to_json(score)


def cli_json(path: Path, data_dir: Path) -> dict[str, Any]:
    from roleplay.cli.main import main

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        rc = main(["--data-dir", str(data_dir), "score", str(path), "--json"])
    assert rc == 0, rc
    result: dict[str, Any] = json.loads(buf.getvalue())
    return result


def annomi_eval(folder: Path, tmp: Path) -> dict[str, Any]:
    dialogues = annomi.load(folder)
    rows = annomi.manager_examples(dialogues)
    examples = [(t, c, u.primary or "other", u.question, u.reflection, u.input)
                for _, t, c, u in rows]
    ids = [r[0] for r in rows]
    cv = Tally()
    t0 = time.perf_counter()
    for held in annomi.folds(ids):
        weights = train_coder([e for e, i in zip(examples, ids, strict=True) if i not in held])
        scorer = SessionScorer(coder=BehaviourCoderV1(weights))
        for d in dialogues:
            if d.id in held:
                cv.add(d, score_file(scorer, d, tmp))
    train_s = time.perf_counter() - t0

    def run_with(make: Callable[[], BehaviourCoder]) -> Tally:
        tally, scorer = Tally(), SessionScorer(coder=make())
        for d in dialogues:
            tally.add(d, score_file(scorer, d, tmp))
        return tally

    from roleplay.scoring.rules import RuleBasedCoder

    baseline = run_with(RuleBasedCoder)
    shipped = Tally()
    for d in dialogues:
        path = tmp / f"annomi-{d.id}.json"
        path.write_text(json.dumps(transcript_json(d)), encoding="utf-8")
        shipped.add(d, cli_json(path, tmp / "data"))
    out = {"cv": cv.figures(), "shipped_in_sample_via_cli": shipped.figures(),
           "baseline_rules": baseline.figures(), "cv_seconds": round(train_s, 1)}
    out["cv"]["macro_f1_ratio_to_baseline"] = round(
        out["cv"]["primary_macro_f1"] / max(1e-9, out["baseline_rules"]["primary_macro_f1"]), 2)
    return out


def manager_set_eval(coder: BehaviourCoder, path: Path = TEST_SET) -> dict[str, Any]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    results = [coder.code(i["text"], i["context"]) for i in items]
    gold = [i["primary"] for i in items]
    pred = [r.primary.value for r in results]
    per_code: dict[str, Any] = {}
    for code in Code:
        g = [code.value in i["codes"] for i in items]
        p = [code in r.codes for r in results]
        tp = sum(a and b for a, b in zip(g, p, strict=True))
        fp = sum(b and not a for a, b in zip(g, p, strict=True))
        fn = sum(a and not b for a, b in zip(g, p, strict=True))
        per_code[code.value] = {
            "n": sum(g), "f1": round(2 * tp / max(1, 2 * tp + fp + fn), 3),
            "precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3),
            "kappa": round(cohen_kappa(g, p), 3),
        }
    tp_all = sum(round(v["recall"] * v["n"]) for v in per_code.values())
    n_gold = sum(v["n"] for v in per_code.values())
    n_pred = sum(round(v["recall"] * v["n"] / v["precision"]) if v["precision"] else 0
                 for v in per_code.values())
    return {"utterances": len(items), "primary_macro_f1": round(macro_f1(gold, pred), 3),
            "codes_micro_f1": round(2 * tp_all / max(1, n_gold + n_pred), 3),
            "primary_kappa": round(cohen_kappa(gold, pred), 3),
            "primary_accuracy": round(sum(a == b for a, b in zip(gold, pred, strict=True))
                                      / len(items), 3),
            "codes": per_code}


def speed() -> dict[str, Any]:
    from roleplay.domain.session import Transcript, Turn

    items = [json.loads(line) for line in TEST_SET.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    turns: list[Turn] = []
    for i, item in enumerate(items[:20]):
        turns.append(Turn(index=2 * i, speaker="manager", text=item["text"]))
        turns.append(Turn(index=2 * i + 1, speaker="report",
                          text=item["context"] or "I see what you mean, I'm not sure."))
    transcript = Transcript(turns=tuple(turns))
    t0 = time.perf_counter()
    SessionScorer(coder=BehaviourCoderV1()).score_transcript(transcript)  # cold: loads weights
    cold = time.perf_counter() - t0
    scorer = SessionScorer(coder=default_coder())
    runs = []
    for _ in range(7):
        t0 = time.perf_counter()
        scorer.score_transcript(transcript)
        runs.append(time.perf_counter() - t0)
    per_turn = []
    coder = default_coder()
    for item in items[:100]:
        t0 = time.perf_counter()
        coder.code(item["text"], item["context"])
        per_turn.append(time.perf_counter() - t0)
    return {"turns": len(turns), "median_ms": round(statistics.median(runs) * 1000, 1),
            "cold_ms": round(cold * 1000, 1),
            "coder_median_ms_per_turn": round(statistics.median(per_turn) * 1000, 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data/annomi-dev")
    args = ap.parse_args()
    figures: dict[str, Any] = {"coder": default_coder().version}
    folder = Path(args.data)
    if (folder / "AnnoMI-full.csv").exists():
        with tempfile.TemporaryDirectory() as tmp:
            figures["annomi"] = annomi_eval(folder, Path(tmp))
        cv = figures["annomi"]["cv"]
        print(f"AnnoMI 5-fold CV: macro F1 {cv['primary_macro_f1']} kappa {cv['primary_kappa']}"
              f" | question {cv['question_kappa']} reflection {cv['reflection_kappa']} input "
              f"{cv['input_kappa']} | AUC {cv['overall_auc_high_vs_low']}", file=sys.stderr)
    else:
        figures["annomi"] = None
        print(f"{folder}: not found, AnnoMI figures skipped", file=sys.stderr)
    figures["manager_set"] = manager_set_eval(default_coder())
    figures["manager_heldout"] = manager_set_eval(default_coder(), HELDOUT)
    figures["speed_40_turns"] = speed()
    print(json.dumps(figures, separators=(",", ":")))


if __name__ == "__main__":
    main()
