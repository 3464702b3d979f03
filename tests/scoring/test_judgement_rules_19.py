"""The lead's fixes from the fifteenth day (issue 11): the recap-and-check reading searches only
where it can match, so a long run-on costs one pass instead of a cubic backtrack, and reads
every turn as the plain pattern does. From a play-through (a conductor's story): how the talk
will go ("I will tell you what I hear, and then I listen") is no step of the plan, and a story
from where the manager once worked is an anecdote, no impact. From unseen-23's first reading:
room made for their private life is no threat, the manager's own part owned and the plan fitted
to their life are no label, a saying of the manager's trade is no example, the standing meeting
given its day is a follow-up, what is needed from them stated in a run-on is an expectation, a
recogniser's "well" for "we'll" books the cuppa, and "from my side i dig out ..." is support.
The coder and the offline report read the same story (domain/stories.py), and a question about
what goes through their head is an open question, while their head mocked stays a label. A
friendly echo of their "fine" after the manager's check-in is no label. From unseen-24, read
last: a story told over several sentences (or run straight into its question) is no label or
blame, a bad thing kept out is credit, what their act does to others is impact, help offered at
their wish is support, and "we meet next thursday" is a follow-up. From the play-throughs:
arrogance pinned on them is a label, and the need stated then their step asked in one breath is
an expectation and an open question."""

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring._cues_event import anecdote
from roleplay.scoring.settle.plans import RECAP_CHECK, recap_checked_back

SAME_AS_THE_PATTERN = [
    "so you said the rota, the handover and the tickets, have i got that right",
    "okay so the demo, the deck and the client call. did i miss anything",
    "right, you want mornings, fewer tickets and a mentor. is that a fair summary",
    "so the demo, the deck and the call? did i miss anything",  # the check after a "?"
    "so the demo and the deck, did i miss anything",  # one separator only
    "so, the demo, the deck, what did i missed",  # "miss" inside a longer word
    "so the demo, the deck and the call, anything i missed out there",
    "did i miss anything, so the demo, the deck and the call",  # check before the recap
    "we talked about the demo, the deck and the call, did i miss anything",  # no opener
]


@pytest.mark.parametrize("low", SAME_AS_THE_PATTERN)
def test_the_cut_search_reads_each_turn_as_the_whole_pattern(low: str) -> None:
    assert recap_checked_back(low) == (RECAP_CHECK.search(low) is not None)


def test_recaps_are_still_found() -> None:
    assert recap_checked_back(SAME_AS_THE_PATTERN[0])
    assert recap_checked_back(SAME_AS_THE_PATTERN[1])
    assert not recap_checked_back(SAME_AS_THE_PATTERN[3])
    assert not recap_checked_back(SAME_AS_THE_PATTERN[5])


def test_a_check_near_the_start_of_a_run_on_is_cut_before_the_rest() -> None:
    # Early check, then a long tail the pattern cannot use: the search stops at the check's word.
    tail = " and then the releases, the tests and the reviews" * 200
    low = "so, did i miss anything" + tail
    assert recap_checked_back(low) == (RECAP_CHECK.search(low[:40]) is not None)
    assert not recap_checked_back(low)


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


@pytest.mark.parametrize("line", [
    "So I will tell you what I hear, and then I listen.",
    "I'll tell you what I see, and then I'll listen.",
])
def test_how_the_talk_will_go_is_no_step_of_the_plan(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.COMMITMENT not in coder.code(line, "I'll be more careful, I promise.").codes


def test_a_step_beside_the_talk_itself_stays_one(coder) -> None:  # type: ignore[no-untyped-def]
    line = "I'll tell you what I see, and then I'll talk to Kasia about your setup by Friday."
    assert Code.COMMITMENT in coder.code(line, "Okay.").codes


@pytest.mark.parametrize("sentence", [
    "In the orchestra where I played viola, the conductor stopped us once and said: the wrong "
    "note is not the problem, the problem is when nobody hears it.",
    "When I trained as a nurse, the ward sister made us count every swab twice.",
])
def test_a_story_from_where_the_manager_worked_is_an_anecdote(sentence: str) -> None:
    assert anecdote(sentence)


def test_where_they_worked_with_you_is_no_story() -> None:
    assert not anecdote("When I worked with you on the launch, you never missed a date.")


def test_the_story_is_no_impact(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("In the orchestra where I played viola, the conductor stopped us once and said: the "
            "wrong note is not the problem, the problem is when nobody hears it. So I will tell "
            "you what I hear, and then I listen.")
    assert not coder.code(line, "I'm working on it.").codes & {Code.IMPACT, Code.COMMITMENT}


# From the first reading of unseen-23: room made for their private life is no threat, the
# manager's own part owned is no label, and a saying of the manager's trade is no example.

@pytest.mark.parametrize("line", [
    "If something outside work is taking your mornings, you don't need to give me details. Only "
    "what helps us plan.",
    "Whatever's happening outside work, you don't owe me details. I'd rather plan around your "
    "real week than one you can't keep.",
])
def test_room_for_their_private_life_is_no_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "I keep thinking I'll catch up at the weekend, and I don't.").codes
    assert not codes & {Code.THREAT, Code.LABEL}, codes


def test_a_sanction_beside_the_room_made_stays_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("If this happens again, you don't need to explain anything to me, you'll be on a "
            "written warning.")
    assert Code.THREAT in coder.code(line, "I keep thinking I'll catch up, and then I don't.").codes


@pytest.mark.parametrize("line", [
    "Some of that's on me. I wrote 'sick days' on a calendar invite and never asked you in "
    "person. Not great.",
    "A lot of that's on me. I put 'lateness' on a calendar invite and never asked you first.",
])
def test_the_managers_own_part_owned_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "Okay. Things are tight. I'm doing what I have to do.").codes
    assert not codes & {Code.LABEL, Code.BLAME}, codes


@pytest.mark.parametrize("line", [
    "That's on me for the rota, but honestly you're lazy and you know it.",
    "So now it's my fault. Very nice. Very professional.",
])
def test_a_verdict_beside_or_mocking_the_own_part_stays(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "You put me on the late shift.").codes


def test_a_saying_of_the_managers_trade_is_no_example(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("In the bakery we say, when the bread fails three days running, it is not the flour; "
            "something changed in the oven.")
    codes = coder.code(line, "Okay. Things are tight at the moment.").codes
    assert not codes & {Code.OBSERVATION, Code.IMPACT}, codes


@pytest.mark.parametrize("line", [
    "And this time the check-in happens: Thursday 26. November at half past two.",
    "Our 1:1 is on the 3rd, same time.",
])
def test_the_standing_meeting_given_its_day_is_a_follow_up(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.FOLLOW_UP in coder.code(line, "I hate that I cancelled last week.").codes


def test_the_standing_meeting_without_a_day_books_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.FOLLOW_UP not in coder.code("The check-in is important to me.", "Okay.").codes


def test_what_is_needed_from_them_in_a_run_on_is_an_expectation(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("what the ward needs from you is your usual standard your handovers on time and the "
            "audit done so what would you like to start with and when")
    codes = coder.code(line, "It's been hard to know where I fit.").codes
    assert {Code.EXPECTATION, Code.OPEN_QUESTION} <= codes, codes


def test_what_they_need_from_you_asked_is_no_expectation(coder) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code("What do you need from me to make that work?", "Okay.").codes
    assert Code.EXPECTATION not in codes, codes


def test_a_recognisers_well_for_well_books_the_cuppa(coder) -> None:  # type: ignore[no-untyped-def]
    line = "and well grab a coffee on monday the 7th"
    assert Code.FOLLOW_UP in coder.code(line, "It's been hard to know where I fit.").codes


def test_the_managers_own_digging_from_their_side_is_support(coder) -> None:  # type: ignore[no-untyped-def]
    line = "from my side i dig out whatever was promised about your training and tell you by friday"
    assert Code.SUPPORT_OFFER in coder.code(line, "Okay.").codes


def test_the_plan_fitted_to_their_life_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("If the weeks have changed again, at home or anywhere, we build the plan on the days "
            "you have now. In the vineyard even the rows move; a plan can move too.")
    codes = coder.code(line, "Yeah. The plan made sense two weeks ago. Things have changed a bit "
                             "since.").codes
    assert Code.LABEL not in codes, codes


def test_a_verdict_beside_the_fitted_plan_stays_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = "We can build the plan around your days, but frankly you're lazy and everyone sees it."
    assert Code.LABEL in coder.code(line, "Things have changed a bit.").codes


STORIES = [
    "My first year as a foreman I hid a mistake for a week.",
    "In the roastery we say, when the same batch goes wrong three times, it is not the beans.",
    "My old boss told me the worst thing you can do is go quiet.",
    "When I was your age I thought the only way up was managing people.",
]
NOT_STORIES = [
    "When I was your age I'd have had three pages subbed by ten-forty.",
    "My nan could shift six motors in a morning.",
    "My first boss would never have let you ship that.",
]


@pytest.mark.parametrize("line", STORIES + NOT_STORIES)
def test_the_coder_and_the_offline_report_read_the_same_story(line: str) -> None:
    from roleplay.persona.small_moments import story_told
    assert anecdote(line) == story_told(line, []) == (line in STORIES), line


@pytest.mark.parametrize("line", [
    "what goes through your head right before you hit send on a post like that",
    "So what goes through your mind right before you send a message like that to the channel?",
])
def test_their_thinking_asked_about_is_an_open_question_not_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, "Okay. I appreciate you asking rather than just telling me off.")
    assert Code.LABEL not in coding.codes and Code.OPEN_QUESTION in coding.codes, coding


@pytest.mark.parametrize("line", [
    "Honestly I'd love to know what goes on in your head before you hit send.",
    "What goes through your head? Nothing, apparently.",
])
def test_their_head_mocked_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, "I was just being transparent.").codes


@pytest.mark.parametrize("line", [
    "Right then. All good, is it? Good, good.",
    "Maria cara, ciao! Everything fine, yes? Good, good. Only a small chat, nothing serious.",
])
def test_a_friendly_echo_of_their_fine_is_no_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "Right. Go on then.").codes
    assert Code.LABEL not in codes and Code.CLOSED_QUESTION in codes, codes


def test_a_verdict_after_the_check_in_stays_a_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = "Everything fine, yes? Good. Then why is the work so sloppy?"
    assert Code.LABEL in coder.code(line, "Right. Go on then.").codes


# From unseen-24, read last: a story told over several sentences, a bad thing kept out as
# credit, and what their act does to others as impact.

def test_a_story_told_over_sentences_then_a_question_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("Let me tell you something. My first year as conductor, a drummer started arriving "
            "late to every rehearsal. I shouted at him in front of everybody. Only later I learned "
            "his mother was sick. I never asked him first, and I still think about it. So I ask "
            "you first: what is taking your time and your head these weeks?")
    codes = coder.code(line, "Okay. It's been a busy few weeks, that's all.").codes
    assert not codes & {Code.LABEL, Code.BLAME} and Code.OPEN_QUESTION in codes, codes


def test_a_jibe_after_the_story_is_not_part_of_it(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("Well, it's not ideal, is it? When I was a trainee we assumed deadlines were "
            "deadlines. But things are different now, I gather, with your lot.")
    assert Code.LABEL in coder.code(line, "Sorry. I should have flagged it earlier.").codes


def test_a_bad_thing_kept_out_by_them_is_credit(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("first thing youre the reason bad orders dont get out the door and i mean that "
            "nobody on this floor checks the labels like you do")
    codes = coder.code(line, "Oh. Thanks. I wasn't expecting that.").codes
    assert Code.BLAME not in codes and Code.AFFIRMATION in codes, codes


def test_what_their_act_does_to_others_is_impact_not_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("and look you know the code better than anybody im not arguing the facts in those "
            "threads what im looking at is what happens to people when it goes out in front of "
            "200 of em")
    codes = coder.code(line, "I was just being transparent. That's literally my job.").codes
    assert Code.THREAT not in codes and Code.IMPACT in codes, codes


def test_you_know_what_happens_to_people_stays_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code("You know what happens to people when they keep doing "
                                     "this.", "x").codes


def test_a_recognisers_run_on_story_and_its_question_is_no_blame(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("my first year as foreman i set the winter rota and when the snow came i kept one "
            "lad on the early shift because it was agreed and he was late every day and i blamed "
            "him it was the rota that was wrong not him so what is different in your days now")
    coding = coder.code(line, "I know.")
    assert not coding.codes & {Code.LABEL, Code.BLAME}, coding
    assert Code.OPEN_QUESTION in coding.codes, coding


def test_a_meeting_said_in_the_present_books_the_follow_up(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("my part today i explain to the crew that nobody took the rota from them and this week "
            "i ask hr what fewer hours can look like for some weeks we meet next thursday 26 "
            "november at half past nine and if you cannot come we move it together")
    assert Code.FOLLOW_UP in coder.code(line, "I know.").codes


def test_the_managers_help_offered_at_their_wish_is_no_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("my part this week i ask the head of data what a senior path looks like if it isnt "
            "about managing people and if you want to hear from people who teach for a living "
            "in other teams i set that up")
    codes = coder.code(line, "Maybe I could talk to someone in developer relations.").codes
    assert Code.THREAT not in codes and Code.SUPPORT_OFFER in codes, codes


def test_a_menace_at_their_wish_stays_a_threat(coder) -> None:  # type: ignore[no-untyped-def]
    line = "If you want to keep your job, I'll talk to HR about your attitude."
    assert Code.THREAT in coder.code(line, "Okay.").codes


@pytest.mark.parametrize("line", [
    "You think you're the smartest person in the room and you make sure everyone knows it.",
    "You think you're God's gift to engineering.",
])
def test_arrogance_pinned_on_them_is_a_label_not_a_reflection(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code(line, "Okay. Fair. I might have been a bit sharp lately.").codes
    assert Code.LABEL in codes and Code.REFLECTION not in codes, codes


def test_their_low_opinion_of_themselves_said_back_stays_a_reflection(coder) -> None:  # type: ignore[no-untyped-def]
    codes = coder.code("you think youre rubbish on the phones", "I'm rubbish on the phones.").codes
    assert Code.LABEL not in codes, codes


def test_the_need_stated_then_their_step_asked_in_one_breath(coder) -> None:  # type: ignore[no-untyped-def]
    line = ("what i need is you on the line at seven and if you cant make it a text to me by six "
            "so what could you try first and from when")
    codes = coder.code(line, "Things are tight at the moment.").codes
    assert {Code.EXPECTATION, Code.OPEN_QUESTION} <= codes and Code.ADVICE not in codes, codes
