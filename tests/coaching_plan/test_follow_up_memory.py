"""Issue 14, item 7: in a follow-up built from a recap, the report answers about the agreement
the manager names, and never owns up to failing one that is not yet due (offline persona)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.coaching_plan.test_recap import original, store  # noqa: F401 (fixtures)

from roleplay.builder.recaps import RecapStore, record_recap, validate_recap
from roleplay.domain.scenario import Scenario
from roleplay.engine import SessionEngine
from roleplay.persona.agreement_memory import (
    content_words,
    is_failure_line,
    without_undue_failures,
)
from roleplay.persona.offline import OfflineVoice
from roleplay.persona.prompt import system_prompt
from roleplay.scoring.rules import RuleBasedCoder
from roleplay.storage.sqlite import SqliteSessionStore

TODAY = dt.datetime.now(dt.UTC).date()
MET = TODAY - dt.timedelta(days=3)
PAST, LATER = TODAY - dt.timedelta(days=1), TODAY + dt.timedelta(days=10)
PAIRING = "Sam pairs with Ana on the new billing system every afternoon"
RETRY = f"The retry fix ships by {PAST.day} {PAST:%B}"
RUNBOOK = f"Sam writes the migration runbook by {LATER.day} {LATER:%B}"
STANDUP = "Sam flags any date at risk in stand-up straight away"
RUNBOOK_DONE = RUNBOOK.split(" ", 2)[2]  # what it asks, however it is quoted
# The manager names each agreement in their own words.
NAMING = {
    PAIRING: "How has the pairing with Ana on the billing system gone?",
    RETRY: "What happened with the retry fix?",
    RUNBOOK: "Where are you with the migration runbook?",
    STANDUP: "Have you been flagging risky dates in stand-up?",
}


def test_the_report_answers_about_the_agreement_named(original: Scenario,  # noqa: F811
                                                      tmp_path: Path,
                                                      store: SqliteSessionStore) -> None:  # noqa: F811
    entry = validate_recap({"met_on": MET.isoformat(),
                            "agreements": [PAIRING, RETRY, RUNBOOK, STANDUP],
                            "how_it_went": "Quiet, then open about the new system"},
                           today=TODAY)
    recorded = record_recap(entry, original, recaps=RecapStore(tmp_path / "recaps"),
                            scenarios_dir=tmp_path / "scenarios")
    follow = recorded.follow_up.scenario
    engine = SessionEngine.start(store, RuleBasedCoder(), OfflineVoice(), follow)
    replies: list[str] = []
    # A general opener first, then a line naming each agreement, then general lines again.
    for line in ["Thanks for making time. How have things been since we last met?",
                 *NAMING.values(),
                 "What would help you most over the next two weeks?",
                 "Let's go through what we agreed, one by one."]:
        engine.manager_says(line)
        replies.append(engine.report_reply().text)
    about = dict(zip(NAMING, replies[1:5], strict=True))
    for agreement, reply in about.items():
        # what was written down, quoted, or said in the first person when it was written of
        # them by name ("that I pair with Ana on the new billing system every afternoon")
        assert f'"{agreement}"' in reply or agreement.split(" ", 2)[2] in reply, (agreement, reply)
        assert "We wrote down \"Sam " not in reply, reply
    assert "hasn't gone the way I said" in about[RETRY]  # due and missed: they own it
    # undated (here it is also the moment for their hint): due since the meeting, never "not due"
    assert "isn't due" not in about[PAIRING] and "isn't due" not in about[STANDUP]
    assert f"isn't due until {LATER:%A} {LATER.day} {LATER:%B}" in about[RUNBOOK]
    # Not due yet is never cited as failed, in any line of the session.
    for reply in (t.text for t in engine.session.turns if t.speaker == "report"):
        assert not (RUNBOOK_DONE in reply and is_failure_line(reply)), reply
    # The recap wrote a scripted "not kept" line for every agreement; the runbook's is replaced.
    scripted = list(follow.lines.reactions.follow_up)
    assert any(RUNBOOK_DONE in line and is_failure_line(line) for line in scripted)
    fitted = without_undue_failures(engine.reply_request(), scripted)
    assert not any(RUNBOOK_DONE in line and is_failure_line(line) for line in fitted)
    assert any(RETRY in line and is_failure_line(line) for line in fitted)
    # The LLM voice is told the same: the runbook is not late.
    prompt = system_prompt(engine.reply_request())
    assert f'"{RUNBOOK}" is not due until' in prompt and f'"{RETRY}" is not due' not in prompt


def test_a_line_names_the_agreement_it_shares_most_words_with() -> None:
    assert content_words("How has the pairing with Ana gone?") & content_words(PAIRING)
    assert not content_words("How has it gone since we agreed?") & content_words(RUNBOOK)
