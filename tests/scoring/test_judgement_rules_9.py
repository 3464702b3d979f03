"""Twenty-seventh pass of the judgement rules (issue 11), from the blind unseen-15 sessions: four
skilled managers were told "You threatened the person" or "You labelled the person" for careful
lines (an invitation to tell what they hold back, a denial in "I don't reckon", "take as long as
you like"), and one stated bar was read as a question. Each class is checked on its guard too:
the same shapes with pressure or a judgement in them keep their code."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


def _coded(text: str, context: str | None = None) -> tuple[Primary, set[Code]]:
    r = default_coder().code(text, context)
    return r.primary, set(r.codes)


@pytest.mark.parametrize(("context", "text"), [
    ("I'm not really management material, I don't think.",
     "if youve got it in your head that managing people is the only way up here then id really "
     "like to hear about that because its not the only road"),
    ("It's hard to care when you're not sure what you're working towards.",
     "If somebody promised you something before the reorg and then it disappeared, I want to know "
     "it. Maybe I cannot fix everything, but if I don't know, I cannot fix nothing."),
    ("I'd rather not say.",
     "If there's something going on at home that's making the shifts hard, I'd genuinely like to "
     "know about it."),
])
def test_an_invitation_to_tell_on_a_condition_is_no_threat(context: str, text: str) -> None:
    assert Code.THREAT not in _coded(text, context)[1]


@pytest.mark.parametrize("text", [
    "If you can't hit Friday, I want to know why, because there are plenty of people who'd take "
    "your job.",
    "If you're late again I want to know the reason, and it goes on your file.",
])
def test_the_same_condition_with_a_consequence_is_still_a_threat(text: str) -> None:
    assert Code.THREAT in _coded(text, "Fine.")[1]


@pytest.mark.parametrize("text", [
    "I don't reckon you're careless, not for a second. You care heaps, I can see that.",
    "i dont reckon youre lazy mate not for a minute",
    "I don't suppose you're being careless on purpose, and I don't think you are careless.",
])
def test_a_judgement_denied_with_reckon_or_suppose_is_no_label(text: str) -> None:
    assert Code.LABEL not in _coded(text, "Okay.")[1]


def test_reckon_without_the_denial_is_still_a_label() -> None:
    assert Code.LABEL in _coded("I reckon you're careless, mate. Simple as that.", "Okay.")[1]


@pytest.mark.parametrize("text", [
    "take as long as you like now",
    "Take as long as you want.",
])
def test_giving_them_time_is_no_threat(text: str) -> None:
    primary, codes = _coded(text, "I really did mean to keep to it. All of it.")
    assert not codes & {Code.THREAT, Code.LABEL, Code.BLAME}
    assert primary == Primary.OTHER


def test_a_stated_need_in_recogniser_text_is_an_expectation_not_a_question() -> None:
    primary, codes = _coded(
        "what i do need is 2 things a date you give me is one you can actually hit and when "
        "something slips i hear it from you on the day", "It's fine. Just busy.")
    assert Code.EXPECTATION in codes
    assert Code.OPEN_QUESTION not in codes
    assert primary == Primary.INPUT


@pytest.mark.parametrize("text", [
    "And I have to be clear also: the role needs you in the crit, it needs the onboarding states "
    "complete, and it needs your eyes in Figma again. This part is not negotiable.",
    "Logging every call before you leave. That's non-negotiable.",
])
def test_a_bar_named_as_not_negotiable_is_an_expectation(text: str) -> None:
    assert Code.EXPECTATION in _coded(text, "It's fine. Just busy.")[1]


def test_not_negotiable_beside_a_threat_keeps_the_threat() -> None:
    codes = _coded("This is not negotiable. Miss one more and you're out.", "Fine.")[1]
    assert Code.THREAT in codes


@pytest.mark.parametrize("text", [
    "so heres what well do you turn your camera on for crit and get those onboarding screens "
    "finished up sound good",
    "So here's what we'll do: you turn your camera on for crit and get those screens finished. "
    "Sound good?",
])
def test_a_plan_announced_with_who_does_what_is_a_step(text: str) -> None:
    primary, codes = _coded(text, "It's fine. Just busy.")
    assert Code.COMMITMENT in codes
    assert primary == Primary.INPUT


def test_a_plan_announced_to_think_is_no_step() -> None:
    assert Code.COMMITMENT not in _coded(
        "Here's what we'll do, I think about it and come back to you.", "Fine.")[1]


# --- from the blind unseen-16 sessions -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "I don't think you became careless, Tom, not at all. Two misses in a month is not like you.",
    "I don't believe for a second that you've turned lazy.",
])
def test_a_judging_word_denied_in_the_managers_own_voice_is_no_label(text: str) -> None:
    assert Code.LABEL not in _coded(text, "The rota was a mess that week.")[1]


@pytest.mark.parametrize("text", [
    "I think you became careless, Tom.",
    "Plenty of people manage to review a draft without calling it rubbish.",
])
def test_a_judging_word_not_denied_by_the_manager_stays_a_label(text: str) -> None:
    assert Code.LABEL in _coded(text, "I'm just direct.")[1]


def test_no_need_for_the_story_only_what_helps_is_room_not_a_verdict() -> None:
    codes = _coded("If something outside work is eating the time, I don't need the story, only "
                   "what would make it lighter.", "I'm not being difficult.")[1]
    assert not codes & {Code.LABEL, Code.THREAT}


def test_no_need_for_the_story_alone_still_waves_them_away() -> None:
    assert Code.LABEL in _coded("I don't need the story.", "The bus was late again.")[1]


def test_no_process_started_today_is_no_threat() -> None:
    codes = _coded("Easy, Sam. Sit down. Nobody is starting any process today.",
                   "Right. I'll get my side in writing, then.")[1]
    assert Code.THREAT not in codes


def test_no_process_started_yet_is_still_a_threat() -> None:
    assert Code.THREAT in _coded("Nobody is starting any process yet.", "Fine.")[1]


def test_a_run_of_dated_facts_is_the_example_not_blame() -> None:
    codes = _coded("Here's what the rota shows. Tue 3 Nov, you rang in sick at 0850. Mon 9 Nov, "
                   "you clocked in at 0940, and the shift starts at 0900. Mon 16 Nov, sick again "
                   "at 0855, with no text the night before.", "So I'm being watched now.")[1]
    assert Code.OBSERVATION in codes
    assert not codes & {Code.BLAME, Code.LABEL}


def test_dated_facts_with_the_fault_put_on_them_stay_blame() -> None:
    codes = _coded("The fridge ran out on Tuesday because you did not do the order on Monday. "
                   "On Wednesday the delivery was short too.", "It wasn't my fault.")[1]
    assert Code.BLAME in codes


def test_sounds_to_me_like_with_a_check_is_a_reflection() -> None:
    primary, codes = _coded(
        "Sounds to me like the part that lights you up is the moment someone finally gets it. "
        "Tell me if I'm off the beat there.",
        "I think the days I like most are when I'm helping someone understand something.")
    assert Code.REFLECTION in codes
    assert primary == Primary.REFLECTION


def test_not_afraid_of_silence_only_gives_time() -> None:
    primary, codes = _coded("Take all the time you need. I'm not afraid of dead air.",
                            "If this is a formal process, just say so.")
    assert not codes
    assert primary == Primary.OTHER


def test_playing_it_back_is_a_summary() -> None:
    codes = _coded("So, playing it back: you're strong at teaching, the lead role isn't the only "
                   "road, and we talk again on the 15th. Anything I left out?", "Yes.")[1]
    assert Code.SUMMARY in codes


def test_the_plan_bending_to_how_things_are_for_them_is_no_threat() -> None:
    codes = _coded("And if things with your mum look different now from when we set the plan, "
                   "then the plan should change with them. You asked once already, and asking "
                   "again is not taking liberties. I mean that.",
                   "The hours thing doesn't really work anymore. It's complicated.")[1]
    assert Code.THREAT not in codes


def test_the_plan_changing_as_a_consequence_is_still_a_threat() -> None:
    assert Code.THREAT in _coded("If you miss one more date, the plan will change and it goes to "
                                 "HR.", "Fine.")[1]


def test_what_i_need_then_how_i_hear_of_it_is_an_expectation() -> None:
    primary, codes = _coded(
        "What I do need, whatever the plan looks like: when a date is in trouble, I hear it from "
        "you that same day.", "I know I cancelled. I had a reason.")
    assert Code.EXPECTATION in codes
    assert primary == Primary.INPUT


# --- from the day's play-through as a direct British manager (brilliant-jerk) ----------------


def test_an_offer_then_its_question_as_a_sentence_of_its_own_is_support_not_advice() -> None:
    codes = _coded(
        "I could set up a weekly half hour for you to pair with Sam on the indexer, so your "
        "standards get passed on instead of fought over. Would that help?",
        "I could run a couple of sessions on the indexer.")[1]
    assert Code.SUPPORT_OFFER in codes
    assert Code.ADVICE not in codes


def test_their_standard_said_back_is_no_expectation() -> None:
    codes = _coded("So from your side, the bar on the indexer matters a lot, and it's frustrating "
                   "when changes land that could break it. Is that fair?",
                   "You want the honest answer or the good one?")[1]
    assert Code.REFLECTION in codes
    assert Code.EXPECTATION not in codes
