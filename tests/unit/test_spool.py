"""The spool an import keeps its rows and checked accounts in."""

from __future__ import annotations

import gc

import pytest

from custadmin.services.spool import Spool


def filled(chunks: list[list[str]], memory_bytes: int = 1 << 20) -> Spool[str]:
    spool: Spool[str] = Spool(memory_bytes)
    for chunk in chunks:
        spool.append_chunk(chunk)
    return spool


def test_items_come_back_in_order_by_position_and_by_chunk() -> None:
    chunks = [[f"{c}-{i}" for i in range(size)] for c, size in enumerate([3, 1, 0, 4])]
    spool = filled(chunks)
    every = [item for chunk in chunks for item in chunk]
    assert list(spool) == every and len(spool) == 8
    assert spool.chunk_count == 3  # the empty chunk is not kept
    assert [spool[i] for i in range(-8, 8)] == every + every
    assert spool[2:6] == every[2:6] and spool[::-3] == every[::-3]
    assert list(spool.pick([7, 0, 3])) == [(0, "0-0"), (3, "1-0"), (7, "3-3")]
    assert [spool.chunk_start(i) for i in range(3)] == [0, 3, 4]
    with pytest.raises(IndexError):
        spool[8]
    with pytest.raises(IndexError):
        next(spool.pick([-1]))


def test_a_large_spool_goes_to_a_temporary_file_and_a_chunk_is_copied_unread() -> None:
    spool = filled([["x" * 100] * 50 for _ in range(10)], memory_bytes=2000)
    assert spool._file._rolled  # past 2,000 bytes: on disk, not in memory
    copy: Spool[str] = Spool()
    copy.append_raw(spool.raw(3), 50)
    assert list(copy) == ["x" * 100] * 50
    spool.close()
    assert spool._file.closed


def test_a_spool_nobody_holds_closes_its_file() -> None:
    spool = filled([["a"]], memory_bytes=1)
    handle = spool._file
    del spool
    gc.collect()
    assert handle.closed
