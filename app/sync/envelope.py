"""The bundle file (SYNC.md §4; byte layout in docs/bundle-format.md).

    MAGIC | u16 version | u32 header length | header | Ed25519 signature | payload

The header is canonical JSON naming sender, recipient, their keys, the
per-pair envelope sequence and the payload's exact length and SHA-256; the
signature covers everything before it. The payload is the caller's inner
bytes, zstd-compressed, then age-encrypted to the recipient's X25519 key.

Reading is in two steps so that nothing costly happens before the sender is
known to be trusted: `read_header` (cheap structural checks), then the caller
looks the sender up in its trust list, then `open_bundle` checks the
signature, length and hash before decrypting or decompressing anything, and
decompresses under hard caps.
"""

from __future__ import annotations

import hashlib
import struct
import uuid
from dataclasses import dataclass

import zstandard

from app.i18n import N_, _
from app.sync import age, canonical
from app.sync.canonical import FormatError, b64, unb64
from app.sync.keys import SIGNATURE_BYTES, OfficeKeys, PublicKeys, verify_signature

MAGIC = b"LALANH-BUNDLE\n"
FORMAT_VERSION = 1
SUITE = "ed25519-age-x25519-zstd"
KINDS = ("batches", "enrolment")
FILE_EXTENSION = ".llb"

MAX_HEADER = 4096
MAX_FILE = 64 << 20
MAX_OUTPUT = 256 << 20
MAX_PARTS = 10_000
ZSTD_LEVEL = 10
ZSTD_WINDOW_LOG = 22  # 4 MiB: what level 10 uses anyway, pinned so readers can cap it
MAX_WINDOW = 1 << 23  # readers refuse frames that need more memory than this

_PREFIX = struct.Struct(">HI")  # version, header length
_FIELDS = {
    "bundle_id", "created_ms", "envelope_seq", "kind", "part", "parts", "payload_length",
    "payload_sha256", "recipient_enc_key", "recipient_office_id", "sender_enc_key",
    "sender_office_id", "sender_sign_key", "suite",
}  # fmt: skip
# Optional: the sender's latest key changes (trust.make_rotation), oldest first, so that a
# receiver that knows an earlier key of the sender can check the one signing this header.
ROTATIONS = "rotations"
MAX_ROTATIONS = 4

MESSAGES = {
    "not_a_bundle": N_("This file is not a Lá Lành bundle."),
    "truncated": N_(
        "The bundle file is incomplete (cut short while copying or downloading). "
        "Copy it again, or ask the sender for a new copy."
    ),
    "newer_format": N_(
        "This bundle was made by a newer version of Lá Lành. Update Lá Lành to open it."
    ),
    "unknown_suite": N_(
        "This bundle uses an encryption method this version of Lá Lành does not know. "
        "Update Lá Lành, or ask the sender to update theirs."
    ),
    "bad_format": N_(
        "The bundle file is damaged or was changed. Ask the sender for a new copy."
    ),
    "bad_signature": N_(
        "The bundle was damaged or changed after it was signed. Ask the sender for a new copy."
    ),
    "unknown_key": N_(
        "This bundle was signed with a key this office does not trust (fingerprint {fingerprint}). "
        "Nothing was imported."
    ),
    "wrong_recipient": N_(
        "This bundle is addressed to another office. Nothing was imported."
    ),
    "payload_mismatch": N_(
        "The bundle's content was damaged or changed after it was signed. "
        "Ask the sender for a new copy."
    ),
    "too_large": N_(
        "The bundle is larger than Lá Lành accepts. Ask the sender to send it in several parts."
    ),
    "decrypt_failed": N_(
        "The bundle could not be decrypted with this office's key. "
        "It may have been made for an earlier key of this office; ask the sender for a new copy."
    ),
    "bad_payload": N_(
        "The bundle's content could not be read. Ask the sender for a new copy."
    ),
}  # fmt: skip


class BundleError(Exception):
    """A bundle refused; `.kind` for code, `.message` for people (nothing was imported)."""

    def __init__(self, kind: str, detail: str = "", **values: str):
        self.kind = kind
        self.message = _(MESSAGES[kind]).format(**values) if values else _(MESSAGES[kind])
        self.detail = detail  # for the log: never personal data
        super().__init__(f"{kind}: {detail}" if detail else kind)


@dataclass(frozen=True)
class Header:
    suite: str
    sender_office_id: uuid.UUID
    sender_sign_key: bytes
    recipient_office_id: uuid.UUID
    recipient_enc_key: bytes
    envelope_seq: int
    bundle_id: uuid.UUID
    part: int
    parts: int
    created_ms: int
    payload_length: int
    payload_sha256: bytes
    kind: str
    sender_enc_key: bytes  # so that an unknown sender's fingerprint can be shown
    rotations: tuple[bytes, ...] = ()

    def sender_public(self) -> PublicKeys:
        return PublicKeys(sign=self.sender_sign_key, enc=self.sender_enc_key)

    def to_dict(self) -> dict[str, object]:
        return {
            "bundle_id": str(self.bundle_id),
            "created_ms": self.created_ms,
            "envelope_seq": self.envelope_seq,
            "kind": self.kind,
            "part": self.part,
            "parts": self.parts,
            "payload_length": self.payload_length,
            "payload_sha256": self.payload_sha256.hex(),
            "recipient_enc_key": b64(self.recipient_enc_key),
            "recipient_office_id": str(self.recipient_office_id),
            "sender_enc_key": b64(self.sender_enc_key),
            "sender_office_id": str(self.sender_office_id),
            "sender_sign_key": b64(self.sender_sign_key),
            "suite": self.suite,
            **({ROTATIONS: [b64(r) for r in self.rotations]} if self.rotations else {}),
        }


def _uuid(value: object) -> uuid.UUID:
    if type(value) is not str:
        raise FormatError("uuid must be a string")
    parsed = uuid.UUID(value)
    if str(parsed) != value:
        raise FormatError("uuid not in canonical form")
    return parsed


def _key(value: object) -> bytes:
    if type(value) is not str:
        raise FormatError("key must be a base64 string")
    key = unb64(value)
    if len(key) != 32:
        raise FormatError("key must be 32 bytes")
    return key


def _int(value: object, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise FormatError("integer out of range")
    return value


def _header_from(doc: dict[str, object]) -> Header:
    digest = doc["payload_sha256"]
    if type(digest) is not str or len(digest) != 64 or digest != digest.lower():
        raise FormatError("payload_sha256 must be 64 lower-case hex digits")
    parts = _int(doc["parts"], 1, MAX_PARTS)
    kind = doc["kind"]
    if kind not in KINDS:
        raise FormatError("unknown kind")
    return Header(
        suite=SUITE,
        sender_office_id=_uuid(doc["sender_office_id"]),
        sender_sign_key=_key(doc["sender_sign_key"]),
        recipient_office_id=_uuid(doc["recipient_office_id"]),
        recipient_enc_key=_key(doc["recipient_enc_key"]),
        envelope_seq=_int(doc["envelope_seq"], 1, 2**62),
        bundle_id=_uuid(doc["bundle_id"]),
        part=_int(doc["part"], 1, parts),
        parts=parts,
        created_ms=_int(doc["created_ms"], 0, 2**62),
        payload_length=_int(doc["payload_length"], 1, 2**62),
        payload_sha256=bytes.fromhex(digest),
        kind=str(kind),
        sender_enc_key=_key(doc["sender_enc_key"]),
        rotations=_rotations(doc[ROTATIONS]) if ROTATIONS in doc else (),
    )


def _rotations(value: object) -> tuple[bytes, ...]:
    if type(value) is not list or not 1 <= len(value) <= MAX_ROTATIONS:
        raise FormatError("rotations must be a list of 1 to 4 documents")
    if any(type(item) is not str for item in value):
        raise FormatError("a rotation must be a base64 string")
    return tuple(unb64(item) for item in value)


def _compress(payload: bytes) -> bytes:
    params = zstandard.ZstdCompressionParameters.from_level(
        ZSTD_LEVEL, window_log=ZSTD_WINDOW_LOG, write_content_size=True
    )
    return zstandard.ZstdCompressor(compression_params=params).compress(payload)


def _seal(
    *,
    sender: OfficeKeys,
    sender_office_id: uuid.UUID,
    recipient_office_id: uuid.UUID,
    recipient_enc_key: bytes,
    envelope_seq: int,
    bundle_id: uuid.UUID,
    part: int,
    parts: int,
    kind: str,
    compressed: bytes,
    created_ms: int,
    rotations: tuple[bytes, ...] = (),
    _rng=None,
) -> bytes:
    encrypted = age.encrypt(compressed, recipient_enc_key, _rng=_rng)
    header = Header(
        suite=SUITE,
        sender_office_id=sender_office_id,
        sender_sign_key=sender.public.sign,
        recipient_office_id=recipient_office_id,
        recipient_enc_key=bytes(recipient_enc_key),
        envelope_seq=envelope_seq,
        bundle_id=bundle_id,
        part=part,
        parts=parts,
        created_ms=created_ms,
        payload_length=len(encrypted),
        payload_sha256=hashlib.sha256(encrypted).digest(),
        kind=kind,
        sender_enc_key=sender.public.enc,
        rotations=tuple(rotations[-MAX_ROTATIONS:]),
    )
    encoded = canonical.encode(header.to_dict())
    _header_from(canonical.decode(encoded, max_bytes=MAX_HEADER, max_depth=2))  # type: ignore[arg-type]
    signed = MAGIC + _PREFIX.pack(FORMAT_VERSION, len(encoded)) + encoded
    return signed + sender.sign(signed) + encrypted


def write_bundle(
    *,
    sender: OfficeKeys,
    sender_office_id: uuid.UUID,
    recipient_office_id: uuid.UUID,
    recipient_enc_key: bytes,
    envelope_seq: int,
    bundle_id: uuid.UUID,
    part: int,
    parts: int,
    kind: str,
    payload: bytes,
    created_ms: int | None = None,
    rotations: tuple[bytes, ...] = (),
    _rng=None,
) -> bytes:
    """A signed bundle carrying `payload` (the caller's inner bytes), compressed and
    encrypted to `recipient_enc_key`. `rotations`: the sender's latest key changes (the last
    MAX_ROTATIONS go in the header). `created_ms` defaults to now; `_rng` is for test
    vectors only (see age.encrypt)."""
    if created_ms is None:
        from app.sync.hlc import now_ms

        created_ms = now_ms()
    return _seal(
        sender=sender,
        sender_office_id=sender_office_id,
        recipient_office_id=recipient_office_id,
        recipient_enc_key=recipient_enc_key,
        envelope_seq=envelope_seq,
        bundle_id=bundle_id,
        part=part,
        parts=parts,
        kind=kind,
        compressed=_compress(payload),
        created_ms=created_ms,
        rotations=rotations,
        _rng=_rng,
    )


def _parse(data: bytes, max_file: int) -> tuple[Header, int]:
    """The header and where the signed region ends (the signature starts)."""
    if len(data) > max_file:
        raise BundleError("too_large", f"{len(data)} bytes")
    if data[: len(MAGIC)] != MAGIC:
        if len(data) < len(MAGIC) and MAGIC.startswith(data):
            raise BundleError("truncated", "inside the magic")
        raise BundleError("not_a_bundle")
    start = len(MAGIC) + _PREFIX.size
    if len(data) < start:
        raise BundleError("truncated", "inside the prefix")
    version, length = _PREFIX.unpack_from(data, len(MAGIC))
    if version > FORMAT_VERSION:
        raise BundleError("newer_format", f"version {version}")
    if version != FORMAT_VERSION:
        raise BundleError("bad_format", f"version {version}")
    if length > MAX_HEADER:
        raise BundleError("bad_format", "header too long")
    end = start + length
    if len(data) < end + SIGNATURE_BYTES:
        raise BundleError("truncated", "inside the header or signature")
    try:
        doc = canonical.decode(data[start:end], max_bytes=MAX_HEADER, max_depth=2)
        if type(doc) is not dict:
            raise FormatError("header is not an object")
        if "suite" in doc and doc["suite"] != SUITE:
            raise BundleError("unknown_suite", "suite not known")
        if set(doc) - {ROTATIONS} != _FIELDS:
            raise FormatError("unexpected or missing header fields")
        header = _header_from(doc)
    except (FormatError, ValueError) as exc:
        raise BundleError("bad_format", f"header: {exc}") from None
    total = end + SIGNATURE_BYTES + header.payload_length
    if len(data) < total:
        raise BundleError("truncated", "inside the payload")
    if len(data) > total:
        raise BundleError("bad_format", "data after the payload")
    return header, end


def read_header(data: bytes, *, max_file: int = MAX_FILE) -> Header:
    """The bundle's header after cheap structural checks only (no signature yet)."""
    return _parse(bytes(data), max_file)[0]


def check_addressee(header: Header, office_id: uuid.UUID, me: OfficeKeys) -> None:
    """BundleError("wrong_recipient") unless the bundle is for this office and key."""
    if header.recipient_office_id != office_id or header.recipient_enc_key != me.public.enc:
        raise BundleError("wrong_recipient")


def open_bundle(
    data: bytes,
    header: Header,
    *,
    sender_sign_pub: bytes,
    me: OfficeKeys,
    max_output: int = MAX_OUTPUT,
) -> bytes:
    """The inner bytes, after every check: trusted key, signature, length and hash,
    then decryption and capped decompression (a bomb stops at `max_output`).

    `sender_sign_pub` is the key the caller's trust list holds for the sender,
    not the one the header claims.
    """
    data = bytes(data)
    parsed, end = _parse(data, max(len(data), 1))
    if parsed != header:
        raise BundleError("bad_format", "header does not match the data")
    if bytes(sender_sign_pub) != header.sender_sign_key:
        raise BundleError(
            "unknown_key",
            "sender key not trusted",
            fingerprint=header.sender_public().fingerprint(),
        )
    signature = data[end : end + SIGNATURE_BYTES]
    if not verify_signature(header.sender_sign_key, data[:end], signature):
        raise BundleError("bad_signature")
    payload = memoryview(data)[end + SIGNATURE_BYTES :]
    if len(payload) != header.payload_length:
        raise BundleError("payload_mismatch", "length")
    if hashlib.sha256(payload).digest() != header.payload_sha256:
        raise BundleError("payload_mismatch", "sha256")
    if header.recipient_enc_key != me.public.enc:
        raise BundleError("wrong_recipient", "another key")
    try:
        compressed = age.decrypt(payload, me.enc_private_bytes(), max_output=len(payload))
    except age.AgeError as exc:
        raise BundleError("decrypt_failed", str(exc)) from None
    return _decompress(compressed, max_output)


def _decompress(compressed: bytes, max_output: int) -> bytes:
    """One zstd frame that states its size, within the caps; nothing after it."""
    try:
        frame = zstandard.get_frame_parameters(compressed)
    except zstandard.ZstdError as exc:
        raise BundleError("bad_payload", f"zstd: {exc}") from None
    if frame.content_size == zstandard.CONTENTSIZE_UNKNOWN:
        raise BundleError("bad_payload", "zstd frame without content size")
    if frame.content_size > max_output or frame.window_size > MAX_WINDOW:
        raise BundleError("too_large", f"{frame.content_size} bytes")
    try:
        # With the size in the frame, the output buffer is exactly that size and
        # zstd stops with an error if the data would overflow it.
        return zstandard.ZstdDecompressor(max_window_size=MAX_WINDOW).decompress(
            compressed, allow_extra_data=False
        )
    except zstandard.ZstdError as exc:
        raise BundleError("bad_payload", f"zstd: {exc}") from None
