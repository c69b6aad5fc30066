"""The editor-page base: one save / revert / leave / conflict state machine.

Every page that edits stored data (*My details*, *Manage contacts*,
*Internet*, the system-wide portal settings) is an :class:`EditorPage`. The
base owns what they have in common: the dirty state, the status line (an
enum, never compared as text), the busy state while a service call runs,
save, revert, the unsaved-changes guard, and one failure path:

- confirmation needed (a shared login, R9/R13) → :meth:`EditorPage.confirm`,
  then the same save again, confirmed;
- validation → the errors at their fields (:meth:`EditorPage.show_errors`);
- conflict (someone else saved first) → their version is read, what they
  changed is shown next to what the operator typed, and the operator's
  edits stay on top of theirs (a three-way merge of the page's snapshots)
  unless they choose to discard them;
- anything else → the error box, with the form kept as it was.

Someone else's change reaches a page even before it saves: a page shown on
screen asks for its record again every :data:`WATCH_INTERVAL_MS` (and at
once when another page in this process saved the same record), then shows
the new state if it has no unsaved edits, or says who changed it and when if
it has (the save then meets the conflict path). After *Keep my edits*, a
field both changed is saved over the other operator's value only once the
operator confirms it, naming whose value it replaces.

A page supplies only what differs: how it shows stored data
(:meth:`EditorPage.fill`), its editable state as a flat snapshot of strings
(:meth:`EditorPage.snapshot` / :meth:`EditorPage.restore`), and the service
calls it submits and reloads with (:meth:`EditorPage.submit`,
:meth:`EditorPage.reload`).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from custadmin.domain.errors import (
    ConfirmationNeeded,
    ConflictError,
    DatabaseBusy,
    ValidationError,
)
from custadmin.domain.operators import Permission
from custadmin.domain.versions import ChangeSubject, LastChange, differences, rebase
from custadmin.services.audit_trail import last_change
from custadmin.services.workspace import Workspace
from custadmin.ui.tasks import TaskRunner
from custadmin.ui.widgets.messages import operator_message
from custadmin.ui.widgets.page import forbidden
from custadmin.ui.widgets.prompts import (
    ConflictChoice,
    ConflictPrompt,
    ErrorMessage,
    Leave,
    OverwritePrompt,
    SharedLoginPrompt,
    UnsavedChangesPrompt,
)
from custadmin.ui.widgets.when import local_time

#: Qt's translate under the name pyside6-lupdate looks for.
translate = QCoreApplication.translate

Stored = TypeVar("Stored")


#: A service call to run on a worker.
Work = Callable[[], Any]

#: How often a page on screen asks whether its record changed elsewhere.
WATCH_INTERVAL_MS = 15_000


class _SavedRecords(QObject):
    """Pages of every window in this process hear here that a record was saved."""

    saved = Signal(object, object)  # ChangeSubject, the page that saved


_saved_records: _SavedRecords | None = None


def saved_records() -> _SavedRecords:
    global _saved_records
    if _saved_records is None:
        _saved_records = _SavedRecords()
    return _saved_records


def last_change_text(change: LastChange | None) -> str:
    """"Eva Ek at 2026-12-02 14:32" in the operator's local time; "" if unknown."""
    if change is None:
        return ""
    return translate("EditorPage", "{operator} at {time}").format(
        operator=change.operator, time=local_time(change.at))


class PageStatus(enum.Enum):
    """What the status line beside the Save button says."""

    EMPTY = enum.auto()  # nothing to say
    LOADING = enum.auto()
    DIRTY = enum.auto()  # unsaved changes
    SAVING = enum.auto()
    SAVED = enum.auto()  # saved; the page words it (saved_text)
    DONE = enum.auto()  # another action finished; its own words
    INVALID = enum.auto()  # fields marked in red
    CONFLICT = enum.auto()  # someone else saved first; reading theirs
    REBASED = enum.auto()  # theirs loaded under the operator's edits
    STALE = enum.auto()  # changed elsewhere under unsaved edits; its own words
    NOT_SAVED = enum.auto()  # failed or declined; the edits are still there


#: What no longer applies once there is nothing unsaved.
_GONE_WHEN_CLEAN = frozenset({PageStatus.DIRTY, PageStatus.LOADING, PageStatus.INVALID,
                              PageStatus.CONFLICT, PageStatus.REBASED, PageStatus.NOT_SAVED,
                              PageStatus.STALE})


class EditorPage(QWidget, Generic[Stored]):
    """A page editing one stored thing (``Stored``: a frozen snapshot from a service).

    Subclasses set :attr:`permission` and implement :meth:`fill`,
    :meth:`snapshot`, :meth:`restore`, :meth:`submit` and :meth:`reload`;
    they call :meth:`edited` whenever the operator changes something.
    """

    #: The operator's edits (un)became unsaved.
    dirty_changed = Signal(bool)
    #: Anything the operator changed (for live views that follow the draft).
    draft_changed = Signal()
    #: Saved, or another action of the page stored something: the new ``Stored``.
    saved = Signal(object)
    #: Someone else's change was read and is now shown (no unsaved edits were there).
    refreshed = Signal(object)

    #: What saving here needs; the Save button says why when the operator lacks it.
    permission: ClassVar[Permission]
    #: The kind of :class:`ChangeSubject` the page edits ("account", …): the
    #: page then watches for changes saved elsewhere. None: it does not.
    subject_kind: ClassVar[str | None] = None
    #: The row of :meth:`button_row`, once the page has laid it out.
    buttons: QHBoxLayout

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._runner = runner
        self._forbidden = forbidden(ws, self.permission)
        self._stored: Stored | None = None
        self._base_snapshot: dict[str, str] = {}
        self._dirty = False
        self._busy = False
        self._status = PageStatus.EMPTY
        self._status_detail = ""
        #: After *Keep my edits*: fields both changed → the value the other saved.
        self._overriding: dict[str, str] = {}
        self._other_change: LastChange | None = None
        self._watching = False  # a check is on a worker
        self._check_again = False  # asked for meanwhile: its answer may predate a save
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_for_changes)
        saved_records().saved.connect(self._saved_elsewhere)
        self.saved.connect(self._announce_saved)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.revert_button = QPushButton(translate("EditorPage", "&Revert"), self)
        self.revert_button.setToolTip(translate("EditorPage", "Undo every unsaved change (Esc)"))
        self.save_button = QPushButton(translate("EditorPage", "&Save"), self)
        self.save_button.setToolTip(translate("EditorPage", "Save the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)

    # --- what a page supplies -------------------------------------------------------

    def what(self) -> str:
        """What is edited here, as the unsaved-changes and conflict prompts name it."""
        return translate("EditorPage", "This page")

    def change_subject(self, stored: Stored) -> ChangeSubject | None:
        """What ``stored`` is in the audit trail (whose change to name); None: no watching."""
        token = getattr(stored, "token", None)
        if self.subject_kind is None or token is None:
            return None
        return ChangeSubject(self.subject_kind, token.id)

    def fill(self, stored: Stored) -> None:
        """Show ``stored`` in the widgets, replacing whatever was typed."""
        raise NotImplementedError

    def snapshot(self) -> dict[str, str]:
        """The editable state as it is now, flat: field key → text."""
        raise NotImplementedError

    def restore(self, values: Mapping[str, str]) -> None:
        """Put ``values`` (keys of :meth:`snapshot`) back into the widgets."""
        raise NotImplementedError

    def submit(self, stored: Stored, confirmed_login_id: int | None) -> Work | None:
        """The service call that saves the edits made on ``stored``; None to save nothing.

        Checks that need no database run here first; a page that finds
        problems shows them (see :meth:`show_errors`) and returns None.
        """
        raise NotImplementedError

    def reload(self, stored: Stored) -> Work:
        """The service call that reads ``stored`` as it is stored now."""
        raise NotImplementedError

    def check(self) -> bool:
        """Checks before saving that need no database; False after showing the problems."""
        return True

    def adopt(self, result: Stored) -> None:
        """The page's own save stored ``result``; called just before it is shown."""

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show a service's validation errors at their fields and focus the first."""

    def set_read_only(self, read_only: bool) -> None:
        """Nothing may be typed while a save is under way: what is saved is fixed."""

    def field_label(self, key: str) -> str:
        """A snapshot key as the operator knows the field."""
        return key

    def value_text(self, key: str, value: str) -> str:
        """A snapshot value as the conflict prompt shows it."""
        return value

    def saved_text(self, stored: Stored) -> str:
        """What the status line says after a save."""
        return translate("EditorPage", "Saved.")

    def confirm(self, asked: ConfirmationNeeded) -> bool:
        """Whether the operator goes ahead with a change to a shared login (R9, R13)."""
        return SharedLoginPrompt.ask(self, asked)

    def confirmation_declined(self, asked: ConfirmationNeeded) -> None:
        """The operator did not confirm; the edits stay (a page may say more at a field)."""

    def guarded_buttons(self) -> Sequence[QAbstractButton]:
        """Buttons besides Save that the page's :attr:`permission` guards."""
        return ()

    def state_changed(self) -> None:
        """Dirty or busy changed: a page enables its other buttons here."""

    # --- state --------------------------------------------------------------------

    @property
    def stored(self) -> Stored | None:
        """What the page shows, as stored when it was read (None before the first)."""
        return self._stored

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def page_status(self) -> PageStatus:
        return self._status

    def is_dirty(self) -> bool:
        return self._dirty

    def use_workspace(self, ws: Workspace) -> None:
        """Act through ``ws`` from now on (the same operator, perhaps for a caller)."""
        self._ws = ws
        self.permissions_changed()

    def permissions_changed(self) -> None:
        """Say anew what the operator may save here (their role may have changed)."""
        self._forbidden = forbidden(self._ws, self.permission)
        self.edited()

    def button_row(self, *leading: QWidget) -> QHBoxLayout:
        """``leading`` widgets, the status line, Revert and Save, in one row
        (:attr:`buttons`: a host may add its own at the end)."""
        row = QHBoxLayout()
        for widget in leading:
            row.addWidget(widget)
        row.addWidget(self.status, 1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        self.buttons = row
        return row

    def show_stored(self, stored: Stored, *, keep_edits: bool = False) -> None:
        """Show ``stored``; with ``keep_edits`` the operator's unsaved edits stay on top.

        What the operator changed keeps their value; every other field shows
        what is stored now (someone else's change included).
        """
        mine = self.snapshot() if keep_edits and self._dirty else None
        base = self._base_snapshot
        if (self._stored is not None and self._status in (PageStatus.SAVED, PageStatus.DONE)
                and getattr(self._stored, "id", None) != getattr(stored, "id", None)):
            # "Saved." belongs to the account it was said of, not the next one.
            self._set_status(PageStatus.EMPTY)
        self._stored = stored
        self._overriding = {}
        self.fill(stored)
        self._base_snapshot = self.snapshot()
        if mine is not None:
            self.restore(rebase(base, mine, self._base_snapshot))
        self.setEnabled(True)
        self.edited()
        if not self._watch.isActive() and self.change_subject(stored) is not None:
            self._watch.start()

    def refill(self) -> None:
        """Show the stored state again in the widgets (e.g. another item was selected)."""
        if self._stored is not None:
            self.show_stored(self._stored)

    def edited(self) -> None:
        """The operator changed something (or the page showed something new)."""
        dirty = self._stored is not None and self.snapshot() != self._base_snapshot
        if not self._busy:
            if dirty:
                if self._status not in (PageStatus.STALE, PageStatus.REBASED):
                    self._status = PageStatus.DIRTY
            elif self._status in _GONE_WHEN_CLEAN:
                self._status = PageStatus.EMPTY
        self._show_status()
        for button in (self.save_button, self.revert_button):
            button.setEnabled(dirty and not self._busy)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.state_changed()
        if self._forbidden is not None:
            guarded: list[QAbstractButton] = [self.save_button, *self.guarded_buttons()]
            for each in guarded:
                each.setEnabled(False)
                each.setToolTip(self._forbidden)
        else:
            self.save_button.setToolTip(translate("EditorPage", "Save the changes (Ctrl+S)"))
        self.draft_changed.emit()

    def _set_status(self, status: PageStatus, detail: str = "") -> None:
        self._status, self._status_detail = status, detail
        self._show_status()

    def set_status(self, status: PageStatus, detail: str = "") -> None:
        """Say ``status`` in the status line (``detail``: the words for SAVED and DONE)."""
        self._set_status(status, detail)

    def _show_status(self) -> None:
        texts = {
            PageStatus.EMPTY: "",
            PageStatus.LOADING: translate("EditorPage", "Loading…"),
            PageStatus.DIRTY: translate("EditorPage", "Unsaved changes"),
            PageStatus.SAVING: translate("EditorPage", "Saving…"),
            PageStatus.INVALID: translate(
                "EditorPage", "Not saved: correct the fields marked in red."),
            PageStatus.CONFLICT: translate("EditorPage", "Not saved: changed by someone else."),
            PageStatus.REBASED: translate("EditorPage",
                "Their changes are loaded underneath yours; Save to apply yours."),
            PageStatus.NOT_SAVED: translate(
                "EditorPage", "Not saved; your edits are still in the form."),
        }
        self.status.setText(texts.get(self._status, self._status_detail))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.set_read_only(busy)
        self.edited()

    # --- actions ----------------------------------------------------------------------

    def revert(self) -> None:
        """Forget every unsaved edit."""
        if self._stored is not None and not self._busy:
            self.show_stored(self._stored)
            self.check_for_changes()  # what changed elsewhere meanwhile shows now

    def request_leave(self, proceed: Callable[[], None]) -> None:
        """Call ``proceed`` once unsaved edits are saved or knowingly discarded.

        Nothing happens if the operator cancels, or if the save fails (the
        edits then stay with the reason shown).
        """
        if not self._dirty:
            proceed()
            return
        choice = UnsavedChangesPrompt.ask(self, self.what())
        if choice is Leave.SAVE:
            self.save(on_saved=proceed)
        elif choice is Leave.DISCARD:
            self.revert()
            proceed()

    def save(self, on_saved: Callable[[], None] | None = None,
             confirmed_login_id: int | None = None) -> None:
        """Save on a worker; ``on_saved`` once stored. The edits stay if it fails."""
        stored = self._stored
        if stored is None or self._busy:
            return
        if not self._dirty:
            if on_saved is not None:
                on_saved()
            return
        if not self.check():
            self._set_status(PageStatus.INVALID)
            return
        if not self._may_overwrite():
            self._set_status(PageStatus.NOT_SAVED)
            return
        work = self.submit(stored, confirmed_login_id)
        if work is None:
            self._set_status(PageStatus.INVALID)
            return

        def done(result: Stored) -> None:
            self.adopt(result)
            self.show_stored(result)
            self._set_status(PageStatus.SAVED, self.saved_text(result))
            self.saved.emit(result)
            if on_saved is not None:
                on_saved()

        self.perform(work, done, retry=lambda confirmed: self.save(on_saved, confirmed),
                     saving=True)

    def perform(
        self,
        work: Work,
        done: Callable[[Any], None],
        *,
        retry: Callable[[int], None] | None = None,
        saving: bool = False,
        failure_title: str | None = None,
    ) -> None:
        """Run ``work`` (a service call) with the page busy, then ``done(result)`` here.

        Failures take the one failure path; ``retry(confirmed_login_id)``
        repeats the action once the operator confirmed a shared login.
        """
        self._set_busy(True)
        if saving:
            self._set_status(PageStatus.SAVING)

        def finished(result: Any) -> None:
            if self.alive():
                self._set_busy(False)
                done(result)

        def failed(exc: BaseException) -> None:
            if self.alive():
                self._set_busy(False)
                self._failed(exc, retry, failure_title or translate("EditorPage", "Not saved"))

        self._runner.run(work, finished, failed)

    def alive(self) -> bool:
        """Whether the page still exists (a result may arrive after its dialog closed)."""
        return shiboken6.isValid(self)

    # --- the one failure path -----------------------------------------------------------

    def _failed(self, exc: BaseException, retry: Callable[[int], None] | None,
                title: str) -> None:
        if isinstance(exc, ConfirmationNeeded) and retry is not None:
            if self.confirm(exc):
                retry(exc.login_id)
            else:
                self._set_status(PageStatus.NOT_SAVED)
                self.confirmation_declined(exc)
        elif isinstance(exc, ValidationError):
            self._set_status(PageStatus.INVALID)
            self.show_errors(exc.errors)
        elif (isinstance(exc, ConflictError) and not isinstance(exc, DatabaseBusy)
              and self._stored is not None):
            self._set_status(PageStatus.CONFLICT)
            self._resolve_conflict(exc)
        else:
            self._set_status(PageStatus.NOT_SAVED)
            ErrorMessage.show(self, title, operator_message(exc, f"saving {self.what()}"),
                              str(getattr(exc, "detail", "") or ""))

    def _resolve_conflict(self, exc: ConflictError) -> None:
        """Someone else saved first: read theirs, say what they changed, keep mine on top."""
        stored = self._stored
        assert stored is not None

        def arrived(found: tuple[Stored, LastChange | None]) -> None:
            current, who = found
            if not self.alive() or self._stored is not stored:
                return  # the page moved on meanwhile
            base, mine = self._base_snapshot, self.snapshot()
            self.fill(current)
            theirs = self.snapshot()
            self.restore(mine)  # what the operator typed stays in view while asked
            changed = {key: (self.value_text(key, str(before or "")),
                             self.value_text(key, str(now or "")))
                       for key, (before, now) in differences(base, theirs).items()}
            shown_mine = {key: self.value_text(key, value) for key, value in mine.items()}
            choice = ConflictPrompt.ask(self, changed, self.field_label, shown_mine,
                                        last_change_text(who))
            self.show_stored(current)
            if choice is ConflictChoice.KEEP_MINE:
                # The stored version becomes the base and the operator's edits
                # stay on top. Where both changed the same field, the next Save
                # asks before it replaces their value (see _may_overwrite).
                self.restore(rebase(base, mine, self._base_snapshot))
                self._overriding = {
                    key: theirs[key] for key in theirs
                    if key in mine and mine[key] != base.get(key)
                    and theirs[key] != base.get(key) and mine[key] != theirs[key]}
                self._other_change = who
                self.edited()
                self._set_status(PageStatus.REBASED)

        def unreadable(error: BaseException) -> None:
            if not self.alive():
                return
            self._set_status(PageStatus.NOT_SAVED)
            ErrorMessage.show(self, translate("EditorPage", "Not saved"),
                              operator_message(error, f"reloading {self.what()}"))

        current = exc.current
        # A conflict the database itself detected carries no record: read it.
        read = (lambda: current) if current is not None and type(current) is type(
            stored) else self.reload(stored)
        self._runner.run(self._with_last_change(read, stored), arrived, unreadable)

    def _with_last_change(self, read: Work, stored: Stored) -> Work:
        """``read`` and who saved the record last, in one call on a worker."""
        ws, subject = self._ws, self.change_subject(stored)

        def work() -> tuple[Any, LastChange | None]:
            return read(), (last_change(ws, subject) if subject is not None else None)
        return work

    def _may_overwrite(self) -> bool:
        """After *Keep my edits*: may the save replace what the other operator saved?"""
        if not self._overriding:
            return True
        now = self.snapshot()
        replaced = {key: (self.value_text(key, theirs), self.value_text(key, now.get(key, "")))
                    for key, theirs in self._overriding.items()
                    if now.get(key, "") != theirs}
        if not replaced:
            return True
        if not OverwritePrompt.ask(self, replaced, self.field_label,
                                   last_change_text(self._other_change)):
            return False
        self._overriding = {}
        return True

    # --- someone else's change, before a save ---------------------------------------

    def _announce_saved(self, result: object) -> None:
        subject = self.change_subject(result)  # type: ignore[arg-type]
        if subject is not None:
            saved_records().saved.emit(subject, self)

    def _saved_elsewhere(self, subject: ChangeSubject, page: object) -> None:
        if page is self or not self.alive() or self._stored is None:
            return
        if self.change_subject(self._stored) == subject:
            self.check_for_changes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_for_changes()

    def check_for_changes(self) -> None:
        """Read the record again if it is on screen; show what changed elsewhere."""
        stored = self._stored
        if (stored is None or self._busy or not self.isVisible()
                or self.change_subject(stored) is None):
            return
        if self._watching:
            self._check_again = True
            return
        self._watching = True

        def settled() -> bool:
            """The check is over; False if a newer one was asked for (it runs now)."""
            self._watching = False
            if self._check_again:
                self._check_again = False
                self.check_for_changes()
                return False
            return True

        def arrived(found: tuple[Stored, LastChange | None]) -> None:
            if not self.alive() or not settled():
                return
            current, who = found
            if self._stored is not stored or self._busy or current == stored:
                return
            when = last_change_text(who)
            if not self._dirty:
                self.show_stored(current)
                self.refreshed.emit(current)
                self._set_status(PageStatus.DONE, translate(
                    "EditorPage", "Updated: {who} saved a change.").format(
                    who=when) if when else translate(
                        "EditorPage", "Updated: someone else saved a change."))
            else:
                self._set_status(PageStatus.STALE, translate("EditorPage",
                    "{who} saved a change meanwhile: Save will show you what changed.").format(
                    who=when) if when else translate("EditorPage",
                    "Someone else saved a change meanwhile: Save will show you what changed."))

        def failed(_error: BaseException) -> None:
            # Watching is a courtesy: a failed look is retried at the next tick
            # (the save itself reports the database's problems).
            if self.alive():
                settled()

        self._runner.run(self._with_last_change(self.reload(stored), stored), arrived, failed)


def checked_text(value: str) -> str:
    """A checkbox's snapshot value ("1" or "") as a conflict shows it."""
    return (translate("EditorPage", "ticked") if value
            else translate("EditorPage", "not ticked"))


class PageDialog(QDialog, Generic[Stored]):
    """An editor page in a modal dialog: *Save* saves and closes, *Close* (Esc) asks
    about unsaved edits first, nothing closes while a save is under way.

    A subclass names itself (:meth:`title`) and builds its page (:meth:`make_page`).
    """

    def __init__(self, ws: Workspace, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What this dialog saved, once it has saved.
        self.saved: Stored | None = None
        self.setWindowTitle(self.title())
        self._page = page = self.make_page(ws, runner)
        self.close_button = QPushButton(translate("PageDialog", "Close"), self)
        self.close_button.setToolTip(translate(
            "PageDialog", "Close; unsaved changes are asked about (Esc)"))
        self.close_button.clicked.connect(self.reject)
        page.buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page, 1)
        page.saved.connect(self._saved)

    def title(self) -> str:
        raise NotImplementedError

    def make_page(self, ws: Workspace, runner: TaskRunner) -> EditorPage[Stored]:
        raise NotImplementedError

    @classmethod
    def edit(cls, parent: QWidget | None, ws: Workspace, runner: TaskRunner
             ) -> Stored | None:
        """Edit in the dialog; what was saved, or None if nothing was."""
        dialog = cls(ws, runner, parent)
        dialog.exec()
        saved = dialog.saved
        dialog.deleteLater()
        return saved

    def closes_after(self, stored: Stored) -> bool:
        """Whether a save that stored ``stored`` closes the dialog (by default, yes)."""
        return True

    def accept(self) -> None:
        """Save the edits (if any), then close."""
        if self._page.is_dirty():
            self._page.save()
        elif not self._page.busy:
            super().accept()

    def _saved(self, stored: Stored) -> None:
        self.saved = stored
        if self.closes_after(stored):
            super().accept()

    def reject(self) -> None:
        """Close, Esc or the window's close button: unsaved edits are asked about."""
        if self._page.busy:
            return  # a save is under way; its answer decides
        self._page.request_leave(super().reject)
