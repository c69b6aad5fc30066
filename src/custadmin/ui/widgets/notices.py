"""Process-wide "this changed" signals, one per topic, that windows listen to.

A save in one window (a recipient confirmed, a client activated) makes every
other window showing the same things read them again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    changed = Signal()


_topics: dict[str, Changes] = {}


def changes_of(topic: str) -> Changes:
    """The one notifier of ``topic`` in this process (made on first use, in the GUI
    thread: windows ask for it)."""
    found = _topics.get(topic)
    if found is None:
        found = _topics[topic] = Changes()
    return found
