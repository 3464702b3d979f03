"""The scripted demo: the scenario it rehearses, the manager's plan and lines."""

from __future__ import annotations

from roleplay.domain.session import Plan

DEMO_SCENARIO_ID = "missed-deadlines"
DEMO_PLAN = Plan(
    key_message="Three commitments slipped in three weeks; I want to understand why and fix it "
    "together.",
    questions="What has been getting in the way?\nWhat would help you hit the next date?",
    outcome="A date for the retry fix, support she needs, and a check-in next week.",
)
DEMO_SCRIPT: tuple[str, ...] = (
    "Thanks for making the time. I'd like to talk about the last few sprints. "
    "How have they felt from your side?",
    "On Wednesday you missed the ledger design review, and the invoice export shipped a week "
    "late, which meant finance closed the month by hand. Going forward I need you to tell me "
    "before a date slips.",
    "It sounds like it's been a lot, and you've been carrying more than anyone could see.",
    "What's been getting in the way, outside the sprint work too?",
    # she names her dad only when asked what is going on: no line may know it before she says it
    "That sounds like a lot to hold on your own. Take your time. What's been going on?",
    "Thank you for telling me. I'm so sorry about your dad. What would help you most right now?",
    "Let's take you off the support rota for the next three weeks. Can you have the retry fix "
    "done by Friday?",
    "I'll check in with you next Thursday, and tell me before a date slips, not after.",
)
