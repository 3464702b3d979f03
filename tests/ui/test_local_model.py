"""Settings' "Use a local model" (issue 17, item 1) with real widgets, offscreen, against the
fake Ollama (roleplay.fakes.ollama) over real HTTP: find it, download with a progress bar,
cancel and continue, a failure said plainly, then use the model."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from roleplay.app.config import AppConfig, load_config
from roleplay.app.local_model import LocalModels
from roleplay.fakes.ollama import FakeOllama
from roleplay.ui.screens.settings import SettingsScreen
from roleplay.ui.workers import JobRunner

GIB = 2**30


@pytest.fixture
def ollama() -> Iterator[FakeOllama]:
    with FakeOllama(steps=10) as fake:
        yield fake


@pytest.fixture
def screen(qtbot, config: AppConfig) -> Iterator[SettingsScreen]:  # type: ignore[no-untyped-def]
    runner = JobRunner()
    settings = SettingsScreen(config, runner)
    qtbot.addWidget(settings)
    settings.resize(900, 900)
    yield settings
    runner.wait(10000)


def open_with(qtbot, screen: SettingsScreen, local: LocalModels) -> None:  # type: ignore[no-untyped-def]
    screen.set_local_models(local)
    screen.show()  # Settings looks for Ollama when it is first shown
    qtbot.waitUntil(lambda: screen.local.status is not None, timeout=10000)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_download_with_progress_then_use_the_model(
        qtbot, screen: SettingsScreen, ollama: FakeOllama, config: AppConfig) -> None:  # type: ignore[no-untyped-def]
    panel = screen.local
    open_with(qtbot, screen, LocalModels(ollama.url, ram_bytes=8 * GIB))
    assert panel.found.text() == (f"Ollama 0.5.7 is running at {ollama.url}. Recommended for "
                                  "8 GB of memory: llama3.2:3b.")
    assert panel.choice.count() == 4 and panel.selected == "llama3.2:3b"
    assert "(recommended)" in panel.choice.currentText()
    assert "2.0 GB" in panel.choice.currentText() and "needs 8 GB RAM" in panel.choice.currentText()
    assert not panel.use.isEnabled() and not panel.cancel.isVisible()

    ollama.hold_after = 5
    click(qtbot, panel.download)
    qtbot.waitUntil(lambda: panel.bar.value() == 500, timeout=10000)  # held at half
    assert ollama.held.is_set()
    assert panel.detail.text().startswith("1.0 GB of 2.0 GB (50%)")
    assert panel.cancel.isVisible() and panel.cancel.isEnabled()
    assert not panel.download.isEnabled() and not panel.choice.isEnabled()
    assert not panel.use.isEnabled()

    ollama.release()
    qtbot.waitUntil(lambda: panel.use.isEnabled(), timeout=10000)
    assert panel.bar.value() == 1000
    assert panel.detail.text() == "llama3.2:3b is ready (2.0 GB). Choose “Use this model”."
    assert "downloaded" in panel.choice.currentText() and not panel.download.isEnabled()
    assert not panel.cancel.isVisible()

    with qtbot.waitSignal(screen.config_saved, timeout=10000) as saved:
        click(qtbot, panel.use)
    llm = saved.args[0].llm
    assert (llm.base_url, llm.model) == (f"{ollama.url}/v1", "llama3.2:3b")
    assert load_config(config.data_dir).llm.model == "llama3.2:3b"
    assert screen.url.text() == f"{ollama.url}/v1" and screen.model.text() == "llama3.2:3b"
    assert "played by llama3.2:3b" in screen.banner.text.text()
    assert panel.use.text() == "In use" and not panel.use.isEnabled()
    assert panel.detail.text() == "llama3.2:3b plays the report from your next conversation."


def test_cancel_keeps_the_bytes_and_download_continues_a_failure_is_plain(
        qtbot, screen: SettingsScreen, ollama: FakeOllama) -> None:  # type: ignore[no-untyped-def]
    panel = screen.local
    open_with(qtbot, screen, LocalModels(ollama.url, ram_bytes=8 * GIB))
    ollama.hold_after = 3
    click(qtbot, panel.download)
    qtbot.waitUntil(lambda: panel.bar.value() == 300, timeout=10000)
    click(qtbot, panel.cancel)
    assert panel.detail.text() == "Cancelling…"
    # Lines paced as a real download's are: unpaced, the fake could write the whole rest of the
    # pull into the socket before the cancelled client closed it, and finish the model.
    ollama.delay_s = 0.1
    ollama.release()  # the next line arrives, and the pull stops there
    qtbot.waitUntil(lambda: panel.download.isEnabled(), timeout=10000)
    assert panel.detail.text() == ("Download cancelled. 0.6 GB is kept: Download continues "
                                   "from there.")
    assert not panel.use.isEnabled() and not panel.cancel.isVisible()
    assert panel.download.text() == "Continue download"

    ollama.fail_after = 2  # two lines into the continued pull
    click(qtbot, panel.download)
    qtbot.waitUntil(lambda: panel.download.isEnabled(), timeout=10000)
    text = panel.detail.text()
    assert text.startswith("The download failed: Ollama could not pull llama3.2:3b: max "
                           "retries exceeded"), text
    assert text.endswith("what was downloaded is kept, so pulling again continues from there.")

    click(qtbot, panel.download)
    qtbot.waitUntil(lambda: panel.use.isEnabled(), timeout=10000)
    assert panel.detail.text().startswith("llama3.2:3b is ready")


def test_without_ollama_it_says_how_to_install_it(qtbot, screen: SettingsScreen) -> None:  # type: ignore[no-untyped-def]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    open_with(qtbot, screen, LocalModels(closed, platform="win32", ollama_installed=False))
    panel = screen.local
    assert "`winget install Ollama.Ollama`" in panel.found.text()
    assert not panel.download.isVisible() and not panel.use.isVisible()
    assert not panel.choice.isVisible() and panel.again.isEnabled()


def test_the_demo_window_offers_a_local_model_from_its_fake_ollama(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go(window.settings)
    panel = window.settings.local
    qtbot.waitUntil(lambda: panel.status is not None, timeout=10000)
    assert panel.status is not None and panel.status.running
    assert panel.download.isEnabled() and panel.selected == "qwen2.5:7b"


def test_brief_and_review_name_the_local_model_that_played_the_report(
        qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from roleplay.app.config import LLMConfig
    from roleplay.app.llm_setup import select_voice
    from roleplay.domain.session import Mode
    from roleplay.engine.session import SessionEngine
    from roleplay.fakes.scoring import PreviewScorer

    with FakeOllama(installed={"llama3.2:3b": 2_019_405_189}) as fake:
        local = LocalModels(fake.url)
        config = local.use(AppConfig(data_dir=tmp_path / "d", llm=LLMConfig()), "llama3.2:3b")
        voice, notice = select_voice(config, environ={})
        url = f"{fake.url}/v1"
        assert notice == ("The report is played by llama3.2:3b via OpenAI-compatible server "
                          f"at {url}.")
        window = make_window()
        window.services.voice = voice
        window.refresh_status()
        assert voice.description in window.brief.voice.text()
        s = window.services
        engine = SessionEngine.start(s.store, s.coder, voice,
                                     s.catalogue.scenarios["missed-deadlines"], mode=Mode.PRACTICE)
        engine.manager_says("How have the last few sprints felt from your side?")
        assert engine.report_reply().source == "llm"  # the fake Ollama's chat answered
        session = engine.end()
    assert session.voice == f"LLM llama3.2:3b via OpenAI-compatible server at {url}"
    window.review.show_result(session, PreviewScorer().score(session), "preview")
    summary = " ".join(w.text() for w in window.review.summary_page.findChildren(
        type(window.review.overall)))
    assert f"the report was played by the {session.voice}" in summary
    assert "more freely" not in summary

    offline = make_window()  # the demo's offline voice: the brief points at the two clicks
    assert offline.brief.voice.text() == (
        "The report is played by: the offline scripted persona (no language model needed; for a "
        "freer conversation, Settings, “Use a local model”)")
