"""Coaching helpers shared by the app's screens: pure logic, no Qt.

Live nudges during practice, conversation metrics for display, plan-versus-actual and the
"what they were thinking" fallback. Everything here is plain functions over domain objects so
it is unit-tested without a display.
"""

from roleplay.coaching.nudges import Nudge, NudgeCoach, next_nudge

__all__ = ["Nudge", "NudgeCoach", "next_nudge"]
