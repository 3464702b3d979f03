"""Twenty-fourth pass of the judgement rules (issue 11), from the blind unseen-12 sessions: a
skilled career conversation in recogniser text was told "You blamed and threatened the person"
for two kind lines. Either way being fine is no threat; thanks others gave them, passed on, is
no blame. Each class is checked on its guard too: the same shapes with pressure or a turn in
them stay judgements."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder

JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


def _codes(text: str, context: str | None = None) -> set[Code]:
    return set(default_coder().code(text, context).codes)


@pytest.mark.parametrize(("context", "text"), [
    (None, "If managing people isn't for you, that's okay."),
    ("I'm not sure. Sorry.",
     "and if managing people isn't the position you wanna play that's okay not every great "
     "player wants to be captain and there's more than one way to move up here"),
    ("I've been reading about other kinds of roles. It's probably silly.",
     "If managing people is not your thing, that is completely fine with me."),
])
def test_either_way_being_fine_is_no_threat(context: str | None, text: str) -> None:
    assert Code.THREAT not in _codes(text, context)


@pytest.mark.parametrize("text", [
    "If you don't want to do it properly, that's fine. Someone else will.",
    "look theres plenty of crew who want long haul so if you dont want to do it properly thats "
    "fine someone else will",
])
def test_fine_with_someone_waiting_to_take_it_is_still_a_threat(text: str) -> None:
    assert Code.THREAT in _codes(text)


@pytest.mark.parametrize(("context", "text"), [
    ("Oh. Yeah, the workshop was good. They were a nice group.",
     "and on thursday november 5th you sat product and finance down and walked 'em through the "
     "churn definitions and ended a fight that'd been going on for a month the vp thanked you by "
     "name at the all hands on the 12th"),
    (None,
     "and you should know the family in bed twelve wrote a card last week and they named you "
     "they said you were the only one who explained things to them"),
])
def test_thanks_passed_on_is_no_blame(context: str | None, text: str) -> None:
    codes = _codes(text, context)
    assert not codes & JUDGING, codes
    assert Code.AFFIRMATION in codes, codes


def test_thanks_that_turns_keeps_its_judgement() -> None:
    codes = _codes("You stayed, which I'm grateful for, and the family thanked you, but I've had "
                   "two complaints this month that you're abrupt, a bit of a bulldozer, and I "
                   "think you've got a reputation now, which worries me. How are you getting on "
                   "with the night team?",
                   "I was the only one on nights who stayed for the code.")
    assert Code.LABEL in codes, codes


@pytest.mark.parametrize("text", [
    "I just want us to think together about what comes next for you. I would like you to do most "
    "of the talking; I will mostly listen and ask.",
    "I'd like you to do most of the talking today. I'll mostly listen and ask.",
])
def test_who_talks_is_no_support(text: str) -> None:
    # the manager's part in the talk helps with nothing at work: "Support" praised it
    assert Code.SUPPORT_OFFER not in _codes(text, "Whatever's useful for the team, really.")


def test_who_talks_beside_real_help_keeps_the_help() -> None:
    codes = _codes("I'll mostly listen and ask today, and I'll set up time with Rosa for you.")
    assert Code.SUPPORT_OFFER in codes, codes


@pytest.mark.parametrize(("context", "text"), [
    ("I don't know. Maybe when the work feels useful to someone.",
     "sounds like the moments you like best are when somebody finally gets it and you're the one "
     "who helped 'em get there is that close"),
    ("I don't know.", "sounds like you enjoy it most when somebody finally gets it"),
])
def test_sounds_like_their_side_said_aloud_is_a_reflection(context: str, text: str) -> None:
    # a recogniser's run-on has no "it" and no question mark: the model read it as information
    codes = _codes(text, context)
    assert Code.REFLECTION in codes and Code.INFORMATION not in codes, codes


@pytest.mark.parametrize(("context", "text"), [
    (None, "Mate, Priyanka never has that problem, her stuff just works."),
    ("It keeps failing on the build server.", "Sarah never has this issue with her builds."),
])
def test_someone_else_never_having_their_trouble_is_a_label(context: str | None,
                                                            text: str) -> None:
    # a comparison with a colleague held up (J22: quoted under "What went well")
    assert Code.LABEL in _codes(text, context)


@pytest.mark.parametrize("text", [
    "I never had that problem when I was on the desk.",
    "Luckily we never have that problem on nights.",
])
def test_the_manager_or_the_team_never_having_it_is_no_label(text: str) -> None:
    assert Code.LABEL not in _codes(text)


# From the blind unseen-13 sessions (read once: 6 of 8), a non-native skilled manager and a
# French speaker: a guess at the verdict they fear, a learner's recap, a learner's reflection
# with its check, and options laid out, each read as a judgement or as information.
def test_a_guess_at_the_verdict_they_fear_is_a_reflection() -> None:
    codes = _codes("I am guessing maybe you feel you should already know all this by now, and "
                   "asking would look like you are not good enough. Is that right?",
                   "Yes. That would really help.")
    assert Code.LABEL not in codes and Code.REFLECTION in codes, codes


def test_the_verdict_said_as_the_managers_own_stays_a_label() -> None:
    assert Code.LABEL in _codes("You're not good enough for this team. Is that right?")


def test_if_i_resume_is_a_recap() -> None:
    codes = _codes("So if I resume: you are very good at explaining, people learn with you, and "
                   "managing is not the only way forward here. You try one small experiment, I "
                   "help with the contacts, and we see each other on the 8. Did I forget "
                   "something, or is it fair?",
                   "Yes. That feels like something I'd look forward to.")
    assert Code.SUMMARY in codes, codes


def test_their_meaning_with_its_check_is_a_reflection() -> None:
    codes = _codes("If I listen to you, and to what I saw at the workshop, it seems that what "
                   "gives you energy is the moment when somebody understands something thanks to "
                   "you. Is it correct?",
                   "Everyone seems to end up managing people eventually.")
    assert Code.REFLECTION in codes and Code.INFORMATION not in codes, codes


def test_options_laid_out_are_no_label() -> None:
    codes = _codes("Let me propose you three directions, only to explore, not to choose today: a "
                   "senior analyst role with a big part of teaching, like the workshops; something "
                   "nearer to data education or developer relations; or trying a little bit of "
                   "management to see. Which one attracts you the most, or is it something else?",
                   "Yes, I think so. The workshop was the best day I've had here.")
    assert Code.LABEL not in codes, codes


# From a play-through as a passive-aggressive manager (brilliant-jerk): the jab at the end of a
# told fact was quoted under "What went well" as its impact.
@pytest.mark.parametrize("text", [
    "So. Jun asked to move teams on the 13th. And then Beatriz. Two in one week. Quite the "
    "achievement.",
    "Your review comments on Jun's pull request. \"Did you even run this?\" Very collegial.",
])
def test_praise_of_what_the_act_lacked_said_last_is_a_label(text: str) -> None:
    assert Code.LABEL in _codes(text)


@pytest.mark.parametrize("text", [
    "I wanted to say merci for last week, with the wedding group. You were very calm. Very "
    "professional.",
    "The way you handled that eviction case was brilliant. Really kind.",
])
def test_praise_after_praise_stays_praise(text: str) -> None:
    codes = _codes(text)
    assert Code.LABEL not in codes and Code.AFFIRMATION in codes, codes


def test_who_gave_you_leave_is_still_blame() -> None:
    # asking who they could talk to is no blame (J23); asking who let them is
    assert Code.BLAME in _codes("Shut the door. Who the hell told you you could talk to a client "
                                "like that?")


def test_let_me_run_it_back_is_a_recap_not_advice() -> None:
    # unseen-14, a New York manager in recogniser text: the recap was read as advice
    codes = _codes("so let me run it back problems go to leo first then me you take the first "
                   "step with leo on the day you said i handle the log and the tagging and we "
                   "check in on the third did i miss anything", "Yes. I'd like that.")
    assert Code.SUMMARY in codes and Code.ADVICE not in codes, codes


# From a play-through as a rambling manager in recogniser text (disengaged-after-reorg): the loss
# told through how good their work is was read as blame ("You blamed the person").
@pytest.mark.parametrize(("context", "text"), [
    ("I know. I didn't have anything to show at crit.",
     "and i guess the knock on effect was the crit kind of went ahead without any mobile work in "
     "it which was a shame because yours is usually the best bit"),
    ("I know.", "And I guess the knock-on effect was that the crit went ahead without any mobile "
                "work in it, which was a shame, because yours is usually the best bit."),
])
def test_a_loss_told_through_how_good_their_work_is_is_no_blame(context: str, text: str) -> None:
    assert Code.BLAME not in _codes(text, context)


def test_a_reason_that_runs_them_down_stays_a_judgement() -> None:
    assert _codes("It failed because your code is always the worst bit.") & JUDGING
