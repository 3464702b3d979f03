"""Issue 11, sixth pass of the judgement rules: verdicts a poor manager played on the reorg
scenario put in forms no word of them says alone (work held beneath them or below a novice's, a
welcome that mocks). Found because the review had praised them under "What went well"
("Specific example: 'Your work since October has been, frankly, beneath you.'"). Real coder,
real scorer."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.session import Turn
from roleplay.scoring._cues_listening import acknowledges, stem, tentative
from roleplay.scoring._cues_plan import PLAN_QUESTION
from roleplay.scoring.coder import default_coder
from roleplay.scoring.listening import grounded, heard_reflections
from roleplay.scoring.moves import ManagerMove

CONTEXT = "Mm. Okay."


@pytest.mark.parametrize("text", [
    "I'm not going to dance around it. Your work since October has been, frankly, beneath you.",
    "The wireframes were one screen. One. A graduate would have been embarrassed to hand that in.",
    "An intern could have done this better.",
    "Nadia. Thanks for joining, finally with the camera on. Let's keep this brief.",
])
def test_a_verdict_in_a_set_form_is_a_label(text: str) -> None:
    coding = default_coder().code(text, CONTEXT)
    assert Code.LABEL in coding.codes, coding


@pytest.mark.parametrize("text", [
    "I know the filing feels beneath you, but somebody has to do it. What would make it lighter?",
    "The desk below you on the third floor is free from Monday.",
    "Thanks for joining. Finally, one thing about the rota before we start.",
])
def test_their_feeling_or_a_place_is_no_verdict(text: str) -> None:
    coding = default_coder().code(text, CONTEXT)
    assert Code.LABEL not in coding.codes, coding


@pytest.mark.parametrize(("a", "b"), [
    ("manager", "manage"), ("managing", "managed"), ("teacher", "teaches"), ("agreed", "agree"),
    ("deadlines", "deadline"),
])
def test_word_forms_meet(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_a_reflection_in_another_form_of_their_word_is_heard() -> None:
    # played as a skilled manager in recogniser text: the reflection of the disclosure had been
    # called "a guess said as their words ('manage', 'only')" and the disclosure ignored
    said = ("I think I've been avoiding it because I don't want to be a manager, and I thought "
            "that made me unambitious.")
    mine = "so you think here the only way up is to manage people and you dont want that"
    assert grounded(mine, said)


@pytest.mark.parametrize("text", [
    "Two pallets went out unlabelled on Monday. Honestly, you're asleep on your feet.",
    "if you cant take a customer raising their voice you need to toughen up",
    "And lose the attitude while you're at it.",
    "The totals are wrong again. Always the same with you.",
    "I'll check every quote before it goes out. I can't trust your judgement right now.",
    "Would it kill you to answer the phone before the third ring?",
])
def test_a_verdict_on_their_character_in_a_stock_phrase_is_a_label(text: str) -> None:
    coding = default_coder().code(text, "Okay.")
    assert Code.LABEL in coding.codes, coding


@pytest.mark.parametrize("text", [
    "You're not the weak link here. You're new, and new takes time.",
    "You feel the others see you as a liability on the line.",
    "I don't want a team that has to toughen up to work with anyone.",
    "So you had a passenger who'd been drinking before he got on. What happened next?",
])
def test_the_same_words_denied_or_said_back_are_no_label(text: str) -> None:
    coding = default_coder().code(text, "I keep thinking they'd be better off without me.")
    assert Code.LABEL not in coding.codes, coding


@pytest.mark.parametrize(("text", "context", "label"), [
    ("your first call resolution is 48 percent its embarrassing honestly", "Okay.", True),
    ("you skipped the lockout check twice thats week one stuff", "I know.", True),
    ("Funny how everybody else's audits get done on time.", "The audits take ages.", True),
    ("Didn't look like it.", "Understood.", True),
    ("On Tuesday you wrote \"this is embarrassing\" under Jun's pull request.", "Okay.", False),
    ("so the comments were did you even run this and this is embarrassing", "Okay.", False),
    ("It's not embarrassing to ask for help. Who could you ask?", "I didn't want to ask.", False),
])
def test_a_verdict_said_in_passing_is_a_label(text: str, context: str, label: bool) -> None:
    coding = default_coder().code(text, context)
    assert (Code.LABEL in coding.codes) is label, coding


@pytest.mark.parametrize(("text", "threat"), [
    # the unseen-5 skilled manager's opener had been read as a threat, which cost the feedback
    ("Listen, I'm not gonna sugarcoat this, because you'd smell it from across the room. Your "
     "latency work carried the quarter and nobody's taking that away from you. But I need to "
     "talk about how people on the team are getting treated, and it's serious.", False),
    ("You're not in trouble. I want to understand what happened on the night shift.", False),
    # safe only for now: a veiled threat
    ("Your job is safe. For now.", True),
    ("This isn't a disciplinary. Yet.", True),
    ("Nobody's taking that away from you. But one more complaint and you're off the team.",
     True),
])
def test_their_standing_said_to_be_safe_is_no_threat_unless_only_for_now(
        text: str, threat: bool) -> None:
    coding = default_coder().code(text, "Am I in trouble?")
    assert (Code.THREAT in coding.codes) is threat, coding


@pytest.mark.parametrize(("text", "advice"), [
    # found playing a skilled manager: listening said "advice before asking what they have
    # tried" and quoted this open question
    ("What gets in the way of writing the tests before you merge?", False),
    ("What stops you asking Aisha when you're stuck?", False),
    ("What gets in the way? Have you tried blocking out an hour each morning?", True),
])
def test_asking_what_stands_in_their_way_is_no_advice(text: str, advice: bool) -> None:
    told = ("Okay. I don't really understand the order state machine. And I've never got the "
            "integration tests running on my laptop since I moved. So I can't test properly, and "
            "I ship things and hope QA catches it. I was too scared to say, because I was "
            "supposed to be one of the strong ones.")
    coding = default_coder().code(text, told)
    assert (Code.ADVICE in coding.codes) is advice, coding


@pytest.mark.parametrize(("text", "threat"), [
    ("Next mistake like that on the scales, you are moved to the night shift.", True),
    ("next time a pallet goes out short, you're off the loading bay", True),
    ("And don't be late tomorrow either. I've got my eye on you.", True),
    ("Don't go complaining to the others about this chat. I'll hear about it.", True),
    ("There's a line of people outside who would take your van tomorrow.", True),
    ("Head office is watching this branch. Don't make me look bad.", True),
    ("So it feels like I'm watching you all the time, and that's not what I want.", False),
    ("Next time you're stuck on the scales, you are welcome to call me.", False),
])
def test_watched_or_shown_out_in_so_many_words_is_a_threat(text: str, threat: bool) -> None:
    coding = default_coder().code(text, "Okay.")
    assert (Code.THREAT in coding.codes) is threat, coding


@pytest.mark.parametrize("text", [
    "I want a catch-up every morning at eight now. You've brought this on yourself.",
    "This quarter you took your eye off the ball, and that's what I'm dealing with.",
    "The oven was running hot. And where were you while it was burning?",
])
def test_fault_pinned_on_them_in_so_many_words_is_blame(text: str) -> None:
    coding = default_coder().code(text, "The numbers aren't where they should be.")
    assert Code.BLAME in coding.codes, coding


def test_a_check_again_on_a_day_in_non_native_english_is_the_follow_up() -> None:
    # from the sixteenth review pass (J15): the follow-up was missed
    coding = default_coder().code("We see again the situation on Tuesday 8 December.", "Okay.")
    assert Code.FOLLOW_UP in coding.codes, coding


@pytest.mark.parametrize("question", [
    "What can you realistically deliver by Friday?",
    "What could you finish first?",
])
def test_asking_what_they_can_deliver_asks_about_the_plan(question: str) -> None:
    # from the sixteenth review pass (J15): a second meeting's planning question was not read
    assert PLAN_QUESTION.search(question.lower())


@pytest.mark.parametrize(("line", "takes_in"), [
    ("I'll take you off the pager for the next month so you can be there.", True),
    ("Let's take the weekend cover off you until things settle.", True),
    ("I need the pager answered within five minutes.", False),
])
def test_taking_a_duty_off_them_takes_a_disclosure_in(line: str, takes_in: bool) -> None:
    assert acknowledges(line, "My mum had a fall. I've been at the hospital every night.") \
        is takes_in


@pytest.mark.parametrize(("text", "threat"), [
    # the model's weight on "hr" had read a message passed on as a threat
    ("HR asked me about your leave dates.", False),
    ("Payroll need your timesheets for October, that's all.", False),
    ("My door is always open. But HR are asking about you.", True),
    ("HR asked me about your leave dates. If this carries on, it goes formal.", True),
])
def test_a_form_or_date_of_theirs_asked_for_is_no_threat(text: str, threat: bool) -> None:
    coding = default_coder().code(text, "Okay.")
    assert (Code.THREAT in coding.codes) is threat, coding


def test_asking_what_it_costs_them_is_care_not_blame() -> None:
    # a skilled manager in the unseen-9 sessions: the question had been read as blame, and the
    # offline report answered "So two people asking to move is on me now?"
    coding = default_coder().code(
        "And what is all that costing you personally? Sleep, evenings, time off, whatever it is.",
        "Somebody has to be the one who picks up when it breaks. It's usually me.")
    assert Code.BLAME not in coding.codes and coding.primary == Primary.QUESTION, coding


def test_a_judgement_they_fear_denied_in_a_run_on_is_no_label() -> None:
    # the same set, a skilled manager in recogniser text: "im not reading this as you not
    # caring" had been read as calling them uncaring
    coding = default_coder().code(
        "thats three in three weeks and and honestly its not the priya ive worked with for three "
        "years so im not reading this as you not caring im trying to understand can you talk me "
        "through whats been happening",
        "The migration ate two weeks nobody planned for. That's not on me.")
    assert Code.LABEL not in coding.codes, coding


@pytest.mark.parametrize(("text", "code", "present"), [
    # from the unseen-9 sessions (read once, then fixed): a typical manager's kind check-in had
    # been a label; a poor manager's idioms and sarcasm had been information, praise or nothing
    ("Is everything okay with you? You are sleeping well?", Code.LABEL, False),
    ("Are you okay? How are you holding up?", Code.BLAME, False),
    ("The quiz at the all-hands. Real funny. You should take that act on the road.",
     Code.LABEL, True),
    ("When it comes to the paperwork, you're all talk and no action.", Code.LABEL, True),
    ("You skipped the sign-off like the rules are for other folks.", Code.LABEL, True),
    ("You walked out mid-shift. That tells me everything I need to know about you.",
     Code.LABEL, True),
    ("I don't need to hear about your sales figures again.", Code.LABEL, True),
    ("Plenty of good drivers out there looking for work. Think on.", Code.THREAT, True),
    ("You were very calm with the wedding group. Very professional.", Code.LABEL, False),
])
def test_care_asked_and_jabs_in_idiom(text: str, code: Code, present: bool) -> None:
    coding = default_coder().code(text, "No. I don't think it's as bad as you're making out.")
    assert (code in coding.codes) is present, coding


def test_a_recap_of_what_was_agreed_is_no_advice() -> None:
    # the unseen-9 peer-feedback skilled manager's closing summary had been called "advice with
    # a question mark", with the rewrite "What have you tried so far?"
    coding = default_coder().code(
        "So, to sum it up: the post, the cc'd email and the interruptions have got mobile "
        "steering clear of QA, and that makes untested builds more likely. Problems go to the "
        "lead first, you pick your first step with Leo, I get the sign-off record set up, and we "
        "meet on the 8th. Did I get that right?",
        "Since then I've been terrified of it happening again, so I make sure there's a paper "
        "trail in public. I know it's come out at Leo.")
    assert Code.SUMMARY in coding.codes and Code.ADVICE not in coding.codes, coding


def test_it_sounds_as_though_is_a_tentative_frame() -> None:
    # the unseen-9 lateness skilled manager's "It sounds as though you feel watched..." had not
    # been heard as a feeling acknowledged, and listening said 1/5
    assert tentative("It sounds as though you feel watched, and that it goes unnoticed.")
    assert tentative("It seems as though the Mondays are the hard part.")
    assert not tentative("You were late on Monday.")


def test_a_reflection_with_its_check_coded_input_is_judged_by_the_answer() -> None:
    # the unseen-9 disengaged skilled manager: "... it sounds like after the reorg you don't
    # know anymore where you fit ... Is that close?" (coded input with a closed question) was
    # answered "Yeah, I think so." and still counted as no reflection
    told = "It's hard to care about crit when you're not sure what you're working towards."
    guess = ("If I understand well, it sounds like after the reorg you don't know anymore where "
             "you fit, and maybe nobody came to ask you. Is that close?")
    answer = "Yeah, I think so. I'd rather talk about it than not."

    def move(index: int, text: str, said: str, primary: Primary, *codes: Code) -> ManagerMove:
        return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                           coding=TurnCoding(primary=primary, codes=frozenset(codes)),
                           context=said.split(". ")[-1], recent=said, said=said)

    mine = [move(1, guess, told, Primary.INPUT, Code.CLOSED_QUESTION, Code.REFLECTION),
            move(3, "What were you expecting this year would look like?", f"{told} {answer}",
                 Primary.QUESTION, Code.OPEN_QUESTION)]
    assert [ct.index for ct in heard_reflections(mine).credited] == [1]


@pytest.mark.parametrize(("text", "code", "present"), [
    # from the eighteenth review pass (J16)
    ("In my day a man who talked to his crew like that got his cards.", Code.THREAT, True),
    ("Did you get your cards from the printer?", Code.THREAT, False),
    ("Great. Let's talk next week.", Code.FOLLOW_UP, True),
])
def test_sacked_in_british_english_and_talk_next_week(text: str, code: Code,
                                                       present: bool) -> None:
    coding = default_coder().code(text, "Okay.")
    assert (code in coding.codes) is present, coding


def test_nobody_saying_you_cannot_be_ill_is_no_impact() -> None:
    # a rambling manager's "nobody is saying you cant be sick" had been praised as impact
    from roleplay.scoring.moves import says_consequence
    assert not says_consequence("and i totally get that people get sick and nobody is saying you "
                                "cant be sick its more that it would help to know earlier")
    assert says_consequence("Tom covered again and two callbacks to priority customers were "
                            "missed.")


def test_a_sick_call_is_never_what_has_to_change() -> None:
    # the softening rewrite had said "You called in sick at 8:52 on Monday 26 October. I need
    # that to change."
    from roleplay.resources import bundled_scenarios_dir
    from roleplay.scenarios.loader import load_scenario
    from roleplay.scoring.facts import ScenarioFacts
    from roleplay.scoring.moves import rewrites_for
    facts = ScenarioFacts.of(load_scenario(bundled_scenarios_dir() / "lateness-absence.yaml"))
    soft = ManagerMove(
        turn=Turn(index=1, speaker="manager",
                  text="hi leanne um i just wanted to sort of check in about the mornings the "
                       "sick day on the 26th nothing major really"),
        coding=TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.SOFTENER})),
        context="So. Attendance.", recent="So. Attendance.", said="So. Attendance.")
    [rw] = rewrites_for([soft], (Code.SOFTENER,), facts=facts, examples=[])
    assert "sick" in rw.suggestion and "I need that to change" not in rw.suggestion, rw
    assert "know earlier" in rw.suggestion, rw


@pytest.mark.parametrize(("text", "justify"), [
    # a blunt manager's bare "Why?" after listing what they did had been praised as an open
    # question under "What went well"
    ("Why?", True),
    ("So why?", True),
    ("Why did you post it in the channel?", True),
    ("What was going on for you that week?", False),
    ("Why do you think the builds keep failing, and what would help?", False),
])
def test_a_bare_why_asks_them_to_justify(text: str, justify: bool) -> None:
    from roleplay.scoring.questioning_level import why_you
    ct = ManagerMove(turn=Turn(index=1, speaker="manager", text=text),
                     coding=TurnCoding(primary=Primary.QUESTION,
                                       codes=frozenset({Code.OPEN_QUESTION})),
                     context="It was true, though.")
    assert why_you(ct) is justify
