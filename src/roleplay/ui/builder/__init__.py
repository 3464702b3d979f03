"""Practise your own situation, in the app: the guided scenario builder, the practice-plan card
for the home screen and the recap form for after the real 1:1.

Each widget takes its services in the constructor and talks back through signals; see
docs/builder.md ("Wiring the widgets") for how the main window hooks them in.
"""

from roleplay.ui.builder.plan_card import PracticePlanCard
from roleplay.ui.builder.recap_form import RecapForm, RecapServices
from roleplay.ui.builder.screen import BuilderServices, ScenarioBuilderScreen

__all__ = ["BuilderServices", "PracticePlanCard", "RecapForm", "RecapServices",
           "ScenarioBuilderScreen"]
