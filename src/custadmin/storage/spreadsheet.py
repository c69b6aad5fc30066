"""Tables in files: reading CSV and XLSX for imports, writing them for exports.

Reading never lets a damaged file raise anything but :class:`Unreadable`
(the file as a whole cannot be read) or, for one line, a message in its
place. Text encodings: UTF-8 (with or without BOM), UTF-16 with BOM; any
other file is read as Windows-1252 (what Excel on a Western European Windows
saves as "CSV") if it decodes as that, with a note, otherwise refused. The
delimiter (comma, semicolon or tab) is taken from the header line.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from custadmin.domain.messages import Message

log = logging.getLogger(__name__)

_READ_CHUNK = 1 << 20
_XLSX_MAGIC = b"PK\x03\x04"
_NOT_TABLES = {
    b"\xd0\xcf\x11\xe0": Message("file.kind_xls"),
    b"%PDF": Message("file.kind_pdf"),
    b"\x89PNG": Message("file.kind_png"),
    b"\xff\xd8\xff": Message("file.kind_jpeg"),
    b"SQLi": Message("file.kind_sqlite"),
}


class Unreadable(Exception):
    """The file cannot be read as a table at all (a file-level problem).

    ``message`` says why (a :class:`~custadmin.domain.messages.Message`).
    """

    def __init__(self, message: Message) -> None:
        super().__init__(message)
        self.message = message


def _cannot_open(exc: OSError) -> Unreadable:
    return Unreadable(Message("file.cannot_open", reason=exc.strerror or str(exc)))


def _detect_format(path: Path) -> str:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _cannot_open(exc) from None
    if head.startswith(_XLSX_MAGIC):
        return "xlsx"
    for magic, what in _NOT_TABLES.items():
        if head.startswith(magic):
            raise Unreadable(Message("file.not_a_table", what=what))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise Unreadable(Message("file.not_xlsx"))
    return "csv"


def _decodes(path: Path, encoding: str) -> tuple[bool, int]:
    """Whether the whole file decodes; else the byte offset of the first bad byte."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return False, offset + exc.start
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False, offset
    return True, 0


def _text_encoding(path: Path) -> tuple[str, tuple[Message, ...]]:
    with path.open("rb") as handle:
        head = handle.read(4)
    if head.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    offset = 0
    for encoding in candidates:
        ok, bad_at = _decodes(path, encoding)
        if ok:
            notes: tuple[Message, ...] = ()
            if encoding == "cp1252":
                notes = (Message("file.read_as_windows_1252"),)
            return encoding, notes
        offset = offset or bad_at
    if candidates[0] == "utf-8":
        raise Unreadable(Message("file.not_text", byte=offset + 1))
    raise Unreadable(Message("file.wrong_encoding",
                             encoding=candidates[0].upper().removesuffix("-SIG"),
                             byte=offset + 1))


def _delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


#: (line, cells) of a data row, or (line, message) for a line that cannot be read.
Lines = Iterator[tuple[int, list[str] | str]]


class Table:
    """An open file: its headers and an iterator over its data rows."""

    def __init__(self, format_: str, headers: list[str], rows: Lines,
                 notes: tuple[str, ...], close: Callable[[], None]) -> None:
        self.format = format_
        self.headers = headers
        self.rows = rows
        self.notes = notes
        self.close = close


def _csv_rows(reader: Iterator[list[str]]) -> Lines:
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line += 1
            yield line, Message("file.line_unreadable", reason=str(exc))
            continue
        line += 1
        if any(c.strip() for c in cells):
            yield line, cells


def _open_csv(path: Path) -> Table:
    encoding, notes = _text_encoding(path)
    try:
        handle = path.open("r", encoding=encoding, newline="")
    except OSError as exc:
        raise _cannot_open(exc) from None
    try:
        first = handle.readline(1 << 16)
        handle.seek(0)
        reader = csv.reader(handle, delimiter=_delimiter(first))
        try:
            headers = next(reader)
        except StopIteration:
            raise Unreadable(Message("file.empty")) from None
        except csv.Error as exc:
            raise Unreadable(Message("file.header_unreadable", reason=str(exc))) from None
    except BaseException:
        handle.close()
        raise
    return Table("csv", headers, _csv_rows(reader), notes, handle.close)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _open_xlsx(path: Path) -> Table:
    import openpyxl  # a third of a second to import: only when an XLSX is read

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged zip or XML can fail in many ways
        log.info("cannot open %s as a workbook: %r", path, exc)
        raise Unreadable(Message("file.workbook_unreadable")) from None
    try:
        if not book.worksheets:
            raise Unreadable(Message("file.no_worksheet"))
        sheet = book.worksheets[0]
        # Some programs write a wrong size; read what is there.
        sheet.reset_dimensions()
        values = sheet.iter_rows(values_only=True)
        try:
            first = next(values, None)
        except Exception as exc:
            raise Unreadable(Message("file.worksheet_unreadable",
                                     error=type(exc).__name__)) from None
        if first is None:
            raise Unreadable(Message("file.worksheet_empty"))
        headers = [_cell_text(v) for v in first]
    except BaseException:
        book.close()
        raise

    def rows() -> Lines:
        line = 1
        while True:
            try:
                row = next(values, None)
            except Exception as exc:
                raise Unreadable(Message("file.worksheet_damaged", line=line,
                                         error=type(exc).__name__)) from None
            if row is None:
                return
            line += 1
            cells = [_cell_text(v) for v in row]
            if any(c.strip() for c in cells):
                yield line, cells

    notes: tuple[Message, ...] = ()
    if len(book.worksheets) > 1:
        notes = (Message("file.first_worksheet_only", sheet=sheet.title),)
    return Table("xlsx", headers, rows(), notes, book.close)


def open_table(path: Path) -> Table:
    if _detect_format(path) == "xlsx":
        return _open_xlsx(path)
    return _open_csv(path)



# --- writing files ---------------------------------------------------------------


class CsvSink:
    def __init__(self, path: Path) -> None:
        # A BOM so that Excel reads the letters right; comma-separated.
        self._handle = path.open("w", encoding="utf-8-sig", newline="")
        self._writer = csv.writer(self._handle)

    def write(self, row: Sequence[str]) -> None:
        self._writer.writerow(row)

    def finish(self) -> None:
        self._handle.close()

    def close(self) -> None:
        self._handle.close()


class XlsxSink:
    def __init__(self, path: Path) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        self._path = path
        self._illegal = ILLEGAL_CHARACTERS_RE
        # write_only streams rows to a temporary file instead of keeping cells.
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("Customers")

    def write(self, row: Sequence[str]) -> None:
        # XLSX cannot hold most control characters; validated data has none,
        # but older rows must not stop an export.
        # An empty cell is left out rather than written as an empty string.
        self._sheet.append([
            (self._illegal.sub("\ufffd", cell) if self._illegal.search(cell) else cell)
            if cell else None
            for cell in row
        ])

    def finish(self) -> None:
        self._book.save(self._path)
        self._saved = True

    def close(self) -> None:
        if getattr(self, "_saved", False):
            return
        # Abandoned half way: end the sheet's stream and remove its temporary file
        # now, rather than leave both to the garbage collector and atexit.
        with contextlib.suppress(Exception):
            self._sheet.close()
            writer = getattr(self._sheet, "_writer", None)
            if writer is not None:
                writer.cleanup()
