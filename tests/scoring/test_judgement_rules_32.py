"""Judgements missed (issue 11, K2, the seventy-eighth pass): a peer in the same conditions as
them with the count that shames ("Tomasz came to checkout the same month as you. ... Tomasz, one.
One!") and their whole way of working to be a colleague's ("From today you copy Tomasz's way of
working.") are labels; a drink offered before the talk ("Do you want a glass of water? Then we
talk") judges no one and offers no help with the work; nagging said to be their habit in British
and Scots speech ("yer always at it hen every meeting you are at somebody") is a label; their
apology waved off in Scots or after an assent ("sorry disnae pay the roofers pal") is blame. The
hard negatives stay clear: a colleague who joined with them offered as help, a plan's "same
shift", a named habit to pick up from a colleague, hospitality beside a jab, the manager's own
habit, hard work praised, and an apology eased. Every line here was written for these tests."""

import pytest

from roleplay.domain.codes import Code

_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


# --- a peer in the same conditions, and the count that shames ---

@pytest.mark.parametrize("line", [
    "Tomasz came to checkout the same month as you. Tomasz, five. You, one. One!",
    "Marek started on the line the same week as you. Your tickets, twelve back from QA. His, two.",
    "the depot in leeds runs the same routes as you and they were three drops short all month",
    "hana was on the same rota same weather so explain that one to me",
])
def test_a_peer_in_the_same_conditions_with_a_count_is_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, None).codes


@pytest.mark.parametrize("line", [
    "Tomasz came to checkout the same month as you. He is a good person to ask about the two "
    "release branches.",
    "Kasia joined the same month as you and found it hard too, two months before it clicked. "
    "Ask her.",
    "Priya has the same caseload as you, so the two of you could split the Monday calls.",
    "So we agree: you'll flag any missing signature to me the same shift, and I'll fix the break "
    "rota by Friday.",
    "You had the same shift as Giulia and there were zero complaints, well done.",
])
def test_a_peer_named_without_a_verdict_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, None).codes & _JUDGING


# --- their whole way of working to be someone else's ---

@pytest.mark.parametrize("line", [
    "From today you copy Tomasz's way of working.",
    "From today you copy Tomasz's way of working. He reviews your code before QA.",
    "From now on you copy Amira's approach, end of story.",
])
def test_their_way_of_working_to_be_a_colleagues_is_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, None).codes


@pytest.mark.parametrize("line", [
    "Copy Sam's checklist for the close, it works.",
    "I'd never ask you to copy Tomasz's way of working, you have your own.",
    "From today you send me the close sheet by five.",
])
def test_a_habit_to_pick_up_or_a_copy_denied_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, None).codes


# --- a drink offered before the talk ---

@pytest.mark.parametrize("line", [
    "Sit down Priya. Do you want a glass of water? Then we talk about the sprints.",
    "Do you want a glass of water? Then we talk",
    "Hi Priya. Do you want a coffee? Then we talk about the sprints.",
])
def test_a_drink_offered_before_the_talk_judges_no_one(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, None).codes
    assert not codes & (_JUDGING | {Code.SUPPORT_OFFER}), codes


@pytest.mark.parametrize("line", [
    "Do you want some water? You're useless.",
    "Do you want a glass of water? Then we talk about why you keep messing up.",
    "Do you want a glass of water? Then we talk about what you did to Ana.",
])
def test_a_drink_beside_a_jab_keeps_the_jab(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert coder.code(line, None).codes & _JUDGING


# --- nagging said to be their habit, in British and Scots speech ---

@pytest.mark.parametrize("line", [
    "yer always at it hen every meeting you are at somebody",
    "yer forever at somebody, every shift the same",
    "you're at it again, Kev, every single briefing",
    "ye're aye at it, every single shift",
])
def test_nagging_called_their_habit_is_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, None).codes


@pytest.mark.parametrize("line", [
    "I'm always at it with the rota myself",
    "you are at the team meeting on Friday",
    "Are you at somebody's desk?",
])
def test_the_manager_or_a_place_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, None).codes


# --- their apology waved off, in Scots or after an assent ---

@pytest.mark.parametrize(("context", "line"), [
    ("I know. I'm sorry.", "sorry disnae fix the roof pal"),
    ("im sorry i keep making the same mistake", "aye sorry doesnt bring the van back"),
])
def test_an_apology_waved_off_is_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("I'm sorry.", "yeah sorry doesnt help anyone, lets just fix it together"),
    ("I'm so sorry.", "aye sorry isnae needed, these things happen"),
])
def test_an_apology_eased_is_no_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


# --- a fault said to be always theirs, or their excuse always someone else ---

@pytest.mark.parametrize(("context", "line"), [
    ("My crowns came back for adjustment.", "Your crowns always come back. Everybody in the lab "
     "knows it."),
    ("The bus was late again.", "The bus, the app, the rota. Never it's you."),
    ("The pallets were wrong.", "Your pallets are forever short, every single week."),
    ("The till was short.", "It is always someone else with you, the supplier, the bank, the "
     "float."),
    ("The label printer keeps jamming.", "Hmm, maybe it's how you stack them? You're kind of "
     "always in a rush with it."),
])
def test_a_fault_always_theirs_is_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, context).codes


def test_the_lapses_always_theirs_are_blame(coder) -> None:  # type: ignore[no-untyped-def]
    line = "Twelve jobs, fine, but the jobs that come back are always yours."
    assert Code.BLAME in coder.code(line, "I did twelve jobs this week.").codes


@pytest.mark.parametrize("line", [
    "Your work is always spot on, honestly.",
    "The best ideas in that room are always yours, honestly.",
    "The ones that come back are always yours to fix first, that's the rota, nothing personal.",
    "I'm always in a rush myself on Mondays.",
    "You're never late, that's what I love about you.",
])
def test_praise_a_task_or_the_managers_habit_is_no_verdict(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, None).codes & _JUDGING


# --- their ability or their will doubted in a question ---

@pytest.mark.parametrize(("context", "line"), [
    ("The booking app is new.", "Oh, is the booking app too complicated for you, Dev?"),
    ("The new portal is different.", "Oh dear, is the portal too complicated for you?"),
    ("I can guess.", "Do you even care about this club, or is it just the wages?"),
])
def test_ability_or_will_doubted_in_a_question_is_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, context).codes
    assert Code.LABEL in codes and Code.REFLECTION not in codes, codes


@pytest.mark.parametrize("line", [
    "Is this too much for you right now, with your dad ill? We can move the deadline.",
    "Good, good. Is the workload too much?",
    "Is the new system too complicated for you? I can sit with you Friday.",
    "Is it too hard for you to get here by nine with the new bus times?",
    "Was it too hard for you to find the form? It's buried on the intranet.",
    "Do you even want this promotion? It's okay if not.",
])
def test_care_or_a_hard_task_asked_about_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, None).codes & _JUDGING
