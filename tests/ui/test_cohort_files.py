"""Issue 14, item 6 in the app: without a shared database the manager saves a shared session
for the facilitator, who imports it (shared as the manager shared it) from their page."""

from __future__ import annotations

import os
from pathlib import Path

from roleplay.app.demo_cohort import DEMO_FACILITATOR
from roleplay.exports.bundle import read_bundle

from .test_cohorts import seed
from .test_own_practice import scored_session


def test_a_session_travels_to_the_facilitator_as_a_file(qtbot, make_window, config,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    window = make_window()
    seed(window)
    session = scored_session(window)
    with qtbot.waitSignal(window.cohorts.review_panel_ready, timeout=5000):
        window.open_review(session.id)
    cohorts = window.cohorts
    assert cohorts.send_button is not None and cohorts.send_button.isVisible()
    target = tmp_path / "out" / "s.roleplay.zip"
    cohorts.save_bundle(target, session)  # private still: saved, with a warning
    qtbot.waitUntil(lambda: "Saved, but private" in window.banner.message(), timeout=5000)
    assert read_bundle(target)[1].share is None
    cohorts.share.share_box.setChecked(True)
    shared = window.services.store.get_share(session.id)
    cohorts.save_bundle(target, session)
    qtbot.waitUntil(lambda: "Saved for your facilitator" in window.banner.message(),
                    timeout=5000)
    assert read_bundle(target)[1].share == shared
    if os.environ.get("ROLEPLAY_SHOTS"):
        window.resize(1280, 900)
        window.grab().save(str(Path(os.environ["ROLEPLAY_SHOTS"]) / "review-send.png"))

    # The facilitator's side (here the same data folder, with the session removed first).
    window.services.store.delete(session.id)
    with qtbot.waitSignal(cohorts.standing_ready, timeout=5000):
        window.reconfigure.apply(config.model_copy(update={"manager_id": DEMO_FACILITATOR.id}))
    with qtbot.waitSignal(cohorts.facilitator_ready, timeout=5000):
        cohorts.open_facilitator()
    assert cohorts.page is not None and cohorts.page.import_button.isVisible()
    cohorts.import_session(target)
    qtbot.waitUntil(lambda: "Session imported" in window.banner.message(), timeout=5000)
    kept = window.services.store.get_share(session.id)
    assert kept is not None and kept.shared_at == shared.shared_at
    if os.environ.get("ROLEPLAY_SHOTS"):
        window.grab().save(str(Path(os.environ["ROLEPLAY_SHOTS"]) / "facilitator-import.png"))
