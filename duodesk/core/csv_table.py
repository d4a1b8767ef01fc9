"""Reading a CSV (or TSV, TXT) file of response data as a :class:`~duodesk.core.table.Table`:
the encoding and the separator are found, and every row is bounded."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import charset_normalizer

from duodesk.core.input_files import InputFileError, Limits, RowStream
from duodesk.core.table import Table, read_header, too_long
from duodesk.i18n import translate

_CHUNK = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = ",;\t|"


def _not_text() -> str:
    return translate("Files", "this file does not look like a text (CSV) file.")


def _detect_encoding(path: Path) -> str:
    """BOM, else strict UTF-8 over the whole file, else charset-normalizer's best guess."""
    with path.open("rb") as f:
        head = f.read(4)
        for bom, encoding in _BOMS:
            if head.startswith(bom):
                return encoding
        f.seek(0)
        decoder, offset = codecs.getincrementaldecoder("utf-8")(), 0
        while chunk := f.read(_CHUNK):
            if b"\0" in chunk:  # text never holds NUL; binary files nearly always do
                raise InputFileError(_not_text(), path=path)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                offset += exc.start
                break
            offset += len(chunk)
        else:
            return "utf-8"
        # Guess from the bytes around the first non-UTF-8 one: the start may be plain ASCII.
        f.seek(max(0, offset - 64 * 1024))
        results = list(charset_normalizer.from_bytes(f.read(256 * 1024)))
    if not results:
        raise InputFileError(_not_text(), path=path)
    # On short samples charset-normalizer cannot tell single-byte Latin code pages apart (it
    # says cp1250 for "España"); Excel's "CSV" on Western Windows writes cp1252, so prefer it.
    best = results[0]
    for result in results:
        if "cp1252" in result.could_be_from_charset and result.chaos <= best.chaos + 0.01:
            return "cp1252"
    return best.encoding


def _choose_delimiter(sample: str) -> str:
    """The candidate giving the most consistent column count; csv.Sniffer breaks ties."""

    def score(delimiter: str) -> tuple[float, int]:
        try:
            lines = io.StringIO(sample, newline="")  # keep a lone "\r" a line end, as csv wants
            widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        except csv.Error:
            return 0.0, 1
        if not widths or widths[0] < 2:
            return 0.0, 1
        return sum(w == widths[0] for w in widths) / len(widths), widths[0]

    try:  # Sniffer's regexes backtrack badly on long samples, so give it a short one
        sniffed = csv.Sniffer().sniff(sample[:4096], delimiters=_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ","
    best = max(_DELIMITERS, key=score)
    if score(best)[1] < 2:  # a single column: separator-like characters are data
        return ","
    return sniffed if score(sniffed) >= score(best) else best


class _RowTooLong(Exception):
    pass


class _Lines:
    """Physical lines for csv.reader, refusing a row that grows past `max_chars` over its lines.

    csv.reader asks for one line at a time and builds the row in memory until it ends; a quoted
    value may span any number of lines, so the budget is per row, not per line. The reader
    resets `used` after each row (csv.reader never reads ahead).
    """

    def __init__(self, text: io.TextIOWrapper, max_chars: int) -> None:
        self.text, self.max_chars, self.used = text, max_chars, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.text.readline(self.max_chars - self.used + 1)
        if not line:
            raise StopIteration
        self.used += len(line)
        if self.used > self.max_chars:
            raise _RowTooLong
        return line


def _csv_rows(path: Path, encoding: str, delimiter: str, limits: Limits) -> RowStream:
    """Records numbered from 1, as a spreadsheet would show them (a quoted value spanning
    lines is one row); blank lines are yielded as empty records so numbering stays right."""
    number = 0
    with path.open("r", encoding=encoding, errors="strict", newline="") as f:
        lines = _Lines(f, limits.max_row_chars)
        try:
            for number, values in enumerate(csv.reader(lines, delimiter=delimiter, strict=True), 1):
                lines.used = 0
                yield number, tuple(values)
        except _RowTooLong:
            reason = translate("Files", "this row is longer than {count:,} characters.").format(
                count=limits.max_row_chars
            )
            raise InputFileError(reason, path=path, row=number + 1) from None
        except UnicodeDecodeError:
            reason = translate(
                "Files", "the file contains bytes that are not valid {encoding} text."
            ).format(encoding=encoding)
            raise InputFileError(reason, path=path, row=number + 1) from None
        except csv.Error as exc:
            reason = (
                too_long(limits)
                if "field larger than field limit" in str(exc)
                else translate(
                    "Files",
                    'the CSV layout is broken here ({problem}); look for a stray double quote (").',
                ).format(problem=exc)
            )
            raise InputFileError(reason, path=path, row=number + 1) from None


def csv_table(path: Path, limits: Limits) -> Table:
    encoding = _detect_encoding(path)
    with path.open("r", encoding=encoding, errors="replace", newline="") as f:
        sample = f.read(64 * 1024)
    if len(sample) == 64 * 1024:  # drop the last, probably partial, line
        sample = sample[: max(sample.rfind("\n"), sample.rfind("\r")) + 1] or sample
    if not sample.strip():
        raise InputFileError(translate("Core", "this file is empty."), path=path)
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\r\n\f\v")
    if controls > len(sample) / 100 or sample.count("\ufffd") > len(sample) / 100:
        raise InputFileError(_not_text(), path=path)
    delimiter = _choose_delimiter(sample)
    if limits.max_cell_chars >= csv.field_size_limit():
        # Process-wide, so only ever raised; memory stays bounded by max_row_chars.
        csv.field_size_limit(limits.max_cell_chars + 1)

    def reopen(width: int) -> RowStream:
        return _csv_rows(path, encoding, delimiter, limits)

    stream = reopen(0)
    header_row, header = read_header(path, None, stream, limits)
    return Table(path, None, header, reopen, header_row, limits, stream)
