"""The lead's review fixes from the fourteenth day's play-throughs (issue 11): the plan played
back is cited as that in listening, whatever feeling word it repeats ("if you are stuck"), and in
planning it is neither the manager's own step nor praised again for the offer and meeting
already praised where they were made."""

from roleplay.domain.scores import Competency

from .conftest import competency_text, scored_in, went_well_text


def _session():  # type: ignore[no-untyped-def]
    return scored_in(
        "quality-slipping",
        ("report", "Hi. Is everything okay? Is it the promo code thing?"),
        ("manager", "On Tuesday 20 October your discount-code change was merged without tests, "
                    "and promo codes failed for three hours the next morning."),
        ("report", "Yes. The promo code one was me. I felt sick when I saw it."),
        ("manager", "What is checkout like for you, compared with payments?"),
        ("report", "I don't really understand the order state machine, and I've never got the "
                   "integration tests running on my laptop. I was too scared to say."),
        ("manager", "That sounds heavy, to carry that on your own. What would help you most to "
                    "get the tests running, and by when?"),
        ("report", "Maybe Kasia could walk me through the order states once. By Thursday?"),
        ("manager", "From my side, tomorrow I talk with Kasia, and she sits with you on Thursday "
                    "for the state machine and the setup. We meet again on Wednesday 2 December "
                    "at ten."),
        ("report", "Okay. I'd like that."),
        ("manager", "Let me repeat to check: tests you ran before every merge; you say the same "
                    "day if you are stuck; Kasia with you on Thursday; and we meet on the 2nd. "
                    "Something I forgot?"),
        ("report", "No, I think that's it."),
        disclosed=(5,))


def test_the_plan_played_back_is_cited_as_that_in_listening() -> None:
    text = competency_text(_session(), Competency.ACTIVE_LISTENING)
    assert "summary of the plan: Let me repeat" in text, text
    assert "feeling acknowledged: Let me repeat" not in text, text


def test_the_plan_played_back_is_no_step_of_the_managers_own_nor_praised_twice() -> None:
    score = _session()
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "your own step with a date: Let me repeat" not in text, text
    praised = went_well_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "Let me repeat" not in praised and "tomorrow I talk with Kasia" in praised, praised


def test_their_lapse_told_and_agreed_to_is_no_reflection() -> None:
    # "So the mornings. You come a bit late sometimes, yes?" - "Yeah, fine." confirms a fact; it
    # was credited "You reflected back", and a typical manager got listening 4/5
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "So the mornings. You come in a bit late sometimes, yes? And some Mondays you "
                    "are sick."),
        ("report", "Yeah, fine. I don't want to leave Tom in it."),
        ("manager", "It's okay, everybody has hard weeks. But Tom, he has to cover for you, and he "
                    "is a little tired of it."),
        ("report", "Something like that."),
        ("manager", "So from next week, nine o'clock, every day. You can do this, yes?"),
        ("report", "Okay."))
    text = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "reflection: So the mornings" not in text and "You reflected back" not in text, text
    assert "0 of your 3 turns" in text, text


def test_what_they_are_sick_of_said_back_is_still_a_reflection() -> None:
    from roleplay.scoring.listening import _LAPSE_TOLD
    assert not _LAPSE_TOLD.search("so you're sick of being the one who gets the worst customers")
    assert _LAPSE_TOLD.search("and some mondays you are sick")


def test_a_feeling_named_of_what_they_told_takes_it_in() -> None:
    # "That must be a bit awkward, ..." after their disclosure was flagged "Ignoring what they
    # told you" and rewritten (a play-through in a rambling manager's voice)
    from roleplay.scoring._cues_listening import acknowledges
    told = "I don't want to be a manager, and I thought that made me unambitious."
    assert acknowledges("That must be a bit awkward, feeling like the only way up is managing "
                        "people when that's not really you.", told)
    assert not acknowledges("That must be a bit of a plan, then.", told)

