"""The lead's review fixes from the fifteenth day's first reading of unseen-23 (issue 11): trust
said of them ("you're one of the people I never worry about on a hard call") is praise, neither
a guess said as their words nor a feeling of theirs acknowledged; the manager's own step said in
the present after the side it comes from and its day ("From my side, today I take you off the
payments support") is a dated step of theirs, so the plan is not "Missing: a concrete next
step"; and how they are asked after ("Everything alright?") is opened as that ("How are things
going for you, really?"), not as an order with a tag ("What would help you everything?")."""

from roleplay.domain.scores import Competency
from roleplay.scoring._text import canonical
from roleplay.scoring.reading import UNDERTAKES

from .conftest import competency_text, scored_in


def test_trust_said_of_them_is_praise_not_a_guess_nor_their_feeling() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Yes, I looked at the whole team's queue times, and yours stood out."),
        ("report", "Okay. I'm listening. I just hate feeling checked up on."),
        ("manager", "You've been on this team four years, and you're one of the people I never "
                    "worry about on a hard call. That's why this is a conversation and not an "
                    "email."),
        ("report", "Thanks. I do work hard when I'm here."),
        ("manager", "What do your Monday mornings look like right now?"),
        ("report", "Busy."))
    text = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "a guess said as their words" not in text, text
    assert "feeling acknowledged: You've been on this team" not in text, text


def test_a_feeling_guessed_beside_trust_is_still_credited() -> None:
    score = scored_in(
        "lateness-absence",
        ("report", "So. Attendance. Has someone been checking my login times?"),
        ("manager", "Yes, I looked at the whole team's queue times, and yours stood out."),
        ("report", "Okay. I'm listening. I just hate feeling checked up on."),
        ("manager", "I can always count on you, and it sounds like being checked up on feels "
                    "like I stopped trusting you. Is that close?"),
        ("report", "Yeah. It does."))
    text = competency_text(score, Competency.ACTIVE_LISTENING)
    assert "feeling acknowledged: I can always count on you" in text, text


def test_the_managers_present_tense_step_after_its_side_and_day_undertakes_it() -> None:
    for line in ("From my side, today I take you off the payments support for the next sprints.",
                 "On my end, tomorrow I book the room with facilities.",
                 "This week I move your Monday shifts."):
        assert UNDERTAKES.search(canonical(line)), line
    # (the side and the day lead in; in the middle of a sentence they do not)
    assert not UNDERTAKES.search(canonical("You said from my side, today I take it easy."))


def test_a_dated_step_of_the_managers_own_is_a_concrete_next_step() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "What I need from now: dates we can trust, and when one is in danger, you "
                    "say it the same day. What can you do first, and by which day?"),
        ("report", "I don't know yet. I'll come back to you by Friday."),
        ("manager", "From my side, today I take you off the payments support for the next "
                    "sprints, and if your hours need to move, we move them."),
        ("report", "Maybe. I'm not sure what would help, honestly."),
        ("manager", "We look again next Thursday, the 12th, in our normal 1:1."),
        ("report", "Okay."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "a concrete next step" not in text, text
    assert "your own step with a date" in text and "From my side, today I take" in text, text


def test_how_they_are_asked_after_is_opened_as_that_not_as_a_task() -> None:
    # "Everything alright?" was read as an order with a tag: "What would help you everything?"
    from roleplay.scoring.rewrites import open_version
    for line in ("Are you happy enough here otherwise? Everything alright?", "You good? All okay?"):
        assert open_version(line) == "How are things going for you, really?", line
    assert open_version("Fill in the form by Friday. Okay?") == (
        "What would help you fill in the form by Friday?")


def test_the_one_the_floor_leans_on_is_praise_not_a_guess() -> None:
    from roleplay.scoring.listening import praises
    assert praises("youve been here four years and youre one of the people the floor leans on "
                   "when calls get rough")


def test_my_part_before_the_day_undertakes_the_step() -> None:
    assert UNDERTAKES.search(canonical("my part this week i ask hr if your start can move"))
    assert UNDERTAKES.search(canonical("My part: this afternoon I sort out the rota with Marcus."))


def test_the_terse_step_question_is_asked_not_a_step_and_the_day_opens_the_managers_part() -> None:
    # A blunt manager: "What's your first step. By when." was cited "next step", and "Thursday I
    # get Kasia to sit with you on the setup" was no support ("Missing: support")
    score = scored_in(
        "quality-slipping",
        ("report", "Hi. Is everything okay? Is it the promo code thing?"),
        ("manager", "Fair. Tests before merge. Every change. If you can't run them, tell Kasia "
                    "the same day."),
        ("report", "Okay. Yes. I understand. Tests before merging."),
        ("manager", "What's your first step. By when."),
        ("report", "I could pair with someone on the next ticket. Can I come back to you by "
                   "Wednesday?"),
        ("manager", "Thursday I get Kasia to sit with you on the setup. Monday 30th, 10am, we "
                    "review."),
        ("report", "Okay."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "next step: What's your first step" not in text, text
    assert "Missing: support" not in text and "support offered" in text, text


def test_the_managers_own_step_beside_another_chat_is_not_set_for_them() -> None:
    score = scored_in(
        "career-conversation",
        ("report", "Hi. Sorry about the form. I just didn't really know what to write."),
        ("manager", "what would you want to try first do you reckon and like roughly when"),
        ("report", "Maybe I could talk to someone in developer relations."),
        ("manager", "ok cool and from my side this week i ask the head of analytics about the "
                    "senior analyst track and ill let you know what she says and lets have "
                    "another chat on the 10th of december at eleven"),
        ("report", "Yes."))
    text = competency_text(score, Competency.DEVELOPMENT_PLANNING)
    assert "though you set it for them" not in text, text
