"""Issue 11 (J41, seventy-second feedback pass): the brief's items, J40's "Left" list and three
play-throughs through the CLI, read as a coach would. The lines are written for the tests, not
taken from the session sets. Taking the problem off them is no room made and no support; a
guess at their feeling put for checking is no softened message; a route they turned down,
booked for them, is no step of theirs; northern thanks acknowledge; an undated example is
missing its day; a credited turn that says what they had not told is named as a guess; a plan
that shares only a person's title with what they told does not take it in; in unpunctuated
speech an accusation or a statement is no open question; tea offered is no closed question; a
manner ordered with a threat after it is no clear expectation."""

from __future__ import annotations

from roleplay.domain.scores import Competency, SessionScore
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in
from .conftest import went_well_text as _went_well


def _summary(score: SessionScore, which: Competency) -> str:
    c = score.competency(which)
    assert c is not None
    return c.summary


def _anti(score: SessionScore) -> set[str]:
    return {a.id for a in score.anti_patterns}


# --- taking the problem off them is no room and no support -----------------------------------

def _rescued(line: str) -> SessionScore:
    return scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "hello sofia how are things going for you"),
        ("report", "I don't know. I'm happy doing what I'm doing, I think."),
        ("manager", "what has been the best part of the work lately"),
        ("report", "I'm not sure the usual next step is really for me. I don't want to manage "
                   "people, and I think that makes me look unambitious."),
        ("manager", line),
        ("report", "Okay. Thanks."),
        ("manager", "so lets meet again on friday eleventh december"),
        ("report", "Okay."),
        disclosed=(4,),
    )


def test_taking_it_off_them_is_no_room_made() -> None:
    score = _rescued("you dont have to worry about anything i will sort it all out for you ok "
                     "medaase")
    text = _went_well(score, Competency.ACTIVE_LISTENING)
    assert "You made room for them to say more" not in text, format_report(score)


def test_taking_it_off_them_is_no_support() -> None:
    score = _rescued("you dont have to worry about anything i will sort it all out for you ok "
                     "medaase")
    assert "Support" not in _went_well(score, Competency.DEVELOPMENT_PLANNING), \
        format_report(score)
    assert "support" in _summary(score, Competency.DEVELOPMENT_PLANNING).split("Missing:")[-1]


def test_room_left_to_answer_is_still_room() -> None:
    from roleplay.scoring._cues_listening import invites
    # the guards: room to say it, or not, stays an invitation
    assert invites("You don't have to answer now. Take your time.")
    assert invites("you dont have to tell me if you'd rather not")
    assert not invites("you dont have to worry about anything")
    assert not invites("You don't have to think about it, I'll handle it.")


def test_a_named_undertaking_for_them_is_still_an_undertaking() -> None:
    from roleplay.scoring._text import canonical
    from roleplay.scoring.reading import clauses, intends_only
    # the guards: what the manager will sort out, named, or by a day, is an offer
    assert not any(intends_only(c) for c in clauses(canonical(
        "I will sort the rota out for you")))
    assert not any(intends_only(c) for c in clauses(canonical(
        "I will sort it all out for you by Friday")))
    assert any(intends_only(c) for c in clauses(canonical(
        "I'll sort it all out for you, ok Sofia.")))


# --- a guess at their feeling, put for checking, is no softened message -----------------------

def _late(turn3: str) -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "Hi. Is this about me being late again?"),
        ("manager", "It is. You were late on Monday 16 and Monday 23 November, about forty "
                    "minutes each time, and the morning handover started without you."),
        ("report", "I know. Everyone keeps looking at me when I come in. It's like I'm on "
                   "trial."),
        ("manager", turn3),
        ("report", "Yeah. That's it. And I'm knackered."),
        ("manager", "What's been making the mornings hard?"),
        ("report", "The pub shifts. The rent went up so I'm working till one."),
        ("manager", "That's a lot to carry. From Monday I need you in by nine. What would help "
                    "you get there?"),
        ("report", "Maybe starting at half nine on Mondays."),
        ("manager", "Okay, Mondays you start at half nine, and we meet again Friday 4 December "
                    "at ten."),
        ("report", "Thanks."),
    )


def test_a_checked_guess_at_their_feeling_is_not_softened() -> None:
    score = _late("I'm guessing you're fed up, maybe feeling watched and a bit judged. Is that "
                  "how it is, or have I got it wrong?")
    text = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "softened until the message is lost" not in text, format_report(score)
    assert "Softening made the message easier to miss" not in text
    assert "over_softening" not in _anti(score)
    # ...and listening still takes it as their feeling acknowledged
    assert "feeling acknowledged" in competency_text(score, Competency.ACTIVE_LISTENING)


def test_a_message_hedged_is_still_softened() -> None:
    # the guard: the lateness itself hedged away is softening
    score = _late("So, um, maybe the mornings have kind of been a little bit late, sort of, "
                  "no big deal really.")
    assert "over_softening" in _anti(score), format_report(score)


def test_the_work_hedged_is_still_softened_however_it_was_coded() -> None:
    # the guard: the work itself hedged in a turn the coder reads as a reflection (a first
    # version of the rule let it off)
    score = scored_in(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "hi nadia thanks for joining how have things been"),
        ("report", "Fine. Busy."),
        ("manager", "so the onboarding wireframes were maybe a little lighter than usual i "
                    "reckon the engineers were kind of hoping for more but honestly its fine"),
        ("report", "Okay."),
    )
    assert "over_softening" in _anti(score), format_report(score)


def test_a_feeling_guessed_for_someone_else_is_still_softened() -> None:
    # the guard: the hurt done to a colleague, hedged as a guess at her feeling, is the message
    # (a second version of the rule let it off)
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. Bribery, obviously. So, what are we fixing "
                   "today?"),
        ("manager", "Oh, thank you, Theo. Today is just a small chat, nothing serious."),
        ("report", "Ha. Is this the bit where you tell me I'm too good at my job?"),
        ("manager", "You know Beatriz is quite a quiet person, right?"),
        ("report", "Okay. Honestly, I think the team's doing great."),
        ("manager", "And the stand-up joke about Beatriz. Maybe it was only a joke, I "
                    "understand. But maybe she felt a little bit bad?"),
        ("report", "Yes. Fair enough, I can see that."),
    )
    soft = [a for a in score.anti_patterns if a.id == "over_softening"]
    assert soft and 5 in soft[0].turns, format_report(score)


# --- a route they turned down, booked for them, is no step of theirs -------------------------

def _booked(declined: str) -> SessionScore:
    return scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "no problem sofia what would you like to do next year"),
        ("report", "I don't know. I'm happy doing what I'm doing, I think."),
        ("manager", "the management route is the obvious one for you"),
        ("report", declined),
        ("manager", "so what i will do is i will put your name down for the management course "
                    "in january"),
        ("report", "Okay."),
        ("manager", "and we talk again on friday eleventh december"),
        ("report", "Okay."),
    )


def test_a_declined_route_booked_for_them_is_not_their_step_or_support() -> None:
    score = _booked("I don't think management is for me. I don't want to manage people.")
    text = _went_well(score, Competency.DEVELOPMENT_PLANNING)
    assert "own step" not in text and "Support" not in text, format_report(score)
    assert "turned the management route down" in _summary(score,
                                                           Competency.DEVELOPMENT_PLANNING)


def test_a_route_they_asked_for_booked_is_still_a_step() -> None:
    # the guard: the course they wanted, booked for them, is the manager's own step
    score = _booked("Honestly, I'd love to try leading a small team one day.")
    assert "own step" in _went_well(score, Competency.DEVELOPMENT_PLANNING), format_report(score)
    assert "turned the management route down" not in _summary(
        score, Competency.DEVELOPMENT_PLANNING)


# --- northern thanks acknowledge what they told ------------------------------------------------

def test_northern_thanks_acknowledge() -> None:
    from roleplay.scoring._cues_listening import acknowledges
    assert acknowledges("Ta for being straight with us.", "")
    assert acknowledges("Cheers for telling us.", "")
    # the guards: thanks for a thing is no acknowledgement of what they told
    assert not acknowledges("Cheers for the coffee.", "")
    assert not acknowledges("Ta for the report.", "")


def _thanked(thanks: str) -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "Hi. Is this about the mornings?"),
        ("manager", "Aye, it is. You were late on Monday 16 and Monday 23 November, forty "
                    "minutes both times."),
        ("report", "I know. The rent went up, so I've taken bar shifts at the Crown till one. "
                   "I'm not sleeping."),
        ("manager", thanks + " What would help with the Mondays?"),
        ("report", "Maybe an alarm."),
        ("manager", "Reet. From Monday you're in at nine, and we sit down again Friday 18 "
                    "December at ten."),
        ("report", "Thanks."),
        disclosed=(2,),
    )


def test_ta_for_being_straight_is_not_ignoring_them() -> None:
    score = _thanked("Ta for being straight with us.")
    assert "ignoring_disclosure" not in _anti(score), format_report(score)
    # the guard: a bare "Right." before the question moves on from it
    assert "ignoring_disclosure" in _anti(_thanked("Right."))


# --- an undated example is missing its day -----------------------------------------------------

def _harsh(first: str) -> SessionScore:
    return scored_in(
        "quality-slipping",
        ("report", "Hi. You wanted to see me?"),
        ("manager", first),
        ("report", "I know. I'm sorry."),
        ("manager", "I don't want excuses. From Monday you write tests for every change and I "
                    "check every pull request myself."),
        ("report", "Okay."),
    )


def test_an_undated_example_misses_when_it_happened() -> None:
    score = _harsh("Sugar, you broke promo codes for three hours and two hundred and twelve "
                   "customers couldn't check out. That's careless.")
    summary = _summary(score, Competency.FEEDBACK_DELIVERY)
    assert "when it happened" in summary, format_report(score)
    assert "a specific example" not in summary


def test_no_example_at_all_is_still_missing() -> None:
    # the guard: a label with nothing that happened in it still misses the example
    score = _harsh("You're careless. That's all there is to it.")
    assert "a specific example" in _summary(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


# --- a credited turn that says what they had not told is named as a guess --------------------

def _geordie(turn3: str, told: str) -> SessionScore:
    return scored_in(
        "lateness-absence",
        ("report", "Hi. Is this about the mornings?"),
        ("manager", "Aye, it is. You were late on Monday 16 and Monday 23 November, forty "
                    "minutes both times."),
        ("report", told),
        ("manager", turn3),
        ("report", "Yeah. The rent went up and I took bar shifts at the Crown."),
        ("manager", "What would help with the Mondays?"),
        ("report", "Maybe starting at half nine on Mondays for a bit."),
        ("manager", "Reet. Mondays you start at half nine for the next month, and we sit down "
                    "again Friday 18 December at ten."),
        ("report", "Thanks."),
    )


def test_a_guess_said_as_their_words_is_named() -> None:
    score = _geordie("So the rent's gone up and you're pulling pints till past one. That's a "
                     "lot.", "I know. Things have been a lot lately.")
    summary = _summary(score, Competency.ACTIVE_LISTENING)
    assert "Turn 3 told them what they meant in words they had not used" in summary, \
        format_report(score)
    assert "pulling pints" not in _went_well(score, Competency.ACTIVE_LISTENING)


def test_their_own_story_said_back_is_no_guess() -> None:
    # the guard: the same words, after they told them, are a reflection
    score = _geordie("So the rent's gone up and you're pulling pints till past one. That's a "
                     "lot.", "I know. The rent's gone up and I'm pulling pints at the Crown "
                     "till past one.")
    assert "words they had not used" not in _summary(score, Competency.ACTIVE_LISTENING), \
        format_report(score)


# --- a plan sharing only a person's title with what they told does not take it in -------------

def _nadia(plan: str) -> SessionScore:
    return scored_in(
        "disengaged-after-reorg",
        ("report", "Hi. Yeah, all fine. What did you want to go over?"),
        ("manager", "How have things been for you since the October reorg?"),
        ("report", "I don't know. It's been a strange few months."),
        ("manager", "It sounds like it has been heavy. Tell me more about that."),
        ("report", "I was promised the lead role. Karen said it in June. After the reorg it "
                   "just disappeared and someone external got it. I felt invisible. I've "
                   "started interviewing. I've got a final round next week."),
        ("manager", "What would make the crit feel like yours again?"),
        ("report", "I don't know yet."),
        ("manager", plan),
        ("report", "Yeah, I think so."),
        disclosed=(4,),
    )


def test_the_title_of_whom_you_talk_to_is_not_taking_it_in() -> None:
    score = _nadia("So you will run crit again from Thursday 3 December, and I will talk with "
                   "the Core Experience lead this week so the mobile work has its own slot.")
    assert "ignoring_disclosure" in _anti(score), format_report(score)
    assert "You took in what they told you" not in _went_well(score,
                                                              Competency.ACTIVE_LISTENING)


def test_talking_about_what_they_told_takes_it_in() -> None:
    # the guard: what the talk is about, in their words, hears them
    score = _nadia("I will talk to Karen this week about the lead role you were promised, and "
                   "we meet again on Tuesday 8 December.")
    assert "ignoring_disclosure" not in _anti(score), format_report(score)


# --- in unpunctuated speech, an accusation or a statement is no open question ----------------

def _foreman(line: str) -> SessionScore:
    return scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. Bribery, obviously. So, what are we fixing "
                   "today?"),
        ("manager", "right theo sit down b'y we needs to talk about you and the crowd on the "
                    "line"),
        ("report", "Ha. Is this the bit where you tell me I'm too good at my job?"),
        ("manager", line),
        ("report", "You want the honest answer or the good one?"),
        ("manager", "from now on you be nice in reviews or youll be gone i mean it"),
        ("report", "Okay."),
    )


def test_whats_wrong_with_you_unpunctuated_accuses() -> None:
    score = scored_in(
        "brilliant-jerk",
        ("report", "I brought you a flat white. Bribery, obviously. So, what are we fixing "
                   "today?"),
        ("manager", "right theo sit down b'y we needs to talk about you and the crowd on the "
                    "line"),
        ("report", "Ha. Is this the bit where you tell me I'm too good at my job?"),
        ("manager", "i dont want to hear it youre the best fella on the floor and the worst to "
                    "work with"),
        ("report", "Thanks. It's nice someone notices."),
        ("manager", "whats wrong with you at all"),
        ("report", "You want the honest answer or the good one?"),
    )
    assert "whats wrong with you" not in _went_well(score, Competency.POWERFUL_QUESTIONING), \
        format_report(score)
    assert "a question that accuses" in competency_text(score, Competency.POWERFUL_QUESTIONING)


def test_what_you_said_was_unpunctuated_is_told_not_asked() -> None:
    score = _foreman("what you said to jun on his pull request was some harsh b'y did you even "
                     "run this")
    assert "Open question" not in _went_well(score, Competency.POWERFUL_QUESTIONING), \
        format_report(score)


def test_an_open_question_unpunctuated_is_still_praised() -> None:
    # the guard
    score = _foreman("what do you think went wrong with juns pull request")
    assert "Open question" in _went_well(score, Competency.POWERFUL_QUESTIONING), \
        format_report(score)


def test_a_manner_with_a_threat_after_is_no_clear_expectation() -> None:
    score = _foreman("what do you think went wrong with juns pull request")
    assert "Clear expectation" not in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


def test_a_behaviour_with_a_threat_after_is_still_named() -> None:
    from roleplay.scoring.rewrites import vague_order
    assert vague_order("from now on you be nice in reviews or youll be gone i mean it")
    assert vague_order("Be nicer to Jun.")
    # the guards: a behaviour named, whatever follows it
    assert not vague_order("From now on you comment on the code, not the person, or you will "
                           "lose review rights.")
    assert not vague_order("From Monday you are in by nine or you will get a warning.")


# --- tea offered is no closed question ---------------------------------------------------------

def test_water_offered_is_not_a_closed_question() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "Gamarjoba Priya. Sit, sit. You want some water? We have to talk about the "
                    "sprints."),
        ("report", "No, I'm fine."),
        ("manager", "The invoice export was promised for Wednesday 14 October and it came on "
                    "the 21st. What happened?"),
        ("report", "The migration ate two weeks."),
    )
    text = competency_text(score, Competency.POWERFUL_QUESTIONING)
    assert "You want some water" not in text, format_report(score)


def test_hospitality_is_shared_and_narrow() -> None:
    from roleplay.domain.pleasantries import HOSPITALITY
    assert HOSPITALITY.match("You want some water?")
    assert HOSPITALITY.match("Cup of tea?")
    # the guard: a want about the work is no offer
    assert not HOSPITALITY.match("You want some time off?")
