"""The offline report, fortieth pass (issue 11, P2): a reading confirmed is not taken back by a
rebuttal, "What have I missed?" is answered by something to add, the cause is not told again to
a statement, a proposal checked with "Does that work?" gets a yes to the proposal, and a question
is answered as asked. The manager lines are written for these tests; the replies are the
scenarios' own."""

from __future__ import annotations

from roleplay.domain.mind import Mood
from roleplay.persona.answering import Form, read_question
from roleplay.persona.offline import NOTHING_MORE
from roleplay.persona.proposals import TAKEN_COLDLY
from roleplay.persona.turn_kinds import WANTS
from roleplay.resources import bundled_scenarios_dir

from .conftest import load_scenario
from .scripted import replies as _replies

# --- 1. a reading confirmed is not taken back by a rebuttal ----------------------------------


def test_a_confirmed_reading_is_not_followed_by_a_rebuttal_of_a_suspicion_never_voiced() -> None:
    # the hint due after a reading checked: never "Yeah. I'm not out partying, if that's what
    # you think." right after "Yeah. I do feel watched. That's exactly it."
    replies = _replies("lateness-absence",
                       "Hi Leanne. Have a seat if you like.",
                       "Nobody's been snooping on you. The queue report flagged the mornings.",
                       "On Monday 2 November you logged in at 9:47 and the queue opened with two "
                       "agents instead of four.",
                       "It sounds like you feel watched, and that stings.",
                       "So the mornings are a struggle right now. Is that right?")
    # (the feeling owned either way: since the fifty-fifth pass "So I'm being watched now." is
    # said to the queue report, not to the hello, and the coder's reading of the turns after
    # it moves with it, so the reading may find them still on the defensive)
    assert replies[-2] in ("Yeah. I do feel watched. That's exactly it.",
                           "Okay. I'm listening. I just hate feeling checked up on."), replies[-2]
    assert "if that's what you think" not in replies[-1], replies[-1]
    assert replies[-1].startswith("Yeah. "), replies[-1]


def test_a_question_about_what_would_help_after_a_confirmation_gets_no_rebuttal() -> None:
    replies = _replies("lateness-absence",
                       "Leanne, I booked this because the mornings have been rough on the queue.",
                       "You logged in late nine of the last twenty days.",
                       "You feel like you're being watched. Is that right?",
                       "What would make mornings easier?")
    # (the feeling owned either way: since the fifty-fifth pass "So I'm being watched now." is
    # said to the queue report, not to the hello, and the coder's reading of the turns after
    # it moves with it, so the reading may find them still on the defensive)
    assert replies[-2] in ("Yeah. I do feel watched. That's exactly it.",
                           "Okay. I'm listening. I just hate feeling checked up on."), replies[-2]
    assert "if that's what you think" not in replies[-1], replies[-1]


# --- 2. "What have I missed?" ------------------------------------------------------------------


def test_what_have_i_missed_after_a_hint_gets_a_hint_not_a_question_back() -> None:
    replies = _replies("brilliant-jerk",
                       "Cheers for the coffee, Theo. Today I want to talk about code reviews, not "
                       "architecture.",
                       "On Jun's indexing PR on 27 October you wrote \"Did you even run this?\". "
                       "Jun asked me the next day to move teams.",
                       "What's your take on how that landed?",
                       "So you see it as being straight with people, and you don't think you're "
                       "the problem.",
                       "You're carrying search pretty much on your own, and that's wearing.",
                       "How have the nights been on call?",
                       "It sounds like the pager has been eating your sleep for months.",
                       "What have I missed?")
    scenario = load_scenario(bundled_scenarios_dir() / "brilliant-jerk.yaml")
    assert replies[-1] in scenario.lines.hint, replies[-1]  # not "You want the honest answer..."
    assert replies[-1] not in replies[:-1]


def test_what_have_i_missed_after_the_reveal_gets_what_they_want() -> None:
    replies = _replies("lateness-absence",
                       "That sounds really tough. Thank you for telling me.",
                       "That sounds really tough. Thank you for telling me.",
                       "What's been going on for you lately?", "How are things outside work?",
                       "What's really going on?", "What would help?",
                       "That sounds really tough. Thank you for telling me.",
                       "How are things outside work?", "What would help?",
                       "What have I missed?")
    scenario = load_scenario(bundled_scenarios_dir() / "lateness-absence.yaml")
    assert set(replies) & set(scenario.lines.reveal), replies
    # something they want and have not said, or that it is covered; not "Okay. That's fairer
    # than I expected." (a line about something else)
    assert replies[-1] not in replies[:-1], replies[-1]
    assert replies[-1] == NOTHING_MORE or WANTS.search(replies[-1]), replies[-1]


# --- 3. the cause is not told again to a statement ---------------------------------------------


def test_a_need_said_as_a_cleft_is_a_statement() -> None:
    assert read_question("What the role needs from you is this: the onboarding flow, states and "
                         "all, and your voice back in crit.").form == Form.NONE
    assert read_question("What does the role need from you?").form == Form.OPEN


def test_the_cause_is_not_told_again_to_an_expectation_after_the_reveal() -> None:
    replies = _replies("disengaged-after-reorg",
                       "Hi Nadia. Thanks for joining. How's the week been?",
                       "It sounds like things have felt flat for a while.",
                       "What's been on your mind since the reorg?",
                       "So the year hasn't looked the way you thought it would. Is that right?",
                       "What happened with that?",
                       "That sounds like it really hurt, being left in the dark.",
                       "What the role needs from you is this: the onboarding states with their "
                       "edge cases, and you back in crit.",
                       "Where I'm not getting it right, and where you can't make a crit, I'd ask "
                       "you to tell me ahead of time.")
    scenario = load_scenario(bundled_scenarios_dir() / "disengaged-after-reorg.yaml")
    told = [i for i, r in enumerate(replies) if r in scenario.lines.reveal]
    assert told, replies
    after = replies[told[0] + 1:]
    assert not set(after) & set(scenario.lines.answers.cause), after


# --- 4. a proposal checked ---------------------------------------------------------------------


def test_does_that_work_after_a_proposal_is_a_yes_to_the_proposal() -> None:
    replies = _replies("brilliant-jerk",
                       "Cheers for the coffee, Theo. Today I want to talk about code reviews, not "
                       "architecture.",
                       "On Jun's indexing PR on 27 October you wrote \"Did you even run this?\". "
                       "Jun asked me the next day to move teams.",
                       "What's your take on how that landed?",
                       "So you see it as being straight with people, and you don't think you're "
                       "the problem.",
                       "You're carrying search pretty much on your own, and that's wearing.",
                       "How have the nights been on call?",
                       "It sounds like the pager has been eating your sleep for months.",
                       "What have I missed?",
                       "Here's what I'm proposing: I take you off the on-call rota for December, "
                       "and you rewrite review comments as questions. Does that work for you?",
                       "Does that work?")
    assert "oblivious" not in replies[-1], replies[-1]
    assert replies[-1] == "Yes. Deal. That's fair.", replies[-1]


def test_a_proposal_with_its_check_is_agreed_not_answered_about_the_start_time() -> None:
    replies = _replies("lateness-absence",
                       "Thanks for coming in, Leanne. Nobody's been snooping. I want to talk about "
                       "start times, and I want to hear your side too.",
                       "On Monday 2 November you logged in at 9:47. The queue opened with two "
                       "agents instead of four and waits hit 14 minutes.",
                       "What's been going on for you in the mornings?",
                       "It sounds like you feel watched, and that stings after four years.",
                       "So mornings have been hard, and there's something going on in the "
                       "evenings too. Is that right?",
                       "What's making the evenings hard?",
                       "That sounds exhausting. You've been carrying a lot on your own.",
                       "Thanks for telling me. A second job isn't against your contract, but I "
                       "need you on the queue at 9.",
                       "Here's my proposal: you start at 10 on Mondays for the next month and "
                       "text me the night before if you can't make it. Does that work?",
                       "Does that work for you?")
    scenario = load_scenario(bundled_scenarios_dir() / "lateness-absence.yaml")
    yeses = {f"Yes. {line[len('Okay. '):] if line.startswith('Okay. ') else line}"
             for line in scenario.lines.agreeing}
    assert replies[-2] in yeses, replies[-2]  # not "Yes. I know the shift starts at 9. ..."
    assert replies[-1] in yeses and replies[-1] != replies[-2], replies[-1]


def test_a_new_proposal_checked_in_a_follow_up_is_not_answered_from_the_old_plan() -> None:
    replies = _replies("second-meeting",
                       "hi priya thanks for coming in how are you doing",
                       "so last time we said the retry fix would ship by friday the 13th and it "
                       "didnt and you cancelled last week",
                       "whats been going on",
                       "it sounds like the plan we made doesnt fit anymore",
                       "so things changed since the hospital is that right",
                       "what changed",
                       "that sounds like a huge amount to carry on your own",
                       "tell me more about the days",
                       "ok so what if marcus owns the retry fix and you do core hours one to "
                       "five does that work for you",
                       "does that work")
    for reply in replies[-2:]:
        assert "We wrote down" not in reply and "didn't keep" not in reply, reply
        assert reply.startswith("Yes"), reply


# --- 5. a question answered as asked -----------------------------------------------------------


def test_what_changed_alone_is_answered_not_confirmed_as_a_reading() -> None:
    replies = _replies("second-meeting",
                       "hi priya thanks for coming in how are you doing",
                       "so last time we said the retry fix would ship by friday the 13th and it "
                       "didnt and you cancelled last week",
                       "whats been going on",
                       "it sounds like the plan we made doesnt fit anymore",
                       "so things changed since the hospital is that right",
                       "what changed")
    scenario = load_scenario(bundled_scenarios_dir() / "second-meeting.yaml")
    assert replies[-1] not in scenario.lines.reactions.reflection, replies[-1]
    assert replies[-1] in scenario.lines.reactions.open_question, replies[-1]


def test_a_question_put_as_what_the_manager_wonders_is_open() -> None:
    assert read_question("I guess I'm wondering what you kind of see yourself doing down the "
                         "line, maybe?").form == Form.OPEN
    assert read_question("i was wondering how its been going").form == Form.OPEN
    assert read_question("I wonder if you've felt scared to ask?").form == Form.YES_NO
    replies = _replies("career-conversation",
                       "Hey Sofia! So, no pressure at all, but the career bit of your form was "
                       "blank and I thought we could just, you know, chat about it?",
                       "I guess I'm wondering what you kind of see yourself doing down the line, "
                       "maybe?")
    assert not replies[-1].startswith(("No.", "Yes.", "Not really.")), replies[-1]


def test_relief_at_telling_is_not_said_before_anything_is_told() -> None:
    replies = _replies("peer-feedback",
                       "Hi Hannah. I want to talk about the post in #releases on 29 October.",
                       "What was going on for you when you posted it?",
                       "It sounds like you wanted it on record.",
                       "What's behind needing the record?",
                       "It sounds like something happened that made the record matter.",
                       "What happened?",
                       "What was the worst of it?",
                       "Tell me more about the VP part.")
    scenario = load_scenario(bundled_scenarios_dir() / "peer-feedback.yaml")
    assert not set(replies) & set(scenario.lines.reveal), replies
    assert "It's a relief to say it to someone." not in replies, replies


def test_a_no_to_a_proposal_does_not_say_all_is_fine() -> None:
    replies = _replies("disengaged-after-reorg",
                       "Nadia. Per my last email, I need to discuss your engagement.",
                       "Your camera has been off in crit and the wireframes on the 29th were "
                       "rushed. Frankly it looks like you've checked out.",
                       "I'm sure you have your reasons. Do you want to share them or not?",
                       "Well, I'm listening.",
                       "It sounds like you're annoyed with me.",
                       "Look, if this carries on we'll need to have a more formal conversation.",
                       "What have I missed?",
                       "Fine. You'll present at crit every week from now on. Does that work for "
                       "you?")
    # (since the sixty-ninth pass a cold report takes the order plainly, "Fine. Whatever.", not
    # with a no about them, "Not really, no. It's been hard to know where I fit.")
    assert replies[-1] in TAKEN_COLDLY[Mood.HOSTILE] + TAKEN_COLDLY[Mood.DEFENSIVE], replies[-1]
    assert "it's fine" not in replies[-1].lower(), replies[-1]  # "No, it's fine. I'm just busy."
