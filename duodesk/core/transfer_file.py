"""The encrypted file a team passes between laptops (on a USB stick): writing and reading it.

A transfer file is a stream of records (plain dictionaries, one JSON line each), compressed and
then encrypted in chunks so that a large file is written and read in bounded memory:

    MAGIC | header length (4 bytes) | header (JSON) | chunk | chunk | ... | last chunk

The header says how the key was made (scrypt, a memory-hard KDF, with a random salt) and holds a
check value that tells a wrong passphrase apart from a damaged file. Each chunk is
``length (4 bytes) | AES-256-GCM ciphertext``; its nonce is a random prefix, the chunk's number
and a flag marking the last chunk, and the whole header is authenticated with every chunk (the
STREAM construction). So a changed byte anywhere, chunks swapped, dropped or repeated, a file
cut short, or bytes added after the end are all refused: reading raises
:class:`TransferFileError` with a sentence for the person at the keyboard.

Nothing in the file is readable without the passphrase: no questionnaire text, answer or
participant-code digest appears in the clear (the tests look for them in the bytes).

The container is written here rather than taken whole from a library because none of the
well-kept ones (``cryptography``'s Fernet included) authenticates a stream chunk by chunk; the
primitives (scrypt, AES-GCM) are ``cryptography``'s, and nothing cryptographic is hand-written.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from duodesk.i18n import translate

MAGIC = b"DUODESK-TRANSFER\n"
FORMAT = 1
CHUNK_BYTES = 1 << 20  # plaintext per chunk (compressed records)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 16, 8, 1  # 64 MiB of memory per guess
# A hostile header must not make the reader spend gigabytes or minutes deriving a key.
_MAX_SCRYPT_N, _MAX_SCRYPT_P = 1 << 18, 4
_MAX_HEADER = 4096
_MAX_LINE = 256 << 20  # one record (an interview) decompressed
_TAG = 16
_CHECK_LABEL = b"duodesk transfer: passphrase check"

Record = dict[str, Any]


class TransferFileError(Exception):
    """A transfer file that cannot be read; ``str()`` is a sentence naming the file."""


class WrongTeamPassphrase(TransferFileError):
    pass


class WeakTeamPassphrase(TransferFileError, ValueError):
    """A team passphrase too short to lock a file that carries every interview."""


def require_strong_team_passphrase(passphrase: str) -> None:
    """Refuse to write (or send) the team's data under a passphrase shorter than a project's
    may be; files written before this rule are still read with whatever passphrase they have."""
    from duodesk.core.passphrase import MINIMUM_LENGTH, normalise

    if len(normalise(passphrase)) < MINIMUM_LENGTH:
        raise WeakTeamPassphrase(
            translate(
                "Core",
                "The team passphrase needs at least {minimum_length} characters: it "
                "locks every interview and the participant-code key. Choose a longer "
                "one; nothing was written.",
            ).format(minimum_length=MINIMUM_LENGTH)
        )


def read_passphrase_file(path: Path) -> str:
    """The team passphrase in ``path``, read as a project's passphrase file is (see
    :func:`duodesk.core.passphrase.read_passphrase_file`). Raises :class:`TransferFileError`
    if it cannot be read or holds no passphrase."""
    from duodesk.core.passphrase import PassphraseError, earlier_normal
    from duodesk.core.passphrase import read_passphrase_file as read_first_line

    try:
        return earlier_normal(read_first_line(Path(path)))
    except PassphraseError as error:
        message = str(error)
        if message.endswith("is empty"):
            message = translate("Core", "The passphrase file {name} holds no passphrase.").format(
                name=Path(path).name
            )
        raise TransferFileError(message[0].upper() + message[1:]) from None


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """(encryption key, check value) from the passphrase."""
    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    check = hmac.new(material[32:], _CHECK_LABEL, hashlib.sha256).digest()
    return material[:32], check


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


class TransferWriter:
    """Writes records to ``path`` encrypted with ``passphrase``.

    The file is written beside ``path`` under a temporary name and put in place by
    :meth:`close` only when complete; :meth:`abort` (or an exception in a ``with`` block)
    removes it, so a half-written transfer file never exists under its real name.
    """

    def __init__(self, path: Path, passphrase: str) -> None:
        require_strong_team_passphrase(passphrase)
        self.path = Path(path)
        _refuse_to_replace(self.path)
        self._temporary = self.path.with_name(f".{self.path.name}.partial")
        salt, prefix = secrets.token_bytes(16), secrets.token_bytes(7)
        key, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        header = {
            "format": FORMAT,
            "kdf": {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
            "salt": base64.b64encode(salt).decode(),
            "cipher": "AES-256-GCM",
            "nonce": base64.b64encode(prefix).decode(),
            "check": base64.b64encode(check).decode(),
        }
        header["sum"] = _header_sum(header)
        header_bytes = json.dumps(header, sort_keys=True).encode()
        self._aad = MAGIC + header_bytes
        self._cipher = AESGCM(key)
        self._prefix = prefix
        self._counter = 0
        self._compressor = zlib.compressobj(6)
        self._pending = bytearray()
        # Readable by its owner only, like the project: it is encrypted, but it is the team's.
        descriptor = os.open(self._temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._handle: IO[bytes] = os.fdopen(descriptor, "wb")
        self._handle.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)

    def write(self, record: Record) -> None:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        self._pending += self._compressor.compress(line.encode("utf-8"))
        while len(self._pending) >= CHUNK_BYTES:
            self._chunk(bytes(self._pending[:CHUNK_BYTES]), last=False)
            del self._pending[:CHUNK_BYTES]

    def _chunk(self, plaintext: bytes, *, last: bool) -> None:
        nonce = _nonce(self._prefix, self._counter, last)
        sealed = self._cipher.encrypt(nonce, plaintext, self._aad)
        self._handle.write(struct.pack(">I", len(sealed)) + sealed)
        self._counter += 1

    def close(self) -> None:
        self._pending += self._compressor.flush()
        while len(self._pending) > CHUNK_BYTES:
            self._chunk(bytes(self._pending[:CHUNK_BYTES]), last=False)
            del self._pending[:CHUNK_BYTES]
        self._chunk(bytes(self._pending), last=True)
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        os.replace(self._temporary, self.path)

    def abort(self) -> None:
        self._handle.close()
        self._temporary.unlink(missing_ok=True)

    def __enter__(self) -> TransferWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def _refuse_to_replace(path: Path) -> None:
    """Only an older transfer file may be written over: never a project, a backup or any other
    file that happens to have the name (a slip of the keyboard must not destroy a project)."""
    if path.is_dir():
        raise ValueError(
            translate(
                "Core", "{path} is a folder: give the name of the transfer file to write."
            ).format(path=path)
        )
    if not path.exists():
        return
    with path.open("rb") as file:
        start = file.read(len(MAGIC))
    if start != MAGIC:
        raise ValueError(
            translate(
                "Core",
                "{name} already exists and is not a transfer file, so DuoDesk does not "
                "write over it; nothing was changed. Choose another name.",
            ).format(name=path.name)
        )


def read_records(
    path: Path, passphrase: str, *, progress: Callable[[float], None] | None = None
) -> Iterator[Record]:
    """The records in the transfer file ``path``, in order, checked as they are read.

    A damaged file is found out only when the damaged chunk is reached, so a caller must not
    keep what it did with earlier records unless the iteration ends without an error (the
    project merge does everything in one transaction). ``progress`` gets the fraction of the
    file read. Raises :class:`WrongTeamPassphrase` or :class:`TransferFileError`.
    """
    path = Path(path)
    name = path.name
    damaged = translate(
        "Core",
        "{name} was changed or damaged after it was written, so nothing was read from it. "
        "Ask for the file to be sent again.",
    ).format(name=name)
    cut_short = translate(
        "Core",
        "{name} is not complete (it was cut short, perhaps while being copied), so nothing "
        "was read from it. Copy it again and try once more.",
    ).format(name=name)
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise TransferFileError(
            translate("Core", "{name} cannot be opened: {strerror}.").format(
                name=name, strerror=error.strerror
            )
        ) from None
    with handle:
        size = max(os.fstat(handle.fileno()).st_size, 1)
        start = handle.read(len(MAGIC) + 4)
        if not start.startswith(MAGIC[: len(start)]) or len(start) < len(MAGIC):
            raise TransferFileError(
                translate("Core", "{name} is not a DuoDesk transfer file.").format(name=name)
            )
        if len(start) < len(MAGIC) + 4:
            raise TransferFileError(cut_short)
        (header_length,) = struct.unpack(">I", start[len(MAGIC) :])
        if header_length > _MAX_HEADER:
            raise TransferFileError(damaged)
        header_bytes = handle.read(header_length)
        if len(header_bytes) < header_length:
            raise TransferFileError(cut_short)
        cipher, prefix = _open_header(header_bytes, passphrase, name, damaged)
        aad = MAGIC + header_bytes
        decompressor = zlib.decompressobj()
        buffered = bytearray()
        counter = 0
        while True:
            length_bytes = handle.read(4)
            if len(length_bytes) < 4:
                raise TransferFileError(cut_short)
            (length,) = struct.unpack(">I", length_bytes)
            if length > CHUNK_BYTES + _TAG or length < _TAG:
                raise TransferFileError(damaged)
            sealed = handle.read(length)
            if len(sealed) < length:
                raise TransferFileError(cut_short)
            plaintext = last = None
            for flag in (False, True):
                try:
                    plaintext = cipher.decrypt(_nonce(prefix, counter, flag), sealed, aad)
                except InvalidTag:
                    continue
                last = flag
                break
            if plaintext is None:
                raise TransferFileError(damaged)
            counter += 1
            if progress is not None:
                progress(min(handle.tell() / size, 1.0))
            try:
                buffered += decompressor.decompress(plaintext)
            except zlib.error:
                raise TransferFileError(damaged) from None
            *lines, rest = bytes(buffered).split(b"\n")
            buffered = bytearray(rest)
            if len(buffered) > _MAX_LINE:
                raise TransferFileError(damaged)
            for line in lines:
                yield _record(line, damaged)
            if last:
                break
        if handle.read(1) or buffered or not decompressor.eof:
            raise TransferFileError(damaged)


def _open_header(
    header_bytes: bytes, passphrase: str, name: str, damaged: str
) -> tuple[AESGCM, bytes]:
    try:
        header = json.loads(header_bytes)
        written_by = header["format"]
        # A damaged format number is not taken for a newer version: the header's sum tells.
        if (
            type(written_by) is int
            and written_by > FORMAT
            and _header_sum(header) == header.get("sum")
        ):
            raise TransferFileError(
                translate(
                    "Core",
                    "{name} was written by a newer version of DuoDesk. Install the newer "
                    "version to read it; nothing was changed.",
                ).format(name=name)
            )
        if written_by != FORMAT:
            raise TransferFileError(damaged)
        kdf = header["kdf"]
        n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
        salt = base64.b64decode(header["salt"], validate=True)
        prefix = base64.b64decode(header["nonce"], validate=True)
        check = base64.b64decode(header["check"], validate=True)
        sound = (
            header.get("sum") == _header_sum(header)
            and kdf["name"] == "scrypt"
            and header["cipher"] == "AES-256-GCM"
            and 2 <= n <= _MAX_SCRYPT_N
            and n & (n - 1) == 0
            and r == 8
            and 1 <= p <= _MAX_SCRYPT_P
            and len(salt) >= 16
            and len(prefix) == 7
        )
    except (ValueError, KeyError, TypeError):
        raise TransferFileError(damaged) from None
    if not sound:
        raise TransferFileError(damaged)
    key, expected = _derive(passphrase, salt, n, r, p)
    if not hmac.compare_digest(check, expected):
        raise WrongTeamPassphrase(
            translate(
                "Core",
                "The team passphrase does not open {name}: it was made with another "
                "passphrase (capital letters count). Nothing was changed.",
            ).format(name=name)
        )
    return AESGCM(key), prefix


def _header_sum(header: dict[str, Any]) -> str:
    """A checksum of the header, so that a damaged header is not taken for a wrong passphrase
    (tampering on purpose is caught anyway: the header is authenticated with every chunk)."""
    fields = {key: value for key, value in header.items() if key != "sum"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:16]


def _record(line: bytes, damaged: str) -> Record:
    try:
        record = json.loads(line)
    except ValueError:
        raise TransferFileError(damaged) from None
    if not isinstance(record, dict):
        raise TransferFileError(damaged)
    return record


def passphrase_verifier(passphrase: str, salt: bytes | None = None) -> str:
    """``salt:check`` (hex) for storing beside a team's shared project, so that a laptop with
    another passphrase can be told so; the passphrase cannot be read back from it."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    _, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{salt.hex()}:{check.hex()}"


def verifier_matches(passphrase: str, stored: str) -> bool:
    salt, _, _ = stored.partition(":")
    try:
        fresh = passphrase_verifier(passphrase, bytes.fromhex(salt))
    except ValueError:
        return False
    return hmac.compare_digest(fresh, stored)
