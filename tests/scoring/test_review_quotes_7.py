"""Issue 11, J7: what the review quotes.

- Only a turn with a dated or countable observation is quoted as the specific example: a
  rambling opener (small talk, then "there are some things I wanted to go through") is not,
  even when the coder reads an observation in it.
- The planning card quotes each turn once (a turn that is the step, the support and the
  follow-up is one quote with all three notes), and reads lower-case and chat forms ("i'll",
  "ill", "im") as the words they stand for.

Real coder, real scorer; the lines are written for these rules."""

from __future__ import annotations

import pytest

from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring._cues_event import describes_event, happened
from roleplay.scoring.scorer import score_transcript

from .conftest import transcript
from .test_judgement_rules_4 import _comp

UP = ConversationType.UNDERPERFORMANCE


# --- the specific example is dated or counted -------------------------------------------------


RAMBLING = [
    "Hiya, sorry I'm late, the traffic was mad. So there's some stuff from last week, nothing "
    "major, just some things I noticed.",
    "Great to see you. Anyway, some things came up in the retro last Thursday that I wanted to "
    "mention.",
    "Morning, how's it going? Some things have been a bit off lately with the tickets, and I "
    "noticed a couple of things on Tuesday.",
    "How was the conference? Good. Listen, there were some issues with the deadlines last "
    "month, a few things slipped.",
    "So, thanks for coming, I know it's been a busy month. There are some things that happened "
    "last week that I want to go over.",
    "Busy week, right? Anyway there are a few things I wanted to raise about how the last "
    "sprint went.",
]

SPECIFIC = [
    "On Tuesday 27 October you wrote \"This is embarrassing\" on Jun's pull request.",
    "Three of your last five shifts started late.",
    "On the last release, three of your tickets were reopened by QA.",
    "I wanted to talk about Tuesday's stand-up, when you told Mia her estimate was nonsense.",
    "Two of the last four releases went out without tests.",
    "Last week you sent the deck to the client without checking the numbers.",
]


@pytest.mark.parametrize("line", RAMBLING)
def test_an_opener_with_something_unnamed_tells_no_event(line: str) -> None:
    assert not happened(line)


@pytest.mark.parametrize("line", SPECIFIC)
def test_a_dated_or_counted_observation_does(line: str) -> None:
    assert happened(line)
    assert any(describes_event(s) for s in [line])


def _feedback_session(opener: str, example: str | None) -> SessionScore:
    lines: list[tuple[str, str]] = [
        ("manager", opener),
        ("report", "Okay. What's up?"),
    ]
    if example:
        lines += [("manager", example), ("report", "Right. Yeah, I know.")]
    lines += [
        ("manager", "What's been going on from your side?"),
        ("report", "It's been a lot, honestly."),
        ("manager", "Going forward I need tests on every ticket before it goes to QA."),
        ("report", "Okay."),
        ("manager", "What would help you do that?"),
        ("report", "Maybe someone to pair with at first."),
    ]
    return score_transcript(transcript(*lines), UP)


@pytest.mark.parametrize("opener", RAMBLING)
def test_the_rambling_opener_is_never_quoted_as_the_example(opener: str) -> None:
    fd = _comp(_feedback_session(opener, None), Competency.FEEDBACK_DELIVERY)
    assert not [e for e in fd.evidence if e.note == "specific example"], fd.evidence
    assert not [w for w in fd.went_well if w.startswith("Specific example")], fd.went_well


@pytest.mark.parametrize("example", SPECIFIC[:4])
def test_the_dated_example_after_it_is(example: str) -> None:
    fd = _comp(_feedback_session(RAMBLING[0], example), Competency.FEEDBACK_DELIVERY)
    quoted = [e for e in fd.evidence if e.note == "specific example"]
    assert [e.turn for e in quoted] == [2], fd.evidence


# --- the planning card: one quote per turn, chat forms read as their words ---------------------


def _plan_session(plan: str, follow: str) -> SessionScore:
    return score_transcript(transcript(
        ("manager", "Thanks for coming in. On the last release three of your tickets were "
                    "reopened by QA, and QA spent two days retesting."),
        ("report", "I know. I keep thinking I've tested things."),
        ("manager", "What's been getting in the way?"),
        ("report", "I can't run the integration tests on my laptop."),
        ("manager", "What would help you test properly?"),
        ("report", "Maybe if someone could sit with me on the setup."),
        ("manager", plan),
        ("report", "Okay. That would help."),
        ("manager", follow),
        ("report", "Okay."),
    ), UP)


PLANS = [
    ("I'll pair you with Kasia on the next ticket and we'll check in on Friday at 2.",
     "You'll get the tests running on your laptop by Wednesday."),
    ("i'll pair you with kasia on the next ticket and we'll check in on friday at 2",
     "you'll get the tests running on your laptop by wednesday"),
    ("ill pair you with kasia on the next ticket and well check in on friday at 2",
     "youll get the tests running on your laptop by wednesday"),
    ("OK so ill sort out a test laptop for you by Monday, and I'll check in with you on "
     "Thursday the 10th.", "And you'll run the full suite before every merge from Monday."),
    ("Right. I'll ask Kasia to sit with you on the setup this week, and we'll review it "
     "together next Tuesday.", "So you'll have the suite running by Friday."),
]


@pytest.mark.parametrize(("plan", "follow"), PLANS)
def test_each_turn_is_quoted_once_on_the_planning_card(plan: str, follow: str) -> None:
    dp = _comp(_plan_session(plan, follow), Competency.DEVELOPMENT_PLANNING)
    turns = [e.turn for e in dp.evidence]
    assert len(turns) == len(set(turns)), dp.evidence
    praised = [w[w.rfind("(turn"):] for w in dp.went_well]
    assert len(praised) == len(set(praised)), dp.went_well
    assert dp.score is not None and dp.score >= 4, dp.summary


def test_a_turn_with_three_parts_names_them_in_one_quote() -> None:
    dp = _comp(_plan_session(*PLANS[0]), Competency.DEVELOPMENT_PLANNING)
    six = [e for e in dp.evidence if e.turn == 6]
    assert len(six) == 1 and "support offered" in six[0].note and "follow-up" in six[0].note
    assert any(w.startswith("Next step, support and follow-up") for w in dp.went_well), \
        dp.went_well


@pytest.mark.parametrize("cased", [0, 1, 2])
def test_lower_case_and_chat_forms_give_the_same_card(cased: int) -> None:
    """"I'll", "i'll" and "ill" are the same words: the same level, notes and praise."""
    base = _comp(_plan_session(*PLANS[0]), Competency.DEVELOPMENT_PLANNING)
    other = _comp(_plan_session(*PLANS[cased]), Competency.DEVELOPMENT_PLANNING)
    assert other.score == base.score and other.summary == base.summary
    assert [(e.turn, e.note) for e in other.evidence] == [(e.turn, e.note) for e in base.evidence]
    assert [w.split(":")[0] for w in other.went_well] == [w.split(":")[0] for w in base.went_well]


@pytest.mark.parametrize(("door", "quoted"), [
    ("If you need anything, I'm around whenever you want a chat.", False),
    ("if you need anything im around whenever you want a chat", False),
    ("im always around whenever you need me, my doors open", False),
    ("I'll talk to ops about moving your Monday start.", True),
    ("ill talk to ops about moving your monday start", True),
])
def test_an_open_door_in_chat_forms_is_not_praised_as_support(door: str, quoted: bool) -> None:
    dp = _comp(_plan_session(door, "You'll get the tests running on your laptop by Wednesday."),
               Competency.DEVELOPMENT_PLANNING)
    assert any("support" in w.split(":")[0].lower() and "(turn 6)" in w
               for w in dp.went_well) is quoted, dp.went_well


@pytest.mark.parametrize(("turn", "code", "quote"), [
    ("Okay, that makes sense, and thank you for being so honest about all of it. I'll send you "
     "the checklist tonight and I'll go through it with you on Thursday.", "support_offer",
     "I'll send you the checklist tonight"),
    ("Okay. I hear you, and that sounds like a lot to be carrying around. I'll talk to ops about "
     "your Monday start. We'll review it on the 12th.", "follow_up", "We'll review it on the 12th"),
    ("okay. i hear you and that sounds like a lot to be carrying around. ill talk to ops about "
     "your monday start. well review it on the 12th.", "commitment", "ill talk to ops"),
    ("Right, good, that's really helpful to hear from you today, thank you. Let's meet again on "
     "Tuesday 8 December to see how the pairing went.", "follow_up", "Let's meet again"),
    ("Thanks, that's really useful context for me to have going into this. You'll get the suite "
     "running by Wednesday, and I'll check in with you on Thursday.", "commitment",
     "You'll get the suite running"),
])
def test_a_plan_is_quoted_by_the_sentence_that_makes_it(turn: str, code: str, quote: str) -> None:
    from roleplay.domain.codes import Code
    from roleplay.scoring.moves import quote_for

    assert quote_for(turn, {Code(code)}, 90).startswith(quote)



@pytest.mark.parametrize(("line", "event"), [
    ("i wanted to mention a couple of things i've noticed at crit on thursday the 22nd you had "
     "your camera off and said nothing from me", True),
    ("A few things from last week: on Tuesday you left the handover without a note.", True),
    ("and two of the junior designers asked me afterwards where you were they really miss your "
     "input", False),
    ("Two of the engineers think it could be better.", False),
    ("Some things from last week, nothing major.", False),
])
def test_a_vague_lead_in_beside_what_they_did_is_still_the_example(line: str, event: bool) -> None:
    assert happened(line) is event


@pytest.mark.parametrize(("word", "other"), [
    ("flagging", "flag"), ("stopped", "stop"), ("planned", "plan"), ("shipping", "ship"),
    ("dropped", "drops"),
])
def test_a_doubled_consonant_before_ing_or_ed_meets_its_word(word: str, other: str) -> None:
    from roleplay.scoring._cues_listening import stem

    assert stem(word) == stem(other)


@pytest.mark.parametrize(("word", "other"), [
    ("missed", "miss"), ("called", "call"), ("staffed", "staff"), ("passed", "pass"),
    ("fizzing", "fizz"),
])
def test_a_word_ending_in_a_double_letter_keeps_it(word: str, other: str) -> None:
    from roleplay.scoring._cues_listening import stem

    assert stem(word) == stem(other) == other


@pytest.mark.parametrize(("typed", "written"), [
    ("hey sorry im late, back to back. u ok?", "hey sorry I'm late, back to back. you ok?"),
    ("look i need u in at 9 from now on ok?", "look I need you in at 9 from now on ok?"),
    ("ill check in with u next week", "I'll check in with you next week"),
    ("so ur shifts, u were late", "so your shifts, you were late"),
    ("i was feeling ill last week", "I was feeling ill last week"),
    ("Understood. You'll send it by Friday.", "Understood. You'll send it by Friday."),
])
def test_a_rewrite_reads_chat_forms_as_their_words(typed: str, written: str) -> None:
    from roleplay.scoring.rewrites import spelled_out

    assert spelled_out(typed) == written


def test_a_chat_check_in_is_rewritten_without_its_chat_forms() -> None:
    from roleplay.domain.codes import Code, Primary, TurnCoding
    from roleplay.scoring.rewrites import rewrite

    rw = rewrite(1, "hey sorry im late, back to back today. u ok?",
                 TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION})),
                 None, (Code.CLOSED_QUESTION,))
    assert rw is not None and " u" not in rw.suggestion and "you u" not in rw.suggestion, rw


@pytest.mark.parametrize(("step", "dated"), [
    ("I'll check in with you next week sometime.", False),
    ("ill check in with u next week sometime", False),
    ("You'll send me the rota at some point next week.", False),
    # (a check-in booked alone is the follow-up, no step: J45, "We meet again Tuesday at 3.")
    ("You'll send me the rota next Tuesday at 10.", True),
    ("you'll send the rota by friday the 4th", True),
])
def test_a_step_with_no_day_named_is_not_dated(step: str, dated: bool) -> None:
    dp = _comp(_plan_session(step, "Okay, thanks for listening."),
               Competency.DEVELOPMENT_PLANNING)
    assert any(e.turn == 6 and "next step with a date" in e.note for e in dp.evidence) is dated, \
        dp.evidence
