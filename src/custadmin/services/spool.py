"""Many picklable items kept out of the process's memory, read back in order.

An import of a million rows holds every row between reading and grouping,
and every checked account between the check and the write (the operator
looks at the plan in between). As Python objects that was 2.8 GB; pickled
into a temporary file it is a few megabytes of bookkeeping.
"""

from __future__ import annotations

import pickle
import tempfile
import threading
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar, overload

T = TypeVar("T")

#: Kept in memory up to this size, then in a temporary file.
MEMORY_BYTES = 16 << 20


class Spool(Sequence[T], Generic[T]):
    """Items appended a chunk at a time and read back in order (or by position).

    The chunks are pickled into a :class:`tempfile.SpooledTemporaryFile`:
    small spools stay in memory, large ones go to the temporary folder, in a
    file the operating system deletes when the spool is closed or collected
    (on POSIX it has no name at all). Reading is safe from several threads.
    """

    def __init__(self, memory_bytes: int = MEMORY_BYTES) -> None:
        # Owned until close(): not a with-block, since the spool outlives any one call.
        self._file = tempfile.SpooledTemporaryFile(  # noqa: SIM115
            max_size=memory_bytes, prefix="custadmin-")
        # A plan is dropped when its dialog closes, not closed: its file goes with it.
        self._finalizer = weakref.finalize(self, self._file.close)
        #: (offset, size) of each chunk, and the position of its first item.
        self._where: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._length = 0
        self._end = 0
        self._lock = threading.Lock()

    # --- writing ---------------------------------------------------------------

    def append_chunk(self, items: Sequence[T]) -> None:
        if items:
            self.append_raw(pickle.dumps(list(items), pickle.HIGHEST_PROTOCOL), len(items))

    def append_raw(self, data: bytes, count: int) -> None:
        """A chunk as :meth:`raw` returned it (copied without unpickling)."""
        with self._lock:
            self._file.seek(self._end)
            self._file.write(data)
            self._where.append((self._end, len(data)))
            self._starts.append(self._length)
            self._end += len(data)
            self._length += count

    # --- reading ---------------------------------------------------------------

    @property
    def chunk_count(self) -> int:
        return len(self._where)

    def chunk_start(self, index: int) -> int:
        """Position of the first item of chunk ``index``."""
        return self._starts[index]

    def raw(self, index: int) -> bytes:
        offset, size = self._where[index]
        with self._lock:
            self._file.seek(offset)
            return self._file.read(size)

    def chunk(self, index: int) -> list[T]:
        items: list[T] = pickle.loads(self.raw(index))
        return items

    def chunks(self) -> Iterator[list[T]]:
        for index in range(len(self._where)):
            yield self.chunk(index)

    def __len__(self) -> int:
        return self._length

    def __iter__(self) -> Iterator[T]:
        for items in self.chunks():
            yield from items

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        at = bisect_right(self._starts, index) - 1
        return self.chunk(at)[index - self._starts[at]]

    def pick(self, positions: Iterable[int]) -> Iterator[tuple[int, T]]:
        """(position, item) for each of ``positions``, in order; each chunk read once
        and let go before the next."""
        wanted: dict[int, list[int]] = {}
        for position in positions:
            if not 0 <= position < self._length:
                raise IndexError(position)
            wanted.setdefault(bisect_right(self._starts, position) - 1, []).append(position)
        for at, chosen in sorted(wanted.items()):
            items = self.chunk(at)
            for position in sorted(chosen):
                yield position, items[position - self._starts[at]]

    def close(self) -> None:
        with self._lock:
            self._finalizer()

    def __repr__(self) -> str:
        return f"<Spool of {self._length} items in {len(self._where)} chunks>"

