"""The offline report reacts to what was said: it answers the question's form, states no facts
the scenario lacks, writes no plan the manager did not make, never apologises to a threat, and
hints only when the mind allows it.

Form detection is tested on typed and on speech-recognition text (no punctuation, no capitals);
the behaviour is tested by playing every bundled scenario with four manager styles through the
real engine, the shipped coder and the offline voice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.mind import HINT, ROOT_CAUSE, Mood, TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Session
from roleplay.persona.answering import Form, fill_option, read_question, said_by_report
from roleplay.persona.offline import APOLOGY, PLAIN_ANSWERS, PROPOSAL_TAKEN, _with_a_yes
from roleplay.persona.proposals import MEETING_TAKEN, TAKEN_COLDLY
from roleplay.persona.reply_rules import INVENTED_TERMS, NOT_NAMES, authored_lines
from roleplay.persona.small_moments import AGAIN_TAKEN
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios import load_scenario

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = sorted(bundled_scenarios_dir().glob("*.yaml"))


# --- the question's form, typed and spoken ---------------------------------------------------

FORMS = [
    ("Is it the migration, the support rota, or something else?", Form.EITHER_OR),
    ("is it the migration or the support rota or something else", Form.EITHER_OR),
    ("Is it A, or B, or C?", Form.EITHER_OR),
    ("would you rather work on the ledger or the retry fix", Form.EITHER_OR),
    ("is it the workload or is it something about me", Form.EITHER_OR),
    ("Is everything okay?", Form.YES_NO),
    ("is everything ok at home or not", Form.YES_NO),
    ("do you think you can get the retry fix done by next friday", Form.YES_NO),
    ("ok so you will finish it by friday and we check in thursday does that work for you",
     Form.YES_NO),
    ("Fill in the form by Friday. Okay?", Form.YES_NO),
    ("fill in the form by friday okay", Form.YES_NO),
    ("I need you to be on time. Is that clear?", Form.YES_NO),
    ("What can you deliver, and by when?", Form.OPEN),
    ("whats going on", Form.OPEN),
    ("so the export was late and the fix is still open whats going on", Form.OPEN),
    ("how are you doing really", Form.OPEN),
    ("tell me more about that", Form.OPEN),
    ("Why did you miss the review?", Form.OPEN),
    ("So what would actually help, do you think, because I'd rather we fixed it.", Form.OPEN),
    ("what would help do you reckon", Form.OPEN),
    ("Do you think that would help?", Form.YES_NO),
    ("hi priya thanks for coming in i wanted to talk about the last few sprints", Form.NONE),
    ("I know what you mean. It has been a lot.", Form.NONE),
    ("I understand how hard this is", Form.NONE),
    ("that's okay", Form.NONE),
]


@pytest.mark.parametrize(("text", "form"), FORMS)
def test_question_form_from_typed_and_spoken_text(text: str, form: Form) -> None:
    assert read_question(text).form == form


@pytest.mark.parametrize(("text", "tag"), [
    ("I want a status update every Friday. Clear?", True),
    ("Do it by Friday, okay?", True),
    ("tests before qa from now on okay", True),  # spoken, no punctuation
    ("Does that work for you?", False),
    ("Is everything okay?", False),
])
def test_a_tag_after_an_order_is_told_apart_from_a_yes_no_question(text: str, tag: bool) -> None:
    q = read_question(text)
    assert q.form == Form.YES_NO and q.tag is tag, q


def test_either_or_options_and_what_could_you_do() -> None:
    q = read_question("is it the migration or the support rota or something else")
    assert q.options == ("the migration", "the support rota", "something else")
    assert read_question("Is it your workload, your health, or something at home?").options == (
        "your workload", "your health", "something at home")
    assert read_question("What can you deliver, and by when?").asks_for_step
    assert read_question("what could you do differently next sprint").asks_for_step
    assert read_question("what do you think would help").asks_for_step
    assert not read_question("what's been going on for you").asks_for_step
    assert said_by_report("your workload") == "my workload"
    assert said_by_report("something about me") == "something about you"
    assert fill_option("{option}, mostly.", "the migration") == "The migration, mostly."


# --- every scenario x every style, through the real engine ----------------------------------


@pytest.fixture(scope="module")
def sessions(style_sessions: dict[tuple[str, str], Session]) -> list[Session]:
    return list(style_sessions.values())


def _steps(session: Session) -> Iterator[tuple[str, str, TraceEntry]]:
    said = [t.text for t in session.turns if t.speaker == "manager"]
    replies = [t.text for t in session.turns if t.speaker == "report"][1:]
    yield from zip(said, replies, session.persona_trace, strict=True)


def _fixed(scenario: Scenario, entry: TraceEntry) -> set[str]:
    """Lines that answer for the mind, not the question: reveal, hint, reactions to a judgement
    and to advice ("Have you tried X?" is answered by what they have tried)."""
    lines = scenario.lines
    fixed = set(lines.reveal) | set(lines.hint)
    # a plan checked with a cold or hurt report is taken plainly, with no reason
    # (``proposals.taken_coldly``)
    fixed |= {line for taken in TAKEN_COLDLY.values() for line in taken} | {MEETING_TAKEN}
    fixed |= set(AGAIN_TAKEN[Mood.HOSTILE]) | set(AGAIN_TAKEN[Mood.DEFENSIVE])
    if entry.reaction in (Code.LABEL, Code.BLAME, Code.THREAT, Code.ADVICE):
        fixed |= set(lines.reactions.for_code(entry.reaction))
    return fixed


def test_an_either_or_question_gets_one_of_the_options_or_a_refusal(
    sessions: list[Session],
) -> None:
    checked = 0
    for session in sessions:
        lines = session.scenario.lines
        for said, reply, entry in _steps(session):
            q = read_question(said)
            if q.form != Form.EITHER_OR or reply in _fixed(session.scenario, entry):
                continue
            picked = any(said_by_report(o).lower() in reply.lower() for o in q.options)
            assert picked or _answers_with(reply, lines.answers.refuse), (said, reply)
            checked += 1
    assert checked >= 8


def _answers_with(reply: str, lines: list[str]) -> bool:
    """One of ``lines``, or (once they are all said) the short answer opening one of them
    followed by another line."""
    heads = [line.split(". ")[0] + "." for line in lines if ". " in line]
    heads += [p for plain in PLAIN_ANSWERS.values() for p in plain]  # once every opener was said
    return reply in lines or any(reply.startswith(h + " ") for h in heads)


def test_a_yes_no_question_gets_yes_or_no_with_a_reason(sessions: list[Session]) -> None:
    checked = 0
    for session in sessions:
        answers = session.scenario.lines.answers
        for said, reply, entry in _steps(session):
            q = read_question(said)
            if q.form != Form.YES_NO or reply in _fixed(session.scenario, entry):
                continue
            if entry.reply_key == "reveal":
                # the cause told at the plan's check answers for the mind, after a yes ("Yes,
                # I can do that, but there's something I haven't told you: ...")
                assert reply.startswith(("Yes, I can do that, but", "Actually, there is one",
                                         "Okay, but before we finish")), reply
                continue
            if q.tag:  # "Clear?" checks what was said: never a "no" with a reason
                assert reply not in answers.say_no and not re.match(r"^(?:No|Not)\b", reply), \
                    (said, reply)
                continue
            # (a proposal checked, "Does that work for you?", is answered by their yes to a plan)
            agreed = [_with_a_yes(line) for line in session.scenario.lines.agreeing]
            assert _answers_with(reply, answers.say_yes + answers.say_no + agreed
                                 + list(PROPOSAL_TAKEN)), (said, reply)
            # a yes or a no, then a reason
            assert re.match(r"^(?:Yes|Yeah|No|Not|Honestly, no|Sure|Depends)\b", reply), reply
            assert len(re.findall(r"[.?!]", reply)) >= 2 or "," in reply, reply
            checked += 1
    assert checked >= 40


def test_a_step_only_when_asked_what_they_could_do(sessions: list[Session]) -> None:
    for session in sessions:
        steps = set(session.scenario.lines.answers.step)
        for said, reply, _ in _steps(session):
            if reply in steps:
                assert read_question(said).asks_for_step, (said, reply)


def test_no_apology_to_a_threat_and_no_hint_right_after_a_judgement(
    sessions: list[Session],
) -> None:
    threats = 0
    for session in sessions:
        for said, reply, entry in _steps(session):
            if Code.THREAT in entry.moves:
                threats += 1
                assert not APOLOGY.search(reply), (said, reply)
            if set(entry.moves) & {Code.LABEL, Code.BLAME, Code.THREAT}:
                assert not entry.newly_revealed, (said, entry)
                assert reply not in session.scenario.lines.hint, (said, reply)
    assert threats >= 4


def test_nothing_said_before_the_reveal_gives_the_cause_away(sessions: list[Session]) -> None:
    for session in sessions:
        keywords = [k.lower() for k in session.scenario.persona.hidden_root_cause.keywords]
        for said, reply, entry in _steps(session):
            if ROOT_CAUSE not in entry.revealed:
                assert not any(k in reply.lower() for k in keywords), (said, reply)


def test_the_report_agrees_without_writing_the_plan(sessions: list[Session]) -> None:
    """An agreeing line is a short yes: it adds no dates, names or steps of its own."""
    for path in SCENARIOS:
        scenario = load_scenario(path)
        for line in scenario.lines.agreeing:
            dated = re.search(r"\b(?:by|on|from|until) (?:monday|tuesday|wednesday|thursday|"
                              r"friday|the \d|\d)|\b\d{1,2}(?:st|nd|rd|th)?\b", line.lower())
            assert not dated, line
            assert len(line.split()) <= 14, line


# --- no facts the scenario lacks -------------------------------------------------------------

INVENTED = INVENTED_TERMS


def _scenario_text(scenario: Scenario) -> str:
    p = scenario.persona
    parts = [scenario.title, scenario.summary, scenario.opening.situation, p.name, p.role,
             p.personality, p.speaking_style, *p.beliefs, p.hidden_root_cause.summary,
             p.hidden_root_cause.hint, *scenario.objectives,
             *(f.observation + " " + (f.impact or "") for f in scenario.facts)]
    if scenario.follows is not None:
        parts += scenario.follows.default_agreements
    parts += scenario.lines.reveal  # the hidden story in the report's words is the source
    return " ".join(parts)


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_lines_name_no_people_or_schemes_the_scenario_lacks(path: Path) -> None:
    scenario = load_scenario(path)
    known = _scenario_text(scenario)
    known_names = set(re.findall(r"\b[A-Z][a-z]+\b", known))
    ignore = NOT_NAMES
    for line in authored_lines(scenario):
        low = line.lower()
        assert not any(term in low for term in INVENTED if term not in known.lower()), line
        for m in re.finditer(r"(?<=[a-z,;] )[A-Z][a-z]+\b", line):  # names mid-sentence
            name = m.group(0)
            assert name in known_names or name in ignore, (name, line)


def test_a_judgement_never_raises_trust(sessions: list[Session]) -> None:
    for session in sessions:
        for said, _, entry in _steps(session):
            if set(entry.moves) & {Code.LABEL, Code.BLAME, Code.THREAT}:
                assert entry.trust <= entry.trust_before, (said, entry)
                assert entry.defensiveness >= entry.defensiveness_before, (said, entry)
                assert entry.reply_key != "repair"


def test_mood_is_respected_for_either_or(sessions: list[Session]) -> None:
    """Pushed into defensiveness, they refuse to pick rather than cooperate."""
    for session in sessions:
        refuse = set(session.scenario.lines.answers.refuse)
        for said, reply, entry in _steps(session):
            if (read_question(said).form == Form.EITHER_OR and entry.reply_key not in (
                    "reveal", "hint", "repair") and entry.mood in (Mood.HOSTILE, Mood.DEFENSIVE)
                    and not set(entry.moves) & {Code.LABEL, Code.BLAME, Code.THREAT}):
                assert reply in refuse, (said, reply)
    assert HINT  # the names used above exist


@pytest.mark.parametrize(("text", "form"), [
    # found playing a rambling spoken manager: a wh-cleft stating the need had been read as an
    # either/or question ("Probably kasia before merging.")
    ("what i need going forward is that nothing gets merged without tests youve run yourself "
     "and if you cant test something you flag it to me or kasia before merging", Form.NONE),
    ("What I expect is that you flag it to me or to Kasia.", Form.NONE),
    ("All I ask is that the rota goes out by Friday or Monday at the latest.", Form.NONE),
    ("What I need to know is what got in the way?", Form.OPEN),
    ("What I need is simple: dates that are real. Is that the workload or something else?",
     Form.EITHER_OR),
    # a bare noun asking for their view (a blunt manager's "Your side?" had got "Yes.")
    ("Your side?", Form.OPEN), ("Thoughts?", Form.OPEN), ("And your take?", Form.OPEN),
    ("Your side of the desk, please.", Form.NONE),
])
def test_a_wh_cleft_states_a_need_it_does_not_ask(text: str, form: Form) -> None:
    assert read_question(text).form is form
