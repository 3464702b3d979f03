"""Issue 11, sixteenth pass (J15): the review as a manager and a coach read it.

Found from the lead's play-throughs and by playing fourteen managers in voices the project had
not used through the CLI. Each rule has lines of its own, positive and negative; codes are
fixed in the tests where a rule reads codes."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.scenario import ConversationType
from roleplay.domain.session import Transcript, Turn
from roleplay.scoring.competencies import CompetencyScorer
from roleplay.scoring.listening import (
    feeling_of_theirs,
    find_disclosures,
    heard_reflections,
    only_asks_what_helps,
)
from roleplay.scoring.metrics import ConversationMetrics, compute_metrics
from roleplay.scoring.moves import ManagerMove, interrogates, quote_for, says_consequence
from roleplay.scoring.rewrites import open_version, rewrite
from roleplay.scoring.rubric import load_rubric
from roleplay.scoring.scorer import moves


def _move(index: int, text: str, *codes: Code, said: str = "",
          primary: Primary = Primary.INPUT) -> ManagerMove:
    return ManagerMove(turn=Turn(index=index, speaker="manager", text=text),
                       coding=TurnCoding(primary=primary, codes=frozenset(codes)),
                       context=said or None, recent=said or None, said=said or None)


def _scorer() -> CompetencyScorer:
    return CompetencyScorer(load_rubric())


def _metrics(mine: list[ManagerMove], reply: str = "Okay, I see.") -> ConversationMetrics:
    """The metrics of ``mine`` with a short reply of the report after each turn."""
    turns = [t for ct in mine for t in (
        ct.turn, Turn(index=ct.index + 1, speaker="report", text=reply))]
    return compute_metrics(turns, {ct.index: ct.coding for ct in mine})


# --- impact said as a plain consequence -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Promo codes broke in production.",
    "212 customers could not check out with a promo code.",
    "The checkout release is at risk.",
    "Since then the mobile engineers have stopped posting in the channel.",
    "Since then Jun has not opened a pull request for review; he sends them to you in private.",
    "the calls were backing up which um isnt great for the customers",
])
def test_a_consequence_for_customers_the_team_or_the_business_is_impact(text: str) -> None:
    assert says_consequence(text)


@pytest.mark.parametrize("text", [
    "You merged it on Tuesday.",
    "PR 4812, merged Tuesday 20 October, no tests.",
    "Did customers complain?",
    "People stopped by my desk.",
    "Since then you have been on time.",
])
def test_bare_activity_or_a_question_is_no_impact(text: str) -> None:
    assert not says_consequence(text)


def test_a_blunt_managers_consequence_counts_as_the_impact() -> None:
    mine = [
        _move(1, "Daniel. PR 4812, merged Tuesday 20 October, no tests.", Code.OBSERVATION),
        _move(3, "Promo codes broke in production.", Code.REFLECTION,
              said="Yes. The promo code one was me. I felt sick when I saw it.",
              primary=Primary.REFLECTION),
        _move(5, "I need tests on every PR from now on.", Code.EXPECTATION),
    ]
    fb = _scorer().feedback_delivery(mine, ConversationType.UNDERPERFORMANCE)
    assert fb.score == 5, fb.summary
    assert "its impact" not in fb.summary, fb.summary


def test_a_consequence_they_never_said_is_no_reflection() -> None:
    told = "Yes. The promo code one was me. I felt sick when I saw it."
    ct = _move(3, "Promo codes broke in production.", Code.REFLECTION, said=told,
               primary=Primary.REFLECTION)
    assert not heard_reflections([ct]).credited
    back = _move(3, "So the promo code one was yours, and you felt sick.", Code.REFLECTION,
                 said=told, primary=Primary.REFLECTION)
    assert heard_reflections([back]).credited


# --- taking a disclosure in needs its words, meaning or feeling -------------------------------

_TOLD = ("Honestly, my mum's been in and out of hospital and I'm the one who drives her. I "
         "didn't want to make it a thing.")


@pytest.mark.parametrize(("text", "only"), [
    ("what would help you most do you think", True),
    ("What do you need from me right now?", True),
    ("I'm sorry to hear that. What would help most right now?", False),
    ("With your mum in hospital, what would help you most?", False),
    ("Thank you for telling me. Is there anything I can do?", False),
])
def test_asking_what_would_help_alone_takes_nothing_in(text: str, only: bool) -> None:
    assert only_asks_what_helps(text, _TOLD) is only


def _heard_after(told: str, answer: str, *codes: Code) -> bool:
    turns = (
        Turn(index=0, speaker="manager", text="What has been going on for you?"),
        Turn(index=1, speaker="report", text=told),
        Turn(index=2, speaker="manager", text=answer),
        Turn(index=3, speaker="report", text="Okay."),
        Turn(index=4, speaker="manager", text="Let's agree what happens next."),
    )
    codings = {0: TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.OPEN_QUESTION})),
               2: TurnCoding(primary=Primary.INPUT, codes=frozenset(codes)),
               4: TurnCoding(primary=Primary.INPUT, codes=frozenset({Code.COMMITMENT}))}
    transcript = Transcript(turns=turns)
    return find_disclosures(transcript, moves(transcript, codings), (1,))[0].heard


def test_a_bare_next_question_after_a_disclosure_does_not_take_it_in() -> None:
    assert not _heard_after(_TOLD, "what would help you most do you think", Code.OPEN_QUESTION)
    assert _heard_after(_TOLD, "I'm so sorry. What would help you most right now?",
                        Code.OPEN_QUESTION)


_REORG = ("In June, Karen told me she'd put me forward for lead designer this cycle. Then the "
          "reorg happened, she left, and nobody ever mentioned it to me again.")


def test_a_question_sharing_only_a_common_word_does_not_take_it_in() -> None:
    assert not _heard_after(_REORG, "what would you like to happen from here",
                            Code.OPEN_QUESTION)
    assert _heard_after(_REORG, "What happened with the lead designer role after the reorg?",
                        Code.OPEN_QUESTION)


@pytest.mark.parametrize("plan", [
    "okay so um i can talk to karen this week about er the lead path",
    "Good. I will take you off the pager for December and get the others trained.",
])
def test_a_plan_in_the_words_of_what_they_told_takes_it_in(plan: str) -> None:
    assert _heard_after(_REORG + " I'm paged most nights too.", plan, Code.SUPPORT_OFFER)


def test_a_plan_about_something_else_does_not() -> None:
    assert not _heard_after(_REORG, "I will send you the wireframe template by Friday.",
                            Code.SUPPORT_OFFER)


# --- the same logic once (no behaviour change) -------------------------------------------------

@pytest.mark.parametrize(("text", "theirs"), [
    ("That must be disheartening.", True),
    ("It sounds like the migration took a lot more than anyone planned.", False),
    ("It's been a lot more than anyone could see, for you.", True),
    ("I'm hearing that there might be a worry underneath.", True),
    ("the late logins hurt the morning queue and Tom", False),
    ("you felt you must handle it alone", True),
])
def test_a_feeling_of_theirs_reads_each_sentence_once(text: str, theirs: bool) -> None:
    assert feeling_of_theirs(text) is theirs


# --- interrogation in speech --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "fires"), [
    ("why cant you just get here at nine why is it always mondays who do you think covers for "
     "you", True),
    ("so whats been going on and why do you think mondays are hard", False),
    ("who else is on the rota", False),
])
def test_stacked_whys_in_speech_interrogate(text: str, fires: bool) -> None:
    assert interrogates(text) is fires


def test_a_spoken_interrogation_is_not_praised_as_an_open_question() -> None:
    mine = [_move(5, "why cant you just get here at nine why is it always mondays who do you "
                     "think covers for you", Code.OPEN_QUESTION, primary=Primary.QUESTION)]
    q = _scorer().powerful_questioning(mine, _metrics(mine))
    assert not q.went_well, q.went_well


_HARD_WORKER = ("Now I know you're a hard worker. But I need you hitting your dates. Can you do "
                "that for me?")


# --- rewrites of a closed question ----------------------------------------------------------------

def test_an_ultimatum_with_a_tag_is_not_asked_as_a_task() -> None:
    said = open_version("One more stunt like pushing straight to main and you're aff the search "
                        "team. Got it?")
    assert "stunt" not in said and "make that happen" not in said, said
    assert open_version("Nine sharp from tomorrow. Yeah?").startswith("Nine sharp from tomorrow.")


def test_a_check_for_me_after_the_need_keeps_the_need() -> None:
    text = _HARD_WORKER
    rw = rewrite(7, text, TurnCoding(primary=Primary.QUESTION, codes=frozenset(
        {Code.EXPECTATION, Code.CLOSED_QUESTION})), "x", (Code.ADVICE, Code.CLOSED_QUESTION))
    assert rw is not None and "hitting your dates" in rw.suggestion, rw


# --- quotes -------------------------------------------------------------------------------------

def test_the_expectation_quoted_is_what_is_asked_not_the_kind_words_before_it() -> None:
    text = _HARD_WORKER
    assert quote_for(text, {Code.EXPECTATION}, 90) == "But I need you hitting your dates."


def test_the_step_quoted_is_the_one_set_not_the_take_up() -> None:
    text = "Ok let's do this. You think about the team-lead role and tell me by Friday 27 November."
    assert quote_for(text, {Code.COMMITMENT}, 90).startswith("You think about the team-lead")


# --- the plan ----------------------------------------------------------------------------------

def test_how_the_manager_will_talk_is_no_step() -> None:
    mine = [
        _move(1, "Howdy Priya. Y'all doing okay? Look, I'll get right to it.",
              Code.COMMITMENT, Code.CLOSED_QUESTION),
        _move(3, "The invoice export was due the 14th and shipped the 21st.", Code.OBSERVATION),
        _move(5, "Alright then. We'll circle back next week sometime.", Code.FOLLOW_UP),
        _move(7, "Okay.", ),
    ]
    plan = _scorer().development_planning(mine, ConversationType.UNDERPERFORMANCE)
    assert all(e.turn != 1 for e in plan.evidence), plan.evidence
    assert not any("get right to it" in w for w in plan.went_well), plan.went_well


def test_raising_the_record_for_them_is_support() -> None:
    from roleplay.scoring.reading import manager_part

    ct = _move(15, "Good. Talk to Leo directly first, before anything goes in a channel. And I "
                   "will raise the post-mortem record with the VP this week.", Code.COMMITMENT)
    assert manager_part(ct)
    assert not manager_part(_move(3, "I will record this on your file.", Code.COMMITMENT))


# --- feedback: the expectation set in the plan, the issue only asked about --------------------

@pytest.mark.parametrize("text", [
    "Good. Talk to Leo directly first, before anything goes in a channel.",
    "Good. So we try this. If there is a problem you send me a message before 8:00.",
    "okay so um i can talk to karen this week about er the lead path and um could you get the "
    "onboarding states with the edge cases to me by friday the fourth of december",
])
def test_what_they_are_to_do_set_in_the_plan_is_the_expectation(text: str) -> None:
    mine = [_move(1, "On Thursday 29 October you posted in #releases in front of 180 people.",
                  Code.OBSERVATION),
            _move(3, text, Code.COMMITMENT)]
    fb = _scorer().feedback_delivery(mine, ConversationType.BEHAVIOUR_FEEDBACK)
    assert "an expectation" not in fb.summary, fb.summary


def test_the_issue_only_asked_about_is_said_so() -> None:
    mine = [
        _move(1, "Hi Priya, can we sit down?", Code.CLOSED_QUESTION),
        _move(3, "Why was last Thursday's check-in cancelled twenty minutes before?",
              Code.OPEN_QUESTION),
        _move(5, "Did the retry fix ship on Friday 13 November?", Code.CLOSED_QUESTION),
        _move(7, "What is going on?", Code.OPEN_QUESTION),
        _move(9, "Shall we meet again next Thursday?", Code.FOLLOW_UP, Code.CLOSED_QUESTION),
    ]
    fb = _scorer().feedback_delivery(mine, ConversationType.UNDERPERFORMANCE)
    assert fb.score == 1
    assert "only as questions (turns 3, 5)" in fb.summary, fb.summary
    assert "never named" not in fb.summary


# --- questions answered by the manager's own guess --------------------------------------------

def test_a_question_answered_with_the_managers_guess_is_leading() -> None:
    mine = [
        _move(1, "So how have the last few sprints felt? Busy, I'd guess, with the migration.",
              Code.OPEN_QUESTION, primary=Primary.QUESTION),
        _move(3, "The export was late. Why was that? Probably the migration, right?",
              Code.OPEN_QUESTION, primary=Primary.QUESTION),
        _move(5, "What's blocking it? I assume it's the support rota eating your time.",
              Code.OPEN_QUESTION, primary=Primary.QUESTION),
        _move(7, "So what do we do about it? I think you should flag risks earlier.",
              Code.OPEN_QUESTION, primary=Primary.QUESTION),
    ]
    q = _scorer().powerful_questioning(mine, _metrics(mine))
    assert q.score is not None and q.score <= 2, q.summary
    assert not q.went_well, q.went_well
    assert "answered with your own guess" in q.summary, q.summary
    assert any(r.suggestion == "How have the last few sprints felt?" for r in q.try_instead), (
        q.try_instead)


def test_a_question_left_open_is_still_praised() -> None:
    mine = [_move(1, "What's been hardest about the migration for you?", Code.OPEN_QUESTION,
                  primary=Primary.QUESTION),
            _move(3, "What would you want to try first? Take your time.", Code.OPEN_QUESTION,
                  primary=Primary.QUESTION)]
    q = _scorer().powerful_questioning(mine, _metrics(mine))
    assert len(q.went_well) == 2, q.went_well


def test_why_did_you_is_counted_not_praised() -> None:
    mine = [_move(1, "Why were you picking up support tickets when you were off the rota?",
                  Code.OPEN_QUESTION, primary=Primary.QUESTION),
            _move(3, "Why you are not testing?", Code.OPEN_QUESTION, primary=Primary.QUESTION),
            _move(5, "What got in the way of testing?", Code.OPEN_QUESTION,
                  primary=Primary.QUESTION)]
    q = _scorer().powerful_questioning(mine, _metrics(mine))
    assert [w for w in q.went_well if "got in the way" in w] == list(q.went_well), q.went_well


# --- listening's notes --------------------------------------------------------------------------

def test_long_turns_are_not_called_short() -> None:
    text = " ".join(["the policy says this and the policy says that"] * 5)
    mine = [_move(i, text, Code.INFORMATION) for i in (1, 3, 5, 7, 9)]
    al = _scorer().active_listening(mine, _metrics(mine, "Okay. " * 40))
    assert al.score is not None and al.score <= 2, al.summary
    assert "short" not in al.summary, al.summary


# --- a regex written with a backspace for its word boundary ------------------------------------

def test_an_offer_or_a_check_on_them_is_read_as_one() -> None:
    from roleplay.scoring.moves import _OFFERS_OR_ASKS

    assert _OFFERS_OR_ASKS.search("okay, sorry. is there anything i could do?")
    assert _OFFERS_OR_ASKS.search("are you okay")


# --- a thing of theirs named with its day is an example ---------------------------------------

@pytest.mark.parametrize(("text", "told"), [
    ("Your post in #releases on 29 October, in front of everybody, not nice lah.", True),
    ("Your wireframes on 3 November had one screen.", True),
    ("Your review is on Friday 4 December.", False),
    ("Your deadline on Friday is important.", False),
    ("Your work on the indexer is great.", False),
])
def test_a_thing_of_theirs_with_its_date_tells_what_happened(text: str, told: bool) -> None:
    from roleplay.scoring.moves import tells_what_happened

    assert tells_what_happened(text) is told


def test_people_who_stopped_is_the_impact() -> None:
    assert says_consequence("Now mobile people don't post there anymore.")
    assert not says_consequence("You don't post there anymore.")


# --- an agreement recalled ---------------------------------------------------------------------

_RECALL = ("Two weeks ago we agreed the retry fix for Friday 13 November and a check-in on "
           "Thursday the 12th. The check-in got cancelled twenty minutes before, and the fix "
           "didn't ship. I'm not here to have a go, I want to understand.")


def test_an_agreement_recalled_is_quoted_with_what_became_of_it() -> None:
    quote = quote_for(_RECALL, {Code.OBSERVATION, Code.IMPACT}, 180)
    assert quote.endswith("the fix didn't ship."), quote


def test_an_agreement_recalled_is_no_plan_made_together() -> None:
    from roleplay.scoring.reading import co_creating, recalls_plan

    assert recalls_plan(_RECALL)
    assert not recalls_plan("We agreed Friday. Let's meet again on Thursday 3 December.")
    ct = _move(3, _RECALL, Code.FOLLOW_UP, Code.OBSERVATION,
               said="I know. The retry fix still isn't in. I'll have it done by Monday.")
    assert ct not in co_creating([ct])


# --- a colleague covering, and their step said as the expectation -----------------------------

@pytest.mark.parametrize(("text", "impact"), [
    ("Both times Tom covered and two priority callbacks were missed.", True),
    ("Tom covered for you twice.", True),
    ("You covered the basics.", False),
])
def test_someone_covering_for_them_is_the_impact(text: str, impact: bool) -> None:
    assert says_consequence(text) is impact


def test_their_step_from_next_week_is_the_expectation() -> None:
    mine = [_move(3, "On Monday 26 October you called sick at 8:52.", Code.OBSERVATION),
            _move(15, "Good. So from next week you are on the queue at 9:00 Tuesday to Friday, "
                      "and if something happens you message me the night before.",
                  Code.COMMITMENT)]
    fb = _scorer().feedback_delivery(mine, ConversationType.UNDERPERFORMANCE)
    assert "an expectation" not in fb.summary, fb.summary
