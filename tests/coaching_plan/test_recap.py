"""After the real 1:1: a recap becomes a follow-up scenario in which the report remembers what was
agreed in the real meeting (not in a rehearsal), for the offline and the LLM voice."""

from __future__ import annotations

import datetime as dt
import json
import random
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.builder import AnswersError, check_text, compose, validate_answers
from roleplay.builder.recaps import RecapStore, follow_up_text, record_recap, validate_recap
from roleplay.builder.writer import save_scenario, scenario_yaml
from roleplay.coaching.plan import build_plan
from roleplay.coaching.recap import RecapInput, follow_up_scenario, make_recap
from roleplay.domain.codes import Code
from roleplay.domain.mind import ROOT_CAUSE
from roleplay.domain.scenario import Scenario
from roleplay.domain.scores import Competency
from roleplay.domain.sentences import in_own_words
from roleplay.engine import SessionEngine
from roleplay.persona.offline import OfflineVoice
from roleplay.persona.prompt import system_prompt
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)
AGREED = ["Sam pairs with Ana on the new system for two weeks",
          "The retry fix ships by Friday 27 November."]


@pytest.fixture
def original(tmp_path: Path) -> Scenario:
    data = compose(validate_answers({
        "report_name": "Sam", "role": "Backend engineer", "tenure": "2 years",
        "topic": "missed deadlines", "temperament": "defensive", "root_cause": "out_of_depth",
        "examples": [{"date": "2026-11-03",
                      "what_happened": "The invoice export due on 3 November shipped late."}],
        "impact": "Finance closed the month by hand.", "goals": ["Agree a date"],
    }, today=TODAY), rng=random.Random(0)).data
    return save_scenario(scenario_yaml(data), tmp_path / "scenarios").scenario


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteSessionStore]:
    db = SqliteSessionStore(tmp_path / "sessions.sqlite3")
    yield db
    db.close()


def entry(**changes: object) -> RecapInput:
    data: dict[str, object] = {"met_on": "2026-11-20", "agreements": AGREED,
                               "how_it_went": "Defensive at first, then open about the system",
                               "hardest": "active_listening"}
    data.update(changes)
    return validate_recap(data, today=TODAY)


def test_recap_input_messages() -> None:
    with pytest.raises(AnswersError) as info:
        validate_recap({"met_on": "2099-01-01", "agreements": [], "hardest": "charisma",
                        "mood": "ok"}, today=TODAY)
    found = info.value.by_field()
    assert found["met_on"].startswith("is in the future (2099-01-01)")
    assert found["agreements"] == "must not be empty (at least 1 items)"
    assert found["hardest"].startswith("expected one of 'active_listening'")
    assert found["mood"].startswith("unknown field (a typo?)")
    assert entry(agreements="- one\n- two\n").agreements == ["one", "two"]


def test_follow_up_scenario_is_valid_and_names_the_real_meeting(original: Scenario) -> None:
    recap = make_recap(entry(), original, session_id="abc", now=NOW, recap_id="r1")
    assert recap.follow_up_id == f"{original.id}-followup-20261120"
    follow = check_text(follow_up_text(original, recap, today=TODAY), Path("f.yaml"))
    assert follow.id == recap.follow_up_id
    assert follow.follows is not None
    assert follow.follows.scenario == f"{original.id}/real-1on1-2026-11-20"
    assert follow.follows.default_agreements == AGREED
    assert not follow.follows.agreements_kept
    assert follow.facts[-1].date == dt.date(2026, 11, 20)
    assert "you agreed: Sam pairs with Ana" in follow.facts[-1].observation
    assert "Practise what was hard last time: active listening." in follow.objectives
    assert follow.persona.hidden_root_cause.reveal_when.requires == [Code.FOLLOW_UP,
                                                                     Code.OPEN_QUESTION]
    # The report speaks of the agreements when asked about them, quoting them.
    assert any('"The retry fix ships by Friday 27 November"' in line
               for line in follow.lines.reactions.follow_up)
    # A chain of follow-ups does not grow the id.
    again = make_recap(entry(met_on="2026-11-23"), follow, now=NOW)
    assert again.follow_up_id == f"{original.id}-followup-20261123"


def test_the_report_remembers_the_real_agreements(original: Scenario, tmp_path: Path,
                                                  store: SqliteSessionStore) -> None:
    coder = RuleBasedCoder()
    # A rehearsal of the original, in which the manager made a different commitment.
    rehearsal = SessionEngine.start(store, coder, OfflineVoice(), original)
    rehearsal.manager_says("I'll check in with you on Thursday, and you ship it by Monday.")
    rehearsal.report_reply()
    rehearsal.end()

    recorded = record_recap(entry(), original, recaps=RecapStore(tmp_path / "recaps"),
                            scenarios_dir=tmp_path / "scenarios",
                            session_id=rehearsal.session.id, now=NOW)
    follow = recorded.follow_up.scenario
    engine = SessionEngine.start(store, coder, OfflineVoice(), follow)
    assert "we agreed" in engine.session.turns[0].text.lower()
    # The LLM voice is told the real agreements, not the rehearsal's commitment.
    assert engine.prior_agreements() == tuple(AGREED)
    engine.manager_says("Thanks for coming, Sam. Last time we agreed you'd pair with Ana on the "
                        "new system. How has that gone?")
    reply = engine.report_reply().text
    # quoted, or in their own words when written of them by name ("that I pair with Ana...")
    assert any(f"We wrote down {in_own_words(a.rstrip('.'), 'Sam')}" in reply
               for a in AGREED), reply
    prompt = system_prompt(engine.reply_request())
    assert "Last time you and your manager agreed:" in prompt
    assert all(f"- {a}" in prompt for a in AGREED)
    assert "ship it by Monday" not in prompt


def test_a_good_follow_up_reaches_what_changed(original: Scenario, tmp_path: Path,
                                               store: SqliteSessionStore) -> None:
    recorded = record_recap(entry(), original, recaps=RecapStore(tmp_path / "recaps"),
                            scenarios_dir=tmp_path / "scenarios", now=NOW)
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(),
                                 recorded.follow_up.scenario)
    for line in [
        "Thanks for coming, Sam. Last time we agreed you'd pair with Ana. How has that gone?",
        "It sounds like it's been harder than you expected.",
        "What has changed since we last met?",
        "It sounds like you didn't feel you could come back and say so.",
        "What would make a plan that fits now?",
        "Let's check in on Thursday.",
    ]:
        entry_ = engine.manager_says(line)[1]
        engine.report_reply()
    assert ROOT_CAUSE in entry_.revealed


def test_reaction_changes_the_temperament_and_voice(original: Scenario) -> None:
    recap = make_recap(entry(reaction="angry"), original, now=NOW, recap_id="r2")
    follow = check_text(follow_up_text(original, recap), Path("f.yaml"))
    assert follow.persona.temperament.value == "angry"
    assert follow.persona.personality.startswith("Frustrated and feels wronged")
    assert follow.lines.hostile[0] == "I'm done. If you want to write me up, write me up."
    same = follow_up_scenario(original, make_recap(entry(), original, now=NOW))
    assert same.persona.personality == original.persona.personality
    assert same.lines.guarded == original.lines.guarded


def test_kept_agreements_make_a_different_follow_up(original: Scenario) -> None:
    kept = follow_up_scenario(original, make_recap(entry(expect_kept=True), original, now=NOW))
    assert kept.follows is not None and kept.follows.agreements_kept
    assert "check how it went and build on it" in kept.summary
    assert any("I've done that." in line for line in kept.lines.reactions.follow_up)


def test_recap_store_is_private_and_skips_broken_files(tmp_path: Path,
                                                       original: Scenario) -> None:
    recaps = RecapStore(tmp_path / "recaps")
    assert recaps.list() == []
    first = record_recap(entry(), original, recaps=recaps, scenarios_dir=tmp_path / "scenarios",
                         now=NOW)
    second = record_recap(entry(), original, recaps=recaps, scenarios_dir=tmp_path / "scenarios",
                          now=NOW)
    assert second.follow_up.path.name == f"{original.id}-followup-20261120-2.yaml"
    assert second.recap.follow_up_id == f"{original.id}-followup-20261120-2"
    assert stat.S_IMODE(first.recap_path.stat().st_mode) == 0o600
    (tmp_path / "recaps" / "junk.json").write_text("{not json", encoding="utf-8")
    listed = recaps.list()
    assert {r.id for r in listed} == {first.recap.id, second.recap.id}
    assert recaps.errors and "junk.json" in recaps.errors[0]
    assert recaps.get(first.recap.id) == first.recap
    recaps.delete(first.recap.id)
    with pytest.raises(KeyError):
        recaps.get(first.recap.id)


def test_recap_feeds_the_plan(original: Scenario, tmp_path: Path) -> None:
    recorded = record_recap(entry(hardest="development_planning"), original,
                            recaps=RecapStore(tmp_path / "recaps"),
                            scenarios_dir=tmp_path / "scenarios", now=NOW)
    plan = build_plan([], [original, recorded.follow_up.scenario], [recorded.recap], today=TODAY)
    rec = plan.recommendation
    assert rec.follow_up and rec.scenario_id == recorded.follow_up.scenario.id
    assert rec.competency == Competency.DEVELOPMENT_PLANNING


def roleplay(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "roleplay", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, text=True, check=False, timeout=120)


def test_recap_command_from_a_session(tmp_path: Path) -> None:
    data = tmp_path / "data"
    practised = roleplay(data, "practice", "missed-deadlines", "--text", "--json",
                         stdin="What has been going on?\n/end\n")
    assert practised.returncode == 0, practised.stderr
    session_id = json.loads(practised.stdout)["id"]
    answers = tmp_path / "recap.json"
    answers.write_text(json.dumps({"met_on": "2026-11-20", "agreements": AGREED,
                                   "reaction": "quiet"}), encoding="utf-8")
    done = roleplay(data, "recap", session_id, "--from", str(answers))
    assert done.returncode == 0, done.stderr
    assert "roleplay practice missed-deadlines-followup-20261120 --text" in done.stdout
    recaps = list((data / "recaps").glob("*.json"))
    assert len(recaps) == 1
    assert json.loads(recaps[0].read_text())["session_id"] == session_id
    planned = roleplay(data, "plan", "--json")
    assert planned.returncode == 0, planned.stderr
    assert json.loads(planned.stdout)["recommendation"]["scenario_id"] == (
        "missed-deadlines-followup-20261120")
    bad = roleplay(data, "recap", "nope", "--from", str(answers))
    assert bad.returncode == 2 and "no session with id 'nope'" in bad.stderr
    answers.write_text(json.dumps({"met_on": "2026-11-20", "agreements": []}), encoding="utf-8")
    empty = roleplay(data, "recap", session_id, "--from", str(answers))
    assert empty.returncode == 2 and "agreements: must not be empty" in empty.stderr
