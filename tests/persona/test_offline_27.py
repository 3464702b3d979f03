"""Issue 11, J11: the offline report's replies fit what was said, found from the lead's
play-throughs and by playing managers in new voices through the CLI.

- After the report has told the hidden cause, an open question about it or about what is hard
  ("What part of the checkout code gives you the most trouble?") gets a line that names the
  cause again in other words (``lines.answers.cause``), not a mood line ("I really do want to be
  good at checkout."); never before the reveal, each line said once. Every bundled scenario
  holds two or three such lines, each in the hidden cause's own words (the schema checks it).
- "What kind of help?" and the reaction to an offer answer help offered, not "I'll be straight
  with you" (which the coder may code an offer).
- A tag may name who it is said to ("Yes chef?", "Okay boss?").
- "What would be the most helpful first step?" and "What would a plan look like that you could
  keep?" ask for a step.
- A question asked of them is not handed back with "Okay. Go on."
- "Take your time" is courtesy, not the topic: no "I make the time up".
- After the reveal, "Which bits?" or "Like what?" asks for more of the cause.
- "How long has it been like that?" is an open question, not a yes/no one ("Yes. I really want
  to get this right."); "And?" asks them to go on; "Is there any problem you are facing?" is
  about them, not a plan to agree to.
- A follow-up's agreement is quoted as the sentence the manager named, never with the bare
  "Good." before it, and an order given now ("Ship the retry fix Friday.") is a new
  expectation, not a question about the old agreement.
- "Are we done here?" closes the meeting: a yes and a goodbye in their mood, not "No. Well, not
  on purpose."; a line about what they meant answers only a question about intent.
- A composed short answer is never followed by a line with its own yes or no ("Not really.
  Yes. I mean..."), and "How does that sound?" after a plan gets the agreement ("Yes, that
  works."), not a line about their mood.

Real scenarios and the real offline chooser; the lines are written for the rules."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from roleplay.domain.codes import Code
from roleplay.domain.mind import Mood, TraceEntry
from roleplay.domain.scenario import Scenario
from roleplay.domain.session import Turn
from roleplay.persona.agreement_memory import Agreement, agreement_reply, quoted
from roleplay.persona.answering import ABOUT_THEM, Form, read_question
from roleplay.persona.fitting import intent_not_asked
from roleplay.persona.offline import ASKS_TO_END, GO_ON, GOODBYES, WHICH_HELP, pick_line
from roleplay.ports.persona import ReplyRequest

from .conftest import BUNDLED, load_scenario

SCENARIOS = sorted(p.stem for p in BUNDLED.glob("*.yaml"))


def _entry(revealed: tuple[str, ...], *moves: Code, mood: Mood = Mood.COLLABORATIVE,
           reply_key: str = "reaction", reaction: Code | None = Code.OPEN_QUESTION) -> TraceEntry:
    return TraceEntry(turn=9, moves=moves or (Code.OPEN_QUESTION,), trust_before=60,
                      defensiveness_before=20, openness_before=70, trust=62,
                      defensiveness=18, openness=74, revealed=revealed, mood=mood,
                      reply_key=reply_key, reaction=reaction)


def _reply(scenario: Scenario, asked: str, entry: TraceEntry, used: tuple[str, ...] = ()) -> str:
    turns = (Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager", text=asked))
    return pick_line(ReplyRequest(scenario=scenario, turns=turns, trace=(entry,),
                                  used_lines=used))


@pytest.mark.parametrize("name", SCENARIOS)
def test_every_scenario_holds_two_or_three_lines_naming_the_cause(name: str) -> None:
    cause = load_scenario(BUNDLED / f"{name}.yaml").lines.answers.cause
    assert 2 <= len(cause) <= 3, cause


@pytest.mark.parametrize("name", SCENARIOS)
@pytest.mark.parametrize("asked", ["What's the hardest part of it for you?",
                                   "What gets in the way most?",
                                   "what part of it gives you the most trouble"])
def test_after_the_reveal_what_is_hard_is_answered_with_the_cause(name: str, asked: str) -> None:
    scenario = load_scenario(BUNDLED / f"{name}.yaml")
    cause = scenario.lines.answers.cause
    assert _reply(scenario, asked, _entry(("hint", "root_cause"))) in cause
    # said once: the next one is another cause line, then the state's lines again
    assert _reply(scenario, asked, _entry(("hint", "root_cause")), used=tuple(cause[:1])) \
        in cause[1:]
    assert _reply(scenario, asked, _entry(("hint", "root_cause")), used=tuple(cause)) \
        not in cause


def test_the_checkout_question_is_answered_with_the_cause_not_a_mood_line() -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    reply = _reply(scenario, "What part of the checkout code gives you the most trouble?",
                   _entry(("hint", "root_cause")))
    assert reply in scenario.lines.answers.cause
    assert "state machine" in reply, reply  # the one the question names most: the code


@pytest.mark.parametrize("name", SCENARIOS)
def test_before_the_reveal_no_cause_line_is_said(name: str) -> None:
    scenario = load_scenario(BUNDLED / f"{name}.yaml")
    for revealed in ((), ("hint",)):
        for mood in (Mood.GUARDED, Mood.WARMING):
            reply = _reply(scenario, "What's the hardest part of it for you?",
                           _entry(revealed, mood=mood))
            assert reply not in scenario.lines.answers.cause, (revealed, mood, reply)


def test_a_question_about_something_else_after_the_reveal_gets_no_cause_line() -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    for asked in ("How was your weekend?", "What would you like to do next week?"):
        assert _reply(scenario, asked, _entry(("hint", "root_cause"))) \
            not in scenario.lines.answers.cause


def test_a_hostile_report_does_not_open_up_again() -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    reply = _reply(scenario, "What's the hardest part?", _entry(
        ("hint", "root_cause"), mood=Mood.HOSTILE, reply_key="hostile", reaction=None))
    assert reply not in scenario.lines.answers.cause


def test_a_cause_line_in_words_the_cause_never_used_is_refused() -> None:
    data = load_scenario(BUNDLED / "quality-slipping.yaml").model_dump(mode="json")
    data["lines"]["answers"]["cause"] = ["Honestly, my landlord put the rent up."]
    with pytest.raises(ValidationError, match=r"lines\.answers\.cause"):
        Scenario.model_validate(data)


# --- help asked about only when help was offered -------------------------------------------------


def _said_to(name: str, said: str, entry: TraceEntry) -> str:
    return _reply(load_scenario(BUNDLED / f"{name}.yaml"), said, entry)


@pytest.mark.parametrize("name", SCENARIOS)
def test_straight_talk_coded_an_offer_gets_no_answer_about_help(name: str) -> None:
    entry = _entry((), Code.SUPPORT_OFFER, mood=Mood.GUARDED, reaction=Code.SUPPORT_OFFER)
    scenario = load_scenario(BUNDLED / f"{name}.yaml")
    reply = _reply(scenario, "Sit down. I'll be straight with you, like I would with any of my "
                             "crew.", entry)
    assert reply not in scenario.lines.reactions.support_offer, reply
    assert not WHICH_HELP.search(reply), reply
    # an offer that names help still gets the reaction to it
    offered = _reply(scenario, "If there's anything that would help, tell me.", entry)
    assert offered in scenario.lines.reactions.support_offer or not \
        scenario.lines.reactions.support_offer, offered


# --- tags that name who they are said to -------------------------------------------------------


@pytest.mark.parametrize("said", [
    "Right. Get the onboarding flow done properly by Friday and be at crit. Yes chef?",
    "Be in at nine from Monday. Okay boss?",
    "Tests before merging from now on, yeah mate?",
])
def test_a_tag_with_a_name_for_them_is_a_tag(said: str) -> None:
    question = read_question(said)
    assert question.form == Form.YES_NO and question.tag, question


def test_a_question_with_a_name_in_it_still_asks() -> None:
    assert not read_question("Is the new rota okay, mate?").tag


# --- the step asked for ------------------------------------------------------------------------


@pytest.mark.parametrize("said", [
    "What would be the most helpful first step, in your opinion?",
    "What would a plan look like that you could actually keep?",
])
def test_a_question_about_the_step_is_answered_with_a_step(said: str) -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    reply = _reply(scenario, said, _entry(("hint",), mood=Mood.WARMING))
    assert reply in scenario.lines.answers.step, reply


# --- a question asked is not handed back ---------------------------------------------------------


@pytest.mark.parametrize("said", ["Talk me through it. What's changed since we last sat down?",
                                  "Is something going on at home?"])
def test_a_question_is_not_answered_go_on(said: str) -> None:
    for name in SCENARIOS:
        scenario = load_scenario(BUNDLED / f"{name}.yaml")
        for mood in (Mood.GUARDED, Mood.DEFENSIVE):
            reply = _reply(scenario, said, _entry((), Code.OPEN_QUESTION, mood=mood,
                                                  reply_key=mood.value, reaction=None))
            assert not GO_ON.search(reply), (name, mood, reply)


def test_go_on_still_answers_a_statement() -> None:
    assert GO_ON.search("Okay. Go on. I know this isn't a great conversation.")
    assert not GO_ON.search("I could go on about it all day.")


# --- courtesy about time is not the topic ------------------------------------------------------


def test_take_your_time_is_not_answered_about_time() -> None:
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    for turns in range(2, 12):
        entry = _entry((), Code.AFFIRMATION, mood=Mood.GUARDED, reply_key="guarded",
                       reaction=None)
        said = ("That sounds like a lot to be carrying. Take your time, there's no rush at "
                "all.")
        history = tuple(Turn(index=i, speaker="report" if i % 2 == 0 else "manager",
                             text="Okay.") for i in range(turns))
        request = ReplyRequest(scenario=scenario, trace=(entry,), used_lines=(), turns=(
            *history, Turn(index=turns, speaker="manager", text=said)))
        reply = pick_line(request)
        assert "time" not in reply.lower(), reply


@pytest.mark.parametrize("asked", ["Which bits?", "Like what?", "Okay, in what way?"])
def test_a_follow_up_for_more_after_the_reveal_gets_the_cause(asked: str) -> None:
    scenario = load_scenario(BUNDLED / "quality-slipping.yaml")
    assert _reply(scenario, asked, _entry(("hint", "root_cause"))) \
        in scenario.lines.answers.cause


@pytest.mark.parametrize("asked", ["Right. How long has it been like that?",
                                   "How often does it happen?",
                                   "How many times has that happened?"])
def test_how_long_or_how_often_is_an_open_question(asked: str) -> None:
    assert read_question(asked).form == Form.OPEN


@pytest.mark.parametrize("asked", ["And?", "So?", "Meaning?"])
def test_a_bare_and_asks_them_to_go_on(asked: str) -> None:
    assert read_question(asked).form == Form.OPEN


def test_is_there_any_problem_you_are_facing_is_about_them() -> None:
    asked = read_question("Is there any problem you are facing? You can share with me.")
    assert asked.form == Form.YES_NO and ABOUT_THEM.search(asked.text)
    scenario = load_scenario(BUNDLED / "lateness-absence.yaml")
    reply = _reply(scenario, "Is there any problem you are facing? You can share with me.",
                   _entry((), Code.CLOSED_QUESTION, mood=Mood.GUARDED,
                          reaction=Code.CLOSED_QUESTION))
    assert reply not in scenario.lines.answers.say_yes, reply


def test_go_on_then_is_handed_back_too() -> None:
    assert GO_ON.search("No. Right. Go on then.")


# --- a follow-up: what was agreed, quoted as it was agreed --------------------------------------


AGREED = ("Good. I take the support rota from you for three weeks, and you can move your hours "
          "around the visits. The retry fix first, and you tell me in stand-up if a date is at "
          "risk. We talk again Thursday 12 November")


def test_the_agreement_quoted_is_the_sentence_named_without_a_bare_good() -> None:
    agreement = Agreement(text=AGREED)
    said = "What happened with the retry fix?"
    assert quoted(agreement, said) == ("The retry fix first, and you tell me in stand-up if a "
                                       "date is at risk")
    assert not quoted(agreement).startswith("Good.")


def test_an_order_given_now_is_not_answered_with_the_old_agreement() -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    turns = (Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager", text="Okay. Ship the retry fix Friday. Don't "
                                                   "cancel Thursday."))
    entry = _entry((), Code.ADVICE, mood=Mood.DEFENSIVE, reply_key="reaction",
                   reaction=Code.ADVICE)
    request = ReplyRequest(scenario=scenario, turns=turns, trace=(entry,), agreements=(AGREED,))
    assert agreement_reply(request, turns[-1].text) is None
    asked = (*turns[:1], Turn(index=1, speaker="manager", text="Did the retry fix ship?"))
    request = ReplyRequest(scenario=scenario, turns=asked, trace=(entry,), agreements=(AGREED,))
    reply = agreement_reply(request, asked[-1].text)
    assert reply is not None and "The retry fix first" in reply and "Good." not in reply, reply


# --- closing asked, intent not asked, a spoken greeting ---------------------------------------


@pytest.mark.parametrize("mood", list(Mood))
def test_are_we_done_here_gets_a_goodbye(mood: Mood) -> None:
    scenario = load_scenario(BUNDLED / "peer-feedback.yaml")
    reply = _reply(scenario, "Are we done here?", _entry((), Code.CLOSED_QUESTION, mood=mood,
                                                         reaction=Code.CLOSED_QUESTION))
    assert reply.startswith("Yes. ") and reply[5:] in GOODBYES[mood], reply


def test_a_line_about_intent_answers_only_a_question_about_intent() -> None:
    line = "No. Well, not on purpose. I was trying to flag a real problem."
    assert intent_not_asked(line, "Do you understand the policy?")
    assert not intent_not_asked(line, "Did you mean to embarrass Leo?")
    scenario = load_scenario(BUNDLED / "peer-feedback.yaml")
    for mood in (Mood.GUARDED, Mood.DEFENSIVE):
        reply = _reply(scenario, "The policy requires concerns to be raised directly. Do you "
                                 "understand the policy?",
                       _entry((), Code.CLOSED_QUESTION, mood=mood, reaction=Code.CLOSED_QUESTION))
        assert "on purpose" not in reply, reply


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_short_answer_is_never_followed_by_another_answer(name: str) -> None:
    scenario = load_scenario(BUNDLED / f"{name}.yaml")
    answers = scenario.lines.answers
    for mood in (Mood.GUARDED, Mood.WARMING):
        used = tuple(answers.say_yes + answers.say_no)
        reply = _reply(scenario, "Can you confirm whether you were aware of the process?",
                       _entry((), Code.CLOSED_QUESTION, mood=mood,
                              reaction=Code.CLOSED_QUESTION), used=used)
        assert not re.match(r"^(?:yes|yeah|no|not really|sure)\b[^.?!]*[.?!]\s+(?:yes|yeah|no|"
                            r"not really|sure)\b", reply, re.I), reply


def test_how_does_that_sound_after_a_plan_gets_the_agreement() -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    said = ("Okay. Let's do that: core hours 1 to 5 until the carers start, and you stay off the "
            "support rota. I'll talk to HR on Monday about part-time options. We meet Thursday "
            "26 November. How does that sound?")
    entry = _entry(("hint", "root_cause"), Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER,
                   reply_key="agreeing", reaction=None)
    assert _reply(scenario, said, entry) in scenario.lines.agreeing
    # an open question about the plan still asks for content, not a "yes, that works"
    asked = _reply(scenario, "What would a plan look like that actually fits now?", entry)
    assert not asked.startswith("Yes"), asked


def test_a_short_answer_is_not_followed_by_i_dont_know() -> None:
    scenario = load_scenario(BUNDLED / "peer-feedback.yaml")
    answers = scenario.lines.answers
    reply = _reply(scenario, "I note your response. Is there any context you wish to have "
                             "recorded?",
                   _entry((), Code.CLOSED_QUESTION, mood=Mood.GUARDED,
                          reaction=Code.CLOSED_QUESTION),
                   used=tuple(answers.say_yes + answers.say_no))
    assert "I don't know. Maybe?" not in reply, reply


@pytest.mark.parametrize(("said", "ends"), [("Right, are we done?", True),
                                            ("Is that it for today?", True),
                                            ("Is that it?", False),
                                            ("Is that everything that's going on?", False),
                                            ("Are we done with the tests?", False)])
def test_only_asking_to_end_the_meeting_is_a_goodbye(said: str, ends: bool) -> None:
    assert bool(ASKS_TO_END.match(said.lower())) is ends


def test_a_question_for_a_time_or_a_number_gets_no_cause_line() -> None:
    scenario = load_scenario(BUNDLED / "disengaged-after-reorg.yaml")
    for asked in ("When is your final round interview?", "How long have you been interviewing?"):
        assert _reply(scenario, asked, _entry(("hint", "root_cause"))) \
            not in scenario.lines.answers.cause
    assert _reply(scenario, "What's the hardest part of the interviewing?",
                  _entry(("hint", "root_cause"))) in scenario.lines.answers.cause
    assert _reply(scenario, "What's the hardest part when you think about staying?",
                  _entry(("hint", "root_cause"))) in scenario.lines.answers.cause


def test_a_new_plan_with_a_meeting_day_is_not_answered_with_the_old_agreement() -> None:
    scenario = load_scenario(BUNDLED / "second-meeting.yaml")
    said = ("Okay lor. You do core hours 1 to 5, Marcus take the retry fix. We meet Thursday 26 "
            "November, can?")
    turns = (Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager", text=said))
    entry = _entry((), Code.CLOSED_QUESTION, mood=Mood.GUARDED, reaction=Code.CLOSED_QUESTION)
    request = ReplyRequest(scenario=scenario, turns=turns, trace=(entry,), agreements=(
        "I'll take you off the support rota for a few weeks, and you move your hours around "
        "the hospital.",))
    assert agreement_reply(request, said) is None
