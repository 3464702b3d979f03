"""Facilitator and cohort widgets (self-contained; each takes its models or store in its
constructor):

- :class:`AssignmentsPanel`: a manager's cohort assignments (scenario, due date) for the home
  screen, with a "weekly practice reminder" button.
- :class:`ShareToggles`: a manager's per-session "share with facilitator" and "include audio".
- :class:`ManagerFeedbackPanel`: the facilitator's comments and overrides, for the manager's
  review screen, with the time from session to feedback.
- :class:`FacilitatorReviewView`: open a shared session, comment on a turn (competency-tagged),
  override a competency with a reason, mark the review done.
- :class:`CalibrationView`: facilitator-vs-scorer agreement per competency.
- :class:`CohortDashboardView`: managers by competency, gap map, cadence, pending reviews.
- :class:`FacilitatorHome`: the three above in tabs, loading from a store.
"""

from roleplay.ui.facilitator.assignments import AssignmentsPanel
from roleplay.ui.facilitator.calibration import CalibrationView
from roleplay.ui.facilitator.dashboard import CohortDashboardView
from roleplay.ui.facilitator.feedback import ManagerFeedbackPanel
from roleplay.ui.facilitator.home import FacilitatorHome
from roleplay.ui.facilitator.review import FacilitatorReviewView
from roleplay.ui.facilitator.share import ShareToggles

__all__ = [
    "AssignmentsPanel",
    "CalibrationView",
    "CohortDashboardView",
    "FacilitatorHome",
    "FacilitatorReviewView",
    "ManagerFeedbackPanel",
    "ShareToggles",
]
