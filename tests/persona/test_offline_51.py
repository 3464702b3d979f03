"""The offline report, forty-sixth pass (issue 11, P3): praise is thanked for, an aside or small
talk is heard and answers no question nobody asked, a defensive report asked two questions
answers the last, and a threat the coder missed is never met by a yes to the plan put with it.
Then the question forms (a "what" with its own noun phrase is open, a when-clause before a
yes/no question stays yes/no, a step asked in other words is a step), "anything else to talk
about" from a guarded report is a no, a cuppa is declined without running on, bare thanks after
the plan is a goodbye, a guarded denial does not own up in the same breath, the same line after
another short answer is a repeat, a when asked of a part of the day the manager set gets that
part, and "you're a good worker" after a threat is thanked for. The manager lines are written
for these tests; the replies are the scenarios' own or the scenario-free lines of
``persona.asides``."""

from __future__ import annotations

import pytest

from roleplay.persona.asides import ASIDE_HEARD, SMALL_TALK_PUT_BY, aside, praise_alone, threatens
from roleplay.persona.offline import NO_STEP

from .scripted import bundled as _scenario
from .scripted import replies as _replies

# --- 1. praise is thanked for ----------------------------------------------------------------


@pytest.mark.parametrize("praise", [
    "That was a really good catch on the invoice run last month.",
    "Honestly, the way you handled that angry customer on Friday was brilliant.",
    "I just want to say, you've been a real asset to this team.",
])
def test_praise_from_a_defensive_report_gets_thanks_not_a_concession(praise: str) -> None:
    # lateness-absence opens defensive: praise moved the mind to repair, whose lines concede a
    # fault ("Alright. I know it's not fair on Tom."), or to the reaction to what was seen ("The
    # 2nd. Yes. I was late. I'm not denying it.")
    scenario = _scenario("lateness-absence")
    reply = _replies("lateness-absence", "Hi Leanne, thanks for coming in.", praise)[-1]
    assert reply in scenario.lines.reactions.affirmation, reply


def test_praise_alone_is_read_as_praise() -> None:
    from roleplay.domain.codes import Code
    assert praise_alone("That was a really good catch on the invoice run last month.",
                        [Code.AFFIRMATION])
    assert not praise_alone("You're great with customers, however the Mondays need to stop.",
                            [Code.AFFIRMATION])
    assert not praise_alone("Great work on the release. What's next for you?",
                            [Code.AFFIRMATION, Code.OPEN_QUESTION])


# --- 2. an aside or small talk answers no question nobody asked -------------------------------


@pytest.mark.parametrize("scenario_id", ["lateness-absence", "peer-feedback", "brilliant-jerk"])
def test_small_talk_is_put_by_not_met_by_a_line_about_the_work(scenario_id: str) -> None:
    # "Did you see the match at the weekend?" had got "Half the floor wanders in at ten past.
    # Why is it just me?", "I was just being transparent. That's literally my job."
    first = _scenario(scenario_id).persona.name.split()[0]
    reply = _replies(scenario_id, f"Hi {first}, thanks for coming in.",
                     "Did you see the match at the weekend?")[-1]
    assert reply in {line for lines in SMALL_TALK_PUT_BY.values() for line in lines}, reply


@pytest.mark.parametrize("said", [
    "The coffee machine on the third floor is broken again, would you believe it.",
    "I'm off to Lisbon next week, can't wait.",
    "Anyway, enough about me.",
])
@pytest.mark.parametrize("scenario_id", ["lateness-absence", "missed-deadlines", "peer-feedback"])
def test_an_aside_is_heard_not_answered(scenario_id: str, said: str) -> None:
    # the coffee machine had got "No. And I'd rather not go into why." (a "No." to "would you
    # believe it"), Lisbon "Half the floor wanders in at ten past. Why is it just me?"
    first = _scenario(scenario_id).persona.name.split()[0]
    reply = _replies(scenario_id, f"Hi {first}, thanks for coming in.", said)[-1]
    assert reply in {line for lines in ASIDE_HEARD.values() for line in lines}, reply


@pytest.mark.parametrize("said", [
    "That makes sense.",
    "I'm worried about the Monday mornings.",
    "The queue was short again on Monday.",
    "I've been thinking about what you said.",
    "Take your time.",
])
def test_a_line_about_the_business_or_what_was_said_is_no_aside(said: str) -> None:
    from roleplay.domain.codes import Code
    assert not aside(_scenario("lateness-absence"), said, [Code.INFORMATION]), said


# --- 3. two questions in one turn: the last is answered ---------------------------------------


def test_a_defensive_report_asked_how_it_is_going_and_what_could_change_says_it_does_not_know(
) -> None:
    # had got "So I'm being watched now. Great.", which answers neither question
    reply = _replies("lateness-absence", "Hi Leanne, thanks for coming in.",
                     "How do you feel it's going, and what could we change?")[-1]
    assert reply.startswith(f"{NO_STEP} "), reply


# --- 4. a threat the coder missed is not met by a yes -----------------------------------------


_FIX_IT = "Fix it or you're out. I'll pair you with someone tomorrow, and we'll check in Friday."
_ONE_MORE = ("One more missed date and we go to a performance plan. Let's meet Thursday and "
             "agree the dates. Does that work?")


@pytest.mark.parametrize(("scenario_id", "threat"), [
    ("missed-deadlines", _FIX_IT), ("second-meeting", _FIX_IT),
    ("career-conversation", _FIX_IT), ("quality-slipping", _FIX_IT),
    ("missed-deadlines", _ONE_MORE),
])
def test_a_threat_with_a_plan_is_met_by_the_reaction_to_the_threat(scenario_id: str,
                                                                   threat: str) -> None:
    # had got "Yes, that works. Thank you for not giving up on me.", "Okay. Yes, I'd like that.",
    # "Yes, I think so. As long as the dates are realistic."
    scenario = _scenario(scenario_id)
    first = scenario.persona.name.split()[0]
    reply = _replies(scenario_id, f"Hi {first}.", "I want to talk about the last few weeks.",
                     threat)[-1]
    assert reply in scenario.lines.reactions.threat, reply


@pytest.mark.parametrize(("said", "threat"), [
    ("Fix it or you're out.", True),
    ("If this happens again, you're on a formal warning.", True),
    ("You'll be on a PIP if this carries on.", True),
    ("One more missed date and we go to a performance plan.", True),
    ("I'm not putting you on a performance plan.", False),
    ("This isn't a formal warning, it's a conversation.", False),
    ("Let's get the plan written down.", False),
    ("One more thing and then I'll let you go.", False),
])
def test_a_threat_is_read(said: str, threat: bool) -> None:
    assert threatens(said) is threat, said


# --- 5. found by playing ----------------------------------------------------------------------


@pytest.mark.parametrize("asked", [
    "That's fair. What parts of the job do you enjoy most?",
    "Which bits of the week do you dread?",
])
def test_a_what_with_its_own_noun_phrase_asks_an_open_question(asked: str) -> None:
    # "What parts of the job do you enjoy most?" was read as yes/no and got "Yes, I think so.
    # The workshop was the best day I've had here."
    from roleplay.persona.answering import Form, read_question
    assert read_question(asked).form == Form.OPEN, asked


def test_a_when_clause_before_a_yes_no_question_stays_yes_no() -> None:
    from roleplay.persona.answering import Form, read_question
    assert read_question("When you were late on Monday did you tell Tom?").form == Form.YES_NO


@pytest.mark.parametrize("asked", [
    "So what do you think you could do to get back on track?",
    "What would make the mornings workable for you?",
    "So what are you going to do about it?",
])
def test_a_step_asked_in_other_words_is_a_step(asked: str) -> None:
    # "So what do you think you could do to get back on track?" got "It's hard to explain. The
    # last few weeks have just been a lot."; "What would make the mornings workable for you?"
    # got "I don't want to leave Tom in it again."
    from roleplay.persona.answering import read_question
    assert read_question(asked).asks_for_step, asked


def test_anything_else_to_talk_about_from_a_guarded_report_is_a_no() -> None:
    # had got "No. Not the way things are at the moment." (a no written for another question),
    # then "I suppose so. It depends what the next few weeks look like."
    from roleplay.persona.offline import NOTHING_ELSE
    reply = _replies("missed-deadlines", "Hey Priya, thanks for popping in.",
                     "That was a really good catch on the invoice run last month.",
                     "Great. Anything else you want to talk about?")[-1]
    assert reply == NOTHING_ELSE, reply


def test_a_cuppa_is_declined_without_running_on() -> None:
    # had got "I'm fine, thanks. It's been a stressful couple of months. More than people
    # know." (a warmer state's line, at the first turn)
    from roleplay.persona.offline import DECLINED
    reply = _replies("peer-feedback", "Morning Hannah, cheers for coming up. Cuppa before we "
                     "start?")[-1]
    assert reply == DECLINED, reply


def test_bare_thanks_after_the_plan_is_a_goodbye_not_flattery() -> None:
    # "Great. Thanks, Theo." after the plan had got "Flattery. I like it. Keep going."; "Cool,
    # thanks Priya." got "It's fine. I'm handling it."
    from roleplay.persona.offline import GOODBYES
    goodbyes = {line for lines in GOODBYES.values() for line in lines}
    reply = _replies("brilliant-jerk",
                     "Theo, thanks for grabbing a room.",
                     "On Jun's indexing PR, your comment was \"this is amateur hour\".",
                     "Okay. You'll keep review comments about the code, and we look at it again "
                     "on Thursday 17 December. Does that work?",
                     "Great. Thanks, Theo.")[-1]
    assert reply in goodbyes, reply


def test_an_aside_with_a_tag_gets_no_no() -> None:
    # "Bloody hell, it's freezing in here, isn't it." got "No. If I don't flag it, nobody does."
    reply = _replies("peer-feedback", "Morning Hannah, cheers for coming up.",
                     "Bloody hell, it's freezing in here, isn't it.")[-1]
    assert reply in {line for lines in ASIDE_HEARD.values() for line in lines}, reply


def test_a_guarded_denial_that_all_is_well_does_not_own_up_in_the_same_breath() -> None:
    # "is everything ok at home" got "Yeah. I know I should have said something sooner."
    scenario = _scenario("second-meeting")
    reply = _replies("second-meeting", "hi priya thanks for coming in how are you doing",
                     "so i wanted to go back over what we agreed last time the retry fix and the "
                     "check ins",
                     "the retry fix was due on the 13th and its still not in and you cancelled our "
                     "check in last week",
                     "i know things have been hectic",
                     "is everything ok at home")[-1]
    warmer = set(scenario.lines.warming) | set(scenario.lines.collaborative)
    assert not any(reply.endswith(line) for line in warmer), reply


def test_the_same_line_after_another_short_answer_is_a_repeat() -> None:
    # "No. I know I cancelled. I had a reason. I don't want to go into it." after "Yeah. I know
    # I cancelled. ..." was counted fresh (its content words too few for the near test)
    from roleplay.persona.offline import _said
    assert _said("No. I know I cancelled. I had a reason. I don't want to go into it.",
                 ("Yeah. I know I cancelled. I had a reason. I don't want to go into it.",))
    assert not _said("No.", ("Yeah.",))


def test_when_asked_of_a_part_of_the_day_set_gets_that_part() -> None:
    # "... you pair with him in the afternoons ..." then "When will you pair with Marcus?" got
    # "I want to keep this job. ... I'm not sure of a date yet. Can I come back to you by
    # Friday?"
    reply = _replies("second-meeting",
                     "Hi Priya, thanks for making the time.",
                     "So Marcus owns the retry fix, you pair with him in the afternoons, and we "
                     "meet again Wednesday 25 November.",
                     "When will you pair with Marcus?")[-1]
    assert reply == "In the afternoons, like you said.", reply


def test_praise_of_them_as_a_worker_after_a_threat_is_thanked_for() -> None:
    # "Good. You're a good worker when you're here, you know that." got "Alright. I know it's
    # not fair on Tom." (a concession to praise)
    scenario = _scenario("lateness-absence")
    reply = _replies("lateness-absence", "Leanne. Sit down please.",
                     "Nine late log-ins in twenty days. That's a joke.",
                     "You're lucky you still have a job, honestly.",
                     "Good. You're a good worker when you're here, you know that.")[-1]
    assert reply in scenario.lines.reactions.affirmation, reply
