"""Issue 11, eighteenth pass of the judgement rules: fault, threats and dismissals in forms the
read yardsticks' authors used and the model missed (the job held up to them after a lapse, a mock
thanks for the damage, what it would have spared everyone, the cause they gave struck through, a
sanction in a policy voice or counted down to, a feared sanction left hanging, a reason waved away
in a sentence of its own). Each case in the manager's own words, not the yardstick's lines; each
has its honest twin. Real coder."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code
from roleplay.scoring.coder import default_coder

CONTEXT = "Mm. Okay."


def _codes(text: str, context: str | None = CONTEXT) -> frozenset[Code]:
    return default_coder().code(text, context).codes


@pytest.mark.parametrize(("context", "text"), [
    ("Who's going to chase the supplier, then?",
     "You chase the supplier. That's what we pay you for."),
    ("The rota is in the shared drive somewhere.",
     "i cant spend my morning digging through the drive for your rota thats kind of your job to "
     "post it"),
    ("It was the courier's mistake.",
     "The courier bookings were your responsibility, whoever drove the van."),
    (None, "right so the forklift yeah the racking thats six grand of repairs and its coming out "
           "of my budget so thanks for that"),
    ("I only found out on Friday.",
     "Honestly, a quick message on Monday would have saved us all a lot of trouble, I think."),
    ("They said the audit was new.",
     "Sorry, sorry. But if the checklists were signed every shift, maybe we wouldn't have this "
     "problem. Just saying."),
    ("The printer was jammed all morning.", "Not the printer. You."),
])
def test_fault_held_up_to_them_is_blame(context: str | None, text: str) -> None:
    assert Code.BLAME in _codes(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("Should I check with you before I send it?",
     "No, that's your job to decide, and I trust your judgement on it."),
    ("I've sent the revised plan over.", "Great, that's really helpful, thanks for that."),
    ("I've updated the rota for December.", "I saw the new rota this morning, thanks for that."),
    ("Will it be my name on the report?",
     "Yes, the report goes out under your name, which is right: it's your work."),
    ("Was it the printer?", "Not the printer, no. The file was corrupted before it reached it."),
])
def test_their_job_thanks_and_causes_said_plainly_are_no_blame(
        context: str, text: str) -> None:
    assert Code.BLAME not in _codes(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("So what happens now?",
     "The standard is every invoice matched within five days. Failure to meet it by the review "
     "date will result in a formal capability meeting."),
    ("And if I don't agree to the plan?",
     "Declining the plan will be recorded and may be taken into account at any later stage."),
    ("I know, I know.", "Third time, it's a written."),
    ("Is this going on my record?", "I couldn't possibly say."),
    ("Am I going to lose the shift?", "Take it how you like."),
    ("Is this a disciplinary?",
     "Oh no, no. Well, not yet anyway, only the area manager asked about the numbers."),
])
def test_a_sanction_named_or_left_hanging_is_a_threat(context: str, text: str) -> None:
    assert Code.THREAT in _codes(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("What does a written warning actually mean?",
     "It means a note stays on your file for a year. It's not what today is, though."),
    ("Is this going on my record?", "No. This is a conversation, not a process."),
    ("What should I prioritise this week?", "I couldn't possibly say without seeing the list."),
])
def test_a_process_explained_or_a_no_is_no_threat(context: str, text: str) -> None:
    assert Code.THREAT not in _codes(text, context)


def test_a_reason_waved_away_in_a_sentence_of_its_own_is_a_label() -> None:
    text = "Mm-hm. And on Friday the bus broke down again? Give me a break."
    assert Code.LABEL in _codes(text, "The bus broke down on Tuesday.")


def test_a_sincere_of_course_is_no_label() -> None:
    text = "Of course you are. It's a big step."
    assert Code.LABEL not in _codes(text, "I'm nervous about the panel.")


@pytest.mark.parametrize(("context", "text"), [
    ("I do want this job.",
     "Do you? Because from the floor it looks like you're counting the hours till five."),
    ("Traffic was bad.", "Crew's on site at seven. You think this is a holiday camp?"),
    ("Don't look at me like that.", "I'm not the one who couldn't find the depot twice."),
    ("I still get the codes mixed up.",
     "everyone else in your cohort got the codes in week two i dont know why youre finding it so "
     "hard"),
])
def test_a_verdict_in_a_stock_idiom_is_a_label(context: str, text: str) -> None:
    assert Code.LABEL in _codes(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("Some days I feel like I'm just going through the motions.",
     "It sounds like you feel you're going through the motions, and that's a hard place to be."),
    ("Why did the team miss it?",
     "I don't know why we're finding it so hard, so let's look at the process together."),
])
def test_their_feeling_or_the_team_is_no_label(context: str, text: str) -> None:
    assert Code.LABEL not in _codes(text, context)


@pytest.mark.parametrize(("context", "text", "threat"), [
    ("Thanks.", "Keep it up. Same time next week.", False),
    ("Cheers.", "Keep it up, mate!", False),
    ("I was back late from lunch.", "Forty minutes late. Again. Keep it up.", True),
    ("I know I was late again.", "Keep it up and see what happens.", True),
])
def test_keep_it_up_is_praise_unless_a_lapse_or_a_consequence_comes_with_it(
        context: str, text: str, threat: bool) -> None:
    assert (Code.THREAT in _codes(text, context)) is threat


@pytest.mark.parametrize(("context", "text", "code"), [
    ("Yeah, the site's stood down.", "honestly mate thats a proper cowboy move and you know it",
     Code.LABEL),
    ("Okay.", "And wipe that look off your face. It's an office, not a funeral.", Code.LABEL),
    ("Fine.", "And smile once in a while, would you.", Code.LABEL),
    ("Sorry I'm late.", "Twelve minutes. For you, that's practically early.", Code.LABEL),
    ("I know the rules.", "You're the sort of person who thinks the rules are for the others.",
     Code.LABEL),
    ("I've been on the desk six years.", "Six years and still you cannot close a month on time.",
     Code.LABEL),
    ("I told Omar about the scanner.",
     "And don't tell Omar it was the scanner. You're putting the blame on the scanner to cover "
     "yourself.", Code.BLAME),
    ("I did warn the client.",
     "Okay, but in the end it was you on the call, so it falls on you a bit, sorry.", Code.BLAME),
    ("what did i do", "nine missed scans this week. nine. thats you that nobody else on the shift",
     Code.BLAME),
    ("The till was out again.", "Three shortages, so the money will be deducted from your salary.",
     Code.THREAT),
    ("Understood.", "The audit is on the 9th. It would be a shame for everyone if it went badly.",
     Code.THREAT),
    ("Can I have Friday off?", "Late again on Friday and you won't need a rota any more.",
     Code.THREAT),
])
def test_judgements_in_the_thirty_first_authors_forms(context: str, text: str, code: Code) -> None:
    assert code in _codes(text, context)


@pytest.mark.parametrize(("context", "text", "code"), [
    ("Hi.", "Hello Tom, come in, sit. Everything okay with you? The kids?", Code.LABEL),
    ("I'm exhausted with it all.",
     "Occupational health can also look at reduced hours or a phased return, if that helps.",
     Code.THREAT),
    ("Nobody asked me. I found out about the move from an email.",
     "So you weren't asked, and you found out from an email instead of from me. That stung.",
     Code.LABEL),
    ("It's my job to decide the order?", "It falls on you to decide the order, yes.", Code.BLAME),
    ("Was that your fault?", "It's not a rookie mistake, the template was wrong.", Code.LABEL),
])
def test_care_help_and_their_account_said_back_are_no_judgement(
        context: str, text: str, code: Code) -> None:
    assert code not in _codes(text, context)


@pytest.mark.parametrize(("text", "follow_up"), [
    ("Grand so, we'll chat again soon.", True),
    ("Okay, we chat again some time, no rush.", True),
    ("Cool cool cool. Chat soon!", False),
    ("Great chat. See you tomorrow.", False),
])
def test_a_goodbye_that_says_we_will_talk_again_keeps_its_follow_up(
        text: str, follow_up: bool) -> None:
    # the closing is still a goodbye for the report; the planning level asks for its day
    assert (Code.FOLLOW_UP in _codes(text, "Thanks.")) is follow_up


@pytest.mark.parametrize(("context", "text", "label"), [
    # from the unseen-10 quality-slipping skilled manager (read once blind): the sincere line had
    # been read as a label, and the feedback level fell to 2/5
    ("I'm trying really hard.",
     "You've been here three years and you joined payments because you're good. Nothing today "
     "changes that.", False),
    ("I'll do better.", "You're genuinely talented, and I want us to sort this together.", False),
    ("I forgot to send the report.", "You're great, you know that? Really great.", True),
    ("I did my best.", "You're good at excuses, I'll give you that.", True),
    ("I closed the month.", "You're good, but the notes were a mess again.", True),
])
def test_ability_praised_plainly_is_no_label(context: str, text: str, label: bool) -> None:
    assert (Code.LABEL in _codes(text, context)) is label


@pytest.mark.parametrize(("text", "advice"), [
    ("Sounds like you've been holding yourself to the idea that you should already know all "
     "this, and that makes it hard to put your hand up. Is that fair?", False),
    ("It sounds like you feel you have to just push through on your own.", False),
    ("I hear you, it's been a lot, so what I'd suggest is you take Fridays for the backlog.",
     True),
    ("It sounds like a lot. You should just say no to the extra requests.", True),
])
def test_a_rule_they_hold_themselves_to_said_back_is_no_advice(text: str, advice: bool) -> None:
    # the unseen-10 quality-slipping skilled manager's reflection had been coded advice too, and
    # "advice before asking what they have tried" had taken listening to 1/5
    context = ("The honest answer is I'm out of my depth on checkout. I can't run the integration "
               "tests locally, and I don't understand how an order moves between states. I didn't "
               "ask because everyone's so busy and I thought I'd look stupid.")
    assert (Code.ADVICE in _codes(text, context)) is advice


@pytest.mark.parametrize("text", [
    # played as a poor Glaswegian manager on lateness-absence: each had been read as plain
    # information or an observation alone
    "Nine late logins since the 26th of October. Nine. That's taking the mick.",
    "And the Mondays. 8:52 on the 26th, 8:55 on the 16th. Funny how it's aye a Monday, eh?",
    "Look, I'm no here to hear about buses. Everybody gets the same buses.",
])
def test_scots_jabs_are_labels(text: str) -> None:
    assert Code.LABEL in _codes(text, "I was sick. People get sick.")


# From the unseen-11 sessions (read once blind: 6 of 8), each line as the set's managers said it
def test_plain_praise_after_a_wry_question_is_no_label() -> None:
    text = ("Actually your latency work, everybody is talking about it. Really great job, I am "
            "very proud of you.")
    codes = _codes(text, "Ha. Is this the bit where you tell me I'm too good at my job?")
    assert Code.LABEL not in codes and Code.AFFIRMATION in codes


@pytest.mark.parametrize(("text", "threat"), [
    ("How about this: before you post review, read one more time and make it more soft. In my "
     "old company we always did like this, it worked well.", False),
    ("Check it one more time and then send it to me.", False),
    ("One more late start and you're on a written warning.", True),
])
def test_doing_it_once_more_is_no_threat(text: str, threat: bool) -> None:
    assert (Code.THREAT in _codes(text, "Are we not allowed jokes now?")) is threat


def test_a_tip_announced_or_from_the_managers_past_is_advice() -> None:
    text = ("How about this: before you post review, read one more time and make it more soft. In "
            "my old company we always did like this, it worked well.")
    assert Code.ADVICE in _codes(text, "Are we not allowed jokes now?")


@pytest.mark.parametrize(("text", "judged"), [
    ("That puts the checkout release on 1 December at risk. That's why we're talking, not "
     "because of who you are.", False),
    ("This is about the two missed checks, not about you as a person.", False),
    ("Not because of who you are? No, it's because you can't be bothered.", True),
])
def test_not_who_they_are_is_no_judgement(text: str, judged: bool) -> None:
    codes = _codes(text, "There are bits of the checkout code I haven't got my head around yet.")
    assert bool(codes & {Code.LABEL, Code.BLAME}) is judged


@pytest.mark.parametrize("text", [
    "Do that one more time and you're out.",
    "Try that one more time and see what happens.",
    "Check it one more time and you're on a warning.",
])
def test_once_more_with_a_consequence_is_still_a_threat(text: str) -> None:
    assert Code.THREAT in _codes(text, "Fine.")


@pytest.mark.parametrize(("text", "label"), [
    # played as a skilled manager on second-meeting: the caring opener had been read as a label,
    # and feedback fell to 2/5 with "A jab at the start puts them on guard"
    ("Hold on, Priya, close the laptop a second. I'm not here to tell you off. Can we start with "
     "how you are?", False),
    ("Before anything else, how are you doing?", False),
    ("I mean, that's maybe kind of just how you are though, a bit prickly?", True),
    ("How are you feeling about the job lately? You seem kind of checked out.", True),
])
def test_how_they_are_asked_with_nothing_judging_is_no_label(text: str, label: bool) -> None:
    context = ("I know. The retry fix still isn't in. I'm sorry. I'll have it done by Monday. You "
               "don't need to say it.")
    assert (Code.LABEL in _codes(text, context)) is label


@pytest.mark.parametrize(("text", "observation"), [
    # a date in words, as some recognisers write it: "the twelfth" had been no time at all
    ("i noticed the check in on the twelfth got cancelled", True),
    ("ok so the rota changes on the first two nurses mornings", False),
])
def test_a_date_said_in_words_is_a_time(text: str, observation: bool) -> None:
    assert (Code.OBSERVATION in _codes(text, "Okay.")) is observation


@pytest.mark.parametrize(("context", "text", "code"), [
    # lines J18 met playing managers through the CLI (twentieth pass), each coded without it
    ("I was sick.", "Get your head in the game. Retry fix by Friday, no excuses. Understood?",
     Code.LABEL),
    ("My mum is in hospital.",
     "I don't want to hear about hospitals or whatever. Everyone's got something going on.",
     Code.LABEL),
    ("I don't know.", "What do you want, to be an analyst forever?", Code.LABEL),
    ("Okay.", "From now every ticket has tests before QA. If QA reopens one more ticket, we talk "
              "about your place on the team.", Code.THREAT),
    ("Okay.", "Any more of this and you'll be off the release process. Sorted?", Code.THREAT),
    ("The bus was late.", "could you try and let me know the night before if you're going to be "
                          "late, would that be okay?", Code.EXPECTATION),
])
def test_lines_met_in_play(context: str, text: str, code: Code) -> None:
    assert code in _codes(text, context)


def test_notice_asked_softly_is_no_tip() -> None:
    text = ("could you try and let me know the night before if you're going to be late, would "
            "that be okay?")
    assert Code.ADVICE not in _codes(text, "The bus was late.")


@pytest.mark.parametrize(("context", "text", "code"), [
    # played as a rambling manager in recogniser text on lateness-absence: planning had said
    # "Missing: a follow-up" and feedback "Missing: an expectation"
    ("Yes. I know the shift starts at 9. I've been here four years.",
     "and ill sort the rota with tom so hes not left covering and we look at it again on the "
     "eighth", Code.FOLLOW_UP),
    ("Things are tight at the moment. I'm doing what I have to do.",
     "ok so what if we said you start at ten on mondays for now and if youre not going to make it "
     "you text me before eight is that ok with you", Code.EXPECTATION),
])
def test_a_rambling_managers_plan_is_read(context: str, text: str, code: Code) -> None:
    assert code in _codes(text, context)
