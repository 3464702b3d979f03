"""The offline report and its mind, fifty-ninth pass (issue 11, P6): praise that only sets up a
fault is no praise; an "or" in a saying offers no choice; a closing offer is met as a close,
and nothing is apologised for that nobody challenged; a plan from the earlier meeting is said
back in the report's own words; a step agreed is not refused; the telling is not taken back.
The manager lines are written for these tests; the replies are the scenarios' own or the
scenario-free lines of ``persona.offline``."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.invitations import only_in_passing, praise_then_fault
from roleplay.domain.mind import ROOT_CAUSE, Mood, PersonaMind
from roleplay.persona.agreement_memory import reported
from roleplay.persona.answering import Form, read_question
from roleplay.persona.offline import OFFER_TAKEN, STILL_AGREED
from roleplay.scoring.coder import default_coder

from .scripted import bundled as _scenario
from .scripted import played as _played
from .scripted import replies as _replies

# --- 1. praise that only sets up a fault ----------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Your work's good. How you treat people isn't.",
    "The code is fine. The attitude is not.",
    "Delivery, great. Teamwork, not so much.",
    "The numbers are fine, the way you get them is another story.",
])
def test_praise_then_an_elliptical_fault_is_read(said: str) -> None:
    assert praise_then_fault(said)


@pytest.mark.parametrize("said", [
    "Great work on the release. I don't want you to worry.",
    "You did great. It wasn't easy.",
    "That was excellent. Don't change a thing.",
    "Good. It isn't. You're great.",
    "That's fine. I'm not worried.",
])
def test_praise_with_no_fault_after_it_is_not(said: str) -> None:
    assert not praise_then_fault(said)


def test_praise_then_a_fault_is_not_thanked_nor_warms_them() -> None:
    # brilliant-jerk: "Your work's good. How you treat people isn't." (coded praise after the
    # label before it) had got "Flattery. I like it. Keep going." and moved Theo from defensive
    # to guarded
    scenario = _scenario("brilliant-jerk")
    played = _played("brilliant-jerk", "The code is fine. The attitude is not.",
                     "Your work's good. How you treat people isn't.")
    reply = [t.text for t in played.session.transcript.turns if t.speaker == "report"][-1]
    assert reply not in scenario.lines.reactions.affirmation, reply
    before, after = played.session.persona_trace[-2:]
    assert after.trust <= before.trust
    assert after.mood == Mood.DEFENSIVE


def test_praise_then_a_fault_in_a_softer_scenario_is_not_thanked() -> None:
    # peer-feedback: "Your testing is first-rate. The way you flag things in the channel isn't."
    scenario = _scenario("peer-feedback")
    reply = _replies("peer-feedback", "Your testing is first-rate. The way you flag things in "
                     "the channel isn't.")[-1]
    assert reply not in scenario.lines.reactions.affirmation, reply


# --- 2. an "or" inside a saying ------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "My old surf coach used to say you pick your wave or the wave picks you, and I think it's "
    "time you picked one, you know?",
    "As my old director said, you build the game or the game builds you, you know?",
    "My nan always said you run the clock or the clock runs you, and lately it's running you, "
    "you know?",
])
def test_an_or_in_a_saying_offers_no_choice(said: str) -> None:
    question = read_question(said)
    assert question.form != Form.EITHER_OR, question


@pytest.mark.parametrize("said", ["Tea or coffee?",
                                  "So more people stuff or more technical stuff?"])
def test_a_bare_either_or_is_still_one(said: str) -> None:
    assert read_question(said).form == Form.EITHER_OR


def test_a_saying_is_not_answered_as_a_choice() -> None:
    # career-conversation had answered it "I'm not sure I can choose. Sorry." / "Neither of
    # those feels quite right."
    reply = _replies("career-conversation", "Hi Sofia, thanks for coming.",
                     "My old surf coach used to say you pick your wave or the wave picks you, "
                     "and I think it's time you picked one, you know?")[-1]
    assert "choose" not in reply and "Neither" not in reply, reply


# --- 3. a closing offer, and no apology nobody asked for -----------------------------------------


@pytest.mark.parametrize("said", [
    "Let me know if you need anything.",
    "Let me know if you need anything, sorry again.",
    "And if you need anything, my door's always open, you betcha.",
    "You know where I am if you need me.",
    "Thanks for your time. I'll let you go.",
])
def test_a_closing_offer_is_said_in_passing(said: str) -> None:
    assert only_in_passing(said)


@pytest.mark.parametrize("said", [
    "Let me know if you need anything. What would help most?",
    "If you need anything, let me know. I can take you off the rota.",
    "Let me know by Friday.",
])
def test_an_offer_with_more_in_it_is_not(said: str) -> None:
    assert not only_in_passing(said)


def test_no_apology_or_concession_when_nothing_challenged_them() -> None:
    # lateness-absence opens defensive: "Let me know if you need anything." after a hello had
    # got "Alright. I know it's not fair on Tom." (a repair that concedes a fault nobody named)
    scenario = _scenario("lateness-absence")
    reply = _replies("lateness-absence", "Hi Leanne, thanks for coming in.",
                     "Let me know if you need anything.")[-1]
    assert reply not in scenario.lines.repair, reply
    assert "sorry" not in reply.lower() and "not fair" not in reply, reply


def test_a_closing_offer_after_a_threat_is_taken_as_a_close_not_a_repair() -> None:
    # quality-slipping: "My door's always open." after a threat had got "Thanks for saying
    # that. I do want to fix this."
    replies = _replies("quality-slipping", "You're sloppy. The code is fine. The testing is "
                       "not.", "One more bug gets to production and we go to a performance "
                       "plan.", "My door's always open.")
    assert replies[-1] in OFFER_TAKEN[Mood.DEFENSIVE] + OFFER_TAKEN[Mood.HOSTILE], replies[-1]


def test_a_closing_offer_after_the_telling_is_thanked_as_a_close() -> None:
    # lateness-absence, collaborative after the telling: "Let me know if you need anything,
    # alright?" had got "Yeah, fine. I don't want to leave Tom in it."
    lines = ("Hiya Leanne, come in, grab a seat.",
             "I'm not here to tell you off. I'm wondering what's going on for you in the "
             "mornings.",
             "Sounds like the mornings have been a real scramble.",
             "That sounds exhausting, working nights as well and then coming in here.",
             "Thanks for telling me that. A second job's fine by me, honestly. What would make "
             "the mornings workable?",
             "Let me know if you need anything, alright?")
    played = _played("lateness-absence", *lines)
    reply = played.session.transcript.turns[-1].text
    entry = played.session.persona_trace[-1]
    assert ROOT_CAUSE in entry.revealed
    assert reply in OFFER_TAKEN[entry.mood], reply


def _C(*codes: Code) -> TurnCoding:
    return TurnCoding(primary=Primary.INPUT, codes=frozenset(codes))


# disengaged-after-reorg: support offered with an invitation, what was seen, a reflection and a
# question: the hint is out and the invitation stands, so the next turn that makes room tells it
_NEARLY = ((_C(Code.SUPPORT_OFFER), True), (_C(Code.OBSERVATION), False),
           (_C(Code.REFLECTION), False), (_C(Code.OPEN_QUESTION), False))


def _nearly_told() -> PersonaMind:
    mind = PersonaMind(_scenario("disengaged-after-reorg"))
    for i, (coding, invited) in enumerate(_NEARLY):
        mind.observe(2 * i + 1, coding, invited=invited)
    return mind


@pytest.mark.parametrize("closing", ["Let me know if you need anything, sorry again.",
                                     "My door's always open, you know that."])
def test_the_cause_is_not_told_over_a_closing_offer(closing: str) -> None:
    # the cause had been told to "Let me know if you need anything, sorry again.", with no turn
    # left to answer it (the lead's play, P5's notes)
    entry = _nearly_told().observe(9, _C(Code.SUPPORT_OFFER), in_passing=only_in_passing(closing))
    assert ROOT_CAUSE not in entry.newly_revealed
    # (an open question there tells it)
    assert ROOT_CAUSE in _nearly_told().observe(9, _C(Code.OPEN_QUESTION)).newly_revealed


def test_kind_yes_no_questions_after_the_telling_do_not_put_them_on_the_defensive() -> None:
    # after the telling, met kindly, a run of yes/no questions ("Are you getting enough sleep?",
    # "Would a later start help?") had counted as an interrogation: +5 defensiveness each, and
    # in a lateness play the collaborative report turned defensive and said no to a later start
    mind = _nearly_told()
    assert ROOT_CAUSE in mind.observe(9, _C(Code.OPEN_QUESTION)).newly_revealed
    start = mind.observe(11, _C(Code.AFFIRMATION, Code.SUPPORT_OFFER))
    closed = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))
    entries = [mind.observe(13 + 2 * k, closed) for k in range(6)]
    assert all(e.mood == Mood.COLLABORATIVE for e in entries)
    assert entries[-1].defensiveness - start.defensiveness <= 10, entries[-1].defensiveness
    # (before the telling, the same run is still an interrogation)
    cold = PersonaMind(_scenario("disengaged-after-reorg"))
    runs = [cold.observe(1 + 2 * k, closed) for k in range(6)]
    assert runs[-1].defensiveness - runs[0].defensiveness > 10


def test_a_hello_is_not_answered_as_a_question() -> None:
    # career-conversation: "Hi Sofia, thanks for coming." had got "I don't know. I'm happy doing
    # what I'm doing, I think."
    reply = _replies("career-conversation", "Hi Sofia, thanks for coming.")[-1]
    assert not reply.startswith(("I don't know", "Whatever", "Mm. I'm not sure")), reply


# --- 4. the earlier meeting's plan, said back -----------------------------------------------------


def test_a_plan_in_the_managers_words_is_said_back_in_the_reports() -> None:
    assert reported("You ship the retry fix by Friday the 20th, and I'll take the two "
                    "dashboard tickets off you.") == (
        "that I'd ship the retry fix by Friday the 20th, and you'd take the two dashboard "
        "tickets off me")
    assert reported("Priya comes off the support rota for three weeks; Marcus covers it.") is None


def test_the_plan_quoted_is_the_managers_and_grammatical(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from roleplay.engine.session import SessionEngine
    from roleplay.persona.offline import OfflineVoice
    from roleplay.scoring.listening import as_heard
    from roleplay.storage.sqlite import SqliteSessionStore

    store = SqliteSessionStore(tmp_path / "sessions.db")
    coder = default_coder()
    try:
        first = SessionEngine.start(store, coder, OfflineVoice(), _scenario("missed-deadlines"),
                                    hears=as_heard)
        for line in ("Hi Priya.", "So the plan: you ship the retry fix by Friday the 20th, "
                     "and I'll take the two dashboard tickets off you. Does that work?"):
            first.manager_says(line)
            first.report_reply()
        first.end()
        second = SessionEngine.start(store, coder, OfflineVoice(), _scenario("second-meeting"),
                                     manager=first.session.manager, hears=as_heard)
        replies = []
        for line in ("Hi Priya.", "What did we write down last time?", "Did the retry fix ship?"):
            second.manager_says(line)
            replies.append(second.report_reply().text)
    finally:
        store.close()
    quoted = [r for r in replies if "We wrote down" in r]
    assert quoted, replies
    assert all("So the plan" not in r and '"' not in r for r in quoted), quoted
    assert any("that I'd ship the retry fix by Friday the 20th" in r for r in quoted), quoted


def test_what_was_agreed_is_answered_with_it() -> None:
    from roleplay.persona.agreement_memory import _WHAT_AGREED
    assert not _WHAT_AGREED.search("I want to start with what we agreed, not with the fix.")

    # "What did we write down last time?" had got "It's just been a lot. Harder than last time,
    # in some ways."
    reply = _replies("second-meeting", "Hi Priya. Long time.",
                     "Last time we agreed some things. What did we write down?")[-1]
    assert reply.startswith("We wrote down "), reply


# --- 5. a whole meeting that holds together -------------------------------------------------------


@pytest.mark.parametrize(("scenario_id", "lines"), [
    ("missed-deadlines", ("Hi Priya.", "The retry fix slipped twice.",
                          "Here's my proposal: you ship the retry fix by Friday the 20th and you "
                          "flag in stand-up if it slips. Does that work?",
                          "Great. So can you ship the retry fix by Friday the 20th?",
                          "And you'll flag it in stand-up if it slips?",
                          "Will you actually do it this time?")),
    ("peer-feedback", ("Hi Hannah.",
                       "Let's agree this: you take concerns to Leo directly first, before the "
                       "channel. Does that work for you?",
                       "So will you talk to Leo directly next time?",
                       "And no more posting in the channel?")),
])
def test_a_step_agreed_is_not_refused(scenario_id: str, lines: tuple[str, ...]) -> None:
    # they had said yes, then "No. Not the way things are at the moment." / "Not really, no.
    # It's been a stressful couple of months." to the same step
    replies = _replies(scenario_id, *lines)
    agreed_at = next(i for i, r in enumerate(replies) if r.startswith("Yes"))
    for reply in replies[agreed_at + 1:]:
        assert reply.startswith("Yes"), replies


def test_a_question_about_something_else_is_not_taken_for_the_step() -> None:
    replies = _replies("peer-feedback", "Hi Hannah.",
                       "Let's agree this: you take concerns to Leo directly first, before the "
                       "channel. Does that work for you?",
                       "Did Leo say anything to you this week?")
    assert replies[-1] not in {line for lines in STILL_AGREED.values() for line in lines}


_TOLD_LATENESS = ("Hiya Leanne, come in, grab a seat.",
                  "I'm not here to tell you off. I'm wondering what's going on for you in the "
                  "mornings.",
                  "Sounds like the mornings have been a real scramble.",
                  "That sounds exhausting, working nights as well and then coming in here.",
                  "Thanks for telling me that. A second job's fine by me, honestly. What would "
                  "make the mornings workable?")


def test_why_not_sooner_after_the_telling_gets_their_reason_not_a_retort() -> None:
    played = _played("lateness-absence", *_TOLD_LATENESS, "Why didn't you tell me sooner?")
    reply = played.session.transcript.turns[-1].text
    assert ROOT_CAUSE in played.session.persona_trace[-2].revealed
    assert reply.startswith("Like I said, I didn't tell you because"), reply


def test_why_not_sooner_in_missed_deadlines_is_no_retort_about_estimates() -> None:
    # had got "So it's all on me. The estimates were never realistic." two turns after the
    # telling was met kindly
    lines = ("Hi Priya, thanks for coming.",
             "The retry fix slipped on the 6th and again on the 13th. What's been going on?",
             "It sounds like you're carrying a lot, maybe more than work.",
             "If something outside work is taking your time, you can tell me, and it stays "
             "between us.",
             "Thank you for telling me. I'm so sorry about your dad.",
             "Okay.", "Why didn't you tell me sooner?")
    scenario = _scenario("missed-deadlines")
    reply = _replies("missed-deadlines", *lines)[-1]
    assert reply not in scenario.lines.reactions.blame, reply


def test_a_step_set_for_them_is_not_proposed_back_as_their_idea() -> None:
    # "So you come off the support rota ... What date feels real for the retry fix?" had got "If
    # someone else covered the support rota for a few weeks, I could focus on the ledger work."
    lines = ("Good morning Priya. Thank you for coming.",
             "The retry queue fix was for the 6th, then the 13th, and it is still open.",
             "I am not angry. I only want to understand what is happening for you.",
             "It sounds like you are carrying a lot, maybe more than the work.",
             "If something outside work is taking your time, you can tell me, and it stays "
             "between us.",
             "Thank you for telling me. Your father comes first. What would help you most now?",
             "So you come off the support rota for three weeks, Marcus covers it, and you can "
             "start at ten. What date feels real for the retry fix?")
    reply = _replies("missed-deadlines", *lines)[-1]
    assert "support rota" not in reply, reply
    assert "retry fix" in reply, reply


def test_a_check_for_what_was_not_asked_is_a_check_for_more() -> None:
    # "Is there anything I have not asked that I should have?" had got "Yeah. I've never said
    # that out loud at work before."
    from roleplay.persona.turn_kinds import MISSED_CHECK
    assert MISSED_CHECK.search("Is there anything I have not asked that I should have?")
    assert MISSED_CHECK.search("Is there something I didn't cover?")
    assert not MISSED_CHECK.search("Is there anything I said that upset you?")
