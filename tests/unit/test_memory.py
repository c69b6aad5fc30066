"""The process gives large freed blocks back to the system (custadmin.memory)."""

from __future__ import annotations

import linecache
import subprocess
import sys
import textwrap

import pytest

from custadmin.memory import drop_source_lines

#: In a fresh interpreter: free an 8 MB block, then make and free a 4 MB one,
#: and say by how many KiB the resident memory stayed above where it was.
_KEPT_AFTER_FREEING = textwrap.dedent("""
    import os, sys
    from custadmin.memory import return_large_blocks

    if sys.argv[1] == "set":
        assert return_large_blocks()
    page = os.sysconf("SC_PAGE_SIZE")

    def resident():
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * page

    def touched(size):
        block = bytearray(size)
        block[::page] = b"x" * len(block[::page])
        return block

    del_me = touched(8 << 20)
    del del_me  # glibc, by default, now serves blocks up to 8 MB from its heap
    before = resident()
    block = touched(4 << 20)
    del block
    print((resident() - before) // 1024)
""")


def _kept_kib(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", _KEPT_AFTER_FREEING, mode],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc only")
def test_a_large_block_freed_goes_back_to_the_system_at_once() -> None:
    # The default first, to show the test can fail: the 4 MB stay resident.
    assert _kept_kib("default") >= 3 * 1024
    assert _kept_kib("set") < 1024


def test_source_lines_read_for_a_traceback_are_dropped_and_read_again() -> None:
    here = __file__
    assert linecache.getline(here, 1).startswith('"""')
    assert here in linecache.cache
    drop_source_lines()
    assert here not in linecache.cache
    assert linecache.getline(here, 1).startswith('"""')
