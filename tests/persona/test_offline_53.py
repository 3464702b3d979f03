"""The offline report and its mind, fifty-fifth pass (issue 11, P5): sincere praise is thanked,
never met by suspicion or a concession; a curious question about their day is answered, never
with "So I'm being watched now."; a kind invitation to tell the cause made before the hint
counts once the hint is out. The manager lines are written for these tests; the replies are
the scenarios' own or the scenario-free lines of ``persona.small_moments``."""

from __future__ import annotations

import re

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.mind import HINT, ROOT_CAUSE, PersonaMind

from .scripted import bundled as _scenario
from .scripted import played as _played
from .scripted import replies as _replies

# the scenario's lines that accuse the manager of watching them
WATCHED = re.compile(r"being watched|been counting|if you're checking")


# --- 1. sincere praise is thanked ----------------------------------------------------------------


@pytest.mark.parametrize("praise", [
    "You're a natural with difficult customers, honestly.",
    "I want to say first that the customers love you. Three of them named you in the survey.",
    "Honestly, I think you're one of the most reliable people on the floor.",
    "That was a really kind thing you did for Tom last week.",
    "You kept the queue going single-handed on the 2nd of October, and I never thanked you "
    "for it.",
])
def test_sincere_praise_to_a_defensive_report_is_thanked(praise: str) -> None:
    # lateness-absence opens defensive: these had got "Okay. I'm listening. I just hate feeling
    # checked up on.", "So I'm being watched now. Great." or, after a label, "Alright. I know
    # it's not fair on Tom."
    scenario = _scenario("lateness-absence")
    thanks = set(scenario.lines.reactions.affirmation)
    assert _replies("lateness-absence", praise)[-1] in thanks
    assert _replies("lateness-absence", "Why are you late all the time? It's lazy.",
                    praise)[-1] in thanks


# --- 2. a question about their day is no surveillance --------------------------------------------


@pytest.mark.parametrize("asked", [
    "What are Monday mornings like for you?",
    "What does a normal Tuesday look like for you?",
    "How do your mornings usually go?",
    "Walk me through a typical week.",
])
def test_a_question_about_their_day_is_answered_not_met_by_being_watched(asked: str) -> None:
    # had got "So I'm being watched now. Great." (after thanks for praise) or another push
    scenario = _scenario("lateness-absence")
    replies = _replies("lateness-absence",
                       "Thanks for sitting down, Leanne. The way you handled the Henley "
                       "complaint on the 2nd was excellent.", asked)
    assert replies[-1] in scenario.lines.reactions.open_question, replies[-1]
    assert not WATCHED.search(replies[-1])


def test_being_watched_is_said_only_when_the_manager_reports_watching() -> None:
    # "Hi, thanks for coming in." had got "So I'm being watched now. Great."
    replies = _replies("lateness-absence", "Hi, thanks for coming in.",
                       "Take a seat, there's no rush.")
    assert not any(WATCHED.search(r) for r in replies[1:]), replies


# --- 3. the mind: an invitation made before the hint counts once the hint is out -----------------

_INVITED_EARLY = (
    "Hi Nadia, thanks for making the time.",
    "Before I say anything else: if something happened in the reorg that left you feeling "
    "sidelined, you can tell me, and it stays between us.",
    "I've noticed you've gone quiet in crit, and the onboarding wireframes on the 3rd were one "
    "rough screen. That's not like you. What's been going on for you?",
    "It sounds like this year hasn't turned out the way you expected.",
    "What would you want this year to have looked like?",
)


def _revealed_at(played) -> list[int]:  # type: ignore[no-untyped-def]
    return [e.turn for e in played.session.persona_trace if "root_cause" in e.newly_revealed]


def test_an_invitation_made_before_the_hint_counts_once_the_hint_is_out() -> None:
    # a skilled manager who invites early: the hint came at the reflection, and the cause only
    # two turns later, to "Tell me more about that." (the invitation had to be made again)
    played = _played("disengaged-after-reorg", *_INVITED_EARLY)
    trace = played.session.persona_trace
    assert "hint" in trace[3].newly_revealed
    assert _revealed_at(played) == [trace[4].turn]


def test_a_bare_question_about_home_early_does_not_count() -> None:
    lines = list(_INVITED_EARLY)
    lines[1] = "Is everything okay at home?"
    assert _revealed_at(_played("disengaged-after-reorg", *lines)) == []


def test_an_early_invitation_is_withdrawn_by_a_judgement_since() -> None:
    lines = list(_INVITED_EARLY)
    lines.insert(3, "Honestly, going quiet like that is a bit unprofessional.")
    lines += ["What's been the hardest part?", "Say more about that, if you like."]
    played = _played("disengaged-after-reorg", *lines)
    hint = [e.turn for e in played.session.persona_trace if "hint" in e.newly_revealed]
    assert hint, "the hint should come after the judgement is repaired"
    revealed = _revealed_at(played)
    # the cause is told only once trust alone allows it, not on the turn after the hint
    mind = played.session.persona_trace
    assert not any(e.reasons and "said earlier I could tell them" in " ".join(e.reasons)
                   for e in mind), revealed


_OBS = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.OBSERVATION}))
_ASK = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION}))
_HEAR = TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION}))
_OFFER = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.SUPPORT_OFFER}))
_ADVISE = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.ADVICE}))
_LABEL = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.LABEL}))


def _mind(*steps: tuple[TurnCoding, bool]) -> PersonaMind:
    mind = PersonaMind(_scenario("disengaged-after-reorg"))
    for i, (coding, invited) in enumerate(steps):
        mind.observe(2 * i + 1, coding, invited=invited)
    return mind


# disengaged-after-reorg: quiet, min_manager_turns 5; offered support (and invited), then what
# was seen, a reflection and a question: the hint comes at the fourth turn
_EARLY = ((_OFFER, True), (_OBS, False), (_HEAR, False), (_ASK, False))


def test_the_mind_keeps_an_early_invitation_until_the_hint_is_out() -> None:
    mind = _mind(*_EARLY)
    assert HINT in mind.state.revealed and not mind.may_reveal()
    assert mind.state.invitation_standing
    entry = mind.observe(9, _ASK)
    assert ROOT_CAUSE in entry.newly_revealed
    # not on a turn that makes no room (advice), and not once a judgement has withdrawn it
    assert ROOT_CAUSE not in _mind(*_EARLY).observe(9, _ADVISE).newly_revealed
    judged = _mind((_OFFER, True), (_LABEL, False), (_OBS, False), (_HEAR, False))
    assert not judged.state.invitation_standing
    # the same turns, never invited: no reveal on the turn after the hint
    plain = _mind(*((coding, False) for coding, _ in _EARLY))
    assert HINT in plain.state.revealed
    assert ROOT_CAUSE not in plain.observe(9, _ASK).newly_revealed


def test_an_early_invitation_is_not_answered_before_min_manager_turns() -> None:
    # the hint at the third turn; the fourth is too early (min_manager_turns 5)
    mind = _mind((_OFFER, True), (_HEAR, False), (_ASK, False))
    assert HINT in mind.state.revealed and mind.state.invitation_standing
    assert ROOT_CAUSE not in mind.observe(7, _ASK).newly_revealed
    assert mind.state.invitation_standing


def test_the_standing_invitation_is_restored_on_rewind() -> None:
    mind = _mind(*_EARLY)
    again = PersonaMind.restore(mind.scenario, mind.trace)
    assert again.state == mind.state


# --- 4. the mind: nothing let slip or told on a turn said only in passing ------------------------

_FOLLOW = TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.FOLLOW_UP}))
_GREET = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION}))


def test_the_cause_is_not_told_to_a_meeting_put_off_with_no_day() -> None:
    # "Okay. Let's talk again sometime in the new year." (a follow-up) had brought the cause:
    # the follow-up's trust tipped it over
    ready = (_OBS, _ASK, _HEAR, _ASK, _HEAR)
    mind = _mind(*((coding, False) for coding in ready))
    assert HINT in mind.state.revealed and not mind.may_reveal()
    put_off = mind.observe(11, _FOLLOW, in_passing=True)
    assert ROOT_CAUSE not in put_off.newly_revealed
    assert "in passing" in put_off.reasons[-1]
    # (the next turn that talks with them hears it)
    assert ROOT_CAUSE in mind.observe(13, _ASK).newly_revealed
    # the same turn with a day, not in passing, is the plan: it may
    booked = _mind(*((coding, False) for coding in ready)).observe(11, _FOLLOW)
    assert ROOT_CAUSE in booked.newly_revealed


def test_a_second_greeting_brings_no_hint() -> None:
    # the hint had come to "Hi there, how are you?" (coded an open question)
    before = ((_OFFER, False), (_OBS, False), (_HEAR, False))
    assert HINT in _mind(*before).observe(7, _GREET).newly_revealed
    assert HINT not in _mind(*before).observe(7, _GREET, in_passing=True).newly_revealed


@pytest.mark.parametrize(("said", "passing"), [
    ("Hi there, how are you?", True),
    ("Okay. Let's talk again sometime in the new year.", True),
    ("Maybe we can chat again some time next month?", True),
    ("Good weekend?", True),
    ("Let's meet again on Thursday 10 December.", False),
    ("We'll catch up soon. What would help before then?", False),
    ("How are you going to fix this?", False),
    ("Hi. How are you? What happened on the 2nd?", False),
    ("Okay.", False),
])
def test_a_turn_in_passing_is_read(said: str, passing: bool) -> None:
    from roleplay.domain.invitations import only_in_passing

    assert only_in_passing(said) is passing


def test_a_play_through_a_second_greeting_is_answered_in_a_word() -> None:
    # career-conversation: "Hi there, how are you?" after praise had got the hint ("I'm not
    # sure the usual next step is really for me.")
    scenario = _scenario("career-conversation")
    replies = _replies("career-conversation",
                       "Hi Sofia, thanks for coming in. I want this to be about you.",
                       "Your SQL workshop in October was brilliant; people still talk about it.",
                       "Hi there, how are you?")
    assert replies[-1] not in scenario.lines.hint, replies[-1]


# --- 5. the P4 "Left" list and what the play-throughs found --------------------------------------

_HINTED_SECOND = (
    "Hello Priya. Thank you for coming. How are you?",
    "Two weeks ago we agreed some things together. First the retry fix, we said Friday 13 "
    "November. What happened with it?",
    "So it sounds like the plan we made is not fitting anymore, and you have been carrying "
    "this alone.",
    "That is a lot. What would help you most now?",
)


def test_a_yes_about_home_after_the_hint_gives_a_reason_about_it() -> None:
    # had got "Yeah. I know I should have said something sooner." (or "Yeah. I hate that I
    # cancelled last week."): a reason about something else
    scenario = _scenario("second-meeting")
    replies = _replies("second-meeting", *_HINTED_SECOND, "Is something at home different now?")
    assert replies[-2] in scenario.lines.hint
    assert replies[-1].startswith("Yeah. ")
    assert replies[-1].removeprefix("Yeah. ") in scenario.lines.hint, replies[-1]


def test_a_wh_question_with_a_polite_request_after_it_is_open() -> None:
    # "What is different, can you tell me?" had got "Yes, I think so. If it's something I can
    # actually keep to."
    replies = _replies("second-meeting", *_HINTED_SECOND, "Is something at home different now?",
                       "What is different, can you tell me?")
    assert not replies[-1].startswith(("Yes", "No", "Not really")), replies[-1]


def test_the_same_admission_is_not_said_again_in_other_words() -> None:
    # "I know. The promo code one was me." one turn after "Yes. The promo code one was me. I
    # felt sick when I saw it."
    replies = _replies("quality-slipping", "Hi, thanks for coming. I want to talk about checkout.",
                       "Three bugs reached production this month. The promo code one on the 4th "
                       "was yours.",
                       "Why did you ship it without testing? Why didn't you ask anyone?")
    assert "The promo code one was me" in replies[-2]
    assert "The promo code one was me" not in replies[-1], replies[-1]


def test_an_open_question_after_the_hint_gets_content() -> None:
    # peer-feedback: "What's made you feel you need to keep such a close record?" after the
    # hint had got "I was just being transparent. That's literally my job." (or "Okay. I
    # appreciate you asking rather than just telling me off.")
    scenario = _scenario("peer-feedback")
    replies = _replies("peer-feedback", "Hi Hannah, thanks for coming in. How's your week been?",
                       "I want to talk about the post in the release channel on the 29th, where "
                       "you copied in the directors. Leo felt called out in front of his bosses.",
                       "I'm curious what was going on for you when you wrote it.",
                       "So it sounds like you felt you had to make sure someone senior saw it.",
                       "What's made you feel you need to keep such a close record?")
    assert replies[-2] in scenario.lines.hint
    assert replies[-1] not in scenario.lines.guarded, replies[-1]
    assert "appreciate you asking" not in replies[-1], replies[-1]


_CAREER_TOLD = (
    "Morning Sofia, grab a seat. How've you been?",
    "I wanted this hour to be about you and where you want to go. No form needed. What part of "
    "your work do you enjoy most right now?",
    "It sounds like the workshop really lit something up for you.",
    "When you picture yourself in two years, what do you see?",
    "What's one thing you could try in the next month?",
    "What else could you try?",
    "Is there any other thing you could try?",
)


def test_a_step_with_a_date_asked_once_every_step_is_said_names_one_again() -> None:
    # had got the bare "I'm not sure of a date yet. Can I come back to you by Wednesday?"
    asked = "What is one small experiment you could try before Christmas, and which date?"
    replies = _replies("career-conversation", *_CAREER_TOLD, asked, asked)
    assert replies[-1].endswith(", I think. I'm not sure of a date yet. Can I come back to you "
                                "by Wednesday?"), replies[-1]
    assert replies[-1].split(",")[0].lower() in " ".join(replies[:-1]).lower()


def test_the_reveal_names_who_it_is_about() -> None:
    scenario = _scenario("second-meeting")
    assert not any(line.startswith(("He ", "She ", "They ")) for line in scenario.lines.reveal)


def test_a_marked_reveal_keeps_a_name_s_capital() -> None:
    from roleplay.persona.offline import _a_name

    assert _a_name(_scenario("second-meeting"), "Dad was discharged last Wednesday")
    assert not _a_name(_scenario("second-meeting"), "The plan was built for the hospital")


def test_a_tip_put_as_a_question_is_heard_as_a_tip() -> None:
    # "Maybe try setting two alarms?" had got "Not really, no. It's been a rough couple of
    # months."
    scenario = _scenario("lateness-absence")
    reply = _replies("lateness-absence", "Hi Leanne, thanks for coming in.",
                     "You've been late a few times and people have noticed.",
                     "Maybe try setting two alarms?")[-1]
    assert reply in scenario.lines.reactions.advice, reply


def test_home_asked_of_a_defensive_report_is_kept_private() -> None:
    # "Is everything okay at home?" had got "Yeah. Do you want me to just hand my notice in?
    # Because that's where this is heading."
    reply = _replies("lateness-absence", "Hi Leanne, come in, have a seat.",
                     "You've been late a few times and there were a couple of Mondays off. "
                     "People have noticed.", "Is everything okay at home?")[-1]
    assert reply in ("Yeah. Fine. Why do you ask?", "Yes. And that's my business."), reply


def test_how_long_is_answered() -> None:
    # brilliant-jerk after the hint: "How long has it been like that?" had got "You want the
    # honest answer or the good one?"
    replies = _replies("brilliant-jerk", "Thanks for the coffee, Theo. How are you doing?",
                       "On Jun's indexing PR on the 27th, the comments went in the public review "
                       "and you merged your own rewrite that night.",
                       "What was going on for you that night?",
                       "So it sounds like you're the one left holding it when things break, and "
                       "that's wearing thin.",
                       "How long has it been like that?")
    assert replies[-1].startswith(("A while", "Long enough")), replies[-1]


def test_who_they_would_pair_with_is_not_said_twice() -> None:
    # quality-slipping after the reveal: "Maybe Kasia could walk me through the order states
    # once. I'd take notes." to "Who could you pair with?", and again to the question again
    lines = ("Hi Daniel, come in. You're not in trouble. How are you finding checkout?",
             "I want to talk about the bugs that came back from QA. The promo code change on the "
             "4th reached production and the support team took forty tickets that day.",
             "What's your read on what happened?",
             "It sounds like you've been working really hard and it still isn't landing.",
             "Who could you pair with on the order states?",
             "And who else could you pair with on the order states?")
    replies = _replies("quality-slipping", *lines)
    assert "Kasia" in replies[-2], replies[-2]
    assert replies[-1] == "Kasia, like I said.", replies[-1]


def test_what_the_manager_saw_said_as_a_statement_asks_nothing() -> None:
    from roleplay.persona.answering import Form, read_question

    assert read_question("so what i've seen is you logged in at nine forty seven on monday "
                         "the second and tom covered both").form == Form.NONE
    assert read_question("What I have seen is you logged in late.").form == Form.NONE
    assert read_question("What have you seen?").form == Form.OPEN


def test_the_meeting_after_a_yes_to_the_proposal_is_not_met_by_the_same_yes() -> None:
    # brilliant-jerk: "Yes. Deal. That's fair." to the proposal, then "Deal. That's fair." to
    # "Let's meet again on Thursday 10 December ..."
    replies = _replies("brilliant-jerk", "Thanks for the coffee, Theo.",
                       "Here's what I'm proposing: I take you off the on-call rota for December, "
                       "and Jun pairs with you on the indexer twice a week. Does that work for "
                       "you?", "Let's meet again on Thursday 10 December.")
    assert replies[-1] not in replies[-2], (replies[-2], replies[-1])


def test_something_building_up_is_named_as_where_a_cause_lies() -> None:
    from roleplay.domain.invitations import invites_the_cause

    assert invites_the_cause("If something's been building up, about the on-call or anything "
                             "else, I'd rather know, and it stays between us.")


def test_an_expectation_put_softly_as_a_question_is_answered_as_one() -> None:
    # "So maybe just keep things in DMs going forward?" had got "Not really, no. It's been a
    # stressful couple of months."
    scenario = _scenario("peer-feedback")
    reply = _replies("peer-feedback", "Hi Hannah! Thanks for coming. Good weekend?",
                     "So, I wanted to chat about the thing with Leo. I'm sure you had your "
                     "reasons.", "Okay, cool. So maybe just keep things in DMs going forward?")[-1]
    assert reply in scenario.lines.reactions.expectation, reply


@pytest.mark.parametrize("scenario_id", ["peer-feedback", "brilliant-jerk", "career-conversation"])
def test_is_everything_okay_to_a_guarded_report_gets_how_they_are(scenario_id: str) -> None:
    # had got "Yeah. I can show you the build logs. Everything I said was accurate.", "Yeah.
    # Alright, the Amara thing wasn't my finest moment.", "Yeah. I like it when someone gets it."
    reply = _replies(scenario_id, "Hi.", "Is everything okay?")[-1]
    assert reply == "Yeah. Just busy.", reply


def test_a_meeting_to_a_guarded_report_is_taken_plainly() -> None:
    # second-meeting, a typical manager: "Okay. Let's talk next Thursday." had got "Yes, that
    # works. Thank you for not giving up on me."
    reply = _replies("second-meeting", "Hi Priya, how are you doing?",
                     "So, the plan from last time. The retry fix still isn't in, and you "
                     "cancelled last week.", "Can you get the retry fix done by Monday?",
                     "Okay. Let's talk next Thursday.")[-1]
    assert reply == "Okay. I'll be there.", reply


def test_a_greeting_after_a_clause_that_puts_the_business_off_is_answered_in_a_word() -> None:
    # second-meeting: "Hello Priya. Thank you for coming. Before we look at the plan, how are
    # you?" had got "I said I'll have it done by Monday."
    from roleplay.persona.small_moments import GREETED

    reply = _replies("second-meeting", "Hello Priya. Thank you for coming. Before we look at "
                     "the plan, how are you?")[-1]
    assert reply in {line for lines in GREETED.values() for line in lines}, reply


def test_where_they_would_start_asks_their_first_step() -> None:
    # unseen-20's skilled missed-deadlines manager, after the reveal: "so where do you wanna
    # start and when could you realistically have that done" had got "I appreciate you asking.
    # It's been harder than it looks from the outside." (later "It's hard to explain.")
    from roleplay.persona.answering import read_question

    asked = read_question("so where do you wanna start and when could you realistically have "
                          "that done")
    assert asked.asks_for_step and asked.asks_when
    assert read_question("Where would you start?").asks_for_step
