"""The lead's fixes from the seventeenth day (issue 11), found in unseen-27's first reading
(skilled managers who say the hard thing directly, in recogniser text and in their own idiom).
Each class is tested with lines of my own: candour put as the manager's own failing ("I'd be
letting you down if I didn't say it") is no threat; a verdict word denied after it ("careless
isn't the word for you") is no label; a saying about patience after time is given is no blame;
how it has been for them, heard ("i can hear this has been heavy"), is a reflection; what the
role needs, announced, is an expectation; the manager's part in finding out ("i look at what the
reorg did to your role ... i bring you an answer") and someone else taking their load ("Marcus
picks up the support rota instead of you") are support; and "we sit down again tuesday the 1st",
its "on" unsaid, books the meeting. From a play-through (a blunt manager in brilliant-jerk): a fact
ended on a sneer that asks nothing ("Jun's asked to move off search. Wonder why.") is a label,
not a specific example to praise. And unseen-7's skilled missed-deadlines manager, a miss since
the sixth day: candour offered as what they would prefer ("I will be honest, because I think you
would prefer that.") is no label where no verdict is said."""

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.meeting_again import TALK_AGAIN


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize("line", [
    "I wouldn't be doing my job if I didn't tell you this.",
    "I'd be failing you if I didn't say it straight.",
    "id be letting you down if i didnt say it plainly",
    "I'd be letting you down if I kept quiet about it.",
])
def test_candour_owed_as_the_managers_own_failing_is_no_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line, "Okay. Go on.").codes


@pytest.mark.parametrize("line", [
    "I'd be letting you down if I didn't say it plainly. Do it again and you're off the project.",
    "If you miss another date I'd be letting the team down by keeping you on it.",
])
def test_a_threat_beside_candour_stays_one(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, "Okay. Go on.").codes


@pytest.mark.parametrize("line", [
    "Careless isn't the word for you.",
    "Lazy is not the word I'd use for you.",
    "im not gonna pretend thats fine and careless isnt the word for you you work your guts out",
])
def test_a_verdict_word_denied_after_it_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, "I'm trying, honestly.").codes


@pytest.mark.parametrize("line", [
    "Careless isn't the word for you, useless is.",
    "careless isnt the word for you youre just lazy",
])
def test_a_verdict_said_after_the_denial_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "I'm trying, honestly.").codes


@pytest.mark.parametrize("line", [
    "Take your time. The sap does not run faster because you stare at the bucket.",
    "No rush. The bread doesn't rise faster because you watch it.",
])
def test_a_patience_saying_after_time_given_is_no_blame(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "Okay.")
    assert not coding.codes & {Code.BLAME, Code.LABEL}


def test_a_saying_with_a_verdict_in_it_stays_a_judgement(coder) -> None:  # type: ignore[no-untyped-def]
    line = "Take your time. The build won't get fixed faster because you moan, you lazy sod."
    assert coder.code(line, "I don't know where to start.").codes & {Code.BLAME, Code.LABEL}


@pytest.mark.parametrize("line", [
    "whatever you have or havent said today i can hear this has been heavy for a while",
    "i can tell this has been a lot lately",
])
def test_how_it_has_been_heard_is_a_reflection(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.REFLECTION in coder.code(line, "It's been a strange couple of months.").codes


def test_what_the_role_needs_announced_is_an_expectation(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("heres what the role needs and the bar hasnt moved you in the crit and the states "
            "done properly what would you take on first")
    assert Code.EXPECTATION in coder.code(line, "I'm not sure of a date yet.").codes
    # (what the role needs to know asks nothing of them)
    assert Code.EXPECTATION not in coder.code(
        "Here's what the team needs to know: the release moved to Friday.", "Okay.").codes


@pytest.mark.parametrize("line", [
    "my part this week i look at what the reorg did to your role",
    "My bit: from today Marcus picks up the support rota instead of you, so the migration stops "
    "eating your week.",
    "my part this week i look at what the reorg did to your role and your path here and i bring "
    "you a straight answer not a shrug and we sit down again tuesday december 1st at 11",
])
def test_the_managers_part_and_load_taken_off_them_are_support(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.SUPPORT_OFFER in coder.code(line, "I'm not sure of a date yet.").codes


def test_looking_at_how_they_did_is_no_support(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("I'll look at how you handled the Henley call.", "Okay.")
    assert Code.SUPPORT_OFFER not in coding.codes


def test_meeting_again_on_a_day_with_its_on_unsaid_is_booked() -> None:
    assert TALK_AGAIN.search("and we sit down again tuesday december 1st at 11")
    assert TALK_AGAIN.search("we meet again thursday the 3rd")
    assert not TALK_AGAIN.search("lets sit down monday go through section nine")


@pytest.mark.parametrize("line", [
    "Jun's asked to move off search. Wonder why.",
    "Three late starts this week. I wonder why.",
    "Two more people asked to leave your team this month. Go figure.",
])
def test_a_fact_ended_on_an_insinuating_sneer_is_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "Come on.").codes


def test_a_curious_wonder_that_asks_on_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = "The dashboards went red on the 3rd. I wonder why. What was going on that week?"
    assert Code.LABEL not in coder.code(line, "Okay.").codes


def test_candour_offered_as_their_preference_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("Yes, I would like to talk about the sprints. I will be honest, because I think you "
            "would prefer that. Three commitments have slipped in the last three weeks.")
    context = "It's hard to explain. The last few weeks have just been a lot."
    assert Code.LABEL not in coder.code(line, context).codes
    assert Code.LABEL in coder.code("I'll be honest because you'd prefer that: you're lazy.",
                                     context).codes


# From P6's report (the offline report's helper saw these coded wrong while playing).
@pytest.mark.parametrize("line", [
    "Why can't you just get on with people?",
    "why cant you ever be on time like everyone else",
    "You keep a private log of everybody's slip-ups. That's creepy.",
])
def test_exasperation_as_a_question_and_a_one_word_verdict_are_labels(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "I was only being honest.").codes


@pytest.mark.parametrize("line", [
    "Why can't you make Thursday?",
    "The client said the delay was embarrassing for them.",
])
def test_an_earnest_why_and_a_quoted_word_are_no_labels(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, "Okay.").codes


def test_a_duty_lifted_off_them_is_support(coder) -> None:  # type: ignore[no-untyped-def]
    line = "So you come off the support rota for three weeks, and Marcus covers it from Monday."
    assert Code.SUPPORT_OFFER in coder.code(line, "Okay.").codes
    assert Code.SUPPORT_OFFER not in coder.code(
        "You come off the project if this happens again.", "Okay.").codes


# From unseen-26's peer-feedback skilled manager (recogniser text), a miss since the sixteenth day.
@pytest.mark.parametrize("line", [
    "help me get what a public post gives you that a dm to leo doesnt",
    "Help me see why the Friday slot matters so much to you.",
])
def test_an_open_question_in_the_imperative_is_one(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    context = "After October, I'm not leaving it to chance."
    assert Code.OPEN_QUESTION in coder.code(line, context).codes


@pytest.mark.parametrize("line", [
    "Here's the bar: problems with a build go to Leo first.",
    "heres the bar problems with a build go to leo one on one first and anything public is about "
    "the build",
])
def test_the_bar_announced_is_an_expectation_not_advice(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "Okay.").codes
    assert Code.EXPECTATION in codes and Code.ADVICE not in codes


# From unseen-25's typical lateness manager (its typical scored below its poor): a colleague spoken
# well of is no label of the report, and "dont you worry" reassures, it asks nothing.
def test_a_colleague_spoken_well_of_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = "and dont you fret about sam she dont mind one bit she is a good old girl"
    coding = coder.code(line, "I'm here, aren't I? The work gets done.")
    assert Code.LABEL not in coding.codes and Code.CLOSED_QUESTION not in coding.codes
    assert Code.LABEL in coder.code("He's a good lad, Tom, unlike you, you lazy sod.",
                                    "Okay.").codes


# From a play-through (career-conversation, skilled): where the talk opens is no step of the plan,
# and planning praised "I'll start with something I noticed." as "your own step with a date".
def test_where_the_talk_opens_is_no_step(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("I'll start with something I noticed. The SQL workshop on Wednesday 21 October: all "
            "four new analysts rated it five out of five.")
    assert Code.COMMITMENT not in coder.code(line, "I don't know.").codes
    assert Code.COMMITMENT in coder.code("I'll start with the retry fix tomorrow.", "Okay.").codes


# From a last play-through (a poor manager in peer-feedback, recogniser text): their doing made
# small ("your little ... announcements") was praised as "You reflected back", and "who made you
# the build police" was a closed question.
@pytest.mark.parametrize(("context", "line"), [
    ("Has Leo made a complaint?",
     "so i hear youve been doing your little speeches in the team channel again"),
    ("I don't know.", "honestly its a bit much isnt it who made you the release police"),
])
def test_their_doing_belittled_is_a_label_not_a_reflection(coder, context: str,  # type: ignore[no-untyped-def]
                                                          line: str) -> None:
    codes = coder.code(line, context).codes
    assert Code.LABEL in codes and Code.REFLECTION not in codes


@pytest.mark.parametrize("line", [
    "So it was the bus, the alarm and your little one being ill, all on one morning.",
    "Sold out! Brilliant. Your little Halloween posters did that, I'm convinced.",
])
def test_a_child_or_sincere_praise_is_no_put_down(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, "Okay.").codes
