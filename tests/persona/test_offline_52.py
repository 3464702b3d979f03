"""The offline report, fiftieth pass (issue 11, P4): a story from the manager's own life is
heard, not met as an accusation or as if the problem had been raised; a meeting again with no
day is taken as put; "Something I forgot?" is answered by what they would add or a plain no,
never "Yes, I think so." before it; their own words quoted back without quote marks ask nothing;
an agreement quoted once is not quoted again in the next turn; the greeting that opens the talk
is answered in a word, not with a line near what is behind it; and the cause told at the plan's
check answers the check first. The manager lines are written for these tests; the replies are
the scenarios' own or the scenario-free lines of ``persona.small_moments``."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.domain.mind import Mood
from roleplay.persona.answering import Form, read_question
from roleplay.persona.small_moments import (
    AGAIN_TAKEN,
    GREETED,
    STORY_HEARD,
    greeted,
    story_told,
    vague_again,
)

from .scripted import bundled as _scenario
from .scripted import replies as _replies


def _all(table: dict) -> set[str]:  # type: ignore[type-arg]
    return {line for lines in table.values() for line in lines}


# --- 1. a story from the manager's own life is heard -------------------------------------------


def test_a_story_to_a_defensive_report_is_heard_not_met_by_an_accusation() -> None:
    # lateness-absence opens defensive; the story had got "Right." or, after a greeting,
    # "So I'm being watched now. Great."
    reply = _replies("lateness-absence", "Thanks for coming in, Leanne.",
                     "My first year as a foreman I hid a mistake for a week, and it ate me "
                     "alive until I owned up.")[-1]
    assert reply in STORY_HEARD[Mood.DEFENSIVE], reply


def test_a_story_is_not_answered_as_if_the_problem_had_been_raised() -> None:
    # missed-deadlines: "The first time I ran a project ..." had got "I know the dates slipped.
    # The estimates weren't great.", and "When I was new here I missed my first three
    # deadlines ..." "I'm not sure what you want me to say. The work is getting done."
    replies = _replies("missed-deadlines", "Thanks for coming in, Priya.",
                       "When I was new here I missed my first three deadlines, and nobody "
                       "said a word to me about it.",
                       "The first time I ran a project I said yes to everything and it nearly "
                       "broke me.")
    assert replies[-2] in _all(STORY_HEARD), replies[-2]
    assert replies[-1] in _all(STORY_HEARD), replies[-1]
    assert replies[-1] != replies[-2]


@pytest.mark.parametrize("said", [
    "My first year as a foreman I hid a mistake for a week, and it ate me alive.",
    "My old boss once told me the worst thing you can do is go quiet.",
    "Back when I was a junior I broke the build twice in one week.",
    "My old manager used to say the quiet ones are the ones you lose. I was one of them once.",
])
def test_a_story_is_read_as_one(said: str) -> None:
    assert story_told(said, [Code.INFORMATION])


@pytest.mark.parametrize("said", [
    "My nan could shift six motors in a morning.",  # a comparison: a jibe
    "When I was new I missed deadlines too. What's been going on for you?",  # asks
    "You remind me of me in my first year, and that's not a compliment.",  # of them
    "The first time I saw your code I knew you were sloppy.",  # of them
])
def test_what_is_no_story_alone_is_not_read_as_one(said: str) -> None:
    assert not story_told(said, [Code.INFORMATION])


# --- 2. a meeting again with no day ------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "said"), [
    ("lateness-absence", "We talk again some time next month."),
    ("missed-deadlines", "We talk again some time next month."),
    ("peer-feedback", "Let's pick this up again in a few weeks."),
])
def test_a_meeting_with_no_day_is_taken_as_put(scenario_id: str, said: str) -> None:
    # lateness-absence had got "I was sick. People get sick. What do you want, a doctor's
    # note?", a push about something nobody raised
    reply = _replies(scenario_id, "Thanks for coming in.", said)[-1]
    assert reply in _all(AGAIN_TAKEN), reply


def test_a_meeting_with_a_day_is_no_vague_one() -> None:
    assert not vague_again("Let's talk again on Tuesday 8 December.", [Code.FOLLOW_UP])
    assert not vague_again("Let's talk again some time next month. What would help before "
                           "then?", [Code.FOLLOW_UP, Code.OPEN_QUESTION])
    assert vague_again("We'll catch up again at some point.", [Code.FOLLOW_UP])


# --- 3. "Something I forgot?" -------------------------------------------------------------------


def test_something_i_forgot_after_a_plan_is_no_yes() -> None:
    # peer-feedback: "So you'll talk to Leo this week ... Something I forgot?" had got "Yes.
    # That's fair. It helps to have it agreed."
    reply = _replies("peer-feedback", "Hi Hannah, thanks for coming in.",
                     "That sounds really stressful. It sounds like you've been carrying a lot.",
                     "So you'll talk to Leo this week, and we'll meet again on Friday. "
                     "Something I forgot?")[-1]
    assert not reply.startswith("Yes"), reply


def test_something_i_forgot_once_told_leads_with_what_they_would_add() -> None:
    # quality-slipping, after the reveal: "Yes. That would really help." to a recap's check
    replies = _replies("quality-slipping", "Hi Daniel. Thanks for making time.",
                       "Three of your tickets were reopened by QA last sprint, and the promo "
                       "code bug went out on Tuesday. What's been going on?",
                       "That sounds like it's been a tough few weeks. It sounds like some of "
                       "the code is new to you.",
                       "What would help?",
                       "So I'll pair you with Sam for two weeks and we check in on Friday. "
                       "Something I forgot?")
    assert not replies[-1].startswith(("Yes", "Yeah")), replies[-1]
    assert replies[-1] in _scenario("quality-slipping").lines.collaborative + \
        _scenario("quality-slipping").lines.warming, replies[-1]


def test_something_i_forgot_from_a_defensive_report_is_a_plain_no() -> None:
    # lateness-absence: "Not really, no. It's been a rough couple of months."
    reply = _replies("lateness-absence", "Thanks for coming in.",
                     "I've noticed you've been late nine times in the last month.",
                     "Something I forgot?")[-1]
    assert reply == "No. That's it.", reply


def test_a_recaps_check_said_aloud_asks_yes_or_no() -> None:
    assert read_question("something i forgot").form == Form.YES_NO
    assert read_question("ok anything i missed").form == Form.YES_NO


# --- 4. their own words quoted back ------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "you wrote did you even run this on the review",
    "on jun's pr you wrote did you even run this",
    "in the retro you said are we not allowed jokes now",
    'You wrote "did you even run this" on the review',
    "in crit you said nothing from me when i asked",
])
def test_their_words_quoted_back_ask_nothing(said: str) -> None:
    assert read_question(said).form == Form.NONE


def test_a_question_after_their_words_is_still_asked() -> None:
    assert read_question("in the retro you said are we not allowed jokes now why did you say "
                         "that").form == Form.OPEN
    assert read_question("What you said in the retro, was that a joke?").form == Form.YES_NO


def test_their_words_quoted_back_get_no_yes_or_no() -> None:
    # second-meeting: "Not really, no. Things have changed since we made the plan."
    reply = _replies("second-meeting", "hi priya thanks for coming in",
                     "you wrote did you even run this on the review")[-1]
    assert not reply.startswith(("Not really", "No.", "Yes")), reply


# --- 5. an agreement quoted once ---------------------------------------------------------------


def test_an_agreement_is_not_quoted_back_twice_in_a_row() -> None:
    # "I know. We wrote down "The retry queue fix ships by Friday 13 November". ..." then
    # "That too. We wrote down "The retry queue fix ships by Friday 13 November". I didn't keep
    # that one either."
    replies = _replies("second-meeting", "Hi Priya, thanks for coming in.",
                       "Last time we agreed three things: the retry queue fix by Friday 13 "
                       "November, core hours ten to four, and Marcus taking the on-call rota. "
                       "How do you think that went?",
                       "The retry fix didn't ship on the 13th, and you logged in after eleven on "
                       "four days last week. I'm not here to tell you off. What's made it hard?")
    quoted = [r for r in replies if "We wrote down" in r and "retry queue fix" in r]
    assert len(quoted) <= 1, replies


# --- 6. the greeting that opens the talk -------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "said"), [
    # "I think I've been trying to do everything and not doing any of it well."
    ("missed-deadlines", "Hi Priya, how are you doing?"),
    # "I guess I don't really know where I fit anymore."
    ("disengaged-after-reorg", "Hi Nadia, how are you?"),
    # "So I'm being watched now. Great."
    ("lateness-absence", "Hi Leanne, thanks for coming in. How are you doing?"),
    # "I said I'll have it done by Monday."
    ("second-meeting", "hi priya thanks for coming in how are you doing"),
])
def test_the_greeting_is_answered_in_a_word(scenario_id: str, said: str) -> None:
    reply = _replies(scenario_id, said)[-1]
    assert reply in _all(GREETED), reply


def test_how_are_you_with_more_is_no_greeting() -> None:
    assert not greeted("How are you doing with all this?", "How are you doing with all this?")
    assert not greeted("so what happened on monday how are you doing",
                       "so what happened on monday how are you doing")
    assert greeted("How are you?",
                   "Thanks for coming in. How are you?")


# --- 7. the cause told at the plan's check -----------------------------------------------------


def test_the_cause_told_at_a_proposals_check_says_yes_first() -> None:
    # brilliant-jerk: the reveal came as the whole answer to "Does that work for you?"
    replies = _replies("brilliant-jerk",
                       "Cheers for the coffee, Theo. Today I want to talk about code reviews, "
                       "not architecture.",
                       "On Jun's indexing PR on 27 October you wrote \"Did you even run this?\". "
                       "Jun asked me the next day to move teams.",
                       "What's your take on how that landed?",
                       "So you see it as being straight with people, and you don't think you're "
                       "the problem.",
                       "You're carrying search pretty much on your own, and that's wearing.",
                       "How have the nights been on call?",
                       "It sounds like the pager has been eating your sleep for months.",
                       "What have I missed?",
                       "Here's what I'm proposing: I take you off the on-call rota for "
                       "December, and you rewrite review comments as questions. Does that work "
                       "for you?")
    assert replies[-1].startswith("Yes, I can do that, but there's something I haven't told "
                                  "you: I'm burnt out."), replies[-1]


def test_the_cause_told_at_a_recaps_check_is_marked_as_not_yet_said() -> None:
    replies = _replies(
        "brilliant-jerk",
        "Cheers for the flat white, Theo. I want to talk about how things are going between you "
        "and the rest of the team.",
        "Credit where it's due first. The latency work was the best thing this team shipped all "
        "quarter. That's real, and it's not what this is about.",
        "On Jun's indexing PR on Tuesday the 27th of October you wrote 'Did you even run this?' "
        "and 'This is embarrassing' in the public review, then merged your own rewrite that "
        "night. Jun hasn't put a PR up for review since.",
        "I'm not calling you a bad bloke. It's how it's landing on people that we need to sort.",
        "How does all that look from where you're sitting?",
        "Sounds like you reckon if you don't fix it yourself, nobody will. Have I got that about "
        "right, or is there more to it?",
        "And if you're carrying more of the load than anyone's clocked, the nights, the pager, "
        "whatever it is, I'd rather hear it from you now.",
        "Take your time, mate. I'm not going anywhere.",
        "Here's the bar from here on. Review comments are about the code, never the person. "
        "Nothing goes straight to main without a review.",
        "What's one thing you could do to start putting it right with Jun and Amara, and by "
        "when?",
        "From my side, I'll get a second person learning the indexer so it's not all on you. "
        "Let's catch up again on Tuesday the 8th of December, same time.",
        "So, to sum up: reviews about the code, nothing straight to main, your first step with "
        "Jun, and me on the indexer cover. Back here on the 8th. Have I missed anything, eh?")
    assert replies[-1].startswith("Actually, there is one thing I haven't said: I'm burnt "
                                  "out."), replies[-1]


# --- 8. found by playing -------------------------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "said"), [
    # "Hm. I think the days I like most are when I'm helping someone understand something."
    ("career-conversation", "Morning Sofia, grab a seat. How's your week been?"),
    # "So I'm being watched now. Great."
    ("lateness-absence", "morning leanne how you doing"),
])
def test_the_greeting_in_other_words_is_answered_in_a_word(scenario_id: str, said: str) -> None:
    reply = _replies(scenario_id, said)[-1]
    assert reply in _all(GREETED), reply


def test_a_story_when_i_was_your_age_is_a_story() -> None:
    # career-conversation, after the reveal: "Is there such a thing as a senior analyst who
    # mostly teaches?" to the manager's story
    assert story_told("When I was your age I thought the only way up was managing people, and "
                      "I was miserable for two years.", [Code.REFLECTION])


def test_a_meeting_with_no_day_asked_as_a_question_is_taken_as_put() -> None:
    # disengaged-after-reorg: "Yes. That sounds fair. Thank you." to a meeting nobody fixed
    reply = _replies("disengaged-after-reorg", "Hey Nadia! So, just a quick catch-up really.",
                     "Maybe we can chat again some time next month?")[-1]
    assert reply in _all(AGAIN_TAKEN), reply


_CAREER = (
    "Morning Sofia, grab a seat.",
    "So this is your career chat. I saw your development form came back mostly blank, and "
    "honestly that's fine, I'd rather just talk.",
    "What parts of the job do you enjoy most at the moment?",
    "That workshop you ran in October, people still mention it. What was it about that day that "
    "worked for you?",
    "It sounds like the bit you love is helping people get it, more than the analysis itself.",
    "What would you want the next year to look like, if you could shape it?",
    "So it sounds like you'd want to grow, but not by managing a team. Have I got that right?",
    "What if you ran two more workshops next quarter, and I talk to L&D about a "
    "teaching-focused senior role? Does that work for you?",
)


def test_a_when_after_the_reveal_is_not_answered_by_a_wish_first() -> None:
    # "Is there such a thing as a senior analyst who mostly teaches? ... I'm not sure of a date
    # yet. Can I come back to you by Wednesday?"
    reply = _replies("career-conversation", *_CAREER,
                     "When could you have a first draft of the next workshop?")[-1]
    assert reply.startswith("I'm not sure of a date yet."), reply


def test_anything_missed_adds_no_thought_said_already_and_thanks_after_it_closes() -> None:
    # "I like it when someone gets it. When the penny drops." after "Yeah. That's it. I like it
    # when it clicks for someone."; then "Great, thanks Sofia." got "It's a relief, honestly. I
    # thought you'd be disappointed."
    replies = _replies("career-conversation", *_CAREER, "Anything I missed?",
                       "Great, thanks Sofia.")
    assert "I like it when someone gets it" not in replies[-2], replies[-2]
    assert "relief" not in replies[-1], replies[-1]


def test_what_a_plan_that_fits_would_look_like_asks_for_a_step() -> None:
    # second-meeting: "Honestly? I've been trying to keep up and not doing any of it well."
    assert read_question("What would a plan that really fits look like for you?").asks_for_step
