"""The lead's judgement rules from the thirteenth day's blind sessions (unseen-19), issue 11."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    return default_coder()


@pytest.mark.parametrize("text", [
    "If moving your start to half nine would help, I'll take it to HR this week.",
    "And if fewer weekend shifts would really help, I'll raise that with HR for you tomorrow.",
])
def test_a_process_taken_up_for_them_on_a_caring_condition_is_support(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "I'm not answering that.").codes
    assert Code.THREAT not in codes and Code.SUPPORT_OFFER in codes, codes


@pytest.mark.parametrize("text", [
    "If it happens again, I'll take it to HR.",
    "If you want to keep this job, I'd think hard before I take it to HR.",
])
def test_a_process_on_a_condition_about_what_they_do_stays_a_threat(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(text, "I'm not answering that.").codes


@pytest.mark.parametrize("text", [
    "What you do after hours is your business. If any of it is eating into your mornings and you "
    "wanna tell me, I'm not gonna judge, and there's more wiggle room on shifts than people think.",
    "there's a lot more wiggle room on start times than people think",
])
def test_room_offered_is_no_threat(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "It's my business.").codes
    assert Code.THREAT not in codes and Code.SUPPORT_OFFER in codes, codes


def test_room_offered_beside_a_menace_is_still_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("There's some flexibility on the rota, but if you're late once more you're out.")
    assert Code.THREAT in coder.code(text, "It's my business.").codes


@pytest.mark.parametrize("text", [
    "Whatever happens at home is yours to keep.",
    "What goes on outside work is all yours to tell or not, and I won't push.",
])
def test_privacy_given_as_theirs_is_no_blame(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "It's my business.").codes
    assert Code.BLAME not in codes and Code.LABEL not in codes, codes


def test_a_lapse_owned_is_still_blame(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code("The missed callbacks? That one's yours, nobody else's.",
                                    "Tom was meant to cover.").codes


@pytest.mark.parametrize("text", [
    "Thanks to you we hit the deadline.",
    "Because of you, the client renewed.",
    "First thing: you are the reason so many bad builds never reach our customers.",
    "You're the reason the night shift never misses a handover.",
])
def test_what_they_caused_told_with_blames_words_but_good_is_credit(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "Hi.").codes
    assert Code.BLAME not in codes and Code.AFFIRMATION in codes, codes


@pytest.mark.parametrize("text", [
    "You're the reason we never hit a deadline.",
    "Thanks to you we missed the deadline.",
    "Because of you, my whole line works Saturday to redo the stock.",
])
def test_a_bad_outcome_caused_stays_blame(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(text, "Hi.").codes


def test_candour_owed_is_respect_not_blame(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("I'll say it honestly from the start, because you deserve it: I haven't got a plan "
            "for you in my head. There's no right answer I'm waiting to hear.")
    codes = coder.code(text, "Mm. I'm not sure.").codes
    assert not codes & {Code.BLAME, Code.THREAT, Code.LABEL}, codes


@pytest.mark.parametrize("text", [
    "That doesn't mean I think you've gone lazy.",
    "None of this means I think you've gone soft.",
])
def test_a_verdict_denied_by_what_it_does_not_mean_is_no_label(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(text, "I'm not disengaged.").codes


def test_what_it_means_stays_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code("That means you've gone lazy.", "I'm busy.").codes


@pytest.mark.parametrize("text, question", [
    ("fit does it look like fan ye sit doon tae check a change afore ye hand it ower", True),
    ("fit wid ye want tae dae first an by fit day", True),
    ("naebody learns a new boat in 10 weeks so tak yer time theres nae rush", False),
])
def test_scots_and_doric_read_as_the_words_they_stand_for(coder, text, question) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "Checkout is a lot bigger than the web stuff.").codes
    assert (Code.OPEN_QUESTION in codes) is question, codes
    assert not codes & {Code.LABEL, Code.BLAME, Code.THREAT}, codes


def test_english_fit_far_and_fan_keep_their_meaning() -> None:
    from roleplay.scoring._text import canonical
    assert canonical("you fit the role, so far so good, and I'm a big fan") == (
        "you fit the role, so far so good, and i'm a big fan")
    assert canonical("this is nae a row an yere nae in bother") == (
        "this is not a row an you're not in bother")
    assert canonical("9 o yer 14 tickets fae the 12th at 5 o'clock") == (
        "9 of your 14 tickets from the 12th at 5 o'clock")
    # one Scots-looking word is English or a name: "wi-fi", "Mrs. Hale", "Ye Wen"
    assert canonical("the wi-fi was down, far too slow") == "the wi-fi was down, far too slow"
    assert canonical("Mrs. Hale and Ye Wen waited with the kit from noon") == (
        "mrs. hale and ye wen waited with the kit from noon")


def test_a_run_on_denial_with_no_verdict_after_it_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    text = "that doesnt mean i think youve gone lazy or lost your spark i know you havent"
    assert Code.LABEL not in coder.code(text, "I'm not disengaged.").codes


@pytest.mark.parametrize("text", [
    "that doesnt mean i think youve gone soft i think youve gone lazy",
    "that doesnt mean i think youve gone soft but youre lazy",
])
def test_a_run_on_denial_with_a_verdict_after_it_stays_a_label(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(text, "I'm not disengaged.").codes


def test_time_given_with_silence_made_normal_is_holding_the_space(coder) -> None:  # type: ignore[no-untyped-def]
    text = "No rush. In the pub trade we hated a silence, but in here I'm fine with it."
    coding = coder.code(text, "I guess I've always been the one who explains things.")
    assert not coding.codes, coding


def test_time_given_beside_a_tip_keeps_the_tip(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Take your time. You should try sitting with a silence more often in your stand-ups."
    assert Code.ADVICE in coder.code(text, "I don't know.").codes


@pytest.mark.parametrize("text", [
    "Twelve returns this week. Even the Saturday boy gets the labels right.",
    "Even my grandmother could have spotted that typo.",
    "Seven late starts. Even the cleaner turns up before you.",
])
def test_the_least_held_up_as_managing_it_is_a_label(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(text, "It was the bus again.").codes


@pytest.mark.parametrize("text", [
    "Even my manager couldn't see it coming.",
    "Honestly, even the auditors missed it.",
    "Even on a bad week you're the one they ask for.",
])
def test_others_slipping_too_is_no_label(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(text, "I feel terrible about it.").codes


@pytest.mark.parametrize("text", [
    "The oven didn't burn it, you did.",
    "Three orders went out wrong and yeah, that one sits with you.",
    "The bread was flat and that's on your lie-in.",
    "We left forty minutes late and it's your name on the delay log.",
    "The night was a mess and the mess was you.",
])
def test_the_fault_placed_on_them_in_other_idioms_is_blame(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(text, "The oven was too hot.").codes


@pytest.mark.parametrize("text", [
    "The problem is not you, it's the rota.",
    "The problem is you are rushing the transfers, so let's slow them down together.",
    "It wasn't that, it was the rota.",
])
def test_a_cause_named_without_placing_the_fault_is_no_blame(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME not in coder.code(text, "The oven was too hot.").codes


def test_a_load_offered_to_share_is_no_blame(coder) -> None:  # type: ignore[no-untyped-def]
    text = "If too much of it lands with you alone, we will spread it round the team."
    codes = coder.code(text, "So that's on me now? Great.").codes
    assert Code.BLAME not in codes, codes


def test_a_recap_checked_with_anything_left_off_is_a_recap(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("So, end of the day: comments on the change not the person, every change reviewed, "
            "your first step on the date you named, and the two of us on the 8th. Anything I've "
            "left off the list?")
    assert Code.SUMMARY in coder.code(text, "Fine.").codes


def test_work_bent_to_fit_them_with_hr_taken_on_is_support(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("We want you here. If your hours need to bend for a few months, we'll bend them, and "
            "I'll take whatever you need to HR myself on Monday.")
    codes = coder.code(text, "I know I should have said something sooner.").codes
    assert Code.THREAT not in codes and Code.SUPPORT_OFFER in codes, codes


def test_happy_to_sit_a_minute_is_holding_the_space(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Take your time, there's no rush. I'm happy to just sit a minute with you."
    assert not coder.code(text, "Mm.").codes


@pytest.mark.parametrize("text", [
    "Let me sing it back so we're on the same hymn sheet: Marcus has the queue, you flag a "
    "slipping date the same day, and we meet on the 25th. What'd I miss?",
    "Let me check I have the whole picture: the rota is Marcus's, your first step on the day you "
    "named, and Thursday at ten. Something I missed?",
])
def test_recaps_in_other_words(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.SUMMARY in coder.code(text, "Okay.").codes


def test_their_fear_said_back_and_checked_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("And maybe, if I hear right, you feel the only road here goes up to managing people, "
            "and if that road is not for you, you must stay put. Is that close?")
    context = ("Honestly? I don't want to manage people. And it feels like that's the only way "
               "up here, so I just stopped thinking about it. What I actually love is teaching. "
               "I assumed that meant I'd have to leave, and saying I don't want to manage sounds "
               "so unambitious.")
    assert Code.THREAT not in coder.code(text, context).codes


@pytest.mark.parametrize("text", [
    "Nine late starts. Every Monday it is one story.",
    "Every week you've got another excuse.",
])
def test_their_reasons_waved_off_as_the_same_tale_is_a_label(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(text, "So I'm being watched now. Great.").codes


def test_room_to_tell_a_story_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    text = "I know every Monday there's a story at home, and that's okay to tell me."
    assert Code.LABEL not in coder.code(text, "It's been a rough couple of months.").codes


def test_a_long_spoken_run_on_with_no_question_in_its_form_asks_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("and im not saying youve stopped trying or anything like that i just feel like "
            "something has changed and i dont really know what it is so")
    codes = coder.code(text, "Yeah. The wireframes weren't great.").codes
    assert not codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}, codes


def test_a_wh_clause_after_asked_me_is_no_spoken_question(coder) -> None:  # type: ignore[no-untyped-def]
    text = "and then two people came and asked me where you were which you know isnt like you"
    codes = coder.code(text, "Mm. Okay.").codes
    assert Code.CLOSED_QUESTION not in codes, codes


def test_a_short_spoken_question_is_still_one(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.OPEN_QUESTION in coder.code("so whats been going on", "Mm.").codes
