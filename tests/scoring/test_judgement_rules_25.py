"""Judgements the coder missed or invented (issue 11, L7): a guess at their feeling with a check
of its own is a reflection; their lapse told as what comes of their ways ("that's what happens
when you ...") and a who-question answered "You." are blame; their energy praised after a flat
"Okay." and their arrival praised in mockery are labels; a rule of the place for people who slip
("A deckhand who skips the checklist does not stay on my deck.") is a threat; HR asked about their
hours is help, and "I'll say what I saw, and then I'll listen." is no step of the plan. Careful
lines stay clear: a guess at a number, their wellbeing asked, comfort that "that's what happens
when you care", credit asked and answered, keen words met with praise, a greeting, a fair
consequence said with care for their place, pressure said beside HR. Every line here was written
for these tests."""

import pytest

from roleplay.domain.codes import Code, Primary

_JUDGING = {Code.LABEL, Code.BLAME, Code.THREAT}


@pytest.fixture(scope="module")
def coder():  # type: ignore[no-untyped-def]
    from roleplay.scoring.coder import default_coder
    return default_coder()


# --- a guess at their feeling, checked: a reflection --------------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    (None, "Let me take a stab at where you might be: tired of being the one who catches it. "
           "Anywhere close?"),
    ("I really did mean to keep to it. All of it.",
     "Let me take a stab at where you might be, and fix it where I'm off. The plan made sense two "
     "weeks ago, something's shifted since, and after I already bent things once, asking again "
     "feels like too much. Anywhere close? Because here's my side: a plan that stopped fitting "
     "your life isn't you failing."),
    (None, "If I had to guess, you're fed up with covering for everyone. Is that it?"),
    (None, "I'm guessing you feel a bit invisible right now. Am I off?"),
])
def test_a_feeling_guessed_and_checked_is_reflected(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.REFLECTION in coding.codes, coding.codes
    assert coding.primary == Primary.REFLECTION
    assert not coding.codes & (_JUDGING | {Code.INFORMATION})


@pytest.mark.parametrize("line", [
    "Let me take a stab at the numbers: forty units, maybe fifty. Anywhere close?",
    "My guess is the report is late again. Am I close?",
    "Are you feeling better? Is that right?",
])
def test_a_guess_at_a_fact_or_a_question_of_wellbeing_is_no_reflection(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.REFLECTION not in coder.code(line).codes


@pytest.mark.parametrize("line", [
    "Let me take a stab at it: you just don't care any more. Anywhere close?",
    "Maybe you're a bit tired of teaching, maybe? Am I right?",
])
def test_a_verdict_put_as_a_guess_stays_a_label(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line)
    assert Code.LABEL in coding.codes
    assert Code.REFLECTION not in coding.codes


# --- their lapse told as what comes of their ways; a who-question answered "You.": blame --------

@pytest.mark.parametrize(("context", "line"), [
    ("Four hundred quid.", "aye four hundred quid thats what happens when you order stuff you "
                           "havent counted"),
    ("I do the school run on Tuesdays.", "Sure, and the kids matter, but that's what happens when "
                                         "you try to cover everything, something slips, and right "
                                         "now it's the audits."),
    ("It's not a story. I have the delivery note.",
     "Okay, the van was late. But who took the cakes out of the chiller before it came? You."),
])
def test_what_comes_of_their_ways_and_who_did_it_are_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME in coder.code(line, context).codes


@pytest.mark.parametrize(("context", "line"), [
    ("I cried in the car after.", "That's what happens when you care this much, and it's "
                                  "completely normal."),
    ("I keep forgetting the codes.", "That's what happens when you're new. Give it a month."),
    ("I've tried talking to Leo. Nothing changes.", "So what happens when you try?"),
    ("Who do you want on the training?", "Who knows the system best? You."),
])
def test_comfort_a_question_or_credit_is_no_blame(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.BLAME not in coder.code(line, context).codes


# --- praise with nothing of theirs to praise: a label ----------------------------------------

@pytest.mark.parametrize(("context", "line"), [
    ("Okay.", "Awesome. Love the energy."),
    ("Fine.", "Great. Such enthusiasm."),
    (None, "Morning, Dev. Lovely of you to join us."),
    ("Sorry, sorry, the bus was late.", "Oh wonderful, you're here."),
])
def test_energy_or_arrival_mocked_is_a_label(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert Code.LABEL in coding.codes, coding.codes
    assert Code.AFFIRMATION not in coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("Got it.", "Love the energy. Go."),
    ("I'm so excited to start on Monday!", "Love the energy."),
    (None, "Oh, lovely, you made it. Good afternoon."),
    (None, "Lovely of you to join us for the workshop, Sam, thank you."),
    ("Sorry I'm late, the bus broke down.", "No worries, glad you made it. Grab a coffee."),
    ("I finished the audit.", "Great job."),
])
def test_sincere_praise_or_a_greeting_is_no_label(coder, context: str | None, line: str) -> None:  # type: ignore[no-untyped-def]
    assert not coder.code(line, context).codes & _JUDGING


# --- a rule of the place for people who slip: a threat -----------------------------------------

@pytest.mark.parametrize("line", [
    "A deckhand who skips the checklist does not stay on my deck.",
    "A chef who plates cold food doesn't last long in my kitchen.",
    "The ones who skip handovers don't last on my ward.",
])
def test_those_who_slip_not_lasting_here_is_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line)
    assert Code.THREAT in coding.codes
    assert Code.INFORMATION not in coding.codes


@pytest.mark.parametrize("line", [
    "A deckhand who skips the checklist does not stay on any deck, and I'm telling you because I "
    "want you on mine for years. You're not in that place. Let's get the checklist right.",
    "Skipping the checklist is how people lose their tickets at sea, and I don't want that for "
    "you. Your job is safe; this is about getting the checklist done every time.",
    "Nurses who speak up don't last long on some wards, but they do on mine.",
    "It's a fix that won't last.",
])
def test_a_fair_consequence_with_care_or_no_person_is_no_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT not in coder.code(line).codes


# --- HR asked about their hours; the talk itself ----------------------------------------------

def test_hr_asked_about_their_hours_is_help(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("I'll start by talking to HR this week about your hours.")
    assert Code.THREAT not in coding.codes
    assert Code.SUPPORT_OFFER in coding.codes


@pytest.mark.parametrize("line", [
    "I'll start by talking to HR this week about your hours. If you're late again, that's the "
    "end of it.",
    "I'll start by talking to HR about your lateness.",
])
def test_hr_with_pressure_or_their_lapse_stays_a_threat(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.THREAT in coder.code(line).codes


def test_saying_what_i_saw_then_listening_is_no_commitment(coder) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code("I'll say what I saw, and then I'll listen.")
    assert Code.COMMITMENT not in coding.codes
    assert coding.primary == Primary.OTHER


@pytest.mark.parametrize("line", [
    "I'll say what I saw to the panel on Friday.",
])
def test_saying_it_to_someone_else_stays_a_commitment(coder, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.COMMITMENT in coder.code(line).codes


# --- sympathy and an apology eased, which the head labelled only beside the report's line -------

@pytest.mark.parametrize(("context", "line"), [
    ("They cancelled my leave for the wedding.", "They cancelled your leave? That's ridiculous."),
    ("Hi. Sorry about the form. I just didn't really know what to write.",
     "och dinna apologise for the form sofia a blank box is just a box waiting on a better "
     "conversation than a form can hold and thats what today is for fit like anyway"),
])
def test_sympathy_or_an_apology_eased_is_no_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    coding = coder.code(line, context)
    assert not coding.codes & _JUDGING, coding.codes


@pytest.mark.parametrize(("context", "line"), [
    ("I cancelled the client call.", "You cancelled the client call? That's ridiculous."),
    ("They moved me to nights.", "They moved you to nights? That's not on. Mind you, you were late "
                                 "every day last week, which is pathetic."),
    ("Sorry about the scan backlog.", "Don't be sorry, be competent for once."),
])
def test_their_own_act_or_an_apology_turned_stays_a_label(coder, context: str, line: str) -> None:  # type: ignore[no-untyped-def]
    assert Code.LABEL in coder.code(line, context).codes
