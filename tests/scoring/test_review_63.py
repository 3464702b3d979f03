"""The lead's review fixes from unseen-31 (issue 11): facts fired as a string of why-questions in
recogniser text are no specific example and no impact to praise; the summary says how they came
(unseen-31's poor manager was praised 'Specific example and impact: "why the retry q fix is
still open two weeks why four tickets went to support why nobody knew anything"')."""

from __future__ import annotations

from roleplay.domain.scores import Competency
from roleplay.scoring.report import format_report

from .conftest import competency_text, scored_in
from .conftest import went_well_text as _went_well


def test_facts_fired_as_why_questions_are_not_praised_as_the_example() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "why the invoice export was late why the retry fix is still open two weeks "
                    "why four tickets went to support why nobody knew anything"),
        ("report", "The migration pulled me off everything for two weeks."),
        ("manager", "from monday you send me what you finished every evening"),
        ("report", "Fine."),
    )
    praise = _went_well(score, Competency.FEEDBACK_DELIVERY)
    assert "why four tickets" not in praise, format_report(score)
    text = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "string of why-questions" in text, format_report(score)
    assert "Missing: a specific example" not in text


def test_the_same_facts_told_plainly_are_praised() -> None:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "The invoice export was due on the 14th of October and shipped on the 21st, "
                    "and finance closed the month by hand. What happened from your side?"),
        ("report", "The migration pulled me off everything for two weeks."),
    )
    text = competency_text(score, Competency.FEEDBACK_DELIVERY)
    assert "why-questions" not in text
    assert "invoice export" in _went_well(score, Competency.FEEDBACK_DELIVERY), \
        format_report(score)


def _grilled(second: str) -> Competency:
    score = scored_in(
        "missed-deadlines",
        ("report", "Hi. You wanted to talk about the sprints?"),
        ("manager", "yes sit down priya we have a problem"),
        ("report", "It's been a busy few weeks, that's all."),
        ("manager", second),
        ("report", "The migration pulled me off everything for two weeks."),
        ("manager", "ok from monday you send me what you finished every evening"),
        ("report", "Fine."),
    )
    c = score.competency(Competency.ACTIVE_LISTENING)
    assert c is not None
    return c


def test_a_string_of_why_questions_is_talking_past_them() -> None:
    grilled = _grilled("why the export was late why the retry fix is still open why four "
                       "tickets went to support why nobody knew anything")
    asked = _grilled("what got in the way of the export on your side")
    assert grilled.points is not None and asked.points is not None
    assert grilled.points < asked.points, (grilled.summary, asked.summary)


def _harsh(*judging: str) -> int | None:
    lines: list[tuple[str, str]] = [
        ("report", "Hi. Is this about checkout?"),
        ("manager", "On the 20th of October your change went in with no tests, and 212 "
                    "customers couldn't use a promo code the next morning."),
        ("report", "I know. I felt sick when I saw it."),
    ]
    for said in judging:
        lines += [("manager", said), ("report", "I'm trying as hard as I can.")]
    lines += [("manager", "From now on every pull request goes to Kasia before QA sees it."),
              ("report", "Okay.")]
    c = scored_in("quality-slipping", *lines).competency(Competency.FEEDBACK_DELIVERY)
    assert c is not None
    return c.score


def test_judging_the_person_turn_after_turn_is_level_one_whatever_the_specifics() -> None:
    assert _harsh("You're always rushing, always.", "You're dead careless, lad.",
                  "You're the reason Aisha retests everything.") == 1


def test_one_harsh_turn_beside_the_specifics_is_outweighed_less() -> None:
    assert _harsh("You're dead careless, lad.") == 2


def test_as_much_as_you_want_invites_them_to_say_more() -> None:
    from roleplay.scoring._cues_listening import invites
    assert invites("If something outside work has changed, you tell me as much as you want "
                   "and no more. I won't hold it against you.")
    assert invites("Share as much or as little as you like.")
    assert not invites("I need as much notice as you can give me.")


def test_anything_i_have_missed_is_the_right_closing_check() -> None:
    from roleplay.domain.codes import Code, Primary, TurnCoding
    from roleplay.scoring.rewrites import good_closed_question
    coding = TurnCoding(primary=Primary.QUESTION, codes=frozenset({Code.CLOSED_QUESTION}))
    assert good_closed_question("Anything I have missed?", coding)
    assert good_closed_question("anything i left out", coding)
    assert not good_closed_question("Did you test it?", coding)
