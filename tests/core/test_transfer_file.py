"""The transfer file container: chunks that cannot be reordered, dropped, repeated or cut."""

from __future__ import annotations

import base64
import json
import os
import struct

import pytest

from duodesk.core.transfer_file import (
    MAGIC,
    TransferFileError,
    TransferWriter,
    WrongTeamPassphrase,
    read_records,
)

# Every test derives scrypt keys (64 MiB of memory each) for its transfer files.
pytestmark = pytest.mark.slow

PASSPHRASE = "correct horse"


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """A file of several chunks (the payload barely compresses) and the records in it."""
    path = tmp_path_factory.mktemp("transfer") / "big.duodesk-transfer"
    records = [
        {"t": "blob", "n": i, "data": base64.b64encode(os.urandom(30_000)).decode()}
        for i in range(100)
    ]
    with TransferWriter(path, PASSPHRASE) as writer:
        for record in records:
            writer.write(record)
    return path, records


def _chunks(data: bytes) -> tuple[bytes, list[bytes]]:
    """The file cut into its header and its chunks (each with its length prefix)."""
    (header_length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    position = len(MAGIC) + 4 + header_length
    head, chunks = data[:position], []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        chunks.append(data[position : position + 4 + length])
        position += 4 + length
    return head, chunks


def test_records_come_back_as_written_from_several_chunks(written):
    path, records = written
    assert list(read_records(path, PASSPHRASE)) == records
    _, chunks = _chunks(path.read_bytes())
    assert len(chunks) >= 3
    assert b'"data"' not in path.read_bytes()


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("swap two chunks", "changed or damaged"),
        ("repeat a chunk", "changed or damaged"),
        ("drop a middle chunk", "changed or damaged"),
        ("drop the last chunk", "cut short"),
        ("end after the first chunk", "cut short"),
        ("cut inside a chunk", "cut short"),
    ],
)
def test_chunks_out_of_order_missing_or_repeated_are_refused(written, tmp_path, change, expected):
    path, _ = written
    head, chunks = _chunks(path.read_bytes())
    if change == "swap two chunks":
        chunks[0], chunks[1] = chunks[1], chunks[0]
    elif change == "repeat a chunk":
        chunks.insert(1, chunks[1])
    elif change == "drop a middle chunk":
        del chunks[1]
    elif change == "drop the last chunk":
        del chunks[-1]
    elif change == "end after the first chunk":
        chunks = chunks[:1]
    else:
        chunks[-1] = chunks[-1][:100]
    damaged = tmp_path / "damaged.duodesk-transfer"
    damaged.write_bytes(head + b"".join(chunks))
    with pytest.raises(TransferFileError, match=expected):
        list(read_records(damaged, PASSPHRASE))


def test_a_hostile_header_cannot_make_the_reader_spend_gigabytes(written, tmp_path):
    path, _ = written
    data = path.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    header["kdf"]["n"] = 1 << 30
    forged = json.dumps(header, sort_keys=True).encode()
    hostile = tmp_path / "hostile.duodesk-transfer"
    hostile.write_bytes(
        MAGIC + struct.pack(">I", len(forged)) + forged + data[len(MAGIC) + 4 + length :]
    )
    with pytest.raises(TransferFileError, match="changed or damaged"):
        list(read_records(hostile, PASSPHRASE))


def test_a_wrong_passphrase_is_told_apart_from_damage(written):
    path, _ = written
    with pytest.raises(WrongTeamPassphrase, match="another passphrase"):
        list(read_records(path, "Correct horse"))


def test_nothing_is_left_under_the_real_name_when_writing_fails(tmp_path):
    target = tmp_path / "out.duodesk-transfer"
    with pytest.raises(RuntimeError), TransferWriter(target, PASSPHRASE) as writer:
        writer.write({"t": "x"})
        raise RuntimeError("the USB stick was pulled out")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("format_number", "resum", "expected"),
    [
        (2, True, "newer version of DuoDesk"),  # a later format, written as such
        (2, False, "changed or damaged"),  # the format byte damaged on the way
        (0, True, "changed or damaged"),  # no version of DuoDesk writes that
        ("1", True, "changed or damaged"),
    ],
)
def test_a_damaged_format_number_is_not_taken_for_a_newer_version(
    written, tmp_path, format_number, resum, expected
):
    from duodesk.core.transfer_file import _header_sum

    path, _ = written
    data = path.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    header["format"] = format_number
    if resum:
        header["sum"] = _header_sum(header)
    forged = json.dumps(header, sort_keys=True).encode()
    changed = tmp_path / "changed.duodesk-transfer"
    changed.write_bytes(
        MAGIC + struct.pack(">I", len(forged)) + forged + data[len(MAGIC) + 4 + length :]
    )
    with pytest.raises(TransferFileError, match=expected):
        list(read_records(changed, PASSPHRASE))
