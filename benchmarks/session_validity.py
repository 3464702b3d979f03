"""Do scores order managers the way a coach would?  Session-level validity of the scorer.

    .venv/bin/python benchmarks/session_validity.py [--weights F] [--sessions DIR] [--verbose]

Plays every scripted session in data/sessions/ (8 scenarios x skilled/typical/poor, two voices
each, written by a separate author before the coder was tuned) through the real engine, the
offline report and the shipped scorer, then the four sessions in data/sessions/disclosure
(a disclosure heard or ignored). Prints, per scenario, the overall score and the four
competency levels per style, whether the report disclosed the hidden cause, and whether the
order holds with the margins the product promises: skilled >= typical + 15, typical >= poor + 5,
skilled >= 60, poor <= 25 (style means per scenario). The last line is one JSON object.
Then the same for data/sessions/new-voices and unseen-4 to unseen-40 (24 sessions each, in six
more voices each). `--sessions DIR...`
plays other folders of scripts of the same shape (and a `disclosure/` subfolder where there is
one): a new set is read there once, unseen, before anything is tuned on it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

from roleplay.app.rehearsal import PlayedSession, load_scripts, play
from roleplay.domain.scores import Competency
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario
from roleplay.scoring.coder import default_coder, load_coder

ROOT = Path(__file__).resolve().parents[1]
# The 48 sessions the scorer was first measured on, then twelve sets of 24 in six more voices
# each (see their READMEs)
DEFAULT_SETS = [ROOT / "data" / "sessions", *(ROOT / "data" / "sessions" / name for name in (
    "new-voices", "unseen-4", "unseen-5", "unseen-6", "unseen-7", "unseen-8", "unseen-9",
    "unseen-10", "unseen-11", "unseen-12", "unseen-13", "unseen-14", "unseen-15",
    "unseen-16", "unseen-17", "unseen-18", "unseen-19", "unseen-20", "unseen-21", "unseen-22",
    "unseen-23", "unseen-24", "unseen-25", "unseen-26", "unseen-27",
    "unseen-28", "unseen-29", "unseen-30", "unseen-31", "unseen-32", "unseen-33",
    "unseen-34", "unseen-35", "unseen-36", "unseen-37", "unseen-38", "unseen-39", "unseen-40"))]
COMPETENCIES = ("active_listening", "powerful_questioning", "feedback_delivery",
                "development_planning")
SHORT = {"active_listening": "AL", "powerful_questioning": "PQ", "feedback_delivery": "FD",
         "development_planning": "DP"}


def levels(p: PlayedSession) -> str:
    out = []
    for c in COMPETENCIES:
        comp = p.score.competency(Competency(c))
        lvl = comp.score if comp is not None and comp.score is not None else "-"
        out.append(f"{SHORT[c]}{lvl}")
    return " ".join(out)


def check(means: dict[str, float]) -> dict[str, bool]:
    return {
        "skilled_gap": means["skilled"] >= means["typical"] + 15,
        "typical_gap": means["typical"] >= means["poor"] + 5,
        "skilled_at_least_60": means["skilled"] >= 60,
        "poor_at_most_25": means["poor"] <= 25,
    }


def run(weights: Path | None, verbose: bool, folder: Path) -> dict[str, Any]:
    coder = load_coder(weights) if weights else default_coder()
    per: dict[str, Any] = {}
    t0 = time.perf_counter()
    for script_file in load_scripts(folder):
        scenario = load_scenario(bundled_scenarios_dir() / f"{script_file.scenario}.yaml")
        played = [play(scenario, s, coder) for s in script_file.sessions]
        by_style: dict[str, list[PlayedSession]] = {}
        for p in played:
            by_style.setdefault(p.script.style, []).append(p)
        means = {s: statistics.mean(p.score.overall for p in ps) for s, ps in by_style.items()}
        ok = check(means)
        per[script_file.scenario] = {
            "means": {k: round(v, 1) for k, v in means.items()},
            "sessions": {p.script.id: {"overall": p.score.overall, "levels": levels(p),
                                       "voice": p.script.voice, "disclosed": p.disclosed}
                         for p in played},
            "checks": ok,
        }
        print(f"\n{folder.name}/{script_file.scenario}: skilled {means['skilled']:.0f}, typical "
              f"{means['typical']:.0f}, poor {means['poor']:.0f}  "
              + ("ordered with margins" if all(ok.values()) else
                 "FAILS " + ", ".join(k for k, v in ok.items() if not v)))
        for p in played:
            print(f"  {p.script.id:<34} {p.script.voice:<10} {p.score.overall:>3}  {levels(p)}"
                  f"  disclosed={'yes' if p.disclosed else 'no'}")
            if verbose:
                for t, c in zip(p.session.transcript.turns, p.score.turns, strict=False):
                    codes = ",".join(x.value for x in c.codes)
                    print(f"      {t.speaker}: {t.text[:110]}  [{c.primary or ''} {codes}]")
    heard = disclosure_sessions(coder, folder / "disclosure")
    elapsed = time.perf_counter() - t0
    scenarios_ok = sum(1 for v in per.values() if all(v["checks"].values()))
    summary = {
        "benchmark": "session_validity",
        "folder": str(folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder),
        "sessions": sum(len(v["sessions"]) for v in per.values()),
        "scenarios": len(per),
        "scenarios_ordered_with_margins": scenarios_ok,
        "skilled_mean": round(statistics.mean(v["means"]["skilled"] for v in per.values()), 1),
        "typical_mean": round(statistics.mean(v["means"]["typical"] for v in per.values()), 1),
        "poor_mean": round(statistics.mean(v["means"]["poor"] for v in per.values()), 1),
        "disclosed": {style: sum(1 for v in per.values() for sid, s in v["sessions"].items()
                                 if s["disclosed"] and f"-{style}-" in sid)
                      for style in ("skilled", "typical", "poor")},
        "per_scenario": {k: {"means": v["means"], "ok": all(v["checks"].values())}
                         for k, v in per.items()},
        "disclosure_sessions": heard,
        "seconds": round(elapsed, 1),
    }
    return summary


def disclosure_sessions(coder: Any, folder: Path) -> dict[str, Any]:
    """data/sessions/disclosure: managers who hear what the report discloses (skilled) and who
    push on to the plan (typical). Reported apart from the ordering checks above: whether the
    scorer flagged "ignoring what they told you", and the score."""
    out: dict[str, Any] = {}
    if not folder.is_dir():
        return out
    print(f"\ndisclosure sessions ({folder}):")
    for script_file in load_scripts(folder):
        scenario = load_scenario(bundled_scenarios_dir() / f"{script_file.scenario}.yaml")
        for s in script_file.sessions:
            p = play(scenario, s, coder)
            ignored = any(a.id == "ignoring_disclosure" for a in p.score.anti_patterns)
            told = sum(1 for t in p.session.persona_trace if t.newly_revealed)
            out[s.id] = {"overall": p.score.overall, "levels": levels(p), "disclosures": told,
                         "ignoring_flagged": ignored}
            print(f"  {s.id:<34} {s.voice:<10} {p.score.overall:>3}  {levels(p)}  "
                  f"disclosures={told} ignoring={'flagged' if ignored else 'no'}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", type=Path)
    ap.add_argument("--sessions", type=Path, nargs="+", default=DEFAULT_SETS,
                    help="folders of scripted sessions (default: data/sessions, then "
                         "data/sessions/new-voices and unseen-4 to unseen-40)")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    first, *rest = [run(args.weights, args.verbose, folder.resolve())
                    for folder in args.sessions]
    if rest:  # the first set's figures stay at the top level; the others beside them
        first["other_sets"] = {r["folder"]: {k: v for k, v in r.items() if k != "folder"}
                               for r in rest}
    print()
    print(json.dumps(first))


if __name__ == "__main__":
    main()
