"""Issue 11, twentieth pass (J18): the review as a manager and a coach read it.

From the lead's notes on the last play-throughs and by playing managers in voices the project had
not used through the CLI (a Liverpool warehouse lead, a manager who says "basically" every
sentence, one who answers their own questions, an ex-teacher who lectures, a recogniser
transcript with homophones). Each rule has lines of its own, positive and negative; codes are
fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Rewrite
from roleplay.domain.sentences import CLOSING
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.moves import ManagerMove, rewrites_for
from roleplay.scoring.rubric import load_rubric
from roleplay.scoring.scorer import SessionScorer

from .conftest import transcript
from .test_review_34 import _metrics, _move


def _opening(text: str) -> str:
    return " ".join(text.lower().split()[:3])


# --- the rewrites of one card never open alike -------------------------------------------------

def test_two_acknowledgements_in_one_card_open_differently() -> None:
    t = transcript(
        ("manager", "Thanks for coming in. How have things been?"),
        ("report", "Honestly, my mum has been in hospital since October and I've been driving "
                   "there every night after work."),
        ("manager", "Okay. The reports were late on Friday the 3rd and Friday the 10th."),
        ("report", "I know. I'm also looking after my little brother at weekends since my dad "
                   "moved away."),
        ("manager", "Right. I need the report by Thursday night from now on."),
        ("report", "Okay."),
        ("manager", "Let's check in on Friday the 24th."),
        ("report", "Fine."),
    )
    score = SessionScorer().score_transcript(t)
    for card in score.competencies:
        said = [rw.suggestion for rw in card.try_instead]
        assert len({_opening(s) for s in said}) == len(said), said
        # nor the same question twice after a different opening
        asks = [s.split(". ", 2)[-1] for s in said]
        assert len(set(asks)) == len(asks), said
    listening = next(c for c in score.competencies if c.competency.value == "active_listening")
    assert len(listening.try_instead) == 2, listening.try_instead


def test_distinct_openings_rewords_a_repeated_stock_opening() -> None:
    from roleplay.scoring.rewrites import distinct_openings
    said = distinct_openings([
        Rewrite(turn=3, original="a", suggestion="It sounds like you feel watched. Tell me more."),
        Rewrite(turn=5, original="b", suggestion="It sounds like you came in ready for a fight."),
        Rewrite(turn=7, original="c", suggestion="What have you tried so far?"),
    ])
    assert said[0].suggestion.startswith("It sounds like you feel watched"), said
    assert not said[1].suggestion.startswith("It sounds like"), said
    assert said[1].suggestion.endswith("you came in ready for a fight."), said
    assert said[2].suggestion == "What have you tried so far?"


# --- small talk is no evidence of powerful questioning -------------------------------------------

def _questioning(first: str, *codes: Code) -> tuple[int | None, str, list[Rewrite]]:
    mine = [_move(1, first, *codes, said="So. Attendance.", primary=Primary.QUESTION),
            _move(3, "What's been making the mornings hard?", Code.OPEN_QUESTION,
                  said="So. Attendance. Fine.", primary=Primary.QUESTION)]
    qs = CompetencyScorer(load_rubric()).powerful_questioning(
        mine, _metrics(mine), ConversationType.UNDERPERFORMANCE)
    said = " | ".join([qs.summary, *qs.went_well, *(e.note + ": " + e.quote for e in qs.evidence)])
    return qs.score, said, list(qs.try_instead)


@pytest.mark.parametrize(("line", "codes"), [
    ("Alright Leanne, how's the form? Good weekend?", (Code.CLOSED_QUESTION,)),
    ("Alright Leanne, how's the form? Good weekend?", (Code.OPEN_QUESTION,)),
    ("Morning Priya, how's the form? Grand.", (Code.OPEN_QUESTION,)),
    ("How's life?", (Code.OPEN_QUESTION,)),
    ("Morning! Busy weekend?", (Code.CLOSED_QUESTION,)),
])
def test_small_talk_is_not_praised_nor_called_a_guess(line: str, codes: tuple[Code]) -> None:
    _, said, rws = _questioning(line, *codes)
    assert line.split("?")[0].split(",")[-1].strip() not in said, said
    assert "answered with your own guess" not in said, said
    assert all(rw.turn != 1 for rw in rws), rws


def test_a_question_about_the_work_is_still_praised() -> None:
    _, said, _ = _questioning("How's the queue been this week?", Code.OPEN_QUESTION)
    assert "How's the queue been this week?" in said, said


@pytest.mark.parametrize(("line", "guessed"), [
    ("Why have the mornings been hard? Traffic probably, or the bus.", True),
    ("What's blocking it? The migration, I guess.", True),
    ("What's been going on? Take your time.", False),
    ("What would help? No rush, I reckon we have time.", False),
])
def test_a_bare_answer_with_its_hedge_is_a_guess(line: str, guessed: bool) -> None:
    from roleplay.scoring.questioning_level import guesses_answer
    assert guesses_answer(_move(3, line, Code.OPEN_QUESTION, primary=Primary.QUESTION)) is guessed


# --- a talk again with no day in it closes the meeting -------------------------------------------

@pytest.mark.parametrize(("line", "closes"), [
    ("Sound. We'll chat again sometime, no bother.", True),
    ("Okay, thank you Priya. We will catch up soon.", True),
    ("Cool, basically let's chat again sometime.", True),
    ("We'll talk again on Friday.", False),
    ("Let's catch up soon about the retry fix.", False),
    ("I'll talk to Leo soon.", False),
    ("We'll talk again soon, and you send me the draft by Friday.", False),
])
def test_a_talk_again_sometime_is_a_goodbye(line: str, closes: bool) -> None:
    said = line.lower().replace("\u2019", "'")
    assert bool(CLOSING.match(said)) is closes


def test_a_talk_again_sometime_is_not_praised_as_a_follow_up() -> None:
    # (whether the coder keeps it a follow-up for the level is the coder's; it is never praised)
    mine = [_move(1, "So could you message me the night before if you're going to be late?",
                  Code.EXPECTATION, Code.CLOSED_QUESTION, said="Hi."),
            _move(3, "Sound. We'll chat again sometime, no bother.", Code.FOLLOW_UP,
                  said="Hi. No.")]
    dp = CompetencyScorer(load_rubric()).development_planning(
        mine, ConversationType.UNDERPERFORMANCE)
    assert not any("chat again" in w for w in dp.went_well), dp.went_well


# --- a request with its check is the right yes/no question ---------------------------------------

@pytest.mark.parametrize(("line", "good"), [
    ("Could you try and let me know the night before if you're going to be late, would that "
     "be okay?", True),
    ("Could you message me the night before if you're going to be late?", True),
    ("Would that be alright for you?", True),
    ("Were you late again on Monday?", False),
    ("Could you try setting two alarms?", False),
])
def test_a_request_with_its_check_is_a_good_closed_question(line: str, good: bool) -> None:
    from roleplay.scoring.rewrites import good_closed_question
    coding = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))
    assert good_closed_question(line, coding) is good


def test_a_request_with_its_check_is_not_rewritten_as_an_open_question() -> None:
    soft = _move(13, "So could you try and let me know the night before if you're going to be "
                     "late, would that be okay?", Code.CLOSED_QUESTION, Code.INFORMATION)
    assert not rewrites_for([soft], (Code.ADVICE, Code.CLOSED_QUESTION))


# --- rewrites are sentences -----------------------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("Any more of this and you'll be off the release process. Sorted?",
     "What would help make sure it doesn't happen again?"),
    ("Basically, is everything okay?", "How are things going for you, really?"),
    ("Honestly, is everything alright?", "How are things going for you, really?"),
])
def test_a_filler_word_is_not_part_of_the_question(line: str, expected: str) -> None:
    from roleplay.scoring.rewrites import open_version
    assert open_version(line) == expected


def test_a_kept_expectation_keeps_its_own_question_mark() -> None:
    line = "Going forward I need you on the queue at 9. Will you be there every day? Is that clear?"
    rws = rewrites_for([_move(9, line, Code.EXPECTATION, Code.CLOSED_QUESTION)],
                       (Code.ADVICE, Code.CLOSED_QUESTION))
    assert rws and "?." not in rws[0].suggestion, rws


# --- a blunt reading of their meaning: a guess only when it is not theirs -------------------------

_HINT = "After October, I'm not leaving anything to chance."


@pytest.mark.parametrize(("said", "guess"), [
    (_HINT, True),  # trust and testing are the manager's words, never said: "check it" is fair
    (f"I don't know. I just want things to be tested properly. {_HINT}", False),
])
def test_so_you_dont_trust_them_to_test(said: str, guess: bool) -> None:
    from roleplay.scoring.listening import judge_reflections
    ct = _move(5, "So you don't trust them to test.", Code.REFLECTION, said=said,
               primary=Primary.REFLECTION)
    judged = judge_reflections([ct])
    assert (ct in judged.guesses) is guess, judged


# --- a put-down with a question mark is no open question -----------------------------------------

def test_put_down_questions_are_neither_open_nor_praised() -> None:
    mine = [_move(1, "You declined the team-lead role on 10 November. Why would anyone decline a "
                     "promotion?", Code.INFORMATION, Code.OPEN_QUESTION, said="Hi.",
                  primary=Primary.QUESTION),
            _move(3, "What do you want, to be an analyst forever?", Code.OPEN_QUESTION,
                  said="Hi. I don't know.", primary=Primary.QUESTION)]
    qs = CompetencyScorer(load_rubric()).powerful_questioning(mine, _metrics(mine),
                                                              ConversationType.CAREER)
    assert qs.score is not None and qs.score <= 2, qs.summary
    assert not qs.went_well and "accused" in qs.summary, qs


@pytest.mark.parametrize(("line", "leads"), [
    ("What do you actually want? To sit on dashboards forever?", True),
    ("What would be one small thing you could try in the next month, just to find out more "
     "about it?", False),
    ("What would a good next step look like from your side? And what could I do to help?", False),
    ("Before we dive in, how are you doing? Like, actually doing?", False),
])
def test_a_question_its_next_question_answers_leads(line: str, leads: bool) -> None:
    mine = [_move(1, line, Code.OPEN_QUESTION, said="Hi.", primary=Primary.QUESTION)]
    qs = CompetencyScorer(load_rubric()).powerful_questioning(mine, _metrics(mine),
                                                              ConversationType.CAREER)
    assert ("answered with your own guess" in qs.summary) is leads, qs.summary
    assert "accused" not in qs.summary, qs.summary


@pytest.mark.parametrize(("line", "rhetorical"), [
    ("Why would anyone decline a promotion?", True),
    ("Everyone wants to be a lead. What's wrong with you?", True),
    ("Why would anyone want to move teams right now, do you think?", True),
    ("Why do you think the builds keep failing?", False),
    ("What would make the lead role appealing to you?", False),
    ("What could I do to help?", False),
    ("You cancel the check-in. The fix did not ship. Why I should trust you now?", True),
    ("Why should I believe you this time?", True),
])
def test_a_verdict_with_a_question_mark_accuses(line: str, rhetorical: bool) -> None:
    from roleplay.scoring.questioning_level import rhetorical as accuses
    assert accuses(_move(3, line, Code.OPEN_QUESTION, primary=Primary.QUESTION)) is rhetorical


# --- the plan: what is no step, what is the step, what is support --------------------------------

def _plan(*moves: ManagerMove, kind: ConversationType = ConversationType.UNDERPERFORMANCE
          ) -> tuple[int | None, str]:
    dp = CompetencyScorer(load_rubric()).development_planning(list(moves), kind)
    return dp.score, " | ".join([dp.summary, *dp.went_well,
                                 *(f"{e.note}: {e.quote}" for e in dp.evidence)])


def test_writing_them_down_is_no_plan() -> None:
    _, said = _plan(_move(1, "Sofia. Your review form is blank.", Code.OBSERVATION, said="Hi."),
                    _move(3, "Fine. I will put you down as not interested for now.",
                          Code.COMMITMENT, said="Hi. Whatever."), kind=ConversationType.CAREER)
    assert "own step" not in said and "put you down" not in said, said


def test_speaking_to_hr_about_their_hours_is_support() -> None:
    plan = ("Okay. So from next week you start at ten on Mondays and nine the other days, and you "
            "text me the night before if something changes. I will speak with HR about the "
            "Monday hours. We meet again on Tuesday 8 December. Is that fair?")
    score, said = _plan(
        _move(1, "What would help you be on the queue at nine, realistically?",
              Code.OPEN_QUESTION, said="Hi.", primary=Primary.QUESTION),
        _move(3, plan, Code.CLOSED_QUESTION, Code.COMMITMENT, Code.FOLLOW_UP,
              Code.SUPPORT_OFFER, said="Hi. The pub shifts."))
    assert score == 5, said
    # the step quoted is theirs, not only the manager's call to HR
    assert "you start at ten on Mondays" in said, said


@pytest.mark.parametrize(("line", "step"), [
    ("So from next week you start at ten on Mondays.", True),
    ("Okay, starting Monday, you text me by eight if you are running late.", True),
    ("So you start at nine.", True),
    ("So from next week you are a problem.", False),
])
def test_their_step_with_its_time_first(line: str, step: bool) -> None:
    from roleplay.scoring._cues_plan import PRESENT_STEP
    from roleplay.scoring._text import canonical
    assert bool(PRESENT_STEP.match(canonical(line).strip())) is step


def test_the_openings_agenda_is_no_step() -> None:
    opener = _move(1, "Priya, good to see you. Two weeks ago we made a plan. I want to look at it "
                      "together, honestly, and see what needs changing.",
                   Code.AFFIRMATION, Code.COMMITMENT, Code.FOLLOW_UP, said="Hi.")
    _, said = _plan(opener, _move(3, "What has changed since we made it?", Code.OPEN_QUESTION,
                                  said="Hi. A lot.", primary=Primary.QUESTION))
    assert "I want to look at it" not in said, said


def test_a_meeting_again_with_no_when_is_not_praised() -> None:
    _, said = _plan(
        _move(1, "So you talk to Leo first, and I will sit in on your first chat with him.",
              Code.COMMITMENT, Code.SUPPORT_OFFER, said="Hi."),
        _move(3, "Good. Let's meet again.", Code.FOLLOW_UP, said="Hi. Okay."))
    assert 'Follow-up: "Good' not in said, said  # counted (3/5 "and a follow-up"), not praised
    _, dated = _plan(
        _move(1, "So you talk to Leo first, and I will sit in on your first chat with him.",
              Code.COMMITMENT, Code.SUPPORT_OFFER, said="Hi."),
        _move(3, "Good. Let's meet again on Tuesday 8 December.", Code.FOLLOW_UP,
              said="Hi. Okay."))
    assert 'Follow-up: "Good. Let\'s meet again on Tuesday 8 December."' in dated, dated


@pytest.mark.parametrize(("reply", "idea"), [
    ("Right. Be nicer. I'll try. Sorry.", False),
    ("Okay. I'll try that.", False),
    ("I'll try pairing with Kasia on the order states.", True),
    ("I could talk to Leo directly first.", True),
])
def test_taking_the_advice_is_no_idea_of_their_own(reply: str, idea: bool) -> None:
    from roleplay.scoring._text import canonical
    from roleplay.scoring.reading import REPORT_IDEA
    assert bool(REPORT_IDEA.search(canonical(reply))) is idea


@pytest.mark.parametrize("line", ["Thank you Priya. We talk soon.", "Good. We will talk again.",
                                  "Thank you. Let's keep in touch."])
def test_a_non_native_or_timeless_talk_again_closes(line: str) -> None:
    assert CLOSING.match(line.lower())


# --- a reflection they go on with in its own words is confirmed ---------------------------------

@pytest.mark.parametrize(("reply", "confirmed"), [
    ("It's not just work, to be honest. Things outside work have been a lot lately.", True),
    ("That's not fair. Work has been fine, a lot of it is you.", False),
    ("What do you mean outside work, a lot of what?", False),
])
def test_a_reflection_taken_up_in_its_own_words_is_confirmed(reply: str, confirmed: bool) -> None:
    from roleplay.scoring.listening import heard_reflections
    said = "It's hard to explain. The last few weeks have just been a lot."
    mine = [_move(7, "It sounds like something outside work has been taking a lot of you.",
                  Code.REFLECTION, said=said, primary=Primary.REFLECTION),
            _move(9, "What would help right now?", Code.OPEN_QUESTION, said=f"{said} {reply}",
                  primary=Primary.QUESTION)]
    mine[1] = ManagerMove(turn=mine[1].turn, coding=mine[1].coding, context=reply,
                          recent=f"{said} {reply}", said=f"{said} {reply}")
    assert bool(heard_reflections(mine).credited) is confirmed


@pytest.mark.parametrize(("line", "expected"), [
    ("I see. Do you want to be a manager one day?", "How do you feel about becoming a manager?"),
    ("Would you like to become a team lead?", "How do you feel about becoming a team lead?"),
])
def test_wanting_to_become_asked_openly(line: str, expected: str) -> None:
    from roleplay.scoring.rewrites import open_version
    assert open_version(line) == expected


def test_a_sign_of_strain_is_not_the_example_asked_to_change() -> None:
    from roleplay.resources import bundled_scenarios_dir
    from roleplay.scenarios.loader import load_scenario
    from roleplay.scoring.facts import ScenarioFacts
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / "second-meeting.yaml"))
    threat = _move(9, "Friday the fix is done or I talk to HR. Understood?", Code.THREAT,
                   Code.CLOSED_QUESTION, said="I'm doing my best. If that's not enough, then fine.")
    rws = rewrites_for([threat], (Code.THREAT, Code.LABEL, Code.BLAME), facts=facts)
    assert rws and "22:00" not in rws[0].suggestion and "23:40" not in rws[0].suggestion, rws
    # named by the line itself, it is still the one quoted
    named = facts.best_for("You opened the retry fix pull request at 23:40 on the 18th with "
                           "failing tests.")
    assert named is not None and "23:40" in (named.observation or ""), named


# --- a plan that names the person they spoke of has not taken in what they told -----------------

_FEAR = ("It's the payments outage. In the post-mortem on the 8th, the VP said in front of "
         "everyone that QA should have caught it, and that build never came through us. Nobody "
         "corrected him. Since then I've been terrified of it happening again, so I make sure "
         "there's a paper trail in public. I know it's come out at Leo.")


@pytest.mark.parametrize(("plan", "takes_in"), [
    ("Okay, so you talk to Leo directly first, and I will set up a weekly fifteen minutes between "
     "you and Leo with me for the first month. We review on Tuesday 8 December.", False),
    ("Okay. I will talk to the VP about the post-mortem and make sure QA's sign-off is on record "
     "for every release. We review on Tuesday 8 December.", True),
])
def test_a_name_alone_does_not_take_a_disclosure_in(plan: str, takes_in: bool) -> None:
    from roleplay.scoring.listening import _takes_in
    ct = _move(13, plan, Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP, said=_FEAR)
    assert _takes_in(ct, _FEAR) is takes_in


def test_a_day_named_is_no_person() -> None:
    from roleplay.scoring.listening import _takes_in
    told = ("Right. My rent went up by a third in September. So I've been doing bar shifts at the "
            "pub, Thursday to Sunday. The Mondays are after Sunday close.")
    plan = ("Okay. So from next week you start at ten on Mondays and nine the other days. I will "
            "speak with HR about the Monday hours. We meet again on Tuesday 8 December.")
    ct = _move(15, plan, Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP, said=told)
    assert _takes_in(ct, told)


# --- a case from somewhere else, or harm denied, is no impact -----------------------------------

@pytest.mark.parametrize(("line", "impact"), [
    ("In the mine, a worker who breaks his word twice, he goes home.", False),
    ("Leanne. In the mine, if the shift boss is late, people get hurt. Here, nobody gets hurt, "
     "but still.", False),
    ("In the ward, two patients waited an hour for their meds.", True),
    ("In the kitchen on Tuesday you left the fryer on and Jun burned his hand.", True),
])
def test_a_case_from_elsewhere_is_no_impact(line: str, impact: bool) -> None:
    mine = [_move(1, line, Code.IMPACT, Code.INFORMATION, said="Hi."),
            _move(3, "What's been going on?", Code.OPEN_QUESTION, said="Hi. Okay.",
                  primary=Primary.QUESTION)]
    fd = CompetencyScorer(load_rubric()).feedback_delivery(mine, ConversationType.UNDERPERFORMANCE)
    assert any(w.startswith("Impact") for w in fd.went_well) is impact, fd.went_well


# --- their tenure is no meaning put in their mouth; the guess is named by its substance ----------

def test_a_span_is_no_guess() -> None:
    from roleplay.scoring.listening import judge_reflections
    said = ("So. Attendance. Has someone been checking my login times? Half the floor wanders in "
            "at ten past. Why is it just me?")
    ct = _move(7, "You feel checked on, and that feels unfair after four years.", Code.REFLECTION,
               said=said, primary=Primary.REFLECTION)
    assert ct not in judge_reflections([ct]).guesses


def test_a_guess_is_named_by_its_substance() -> None:
    from roleplay.scoring.listening_level import guess_words
    said = "Honestly? I've been trying to keep up and not doing any of it well."
    ct = _move(9, "so the support tickets ate the time that was meant for the fix and you didnt "
                  "want to say", Code.REFLECTION, said=said, primary=Primary.REFLECTION)
    assert guess_words(ct) == ["support", "tickets"], guess_words(ct)
