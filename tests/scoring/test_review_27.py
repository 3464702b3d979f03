"""Issue 11, J11: the review as a coach reads it, found from the lead's play-throughs and by
playing managers in new voices through the CLI.

- The turn praised for taking a disclosure in is the one that says its content back ("So the
  state machine is not clear to you and ..."), not an earlier open question that only shares a
  word with it ("What part of the checkout code gives you the most trouble?"), however the
  coder coded the turn that said it back; the sentence quoted is the one that speaks to it.
- "You reflected back" is not said of a turn that tells them what the manager saw ("the
  workshop you ran on 21 October got five out of five ... you have a lot going for you").
- "Sorry, is everything okay?" and "... Yes chef?" are opened whole, not "What would help you
  sorry, is everything?"; a hedge on the task is dropped ("What would help you think about it
  again...", not "help you maybe think").
- A career conversation's reassurance is no softening of a message it does not hold.
- What the manager will do ("I'll get Jun and Beatriz trained on the indexer") is no specific
  example.
- A look back at the last meeting ("What's changed since we last sat down?", "Check-in
  cancelled on the 12th.") is not praised as a follow-up, nor help promised with nothing in it
  ("I will try to help") as support; "What would be the most helpful first step?" asks about
  the plan.
- A question is not praised as reflecting back ("Okay. What's been hard about it?"), and an
  open question answered in the same breath ("So what do you want, to be an analyst
  forever?") is not praised as an open question; a greeting said aloud with no punctuation
  ("hi sofia thanks for coming how are you doing") is praised last, as a typed one is.
- A fact is said to them when their pronoun comes before anyone else is named ("On Friday 6
  November she copied ... Leo's manager"; "...interrupted Leo while he was explaining" keeps
  Leo's "he"), so two rewrites no longer say the same event: the second draws on another, or
  says none.
- Finding out from HR what the contract allows is support ("Missing: support" had been said
  beside it); reporting them to HR is not.
- The expectation quoted is what they are to do ("You text me the night before..."), not the
  manager's undertaking before it ("I'll find out from HR ...").

Codes are fixed in the tests (not the coder's) where a rule reads codes; the lines are written
for the rules."""

from __future__ import annotations

from dataclasses import replace

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Turn
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.facts import ScenarioFacts, second_person
from roleplay.scoring.listening import Disclosure
from roleplay.scoring.listening_level import says_back, says_it_back, taking_it_in, took_it_in
from roleplay.scoring.metrics import compute_metrics
from roleplay.scoring.moves import ManagerMove, quote_for, rewrites_for, tells_what_happened
from roleplay.scoring.questioning_level import greets
from roleplay.scoring.reading import asks_about_plan, offers_support
from roleplay.scoring.rewrites import open_version
from roleplay.scoring.rubric import load_rubric

SCORER = CompetencyScorer(load_rubric())


def _move(index: int, text: str, *codes: Code, context: str = "",
          primary: Primary = Primary.INPUT) -> ManagerMove:
    return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                       coding=TurnCoding(primary=primary, codes=frozenset(codes)),
                       context=context, recent=context, said=context)


# --- the turn that took it in ------------------------------------------------------------------

TOLD = ("The honest answer is I'm out of my depth on checkout. I can't run the integration tests "
        "locally, and I don't understand how an order moves between states. I didn't ask "
        "because everyone's so busy and I thought I'd look stupid.")
AFTER = "I really do want to be good at checkout."
ASKED = _move(9, "What part of the checkout code gives you the most trouble?",
              Code.OPEN_QUESTION, context=TOLD, primary=Primary.QUESTION)
SAID_BACK = _move(11, "So the state machine is not clear to you and the integration tests have "
                      "never run on your laptop. That explains a lot, honestly. Thank you for "
                      "telling me.", Code.AFFIRMATION, context=f"{TOLD} {AFTER}",
                  primary=Primary.OTHER)


def test_the_turn_that_says_it_back_is_praised_for_taking_it_in() -> None:
    told = Disclosure(turn=8, text=TOLD, after=(ASKED, SAID_BACK), heard=True, by=ASKED)
    assert took_it_in(told) is SAID_BACK
    mine = [ASKED, SAID_BACK]
    turns = [Turn(index=8, speaker="report", text=TOLD), ASKED.turn,
             Turn(index=10, speaker="report", text=AFTER), SAID_BACK.turn,
             Turn(index=12, speaker="report", text="It's a relief to say it, honestly.")]
    metrics = compute_metrics(turns, {ct.index: ct.coding for ct in mine})
    scorer = CompetencyScorer(load_rubric(), disclosures=(told,))
    praised = scorer.active_listening(mine, metrics).went_well
    took = [p for p in praised if p.startswith("You took in what they told you")]
    assert took and "So the state machine" in took[0], praised
    assert not any("most trouble" in p for p in praised), praised


def test_a_question_or_a_claim_of_their_own_is_not_saying_it_back() -> None:
    assert says_it_back(SAID_BACK, TOLD)
    assert not says_it_back(ASKED, TOLD)
    assert not says_it_back(_move(11, "So what is it about the state machine and the "
                                      "integration tests?", Code.OPEN_QUESTION), TOLD)
    # "So" and words of their own, none of theirs: a claim, not their content
    assert not says_it_back(_move(11, "So you need to work longer hours until it is fixed.",
                                  Code.AFFIRMATION), TOLD)
    assert not says_it_back(_move(11, "So you're out of your depth and can't run the tests. "
                                      "Honestly, that's careless.", Code.LABEL), TOLD)


def test_a_turn_that_took_it_in_itself_stays_the_one_praised() -> None:
    first = _move(9, "So you can't run the integration tests locally and the order states are "
                     "a mystery. Thank you for telling me.", Code.SUMMARY, context=TOLD)
    told = Disclosure(turn=8, text=TOLD, after=(first, SAID_BACK), heard=True, by=first)
    assert took_it_in(told) is first


def test_the_sentence_that_takes_it_in_is_quoted() -> None:
    told = ("It's the payments outage. In the post-mortem on the 8th, the VP said in front of "
            "everyone that QA should have caught it, and that build never came through us.")
    plan = _move(15, "Alright. Here's the deal: concerns about mobile go to Leo directly first, "
                     "not the channel. I'll talk to the VP about correcting the post-mortem "
                     "record by Friday 4 December.", Code.EXPECTATION, Code.SUPPORT_OFFER,
                 context=told)
    quoted = taking_it_in(plan, told).turn.text
    assert quoted.startswith("I'll talk to the VP"), quoted
    one = _move(15, "Thank you for telling me.", Code.AFFIRMATION, context=told)
    assert taking_it_in(one, told) is one


# --- "You reflected back" ----------------------------------------------------------------------


def test_telling_them_what_you_saw_is_not_praised_as_reflecting_back() -> None:
    recent = "I don't know. I'm happy doing what I'm doing, I think."
    told = _move(3, "So, to give some context, the workshop you ran on 21 October got five out "
                    "of five from all four analysts, so I think you have a lot going for you.",
                 Code.REFLECTION, Code.OBSERVATION, context=recent)
    assert not says_back(told, [told])
    # a feeling named in a sentence of its own still is
    felt = _move(3, "On Tuesday the release slipped again. That sounds like a lot to carry.",
                 Code.REFLECTION, Code.OBSERVATION, context=recent)
    assert says_back(felt, [felt])
    # and speaking of them, with no feedback in the turn, still is
    assert says_back(_move(3, "So you're happy where you are.", Code.REFLECTION,
                           context="Fine."), [])


# --- rewrites of closed questions --------------------------------------------------------------


@pytest.mark.parametrize(("said", "expected"), [
    ("Sorry, is everything okay?", "How are things going for you, really?"),
    ("Right. Get the onboarding flow done properly by Friday and be at crit. Yes chef?",
     "What would help you get the onboarding flow done properly by Friday and be at crit?"),
    ("Look, be here at nine, okay?", "What would help you be here at nine?"),
    ("Fill in the form by Friday. Okay?", "What would help you fill in the form by Friday?"),
    ("I understand. So maybe think about it again for next cycle, okay?",
     "What would help you think about it again for next cycle?"),
])
def test_a_closed_question_or_tagged_order_is_opened_whole(said: str, expected: str) -> None:
    assert open_version(said) == expected


# --- a career conversation holds no message to soften ------------------------------------------


def test_reassurance_in_a_career_conversation_is_no_softening() -> None:
    mine = [_move(1, "Your review form came back with the two-years question blank, which is "
                     "totally fine, it's not a test, and you're not in trouble at all.",
                  Code.SOFTENER, Code.INFORMATION),
            _move(3, "The workshop you ran on 21 October got five out of five from all four "
                     "analysts.", Code.OBSERVATION)]
    career = SCORER.feedback_delivery(mine, ConversationType.CAREER)
    assert not any("softened" in e.note for e in career.evidence), career.evidence
    assert "Softening" not in career.summary
    under = SCORER.feedback_delivery(mine, ConversationType.UNDERPERFORMANCE)
    assert any("softened" in e.note for e in under.evidence), under.evidence


# --- the example is what happened, not what the manager will do --------------------------------


def test_the_managers_undertaking_is_no_specific_example() -> None:
    assert not tells_what_happened("And I'll get Jun and Beatriz trained on the indexer so "
                                   "you're not the only one on the pager.")
    assert tells_what_happened("On Tuesday 27 October you wrote \"Did you even run this?\" on "
                               "Jun's pull request.")
    turn = _move(15, "Here's what I need: review comments about the code, not the person, from "
                     "today. And I'll get Jun and Beatriz trained on the indexer so you're not "
                     "the only one on the pager. We'll debrief Friday 4 December.",
                 Code.OBSERVATION, Code.EXPECTATION, Code.COMMITMENT, Code.FOLLOW_UP)
    praised = SCORER.feedback_delivery([turn], ConversationType.BEHAVIOUR_FEEDBACK).went_well
    assert praised and praised[0].startswith("Clear expectation: \"Here's what I need"), praised


# --- the plan ------------------------------------------------------------------------------------


def test_a_look_back_at_the_last_meeting_is_not_praised_as_a_follow_up() -> None:
    back = _move(7, "Talk me through it. What's changed since we last sat down?",
                 Code.OPEN_QUESTION, Code.FOLLOW_UP)
    step = _move(15, "I'll take you off the support rota, and we'll check in on Tuesday 24 "
                     "November.", Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP)
    praised = SCORER.development_planning([back, step], ConversationType.UNDERPERFORMANCE)
    assert not any("since we last sat down" in p for p in praised.went_well), praised.went_well
    assert any("Tuesday 24" in p for p in praised.went_well), praised.went_well


def test_the_most_helpful_first_step_is_asked_about_the_plan() -> None:
    assert asks_about_plan(_move(13, "What would be the most helpful first step, in your "
                                     "opinion?", Code.OPEN_QUESTION))
    assert not asks_about_plan(_move(13, "What was the most difficult part?",
                                     Code.OPEN_QUESTION))


def test_a_question_is_not_praised_as_reflecting_back() -> None:
    recent = "Some of it I'm sort of guessing at. I didn't want to keep bothering people."
    asked = _move(7, "Okay. What's been hard about it?", Code.REFLECTION, Code.OPEN_QUESTION,
                  context=recent)
    assert not says_back(asked, [])
    heard = _move(7, "What I'm hearing is you've been guessing and didn't want to bother people.",
                  Code.REFLECTION, context=recent)
    assert says_back(heard, [])
    checked = _move(7, "So you've been guessing at some of it?", Code.REFLECTION, context=recent)
    assert says_back(checked, [])


@pytest.mark.parametrize(("said", "praised"), [
    ("So what do you want, to be an analyst forever?", False),
    ("What do you want, a medal?", False),
    ("What would you want your next step to be, and how can I help?", True),
    ("What gave you the most energy this year?", True),
])
def test_an_open_question_answered_in_the_same_breath_is_not_praised(said: str,
                                                                      praised: bool) -> None:
    turn = _move(7, said, Code.OPEN_QUESTION, primary=Primary.QUESTION)
    turns = [Turn(index=6, speaker="report", text="I don't know."), turn.turn,
             Turn(index=8, speaker="report", text="Okay.")]
    metrics = compute_metrics(turns, {7: turn.coding})
    went = SCORER.powerful_questioning([turn], metrics).went_well
    assert bool(went) is praised, went


def test_a_cancelled_check_in_is_not_praised_as_a_follow_up() -> None:
    told = _move(3, "Check-in cancelled on the 12th. Retry fix missed on the 13th.",
                 Code.OBSERVATION, Code.FOLLOW_UP)
    step = _move(11, "Ship the retry fix Friday, and we meet again on Thursday 26 November.",
                 Code.COMMITMENT, Code.FOLLOW_UP)
    praised = SCORER.development_planning([told, step], ConversationType.UNDERPERFORMANCE)
    assert not any("cancelled" in p for p in praised.went_well), praised.went_well
    assert any("26 November" in p for p in praised.went_well), praised.went_well


def test_help_promised_with_nothing_in_it_is_not_praised_as_support() -> None:
    vague = _move(11, "Please tell me what is going on, I will try to help.",
                  Code.OPEN_QUESTION, Code.SUPPORT_OFFER)
    real = _move(17, "I will check with HR about the second job rule by Friday, and we review "
                     "on Tuesday 8 December.", Code.COMMITMENT, Code.SUPPORT_OFFER,
                 Code.FOLLOW_UP)
    praised = SCORER.development_planning([vague, real], ConversationType.UNDERPERFORMANCE)
    assert not any("try to help" in p for p in praised.went_well), praised.went_well
    assert any("check with HR" in p for p in praised.went_well), praised.went_well


def test_a_spoken_greeting_is_praised_last() -> None:
    greeting = _move(1, "hi sofia thanks for coming how are you doing", Code.OPEN_QUESTION,
                     primary=Primary.QUESTION)
    asked = _move(5, "what parts of the work this year gave you the most energy",
                  Code.OPEN_QUESTION, primary=Primary.QUESTION)
    assert greets(greeting) and not greets(asked)
    turns = [Turn(index=0, speaker="report", text="Hi."), greeting.turn,
             Turn(index=2, speaker="report", text="Fine."), asked.turn,
             Turn(index=6, speaker="report", text="The workshop.")]
    metrics = compute_metrics(turns, {1: greeting.coding, 5: asked.coding})
    went = SCORER.powerful_questioning([greeting, asked], metrics).went_well
    assert "energy" in went[0], went


def test_the_expectation_quoted_is_theirs_not_the_managers_undertaking() -> None:
    said = ("Okay. I'll find out from HR what the contract says about a second job by Friday 27 "
            "November, and let's try a 10 o'clock start on Mondays. You text me the night before "
            "if you can't make it. We check in on Tuesday 1 December. Does that work for you?")
    assert quote_for(said, {Code.EXPECTATION}, 90) == \
        "You text me the night before if you can't make it."


# --- the scenario's facts, said to them ---------------------------------------------------------


@pytest.mark.parametrize(("fact", "said"), [
    ("On Friday 6 November she copied the head of engineering and Leo's manager into an email.",
     "On Friday 6 November you copied the head of engineering and Leo's manager into an email."),
    ("In the meeting on Tuesday 17 November she interrupted Leo three times while he was "
     "explaining the build plan.",
     "In the meeting on Tuesday 17 November you interrupted Leo three times while he was "
     "explaining the build plan."),
    ("Tom covered the morning and skipped his lunch break.",
     "Tom covered the morning and skipped his lunch break."),
])
def test_their_pronoun_before_anyone_else_is_named_is_them(fact: str, said: str) -> None:
    assert second_person(fact, "Hannah", "she") == said


@pytest.mark.parametrize("fact", [
    "On Jun's pull request on Tuesday 27 October, Theo merged his own rewrite.",
    "Leo told her the build was late on Friday 6 November.",
])
def test_their_pronoun_after_another_name_is_not_turned_round(fact: str) -> None:
    assert second_person(fact, "Theo" if "Theo" in fact else "Hannah",
                         "he" if "Theo" in fact else "she") is None


def test_two_rewrites_never_say_the_same_event() -> None:
    scenario = load_scenario(bundled_scenarios_dir() / "peer-feedback.yaml")
    facts = ScenarioFacts.of(scenario)
    assert facts is not None
    blame = _move(5, "And you copied the head of engineering on a two-hour delay. Because "
                     "obviously that needed escalating.", Code.BLAME,
                  context="Okay, the post on the 29th. It was true, though.")
    label = _move(9, "Right. Well, Leo's furious and frankly so am I. Stop doing it.", Code.LABEL,
                  context="I don't know. I just want things to be tested properly.")
    focus = (Code.THREAT, Code.LABEL, Code.BLAME, Code.SOFTENER)
    for given in (facts, replace(facts, facts=facts.facts[:1])):
        said = [r.suggestion for r in rewrites_for([label, blame], focus, facts=given)]
        assert len(said) == 2, said
        assert not ("29 October" in said[0] and "29 October" in said[1]), said


def test_finding_out_from_hr_what_the_contract_allows_is_support() -> None:
    plan = _move(17, "Okay. I'll find out from HR what the contract says about a second job by "
                     "Friday 27 November. You text me the night before if you can't make it. We "
                     "check in on Tuesday 1 December. Does that work for you?",
                 Code.CLOSED_QUESTION, Code.EXPECTATION, Code.COMMITMENT, Code.FOLLOW_UP,
                 Code.SUPPORT_OFFER)
    assert offers_support(plan)
    level = SCORER.development_planning([plan], ConversationType.UNDERPERFORMANCE)
    assert "Missing: support" not in level.summary, level.summary
    process = _move(17, "I'll be reporting this to HR, and we meet on Tuesday 1 December.",
                    Code.COMMITMENT, Code.FOLLOW_UP, Code.SUPPORT_OFFER)
    assert not offers_support(process)


def test_a_deflection_after_a_short_answer_is_not_reflected() -> None:
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / "lateness-absence.yaml"))
    assert facts is not None
    said = "No. I make every minute up. Nobody mentions that."
    assert facts.deflects(said)
    asked = _move(9, "Okay. Is it something at home?", Code.CLOSED_QUESTION, context=said)
    rewrites = SCORER.__class__(load_rubric(), facts).active_listening(
        [asked], compute_metrics([Turn(index=8, speaker="report", text=said), asked.turn,
                                  Turn(index=10, speaker="report", text="No.")],
                                 {9: asked.coding})).try_instead
    assert not any("every minute" in r.suggestion for r in rewrites), rewrites


def test_what_the_manager_saw_is_still_the_example() -> None:
    assert tells_what_happened("We can see from the logs that you logged in at 9:47 on Monday 2 "
                               "November.")


def test_the_old_plan_recalled_is_not_praised_as_a_follow_up() -> None:
    recalled = _move(1, "Priya ah, come sit. Last time we agreed the plan, right? Retry fix by the "
                        "13th, off the rota, check-in every Thursday.", Code.FOLLOW_UP)
    step = _move(9, "You do core hours 1 to 5 from Monday 23 November.", Code.COMMITMENT)
    praised = SCORER.development_planning([recalled, step],
                                          ConversationType.UNDERPERFORMANCE).went_well
    assert not any("Follow-up" in p for p in praised), praised
    booked = _move(11, "Last time we agreed Thursdays, so let's meet again on Thursday 26 "
                       "November.", Code.FOLLOW_UP)
    praised = SCORER.development_planning([recalled, step, booked],
                                          ConversationType.UNDERPERFORMANCE).went_well
    assert any("26 November" in p for p in praised), praised
