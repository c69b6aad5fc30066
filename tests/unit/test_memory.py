"""The process gives large freed blocks back to the system (custadmin.memory)."""

from __future__ import annotations

import linecache
import subprocess
import sys
import textwrap

import pytest

from custadmin.memory import drop_source_lines

#: How each script below starts, in a fresh interpreter: the setting of
#: custadmin.memory named by ``sys.argv[2]`` is made when ``sys.argv[1]`` is
#: "set" (else glibc's default stands), and two helpers.
_SETTING_AND_HELPERS = textwrap.dedent("""
    import os, sys, threading
    import custadmin.memory

    if sys.argv[1] == "set":
        assert getattr(custadmin.memory, sys.argv[2])()
    page = os.sysconf("SC_PAGE_SIZE")

    def resident():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * page

    def touched(size):
        block = bytearray(size)
        block[::page] = b"x" * len(block[::page])
        return block
""")

#: Free an 8 MB block, then make and free a 4 MB one, and say by how many KiB
#: the resident memory stayed above where it was.
_KEPT_AFTER_FREEING = _SETTING_AND_HELPERS + textwrap.dedent("""
    del_me = touched(8 << 20)
    del del_me  # glibc, by default, now serves blocks up to 8 MB from its heap
    before = resident()
    block = touched(4 << 20)
    del block
    print((resident() - before) // 1024)
""")

#: A worker thread makes 20 MB of 100 kB blocks and frees all but the last
#: (which keeps its heap from shrinking), and stays alive, as the app's pool
#: threads do; a second worker then makes 19 MB of such blocks. Says by how
#: many KiB the resident memory grew meanwhile.
_GROWN_BY_A_SECOND_THREAD = _SETTING_AND_HELPERS + textwrap.dedent("""
    freed, finish, grew = threading.Event(), threading.Event(), []

    def first():
        blocks = [touched(100_000) for _ in range(200)]
        del blocks[:-1]
        freed.set()
        finish.wait()

    def second(before):
        blocks = [touched(100_000) for _ in range(190)]
        grew.append(resident() - before)
        del blocks

    one = threading.Thread(target=first)
    one.start()
    freed.wait()
    two = threading.Thread(target=second, args=(resident(),))
    two.start()
    two.join()
    finish.set()
    one.join()
    print(grew[0] // 1024)
""")


def _kib(script: str, setting: str, mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", script, mode, setting],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_a_large_block_freed_goes_back_to_the_system_at_once() -> None:
    # The default first, to show the test can fail: the 4 MB stay resident.
    assert _kib(_KEPT_AFTER_FREEING, "return_large_blocks", "default") >= 3 * 1024
    assert _kib(_KEPT_AFTER_FREEING, "return_large_blocks", "set") < 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_what_one_thread_frees_serves_the_next() -> None:
    # The default first, to show the test can fail: the second thread gets a
    # heap of its own and the first one's 20 MB stay where they are.
    assert _kib(_GROWN_BY_A_SECOND_THREAD, "share_one_heap", "default") >= 15 * 1024
    assert _kib(_GROWN_BY_A_SECOND_THREAD, "share_one_heap", "set") < 5 * 1024


def test_source_lines_read_for_a_traceback_are_dropped_and_read_again() -> None:
    here = __file__
    assert linecache.getline(here, 1).startswith('"""')
    assert here in linecache.cache
    drop_source_lines()
    assert here not in linecache.cache
    assert linecache.getline(here, 1).startswith('"""')


_READ_AFTER_IMPORT = textwrap.dedent("""
    import linecache, sys
    from custadmin.memory import skip_pyside_source_reading
    import PySide6.QtCore
    skipped = skip_pyside_source_reading() if sys.argv[1] == "skip" else None
    import colorsys
    print(skipped, colorsys.__file__ in linecache.cache)
""")


@pytest.mark.parametrize(("how", "expected"), [("default", "None True"), ("skip", "True False")])
def test_pyside_reads_no_module_source_once_told_not_to(how: str, expected: str) -> None:
    """PySide6 reads every module imported after it (its __feature__ check) and
    linecache keeps the lines: 26 MB of the app's peak, unless skipped."""
    done = subprocess.run([sys.executable, "-c", _READ_AFTER_IMPORT, how],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == expected.split()

