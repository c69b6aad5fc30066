"""UI fixtures: real databases, a real task runner, widgets owned by qtbot."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from custadmin import translations
from custadmin.domain.accounts import AccountDetails
from custadmin.paths import resource_path
from custadmin.services.accounts import bulk_create_accounts, create_account
from custadmin.services.demo import generate_demo_accounts
from custadmin.services.workspace import Workspace
from custadmin.ui.main_window import MainWindow
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets import progress, prompts
from factories import new_account


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> Iterator[None]:
    """The app's English, as an operator without Swedish or Danish gets it: its
    plural forms ("1 account") and its locale's numbers. A test of another
    language installs that one itself (``speaking``)."""
    installed = translations.install(qapp, "en", resource_path("translations"))
    yield
    translations.uninstall(qapp, installed)


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Switches the app to a language for one test (English again afterwards)."""
    installed: list[QTranslator] = []

    def speak(language: str) -> None:
        translations.uninstall(qapp, installed)
        installed[:] = translations.install(qapp, language, resource_path("translations"))

    yield speak
    translations.uninstall(qapp, installed)
    QLocale.setDefault(translations.locale_for("en"))


@pytest.fixture(autouse=True)
def gui_thread_collection() -> Iterator[None]:
    """As in the app: no garbage collection on worker threads (see ui/collector.py).

    What a test leaves behind is collected here, on the GUI thread. What
    survives that is frozen (out of every later collection's sight): a full
    collection looks at every object the run has kept, which took 0.06 s at
    the first UI test and 0.45 s by the last, a quarter of the suite's time.
    What is still alive after its test's collection is the run's own state
    (modules, caches, fixtures of wider scope), so each later collection
    looks only at what its own test made.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    gc.freeze()
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Modal dialogs would block a test run: record them instead.

    Unsaved edits left by a test are discarded when qtbot closes the window;
    a test that cares about a prompt's answer patches it itself.
    """
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts.ErrorMessage, "show", classmethod(
        lambda cls, parent, title, message, detail="": shown.append((title, message))))
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask", classmethod(
        lambda cls, parent, what: prompts.Leave.DISCARD))
    monkeypatch.setattr(prompts.ConflictPrompt, "ask", classmethod(
        lambda cls, *args: prompts.ConflictChoice.KEEP_MINE))
    return shown


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait(10_000)
    task_runner.shutdown()


@pytest.fixture
def filled_db(sqlite_db: Workspace) -> Workspace:
    """200 demo accounts plus one known account."""
    bulk_create_accounts(sqlite_db, generate_demo_accounts(200, seed=7))
    return sqlite_db


@pytest.fixture
def hagg(filled_db: Workspace) -> AccountDetails:
    return create_account(filled_db, new_account())


@pytest.fixture
def settings(tmp_path: os.PathLike[str]) -> QSettings:
    return QSettings(os.path.join(tmp_path, "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(
    qtbot: QtBot, runner: TaskRunner, settings: QSettings
) -> Callable[[Workspace], MainWindow]:
    """Opens a main window on a workspace (e.g. another operator's), shown and loaded."""

    def open_(ws: Workspace) -> MainWindow:
        main = MainWindow(ws, "test database", runner=runner, settings=settings)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        main.start()
        qtbot.waitUntil(lambda: main.register.model.loaded)
        return main

    return open_


@pytest.fixture
def window(
    filled_db: Workspace, hagg: AccountDetails, open_window: Callable[[Workspace], MainWindow],
) -> MainWindow:
    return open_window(filled_db)


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window told the operator in passing notices (progress.Notice)."""
    shown: list[str] = []
    monkeypatch.setattr(progress.Notice, "show", classmethod(
        lambda cls, parent, title, message: shown.append(message)))
    return shown
