"""How this process keeps its memory small and gives it back to the system once
it is done with it."""

from __future__ import annotations

import ctypes
import linecache
import logging
import sys

log = logging.getLogger(__name__)

#: glibc's ``mallopt`` parameter for the mmap threshold (``malloc.h``).
M_MMAP_THRESHOLD = -3
#: Blocks this large or larger get a mapping of their own, returned when freed.
LARGE_BLOCK = 1 << 20
#: glibc's ``mallopt`` parameter for the most heaps (arenas) threads allocate from.
M_ARENA_MAX = -8


def _set_malloc_option(parameter: int, value: int, name: str) -> bool:
    """glibc's ``mallopt(parameter, value)``; whether it took (False off glibc,
    where the setting does not apply)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None)
        libc.gnu_get_libc_version  # noqa: B018 - only glibc has it
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(parameter, value))
    if not done:
        log.debug("mallopt(%s) refused", name)
    return done


def return_large_blocks() -> bool:
    """Have glibc's ``malloc`` give every block of :data:`LARGE_BLOCK` or more
    a mapping of its own, so that freeing it returns it to the system at once.

    By default glibc raises that threshold to the size of each such block
    freed (up to 32 MB), and later blocks of that size come from its heaps,
    which keep them after they are freed, one heap per thread. The register
    holds every ID of a search (4 MB for a million accounts), replaced on
    every search and sort from a worker thread: its benchmark's process
    peaked 9 MB higher without this (156 against 147 MB). Setting the
    threshold turns the dynamic raising off (``mallopt(3)``).

    Returns whether the setting took (False off glibc, where this does nothing).
    """
    return _set_malloc_option(M_MMAP_THRESHOLD, LARGE_BLOCK, "M_MMAP_THRESHOLD")


def share_one_heap() -> bool:
    """Have every thread allocate from glibc's one main heap (arena).

    By default each new thread gets a heap of its own, up to eight per core,
    and what one thread frees is reused only by that thread: the app's
    worker threads (searches, the e-invoice column, the sign-in) each kept
    what their last read left behind. With one heap, what a worker frees
    serves the next. Python's GIL already lets one thread run Python at a
    time, so the heap's lock is seldom waited for; each thread still has its
    own small-block cache. The register benchmark's peak at a million
    accounts on PostgreSQL: 149.1–149.6 MB with this setting (made through
    glibc's ``MALLOC_ARENA_MAX=1``), 150.3–151.1 without (three runs each,
    alternating).

    Call it before the process starts threads: a thread keeps the heap it
    was given. Returns whether the setting took (False off glibc).
    """
    return _set_malloc_option(M_ARENA_MAX, 1, "M_ARENA_MAX")


def drop_source_lines() -> None:
    """Forget the source lines Python keeps for tracebacks (``linecache``).

    PySide6 6.11 reads the whole source of every module imported after it,
    to see whether the module uses PySide6 (its ``__feature__`` switch), and
    ``linecache`` keeps every line read: about 6 MB of text for this app's
    modules, measured with ``tracemalloc``, when that reading is not skipped
    (:func:`skip_pyside_source_reading`). A traceback reads the lines it
    shows again when it needs them.
    """
    linecache.clearcache()


#: Where PySide6 decides, after each import, whether the module uses PySide6.
_FEATURE_MODULE = "shibokensupport.feature"
_FEATURE_CHECK = "_mod_uses_pyside"


def _plain_pyside(_module: object) -> bool:
    """Every module uses PySide6 as it comes: no ``__feature__`` selected."""
    return True


def skip_pyside_source_reading() -> bool:
    """Import PySide6's core and stop it reading the source of every module imported later.

    PySide6 (6.11 here) replaces ``__import__`` for its opt-in ``__feature__``
    switches (``snake_case``, ``true_property``): after each import it reads
    the module's whole source (``inspect.getsource``) to see whether it names
    PySide6, and ``linecache`` keeps every line. SQLAlchemy alone is 6 MB of
    source. The app on an SQLite file of a million accounts, 10 s after
    start-up: 156 MB at its peak with the reading, 128–131 MB without it;
    its start-up to first paint about 20 ms shorter (medians of five runs:
    279–284 ms, then 256–268 ms). Freeing the lines later
    (:func:`drop_source_lines`) gave little back: they lie among the
    imported modules' own objects.

    custadmin selects no feature anywhere, so every module is answered as
    PySide6 would answer one that uses it without a feature. A module that
    does ``from __feature__ import …`` is still recorded by that import
    itself. Returns whether the check was replaced (False when this PySide6
    has no such check, and nothing is changed).
    """
    import PySide6.QtCore  # noqa: F401  (installs the import hook and its check)

    feature = sys.modules.get(_FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, _FEATURE_CHECK, None)):
        log.debug("PySide6 has no %s.%s: its source reading left as it is",
                  _FEATURE_MODULE, _FEATURE_CHECK)
        return False
    setattr(feature, _FEATURE_CHECK, _plain_pyside)
    return True
