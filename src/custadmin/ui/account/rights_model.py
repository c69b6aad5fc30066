"""The *Internet* tab's matrix: one row per portal user, one checkable column
per portal right, and a last column with single sign-on (R10, R16, R17).

The model holds a draft of the ticks on top of what is stored; every tooltip
and the single sign-on column follow the draft, so the operator sees what a
tick would do before saving it.
"""

from __future__ import annotations

import enum
import textwrap
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from custadmin.domain.accounts import AccountDetails, ContactDetails
from custadmin.domain.portal import (
    RIGHT_KEYS,
    SSO_RIGHTS,
    RightState,
    SsoStatus,
    effective_rights,
    sso_status,
)
from custadmin.domain.versions import VersionToken, rebase
from custadmin.ui.widgets.portal_texts import right_label, right_state_text, sso_text

# Roles as ints, compared once per call: Qt asks ~7 roles per cell and each
# call into Python costs (engineering.md, "Qt and performance traps").
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_CHECK = int(Qt.ItemDataRole.CheckStateRole)
_CHECKED_VALUE = Qt.CheckState.Checked.value

#: Column of the single sign-on status, after one column per right.
SSO_COLUMN = len(RIGHT_KEYS)
_COLUMN_COUNT = SSO_COLUMN + 1
#: Header labels are wrapped at about this many characters.
HEADER_WRAP = 16

_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | (
    Qt.ItemFlag.ItemIsUserCheckable)
# Selectable but not enabled: the box is drawn greyed and cannot be toggled.
_LOCKED = Qt.ItemFlag.ItemIsSelectable
_SSO_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

AnyIndex = QModelIndex | QPersistentModelIndex


def wrap_header(label: str, width: int = HEADER_WRAP) -> str:
    """``label`` on at most two lines, each about ``width`` characters.

    A label too long for two lines of ``width`` gets wider lines rather than
    a third line or an ellipsis: the header is sized for two lines, and a
    cut-off right name would make the operator guess.
    """
    for w in range(width, max(width, len(label)) + 1):
        lines = textwrap.wrap(label, w, break_long_words=False)
        if len(lines) <= 2:
            return "\n".join(lines)
    return label


def _is_checked(value: object) -> bool:
    """A check state as views and tests hand it over: enum, int or None."""
    if isinstance(value, enum.Enum):
        value = value.value
    return isinstance(value, int) and value == _CHECKED_VALUE


class RightsModel(QAbstractTableModel):
    """Portal users × rights, with the operator's unsaved ticks (R16)."""

    #: The draft of ticks changed (by setData or revert).
    draft_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._account: AccountDetails | None = None
        self._users: tuple[ContactDetails, ...] = ()
        self._stored: list[frozenset[str]] = []
        self._draft: list[frozenset[str]] = []
        self._states: list[dict[str, RightState]] = []
        self._sso: list[SsoStatus] = []
        self._offered: frozenset[str] = frozenset(RIGHT_KEYS)
        # Looked up once: headers are asked for on every repaint.
        self._labels = tuple(right_label(key) for key in RIGHT_KEYS)
        self._titles = (*(wrap_header(label) for label in self._labels),
                        wrap_header(self.tr("Single sign-on")))
        self._title_tips = (
            *(f"{label} ({key})" for label, key in zip(self._labels, RIGHT_KEYS, strict=True)),
            self.tr("Single sign-on to the hosting control panel needs {rights}, and a "
                    "web-hosting service on the account (R10).").format(
                rights=self.tr(" and ").join(f"“{right_label(k)}”" for k in SSO_RIGHTS)),
        )
        self._available = self.tr("available")
        self._not_available = self.tr("not available")
        self._main_tip = self.tr("The main contact holds every right; there is nothing to "
                                 "tick.")

    # --- the account ------------------------------------------------------------

    @property
    def account(self) -> AccountDetails | None:
        return self._account

    def set_account(self, details: AccountDetails | None, *, keep_edits: bool = False) -> None:
        """Show ``details``' portal users; ``keep_edits`` re-applies the operator's ticks.

        With ``keep_edits`` only what the operator toggled is carried over,
        onto what is stored now (:func:`custadmin.domain.versions.rebase`): a
        right someone else changed meanwhile keeps their change unless the
        operator toggled that very right. A right ticked in the draft that is
        now off system-wide is dropped, since ticking it would do nothing and
        the service refuses it.
        """
        base, mine = self.stored_ticks(), self.draft_ticks()
        self.beginResetModel()
        self._account = details
        self._users = details.portal_users() if details is not None else ()
        self._offered = details.portal_settings.offered if details is not None else frozenset(
            RIGHT_KEYS)
        self._stored = [self._shown_ticks(user, user.rights) for user in self._users]
        self._draft = list(self._stored)
        self._states = []
        self._sso = []
        for row in range(len(self._users)):
            self._recompute(row)
        self.endResetModel()
        if keep_edits and mine != base:
            self.set_ticks(rebase(base, mine, self.stored_ticks()))

    def stored_ticks(self) -> dict[str, str]:
        """The ticks as stored, flat: ``"<contact id>/<right>"`` → "1" or ""."""
        return self._flat(self._stored)

    def draft_ticks(self) -> dict[str, str]:
        """The ticks as the operator left them, keyed as :meth:`stored_ticks`."""
        return self._flat(self._draft)

    def _flat(self, ticks: list[frozenset[str]]) -> dict[str, str]:
        return {f"{user.id}/{key}": "1" if key in ticked else ""
                for user, ticked in zip(self._users, ticks, strict=True) for key in RIGHT_KEYS}

    def set_ticks(self, values: Mapping[str, str]) -> None:
        """Tick as ``values`` (keys of :meth:`draft_ticks`) say, where the operator may."""
        changed = False
        for row, user in enumerate(self._users):
            wanted = set(self._draft[row])
            for column, key in enumerate(RIGHT_KEYS):
                flat = values.get(f"{user.id}/{key}")
                if flat is None or user.is_main or not user.portal_access:
                    continue
                if flat and self.is_editable(row, column):
                    wanted.add(key)
                elif not flat:
                    # Unticking stays possible for a right now off system-wide.
                    wanted.discard(key)
            if frozenset(wanted) != self._draft[row]:
                self._draft[row] = frozenset(wanted)
                self._recompute(row)
                self._row_changed(row, 0, SSO_COLUMN - 1)
                changed = True
        if changed:
            self.draft_changed.emit()

    def user_of_key(self, key: str) -> tuple[ContactDetails, str] | None:
        """The portal user and right a key of :meth:`draft_ticks` names."""
        contact, _slash, right = key.partition("/")
        row = self.row_of(int(contact)) if contact.isdigit() else None
        user = self.user(row) if row is not None else None
        return (user, right) if user is not None else None

    @staticmethod
    def _shown_ticks(user: ContactDetails, ticked: frozenset[str]) -> frozenset[str]:
        # The main contact holds every right, whatever is stored for it.
        return frozenset(RIGHT_KEYS) if user.is_main else ticked

    def _recompute(self, row: int) -> None:
        user = self._users[row]
        states = effective_rights(is_main=user.is_main, portal_access=user.portal_access,
                                  ticked=self._draft[row], offered=self._offered)
        status = sso_status(states, self._account.service_type if self._account else None,
                            portal_access=user.portal_access)
        if row < len(self._states):
            self._states[row] = states
            self._sso[row] = status
        else:
            self._states.append(states)
            self._sso.append(status)

    # --- the draft ------------------------------------------------------------------

    def contact_id(self, row: int) -> int | None:
        return self._users[row].id if 0 <= row < len(self._users) else None

    def user(self, row: int) -> ContactDetails | None:
        return self._users[row] if 0 <= row < len(self._users) else None

    def row_of(self, contact_id: int) -> int | None:
        return next((row for row, user in enumerate(self._users) if user.id == contact_id),
                    None)

    def ticked(self, row: int) -> frozenset[str]:
        """The rights ticked for ``row`` in the draft."""
        return self._draft[row]

    def effective(self, row: int) -> dict[str, RightState]:
        """Each right with whether it is in force for ``row`` and why, following the draft."""
        return dict(self._states[row])

    def sso(self, row: int) -> SsoStatus:
        return self._sso[row]

    def changes(self) -> dict[VersionToken, frozenset[str]]:
        """The ticked rights of every user the operator changed, keyed by the user as loaded."""
        return {
            user.token: draft
            for user, stored, draft in zip(self._users, self._stored, self._draft, strict=True)
            if draft != stored and not user.is_main
        }

    def is_dirty(self) -> bool:
        return any(draft != stored for stored, draft in zip(self._stored, self._draft,
                                                            strict=True))

    def revert(self) -> None:
        """Forget every unsaved tick."""
        if not self.is_dirty():
            return
        for row, stored in enumerate(self._stored):
            if self._draft[row] != stored:
                self._draft[row] = stored
                self._recompute(row)
                self._row_changed(row, 0, SSO_COLUMN - 1)
        self.draft_changed.emit()

    def is_editable(self, row: int, column: int) -> bool:
        """Whether the operator may tick this cell (R16: not the main contact's, not
        a right that is off system-wide)."""
        if not (0 <= row < len(self._users) and 0 <= column < SSO_COLUMN):
            return False
        user = self._users[row]
        return not user.is_main and user.portal_access and RIGHT_KEYS[column] in self._offered

    def _row_changed(self, row: int, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(row, first), self.index(row, last),
                              [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.ToolTipRole])
        # Single sign-on depends on three rights of the same row (R10).
        self.dataChanged.emit(self.index(row, SSO_COLUMN), self.index(row, SSO_COLUMN),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    # --- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._users)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in (_CHECK, _TOOLTIP, _DISPLAY) or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= len(self._users):
            return None
        if column == SSO_COLUMN:
            if role == _DISPLAY:
                return self._available if self._sso[row].available else self._not_available
            if role == _TOOLTIP:
                return sso_text(self._sso[row])
            return None
        if role == _CHECK:
            return (Qt.CheckState.Checked if RIGHT_KEYS[column] in self._draft[row]
                    else Qt.CheckState.Unchecked)
        if role == _TOOLTIP:
            return self._cell_tip(row, column)
        return None

    def _cell_tip(self, row: int, column: int) -> str:
        key = RIGHT_KEYS[column]
        user = self._users[row]
        lines = [f"{self._labels[column]} — {user.full_name}",
                 right_state_text(self._states[row][key])]
        if user.is_main:
            lines.append(self._main_tip)
        return "\n".join(lines)

    def setData(self, index: AnyIndex, value: Any, role: int = _CHECK) -> bool:
        if role != _CHECK or not index.isValid():
            return False
        row, column = index.row(), index.column()
        if not self.is_editable(row, column):
            return False
        key = RIGHT_KEYS[column]
        ticked = self._draft[row]
        wanted = ticked | {key} if _is_checked(value) else ticked - {key}
        if wanted == ticked:
            return True
        self._draft[row] = wanted
        self._recompute(row)
        self._row_changed(row, column, column)
        self.draft_changed.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == SSO_COLUMN:
            return _SSO_FLAGS
        return _EDITABLE if self.is_editable(index.row(), index.column()) else _LOCKED

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < _COLUMN_COUNT:
                return self._titles[section] if role == _DISPLAY else self._title_tips[section]
            return None
        if 0 <= section < len(self._users):
            user = self._users[section]
            # Name and email in the row header stay visible while the
            # columns scroll sideways.
            if role == _DISPLAY:
                return f"{user.full_name} <{user.email}>"
            return self.tr("{name}, main contact").format(name=user.full_name) if (
                user.is_main) else user.full_name
        return None


class UserRightsModel(QAbstractTableModel):
    """One portal user's rights as a vertical checklist: a view of one row of
    a :class:`RightsModel`, each right with its effective state beside it.

    Ticking here ticks the same draft as the matrix (and the other way round),
    so the two never disagree.
    """

    RIGHT, STATE = 0, 1

    def __init__(self, source: RightsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._row: int | None = None
        self._labels = tuple(right_label(k) for k in RIGHT_KEYS)
        self._titles = (self.tr("Right"), self.tr("In force?"))
        source.modelReset.connect(self._reset)
        source.dataChanged.connect(self._source_changed)

    def set_user_row(self, row: int | None) -> None:
        """Show the user in ``row`` of the matrix (None: nobody)."""
        self.beginResetModel()
        self._row = row if row is not None and 0 <= row < self._source.rowCount() else None
        self.endResetModel()

    @property
    def user_row(self) -> int | None:
        return self._row

    def _reset(self) -> None:
        self.set_user_row(self._row)

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if self._row is not None and top_left.row() <= self._row <= bottom_right.row():
            # A tick can move other rights' states (single sign-on needs three).
            self.dataChanged.emit(self.index(0, 0), self.index(len(RIGHT_KEYS) - 1, 1))

    def short_state(self, state: RightState) -> str:
        return {
            RightState.IN_FORCE: self.tr("In force"),
            RightState.MAIN_CONTACT: self.tr("In force (main contact)"),
            RightState.NOT_TICKED: self.tr("Not ticked"),
            RightState.OFF_SYSTEM_WIDE: self.tr("Off system-wide"),
            RightState.NO_PORTAL_ACCESS: self.tr("No portal access"),
        }[state]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._row is None else len(RIGHT_KEYS)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in (_CHECK, _TOOLTIP, _DISPLAY) or not index.isValid() or self._row is None:
            return None
        right, column = index.row(), index.column()
        if not 0 <= right < len(RIGHT_KEYS):
            return None
        state = self._source.effective(self._row)[RIGHT_KEYS[right]]
        if column == self.RIGHT:
            if role == _DISPLAY:
                return self._labels[right]
            if role == _CHECK:
                return self._source.data(self._source.index(self._row, right), _CHECK)
            return self._source.data(self._source.index(self._row, right), _TOOLTIP)
        if role == _DISPLAY:
            return ("✔ " if state.in_force else "✘ ") + self.short_state(state)
        if role == _TOOLTIP:
            return right_state_text(state)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = _CHECK) -> bool:
        if (role != _CHECK or not index.isValid() or index.column() != self.RIGHT
                or self._row is None):
            return False
        return self._source.setData(self._source.index(self._row, index.row()), value, _CHECK)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._row is None:
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.RIGHT:
            return self._source.flags(self._source.index(self._row, index.row()))
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 2:
            return self._titles[section]
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.rowCount():
            return str(section + 1)
        return None

    def summary(self) -> str:
        """Each reason once, with how many rights it holds for ("Not ticked for
        this user: 13 rights")."""
        if self._row is None:
            return ""
        counts: dict[RightState, int] = {}
        for state in self._source.effective(self._row).values():
            counts[state] = counts.get(state, 0) + 1
        texts = {
            RightState.IN_FORCE: lambda n: self.tr(
                "In force, ticked here and offered system-wide: %Ln rights.", "", n),
            RightState.MAIN_CONTACT: lambda n: self.tr(
                "In force, as the main contact holds every right: %Ln rights.", "", n),
            RightState.NOT_TICKED: lambda n: self.tr(
                "Not ticked for this user: %Ln rights.", "", n),
            RightState.OFF_SYSTEM_WIDE: lambda n: self.tr(
                "Switched off in the system-wide portal settings, whatever is ticked: "
                "%Ln rights.", "", n),
            RightState.NO_PORTAL_ACCESS: lambda n: self.tr(
                "Not in force, as this contact has no portal access: %Ln rights.", "", n),
        }
        return "\n".join(texts[state](counts[state]) for state in RightState if state in counts)
