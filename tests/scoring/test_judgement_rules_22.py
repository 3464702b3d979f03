"""Judgements strangers put as their trouble brushed off (issue 11, L6): their claim set against
doing the work well, their excuse called everyone's, others who coped held up, "get over it",
their grudging word echoed and praised, an insinuation after "I'm not saying", thanks for the
basics with a sneer, a newer colleague held up, a lapse told and then owned for them, and a
question about their job answered with a hedged no. Careful lines stay clear: comfort that
everyone has off days, a slip told apart from doing it on purpose, "I'll get over it", a fact
said instead of the verdict denied, a plain no with the process told. Praise the learned head
read as fault (an admiring comparison closed by "every X needs one", "you're the reason" a bad
thing does not happen) is praise. Every line here was written for these tests."""

import pytest

from roleplay.domain.codes import Code

_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


# --- their claim set against doing the work well: a label -------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I've stayed till seven every night this month.", "Staying till seven and getting it right "
                                                        "are two different things."),
    ("I answer more tickets than anyone on the desk.", "Answering tickets isn't the same as "
                                                       "fixing them."),
    ("My customer ratings are top of the floor.", "Ratings don't load the trucks, mate."),
    ("i did loads of overtime this month", "overtime doesnt count if the orders go out wrong"),
])
def test_their_claim_set_against_doing_well_is_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.LABEL in coding.codes, coding.codes
    assert Code.REFLECTION not in coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("I didn't want to be the one who moans.", "Moaning isn't the same as telling me what's "
                                               "broken. Tell me what's broken."),
    ("I broke the jig on Tuesday.", "Breaking a jig and doing it on purpose are different "
                                    "things. Let's look at the jig."),
    ("", "Being busy isn't the same as delivering. I'd like the migration done by Friday."),
])
def test_a_slip_told_apart_or_a_plain_standard_is_no_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context or None).codes & _JUDGING


# --- their excuse called everyone's; others who coped held up ---------------------------------

@pytest.mark.parametrize(("context", "line", "code"), [
    ("I had the induction days that week.", "Everybody had induction days, Priya.", Code.LABEL),
    ("I was covering the phones all morning.", "Everyone was covering phones.", Code.LABEL),
    ("The bar was three deep all night.", "Everybody was three deep all night. Only one of you "
                                          "shut the till early.", Code.BLAME),
    ("I'm still getting used to the new rota.", "Everyone else got used to it in a week.",
     Code.LABEL),
    ("The new ordering system keeps confusing me.", "The rest of the team figured it out.",
     Code.LABEL),
])
def test_trouble_called_everyones_judges(coder, context: str, line: str, code: Code) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert code in coding.codes, coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("I've had a rotten week, honestly.", "Everyone has rotten weeks, don't worry about it."),
    ("I'm a bit tired. It's the busy season.", "Yes, everybody is tired this season. So, the "
                                              "rota for December."),
    ("I struggled with the new till this week.", "Everyone had a wobble with the new till at "
                                                 "first, it's normal."),
    ("I'm still getting used to the new rota.", "Has everyone else got used to it, do you think?"),
])
def test_comfort_that_everyone_struggles_is_no_judgement(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


# --- "get over it"; their grudging word echoed and praised: labels ----------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I'm still upset about how the restructure went.", "Get over it."),
    ("It still bothers me that I didn't get the lead role.", "You need to get over it, Sam."),
    ("fine", "fine brilliant super"),
    ("whatever", "whatever great lovely"),
])
def test_get_over_it_and_grudging_word_praised_are_labels(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Are you okay after the review?", "I'll get over it, thanks for asking."),
    ("Is Tom still annoyed about the swap?", "He'll get over it. I'll talk to him."),
    ("ok", "ok great"),
    ("fine", "ok cool"),
])
def test_own_feelings_or_a_plain_ok_are_no_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


# --- an insinuation after "I'm not saying" ------------------------------------------------------

@pytest.mark.parametrize(("context", "line", "code"), [
    ("Are you saying I moved the cash?", "Nobody's saying that. I'm only saying it's curious.",
     Code.LABEL),
    ("I don't think I'm slow.", "I'm not saying you're slow, I'm saying some people are, and if "
                                "the shoe fits.", Code.LABEL),
    ("So you think the spill was me.", "I'm not blaming anyone, I'm only saying the drum tipped "
                                       "and you were on the forklift, so do the maths.",
     Code.BLAME),
])
def test_insinuation_after_not_saying_judges(coder, context: str, line: str, code: Code) -> None:  # type: ignore[no-untyped-def]
    assert code in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("So you think I'm careless.", "I'm not saying you're careless, I'm saying the labels on "
                                   "Tuesday's batch were wrong."),
    ("Are you saying I filled it in wrong?", "I'm not saying you were wrong, I'm saying the form "
                                             "changed in March."),
])
def test_a_fact_said_instead_of_a_verdict_is_no_judgement(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


# --- thanks for the basics with a sneer; a newer colleague held up: labels ----------------------

@pytest.mark.parametrize(("context", "line"), [
    ("Morning.", "well done for getting here before ten thats a first"),
    ("I sent the report.", "cheers for finally sending it, that's progress"),
    ("Okay.", "And you answered every call on Monday. Gold star."),
    ("I checked the tyres twice.", "thanks for checking the tyres, must have been hard work"),
    ("I do the orders every morning.", "see even wee callum gets the orders right and hes been "
                                       "here a fortnight"),
    ("The Leeds route is harder.", "Amira does Leeds too and she started after you."),
])
def test_sneering_thanks_and_a_newer_colleague_are_labels(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("I finished the rota.", "Thanks for finishing the rota. The printer's working again too, by "
                             "the way."),
    ("I covered for Ana on Friday.", "Thank you for doing that. I suppose we need a proper cover "
                                     "list."),
    ("Okay.", "On Friday you shouted at Jo in front of the pass, and she's nineteen and it was "
              "her first week. That can't happen again."),
])
def test_thanks_or_a_young_colleague_told_is_no_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL not in coder.code(line, context).codes


# --- a lapse told, then owned for them: blame -----------------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("I know it went wrong.", "The shop sent back forty boxes on Monday. That's your packing, "
                              "that's your forty boxes."),
    ("Yes, boss.", "The client pulled the Friday order. That's on your crew, mate."),
])
def test_a_lapse_owned_for_them_is_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Whose decision is it?", "The budget got cut last week. But that's your call."),
    ("Okay.", "The team hit every target. That's your team."),
])
def test_their_say_or_good_news_owned_is_no_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME not in coder.code(line, context).codes


# --- a question about their job answered with a hedged no: a threat ---------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("Is this going to affect my bonus?", "Gosh, I hope not. Maybe a little, if it carries on."),
    ("Am I on thin ice?", "No, no, not thin ice. Otherwise it might get, you know, tricky."),
    ("Is this going on my record?", "No, not at all. Well, not unless it happens again."),
    ("Will that happen?", "Oh, I couldn't say. It's not really up to me."),
    ("Are you going to ask me to leave?", "No, God no. Probably not. Let's see how the winter "
                                          "goes."),
    ("So am I getting fired?", "i never said that i only said the director has been asking"),
])
def test_a_hedged_no_about_their_job_is_a_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Is this going on my record?", "No. This is a conversation. If things didn't change, the "
                                    "next step would be a formal meeting, and you'd hear from "
                                    "me first."),
    ("Will this affect my bonus?", "No, it won't. Nothing from today goes anywhere."),
])
def test_a_plain_no_with_the_process_told_is_no_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line, context).codes


# --- praise the learned head read as fault -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "On the rigs we had a checker like you, the one who halts the whole lift because one shackle "
    "looks worn. Every crew needs one.",
    "You're the reason we never get complaints from the hospital.",
])
def test_praise_read_as_fault_is_praise(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, None)
    assert not coding.codes & {Code.LABEL, Code.BLAME}, coding.codes
    assert Code.AFFIRMATION in coding.codes


@pytest.mark.parametrize("line", [
    "You're the reason we didn't hit the deadline.",
    "You're the reason the client never signed.",
])
def test_the_reason_a_good_thing_did_not_happen_is_still_blame(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(line, None).codes


# --- their job plainly reassured; praise of their prospects --------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("Is my contract safe?", "Your job is safe. I wouldn't tell you otherwise if it wasn't."),
    ("Am I in trouble?", "You're not in trouble. Let's see how the spring goes."),
])
def test_a_plain_reassurance_of_their_job_is_no_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("Is my job safe?", "Your job isn't at risk yet. Let's see how the spring goes."),
    ("Am I in trouble?", "You're not in trouble, but if this happens again you will be."),
])
def test_a_reassurance_turned_stays_a_threat(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line, context).codes


def test_praise_of_their_prospects_is_praise(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.AFFIRMATION in coder.code("You'd make a brilliant team lead, honestly.", None).codes


def test_prospects_with_a_condition_are_no_plain_praise(coder) -> None:  # type: ignore[no-untyped-def]
    assert Code.AFFIRMATION not in coder.code("You'd make a great supervisor if you listened.",
                                              None).codes


def test_thanks_beside_a_change_asked_for_is_no_label(coder) -> None:  # type: ignore[no-untyped-def]
    line = "Thanks for telling me. Asking for a change of hours is fine, and it won't count."
    assert Code.LABEL not in coder.code(line, "I'm not sure where to start.").codes
