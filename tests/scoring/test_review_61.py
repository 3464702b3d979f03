"""The lead's review fixes of the eighteenth day (issue 11): a specific example is quoted from the
sentence that tells what happened, not from praise told before it in the same turn (unseen-25's
skilled manager was shown "the latency work is the best thing to come off search this quarter" as
their specific example)."""

from roleplay.domain.codes import Code
from roleplay.scoring.moves import quote_for


def test_the_example_is_quoted_from_what_happened_not_the_praise_before_it() -> None:
    text = ("First, so it's said: the audit work was the best thing to come out of finance this "
            "quarter, and the whole floor knows it was yours. That stands. What I need to talk "
            "about sits beside it. On Tuesday the 3rd of November, in the public channel, you "
            "wrote 'Who signed this off?' under Mei's reconciliation, and redid it that night "
            "without a word to her. How did that evening look to you?")
    quote = quote_for(text, frozenset({Code.OBSERVATION, Code.OPEN_QUESTION}))
    assert quote.startswith("On Tuesday the 3rd of November")


def test_a_dated_example_still_comes_before_an_undated_one() -> None:
    text = ("Since the reorg you've seemed a bit quieter in the team channel, which people notice. "
            "On Monday the 9th you missed the crit, and the designers waited twenty minutes for "
            "you. What happened there?")
    quote = quote_for(text, frozenset({Code.OBSERVATION}))
    assert quote.startswith("On Monday the 9th")


def test_no_reflection_is_built_from_a_clause_whose_verb_was_left_out() -> None:
    from roleplay.scoring.reflecting import reflectable
    # (a coach would not say "What I'm hearing is that you don't usually.")
    assert reflectable("It's nice to talk about this. I don't usually.") is None
    assert reflectable("I'd help if I could. I can't, really.") is None
    assert reflectable("I really don't want to manage people.") == (
        "you really don't want to manage people")


def test_a_step_asked_of_them_with_its_day_is_the_plans_step() -> None:
    from roleplay.scoring._cues_plan import ASKED_STEP
    assert ASKED_STEP.search("ok so can you fill in the two year box by friday")
    assert ASKED_STEP.search("could you send me the draft before thursday")
    assert not ASKED_STEP.search("why couldnt you send it by friday")
    assert not ASKED_STEP.search("can you tell me what happened on friday")


def test_a_day_named_for_the_step_is_its_date() -> None:
    from roleplay.scoring.planning_level import DATE_IN_PLAN
    # (a typical manager's "let's say Monday for the retry fix" read "Missing: an owner and
    # date" and "a vague intention such as 'try harder'")
    assert DATE_IN_PLAN.search("okay so let's say monday for the retry fix, and you stay off")
    assert DATE_IN_PLAN.search("make it thursday then")
    assert not DATE_IN_PLAN.search("let's say you take the retry fix")


def test_the_metrics_line_counts_an_interrogation_as_the_card_does() -> None:
    from roleplay.domain.session import Transcript, Turn
    from roleplay.scoring.scorer import score_transcript
    said = [("report", "Hi. What's this about?"),
            ("manager", "Why did you skip the review? Why no message? Who covers for you?"),
            ("report", "I was busy."),
            ("manager", "Is the rota still right for you?"),
            ("report", "Yes.")]
    score = score_transcript(Transcript(turns=tuple(
        Turn(index=i, speaker=who, text=text) for i, (who, text) in enumerate(said))))
    assert score.metrics["open_questions"] == 0
    assert score.metrics["open_question_share"] == 0.0


def test_a_day_opening_the_meeting_is_its_day() -> None:
    from roleplay.scoring.planning_level import DATE_IN_PLAN
    # ("Fine. Friday we check in, ten minutes, my desk." was cited "follow-up with no day set")
    assert DATE_IN_PLAN.search("fine. friday we check in, ten minutes, my desk.")
    # ("and lets catch up thursday same time" read "Missing: a date for the follow-up")
    assert DATE_IN_PLAN.search("and lets catch up thursday same time and see how its going")


def test_checking_with_someone_else_is_no_watching() -> None:
    from roleplay.scoring._cues_plan import watches
    # ("i check with hr about the hours this week" was "watching, not support")
    assert not watches("and i check with hr about the hours this week")
    assert watches("i'll check your login times every morning")
