"""Issue 11 (the lead, eleventh day): a recap of the plan after they told what is going on does
not take it in because it names the room the plan had offered before they told it.

Played as a Trinidadian call-centre manager: "So, let me check I have it: ..., I look at the later
start and speak to Tom, and we meet on the 8th." after the report told of a second job was praised
"You took in what they told you", although nothing of what they told was heard. The lines here
are written for the tests."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.domain.session import Transcript
from roleplay.scoring.report import format_report
from roleplay.scoring.scorer import score_transcript

from .conftest import played_with, transcript
from .test_competencies_listening import UP

TOLD = ("Fine. I've been doing bar shifts four nights a week since the rent went up. I'm "
        "shattered in the mornings. I didn't say because I thought you'd make me stop.")


def _session(last: str) -> Transcript:
    return transcript(
        ("report", "Is this about my start times?"),
        ("manager", "It is. On Monday the 9th you logged in at 9:40, and the queue opened with "
                    "two agents instead of four."),
        ("report", "I know. It's been hard to get in."),
        ("manager", "It sounds like mornings have been a real struggle lately."),
        ("report", "Something like that."),
        ("manager", "I need you on the phones at nine. From my side, I could look at a later "
                    "start for a few weeks. We meet again on Tuesday the 17th."),
        ("report", TOLD),
        ("manager", last),
        ("report", "Okay."),
    )


def _listening(score: SessionScore) -> str:
    al = score.competency(Competency.ACTIVE_LISTENING)
    assert al is not None
    return al.summary + " | " + " | ".join(al.went_well)


def test_the_plan_recapped_with_its_earlier_room_does_not_take_it_in() -> None:
    score = score_transcript(_session(
        "So, let me check I have it: nine on the phones, I look at the later start, and we "
        "meet on the 17th. Did I miss anything?"), UP)
    text = _listening(score)
    assert "moved on without acknowledging" in text, format_report(score)
    assert "You took in what they told you" not in text, format_report(score)


def test_a_recap_that_carries_what_they_told_takes_it_in() -> None:
    score = score_transcript(_session(
        "So, let me check I have it: you've been doing bar shifts four nights since the rent went "
        "up and you're shattered, so I look at the later start, and we meet on the 17th. Did I "
        "miss anything?"), UP)
    assert "moved on without acknowledging" not in _listening(score), format_report(score)


def test_thanks_for_telling_before_the_recap_takes_it_in() -> None:
    score = score_transcript(_session(
        "Thank you for telling me, that's a lot to carry. So: nine on the phones, I look at the "
        "later start, and we meet on the 17th. Did I miss anything?"), UP)
    assert "moved on without acknowledging" not in _listening(score), format_report(score)


# --- a request for what is due is no example told (the demo review's feedback card) ----------


def test_a_plan_turn_asking_for_a_day_is_no_specific_example() -> None:
    from roleplay.app.rehearsal import ScriptedSession, play
    from roleplay.resources import bundled_scenarios_dir
    from roleplay.scenarios import load_scenario
    from roleplay.scoring.coder import default_coder

    scenario = load_scenario(bundled_scenarios_dir() / "missed-deadlines.yaml")
    played = play(scenario, ScriptedSession(id="t", style="skilled", voice="test", turns=(
        "Thanks for making the time. I'd like to talk about the last few sprints.",
        "On Wednesday you missed the ledger design review, and the invoice export shipped a week "
        "late, which meant finance closed the month by hand.",
        "What's been getting in the way?",
        "Let's take you off the support rota for the next three weeks. Can you have the retry "
        "fix done by Friday?",
        "I'll check in with you next Thursday.",
    )), default_coder())
    fd = played.score.competency(Competency.FEEDBACK_DELIVERY)
    assert fd is not None
    examples = [e.quote for e in fd.evidence if e.note.startswith("specific example")]
    assert examples and all("support rota" not in q for q in examples), fd.evidence


# --- from the blind unseen-16 sessions -----------------------------------------------------


def test_which_piece_first_and_what_date_asks_what_they_would_do() -> None:
    score = played_with(
        "missed-deadlines",
        "Three dates have slipped: the invoice export on the 14th, the retry fix on the 23rd, "
        "and yesterday's design review.",
        "What has been getting in the way?",
        "Which piece do you want to finish first, and what date can you really promise me?",
        "From my side, I'll take you off the support rota for two weeks. We meet again next "
        "Thursday.").score
    dp = score.competency(Competency.DEVELOPMENT_PLANNING)
    assert dp is not None
    assert "asking what they would do" not in dp.summary, dp.summary


def test_a_disclosure_taken_in_is_some_sign_of_having_heard_them() -> None:
    score = score_transcript(transcript(
        ("report", "Is this about the tickets?"),
        ("manager", "It is. On Monday the 9th three tickets went out without tests, and the "
                    "client found two bugs. You should write the tests first, that's what I "
                    "always did, and honestly you should ask Sam to review them as well, he's "
                    "good at catching edge cases, and you should block out the mornings for it."),
        ("report", "I know."),
        ("manager", "You should also keep a checklist. I kept one for years and it saved me "
                    "every single time, so try that, and you should set a reminder on your "
                    "calendar too, and maybe read the testing guide again this week."),
        ("report", "My dad's been in hospital since October. I've been doing the tickets at "
                   "night."),
        ("manager", "I'm so sorry about your dad. Thank you for telling me."),
        ("report", "Thanks."),
        ("manager", "So from Monday, tests on every ticket, and we meet again on the 20th."),
        ("report", "Okay."),
    ), UP)
    al = score.competency(Competency.ACTIVE_LISTENING)
    assert al is not None
    assert any("You took in what they told you" in w for w in al.went_well), al.went_well
    assert al.score is not None and al.score >= 2, format_report(score)


def test_edge_cases_in_a_recap_name_no_feeling() -> None:
    from roleplay.scoring.listening import names_feeling

    assert not names_feeling("so to sum up the onboarding states with the edge cases by the "
                             "third and we meet on the first have i got that right")
    assert names_feeling("You've been on edge all week.")
