"""What the learned head still misread (issue 11, L8): encouragement about people who ask for help
and keeping the meeting going are no threats; an ask for notice with HR as the other choice is a
threat, not support; the manager holding back ("I don't want to keep asking") is no reflection
when nothing of theirs is said back; favours recited from the past are no support; their
interest called a hobby, their crew said always to be at fault and "Very senior of you." are
labels; their role named last after a lapse ("and youre the branch manager so") is blame; "It
stops." and where problems go first are expectations; short praise straight after they tell how
something went is praise, not sarcasm read from their line. Careful lines stay clear: a rule of
the place for people who slip, a fair other choice, a real reflection, help offered now, a plain
fact about a workshop, praise of their crew, sincere thanks, a question about their role, a
fact that stops, and praise after a lapse they owned. Every line here was written for these
tests."""

import pytest

from roleplay.domain.codes import Code, Primary

_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


# --- 1. no threat: encouragement, the meeting kept going ----------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    (None, "People who ask for help don't stay stuck for long."),
    ("I've been stuck on the migration since Monday.",
     "People who ask for help don't stay stuck for long."),
    (None, "Hang on, I'm not letting you go yet, one more thing."),
    ("Is that everything? I've got the delivery at three.",
     "Hang on, I'm not letting you go yet, one more thing."),
])
def test_encouraging_or_keeping_them_is_no_threat(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


@pytest.mark.parametrize("line", [
    "people who skip handovers don't last on my ward",
    "I'll say it gently. People who treat the rota as a suggestion do not stay very long on a "
    "team like this one.",
    "I'm not letting you go. Yet.",
    "I'm not letting you go yet, one more slip and you're out.",
    "People who ask for help don't stay stuck for long. If it happens again, it goes on your "
    "file.",
])
def test_a_rule_of_the_place_or_their_job_held_open_stays_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line).codes


# --- 2. an ask for notice with HR as the other choice -------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    (None, "If you're off again, just let me know the night before, or it goes to HR."),
    ("Sorry, it was the bus again.",
     "If you're off again, just let me know the night before, or it goes to HR."),
])
def test_notice_asked_or_it_goes_to_hr_is_a_threat(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert {Code.THREAT, Code.EXPECTATION} <= coding.codes, coding.codes
    assert Code.SUPPORT_OFFER not in coding.codes


@pytest.mark.parametrize("line", [
    "If you're off again, just let me know the night before, or text Sam if that's easier.",
    "If you're going to be off, just give me a heads-up the night before.",
])
def test_notice_with_a_fair_other_choice_stays_clear(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line)
    assert Code.EXPECTATION in coding.codes
    assert not coding.codes & _JUDGING


# --- 3. holding back is no reflection -----------------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I've been covering the late shifts for three weeks and I'm shattered.",
     "You've already done a lot. I don't want to keep asking."),
    ("I did the rota and the audit.", "You've already done a lot. I don't want to keep asking."),
])
def test_the_manager_holding_back_is_no_reflection(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.REFLECTION not in coding.codes, coding.codes
    assert not coding.codes & _JUDGING


@pytest.mark.parametrize(("context", "line"), [
    ("I've been covering the late shifts for three weeks and I'm shattered.",
     "Three weeks of late shifts, you're shattered. I don't want to keep asking."),
    ("I've been covering the late shifts for three weeks and I'm shattered.",
     "You sound exhausted. I don't want to keep asking."),
])
def test_their_words_said_back_beside_it_stay_a_reflection(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.REFLECTION in coder.code(line, context).codes


# --- 4. past favours are no support -------------------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I don't think that's me.",
     "I want to tell you something. I went to the director three times to get you the pod lead "
     "role. Three times. I put my own name on the line for you."),
])
def test_favours_recited_are_no_support(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.SUPPORT_OFFER not in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("I don't think that's me.",
     "I went to the director three times to get you the pod lead role, and I'll go again for "
     "whatever role you want next."),
    ("I don't think that's me.",
     "I went to the director three times for the pod lead role. I can set up a chat with the "
     "teaching team this week if you'd like."),
])
def test_help_offered_now_stays_support(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.SUPPORT_OFFER in coder.code(line, context).codes


# --- 5. their interest called a hobby -----------------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I don't think that's me.", "A workshop is not a career. It is a hobby."),
    ("I don't think that's me.", "Mentoring is a hobby, not a career."),
])
def test_their_interest_called_a_hobby_is_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.LABEL in coding.codes, coding.codes
    assert Code.INFORMATION not in coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("Is the workshop a formal part of the programme?",
     "The workshop is not a course. It runs as an informal session on Thursdays."),
    ("Should I take the lead role?", "This is not a career decision you have to make today."),
])
def test_a_plain_fact_about_a_workshop_is_no_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, context).codes


# --- 6. their crew always at fault, their role named last, sarcasm of rank ----------------------

@pytest.mark.parametrize(("context", "line"), [
    (None, "your lot are always short somebody"),
    ("Yes.", "Your crew are always slow on the dock, the whole yard sees it."),
    ("Okay.", "Very senior of you."),
])
def test_crew_at_fault_or_rank_mocked_is_a_label(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.LABEL in coding.codes, coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize(("context", "line"), [
    ("Okay, boss.",
     "so the depot on saturday was down two drivers and nobody called agency and youre the "
     "shift lead so"),
    (None, "and youre the branch manager so"),
])
def test_their_role_named_last_is_blame(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Thanks.", "Your lot are always on time, it's great."),
    ("I did the full regression suite.", "Very thorough of you, thanks."),
    ("I sorted the handover myself.", "Very senior of you, thank you."),
    (None, "You're the branch manager, so what would you change first?"),
])
def test_crew_praised_or_thanks_is_no_judgement(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


# --- 7. "It stops." ----------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I told the whole team it was their fault.",
     "It stops. Problems with a build go to Leo first, privately."),
    (None, "It stops."),
    ("I'm sorry, I shouldn't have shouted at Leo.", "It stops."),
])
def test_it_stops_is_an_expectation(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.EXPECTATION in coding.codes, coding.codes
    assert Code.INFORMATION not in coding.codes
    assert coding.primary == Primary.INPUT


@pytest.mark.parametrize(("context", "line"), [
    ("The noise from the fans, does it stop?", "It stops when the build finishes."),
    ("Sometimes the alarm keeps going.", "Press the red one and it stops."),
])
def test_a_thing_that_stops_is_no_expectation(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.EXPECTATION not in coder.code(line, context).codes


# --- 8. short praise after they tell how it went ------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I finished the mural in the canteen.", "Stunning. Well done."),
    ("I logged every parcel by hand when the system went down.",
     "Wow, every last one by hand. That's a proper day's work, well done."),
    ("I've been practising the new booking system at home.",
     "You have? That's great, really good to see."),
    ("Can I go? The close is done.", "Sure. Good shift."),
])
def test_short_praise_after_their_news_is_no_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.LABEL not in coding.codes, coding.codes
    assert Code.AFFIRMATION in coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("The goats weren't milked on time Sunday, I slept in.", "You slept in. Well done. Great "
                                                             "effort."),
    ("I forgot to send the report to the client.", "Brilliant work, really."),
    ("I finished the audit.", "Finally. Well done."),
])
def test_praise_after_a_lapse_or_with_a_sneer_stays_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, context).codes
