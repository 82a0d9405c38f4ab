"""Every office's keys over time: key rotation (SYNC.md §7, decision 0011).

An office changes its keys with a rotation document signed by its old and its
new key, naming `from_seq`, the first batch the new key signs. The document
travels in the header of the office's next bundles (so a receiver that knows
the old key can check the one signing the header) and in every bundle's payload
(so offices further up or down learn it with the forwarded batches).

A receiver keeps each accepted change (`sync_key_change`): a batch is checked
with the key that held at its sequence number, so batches signed before the
change still verify wherever they are forwarded, and the old key can no longer
sign a batch from `from_seq` on. Certificates and trust lists an office issued
after its change are checked with its later keys.

This office's own changes also keep its old private keys, age-encrypted to the
new encryption key, so that a bundle an office made before it learned of the
change (addressed to the old key) still opens here.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models.sync_state import SyncKeyChange, SyncPeer
from app.sync import age, canonical, trust
from app.sync.keys import OfficeKeys

MAX_PRIVATE = 4096


@dataclass(frozen=True)
class Change:
    from_seq: int
    old_sign: bytes
    new_sign: bytes
    document: bytes


class Keyring:
    """The accepted key changes of every office, in the order they happened."""

    def __init__(self, rows: Iterable[SyncKeyChange]):
        by_office: dict[uuid.UUID, list[SyncKeyChange]] = {}
        for row in rows:
            by_office.setdefault(row.office_id, []).append(row)
        self.changes = {office: _in_order(found) for office, found in by_office.items()}

    def key_at(self, office_id: uuid.UUID, seq: int, current: bytes | None) -> bytes | None:
        """The signing key that held for the office's batch `seq`; `current` from the last
        change on (None: the office is not trusted)."""
        if current is None:
            return None
        for change in self.changes.get(office_id, ()):
            if seq < change.from_seq:
                return change.old_sign
        return current

    def later_keys(self) -> dict[uuid.UUID, list[bytes]]:
        """office → the signing keys it moved to, oldest first."""
        return {o: [c.new_sign for c in found] for o, found in self.changes.items()}


def _in_order(rows: list[SyncKeyChange]) -> list[Change]:
    """Follow the chain old → new from the key no change leads to (a key is left once)."""
    by_old = {r.old_sign: r for r in rows}
    reached = {r.new_sign for r in rows}
    row = next((r for r in rows if r.old_sign not in reached), None)
    out: list[Change] = []
    while row is not None and len(out) < len(rows):
        out.append(Change(row.from_seq, row.old_sign, row.new_sign, row.document))
        row = by_old.get(row.new_sign)
    return out


def keyring(s: Session) -> Keyring:
    return Keyring(s.scalars(sa.select(SyncKeyChange)))


def follow(office_id: uuid.UUID, start: bytes, documents: Sequence[bytes]) -> list[trust.Rotation]:
    """The changes among `documents` that lead on from the office's key `start`, in order,
    each checked with the key before it (documents that do not extend it are skipped)."""
    found: list[trust.Rotation] = []
    key, pending, progress = start, list(documents), True
    while pending and progress:
        progress = False
        for doc in list(pending):
            try:
                rotation = trust.read_rotation(doc, key)
            except trust.TrustError:
                continue
            pending.remove(doc)
            if rotation.office_id != office_id:
                continue
            if found and rotation.from_seq < found[-1].from_seq:
                continue
            found.append(rotation)
            key, progress = rotation.new.sign, True
    return found


def signs_with(office_id: uuid.UUID, known: bytes, documents: Sequence[bytes], key: bytes) -> bool:
    """True when `key` is the office's key `known`, or one it moved to by `documents`."""
    return key == known or any(r.new.sign == key for r in follow(office_id, known, documents))


def take_rotations(s: Session, documents: Sequence[bytes], me: uuid.UUID, now: datetime) -> int:
    """Keep the key changes of trusted offices that lead on from the key held for them; the
    office's current keys become the new ones. Returns how many were new."""
    if not documents:
        return 0
    held = set(s.scalars(sa.select(SyncKeyChange.document)))
    offices: set[uuid.UUID] = set()
    for doc in set(documents) - held:
        try:
            offices.add(trust.rotation_office(doc))
        except trust.TrustError:
            continue
    taken = 0
    for office_id in offices - {me}:
        peer = s.get(SyncPeer, office_id)
        if peer is None or not peer.trusted:
            continue
        last = s.scalar(sa.select(sa.func.max(SyncKeyChange.from_seq))
                        .where(SyncKeyChange.office_id == office_id)) or 0  # fmt: skip
        for rotation in follow(office_id, peer.sign_pub, [d for d in documents if d not in held]):
            if rotation.from_seq < last:
                break  # an old key cannot move batches it no longer signs
            s.add(SyncKeyChange(
                office_id=office_id, from_seq=rotation.from_seq, old_sign=rotation.old.sign,
                old_enc=rotation.old.enc, new_sign=rotation.new.sign, new_enc=rotation.new.enc,
                document=rotation.raw, old_private=None, recorded_at=now))  # fmt: skip
            peer.sign_pub, peer.enc_pub = rotation.new.sign, rotation.new.enc
            last, taken = rotation.from_seq, taken + 1
    s.flush()
    return taken


def documents(s: Session, office_id: uuid.UUID | None = None) -> list[bytes]:
    """The rotation documents held (of one office, or all), oldest first per office."""
    query = sa.select(SyncKeyChange)
    if office_id is not None:
        query = query.where(SyncKeyChange.office_id == office_id)
    changes = Keyring(s.scalars(query)).changes
    return [c.document for o in sorted(changes, key=lambda o: o.hex) for c in changes[o]]


def retired_keys(s: Session, keys: OfficeKeys, me: uuid.UUID) -> dict[bytes, OfficeKeys]:
    """This office's earlier keys (`me`'s) by encryption key, each opened with the one after."""
    rows = {r.new_sign: r for r in s.scalars(
        sa.select(SyncKeyChange).where(SyncKeyChange.office_id == me,
                                       SyncKeyChange.old_private.is_not(None)))}  # fmt: skip
    out, current = {}, keys
    while (row := rows.pop(current.public.sign, None)) is not None:
        plain = age.decrypt(row.old_private, current.enc_private_bytes(), max_output=MAX_PRIVATE)
        doc = canonical.decode(plain, max_bytes=MAX_PRIVATE)
        current = OfficeKeys.from_private_bytes(canonical.unb64(doc["sign"]),
                                                canonical.unb64(doc["enc"]))  # fmt: skip
        out[current.public.enc] = current
    return out


def own_change(old: OfficeKeys, new: OfficeKeys, me: uuid.UUID, from_seq: int, issued_ms: int,
               now: datetime) -> SyncKeyChange:  # fmt: skip
    """The record of this office moving from `old` to `new`: the signed document, and the old
    private keys encrypted to the new encryption key."""
    private = canonical.encode({"enc": canonical.b64(old.enc_private_bytes()),
                                "sign": canonical.b64(old.sign_private_bytes())})  # fmt: skip
    return SyncKeyChange(
        office_id=me, from_seq=from_seq, old_sign=old.public.sign, old_enc=old.public.enc,
        new_sign=new.public.sign, new_enc=new.public.enc,
        document=trust.make_rotation(old, new, me, from_seq=from_seq, issued_ms=issued_ms),
        old_private=age.encrypt(private, new.public.enc), recorded_at=now)  # fmt: skip
