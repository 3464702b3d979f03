"""Issue 11, third pass: judgement rules found by playing the app as a manager (impact on
people, expectations quoted as examples, confirmed guesses, questions about support, plain
reflection rewrites). Real coder, real scorer; lines written for these rules, not the
sessions they were found in."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.scores import Competency, CompetencyScore, SessionScore
from roleplay.domain.session import Transcript, Turn
from roleplay.scoring._cues_event import describes_event
from roleplay.scoring.listening import heard_reflections
from roleplay.scoring.moves import ManagerMove
from roleplay.scoring.reading import offers_support
from roleplay.scoring.rewrites import reflectable, reflection_for
from roleplay.scoring.scorer import score_transcript
from roleplay.scoring.settle import settle

from .conftest import transcript

BF = ConversationType.BEHAVIOUR_FEEDBACK
UP = ConversationType.UNDERPERFORMANCE


def _comp(score: SessionScore, which: Competency) -> CompetencyScore:
    c = score.competency(which)
    assert c is not None
    return c


def _settled(text: str) -> TurnCoding:
    return settle(text, TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.INFORMATION})))


# --- 1. impact on people: who was affected, and how -----------------------------------------


@pytest.mark.parametrize("line", [
    "Two people have asked to move teams.",
    "The client has complained twice since.",
    "Sam has covered three of your shifts.",
    "The night team had to redo it.",
    "Jun and Amara have both asked not to pair with you.",
    "Our biggest client threatened to walk after the second outage.",
    "Priya picked up your calls all week.",
    "A parent put in a complaint on Friday.",
    "The morning crew had to stay late to finish the count.",
    "Half the team has stopped sharing ideas in retro.",
])
def test_who_was_affected_and_how_is_impact(line: str) -> None:
    assert Code.IMPACT in _settled(line).codes


@pytest.mark.parametrize("line", [
    "I spoke to two people about it.",
    "Has the client complained?",
    "Two people joined the call.",
    "Did the night team have to redo it?",
    "Three people were in the meeting.",
    "I asked Sam to cover the standup.",
    "Have any customers complained?",
    "Two people have asked me about the new tool.",
    "You covered three of Sam's shifts, thank you.",
])
def test_a_plain_report_of_activity_is_not_impact(line: str) -> None:
    assert Code.IMPACT not in _settled(line).codes


def test_a_review_with_impact_on_people_does_not_say_it_was_missing() -> None:
    talk = transcript(
        ("manager", "Thanks for coming in. I want to talk about the handovers."),
        ("report", "Okay. What about them?"),
        ("manager", "On Monday 9 November the night handover notes were blank."),
        ("report", "I was slammed that night."),
        ("manager", "The early team had to redo the stock count, and Sam has covered two of "
                    "your shifts since."),
        ("report", "I didn't know that."),
        ("manager", "From now on I need the notes filled in before you leave. What would help?"),
        ("report", "A quieter last hour, honestly."),
    )
    fd = _comp(score_transcript(talk, UP), Competency.FEEDBACK_DELIVERY)
    assert "its impact" not in fd.summary, fd.summary
    assert any(ev.note == "impact" and ev.turn == 4 for ev in fd.evidence)


# --- 2. an expectation is never quoted as the specific example --------------------------------


@pytest.mark.parametrize("sentence", [
    "On Tuesday you told Mia her estimate was nonsense in front of everyone.",
    "In yesterday's stand-up you talked over Jun three times.",
    "Three of the last five shifts started late.",
    "The report went out on the 14th with the old figures.",
    "On Tuesday you told Mia her PR was amateur hour, and that has to stop.",
    "In the retro you walked out before the actions.",
])
def test_a_sentence_that_tells_what_happened_describes_an_event(sentence: str) -> None:
    assert describes_event(sentence)


@pytest.mark.parametrize("sentence", [
    "The way you say it in stand-up has to change.",
    "This needs to stop.",
    "Talking over people in meetings needs to stop.",
    "Your tone in reviews has to change.",
    "That can't happen again in a client meeting.",
    "Going forward, in stand-up I need you to critique the code, not the person.",
    "The client has complained twice since.",
    "As I told you yesterday, I want to discuss the last few sprints.",  # the manager's words
])
def test_a_demand_for_change_is_not_an_event(sentence: str) -> None:
    assert not describes_event(sentence)


def test_the_specific_example_quoted_is_what_happened_not_the_expectation() -> None:
    talk = transcript(
        ("manager", "Thanks for making time. I want to talk about stand-ups."),
        ("report", "Okay."),
        ("manager", "The way you spoke to Mia in stand-up has to change."),
        ("report", "I just say what I think."),
        ("manager", "What do you think is going on for her?"),
        ("report", "No idea. Maybe she's sensitive."),
    )
    fd = _comp(score_transcript(talk, BF), Competency.FEEDBACK_DELIVERY)
    assert not any(ev.note == "specific example" for ev in fd.evidence), fd.evidence
    assert not any(w.startswith("Specific example") for w in fd.went_well)
    assert "a specific example" in fd.summary


# --- 3. a tentative guess the report confirms is listening ----------------------------------


def _guess_talk(answer: str, guess: str = "I wonder if you felt left out of that decision?",
                ) -> Transcript:
    return transcript(
        ("manager", "How have things been since the reorg?"),
        ("report", "Fine. I just do my tickets now."),
        ("manager", guess),
        ("report", answer),
        ("manager", "What would make the work feel like yours again?"),
        ("report", "Maybe owning the search piece."),
    )


@pytest.mark.parametrize("answer", [
    "Something like that. Yeah.", "Yeah. That's it.", "Mm, kind of.", "Honestly? Yes.",
    "Pretty much, yeah. Nobody asked.",
])
def test_a_guess_the_report_confirms_is_credited_as_a_reflection(answer: str) -> None:
    al = _comp(score_transcript(_guess_talk(answer), ConversationType.CAREER),
               Competency.ACTIVE_LISTENING)
    assert any(ev.turn == 2 and ev.positive for ev in al.evidence), al.evidence
    assert al.summary.split(" ")[1:3] != ["0", "of"]


@pytest.mark.parametrize("answer", [
    "No, that's not it.", "Not really. I just forgot.", "Yeah, but no.",
    "That's not what I said.", "I wouldn't say that.",
])
def test_a_guess_the_report_rejects_earns_nothing(answer: str) -> None:
    al = _comp(score_transcript(_guess_talk(answer), ConversationType.CAREER),
               Competency.ACTIVE_LISTENING)
    assert not any(ev.turn == 2 and ev.positive for ev in al.evidence), al.evidence


@pytest.mark.parametrize("guess", [
    "Is it that the new role doesn't use what you're good at?",
    "Could it be you're worried about letting the team down?",
    "I get the sense this has been building for a while for you.",
])
def test_other_forms_of_a_guess_count_once_confirmed(guess: str) -> None:
    talk = _guess_talk("Yeah. Something like that.", guess)
    judged = heard_reflections([
        ManagerMove(turn=t, coding=TurnCoding(primary=Primary.QUESTION,
                                              codes=frozenset({Code.OPEN_QUESTION})),
                    context=talk.previous_report_text(p), said=" ".join(
                        x.text for x in talk.turns[:p] if x.speaker == "report"))
        for p, t in enumerate(talk.turns) if t.speaker == "manager"])
    assert [ct.index for ct in judged.credited] == [2]


# --- 4. asking what would help is co-creation, not an offer ---------------------------------


def _move(text: str) -> ManagerMove:
    return ManagerMove(turn=Turn(index=1, speaker="manager", text=text),
                       coding=TurnCoding(primary=Primary.QUESTION,
                                         codes=frozenset({Code.SUPPORT_OFFER})), context=None)


@pytest.mark.parametrize("line", [
    "What would help you get this right?", "What do you need from me?", "How can I help?",
    "Is there anything I can do?", "what support would be useful to you",
])
def test_asking_what_would_help_is_not_an_offer(line: str) -> None:
    assert not offers_support(_move(line))


@pytest.mark.parametrize("line", [
    "I can pair you with Sam on the test setup for two weeks.",
    "Would it help if I took you off the on-call rota?",
    "I'll talk to ops about getting the data in earlier.",
    "Do you want me to block out Friday mornings for you?",
    "I'm happy to sit with you on the first one. What else would help?",
    # what they take on in their own words (found in the unseen-5 sessions)
    "I'll message Marcus now, straight after this, so he knows the rota is his again.",
    "I'll get Jun and Beatriz learning the indexer with you.",
    "The hours, the workload, the rota, we can shape around you.",
    "Let me have a go at moving the Thursday deliveries so you're not on your own.",
    "i will put a proper holiday in your calendar and keep it free",
    "Okay. I take the retry queue fix off you, Marek takes it this sprint.",
    "And I move your on-call to January.",
])
def test_what_the_manager_will_do_or_give_is_an_offer(line: str) -> None:
    assert offers_support(_move(line))


@pytest.mark.parametrize("line", [
    "I'll be watching your timesheets closely from now on.",
    "I'll escalate it to HR if it happens again.",
    "I'll be honest with you, this can't go on.",
    "I will note this on your file.",
    "I'll shut up for a minute and let you talk.",
])
def test_what_the_manager_will_do_to_them_is_not_an_offer(line: str) -> None:
    assert not offers_support(_move(line))


def test_the_review_does_not_praise_a_question_as_support_offered() -> None:
    talk = transcript(
        ("manager", "How's the testing going?"),
        ("report", "Not great. I keep missing things."),
        ("manager", "On Tuesday 3 November the release went out without tests, which meant QA "
                    "reopened four tickets. I need tests on every change from now on."),
        ("report", "I know."),
        ("manager", "What would help you get this right?"),
        ("report", "Maybe if someone could sit with me on the test setup."),
        ("manager", "So you'll add tests to every PR from Monday, and we check in on Friday 13 "
                    "November."),
        ("report", "Okay."),
    )
    dp = _comp(score_transcript(talk, UP), Competency.DEVELOPMENT_PLANNING)
    assert not any(ev.note == "support offered" for ev in dp.evidence), dp.evidence
    assert any(ev.note == "co-created" and ev.turn == 4 for ev in dp.evidence)
    assert "Missing: support." in dp.summary


# --- 5. reflection rewrites are one short, plain clause -------------------------------------


@pytest.mark.parametrize(("said", "expected"), [
    ("If someone could sit with me for an hour on the test setup, I think I could test "
     "properly.", None),
    ("Honestly pretty rough. I've been covering for two people since Ana left and I'm "
     "exhausted.", "you're exhausted"),
    ("When Jun's code breaks, it's my phone that goes at 3am.", None),
    ("I feel like I'm always one step behind.", "you feel like you're always one step behind"),
    ("It's been a lot, to be honest.", "it's been a lot"),
    ("I'm short with people, because I'm tired and I resent it.", "you're tired"),
])
def test_reflectable_gives_one_plain_clause(said: str, expected: str | None) -> None:
    assert reflectable(said) == expected


def test_a_reflection_rewrite_is_short() -> None:
    rw = reflection_for(3, "You need to test more.", "I keep thinking I've tested things and "
                        "then QA finds something I missed, and it's really getting to me.")
    assert rw is not None
    echo = rw.suggestion.split(". ")[0]
    assert echo.startswith("It sounds like ") and "," not in echo
    assert len(echo.split()) <= 3 + 14


# --- found playing four managers (formal, anxious, joking, spoken) ------------------------


@pytest.mark.parametrize("line", [
    "leo raised it with his manager the same day and the mobile engineers have stopped posting "
    "in releases altogether",
    "At the crit you kept your camera off, and two of the juniors asked me afterwards where you "
    "were.",
])
def test_more_ways_of_saying_who_was_affected(line: str) -> None:
    assert Code.IMPACT in _settled(line).codes


@pytest.mark.parametrize("line", ["You raised it with your manager.",
                                  "The engineers joined the call.",
                                  "I asked two people where you were."])
def test_more_plain_activity(line: str) -> None:
    assert Code.IMPACT not in _settled(line).codes


def test_an_opening_question_with_a_hedge_is_not_softening() -> None:
    from roleplay.scoring.moves import softens

    def move(text: str, *codes: Code) -> ManagerMove:
        return ManagerMove(turn=Turn(index=1, speaker="manager", text=text), context=None,
                           coding=TurnCoding(primary=Primary.QUESTION, codes=frozenset(codes)))

    opener = move("Reckon it's been a bit of a weird few months with the reorg, yeah? How's it "
                  "been landing for you?", Code.OPEN_QUESTION, Code.SOFTENER)
    assert not softens(opener)
    assert softens(move("So I just wanted to maybe talk about the tickets? It's honestly not a "
                        "big deal.", Code.OPEN_QUESTION, Code.SOFTENER))
    assert softens(move("Maybe the reports could be a bit earlier.", Code.SOFTENER))
    assert softens(move("The report was a bit late on Friday, what happened?",
                        Code.OPEN_QUESTION, Code.OBSERVATION, Code.SOFTENER))


def test_a_plan_turn_about_what_they_disclosed_takes_it_in() -> None:
    talk = transcript(
        ("manager", "What would make this work feel like yours again?"),
        ("report", "In June, Karen told me she'd put me forward for lead designer this cycle. "
                   "Then the reorg happened and nobody mentioned it again. So I've been "
                   "interviewing."),
        ("manager", "I can talk to Jo about the lead designer role this week and find out what "
                    "happened with it."),
        ("report", "Okay."),
        ("manager", "So you'll run the next crit on Thursday 3 December, and we'll catch up on "
                    "Tuesday 8 December."),
        ("report", "Fine."),
    )
    score = score_transcript(talk, ConversationType.CAREER)
    assert "ignoring_disclosure" not in {a.id for a in score.anti_patterns}


def test_moving_their_hours_after_they_said_why_takes_it_in() -> None:
    from roleplay.scoring._cues_listening import acknowledges

    said = "My rent went up by a third. I've been doing bar shifts at the pub."
    assert acknowledges("I can move your Monday start to 9:30 for the next four weeks.", said)
    assert not acknowledges("So you'll log in by 9:00 from Monday.", said)


@pytest.mark.parametrize("said", [
    "I could be on the queue at 9 from Tuesday to Friday, no excuses.",
    "I'll get the integration tests running this week.",
    "I'd rather text you the night before.",
])
def test_their_own_step_is_not_reflected_back_as_a_feeling(said: str) -> None:
    assert reflectable(said) is None
