"""The lead's fixes from the fourteenth day's reading of the session misses (issue 11): a story
from the manager's own life is no observation of the report and no specific example; a
reflection credited is a sign of having heard them (listening is never 1/5 beside it); the
manager beside them when they face it, and a future said in the present tense after its day,
are support. From the first reading of unseen-21: a good thing "..., thanks to you" is credit (a
loss so thanked stays blame); the manager's wish to hear them before a question is no
reflection; what they expect "will" happen is no plan; their step asked for after an image is no
advice; "One thing I do ask" is an expectation; a maxim in a story and the manager's own way are
no advice; "we don't have this talk again" is a threat and no follow-up, "see how that suits ya"
no follow-up; a lack pinned on them ("you're just not hungry") and stock put-downs are labels,
not when denied or feared in others' eyes; "I'll be clear about it" is no support; praise
vouched for ("That's not me buttering you up.") is no blame; "I don't read any of that as you
not caring" denies the verdict."""

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.scores import Competency
from roleplay.scoring._cues_event import anecdote, describes_event
from roleplay.scoring.coder import default_coder
from roleplay.scoring.settle.turn import manager_acts

from .conftest import competency_text, scored_in


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    return default_coder()


@pytest.mark.parametrize("text", [
    "My mother baked bread for forty years and she said the oven never lies about a bad dough.",
    "When I was a junior I broke the build twice in one week, and my old boss only laughed.",
    "My first boss spent twenty years on the docks and he said the quiet ones find the wrong crate "
    "first.",
])
def test_a_story_from_the_managers_own_life_is_no_observation(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "Is this about the release?").codes
    assert Code.OBSERVATION not in codes and Code.IMPACT not in codes, codes


def test_a_story_is_no_specific_example_and_a_dated_line_about_them_still_is() -> None:
    assert not describes_event("My mother ran the bakery for thirty years and she said bread "
                               "never lies.")
    assert describes_event("On Tuesday 3 November you missed the stand-up.")
    # a comparison, or a line that speaks of them, is not only a story
    assert not anecdote("My nan could shift six motors a week.")
    assert not anecdote("My grandmother sells more cars than you.")


def test_a_story_beside_the_dated_example_keeps_the_observation(coder) -> None:  # type: ignore[no-untyped-def]
    text = ("My father always said check the knot twice. On 29 October you posted the screenshot "
            "in #releases, in front of about 180 people.")
    assert Code.OBSERVATION in coder.code(text, "Is this about Leo?").codes


def test_a_story_is_not_quoted_as_the_specific_example() -> None:
    score = scored_in(
        "peer-feedback",
        ("report", "Is this about Leo?"),
        ("manager", "First, something true. My first boss spent twenty years on the docks and he "
                    "said the quiet ones find the wrong crate first. For our releases, you are "
                    "that person."),
        ("report", "Oh. Thanks."))
    text = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "specific example" not in text, text


def test_a_credited_reflection_keeps_listening_off_level_one() -> None:
    # long turns, advice before a question and a disclosure moved on from took the points under
    # 1.5 (level 1), whose words ("no sign of having heard them") denied the card's own
    # "feeling acknowledged"
    score = scored_in(
        "peer-feedback",
        ("report", "Is this about Leo? I've got every date written down."),
        ("manager", "Yes, partly, and also about you. On 29 October you posted in #releases, to "
                    "about 180 people, a line about mobile's untested build, with a screenshot of "
                    "Leo's pull request, and since then the mobile engineers have stopped posting "
                    "there at all, which is the opposite of what either of us wants for releases."),
        ("report", "It was true, though. The build wasn't tested."),
        ("manager", "Then in release readiness on 17 November you interrupted Leo three times "
                    "while he explained the build plan, and you copied the head of engineering "
                    "on an email about a two-hour delay. You should take it to Leo first, always, "
                    "and keep the channel for facts and not for people or their pull requests."),
        ("report", "I copied them in because nothing changes otherwise."),
        ("manager", "You should always go to Leo first. What you try to prevent is becoming more, "
                    "not less, and the channel is not the place for it, it never was, and "
                    "everyone on the floor can see that now."),
        ("report", "I've tried the polite way."),
        ("manager", "So it sounds like you feel that nothing changes unless everyone can see it. "
                    "That sounds exhausting."),
        ("report", "It is. After the payments outage the VP blamed QA in front of everyone. Since "
                   "then I've been terrified of it happening again."),
        ("manager", "Here is what I expect from now: problems with a build go to Leo first, in "
                    "person, and if that goes nowhere they come to me. In readiness everyone "
                    "finishes what they are saying. In #releases, the build and the facts."),
        ("report", "Okay."),
        ("manager", "And the channel rules are on the wiki, so read them again this week, and the "
                    "readiness notes from last month too, and the team charter, before Thursday, "
                    "all of it."),
        ("report", "Fine."),
        disclosed=(8,))
    listening = score.competency(Competency.ACTIVE_LISTENING)
    assert listening is not None and listening.points is not None
    text = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "feeling acknowledged" in text, text
    assert listening.points >= 2.0, (listening.points, text)


@pytest.mark.parametrize("text", [
    "If you want me in the room when you speak with Leo, I come.",
    "I can come with you when you see Leo, if that helps.",
    "This week I talk with mobile's manager about the beta build.",
    "Tomorrow I speak with facilities about a desk by the window for you.",
])
def test_presence_offered_and_a_present_tense_future_are_the_manager_acting(text: str) -> None:
    assert manager_acts(text), text


@pytest.mark.parametrize("text", [
    "I'll come to your desk at ten.",
    "Tomorrow I check your timesheet.",
    "Today I talk with you about the releases.",
])
def test_a_meeting_with_them_or_a_check_on_them_is_not(text: str) -> None:
    assert not manager_acts(text), text


def test_support_offered_in_the_present_tense_is_not_missing_from_the_plan() -> None:
    score = scored_in(
        "peer-feedback",
        ("report", "Is this about Leo?"),
        ("manager", "What would you like to do first, and when?"),
        ("report", "I could talk to Leo directly before anything goes in a channel. I can start "
                   "tomorrow."),
        ("manager", "Good. From my side, this week I talk with mobile's manager about the beta "
                    "build, and if you want me in the room when you speak with Leo, I come. We "
                    "meet again Thursday 10 December at 10."),
        ("report", "Okay. That's fair."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "Missing: support" not in text, text


# --- from the first reading of unseen-21 ---

@pytest.mark.parametrize("text", [
    "There's no hurry. I've still got half my tea, thanks to you.",
    "We kept the Harlow account, thanks to you.",
])
def test_a_good_thing_then_thanks_to_you_is_credit(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "Sure. Whatever you need.").codes
    assert Code.BLAME not in codes and Code.AFFIRMATION in codes, codes


@pytest.mark.parametrize("text", [
    "We missed the deadline, thanks to you.",
    "Made it, just, and no thanks to you standing about chatting.",
])
def test_a_loss_thanks_to_you_stays_blame(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(text, "We got there in the end.").codes


def test_the_managers_wish_to_hear_them_before_a_question_is_no_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("So I'd like it from your side. What does a week on the ward look like for you "
                   "at the moment, start to finish?",
                   "Okay. Fair. I might have been a bit sharp lately.")
    assert Code.REFLECTION not in r.codes and Code.OPEN_QUESTION in r.codes, r


def test_what_they_expect_will_happen_makes_no_plan_of_a_checked_reading(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("So it sounds like a lot of the support queue sits on you, and when a fix lands "
                   "that you reckon will break, you'd rather redo it yourself than argue. Have I "
                   "got that right, or am I miles off?", "Sure. It's all my fault.")
    assert Code.COMMITMENT not in r.codes and Code.REFLECTION in r.codes, r


def test_their_step_asked_for_after_an_image_is_no_advice(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("So, like a practice lap before the race: what small thing would you like to "
                   "try first, and by when?", "Is there a role like that here?")
    assert Code.ADVICE not in r.codes and Code.OPEN_QUESTION in r.codes, r


def test_one_thing_asked_of_them_is_an_expectation(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("One thing I do ask, so it doesn't stay empty: before we meet again, the "
                   "development box has something in it, in your own words.", "I left it blank.")
    assert Code.EXPECTATION in r.codes and Code.ADVICE not in r.codes, r


def test_a_maxim_in_a_story_and_the_managers_own_way_is_no_advice(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("In my old life I built boats in Bergen, and my master always said: before you "
                   "cut, you read the grain. So today I try to listen more than I talk.",
                   "I don't know what I'd be aiming for.")
    assert Code.ADVICE not in r.codes, r


@pytest.mark.parametrize("text", [
    "so you sign up for the course you fill in the box by friday and we dont have this talk again "
    "got it",
    "Sort the rota by Monday. I don't want to have this conversation again.",
])
def test_this_talk_not_to_be_had_again_is_no_follow_up(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "Oh. Okay.").codes
    assert Code.FOLLOW_UP not in codes and Code.THREAT in codes, codes


def test_a_taunt_is_no_follow_up(coder) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code("keep it up and you can go back to running the monday reports on the early "
                       "shift see how that suits ya", "Right. I'll fill it in then.").codes
    assert Code.FOLLOW_UP not in codes, codes


@pytest.mark.parametrize("text", [
    "turning down the shift lead on the 3rd tells me youre just not hungry plain and simple",
    "You're just not driven, are you?",
])
def test_a_lack_pinned_on_them_is_a_label(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(text, "I didn't want it.").codes


@pytest.mark.parametrize("text", [
    "I'm not saying you're not committed.",
    "Oh, totally fair, it's just, I'd hate for the directors to think you're, you know, not "
    "committed? Worth a thought.",
])
def test_a_lack_denied_or_feared_in_others_eyes_is_no_label(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(text, "I don't want the night shifts.").codes


@pytest.mark.parametrize("text", [
    "are you alright though is everything alright upstairs",
    "from here it looks like the lights are on and nobodys home",
    "no fire in the belly, that's your problem",
    "What was it, too good for it?",
    "an empty objectives form at your level who does that",
])
def test_mock_concern_and_stock_put_downs_are_labels(coder, text) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(text, "I didn't know what to write.").codes


def test_an_earnest_who_question_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code("Who does that job now that Sam has left?",
                                        "Nobody, really.").codes


def test_how_the_manager_will_speak_is_no_support(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("Here's what the role needs from you, and I'll be clear about it: drawings with "
                   "the tolerances on, you at the Tuesday review, and your notes on the shared "
                   "drive.", "Thanks. That's nice to hear.")
    assert Code.SUPPORT_OFFER not in r.codes and Code.EXPECTATION in r.codes, r


def test_praise_vouched_for_is_no_blame(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("You were the most active reviewer on the floor by a mile, and half the team "
                   "learned their trade from your comments. That's not me buttering you up.",
                   "Mm. Okay.")
    assert not r.codes & {Code.BLAME, Code.LABEL} and Code.AFFIRMATION in r.codes, r


def test_a_verdict_denied_in_other_words_is_no_judgement(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("I don't read any of that as you not caring about the work. Somebody who didn't "
                   "care wouldn't have set the bar you set. It's a change from the Nadia I know, "
                   "and that's why I'm asking.", "That's true. I haven't been in Figma much.")
    assert not r.codes & {Code.BLAME, Code.LABEL}, r


def test_a_story_whose_maxim_says_can_is_still_a_story(coder) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code("First, something true. My grandmother ran a tailor's shop for forty years, "
                       "and she said the best hand in the shop is the one who finds the loose seam "
                       "while it can still be fixed.", "Has someone complained?").codes
    assert Code.OBSERVATION not in codes, codes


def test_none_of_that_says_denies_the_verdict(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("None of that says to me you've stopped caring, or that I was wrong to trust "
                   "you. A plan that doesn't fit any more isn't a failing of yours.",
                   "It's nearly there. Two tests are failing, that's all.")
    assert not r.codes & {Code.BLAME, Code.LABEL}, r


@pytest.mark.parametrize("text", [
    "This week I sit with the warehouse manager about the Friday loads.",
    "And if you want me in your corner when you talk to Dana, I come.",
])
def test_the_manager_sitting_with_others_or_in_their_corner_acts_for_them(text: str) -> None:
    assert manager_acts(text), text


@pytest.mark.parametrize("text", [
    "So either you're back on the early shift next week, or I'll have a word about moving you onto "
    "the night rota. And HR will be very interested in the pattern too.",
    "Head office will be interested in these numbers, I can tell you.",
])
def test_who_will_hear_of_it_and_where_they_will_be_sent_are_threats(coder, text) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(text, "Fine. Noted.").codes
    assert Code.THREAT in codes and Code.COMMITMENT not in codes, codes


def test_a_move_offered_as_a_choice_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(
        "We could try a car share from the canteen board, or I could move you to the later shift "
        "if that suits you better.", "The buses are hopeless.").codes


def test_an_order_of_things_with_no_verb_is_said_back_whole_in_its_rewrite() -> None:
    from roleplay.scoring.rewrites import open_version
    said = open_version("Full drawings by Friday, phone on, notes in the tracker. Clear? Good.")
    assert said == (
        "Full drawings by Friday, phone on, notes in the tracker. What would help you make that "
        "happen?")
    assert open_version("Fill in the form by Friday. Okay?") == (
        "What would help you fill in the form by Friday?")


def test_a_leading_question_about_their_ambition_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code("Don't you want to be a manager someday?",
                       "That's not really fair. I do my job well.").codes
    assert Code.THREAT not in codes and Code.CLOSED_QUESTION in codes, codes


def test_it_happens_more_now_waves_nothing_off() -> None:
    from roleplay.scoring.feedback_level import _WAVED_OFF
    assert not _WAVED_OFF.search("the thing you fight to stop, it happens more now, not less.")
    assert _WAVED_OFF.search("the check-in got cancelled, no worries, these things happen.")
    assert _WAVED_OFF.search("it happens. we move on.")


def test_why_said_alone_with_a_full_stop_asks(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("Shift lead. Turned down. Why.", "I said no to the shift lead.")
    assert Code.OPEN_QUESTION in r.codes, r


# --- from the first reading of unseen-22 ---

def test_a_denial_in_the_speakers_own_grammar_denies(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("now you been on this crew six years and the new folks watch how you do it i "
                   "aint saying youre lazy and i aint saying you dont care",
                   "Half the floor wanders in late. Why is it just me?")
    assert Code.LABEL not in r.codes, r
    assert Code.LABEL in coder.code("i aint saying youre lazy but youre sloppy", "Why me?").codes


def test_the_managers_verdict_on_their_younger_self_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    r = coder.code("first time i took the ferry out as skipper i didnt know the sandbanks off the "
                   "point and i was too proud to ask the old boys so i went the long way round "
                   "every time took me a year to ask",
                   "Sorry. I know there have been a few bugs. I'm really sorry about that.")
    assert not r.codes & {Code.LABEL, Code.BLAME}, r


def test_how_they_are_asked_with_a_tag_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    # (the learned heads read a label into it after some answers: the rule is checked on such a
    # coding directly)
    from roleplay.domain.codes import Primary, TurnCoding
    from roleplay.scoring.settle import settle
    read = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.LABEL, Code.CLOSED_QUESTION}),
                      coder_version="test")
    r = settle("The platform team is a good team, you are happy there, right?", read,
               "Thanks. That's nice to hear.")
    assert Code.LABEL not in r.codes and Code.CLOSED_QUESTION in r.codes, r
    assert Code.LABEL in coder.code("You're happy being useless, right?", "Fine.").codes
