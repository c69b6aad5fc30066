"""How this process gives memory back to the system once it is done with it."""

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
    modules, measured with ``tracemalloc``. A traceback reads the lines it
    shows again when it needs them.
    """
    linecache.clearcache()
