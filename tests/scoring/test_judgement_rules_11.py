"""Issue 11, twelfth day (the lead): the classes the blind unseen-17 sessions showed, each with
lines written for the test (the sessions' own lines are not copied here)."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder

CODER = default_coder()


def _code(text: str, context: str | None = "I've been trying, honestly.") -> set[Code]:
    return set(CODER.code(text, context).codes)


# --- careful lines the coder read as judgements -------------------------------------------


@pytest.mark.parametrize("line", [
    # a denial in Scots or Geordie denies as it does in English
    "I dinnae think for a minute you're lazy, I think the rota's been brutal.",
    "AND I DIVVENT THINK FOR ONE SECOND THAT YOURE SLOPPY",
    # a thing named as the problem, and them cleared of it
    "I'm not trying to be difficult. || I am not saying your points are wrong. Most of them are "
    "right. It is the channel and the timing that is the problem, not your intention.",
    # a verdict in any words, denied in the manager's own voice, praise after it
    "I say this not to count your errors. I am not thinking you stopped caring. Quite opposite, "
    "somebody who works at midnight cares very much.",
])
def test_a_careful_line_is_not_a_label(line: str) -> None:
    context, _, text = line.rpartition(" || ")
    assert Code.LABEL not in _code(text, context or "I've been doing them at night."), line


@pytest.mark.parametrize("line", [
    "It's the attitude that was the problem, not your skill.",
    "It's your tone that's the problem, not the channel.",
    "I don't think you've given up. You're just lazy.",
    "A lot of people here think the only way up is managing. Honestly, you'd be useless at it.",
])
def test_a_verdict_beside_such_a_frame_stays_a_label(line: str) -> None:
    assert Code.LABEL in _code(line), line


def test_what_the_place_believes_is_not_a_verdict_on_them() -> None:
    codes = _code("A lot of folk here think the only way up is running a team. I get why it looks "
                  "that way. If another path appeals to you, even one you've only read about, "
                  "you can say it here, nobody will judge you.",
                  "I'd want it to still count as progress.")
    assert not codes & {Code.LABEL, Code.THREAT}, codes


def test_an_invitation_put_as_a_condition_is_not_a_threat() -> None:
    assert Code.THREAT not in _code("If some other kind of job appeals to you, you can say it "
                                    "here, nobody will think less of you.")
    assert Code.THREAT in _code("If you're not happy, you can say it, but there are plenty of "
                                "people who want your job.")


def test_jobs_that_ended_over_less_is_a_threat() -> None:
    assert Code.THREAT in _code("Jobs at my last place ended over much less. Think on.")
    assert Code.THREAT not in _code("Our stand-ups ended over less coffee than usual.")


def test_how_they_are_asked_without_the_verb_is_care_not_a_label() -> None:
    coding = CODER.code("Everything fine with you? You good?", "It's fine. I'm handling it.")
    assert not set(coding.codes) & {Code.LABEL, Code.BLAME}, coding
    assert Code.CLOSED_QUESTION in coding.codes
    assert Code.LABEL in _code("You good? Because this is sloppy.", "It's fine. I'm handling it.")


# --- what the manager did, read as what it is -----------------------------------------------


@pytest.mark.parametrize("line", [
    "Let me repeat to check: Kasia pairs with you Tuesday, the tests go in first, and we meet "
    "again on the 9th. Did I miss a piece?",
    "So let me say it back: crit on Thursdays, the states by Friday, and me chasing the lead "
    "answer. Anything I dropped?",
])
def test_a_recap_in_a_learners_or_plain_frame_is_a_summary(line: str) -> None:
    assert Code.SUMMARY in _code(line, "Yes, that works for me."), line


def test_let_me_repeat_before_a_verdict_is_no_summary() -> None:
    assert Code.SUMMARY not in _code("Let me repeat: you are late again.")


def test_what_the_role_needs_from_them_is_an_expectation() -> None:
    codes = _code("What the job needs from you, whatever else we decide: the handover notes "
                  "written up before you leave each night.")
    assert Code.EXPECTATION in codes, codes


def test_the_managers_own_move_announced_is_not_an_open_question() -> None:
    coding = CODER.code("so what im gonna do is put you down for the lead track next year and we "
                        "can change it later", "I'm not sure.")
    assert Code.OPEN_QUESTION not in coding.codes, coding
    assert coding.primary is not Primary.QUESTION


def test_a_spoken_wh_question_is_a_question_not_a_reflection() -> None:
    coding = CODER.code("so where do you see yourself in like two years",
                        "That's kind. It didn't feel like a big deal.")
    assert coding.primary is Primary.QUESTION, coding
    assert Code.REFLECTION not in coding.codes


# --- from the blind unseen-18 sessions -----------------------------------------------------


@pytest.mark.parametrize("line", [
    "This ain't a disciplinary, and your job is not on the line.",
    "yam not in bother and this ay a disciplinary i just want to hear how its goin",
])
def test_a_disciplinary_denied_in_dialect_is_no_threat(line: str) -> None:
    assert Code.THREAT not in _code(line, "Go on then."), line
    assert Code.THREAT in _code("This ain't a disciplinary yet, but it will be.")


def test_what_cannot_bend_is_an_expectation() -> None:
    codes = _code("What can't bend is this: on the queue at 9:00, and if you're not gonna make "
                  "it, a text to me by 8:00, so Priya isn't left holding the bag.",
                  "Okay. That's fairer than I expected.")
    assert Code.EXPECTATION in codes, codes


def test_to_check_ive_got_it_is_a_recap() -> None:
    codes = _code("so to check ive got it tests you run yourself before merging a word to me "
                  "the same day if you cant and us again on friday the 27th have i missed "
                  "anything", "Yes. That would really help.")
    assert Code.SUMMARY in codes, codes


def test_sitting_back_down_on_a_day_is_the_follow_up() -> None:
    assert Code.FOLLOW_UP in _code(
        "on my end i can take you off the support rota for a spell and get somebody else to "
        "cover and we might could look at movin your hours if that would help lets sit back "
        "down thursday november the twelfth at our regular time",
        "I could flag it in stand-up the day a date looks at risk, not after it slips. I can "
        "start tomorrow.")
    assert Code.FOLLOW_UP not in _code("so let's sit down Monday, go through the spec line by "
                                       "line, and you'll re-walk the plots by Wednesday.")


@pytest.mark.parametrize("line", [
    "that sounds plumb wore out and i can see it aint easy to say take your time",
    "I can see it isn't easy to say. Take your time.",
])
def test_hardship_acknowledged_in_plain_words_is_a_reflection(line: str) -> None:
    assert Code.REFLECTION in _code(line, "It's been a lot, to be honest."), line
    assert Code.REFLECTION not in _code("I can see it's fixed now.", "It's been a lot.")


def test_a_denied_virtue_is_the_verdict_not_its_denial() -> None:
    # "I don't think you care" says they don't care: only a failing denied reassures (R2)
    from roleplay.scoring._text import canonical
    from roleplay.scoring.settle.denials import _judgement_denied

    assert not _judgement_denied(canonical("I don't think you care about this team."))
    assert not _judgement_denied(canonical("I don't believe you listen."))
    assert _judgement_denied(canonical("I am not thinking you stopped caring."))
