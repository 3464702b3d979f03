"""Issue 11, fourteenth pass (J14): the review as a manager and a coach read it.

Hearing a hint needs its content, not only "it sounds like"; quotes are whole clauses a manager
recognises (no "and going forward if you're going to be late" alone, no preamble before the
example of a run-on spoken turn); a plan recap is quoted by its steps, not its opening facts;
"Support and follow-up" quotes the offer; "Specific example and impact" quotes the impact too.

Codes are fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.session import Transcript, Turn
from roleplay.scoring.listening import find_disclosures
from roleplay.scoring.moves import ManagerMove, quote_for, went_well
from roleplay.scoring.scorer import moves

# --- hearing a hint needs its content -------------------------------------------------------

_HINT = "Yeah. I've had a lot going on at home, to be honest."


def _heard(reflection: str) -> bool:
    turns = (
        Turn(index=0, speaker="manager", text="How did the migration go?"),
        Turn(index=1, speaker="report",
             text="The migration took much longer than we planned, the vendor kept changing "
                  "things."),
        Turn(index=2, speaker="manager", text="What else is going on?"),
        Turn(index=3, speaker="report", text=_HINT),
        Turn(index=4, speaker="manager", text=reflection),
        Turn(index=5, speaker="report", text="Okay."),
        Turn(index=6, speaker="manager", text="Let's agree the next steps for the migration."),
    )
    codes = {0: TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION})),
             2: TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION})),
             4: TurnCoding(primary=Primary.REFLECTION, codes=frozenset({Code.REFLECTION})),
             6: TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.COMMITMENT}))}
    transcript = Transcript(turns=turns)
    return find_disclosures(transcript, moves(transcript, codes), (3,))[0].heard


@pytest.mark.parametrize("text", [
    "It sounds like the migration took a lot more than anyone planned.",
    "Sounds like the vendor kept changing things.",
])
def test_a_reflection_of_something_else_does_not_hear_the_hint(text: str) -> None:
    assert not _heard(text)


@pytest.mark.parametrize("text", [
    "It sounds like things at home have been a lot.",
    "So a lot going on at home.",
    "It sounds like your family needs you right now.",
    "It sounds like you're under pressure.",
])
def test_a_reflection_that_carries_the_hint_hears_it(text: str) -> None:
    assert _heard(text)


# --- quotes are whole clauses ---------------------------------------------------------------

SPOKEN_REQUEST = ("and going forward if youre going to be late could you message me the night "
                  "before or by eight at the latest")


def test_a_condition_is_quoted_with_the_request_it_belongs_to() -> None:
    whole = quote_for(SPOKEN_REQUEST, {Code.EXPECTATION}, 200)
    assert "could you message me" in whole and "if you" in whole, whole
    short = quote_for(SPOKEN_REQUEST, {Code.EXPECTATION}, 90)
    assert short.startswith("could you message me the night before"), short
    assert not short.endswith("late"), short


RAMBLING = ("so um the thing is and i dont want this to sound like a telling off because it "
            "isnt but there have been a few mornings where the login has been late like monday "
            "the twenty sixth of october you called in at eight fifty two and tom ended up "
            "covering")


def test_a_run_on_example_is_quoted_from_the_example_not_the_preamble() -> None:
    quote = quote_for(RAMBLING, {Code.OBSERVATION}, 90)
    assert quote.startswith("there have been a few mornings"), quote


def test_a_short_turn_is_quoted_whole() -> None:
    text = "So you were late on Monday. I need a message by eight."
    assert quote_for(text, {Code.EXPECTATION}, 200) == text


RECAP = ("So just to summarize: the Oct 26 and Nov 16 sick calls and the late logins hurt the "
         "morning queue and Tom; you'll be on at 9:00 or message me early; I'll look at the "
         "Monday start and check with HR; and we review on Dec 8. Did I get everything right?")


@pytest.mark.parametrize(("codes", "start"), [
    ({Code.COMMITMENT}, "you'll be on at 9:00"),
    ({Code.COMMITMENT, Code.FOLLOW_UP}, "you'll be on at 9:00"),
    ({Code.SUPPORT_OFFER}, "I'll look at the Monday start"),
    ({Code.FOLLOW_UP}, "we review on Dec 8"),
])
def test_a_recap_is_quoted_by_what_the_label_says(codes: set[Code], start: str) -> None:
    for limit in (90, 200):
        quote = quote_for(RECAP, codes, limit)
        assert quote.startswith(start), (limit, quote)


OFFER_THEN_MEETING = ("From my side, I can look at a later Monday start or a shift swap for a "
                      "while. Can we review this on Tuesday, Dec 8, 3 PM?")


def _move(index: int, text: str, *codes: Code) -> ManagerMove:
    return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                       coding=TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
                       context="", recent="", said="")


def test_support_and_follow_up_quotes_the_offer() -> None:
    move = _move(23, OFFER_THEN_MEETING, Code.SUPPORT_OFFER, Code.FOLLOW_UP)
    (line,) = went_well([(move, "Support and follow-up")])
    assert "I can look at a later Monday start" in line, line
    assert quote_for(OFFER_THEN_MEETING, {Code.FOLLOW_UP}, 90).startswith("Can we review"), \
        quote_for(OFFER_THEN_MEETING, {Code.FOLLOW_UP}, 90)


@pytest.mark.parametrize("text", [
    "Let me share what I have. On Monday, Oct 26, you called in sick at 8:52. Tom covered the "
    "morning and he skipped his lunch break already.",
    "Then on 11/2, also a Monday, you logged in to the queue at 9:47. Shift starts at 9:00, so "
    "the queue opened with two agents instead of four, and the average wait went up to 14 "
    "minutes against our 4-minute target.",
])
def test_example_and_impact_quotes_both(text: str) -> None:
    move = _move(5, text, Code.OBSERVATION, Code.IMPACT)
    (line,) = went_well([(move, "Specific example and impact")])
    assert ("Oct 26" in line or "11/2" in line) and ("Tom covered" in line
                                                     or "two agents" in line), line


# --- found playing managers in new voices (J14) ---------------------------------------------

def _q(text: str, *codes: Code) -> ManagerMove:
    return ManagerMove(turn=Turn(index=3, speaker="manager", text=text),
                       coding=TurnCoding(primary=Primary.QUESTION, codes=frozenset(codes)),
                       context="", recent="", said="")


@pytest.mark.parametrize("text", [
    "So what is the problem? Alarm clock?",  # a Polish shift lead: the answer guessed for them
    "What's going on? Traffic?",
    "We make a plan last time. Retry fix not shipped. What is this?",  # an accusation
])
def test_a_question_answered_for_them_or_rhetorical_is_not_praised(text: str) -> None:
    from roleplay.scoring.questioning_level import answers_itself

    assert answers_itself(_q(text, Code.OPEN_QUESTION))


@pytest.mark.parametrize("text", [
    "What's been happening? Thoughts?", "What's going on? Anything else?",
    "How are you doing? Really?", "What was that like for you?", "What's this about?",
])
def test_an_open_question_with_an_invitation_is_still_praised(text: str) -> None:
    from roleplay.scoring.questioning_level import answers_itself

    assert not answers_itself(_q(text, Code.OPEN_QUESTION))


def test_a_check_said_as_a_statement_asks_what_would_help() -> None:
    from roleplay.scoring.rewrites import open_version

    assert open_version("You can do this?") == "What would help you do this?"


def test_an_apologetic_offer_is_not_softened_feedback() -> None:
    from roleplay.scoring.moves import softens

    offer = _move(11, "Okay, sorry. Is there anything I could do? Sorry, I don't want to pry.",
                  Code.SOFTENER, Code.CLOSED_QUESTION, Code.SUPPORT_OFFER)
    assert not softens(offer)
    message = _move(5, "Sorry, I mean, the invoice export was a bit late, I think?",
                    Code.SOFTENER, Code.OBSERVATION, Code.CLOSED_QUESTION)
    assert softens(message)


def test_an_expectation_said_as_what_the_manager_would_like_is_quoted() -> None:
    text = ("That's a good idea. I can talk to the Core Experience lead this week about you "
            "owning the onboarding redesign end to end. And I'd like the wireframes with states "
            "by Friday 27 November. Does that feel doable?")
    assert quote_for(text, {Code.EXPECTATION}, 200) == \
        "And I'd like the wireframes with states by Friday 27 November."


def test_notes_told_in_a_run_are_quoted_as_the_run() -> None:
    text = ("Point one. PR 4812, discount codes. Merged Tuesday 20 October. No tests. Promo codes "
            "down three hours next morning.")
    quote = quote_for(text, {Code.OBSERVATION}, 90)
    assert quote.startswith("PR 4812, discount codes. Merged Tuesday 20 October."), quote


def test_a_quotation_is_quoted_to_its_end() -> None:
    text = ('On Thursday 29 October you posted in #releases, "Another release blocked by '
            'mobile\'s untested build. Again." with a screenshot of Leo\'s pull request. That '
            "channel's got about 180 people in it.")
    quote = quote_for(text, {Code.OBSERVATION}, 200)
    assert quote.count('"') == 2 and quote.endswith("pull request."), quote


# --- the try-instead lines ------------------------------------------------------------------

DISCLOSED = ("I was promised the lead role. Karen said it in June, in writing, more or less. "
             "After the reorg it just disappeared and someone external got it, and nobody said "
             "anything to me. I felt invisible. I've started interviewing. I've got a final round "
             "next week.")


def test_the_acknowledgement_reflects_how_it_was_for_them() -> None:
    from roleplay.scoring.rewrites import acknowledgement_for

    said = acknowledgement_for(15, "x", DISCLOSED).suggestion
    assert "It sounds like you felt invisible." in said, said


@pytest.mark.parametrize("told", [
    "I love the analysis work. I just don't want to manage people.",
    "I didn't know who to ask about the state machine.",
])
def test_no_burden_is_pitied_where_none_was_told(told: str) -> None:
    from roleplay.scoring.rewrites import acknowledgement_for, reflection_for

    assert "a lot to carry" not in acknowledgement_for(3, "x", told).suggestion
    rw = reflection_for(3, "x", told)
    assert rw is not None and "hardest part" not in rw.suggestion, rw


@pytest.mark.parametrize("told", [
    "The retro thing? It was a joke. Amara knows I rate her.",
    "Okay, the review on Jun's PR. Yeah, that was blunt. But it was broken.",
    "I was only joking. Amara knows that.",
])
def test_an_excuse_is_not_reflected(told: str) -> None:
    from roleplay.scoring.reflecting import reflectable

    # (the scenario's names let a clause that opens on a name be handed back)
    assert reflectable(told, frozenset({"Amara", "Theo", "Jun"})) is None


def test_a_feeling_told_with_a_joke_in_it_is_still_reflected() -> None:
    from roleplay.scoring.reflecting import reflectable

    assert reflectable("I was joking around with the team and now I feel awful about it.")


def test_the_expectation_gets_no_reflection_rewrite() -> None:
    from roleplay.scoring.listening import listening_rewrites

    expectation = ManagerMove(
        turn=Turn(index=13, speaker="manager",
                  text="So what I need going forward is that concerns about someone's work go to "
                       "them directly first, or to me, not to the whole channel. Can you do that?"),
        coding=TurnCoding(primary=Primary.INPUT,
                          codes=frozenset({Code.EXPECTATION, Code.CLOSED_QUESTION})),
        context="Yes. That's exactly it. I feel like I'm the only one watching.",
        recent="", said="")
    assert listening_rewrites([expectation], [], [], None) == []


def test_a_softened_message_is_rewritten_with_a_fact_of_what_they_did() -> None:
    from roleplay.resources import bundled_scenarios_dir
    from roleplay.scenarios import load_scenario
    from roleplay.scoring.facts import ScenarioFacts

    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / "brilliant-jerk.yaml"))
    assert facts is not None
    fact = facts.best_for("Listen, you are very strong technically, everybody know this. But the "
                          "team, they find your comments a little bit hard.")
    # "Jun and Beatriz had each asked ... to move off the search team" is what others did
    assert fact is not None and fact.observation is not None
    assert "Beatriz" not in fact.observation, fact.observation


def test_a_choice_put_to_them_is_no_reflection() -> None:
    from roleplay.scoring.listening import heard_reflections, offers_choice

    text = "Is it because you are not happy with the new team, or is it the work itself?"
    assert offers_choice(text)
    assert not offers_choice("I wonder if you've felt left out of that decision?")
    ask = ManagerMove(turn=Turn(index=5, speaker="manager", text=text),
                      coding=TurnCoding(primary=Primary.QUESTION,
                                        codes=frozenset({Code.CLOSED_QUESTION})),
                      context="It's fine. Just busy.", recent="It's fine. Just busy.",
                      said="It's fine. Just busy.")
    answer = _move(7, "Okay. I understand, changes are difficult for everybody.")
    answer = ManagerMove(turn=answer.turn, coding=answer.coding, context="I'd rather not say.",
                         recent="It's fine. Just busy. I'd rather not say, honestly.",
                         said="It's fine. Just busy. I'd rather not say, honestly.")
    assert not heard_reflections([ask, answer]).credited


# --- the plan: their own step, taken up ---------------------------------------------------

def test_their_step_taken_up_is_a_step_of_theirs() -> None:
    from roleplay.domain.scenario import ConversationType
    from roleplay.scoring.competencies import CompetencyScorer
    from roleplay.scoring.rubric import load_rubric

    def turn(index: int, text: str, context: str, *codes: Code) -> ManagerMove:
        return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                           coding=TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
                           context=context, recent=context, said=context)

    mine = [
        turn(15, "What would help?", "Somebody has to pick up when it breaks.",
             Code.OPEN_QUESTION),
        turn(17, "And I'll take you off the on-call rota for December and get Jun and Beatriz "
                 "trained on the indexer.", "Honestly? I'm cooked.", Code.SUPPORT_OFFER),
        turn(19, "What would you want to do about Jun?", "I should apologise to Amara.",
             Code.OPEN_QUESTION),
        turn(21, "Good. Let's meet again on Friday 4 December to see how the reviews are going.",
             "I could keep my review comments about the code, not the person, starting this "
             "week.", Code.FOLLOW_UP),
    ]
    plan = CompetencyScorer(load_rubric()).development_planning(
        mine, ConversationType.BEHAVIOUR_FEEDBACK)
    assert plan.score == 5, plan
    assert "Missing: a concrete next step" not in plan.summary, plan.summary
    assert "In turn 21 you took up the step they had proposed." in plan.summary, plan.summary


def test_taking_up_a_refusal_is_no_step() -> None:
    from roleplay.scoring.planning_level import agrees_their_step

    ok = ManagerMove(turn=Turn(index=3, speaker="manager", text="Good. Let's do that."),
                     coding=TurnCoding(primary=Primary.OTHER, codes=frozenset()),
                     context="I'd rather not. I can't promise anything.", recent="", said="")
    assert not agrees_their_step(ok)


def test_their_step_put_as_a_suggestion_is_no_advice() -> None:
    from roleplay.scoring.rewrites import puts_their_step

    assert puts_their_step("Maybe think about it and let me know next week?")
    assert not puts_their_step("Maybe try writing tests first?")


def test_a_word_of_feeling_used_of_something_else_acknowledges_no_feeling() -> None:
    from roleplay.scoring.listening import judge_reflections

    recap = _move(25, RECAP, Code.SUMMARY)
    recap = ManagerMove(turn=recap.turn, coding=recap.coding, context="Yeah, fine.",
                        recent="It's been a lot lately. I'm knackered. Yeah, fine.",
                        said="It's been a lot lately. I'm knackered. Yeah, fine.")
    assert recap not in judge_reflections([recap]).feeling
    heard = ManagerMove(turn=Turn(index=13, speaker="manager",
                                  text="Thank you for telling me that. That sounds like a lot to "
                                       "be carrying alone."),
                        coding=TurnCoding(primary=Primary.REFLECTION,
                                          codes=frozenset({Code.REFLECTION})),
                        context="It's been harder than it looks.",
                        recent="It's been harder than it looks.",
                        said="It's been harder than it looks.")
    assert heard in judge_reflections([heard]).feeling


def test_taking_up_a_wish_is_no_step() -> None:
    from roleplay.scoring.planning_level import agrees_their_step

    asked = _q("Okay, well, I just need you here by nine, that's all. Can you do that for me?",
               Code.EXPECTATION, Code.CLOSED_QUESTION)
    great = ManagerMove(turn=Turn(index=9, speaker="manager",
                                  text="Great. And hey, if you need anything, my door's always "
                                       "open."),
                        coding=TurnCoding(primary=Primary.INPUT,
                                          codes=frozenset({Code.SUPPORT_OFFER})),
                        context="Yes. I'd rather sort it than keep having these meetings.",
                        recent="", said="")
    assert not agrees_their_step(great, asked)


def test_the_same_words_cited_for_two_faults_are_one_quote() -> None:
    from roleplay.domain.scenario import ConversationType
    from roleplay.scoring.competencies import CompetencyScorer
    from roleplay.scoring.rubric import load_rubric

    both = _move(5, "Were you even testing? Did you just not bother?", Code.LABEL, Code.BLAME,
                 Code.CLOSED_QUESTION)
    fb = CompetencyScorer(load_rubric()).feedback_delivery(
        [both], ConversationType.UNDERPERFORMANCE)
    cited = [e for e in fb.evidence if e.turn == 5]
    assert len(cited) == 1 and "labels the person" in cited[0].note \
        and "blame" in cited[0].note, fb.evidence


def test_a_jab_after_the_notes_is_not_part_of_their_run() -> None:
    quote = quote_for("Nine tickets reopened. Nine! Aisha's had it up to here with you.",
                      {Code.OBSERVATION}, 90)
    assert "Aisha" not in quote, quote


def test_a_discourse_marker_takes_up_nothing() -> None:
    from roleplay.scoring.planning_level import agrees_their_step

    asked = _q("What do you think would help the team feel a bit more comfortable coming to you?",
               Code.OPEN_QUESTION)
    mine = ManagerMove(turn=Turn(index=15, speaker="manager",
                                 text="Okay so, um, here's what I'm thinking. Keep the reviews a "
                                      "bit softer. Is that okay."),
                       coding=TurnCoding(primary=Primary.INPUT,
                                         codes=frozenset({Code.EXPECTATION})),
                       context="I could keep my review comments about the code, not the "
                               "person, starting this week.", recent="", said="")
    assert not agrees_their_step(mine, asked)
    took = ManagerMove(turn=Turn(index=15, speaker="manager",
                                 text="okay lets do that and well sit down again on tuesday"),
                       coding=mine.coding, context=mine.context, recent="", said="")
    assert agrees_their_step(took, asked)
