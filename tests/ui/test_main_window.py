"""The main window as an operator uses it: find, open, edit, save, revert, guard."""

from __future__ import annotations

import itertools
import linecache
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from custadmin.domain.accounts import AccountDetails, AccountInput
from custadmin.domain.operators import Actor, OperatorRole
from custadmin.domain.portal import PortalAccessChange
from custadmin.domain.register import RegisterQuery
from custadmin.services.accounts import load_account, update_account_details
from custadmin.services.operators import create_operator, set_operator_role
from custadmin.services.register import search_register
from custadmin.services.workspace import Workspace
from custadmin.ui.account.new_account import NewAccountDialog
from custadmin.ui.main_window import EDITOR_BUILD_PAUSE_MS, MainWindow
from custadmin.ui.widgets import prompts
from custadmin.ui.widgets.prompts import ConflictChoice, Leave
from factories import add_per_holm, new_account


def open_by_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    panel = window.register
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.search
    panel.search.setText(text)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    # QTest types ASCII only (it aborts on "ö"); non-ASCII input is covered
    # through the widgets' own API elsewhere.
    assert text.isascii()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_ctrl_f_then_enter_opens_the_account(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    open_by_search(qtbot, window, "hagg.se")
    assert window.editor.account is not None
    assert window.editor.account.id == hagg.id
    assert window.editor.title.full_text().startswith("Hägg Bygg AB")
    page = window.editor.my_details
    assert page.contact_form.value("main_contact.phone") == "070-123 45 67"
    assert page.account_form.value("org_number") == "556036-0793"
    assert not page.is_dirty()


def test_a_refused_search_says_why_beside_the_search_box_and_keeps_the_text(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails
) -> None:
    panel = window.register
    panel.search.setText("Hägg\x00AB")
    qtbot.waitUntil(lambda: panel.count.text().startswith("Not searched: "), timeout=10_000)
    assert "control character" in panel.count.text()
    assert panel.search.text() == "Hägg\x00AB"
    panel.search.setText("Hägg")
    qtbot.waitUntil(lambda: panel.count.text().endswith(("account", "accounts")),
                    timeout=10_000)
    assert panel.count.toolTip() == ""


def test_double_click_opens_the_account(qtbot: QtBot, window: MainWindow) -> None:
    table = window.register.table
    model = window.register.model
    rect = table.visualRect(model.index(2, 1))
    # A real double-click starts with a click; QTest's dclick alone is not one.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.editor.account is not None, timeout=10_000)
    assert window.editor.account is not None
    assert window.editor.account.id == model.account_id(2)


def test_edit_and_ctrl_s_saves_to_the_database(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    type_into(qtbot, page.contact_form.editor("main_contact.city"), "Uppsala")
    assert page.is_dirty()
    assert window.isWindowModified()
    assert page.save_button.isEnabled()
    qtbot.keyClick(page.contact_form.editor("main_contact.city"), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.is_dirty(), timeout=10_000)
    stored = load_account(filled_db, hagg.id)
    assert stored.main_contact.city == "Uppsala"
    assert stored.version == hagg.version + 1
    # The register shows the saved value.
    row = window.register.model.row_of(hagg.id)
    assert row is not None
    qtbot.waitUntil(lambda: window.register.model.data(
        window.register.model.index(row, 6)) == "Uppsala", timeout=5_000)


def test_escape_reverts_unsaved_edits(qtbot: QtBot, window: MainWindow) -> None:
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    edit = page.account_form.editor("name")
    type_into(qtbot, edit, "Something else AB")
    assert page.is_dirty()
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not page.is_dirty()
    assert page.account_form.value("name") == "Hägg Bygg AB"


def test_invalid_input_is_shown_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    email = page.contact_form.editor("main_contact.email")
    type_into(qtbot, email, "not an email")
    type_into(qtbot, page.account_form.editor("org_number"), "556036-0794")
    page.save()
    assert "valid email" in page.contact_form.error("main_contact.email")
    assert "Swedish organisation number" in page.account_form.error("org_number")
    assert page.contact_form.value("main_contact.email") == "not an email"  # typing kept
    assert page.is_dirty()
    assert load_account(filled_db, hagg.id) == hagg


def test_an_error_shows_once_the_field_is_left(qtbot: QtBot, window: MainWindow) -> None:
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    phone = page.contact_form.editor("main_contact.phone")
    type_into(qtbot, phone, "12")
    assert page.contact_form.error("main_contact.phone") == ""  # not while typing first
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    assert "phone" in page.contact_form.error("main_contact.phone")
    type_into(qtbot, phone, "08-123 456 78")
    assert page.contact_form.error("main_contact.phone") == ""  # clears as it is fixed


def test_a_conflicting_save_keeps_the_edits_and_shows_the_difference(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    # Another operator saves first.
    update_account_details(filled_db, hagg.token,
                           AccountInput("Hägg & Son AB", "SE", "556036-0793"),
                           hagg.main_contact.as_input())
    seen: dict[str, tuple[object, object]] = {}

    def ask(_parent, differences, _label, _mine, _who=""):  # type: ignore[no-untyped-def]
        seen.update(differences)
        return ConflictChoice.KEEP_MINE

    monkeypatch.setattr(prompts.ConflictPrompt, "ask", classmethod(
        lambda cls, *a: ask(*a)))
    type_into(qtbot, page.contact_form.editor("main_contact.city"), "Lund")
    page.save()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == {"name": ("Hägg Bygg AB", "Hägg & Son AB")}
    qtbot.waitUntil(lambda: page.account is not None and page.account.version == 2,
                    timeout=10_000)
    assert page.contact_form.value("main_contact.city") == "Lund"  # mine kept
    assert load_account(filled_db, hagg.id).main_contact.city == "Stockholm"  # not saved


@pytest.mark.parametrize("choice", [Leave.CANCEL, Leave.DISCARD, Leave.SAVE])
def test_opening_another_account_guards_unsaved_edits(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails,
    monkeypatch: pytest.MonkeyPatch, choice: Leave,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask",
                        classmethod(lambda cls, parent, what: asked.append(what) or choice))
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    type_into(qtbot, page.contact_form.editor("main_contact.city"), "Kalmar")
    other = hagg.id - 1  # one of the demo accounts
    window.editor.open_account(other)
    assert asked == ["Hägg Bygg AB"]
    if choice is Leave.CANCEL:
        qtbot.wait(100)
        assert window.editor.account is not None and window.editor.account.id == hagg.id
        assert page.contact_form.value("main_contact.city") == "Kalmar"
        return
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == other, timeout=10_000)
    stored_city = load_account(filled_db, hagg.id).main_contact.city
    assert stored_city == ("Kalmar" if choice is Leave.SAVE else "Stockholm")


def test_closing_with_unsaved_edits_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask",
                        classmethod(lambda cls, parent, what: Leave.CANCEL))
    open_by_search(qtbot, window, "hagg.se")
    type_into(qtbot, window.editor.my_details.account_form.editor("name"), "X AB")
    window.close()
    assert window.isVisible()
    monkeypatch.setattr(prompts.UnsavedChangesPrompt, "ask",
                        classmethod(lambda cls, parent, what: Leave.DISCARD))
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_ctrl_n_creates_an_account_and_opens_it(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialogs: list[NewAccountDialog] = []

    def fill_and_submit(cls, parent, db, runner):  # type: ignore[no-untyped-def]
        dialog = NewAccountDialog(db, runner, parent)
        dialogs.append(dialog)
        data = new_account("Fjällräv Konsult AB", "info@fjallrav.se")
        values = {"name": data.account.name, "country": "SE",
                  "org_number": data.account.org_number}
        dialog.account_form.set_values(values)
        dialog.contact_form.set_values({
            f"main_contact.{k}": getattr(data.main_contact, k)
            for k in ("first_name", "last_name", "email", "phone", "address_line1",
                      "postcode", "city", "country")})
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.created is not None, timeout=10_000)
        return dialog.created

    monkeypatch.setattr(NewAccountDialog, "ask", classmethod(fill_and_submit))
    before = window.register.model.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialogs
    qtbot.waitUntil(lambda: window.register.model.rowCount() == before + 1, timeout=10_000)
    assert window.editor.account is not None
    assert window.editor.account.name == "Fjällräv Konsult AB"
    created = window.editor.account.id
    # Selected once every ID is known (the new account may sort anywhere).
    qtbot.waitUntil(lambda: window.register.model.account_id(
        window.register.table.currentIndex().row()) == created, timeout=10_000)


def test_new_account_dialog_shows_every_missing_field_and_creates_nothing(
    qtbot: QtBot, filled_db: Workspace, runner, window: MainWindow  # type: ignore[no-untyped-def]
) -> None:
    dialog = NewAccountDialog(filled_db, runner)
    qtbot.addWidget(dialog)
    dialog.account_form.set_values({"name": "Halvfärdig AB"})
    dialog.submit()
    assert dialog.created is None
    assert dialog.account_form.value("name") == "Halvfärdig AB"
    for key in ("first_name", "last_name", "email", "phone", "address_line1", "postcode",
                "city"):
        assert dialog.contact_form.error(f"main_contact.{key}"), key
    for key in ("organisation_name", "address_line2"):  # R2: optional
        assert not dialog.contact_form.error(f"main_contact.{key}"), key
    runner.wait(1000)
    assert window.register.model.rowCount() == 201


def test_empty_register_says_what_to_do(
    qtbot: QtBot, sqlite_db: Workspace, runner, settings  # type: ignore[no-untyped-def]
) -> None:
    main = MainWindow(sqlite_db, "empty", runner=runner, settings=settings)
    qtbot.addWidget(main)
    main.show()
    main.start()
    qtbot.waitUntil(lambda: main.register.model.loaded, timeout=10_000)
    assert main.register.stack.currentWidget() is main.register.empty
    assert "Ctrl+N" in main.register.empty.text()
    assert main.editor.stack.currentWidget() is main.editor.empty


def test_the_account_tabs_are_built_after_the_registers_first_paint(
    qtbot: QtBot, filled_db: Workspace, runner, settings  # type: ignore[no-untyped-def]
) -> None:
    main = MainWindow(filled_db, "lazy", runner=runner, settings=settings)
    qtbot.addWidget(main)
    assert main.editor._tabs is None  # not in the way of the first paint
    assert main.editor.account is None and not main.editor.is_dirty()
    main.show()
    with qtbot.waitSignal(main.register.first_rows_painted, timeout=10_000):
        main.start()
    qtbot.waitUntil(lambda: main.editor._tabs is not None, timeout=10_000)
    assert main.editor.stack.currentWidget() is main.editor.empty


def test_the_account_tabs_are_built_a_part_at_a_time(
    qtbot: QtBot, filled_db: Workspace, runner, settings  # type: ignore[no-untyped-def]
) -> None:
    """Whole, the tabs took 60–70 ms of the GUI thread after the first paint:
    between their parts, what waits (a paint, a keystroke) goes first."""
    main = MainWindow(filled_db, "in parts", runner=runner, settings=settings)
    qtbot.addWidget(main)
    turns = [0]  # turns of the event loop, counted by a timer that fires on each
    ticker = QTimer(main)
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turns.__setitem__(0, turns[0] + 1))
    steps: list[tuple[int, bool]] = []
    build_step = main.editor.build_step

    def recording() -> bool:
        done = build_step()
        steps.append((turns[0], done))
        return done

    main.editor.build_step = recording  # type: ignore[method-assign]
    main.show()
    ticker.start()
    with qtbot.waitSignal(main.register.first_rows_painted, timeout=10_000):
        main.start()
    qtbot.waitUntil(lambda: main.editor._tabs is not None, timeout=10_000)
    ticker.stop()
    assert [done for _turn, done in steps] == [False, False, False, False, True]
    turns_seen = [turn for turn, _done in steps]
    assert all(later > earlier for earlier, later in itertools.pairwise(turns_seen))
    tabs = main.editor._tabs.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "My details", "Manage contacts", "Internet", "History", "Licences && users"]
    assert main.editor.stack.currentWidget() is main.editor.empty


def test_the_account_tabs_wait_while_the_register_is_busy(
    qtbot: QtBot, filled_db: Workspace, runner, settings  # type: ignore[no-untyped-def]
) -> None:
    """A part of the tabs (up to ~20 ms) would hold up a jump or a page the
    operator is scrolling to: none is built until the register has neither
    searched nor painted for a moment."""
    main = MainWindow(filled_db, "when quiet", runner=runner, settings=settings)
    qtbot.addWidget(main)
    scrolling = [True]
    built_while_scrolling: list[bool] = []
    build_step = main.editor.build_step

    def recording() -> bool:
        built_while_scrolling.append(scrolling[0])
        return build_step()

    main.editor.build_step = recording  # type: ignore[method-assign]
    main.show()
    with qtbot.waitSignal(main.register.first_rows_painted, timeout=10_000):
        main.start()
    viewport = main.register.table.viewport()
    painter = QTimer(main)
    painter.setInterval(EDITOR_BUILD_PAUSE_MS // 3)
    painter.timeout.connect(viewport.repaint)  # as rows scrolled to are
    painter.start()
    qtbot.wait(EDITOR_BUILD_PAUSE_MS * 5)
    painter.stop()
    scrolling[0] = False
    qtbot.waitUntil(lambda: main.editor.is_built, timeout=10_000)
    assert built_while_scrolling and not any(built_while_scrolling)


def test_source_lines_read_while_importing_are_dropped_once_attached(
    qtbot: QtBot, filled_db: Workspace, runner, settings  # type: ignore[no-untyped-def]
) -> None:
    """PySide6 reads the source of every module imported after it (its feature
    switch) and linecache keeps it. Dropped once the database layer and the
    editor's modules are in, before the register's reads grow the heap above
    them (at a million accounts on PostgreSQL the peak was 2 MB higher when
    they went only after the editor was built)."""
    assert linecache.getline(__file__, 1)
    assert __file__ in linecache.cache
    main = MainWindow(filled_db, "attached", runner=runner, settings=settings)
    qtbot.addWidget(main)
    assert main.is_attached and not main.editor.is_built
    assert __file__ not in linecache.cache


def test_an_account_opened_at_once_builds_the_tabs_it_needs(
    qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails, runner, settings  # type: ignore[no-untyped-def]
) -> None:
    main = MainWindow(filled_db, "lazy", runner=runner, settings=settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.editor.opened, timeout=10_000):
        main.editor.open_account(hagg.id)
    assert main.editor.my_details.account is not None
    assert main.editor.title.full_text().startswith("Hägg Bygg AB")


def test_tab_order_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    open_by_search(qtbot, window, "hagg.se")
    form = window.editor.my_details.contact_form
    first = form.editor("main_contact.first_name")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.editor("main_contact.last_name")


def test_demo_fill_creates_accounts_in_one_go_and_cancel_leaves_none(
    qtbot: QtBot, sqlite_db: Workspace, runner, settings  # type: ignore[no-untyped-def]
) -> None:
    from custadmin.services.accounts import count_accounts
    from custadmin.ui.transfer.demo_fill import fill_demo

    main = MainWindow(sqlite_db, "demo", runner=runner, settings=settings)
    qtbot.addWidget(main)
    results: list[object] = []
    fill_demo(main, sqlite_db, runner, 300, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=20_000)
    assert count_accounts(sqlite_db) == 300
    assert getattr(results[0], "created", None) == 300
    # Cancel: the one transaction is rolled back, nothing of the second fill stays.
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    results.clear()
    fill_demo(main, sqlite_db, runner, 20_000, results.append)
    dialog = main.findChildren(QProgressDialog)[-1]
    dialog.findChild(QPushButton).click()  # the operator's Cancel
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    assert results == [None]
    assert count_accounts(sqlite_db) == 300


def test_a_demotion_while_signed_in_refuses_the_next_save_and_greys_out_the_window(
    qtbot: QtBot, filled_db: Workspace, hagg: AccountDetails,
    open_window: Callable[[Workspace], MainWindow], monkeypatch: pytest.MonkeyPatch,
) -> None:
    create_operator(filled_db, "admin", "Ada Admin", OperatorRole.ADMINISTRATOR, None)
    agent = create_operator(filled_db, "eva", "Eva Ek", OperatorRole.SUPPORT_AGENT, None)
    as_agent = filled_db.acting(Actor(agent.id, agent.display_name, agent.role))
    window = open_window(as_agent)
    qtbot.waitUntil(lambda: window.editor is not None)
    open_by_search(qtbot, window, "Hägg")
    page = window.editor.my_details
    assert "Support agent" in window.operator_label.text()
    shown: list[str] = []
    monkeypatch.setattr(prompts.ErrorMessage, "show", classmethod(
        lambda cls, parent, title, message, detail="": shown.append(message)))

    # An administrator demotes the agent while the account is open.
    set_operator_role(filled_db, agent.token, OperatorRole.READ_ONLY)
    type_into(qtbot, page.account_form.editor("name"), "Hagg Nord AB")
    page.save()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "role" in shown[0].lower()
    assert load_account(filled_db, hagg.id).name == hagg.name  # nothing written
    qtbot.waitUntil(lambda: "Read-only" in window.operator_label.text(), timeout=10_000)
    assert not page.save_button.isEnabled() and page.save_button.toolTip()
    assert page.account_form.editor("name").text() == "Hagg Nord AB"  # typing kept
    assert not window.action("account.new").isEnabled()


def test_who_gets_what_collapses_and_the_window_remembers_it(
    qtbot: QtBot, window: MainWindow, hagg: AccountDetails,
    open_window: Callable[[Workspace], MainWindow],
) -> None:
    open_by_search(qtbot, window, "Hägg")
    box = window.editor.who_gets_what_box
    assert box.isChecked() and window.editor.who_gets_what.isVisible()
    box.setChecked(False)  # its checkbox, reached by Tab and Space
    assert not window.editor.who_gets_what.isVisible()
    assert window.editor.split.sizes()[0] > 0

    again = open_window(window.workspace)  # the same settings: as at the next start
    qtbot.waitUntil(lambda: again.editor is not None)
    open_by_search(qtbot, again, "Hägg")
    assert not again.editor.who_gets_what_box.isChecked()
    assert not again.editor.who_gets_what.isVisible()


def test_a_200_character_name_never_pushes_the_buttons_off_a_small_window(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    long_name = ("Hägg Bygg och Måleri i Norra Storstockholm Aktiebolag " * 4)[:200].strip()
    update_account_details(filled_db, hagg.token,
                           AccountInput(name=long_name, country="SE", org_number="556036-0793"),
                           hagg.main_contact.as_input())
    window.resize(1024, 640)
    window.editor.open_account(hagg.id)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.name == long_name, timeout=10_000)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() <= 1024
    title = window.editor.title
    assert title.text().endswith("…") and title.toolTip().startswith(long_name)
    for page in window.editor.pages():
        window.editor.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        save = page.save_button
        right = save.mapTo(window, save.rect().topRight()).x()
        assert 0 < right <= window.width(), page


def test_the_account_card_shows_what_the_caller_is_checked_against_at_1366_by_768(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    """Item 5: account, numbers, main contact and portal users, above the tabs."""
    add_per_holm(filled_db, hagg.id,
                 PortalAccessChange(enabled=True, new_password="Lång-lösen-123!"))
    window.resize(1366, 768)
    open_by_search(qtbot, window, "hagg.se")
    card = window.editor.card
    assert card.title.full_text() == f"Hägg Bygg AB — customer {hagg.customer_number}"
    assert card.contact.full_text() == (
        "Org. no. 556036-0793 · Main contact Anna Berg · anna.berg@hagg.se · 070-123 45 67")
    assert card.portal.full_text() == "Portal users: Per Holm (can log in)"
    for tab in range(window.editor.tabs.count()):  # in view whatever tab is in front
        window.editor.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        for label in (card.title, card.contact, card.portal):
            top_left = label.mapTo(window, label.rect().topLeft())
            assert label.isVisible() and 0 <= top_left.y() < 768 // 4
            assert label.width() > 500  # room to read, not a sliver


@pytest.mark.parametrize("size", [(1024, 640), (1366, 768)])
def test_my_details_labels_align_across_the_groups(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    """Item 9: every field of My details starts at one line, whatever group it is in."""
    window.resize(*size)
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    QApplication.processEvents()
    fields = [page.customer_number, page.account_form.editor("name"),
              page.account_form.editor("service_type"), page.invoice_contact,
              page.contact_form.editor("main_contact.first_name"),
              page.contact_form.editor("main_contact.country")]
    starts = {f.mapTo(page, f.rect().topLeft()).x() for f in fields}
    assert len(starts) == 1, starts


def test_a_status_message_stays_with_its_account(
    qtbot: QtBot, window: MainWindow, filled_db: Workspace, hagg: AccountDetails
) -> None:
    """Item 10: "Saved." said of one account is not shown on the next one opened."""
    open_by_search(qtbot, window, "hagg.se")
    page = window.editor.my_details
    type_into(qtbot, page.contact_form.editor("main_contact.city"), "Visby")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text() != ""
    other = next(int(i) for i in search_register(filled_db, RegisterQuery()) if i != hagg.id)
    window.editor.open_account(other)
    qtbot.waitUntil(lambda: window.editor.account is not None
                    and window.editor.account.id == other, timeout=10_000)
    assert page.status.text() == ""
