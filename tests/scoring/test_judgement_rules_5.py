"""Issue 11, fifth pass: listening evidence prefers real reflections to plan turns, and steady
scores (one ordinary line does not swing a session). Real coder, real scorer; the lines are
written for these rules."""

from __future__ import annotations

import pytest

from roleplay.app.rehearsal import ScriptedSession, play
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, SessionScore
from roleplay.scenarios.loader import load_scenario
from roleplay.scoring._cues_listening import content_stems, guess_offered, names_feeling, stem
from roleplay.scoring._cues_plan import THEIR_STEP
from roleplay.scoring._text import canonical, normalise
from roleplay.scoring.anti_patterns import _judges_activity
from roleplay.scoring.coder import default_coder
from roleplay.scoring.facts import ScenarioFacts, second_person
from roleplay.scoring.listening_level import ignored_cap
from roleplay.scoring.moves import interrogates
from roleplay.scoring.scorer import score_transcript
from roleplay.scoring.settle.turn import manager_acts

from .conftest import transcript
from .test_competencies_listening import OPENING
from .test_judgement_rules_4 import BUNDLED, _comp

UP = ConversationType.UNDERPERFORMANCE


def _session(reflection: str, plan: str, answer: str = "Yes, that works.") -> SessionScore:
    """A dated example, an open question, the disclosure, ``reflection`` (answered with neither
    a yes nor a no), the report's own idea, then ``plan`` put to them and agreed to."""
    return score_transcript(transcript(
        *OPENING,
        ("manager", reflection),
        ("report", "I didn't want anyone to treat me differently."),
        ("manager", "What could you do first?"),
        ("report", "I could get the retry fix finished first, before I pick up anything new."),
        ("manager", plan),
        ("report", answer),
        ("manager", "I'll check in with you on Thursday the 12th."),
        ("report", "Okay."),
    ), UP)


@pytest.mark.parametrize("reflection", [
    "So you've been at the hospital every morning and evening, and you kept it to yourself.",
    "So the hospital takes your mornings and your evenings, and nobody at work knew.",
    "You've been going to the hospital every morning and every evening since your dad's stroke.",
])
@pytest.mark.parametrize("plan", [
    "So you're going to finish the retry fix first and send me a note before any date slips.",
    "Right, you'll get the retry fix done first and flag it to me if Friday looks tight.",
    "So you'll finish the retry fix before anything new, and you'll tell me the day a date is "
    "at risk.",
])
def test_listening_quotes_the_real_reflection_not_the_plan_they_agreed_to(
        reflection: str, plan: str) -> None:
    """A "yes" to their next step put to them agrees to a plan, it confirms no reflection; the
    paraphrase of what they said ("every morning and evening" for "most mornings and evenings")
    is the reflection to credit, not a guess in their name."""
    al = _comp(_session(reflection, plan), Competency.ACTIVE_LISTENING)
    quoted = [e.quote for e in al.evidence if e.positive]
    assert quoted and reflection.split(",")[0] in quoted[0]
    assert not any(plan[:30] in q for q in quoted)
    assert not any("a guess" in e.note for e in al.evidence)
    assert not any(plan[:30] in w for w in al.went_well)


def test_a_reflection_the_report_confirms_still_counts() -> None:
    """Negative: a real reflection confirmed ("Yes, exactly") keeps its credit."""
    s = score_transcript(transcript(
        ("manager", "How have the last few weeks been?"),
        ("report", "Honestly I've been covering for two people since Ana left and I'm "
                   "exhausted."),
        ("manager", "So you've been doing two people's work since Ana left, and it's worn you "
                    "out."),
        ("report", "Yes, exactly."),
    ), UP)
    al = _comp(s, Competency.ACTIVE_LISTENING)
    assert any("two people's work" in e.quote for e in al.evidence if e.positive)


@pytest.mark.parametrize("line", [
    "So you're going to finish the retry fix first.",
    "Right, you'll send me a note by Friday.",
    "Okay, so you will pair with Sam on Thursday and bring the tests.",
    "Great. You're gonna take the release checklist and run it before each deploy.",
    "and you'll flag it in stand-up the day it slips",
    "So youre going to write the states into every ticket from now on",
])
def test_their_step_put_to_them(line: str) -> None:
    assert THEIR_STEP.search(canonical(line))


@pytest.mark.parametrize("line", [
    "It sounds like you'll miss the old team.",
    "You're going to be fine, honestly.",
    "So you'll feel better once the fix is in, is that it?",
    "I'll send you the notes by Friday.",
    "So you've been covering the rota on your own.",
    "Are you going to be okay this week?",
])
def test_not_their_step(line: str) -> None:
    assert not THEIR_STEP.search(canonical(line))


@pytest.mark.parametrize(("plural", "singular"), [
    ("mornings", "morning"), ("evenings", "evening"), ("meetings", "meeting"),
    ("bookings", "booking"), ("deadlines", "deadline"), ("worries", "worry"),
])
def test_a_plural_meets_its_singular(plural: str, singular: str) -> None:
    assert stem(plural) == stem(singular)
    assert content_stems(f"most {plural}") == content_stems(f"every {singular}") - {"every"}


# --- found playing six new managers (an Australian team lead, a jargon-speaking one, a nervous
# first-timer, an ex-army one, a storyteller, an Indian-English one); lines written for the rules


@pytest.mark.parametrize("line", [
    "Do you feel like you have enough bandwidth right now?",
    "What is it that makes the public channel feel like the only option for you?",
    "Does it feel like the team has the right process?",
    "I feel that we should look at the rota again.",
    "Do you feel like there's room for you to grow here?",
])
def test_feel_like_a_clause_names_no_feeling(line: str) -> None:
    """An opinion asked or given in feeling words ("do you feel like you have enough
    bandwidth") is no feeling acknowledged; listening had credited it as one."""
    assert not names_feeling(line)


@pytest.mark.parametrize("line", [
    "You feel like a scapegoat.",
    "So you felt left out of that decision.",
    "It sounds like you feel that nobody listens.",
    "You must be exhausted.",
    "I imagine that felt pretty lonely.",
    # how being treated felt (unseen-6: a US Southern manager's reflection earned nothing)
    "Sounds like you feel like you've been put under a microscope. That'd make me mad too.",
    "So you've been taken for granted on the late shifts.",
    "It sounds like you've been picked on in stand-ups.",
    "You've been sidelined since the reorg, it sounds like.",
    "You were blindsided by the rota change.",
])
def test_a_named_feeling_is_still_one(line: str) -> None:
    assert names_feeling(line)


@pytest.mark.parametrize("line", [
    "Do you think maybe you could be a bit gentler in reviews?",
    "Maybe you should pair with Jun on the next one?",
    "Perhaps you could send me the plan by Friday?",
    "Maybe you just need to try harder?",
    "Maybe you can ask Sam for help next time?",
])
def test_a_request_with_maybe_is_no_guess(line: str) -> None:
    """"Maybe you could be gentler?" asks them to change; their "yeah" confirms no
    reflection."""
    assert not guess_offered(line)


@pytest.mark.parametrize("line", [
    "Maybe you felt a bit left out?",
    "Perhaps you were worried about letting the team down?",
    "I wonder if you felt overlooked when the role went to Sam?",
    "Maybe it's that the new role doesn't use what you're good at?",
    "Could it be you're worried about the move?",
])
def test_a_guess_with_maybe_is_still_one(line: str) -> None:
    assert guess_offered(line)


def test_a_request_answered_yes_is_not_a_reflection() -> None:
    s = score_transcript(transcript(
        ("manager", "Hi Theo, thanks for coming."),
        ("report", "Sure. What are we fixing today?"),
        ("manager", "On Jun's pull request on Tuesday 27 October you wrote 'This is "
                    "embarrassing' in the public review."),
        ("report", "I don't think it's as bad as you're making out."),
        ("manager", "Do you think maybe you could be a bit gentler in reviews?"),
        ("report", "Yeah, I think so. I'm not completely oblivious."),
        ("manager", "Do you feel like you have enough time for reviews right now?"),
        ("report", "Some of it I'm guessing at."),
    ), UP)
    al = _comp(s, Competency.ACTIVE_LISTENING)
    assert not [e for e in al.evidence if e.positive]
    assert not any("reflected back" in w for w in al.went_well)


@pytest.mark.parametrize("line", [
    "Why were the wireframes late? Why no states? Why no edge cases?",
    "Why didn't you tell me? Who else knew?",
    "So why did you post it? And why in #releases?",
    "Why is it always you? Why can't you just log in on time?",
    "Look, why did this happen? Why now?",
])
def test_an_interrogation(line: str) -> None:
    assert interrogates(line)


@pytest.mark.parametrize("line", [
    "Why do you think that is?",
    "What happened on the 3rd? Why do you think it went that way?",
    "What got in the way? How did it feel?",
    "Why? Take your time.",
    "I know why it matters to you. What would help?",
])
def test_not_an_interrogation(line: str) -> None:
    assert not interrogates(line)


def test_an_interrogation_is_never_praised_as_an_open_question() -> None:
    s = score_transcript(transcript(
        ("manager", "Your wireframes on Tuesday 3 November were one rough screen."),
        ("report", "Yeah. The wireframes weren't great."),
        ("manager", "Why were the wireframes late? Why no states? Why no edge cases?"),
        ("report", "I guess I don't really know where I fit anymore."),
        ("manager", "What would help you get the next ones in on time?"),
        ("report", "Maybe a clearer brief."),
    ), UP)
    pq = _comp(s, Competency.POWERFUL_QUESTIONING)
    assert not any("Why were" in w for w in pq.went_well)
    assert any("What would help" in w for w in pq.went_well)
    assert "accused" in pq.summary


@pytest.mark.parametrize(("line", "judged"), [
    ("Hi Theo, sorry, thanks for coming, sorry, I know you're busy.", False),
    ("Thanks for squeezing this in, I realise you're really busy this week.", False),
    ("Sorry to grab you when you're this busy.", False),
    ("If you're not too busy, can we talk about the reviews?", False),
    ("I appreciate you're swamped, so I'll keep it short.", False),
    ("You've been so busy lately, great job.", True),
    ("You're always busy, I see you online all weekend. Thanks for the effort.", True),
    ("I appreciate all the hours you've put in.", True),
])
def test_courtesy_about_their_time_is_not_judging_activity(line: str, judged: bool) -> None:
    assert _judges_activity(normalise(line)) is judged


@pytest.mark.parametrize(("fact", "said"), [
    ("The crit ran without any mobile work shown; two junior designers asked you afterwards "
     "where she was.", "two junior designers asked me afterwards where you were."),
    ("She left the form blank and told you she didn't know.",
     "You left the form blank and told me you didn't know."),
    ("She sent you her notes at midnight.", "You sent me your notes at midnight."),
])
def test_the_facts_you_is_the_manager(fact: str, said: str) -> None:
    """A fact's "you" is the manager: turned to the report it is "me", never a second "you"
    ("asked you afterwards where you were")."""
    out = second_person(fact, "Nadia", "she")
    assert out is not None and out.endswith(said)


@pytest.mark.parametrize("fact", [
    "She missed the review and you covered for her.",
    "You asked whether she was coming and she said no.",
])
def test_a_fact_with_the_manager_as_subject_is_not_turned_round(fact: str) -> None:
    assert second_person(fact, "Nadia", "she") is None


@pytest.mark.parametrize(("line", "acts"), [
    ("And from my side, I will set up a weekly QA and mobile sync with Leo's manager.", True),
    ("I can set up a release rota for the QA team.", True),
    ("I'll set up a fortnightly design forum with the mobile leads.", True),
    ("I'll set up a coffee with Dana.", True),
    ("I'll set up a weekly sync with you.", False),
    ("Set up a sync with Leo.", False),
])
def test_setting_up_a_standing_meeting_with_others_is_support(line: str, acts: bool) -> None:
    assert manager_acts(line) is acts


def test_a_plan_made_before_they_told_you_did_not_leave_it_out() -> None:
    """"The plan did not allow for it" names the plan turns said after the disclosure; a step
    agreed before it could not have known."""
    s = score_transcript(transcript(
        ("manager", "On Monday 2 November you logged in at 9:47; the shift starts at 9."),
        ("report", "I know. I was late."),
        ("manager", "Let's try this: you start at 9:30 on Mondays for the next month. I'll sort "
                    "it with the rota tomorrow."),
        ("report", "My rent went up by a third in September, so I've been doing bar shifts at "
                   "the pub and I don't get home till gone one. I'm exhausted."),
        ("manager", "Good. We'll check in on Monday 7 December, and I'll sort the rota by "
                    "Friday."),
        ("report", "Okay."),
    ), UP)
    dp = _comp(s, Competency.DEVELOPMENT_PLANNING)
    before = [w for w in dp.went_well if "(turn 2)" in w]
    after = [w for w in dp.went_well if "(turn 4)" in w]
    assert before and not any("left out" in w for w in before)
    # (what the plan after it left out is said in the summary, not on a "went well" line: J42)
    assert after and not any("left out" in w for w in after)
    assert "did not allow for what they told you (turn 3)" in dp.summary, dp.summary


# --- steady scores: a disclosure moved on from still costs, graded by what else was heard


def _burnout(before: str, after: str) -> SessionScore:
    """Two reflections, then ``before``, the disclosure, ``after`` (which moves on), a question
    and the bar."""
    return score_transcript(transcript(
        ("manager", "How have the last few weeks been for you?"),
        ("report", "Somebody has to pick up when it breaks. It's usually me."),
        ("manager", "It sounds like you're the one who ends up picking up when it breaks."),
        ("report", "That's closer than I'd like, honestly."),
        ("manager", "So it's usually you who picks it up, and that's worn you down."),
        ("report", "Yeah. Eleven pages in October."),
        ("manager", before),
        ("report", "Fine. I'm burnt out. Eleven pages in October, most of them after midnight, "
                   "and I'm exhausted. My partner says I'm not sleeping."),
        ("manager", after),
        ("report", "Okay."),
        ("manager", "What would you want to do about the reviews?"),
        ("report", "I should apologise to Jun."),
        # the bar is named in every variant, so they differ only in how the disclosure was met
        # (with the expectation in ``after`` alone, the one that moved on had named the issue
        # and the others had not)
        ("manager", "Good. And the bar from now on: review comments are about the code, never "
                    "the person."),
        ("report", "Okay."),
    ), UP)


HEARD_LATE = "That's a lot to carry, and I appreciate you telling me. Take your time."
MOVED_ON = ("Here's the bar: feedback in code review is about the code, not the person, from "
            "Monday 7 December.")


def test_a_disclosure_moved_on_from_still_costs() -> None:
    heard = _burnout("What has that looked like for you?", HEARD_LATE)
    ignored = _burnout("What has that looked like for you?", MOVED_ON)
    assert any(a.id == "ignoring_disclosure" for a in ignored.anti_patterns)
    assert not any(a.id == "ignoring_disclosure" for a in heard.anti_patterns)
    assert ignored.overall < heard.overall


def test_room_made_just_before_softens_the_cost() -> None:
    """The acknowledgement one turn before the report said it (the report told it one turn
    later than the manager expected) costs less than never making room, and still costs."""
    early = _burnout(HEARD_LATE, MOVED_ON)
    never = _burnout("Right. Let's talk about the reviews.", MOVED_ON)
    heard = _burnout("What has that looked like for you?", HEARD_LATE)
    al_early = _comp(early, Competency.ACTIVE_LISTENING)
    assert "made room for it just before" in al_early.summary
    assert never.overall < early.overall < heard.overall


def test_one_miss_per_disclosure() -> None:
    """The anti-pattern names the turn that should have taken it in, once: two lines that
    moved on are one moment, not two."""
    s = _burnout("What has that looked like for you?", MOVED_ON)
    ap = next(a for a in s.anti_patterns if a.id == "ignoring_disclosure")
    assert ap.turns == (8,)


@pytest.mark.parametrize(("reflections", "invited", "cap"), [
    (0, False, 2.0), (0, True, 2.4), (1, False, 2.4), (2, False, 3.0), (3, False, 3.2),
    (4, False, 3.4), (2, True, 3.4), (9, True, 3.4),
])
def test_the_cap_for_a_disclosure_moved_on_from(reflections: int, invited: bool,
                                                 cap: float) -> None:
    """Graded inside the level (2 or 3), never above 3: the summary's words stay true."""
    assert ignored_cap(reflections, invited) == pytest.approx(cap)


@pytest.mark.parametrize(("scenario", "line", "when"), [
    ("quality-slipping", "Maybe the tax rounding hotfix was a little bit rushed? Just a thought.",
     "Thursday 12 November"),
    ("quality-slipping", "So, at a high level, there's been a bit of noise around quality.",
     "Tuesday 20 October"),
    ("quality-slipping", "Maybe QA reopening the address validation ticket again was unlucky?",
     "Tuesday 3 November"),
    ("peer-feedback", "Maybe the mobile build to beta without tagging QA annoyed you?",
     "Thursday 29 October"),
    ("lateness-absence", "Maybe the 9:47 login on the 2nd was just a one-off?",
     "Monday 2 November"),
])
def test_a_rewrite_draws_on_the_event_the_line_names(scenario: str, line: str,
                                                      when: str) -> None:
    """A softened line about one event is rewritten with that event's facts, not the first
    fact about them; an event of someone else's (the mobile team's build) is never theirs."""
    facts = ScenarioFacts.of(load_scenario(BUNDLED / f"{scenario}.yaml"))
    assert facts is not None
    best = facts.best_for(line, None)
    assert best is not None and best.when == when


@pytest.mark.parametrize("line", [
    "Why were the wireframes late? Why no states? Why no edge cases?",
    "Why didn't you tell anyone? Why did I have to hear it from the engineers?",
])
def test_the_report_hears_an_interrogation_as_blame(line: str) -> None:
    """The offline report answers stacked whys as the scenario answers blame, not with the
    soft opening it gives an open question ("I guess I don't really know where I fit")."""
    scenario = load_scenario(BUNDLED / "disengaged-after-reorg.yaml")
    script = ScriptedSession(id="x", style="poor", voice="x", turns=(line,))
    played = play(scenario, script, default_coder())
    reply = played.session.transcript.turns[-1].text
    assert reply in scenario.lines.reactions.blame
