"""Issue 11, eighteenth pass (J16): the review as a manager and a coach read it.

Found from the lead's play-throughs and by playing managers in voices the project had not used
through the CLI. Each rule has lines of its own, positive and negative; codes are fixed in the
tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Turn
from roleplay.resources import bundled_scenarios_dir
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.facts import ScenarioFacts
from roleplay.scoring.listening import find_disclosures, heard_reflections, says_more
from roleplay.scoring.metrics import ConversationMetrics, compute_metrics
from roleplay.scoring.moves import ManagerMove, rewrites_for
from roleplay.scoring.reading import UNDERTAKES, manager_part
from roleplay.scoring.rubric import load_rubric
from roleplay.scoring.scorer import SessionScorer


def _move(index: int, text: str, *codes: Code, said: str = "", recent: str = "",
          context: str = "", primary: Primary = Primary.INPUT) -> ManagerMove:
    return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                       coding=TurnCoding(primary=primary, codes=frozenset(codes)),
                       context=context or recent or said or None, recent=recent or said or None,
                       said=said or None)


def _facts(name: str) -> ScenarioFacts:
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / f"{name}.yaml"))
    assert facts is not None
    return facts


# --- a guess offered for checking, answered by saying more ------------------------------------

_TOLD = "I think I rush because I feel behind. And then I miss things."
_GUESS = ("So it sounds like you've been pushed to ship fast and testing is the bit that gets "
          "squeezed.")
_REVEAL = ("Okay. I don't really understand the order state machine. And I've never got the "
           "integration tests running on my laptop since I moved. So I can't test properly, and I "
           "ship things and hope QA catches it.")


@pytest.mark.parametrize(("reply", "more"), [
    (_REVEAL, True),
    ("There are bits of the checkout code I haven't quite got my head around yet.", True),
    ("Honestly, it's been a bit overwhelming since I moved to the checkout team.", True),
    ("I'm trying as hard as I can. I don't know what else to do.", False),
    ("The address ticket changed twice, though. It wasn't all me.", False),
    ("Sorry. I know there have been a few bugs.", False),
    ("Am I in trouble? You can tell me if I am.", False),
    ("Okay.", False),
])
def test_saying_more_of_themselves_is_told_from_pushing_back(reply: str, more: bool) -> None:
    assert says_more(reply) is more


def _after_guess(reply: str) -> list[ManagerMove]:
    return [
        _move(1, "What do you think is behind the tickets coming back?", Code.OPEN_QUESTION,
              said="Hi.", primary=Primary.QUESTION),
        _move(3, _GUESS, Code.REFLECTION, said=f"Hi. {_TOLD}", recent=_TOLD,
              primary=Primary.REFLECTION),
        _move(5, "What part of checkout feels least clear to you?", Code.OPEN_QUESTION,
              said=f"Hi. {_TOLD} {reply}", recent=f"{_TOLD} {reply}", primary=Primary.QUESTION),
    ]


def test_a_guess_they_answer_by_saying_more_is_a_reflection() -> None:
    heard = heard_reflections(_after_guess(_REVEAL))
    assert [ct.index for ct in heard.credited] == [3]


@pytest.mark.parametrize("reply", [
    "No, that's not it. I just keep missing things.",
    "I'm trying as hard as I can. I don't know what else to do.",
])
def test_a_guess_they_turn_down_or_defend_against_earns_nothing(reply: str) -> None:
    assert not heard_reflections(_after_guess(reply)).credited


def test_a_meaning_in_their_words_from_earlier_turns_is_a_reflection() -> None:
    told = ("I don't want to be a manager. The bit I love is explaining things. Teaching. I've "
            "been looking at data-education roles.")
    later = ["I'd want it to still count as moving forward, not sideways.",
             "Hm. I think the days I like most are when I'm helping someone.",
             "I don't know. Maybe when the work feels useful to someone."]
    said = " ".join([told, *later])
    reflection = "it sounds like teaching and explaining is the part that gives you energy"
    mine = [_move(9, reflection, Code.REFLECTION, said=said, recent=" ".join(later),
                  primary=Primary.REFLECTION),
            _move(11, "What would a first step be?", Code.OPEN_QUESTION,
                  said=f"{said} Is there such a thing as a senior analyst who mostly teaches?",
                  primary=Primary.QUESTION)]
    assert [ct.index for ct in heard_reflections(mine).credited] == [9]
    # said with confidence of things they never said, it is still a guess
    guess = [_move(9, "so the money is the part that matters to you", Code.REFLECTION,
                   said=said, recent=" ".join(later), primary=Primary.REFLECTION)]
    assert not heard_reflections(guess).credited


# --- a question that reuses one word is not taking a disclosure in -----------------------------

_DISCLOSED = ("Okay. I don't really understand the order state machine. And I've never got the "
              "integration tests running on my laptop since I moved. So I can't test properly, "
              "and I ship things and hope QA catches it. I was too scared to say, because I was "
              "supposed to be one of the strong ones.")


def _disclosure_heard(question: str) -> bool:
    from roleplay.domain.session import Transcript
    turns = [Turn(index=0, speaker="report", text="Hi."),
             Turn(index=1, speaker="manager", text="What's going on?"),
             Turn(index=2, speaker="report", text=_DISCLOSED),
             Turn(index=3, speaker="manager", text=question),
             Turn(index=4, speaker="report", text="Okay.")]
    mine = [_move(1, "What's going on?", Code.OPEN_QUESTION, said="Hi.",
                  primary=Primary.QUESTION),
            _move(3, question, Code.OPEN_QUESTION, said=f"Hi. {_DISCLOSED}",
                  recent=_DISCLOSED, primary=Primary.QUESTION)]
    found = find_disclosures(Transcript(turns=turns), mine, (2,))
    return found[0].by is not None


def test_a_question_reusing_one_of_their_words_does_not_take_a_disclosure_in() -> None:
    assert not _disclosure_heard("What gets in the way of writing the tests before you merge?")


def test_a_question_about_what_they_told_takes_it_in() -> None:
    assert _disclosure_heard("Which part of the order state machine is hardest to follow?")


# --- a non-native present tense for the manager's own step --------------------------------------

@pytest.mark.parametrize(("clause", "undertakes"), [
    ("i talk with the devrel lead about a shadow day", True),
    ("i ask marta about shadow day this week", True),
    ("good, i speak to hr about the hours tomorrow", True),
    ("i ask you to send it by friday", False),
    ("i talk to you on friday", False),
    ("i think you are right", False),
])
def test_a_present_tense_step_of_the_managers_own(clause: str, undertakes: bool) -> None:
    assert bool(UNDERTAKES.search(clause)) is undertakes


def test_the_managers_present_tense_step_is_support() -> None:
    plan = _move(7, "good. i talk with the devrel lead about a shadow day. i ask marta about "
                    "shadow day this week. we meet again on friday 4 december",
                 Code.COMMITMENT, Code.FOLLOW_UP, said="I could talk to someone in devrel.")
    assert manager_part(plan)
    mine = [_move(5, "what is small step you can do", Code.OPEN_QUESTION,
                  primary=Primary.QUESTION, said="Hi."), plan]
    dp = CompetencyScorer(load_rubric()).development_planning(mine, ConversationType.CAREER)
    assert "Missing: support" not in dp.summary, dp.summary


# --- an opening jab is rewritten as a warm opener naming the purpose ----------------------------

def test_a_sarcastic_opener_is_rewritten_as_a_warm_opener() -> None:
    facts = _facts("disengaged-after-reorg")
    jab = _move(1, "Nadia. Thanks for joining, finally with the camera on. Let's keep this brief.",
                Code.LABEL, said="Hi. Yeah, all fine. What did you want to go over?")
    (rw,) = rewrites_for([jab], facts=facts)
    assert rw.suggestion.startswith("Thanks for making the time, Nadia."), rw.suggestion
    assert "how things have been for you since the reorg" in rw.suggestion
    assert "declined" not in rw.suggestion and "What happened" not in rw.suggestion


def test_a_label_later_in_the_talk_still_gets_the_dated_example() -> None:
    facts = _facts("disengaged-after-reorg")
    later = _move(5, "You just don't care any more.", Code.LABEL,
                  said="Hi. Yeah, all fine. It's fine. Just busy.", context="It's fine. Just busy.")
    (rw,) = rewrites_for([later], facts=facts)
    assert not rw.suggestion.startswith("Thanks for making the time"), rw.suggestion


def test_the_opener_end_to_end() -> None:
    scenario = load_scenario(bundled_scenarios_dir() / "quality-slipping.yaml")
    from roleplay.domain.session import Transcript
    turns = [Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager",
                  text="Daniel. Careless as ever, I see. Sit down."),
             Turn(index=2, speaker="report", text="Sorry.")]
    score = SessionScorer().score_transcript(Transcript(turns=turns), scenario.type, scenario)
    said = [r.suggestion for c in score.competencies for r in c.try_instead if r.turn == 1]
    assert said, score.competencies
    assert all("how the checkout work is going" in s for s in said), said


# --- a reflection said as a statement, answered by saying more ----------------------------------

def test_a_statement_they_answer_by_saying_more_is_a_reflection() -> None:
    told = "I'm not sure the usual next step is really for me."
    reveal = ("I think I've been avoiding it because I don't want to be a manager, and I thought "
              "that made me unambitious. The bit I love is explaining things.")
    mine = [_move(9, "So teaching folks is what lights you up.", Code.REFLECTION, said=told,
                  recent=told, primary=Primary.REFLECTION),
            _move(11, "What might a small step look like?", Code.OPEN_QUESTION,
                  said=f"{told} {reveal}", primary=Primary.QUESTION)]
    assert [ct.index for ct in heard_reflections(mine).credited] == [9]


# --- praise is no guess at their meaning -------------------------------------------------------

def test_praise_coded_a_reflection_is_no_guess() -> None:
    mine = [_move(7, "You are doing fantastic, keep it up!", Code.REFLECTION, Code.AFFIRMATION,
                  said="I have tried talking to him. The thing is, it doesn't stick.",
                  primary=Primary.REFLECTION)]
    heard = heard_reflections(mine)
    assert not heard.guesses and not heard.credited


def test_praise_is_heard_as_praise_by_the_report() -> None:
    from roleplay.domain.session import Session, Transcript
    from roleplay.scoring.listening import as_heard
    scenario = load_scenario(bundled_scenarios_dir() / "peer-feedback.yaml")
    turns = [Turn(index=0, speaker="report", text=scenario.opening.report_line),
             Turn(index=1, speaker="manager", text="Maybe just be a bit nicer in the channel?"),
             Turn(index=2, speaker="report", text="I have tried talking to him.")]
    session = Session(id="t", scenario=scenario, transcript=Transcript(turns=turns))
    heard = as_heard(session, "You are doing fantastic, keep it up!",
                     TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION})))
    assert heard.has(Code.AFFIRMATION) and not heard.has(Code.REFLECTION), heard


# --- a short talk the manager ended themselves --------------------------------------------------

def _plan_of(last: str) -> str:
    mine = [_move(1, "Priya, quick one, I have a board call in ten minutes.", Code.INFORMATION,
                  said="Hi."),
            _move(3, "The last three sprints your tickets slipped.", Code.OBSERVATION,
                  said="Hi. Okay."),
            _move(5, last, Code.INFORMATION, said="Hi. Okay. No.")]
    dp = CompetencyScorer(load_rubric()).development_planning(mine,
                                                              ConversationType.UNDERPERFORMANCE)
    return f"{dp.score} {dp.summary}"


@pytest.mark.parametrize("last", [
    "Okay good. Let's keep an eye on it. I have to run, sorry, we are at time.",
    "Right, let's leave it there for today.",
    "That's all for today.",
])
def test_a_short_talk_the_manager_ended_has_no_plan(last: str) -> None:
    said = _plan_of(last)
    assert said.startswith("1 ") and "ended the talk yourself (turn 5)" in said, said


def test_a_short_talk_still_going_is_not_judged_on_its_plan() -> None:
    assert _plan_of("What do you think is behind it?").startswith("None ")


# --- their step put to them in the present is the expectation ----------------------------------

@pytest.mark.parametrize(("text", "sets"), [
    ("So you talk to Leo directly before anything goes in the channel.", True),
    ("okay so you draft a proposal for the crit by friday 4 december", True),
    ("So you talk over people in meetings.", False),
    ("You talk to Leo a lot.", False),
])
def test_their_present_tense_step_sets_them(text: str, sets: bool) -> None:
    from roleplay.scoring.feedback_level import sets_them
    assert sets_them(text) is sets


# --- a bare "What do you think?" after a saying asks them to agree -----------------------------

@pytest.mark.parametrize(("text", "maxim"), [
    ("Rome was not built in a day. What do you think?", True),
    ("Haste makes waste. Thoughts?", True),
    ("I saw the ticket come back on Tuesday. What do you think?", False),
    ("What do you think?", False),
    ("Rome was not built in a day. What is getting in the way?", False),
])
def test_a_view_asked_of_a_saying(text: str, maxim: bool) -> None:
    from roleplay.scoring.questioning_level import asks_view_of_maxim
    assert asks_view_of_maxim(_move(7, text, Code.OPEN_QUESTION)) is maxim


def test_a_lecture_in_proverbs_is_not_praised_for_its_question() -> None:
    mine = [_move(1, "Daniel, Daniel. You know what they say, haste makes waste.", Code.LABEL,
                  said="Hi."),
            _move(3, "Measure twice, cut once. That is my advice to you.", Code.ADVICE,
                  said="Hi. Sorry."),
            _move(5, "Rome was not built in a day. What do you think?", Code.OPEN_QUESTION,
                  said="Hi. Sorry. Okay.", primary=Primary.QUESTION)]
    pq = CompetencyScorer(load_rubric()).powerful_questioning(
        mine, _metrics(mine), ConversationType.UNDERPERFORMANCE)
    assert not pq.went_well and pq.score is not None and pq.score <= 2, pq


def _metrics(mine: list[ManagerMove]) -> ConversationMetrics:
    """The metrics of ``mine`` with a short reply of the report after each turn."""
    turns = [t for ct in mine for t in (
        ct.turn, Turn(index=ct.index + 1, speaker="report", text="Okay, I see."))]
    return compute_metrics(turns, {ct.index: ct.coding for ct in mine})


# --- the plan quoted whole, and praised once --------------------------------------------------

def test_a_plan_with_step_support_and_follow_up_is_quoted_with_all_three() -> None:
    from roleplay.scoring.moves import quote_for
    text = ("So you pair with Kasia on Thursday to get the tests running on your laptop. I'll "
            "free up her afternoon. And tests before every merge from now on. We check in on "
            "Monday 30 November.")
    quoted = quote_for(text, {Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP}, 210)
    assert quoted.startswith("So you pair with Kasia") and "Monday 30 November" in quoted, quoted
    assert quote_for(text, {Code.SUPPORT_OFFER}, 90) == "I'll free up her afternoon."


def test_a_plan_taking_in_the_hint_and_the_telling_is_praised_once() -> None:
    from roleplay.domain.session import Transcript
    lines = [
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "Thanks for coming. I want to talk about the last few sprints."),
        ("report", "Okay. It's been a busy few weeks, that's all."),
        ("manager", "What's been going on for you these last weeks?"),
        ("report", "I've had a lot going on at home. I'd rather not make it a thing."),
        ("manager", "What would make the next two weeks workable for you?"),
        ("report", "My dad had a stroke six weeks ago. I'm at the hospital most mornings and "
                   "evenings, and I didn't want to tell anyone."),
        ("manager", "Okay. I will take you off the support rota for the next two weeks, and you "
                    "send me a note if a date is going to slip. We sit down again on Thursday "
                    "19 November."),
        ("report", "That's fair."),
    ]
    turns = [Turn(index=i, speaker=who, text=text) for i, (who, text) in enumerate(lines)]
    scenario = load_scenario(bundled_scenarios_dir() / "missed-deadlines.yaml")
    score = SessionScorer().score_transcript(Transcript(turns=turns), scenario.type, scenario,
                                             (4, 6))
    al = next(c for c in score.competencies if c.competency.value == "active_listening")
    took = [w for w in al.went_well if w.startswith("You took in what they told you")]
    assert len(took) == 1, al.went_well


# --- non-native forms in the plan ---------------------------------------------------------------

def test_i_tell_the_lead_is_the_managers_step() -> None:
    assert UNDERTAKES.search("i tell the core experience lead you are the owner")
    assert not UNDERTAKES.search("i tell you what, that was bad")


@pytest.mark.parametrize(("text", "asks"), [
    ("ok i understand. what you would like to do about crit", True),
    ("what you would like to do about crit", True),
    ("ok i understand. the crit was good", False),
])
def test_an_uninverted_question_without_its_mark_asks_about_the_plan(text: str,
                                                                     asks: bool) -> None:
    from roleplay.scoring.reading import asks_about_plan
    assert asks_about_plan(_move(7, text, Code.OPEN_QUESTION)) is asks


def test_a_telling_off_about_the_check_in_is_not_praised_as_a_follow_up() -> None:
    mine = [_move(1, "The retry fix was promised for 13 November. Still not there.",
                  Code.OBSERVATION, said="Hi."),
            _move(3, "Just tell me a date.", Code.EXPECTATION, said="Hi. No."),
            _move(5, "Okay Monday. Done. Don't cancel the check-in again please.",
                  Code.FOLLOW_UP, Code.COMMITMENT, said="Hi. No. Monday.")]
    dp = CompetencyScorer(load_rubric()).development_planning(
        mine, ConversationType.UNDERPERFORMANCE)
    assert not [w for w in dp.went_well if "ollow-up" in w], dp.went_well


# --- the manager's own point confirmed with a yes is no reflection ------------------------------

@pytest.mark.parametrize(("text", "issue"), [
    ("So, um, the mornings have been a bit, you know, here and there? Not a big thing.", True),
    ("The retry fix has slipped again?", True),
    ("So it sounds like you've been pushed to ship fast?", False),
    ("So the late logins have been hard on you?", False),
    ("The workshop really mattered to you.", False),
])
def test_the_managers_own_point_is_told_from_a_guess(text: str, issue: bool) -> None:
    from roleplay.scoring.listening import only_the_issue
    assert only_the_issue(_move(3, text, Code.REFLECTION, said="So. Attendance.")) is issue


def test_a_yes_to_the_managers_own_point_is_no_reflection() -> None:
    soft = "So, um, the mornings have been a bit, you know, here and there? Not a big thing."
    mine = [_move(3, soft, Code.REFLECTION, Code.SOFTENER, said="So. Attendance.",
                  primary=Primary.REFLECTION),
            _move(5, "Is everything okay at home?", Code.CLOSED_QUESTION,
                  said="So. Attendance. Yes. I'd rather sort it than keep having these meetings.",
                  primary=Primary.QUESTION)]
    assert not heard_reflections(mine).credited
