"""This office's keys and its place in the trust tree (SYNC.md §7).

An office creates its keys once (sealed under a passphrase in `sync_key`). The
top office of a tree (a province, usually) is its own root: it signs its own
certificate. Every other office is enrolled by its parent: it writes a request
file, the parent's officer confirms the fingerprint by phone and answers with a
bundle carrying the child's certificate, the chain up to the root and the
parent's trust list; the child's officer confirms the parent's fingerprint
before accepting it. Nothing is trusted on first use.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import UserError
from app.fileio import write_atomic
from app.i18n import _
from app.ids import uuid7
from app.models import Installation, Office
from app.models.sync_state import OriginBatch, SyncKey, SyncKeyChange, SyncPeer, TrustListRecord
from app.services import roles
from app.services import sync_keyring as keyring
from app.services.office import LEVELS
from app.sync import batches, canonical, envelope, hlc, trust
from app.sync.keys import (
    OfficeKeys,
    PublicKeys,
    generate_keys,
    normalise_fingerprint,
    open_keys,
    seal_keys,
)
from app.text import fold

PASSPHRASE_MIN = 8
REQUEST_SUFFIX = ".llr"
BUNDLE_SUFFIX = ".llb"
MAX_REQUEST = 64 * 1024


@dataclass(frozen=True)
class PeerInfo:
    office_id: uuid.UUID
    name: str
    level: str
    fingerprint: str
    relation: str  # parent | child | ancestor | descendant | other
    last_import_at: datetime | None
    last_export_at: datetime | None


@dataclass(frozen=True)
class IdentityInfo:
    office_id: uuid.UUID
    office_name: str
    level: str
    has_keys: bool
    fingerprint: str
    enrolled: bool  # has a certificate: its own root's, or one from its parent
    is_root: bool
    parent: PeerInfo | None
    peers: tuple[PeerInfo, ...]


@dataclass(frozen=True)
class RequestInfo:
    office_id: uuid.UUID
    name: str
    level: str
    fingerprint: str


# --- reading the trust state --------------------------------------------------


def _me(s: Session) -> Office:
    inst = s.get(Installation, 1)
    office = s.get(Office, inst.office_id) if inst else None
    if office is None:
        raise UserError(_("Set up the office first."))
    return office


def my_card(s: Session) -> trust.OfficeCard:
    office = _me(s)
    return trust.OfficeCard(office.id, office.name, office.level, office.admin_unit_code)


def _own_key(s: Session) -> SyncKey:
    key = s.get(SyncKey, 1)
    if key is None:
        raise UserError(_("This office has no keys yet: create them in Settings → Sync."))
    return key


def my_certificate(s: Session) -> trust.Certificate | None:
    key = s.get(SyncKey, 1)
    return trust.read_certificate(key.certificate) if key and key.certificate else None


def known_certificates(s: Session) -> dict[uuid.UUID, trust.Certificate]:
    """Every certificate this office holds, by subject office (its own included)."""
    certs = {}
    for (raw,) in s.execute(
        sa.select(SyncPeer.certificate).where(SyncPeer.certificate.is_not(None))
    ):
        cert = trust.read_certificate(raw)
        certs[cert.subject.office_id] = cert
    own = my_certificate(s)
    if own is not None:
        certs[own.subject.office_id] = own
    return certs


def roots(certs: dict[uuid.UUID, trust.Certificate]) -> set[bytes]:
    """The sign keys of the self-signed certificates held: the trust anchors.

    A root certificate reaches an office only in its own keys (a province) or in the
    enrolment answer its officer accepted after comparing fingerprints by phone.
    """
    return {c.public.sign for c in certs.values() if c.issuer_office_id == c.subject.office_id}


def office_tree(s: Session) -> dict[uuid.UUID, uuid.UUID | None]:
    """office → parent office, from the certificates (never from synced Office rows, which
    any office could write)."""
    return {oid: c.parent_office_id for oid, c in known_certificates(s).items()}


def ancestors(tree: dict[uuid.UUID, uuid.UUID | None], office_id: uuid.UUID) -> list[uuid.UUID]:
    out, seen = [], {office_id}
    parent = tree.get(office_id)
    while parent is not None and parent not in seen:
        out.append(parent)
        seen.add(parent)
        parent = tree.get(parent)
    return out


def subtree(tree: dict[uuid.UUID, uuid.UUID | None], office_id: uuid.UUID) -> set[uuid.UUID]:
    """The office and every office below it."""
    return {o for o in tree if o == office_id or office_id in ancestors(tree, o)} | {office_id}


def relation(tree: dict[uuid.UUID, uuid.UUID | None], me: uuid.UUID, other: uuid.UUID) -> str:
    if tree.get(me) == other:
        return "parent"
    if tree.get(other) == me:
        return "child"
    if other in ancestors(tree, me):
        return "ancestor"
    if me in ancestors(tree, other):
        return "descendant"
    return "other"


def identity(db: Database) -> IdentityInfo:
    with db.read() as s:
        office = _me(s)
        key = s.get(SyncKey, 1)
        own = my_certificate(s)
        tree = office_tree(s)
        peers = []
        for peer in s.scalars(sa.select(SyncPeer).where(SyncPeer.trusted.is_(True))):
            if peer.office_id == office.id:
                continue
            peers.append(PeerInfo(
                peer.office_id, peer.name, peer.level,
                PublicKeys(peer.sign_pub, peer.enc_pub).fingerprint(),
                relation(tree, office.id, peer.office_id), peer.last_import_at,
                peer.last_export_at,
            ))  # fmt: skip
        peers.sort(key=lambda p: (_RELATION_ORDER.get(p.relation, 9), fold(p.name)))
        parent = next((p for p in peers if p.relation == "parent"), None)
        return IdentityInfo(
            office.id, office.name, office.level, key is not None,
            PublicKeys(key.sign_pub, key.enc_pub).fingerprint() if key else "",
            own is not None, own is not None and own.parent_office_id is None,
            parent, tuple(peers),
        )  # fmt: skip


_RELATION_ORDER = {"parent": 0, "child": 1, "ancestor": 2, "descendant": 3, "other": 4}


# --- keys ---------------------------------------------------------------------


def check_passphrase(passphrase: str, again: str | None = None) -> None:
    if len(passphrase) < PASSPHRASE_MIN:
        raise UserError(_("Choose a passphrase of at least {n} characters: it protects the "
                          "office's keys.").format(n=PASSPHRASE_MIN))  # fmt: skip
    if again is not None and again != passphrase:
        raise UserError(_("The two passphrases differ. Type the same one twice."))


def create_keys(
    db: Database, actor: roles.Actor, passphrase: str, *, root: bool | None = None
) -> str:
    """Make this office's signing and encryption keys; returns the fingerprint.

    `root`: the office is the top of its tree and signs its own certificate. By default
    a province office is a root and every other office waits to be enrolled by its parent.
    """
    roles.require(actor, "admin")
    check_passphrase(passphrase)
    keys = generate_keys()
    sealed = seal_keys(keys, passphrase)
    now = datetime.now().replace(microsecond=0)
    with db.write(actor.username) as s:
        if s.get(SyncKey, 1) is not None:
            raise UserError(_("This office already has its keys."))
        card = my_card(s)
        is_root = card.level == LEVELS[-1] if root is None else root
        cert = trust.make_root_certificate(keys, card, hlc.now_ms()) if is_root else None
        s.add(SyncKey(id=1, sign_pub=keys.public.sign, enc_pub=keys.public.enc,
                      sealed_private=sealed, certificate=cert, created_at=now))  # fmt: skip
        if is_root:
            _issue_trust_list(s, keys, card.office_id, now)
    return keys.public.fingerprint()


def unlock(db: Database, passphrase: str) -> OfficeKeys:
    """The office's private keys, opened with its passphrase (WrongPassphrase otherwise)."""
    with db.read() as s:
        blob = _own_key(s).sealed_private
    return open_keys(blob, passphrase)


def rotate_keys(db: Database, actor: roles.Actor, passphrase: str) -> str:
    """Give this office new keys, kept under the same passphrase; returns the new fingerprint.

    The old and the new key both sign the change (sync_keyring); the other offices learn it
    from this office's next bundles. Batches already made keep their old signatures, and
    the batches made from now on are signed by the new key only.
    """
    roles.require(actor, "admin")
    old = unlock(db, passphrase)
    new = generate_keys()
    sealed = seal_keys(new, passphrase)
    now = datetime.now().replace(microsecond=0)
    with db.write(actor.username) as s:
        key = _own_key(s)
        if key.sign_pub != old.public.sign:
            raise UserError(_("The office's keys changed meanwhile. Open Settings → Sync again."))
        me = _me(s).id
        last_seq, _hash = batches.last_batch(s.connection(), me)
        s.add(keyring.own_change(old, new, me, last_seq + 1, hlc.now_ms(), now))
        key.sign_pub, key.enc_pub, key.sealed_private = new.public.sign, new.public.enc, sealed
        s.flush()
        if s.get(TrustListRecord, me) is not None:  # its own list, now signed by the new key
            _issue_trust_list(s, new, me, now)
    return new.public.fingerprint()


def key_changes(db: Database) -> list[datetime]:
    """When this office changed its keys, oldest first."""
    with db.read() as s:
        me = _me(s).id
        return list(s.scalars(sa.select(SyncKeyChange.recorded_at)
                              .where(SyncKeyChange.office_id == me)
                              .order_by(SyncKeyChange.recorded_at)))  # fmt: skip


def _issue_trust_list(s: Session, keys: OfficeKeys, me: uuid.UUID, now: datetime) -> None:
    """A new version of this office's trust list: its chain up to the root and every
    certificate it issued, with the revocations it made."""
    record = s.get(TrustListRecord, me)
    version = (record.version if record else 0) + 1
    own = my_certificate(s)
    certs = known_certificates(s)
    tree = {oid: c.parent_office_id for oid, c in certs.items()}
    chain = [certs[o].raw for o in [me, *ancestors(tree, me)] if o in certs]
    issued = [c.raw for c in certs.values() if c.issuer_office_id == me and c is not own]
    revocations = {
        p.office_id: p.revoked_after_seq
        for p in s.scalars(sa.select(SyncPeer).where(SyncPeer.revoked_after_seq.is_not(None)))
        if tree.get(p.office_id) == me
    }
    body = trust.make_trust_list(keys, me, version, chain + issued, revocations)
    if record is None:
        s.add(TrustListRecord(issuer_office_id=me, version=version, body=body, received_at=now))
    else:
        record.version, record.body, record.received_at = version, body, now


# --- enrolment ----------------------------------------------------------------


def request_file_name(name: str) -> str:
    return f"{file_stem(name)}-xin-cap-chung-thu{REQUEST_SUFFIX}"


def file_stem(name: str) -> str:
    words = "".join(ch if ch.isalnum() else " " for ch in fold(name)).split()
    return "-".join(words)[:60] or "lalanh"


def write_request(db: Database, keys: OfficeKeys, folder: Path) -> Path:
    """The enrolment request file for the parent office (public keys and who we are)."""
    with db.read() as s:
        card = my_card(s)
        if my_certificate(s) is not None:
            raise UserError(_("This office is already enrolled."))
    path = Path(folder) / request_file_name(card.name)
    write_atomic(path, trust.make_request(keys, card))
    return path


def read_request(path: Path) -> RequestInfo:
    data = _read_small(path, MAX_REQUEST)
    try:
        card, public = trust.read_request(data)
    except trust.TrustError as exc:
        raise UserError(exc.message) from None
    return RequestInfo(card.office_id, card.name, card.level, public.fingerprint())


def _read_small(path: Path, limit: int) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise UserError(_("Cannot read {file}: {reason}").format(
            file=Path(path).name, reason=exc.strerror or exc)) from None  # fmt: skip
    if len(data) > limit:
        raise UserError(_("{file} is too large to be an enrolment request.").format(
            file=Path(path).name))  # fmt: skip
    return data


def enrol_child(
    db: Database,
    actor: roles.Actor,
    keys: OfficeKeys,
    request: Path,
    confirmed_fingerprint: str,
    folder: Path,
) -> Path:
    """Certify the office that wrote `request` as a child of this office.

    `confirmed_fingerprint` is what the child's officer read over the phone; it must be
    the request's. Returns the answer bundle to send back to the child.
    """
    roles.require(actor, "admin")
    data = _read_small(request, MAX_REQUEST)
    try:
        card, public = trust.read_request(data)
    except trust.TrustError as exc:
        raise UserError(exc.message) from None
    if normalise_fingerprint(confirmed_fingerprint) != normalise_fingerprint(public.fingerprint()):
        raise UserError(_("The fingerprint you typed is not the one in the request. Call the "
                          "office again and compare every group; the request may not come from "
                          "them."))  # fmt: skip
    now = datetime.now().replace(microsecond=0)
    with db.write(actor.username) as s:
        me = my_card(s)
        own = my_certificate(s)
        if own is None:
            raise UserError(_("This office is not enrolled yet, so it cannot enrol others. "
                              "Enrol it with its own parent office first."))  # fmt: skip
        if card.office_id == me.office_id:
            raise UserError(_("This is this office's own request."))
        if card.level not in LEVELS or LEVELS.index(card.level) >= LEVELS.index(me.level):
            raise UserError(_("{name} is not below this office: only a lower office can be "
                              "enrolled here.").format(name=card.name))  # fmt: skip
        peer = s.get(SyncPeer, card.office_id)
        serial = s.scalar(sa.select(sa.func.count()).select_from(SyncPeer)) + 1
        cert = trust.make_certificate(keys, me.office_id, card, public,
                                      parent_office_id=me.office_id, serial=serial,
                                      issued_ms=hlc.now_ms())  # fmt: skip
        if peer is None:
            peer = SyncPeer(office_id=card.office_id, envelope_seq_out=0, envelope_seq_in=0,
                            their_acks={})  # fmt: skip
            s.add(peer)
        peer.name, peer.level, peer.admin_unit_code = card.name, card.level, card.admin_unit_code
        peer.parent_office_id = me.office_id
        peer.sign_pub, peer.enc_pub, peer.certificate = public.sign, public.enc, cert
        peer.trusted, peer.revoked_after_seq = True, None
        s.flush()
        _issue_trust_list(s, keys, me.office_id, now)
        certs = known_certificates(s)
        tree = {oid: c.parent_office_id for oid, c in certs.items()}
        chain = [certs[o].raw for o in [me.office_id, *ancestors(tree, me.office_id)]]
        lists = [r.body for r in s.scalars(sa.select(TrustListRecord))]
        payload = canonical.encode({
            "kind": "enrolment",
            "certificate": canonical.b64(cert),
            "chain": [canonical.b64(c) for c in chain],
            "trust_lists": [canonical.b64(b) for b in lists],
            "rotations": [canonical.b64(d) for d in keyring.documents(s)],
        })  # fmt: skip
        peer.envelope_seq_out += 1
        bundle = envelope.write_bundle(
            sender=keys, sender_office_id=me.office_id, recipient_office_id=card.office_id,
            recipient_enc_key=public.enc, envelope_seq=peer.envelope_seq_out, bundle_id=uuid7(),
            part=1, parts=1, kind="enrolment", payload=payload,
            rotations=tuple(keyring.documents(s, me.office_id)),
        )  # fmt: skip
        peer.last_export_at = now
        path = Path(folder) / f"{file_stem(card.name)}-chung-thu{BUNDLE_SUFFIX}"
        write_atomic(path, bundle)
    return path


@dataclass(frozen=True)
class EnrolmentAnswer:
    parent: trust.OfficeCard
    parent_fingerprint: str
    chain: tuple[trust.Certificate, ...]
    certificate: trust.Certificate
    trust_lists: tuple[bytes, ...]
    rotations: tuple[bytes, ...]  # key changes of the offices in the chain


def open_enrolment_answer(db: Database, keys: OfficeKeys, data: bytes) -> EnrolmentAnswer:
    """Decrypt and check the parent's answer; nothing is stored yet."""
    try:
        header = envelope.read_header(data)
        if header.kind != "enrolment":
            raise UserError(_("This bundle is not an enrolment answer."))
        inner = envelope.open_bundle(data, header, sender_sign_pub=header.sender_sign_key, me=keys)
        doc = canonical.decode(inner, max_bytes=len(inner))
        cert = trust.read_certificate(canonical.unb64(doc["certificate"]))
        chain = tuple(trust.read_certificate(canonical.unb64(c)) for c in doc["chain"])
        lists = tuple(canonical.unb64(b) for b in doc["trust_lists"])
        rotations = tuple(canonical.unb64(b) for b in doc.get("rotations", []))
    except envelope.BundleError as exc:
        raise UserError(exc.message) from None
    except trust.TrustError as exc:
        raise UserError(exc.message) from None
    except (canonical.FormatError, KeyError, TypeError):
        raise UserError(_("This enrolment answer is damaged. Ask the parent office for a new "
                          "one.")) from None  # fmt: skip
    with db.read() as s:
        me = my_card(s)
        own_key = _own_key(s)
    if header.recipient_office_id != me.office_id or cert.subject.office_id != me.office_id:
        raise UserError(_("This enrolment answer is for another office."))
    if cert.public.sign != own_key.sign_pub or cert.public.enc != own_key.enc_pub:
        raise UserError(_("This enrolment answer certifies other keys than this office's. Send "
                          "a new request."))  # fmt: skip
    by_office = {c.subject.office_id: c for c in chain}
    parent = by_office.get(cert.issuer_office_id)
    # an office that changed its keys signs with its latest one, reached from its certificate
    later = {o: [r.new.sign for r in keyring.follow(o, c.public.sign, rotations)]
             for o, c in by_office.items()}  # fmt: skip
    if parent is None or header.sender_sign_key not in (
        parent.public.sign,
        *later[parent.subject.office_id],
    ):
        raise UserError(_("This enrolment answer was not signed by the office that certifies "
                          "this one."))  # fmt: skip
    try:
        trust.verify_chain(cert, by_office, roots(by_office), later)
    except trust.TrustError as exc:
        raise UserError(exc.message) from None
    fingerprint = PublicKeys(header.sender_sign_key, header.sender_enc_key).fingerprint()
    return EnrolmentAnswer(parent.subject, fingerprint, chain, cert, lists, rotations)


def accept_enrolment(
    db: Database, actor: roles.Actor, keys: OfficeKeys, data: bytes, confirmed_fingerprint: str
) -> EnrolmentAnswer:
    """Store the certificate and the chain once the officer confirmed the parent's fingerprint."""
    roles.require(actor, "admin")
    answer = open_enrolment_answer(db, keys, data)
    if normalise_fingerprint(confirmed_fingerprint) != normalise_fingerprint(
        answer.parent_fingerprint
    ):
        raise UserError(_("The fingerprint you typed is not the parent office's. Call them again "
                          "and compare every group; do not accept an answer you cannot "
                          "confirm."))  # fmt: skip
    now = datetime.now().replace(microsecond=0)
    with db.write(actor.username) as s:
        key = _own_key(s)
        key.certificate = answer.certificate.raw
        for cert in answer.chain:
            store_certificate(s, cert)
        keyring.take_rotations(s, answer.rotations, answer.certificate.subject.office_id, now)
        for body in answer.trust_lists:
            store_trust_list(s, body, now)
    return answer


def store_certificate(s: Session, cert: trust.Certificate) -> None:
    """Record a verified certificate of another office as a trusted peer."""
    if cert.subject.office_id == _me(s).id:
        return
    peer = s.get(SyncPeer, cert.subject.office_id)
    if peer is None:
        peer = SyncPeer(office_id=cert.subject.office_id, envelope_seq_out=0, envelope_seq_in=0,
                        their_acks={})  # fmt: skip
        s.add(peer)
    elif peer.certificate == cert.raw:
        return
    card = cert.subject
    peer.name, peer.level, peer.admin_unit_code = card.name, card.level, card.admin_unit_code
    peer.parent_office_id = cert.parent_office_id
    peer.sign_pub, peer.enc_pub, peer.certificate = cert.public.sign, cert.public.enc, cert.raw
    peer.trusted = True
    s.flush()


def store_trust_list(s: Session, body: bytes, now: datetime) -> bool:
    """Keep an issuer's newer trust list (an older or equal version is ignored: no rollback)
    and apply its revocations. The issuer must be a known, trusted office."""
    if s.scalar(sa.select(TrustListRecord.version).where(TrustListRecord.body == body)):
        return False  # held already: every bundle carries the lists again
    certs = known_certificates(s)
    later = keyring.keyring(s).later_keys()
    for cert in certs.values():
        record = s.get(TrustListRecord, cert.subject.office_id)
        tl = None
        for key in [cert.public.sign, *later.get(cert.subject.office_id, ())]:
            try:
                tl = trust.read_trust_list(body, key,
                                           known_version=record.version if record else None)  # fmt: skip
                break
            except trust.TrustError:
                continue
        if tl is None:
            continue
        if record is None:
            s.add(TrustListRecord(issuer_office_id=tl.issuer_office_id, version=tl.version,
                                  body=body, received_at=now))  # fmt: skip
        else:
            record.version, record.body, record.received_at = tl.version, body, now
        for office_id, after in tl.revocations.items():
            peer = s.get(SyncPeer, office_id)
            if peer is not None:
                peer.revoked_after_seq = after
        return True
    return False


def revoke_child(
    db: Database,
    actor: roles.Actor,
    keys: OfficeKeys,
    office_id: uuid.UUID,
    after_seq: int | None = None,
) -> int:
    """Cut a child office off: its batches after `after_seq` (default: the last one received
    here) are refused everywhere the new trust list reaches — by sequence number, not by
    time: a stolen key cannot back-date. Returns the cut-off."""
    roles.require(actor, "admin")
    now = datetime.now().replace(microsecond=0)
    with db.write(actor.username) as s:
        me = _me(s).id
        peer = s.get(SyncPeer, office_id)
        if peer is None or peer.parent_office_id != me:
            raise UserError(_("Only an office this office enrolled can be cut off here."))
        if after_seq is None:
            after_seq = s.scalar(sa.select(sa.func.coalesce(sa.func.max(OriginBatch.seq), 0))
                                 .where(OriginBatch.origin_office_id == office_id,
                                        OriginBatch.status == "applied"))  # fmt: skip
        peer.revoked_after_seq = after_seq
        s.flush()
        _issue_trust_list(s, keys, me, now)
    return after_seq


def with_office_names(text: str, names: dict[uuid.UUID, str]) -> str:
    """A message from the sync layer (which knows offices by id only) with their names."""
    for office_id, name in names.items():
        text = text.replace(str(office_id), name).replace(office_id.hex, name)
    return text


def office_names(s: Session) -> dict[uuid.UUID, str]:
    names = {p.office_id: p.name for p in s.scalars(sa.select(SyncPeer))}
    me = _me(s)
    names[me.id] = me.name
    return names


def epoch(s: Session) -> uuid.UUID:
    return s.get(Installation, 1).epoch
