"""Enrolment, certificates, trust lists and key rotation (SYNC.md §7).

Every document here is one canonical JSON object (app/sync/canonical.py)
carrying its own Ed25519 signature(s). A signature covers a type tag and the
canonical encoding of the object without its signature fields:

    b"LALANH-" + type + b"-v1\\n" + canonical.encode(fields)

so a signature made for one kind of document cannot be passed off as another.
There is no trust on first use: a key is trusted only through a chain of
certificates up to a root key the office already holds (docs/bundle-format.md §7).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.i18n import N_, _
from app.sync import canonical
from app.sync.canonical import FormatError, b64, unb64
from app.sync.keys import OfficeKeys, PublicKeys, verify_signature

VERSION = 1
MAX_DOCUMENT = 16 << 10
MAX_TRUST_LIST = 16 << 20
MAX_CHAIN = 16
_LEVEL = re.compile(r"[a-z_]{1,32}")  # "commune", "district", "province"… (app.services.office)

MESSAGES = {
    "bad_format": N_("The file is damaged or is not a Lá Lành {what}."),
    "bad_signature": N_(
        "The {what} file is damaged or was changed after it was signed. Ask for a new copy."
    ),
    "unknown_issuer": N_(
        "The certificate was issued by an office this office does not know. "
        "Ask the upper office for its trust list."
    ),
    "unknown_root": N_(
        "The certificate does not lead back to an office this office trusts. Nothing was accepted."
    ),
    "loop": N_("The certificates refer to each other in a circle. Nothing was accepted."),
    "rollback": N_(
        "This trust list (version {version}) is not newer than the one already in use "
        "(version {known}). Nothing was changed."
    ),
    "wrong_key": N_("The key change was not signed with this office's current key."),
}  # fmt: skip
WHAT = {
    "enrolment_request": N_("enrolment request"),
    "certificate": N_("certificate"),
    "trust_list": N_("trust list"),
    "rotation": N_("key change"),
}


class TrustError(Exception):
    """A trust document refused; `.kind` for code, `.message` for people."""

    def __init__(self, kind: str, detail: str = "", **values: object):
        self.kind = kind
        if "what" in values:
            values["what"] = _(WHAT[str(values["what"])])
        self.message = _(MESSAGES[kind]).format(**values)
        self.detail = detail
        super().__init__(f"{kind}: {detail}" if detail else kind)


@dataclass(frozen=True)
class OfficeCard:
    """Who an office is, as its certificate states it (the code and name may change later)."""

    office_id: uuid.UUID
    name: str
    level: str
    admin_unit_code: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "admin_unit_code": self.admin_unit_code,
            "level": self.level,
            "name": self.name,
            "office_id": str(self.office_id),
        }

    @classmethod
    def from_dict(cls, data: object) -> OfficeCard:
        if type(data) is not dict or set(data) != {"admin_unit_code", "level", "name", "office_id"}:
            raise FormatError("office card: unexpected fields")
        name, code = data["name"], data["admin_unit_code"]
        if type(name) is not str or not 0 < len(name) <= 200:
            raise FormatError("office card: bad name")
        if code is not None and (type(code) is not str or not 0 < len(code) <= 32):
            raise FormatError("office card: bad code")
        if type(data["level"]) is not str or not _LEVEL.fullmatch(data["level"]):
            raise FormatError("office card: bad level")
        return cls(_uuid(data["office_id"]), name, str(data["level"]), code)


def _uuid(value: object) -> uuid.UUID:
    if type(value) is not str:
        raise FormatError("uuid must be a string")
    parsed = uuid.UUID(value)
    if str(parsed) != value:
        raise FormatError("uuid not in canonical form")
    return parsed


def _int(value: object, low: int = 0, high: int = 2**62) -> int:
    if type(value) is not int or not low <= value <= high:
        raise FormatError("integer out of range")
    return value


def _tag(kind: str) -> bytes:
    return b"LALANH-" + kind.encode() + b"-v1\n"


def _signed(fields: dict[str, object], signers: dict[str, OfficeKeys]) -> bytes:
    message = _tag(str(fields["type"])) + canonical.encode(fields)
    signatures = {name: b64(keys.sign(message)) for name, keys in signers.items()}
    return canonical.encode({**fields, **signatures})


def _read(data: bytes, kind: str, fields: set[str], signatures: set[str], max_bytes: int):
    """The document's fields (without signatures), its signatures and the signed message."""
    try:
        doc = canonical.decode(bytes(data), max_bytes=max_bytes, max_depth=6)
        if type(doc) is not dict or doc.get("type") != kind or doc.get("v") != VERSION:
            raise FormatError(f"not a {kind}")
        if set(doc) != fields | signatures | {"type", "v"}:
            raise FormatError("unexpected or missing fields")
        sigs = {name: unb64(doc.pop(name)) for name in signatures}
    except (FormatError, ValueError, TypeError) as exc:
        raise TrustError("bad_format", str(exc), what=kind) from None
    return doc, sigs, _tag(kind) + canonical.encode(doc)


def _check(sign_pub: bytes, message: bytes, signature: bytes, kind: str) -> None:
    if not verify_signature(sign_pub, message, signature):
        raise TrustError("bad_signature", kind, what=kind)


# Enrolment request: the child office's card and public keys, signed by itself.
_REQUEST_FIELDS = {"card", "public"}


def make_request(keys: OfficeKeys, card: OfficeCard) -> bytes:
    OfficeCard.from_dict(card.to_dict())  # the same checks as the reader
    fields = {"card": card.to_dict(), "public": keys.public.to_dict(), "type": "enrolment_request",
              "v": VERSION}  # fmt: skip
    return _signed(fields, {"signature": keys})


def read_request(data: bytes) -> tuple[OfficeCard, PublicKeys]:
    """The card and keys of an enrolment request whose self-signature holds. The
    parent's officer must still confirm the fingerprint by phone: the signature
    proves only that the requester holds the key."""
    doc, sigs, message = _read(
        data, "enrolment_request", _REQUEST_FIELDS, {"signature"}, MAX_DOCUMENT
    )
    try:
        card, public = OfficeCard.from_dict(doc["card"]), PublicKeys.from_dict(doc["public"])
    except (FormatError, ValueError) as exc:
        raise TrustError("bad_format", str(exc), what="enrolment_request") from None
    _check(public.sign, message, sigs["signature"], "enrolment_request")
    return card, public


# Certificates: an issuer vouches that `public` is the key of the office on the card.
_CERT_FIELDS = {"card", "public", "issuer_office_id", "parent_office_id", "serial", "issued_ms"}


@dataclass(frozen=True)
class Certificate:
    subject: OfficeCard
    public: PublicKeys
    issuer_office_id: uuid.UUID
    parent_office_id: uuid.UUID | None  # the issuer for a child; None for a root
    serial: int
    issued_ms: int
    raw: bytes

    @property
    def is_root(self) -> bool:
        return self.issuer_office_id == self.subject.office_id

    def signed_by(self, issuer_sign_pub: bytes) -> bool:
        try:
            self.check_signature(issuer_sign_pub)
        except TrustError:
            return False
        return True

    def check_signature(self, issuer_sign_pub: bytes) -> None:
        doc, sigs, message = _read(self.raw, "certificate", _CERT_FIELDS, {"signature"},
                                   MAX_DOCUMENT)  # fmt: skip
        _check(issuer_sign_pub, message, sigs["signature"], "certificate")


def make_certificate(
    issuer: OfficeKeys,
    issuer_office_id: uuid.UUID,
    subject: OfficeCard,
    public: PublicKeys,
    *,
    parent_office_id: uuid.UUID | None,
    serial: int,
    issued_ms: int,
) -> bytes:
    fields = {
        "card": subject.to_dict(),
        "issued_ms": issued_ms,
        "issuer_office_id": str(issuer_office_id),
        "parent_office_id": None if parent_office_id is None else str(parent_office_id),
        "public": public.to_dict(),
        "serial": serial,
        "type": "certificate",
        "v": VERSION,
    }
    raw = _signed(fields, {"signature": issuer})
    read_certificate(raw)  # the same structural rules as the reader
    return raw


def make_root_certificate(keys: OfficeKeys, card: OfficeCard, issued_ms: int) -> bytes:
    """A self-signed certificate for the top office (its key is a root of trust)."""
    return make_certificate(keys, card.office_id, card, keys.public, parent_office_id=None,
                            serial=1, issued_ms=issued_ms)  # fmt: skip


def read_certificate(data: bytes) -> Certificate:
    """The certificate's content; structure only (see verify_chain for the signatures)."""
    doc, _sigs, _message = _read(data, "certificate", _CERT_FIELDS, {"signature"}, MAX_DOCUMENT)
    try:
        card = OfficeCard.from_dict(doc["card"])
        issuer = _uuid(doc["issuer_office_id"])
        parent = None if doc["parent_office_id"] is None else _uuid(doc["parent_office_id"])
        if (issuer == card.office_id) != (parent is None) or parent not in (None, issuer):
            raise FormatError("a root has no parent; a child's parent is its issuer")
        return Certificate(
            subject=card,
            public=PublicKeys.from_dict(doc["public"]),
            issuer_office_id=issuer,
            parent_office_id=parent,
            serial=_int(doc["serial"], 1),
            issued_ms=_int(doc["issued_ms"]),
            raw=bytes(data),
        )
    except (FormatError, ValueError) as exc:
        raise TrustError("bad_format", str(exc), what="certificate") from None


def verify_chain(
    cert: Certificate,
    certs_by_office: dict[uuid.UUID, Certificate],
    roots: set[bytes],
    later_keys: Mapping[uuid.UUID, Sequence[bytes]] | None = None,
) -> None:
    """Walk issuer links up to a self-signed root whose signing key is in `roots`,
    checking every signature on the way; TrustError otherwise.

    `later_keys`: the signing keys an office moved to by an accepted rotation; a
    certificate it issued after the change is signed by one of them, not by the key
    its own certificate names."""
    seen: set[uuid.UUID] = set()
    current = cert
    for _step in range(MAX_CHAIN):
        if current.subject.office_id in seen:
            raise TrustError("loop")
        seen.add(current.subject.office_id)
        if current.is_root:
            current.check_signature(current.public.sign)
            if current.public.sign not in roots:
                raise TrustError("unknown_root")
            return
        issuer = certs_by_office.get(current.issuer_office_id)
        if issuer is None or issuer.subject.office_id != current.issuer_office_id:
            raise TrustError("unknown_issuer")
        *earlier, last = [issuer.public.sign, *(later_keys or {}).get(current.issuer_office_id, ())]
        if not any(current.signed_by(key) for key in earlier):
            current.check_signature(last)  # raises the error that names what failed
        current = issuer
    raise TrustError("loop", "chain too long")


# Trust lists: an issuer's versioned list of certificates and revocations.
_LIST_FIELDS = {"issuer_office_id", "version", "certificates", "revocations"}


@dataclass(frozen=True)
class TrustList:
    issuer_office_id: uuid.UUID
    version: int
    certificates: list[Certificate]
    revocations: dict[uuid.UUID, int]  # office_id -> last batch sequence still accepted
    raw: bytes


def make_trust_list(
    issuer: OfficeKeys,
    issuer_office_id: uuid.UUID,
    version: int,
    certificates: list[bytes],
    revocations: dict[uuid.UUID, int],
) -> bytes:
    for raw in certificates:
        read_certificate(raw)
    fields = {
        "certificates": [
            canonical.decode(raw, max_bytes=MAX_DOCUMENT, max_depth=6) for raw in certificates
        ],
        "issuer_office_id": str(issuer_office_id),
        "revocations": {str(office): seq for office, seq in revocations.items()},
        "type": "trust_list",
        "v": VERSION,
        "version": version,
    }
    return _signed(fields, {"signature": issuer})


def read_trust_list(data: bytes, issuer_sign_pub: bytes, *, known_version: int | None) -> TrustList:
    """A trust list signed by `issuer_sign_pub` and newer than `known_version`."""
    doc, sigs, message = _read(data, "trust_list", _LIST_FIELDS, {"signature"}, MAX_TRUST_LIST)
    _check(issuer_sign_pub, message, sigs["signature"], "trust_list")
    try:
        version = _int(doc["version"], 1)
        if type(doc["certificates"]) is not list or type(doc["revocations"]) is not dict:
            raise FormatError("bad lists")
        certificates = [read_certificate(canonical.encode(item)) for item in doc["certificates"]]
        revocations = {_uuid(k): _int(v) for k, v in doc["revocations"].items()}
        issuer = _uuid(doc["issuer_office_id"])
    except (FormatError, ValueError) as exc:
        raise TrustError("bad_format", str(exc), what="trust_list") from None
    if known_version is not None and version <= known_version:
        raise TrustError("rollback", version=version, known=known_version)
    return TrustList(issuer, version, certificates, revocations, bytes(data))


# Rotation: the office's old and new keys both sign the change.
_ROTATION_FIELDS = {"office_id", "old", "new", "from_seq", "issued_ms"}


@dataclass(frozen=True)
class Rotation:
    """An office moved from key `old` to key `new`; `new` signs its batches from `from_seq`."""

    office_id: uuid.UUID
    old: PublicKeys
    new: PublicKeys
    from_seq: int
    issued_ms: int
    raw: bytes


def make_rotation(
    old: OfficeKeys, new: OfficeKeys, office_id: uuid.UUID, *, from_seq: int, issued_ms: int = 0
) -> bytes:
    fields = {
        "from_seq": from_seq,
        "issued_ms": issued_ms,
        "new": new.public.to_dict(),
        "office_id": str(office_id),
        "old": old.public.to_dict(),
        "type": "rotation",
        "v": VERSION,
    }
    return _signed(fields, {"signature_new": new, "signature_old": old})


def _parse_rotation(data: bytes) -> tuple[Rotation, dict[str, bytes], bytes]:
    doc, sigs, message = _read(data, "rotation", _ROTATION_FIELDS,
                               {"signature_new", "signature_old"}, MAX_DOCUMENT)  # fmt: skip
    try:
        rotation = Rotation(
            office_id=_uuid(doc["office_id"]),
            old=PublicKeys.from_dict(doc["old"]),
            new=PublicKeys.from_dict(doc["new"]),
            from_seq=_int(doc["from_seq"], 1),
            issued_ms=_int(doc["issued_ms"]),
            raw=bytes(data),
        )
    except (FormatError, ValueError) as exc:
        raise TrustError("bad_format", str(exc), what="rotation") from None
    return rotation, sigs, message


def read_rotation(data: bytes, old_pub: bytes) -> Rotation:
    """The key change, if it is signed by the old key `old_pub` (the one trusted now) and
    by the new key itself."""
    rotation, sigs, message = _parse_rotation(data)
    if rotation.old.sign != bytes(old_pub):
        raise TrustError("wrong_key")
    _check(rotation.old.sign, message, sigs["signature_old"], "rotation")
    _check(rotation.new.sign, message, sigs["signature_new"], "rotation")
    return rotation


def rotation_office(data: bytes) -> uuid.UUID:
    """The office a rotation document is about (to look up its current key); unverified."""
    return _parse_rotation(data)[0].office_id
