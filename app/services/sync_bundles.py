"""Bundles: writing one for an office above or below, and importing one (SYNC.md §3–5).

Export seals this office's new changes into an origin batch, then writes every batch
the receiver has not acknowledged — its own and, going up, those of the offices below
it, byte for byte — with this office's acknowledgement vector, its database epoch and
the certificates the receiver needs to check the batches. Import checks the file before
it touches anything, then applies it in one transaction and says in one sentence what
arrived, what needs review and what is still missing.

The inner payload (docs/bundle-format.md, "Inner payload") is canonical JSON:
{"manifest": {...the signed header's sender, recipient, sequence, bundle and part...},
 "epoch": hex, "acks": {origin hex: [seq, hash hex]}, "batches": [[body b64, signature b64]],
 "certificates": [b64], "trust_lists": [b64]}.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app import paths
from app.db import Database
from app.errors import Cancelled, UserError
from app.fileio import write_atomic
from app.i18n import _
from app.ids import uuid7
from app.models.sync_state import OriginBatch, SyncKey, SyncLog, SyncPeer, TrustListRecord
from app.numbers import format_number
from app.services import sync_identity as ident
from app.services import sync_keyring as keyring
from app.sync import acks, apply, batches, canonical, envelope, trust
from app.sync.keys import FINGERPRINT_ALPHABET, OfficeKeys, PublicKeys

PART_LIMIT = 10 * 1024 * 1024  # e-mail attachment limits (SYNC.md §4)
RAW_PART = 4 * PART_LIMIT  # batch bytes before compression in one part, at first
# Changed rows per origin batch: a batch travels whole, so it must fit in a part.
BATCH_ROWS = 50_000
MAX_FILE = envelope.MAX_FILE
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    paths: tuple[Path, ...]
    peer_name: str
    batches: int
    changes: int
    code: str  # the bundle's short code, to read over the phone


@dataclass(frozen=True)
class ImportResult:
    sentence: str
    sender_name: str
    changes: int
    rows_changed: int
    conflicts: int
    waiting: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    already_had: bool = False
    same_persons: int = 0  # persons that may be registered in another office too
    arrived_persons: tuple[str, ...] = ()  # ids (hex) of the persons written
    log_id: int | None = None


def short_code(data: bytes) -> str:
    """Eight characters of the file's SHA-256 in the fingerprint alphabet: 'K7QF-2M9X'."""
    number = int.from_bytes(hashlib.sha256(data).digest()[:5], "big")
    chars = "".join(FINGERPRINT_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(8)))
    return f"{chars[:4]}-{chars[4:]}"


# --- export -------------------------------------------------------------------


def export_targets(db: Database) -> list[ident.PeerInfo]:
    """Offices this office writes bundles for: its parent first, then its children."""
    info = ident.identity(db)
    return [p for p in info.peers if p.relation in ("parent", "child")]


def export_bundle(
    db: Database, user: str, keys: OfficeKeys, to_office: uuid.UUID, folder: Path,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
) -> ExportResult:  # fmt: skip
    """Write the bundle(s) for `to_office` into `folder`; one transaction.

    Upward it carries this office's batches and those of every office below it; downward
    this office's and its ancestors' (programs, categories, corrections). Everything the
    receiver has not acknowledged goes again, so a lost file heals with the next one.
    """
    report = progress or (lambda _d, _t: None)
    report(0, 100)
    now = datetime.now().replace(microsecond=0)
    with db.write(user) as s:
        me = ident.my_card(s).office_id
        if ident.my_certificate(s) is None:
            raise UserError(_("This office is not enrolled yet: send the enrolment request to "
                              "the office above and accept its answer first."))  # fmt: skip
        peer = s.get(SyncPeer, to_office)
        tree = ident.office_tree(s)
        rel = ident.relation(tree, me, to_office) if peer is not None else "other"
        if peer is None or not peer.trusted or rel not in ("parent", "child"):
            raise UserError(_("Bundles go to the office directly above this one or to an office "
                              "this one enrolled."))  # fmt: skip
        conn = s.connection()
        while batches.seal_outbox(conn, keys, max_rows=BATCH_ROWS) is not None:
            if cancel and cancel():
                raise Cancelled()
        report(20, 100)
        # Up: this office's subtree; down: this office and its ancestors, and the batches of
        # the child's own subtree that it lacks (a child restored from an older copy).
        their = {uuid.UUID(hex=o): (v[0], bytes.fromhex(v[1])) for o, v in
                 (peer.their_acks or {}).items()}  # fmt: skip
        held = acks.ack_vector(conn)
        up = rel == "parent"
        if up:
            origins = ident.subtree(tree, me)
        else:
            behind = {o for o in ident.subtree(tree, to_office)
                      if their.get(o, (0, b""))[0] < held.get(o, (0, b""))[0]}  # fmt: skip
            origins = {me, *ident.ancestors(tree, me), *behind}
        chosen = acks.batches_to_send(conn, their, origins)
        report(40, 100)
        certs = ident.known_certificates(s)
        if rel == "parent":  # the certificates that let the receiver check these batches
            sent_certs = [certs[o].raw for o in origins if o in certs]
        else:
            sent_certs = [certs[o].raw for o in [me, *ident.ancestors(tree, me)] if o in certs]
        lists = [r.body for r in s.scalars(sa.select(TrustListRecord))]
        common = {
            "epoch": ident.epoch(s).hex,
            "acks": {o.hex: [seq, h.hex()] for o, (seq, h) in held.items()},
            "certificates": [canonical.b64(c) for c in sent_certs],
            "trust_lists": [canonical.b64(b) for b in lists],
            "rotations": [canonical.b64(d) for d in keyring.documents(s)],
        }
        sealer = _PartWriter(keys, me, peer, uuid7(), common, keyring.documents(s, me))
        files = sealer.write(_parts(chosen), report, cancel)
        sender, receiver = ident.file_stem(ident.my_card(s).name), ident.file_stem(peer.name)
        stem = f"{sender}-gui-{receiver}-{now:%Y%m%d-%H%M}"
        written = []
        for number, data in enumerate(files, 1):
            suffix = f"-phan-{number}-{len(files)}" if len(files) > 1 else ""
            path = Path(folder) / f"{stem}{suffix}{ident.BUNDLE_SUFFIX}"
            write_atomic(path, data)
            written.append(path)
        changes = _change_count(conn, chosen)
        code = short_code(files[0])
        peer.last_export_at = now
        s.add(SyncLog(at=now, direction="out", file_name=written[0].name,
                      bundle_sha256=hashlib.sha256(files[0]).hexdigest(), peer_office_id=to_office,
                      summary=_("{n} changes in {b} batches").format(n=changes, b=len(chosen))))  # fmt: skip
    report(100, 100)
    return ExportResult(tuple(written), peer.name, len(chosen), changes, code)


class _PartWriter:
    """Seals groups of batches as the parts of one bundle for one peer."""

    def __init__(self, keys: OfficeKeys, me: uuid.UUID, peer: SyncPeer, bundle_id: uuid.UUID,
                 common: dict, rotations: list[bytes]):  # fmt: skip
        self.keys, self.me, self.peer, self.bundle_id = keys, me, peer, bundle_id
        self.common, self.rotations = common, tuple(rotations)

    def write(self, groups, report, cancel) -> list[bytes]:
        """The part files; a part over PART_LIMIT is cut in two and all are written again
        (batches compress very differently)."""
        while True:
            files = []
            for number, group in enumerate(groups, 1):
                if cancel and cancel():
                    raise Cancelled()
                data = self._part(number, len(groups), group)
                if len(data) > PART_LIMIT and len(group) > 1:
                    half = len(group) // 2
                    groups = [*groups[: number - 1], group[:half], group[half:], *groups[number:]]
                    break
                files.append(data)
                report(40 + 50 * number // len(groups), 100)
            else:
                self.peer.envelope_seq_out += len(files)
                return files

    def _part(self, number: int, parts: int, group: list[tuple[bytes, bytes]]) -> bytes:
        seq = self.peer.envelope_seq_out + number
        manifest = {
            "sender": self.me.hex, "recipient": self.peer.office_id.hex, "envelope_seq": seq,
            "bundle_id": self.bundle_id.hex, "part": number, "parts": parts,
        }  # fmt: skip
        payload = canonical.encode({
            **self.common, "manifest": manifest,
            "batches": [[canonical.b64(b), canonical.b64(sig)] for b, sig in group],
        })  # fmt: skip
        return envelope.write_bundle(
            sender=self.keys, sender_office_id=self.me, recipient_office_id=self.peer.office_id,
            recipient_enc_key=self.peer.enc_pub, envelope_seq=seq, bundle_id=self.bundle_id,
            part=number, parts=parts, kind="batches", payload=payload, rotations=self.rotations,
        )  # fmt: skip


def _change_count(conn: sa.Connection, chosen: list[tuple[bytes, bytes]]) -> int:
    """Changes in the chosen batches, from their stored rows (not by decoding them again)."""
    hashes = [batches.batch_hash(body) for body, _sig in chosen]
    total = 0
    for start in range(0, len(hashes), 500):
        total += conn.execute(sa.select(sa.func.coalesce(sa.func.sum(OriginBatch.change_count), 0))
                              .where(OriginBatch.hash.in_(hashes[start:start + 500]))).scalar()  # fmt: skip
    return total


def _parts(chosen: list[tuple[bytes, bytes]]) -> list[list[tuple[bytes, bytes]]]:
    """Batches grouped so that each part stays under PART_LIMIT once compressed.

    JSON batches compress five to ten times: a group is cut at RAW_PART bytes before
    compression, and `_write_parts` halves a group whose file still comes out too large. A
    single batch travels whole (batches are sealed at a bounded size, BATCH_ROWS).
    """
    groups: list[list[tuple[bytes, bytes]]] = [[]]
    size = 0
    for item in chosen:
        if groups[-1] and size + len(item[0]) > RAW_PART:
            groups.append([])
            size = 0
        groups[-1].append(item)
        size += len(item[0])
    return groups


# --- import -------------------------------------------------------------------


def inbox_copy(path: Path) -> tuple[Path, bytes]:
    """Copy the file into the app's inbox and work on that copy only (SYNC.md §5.1): the
    USB stick may be pulled out mid-import."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE:
            raise UserError(_("{file} is too large to be a Lá Lành bundle.").format(
                file=Path(path).name))  # fmt: skip
        with open(path, "rb") as f:
            data = f.read(MAX_FILE + 1)
    except OSError as exc:
        raise UserError(_("Cannot read {file}: {reason}").format(
            file=Path(path).name, reason=exc.strerror or exc)) from None  # fmt: skip
    inbox = paths.data_dir() / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    copy = inbox / f"{hashlib.sha256(data).hexdigest()}{ident.BUNDLE_SUFFIX}"
    if not copy.exists():
        write_atomic(copy, data)
    return copy, data


def peek(path: Path) -> envelope.Header:
    """The bundle's header after the cheap checks (kind, sender, recipient), nothing else."""
    _copy, data = inbox_copy(path)
    try:
        return envelope.read_header(data)
    except envelope.BundleError as exc:
        raise UserError(exc.message) from None


def import_bundle(
    db: Database, user: str, keys: OfficeKeys, path: Path,
    progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
) -> ImportResult:  # fmt: skip
    """Verify the bundle, then apply it in one transaction (or refuse it, writing nothing)."""
    report = progress or (lambda _d, _t: None)
    report(0, 100)
    _copy, data = inbox_copy(path)
    try:
        header = envelope.read_header(data)
    except envelope.BundleError as exc:
        raise UserError(exc.message) from None
    if header.kind == "enrolment":
        raise UserError(_("This file is an enrolment answer: open it with Settings → Sync → "
                          "“Accept the enrolment answer…”."))  # fmt: skip
    with db.read() as s:
        me = ident.my_card(s).office_id
        own = s.get(SyncKey, 1)
        if own is None:
            raise UserError(_("This office has no keys yet: create them in Settings → Sync."))
        opener = keys if header.recipient_enc_key == keys.public.enc else (
            keyring.retired_keys(s, keys, me).get(header.recipient_enc_key))  # fmt: skip
        if header.recipient_office_id != me or opener is None:
            peer = s.get(SyncPeer, header.recipient_office_id)
            raise UserError(_("This bundle is addressed to {office}, not to this office. Give it "
                              "to them.").format(office=peer.name if peer else _(
                                  "another office")))  # fmt: skip
        sender = s.get(SyncPeer, header.sender_office_id)
        if (
            sender is None
            or not sender.trusted
            or not keyring.signs_with(
                sender.office_id, sender.sign_pub, header.rotations, header.sender_sign_key
            )
        ):
            raise UserError(_("This bundle was signed with a key this office does not know "
                              "(key {key}). Nothing was imported. If it comes from an office "
                              "you work with, it must first be enrolled.").format(
                                  key=PublicKeys(header.sender_sign_key, header.sender_enc_key).fingerprint()))  # fmt: skip
        sender_name = sender.name
    try:
        inner = envelope.open_bundle(data, header, sender_sign_pub=header.sender_sign_key,
                                     me=opener, max_output=envelope.MAX_OUTPUT)  # fmt: skip
        doc = canonical.decode(inner, max_bytes=envelope.MAX_OUTPUT, max_depth=8)
        _check_manifest(doc, header)
        pairs = [(canonical.unb64(b), canonical.unb64(sig)) for b, sig in doc["batches"]]
        certs = [trust.read_certificate(canonical.unb64(c)) for c in doc["certificates"]]
        lists = [canonical.unb64(b) for b in doc["trust_lists"]]
        rotations = [*header.rotations, *(canonical.unb64(b) for b in doc.get("rotations", []))]
        their_acks = {str(o): [int(v[0]), str(v[1])] for o, v in doc["acks"].items()}
        their_epoch = uuid.UUID(hex=doc["epoch"])
    except envelope.BundleError as exc:
        raise UserError(exc.message) from None
    except (canonical.FormatError, trust.TrustError, KeyError, TypeError, ValueError,
            IndexError, AttributeError):  # fmt: skip
        raise UserError(_("The bundle's content is damaged or was not made by Lá Lành. Nothing "
                          "was imported; ask {office} for a new one.").format(office=sender_name)) from None  # fmt: skip
    report(20, 100)
    now = datetime.now().replace(microsecond=0)
    with db.write(user) as s:
        _take_trust(s, certs, rotations, me, now)
        for body in lists:
            ident.store_trust_list(s, body, now)
        conn = s.connection()
        peers = {p.office_id: p for p in s.scalars(sa.select(SyncPeer))}
        own = s.get(SyncKey, 1)
        ring = keyring.keyring(s)

        def public_key_of(office_id: uuid.UUID, seq: int) -> bytes | None:
            if office_id == me:
                return ring.key_at(me, seq, own.sign_pub)
            peer = peers.get(office_id)
            trusted = peer is not None and peer.trusted
            return ring.key_at(office_id, seq, peer.sign_pub if trusted else None)

        def revoked_after(office_id: uuid.UUID) -> int | None:
            peer = peers.get(office_id)
            return peer.revoked_after_seq if peer is not None else None

        result = apply.apply_batches(
            conn, pairs, me=me, received_from=header.sender_office_id,
            public_key_of=public_key_of, revoked_after=revoked_after,
            tree=ident.office_tree(s), progress=lambda d, t: report(20 + 70 * d // max(t, 1), 100),
            cancel=cancel,
        )  # fmt: skip
        sender = s.get(SyncPeer, header.sender_office_id)
        sender.their_acks = their_acks
        sender.their_epoch = their_epoch
        sender.envelope_seq_in = max(sender.envelope_seq_in or 0, header.envelope_seq)
        sender.last_import_at = now
        have = acks.ack_vector(conn)
        waiting_for = {o: have.get(o, (0, b""))[0] + 1 for o, _seq, _why in result.pending}
        outcome = describe(result, sender_name, peers, waiting_for)
        arrived = result.persons
        log = SyncLog(at=now, direction="in", file_name=Path(path).name,
                      bundle_sha256=hashlib.sha256(data).hexdigest(),
                      peer_office_id=header.sender_office_id, summary=outcome.sentence)  # fmt: skip
        s.add(log)
        s.flush()
        log_id = log.id
        if cancel and cancel():
            raise Cancelled()
    report(100, 100)
    return replace(outcome, arrived_persons=tuple(arrived), log_id=log_id)


def check_arrivals(db: Database, user: str, outcome: ImportResult,
                   progress: Progress | None = None) -> ImportResult:  # fmt: skip
    """The duplicate engine on the persons an import brought, against the persons other
    offices registered (issue 6: on every bundle import at an upper office). A separate,
    read-mostly step after the import's commit: the engine reads committed rows, and the
    import itself need not wait for it. Adds what it found to the sentence and the log."""
    from app.services.sync_people import arrivals_matching_elsewhere

    if not outcome.arrived_persons:
        return outcome
    found = arrivals_matching_elsewhere(db, outcome.arrived_persons, progress)
    same = len({c.a.id for c in found})
    if not same:
        return outcome
    extra = _("{n} persons may also be registered by another office (Sync → Same person in two "
              "offices)").format(n=same)  # fmt: skip
    sentence = outcome.sentence[:-1] + "; " + extra + "."
    if outcome.log_id is not None:
        with db.write(user) as s:
            s.get(SyncLog, outcome.log_id).summary = sentence
    return replace(outcome, sentence=sentence, same_persons=same)


def _check_manifest(doc: dict, header: envelope.Header) -> None:
    """The payload's manifest must repeat the signed header (SYNC.md §4)."""
    m = doc["manifest"]
    expected = {
        "sender": header.sender_office_id.hex, "recipient": header.recipient_office_id.hex,
        "envelope_seq": header.envelope_seq, "bundle_id": header.bundle_id.hex,
        "part": header.part, "parts": header.parts,
    }  # fmt: skip
    if m != expected:
        raise canonical.FormatError("the manifest differs from the signed header")


def _take_trust(s: Session, certs: list[trust.Certificate], rotations: list[bytes],
                me: uuid.UUID, now: datetime) -> None:  # fmt: skip
    """Certificates and key changes, until neither adds anything: a change is taken for an
    office once its certificate is held, and a certificate its issuer signed after a change
    verifies once that change is held."""
    while _take_certificates(s, certs) + keyring.take_rotations(s, rotations, me, now):
        pass


def _take_certificates(s: Session, certs: list[trust.Certificate]) -> int:
    """Keep the certificates that chain to a root this office trusts; ignore the rest (a
    batch signed by an office without one is then refused, with its name). Returns how
    many were new."""
    known = ident.known_certificates(s)
    anchors = ident.roots(known)
    later = keyring.keyring(s).later_keys()
    taken = 0
    pending = [c for c in certs if known.get(c.subject.office_id) != c]
    progress = True
    while pending and progress:  # parents may come after their children in the list
        progress = False
        for cert in list(pending):
            try:
                trust.verify_chain(cert, {**known, cert.subject.office_id: cert}, anchors, later)
            except trust.TrustError:
                continue
            ident.store_certificate(s, cert)
            known[cert.subject.office_id] = cert
            pending.remove(cert)
            progress, taken = True, taken + 1
    return taken


def _name_of(peers: dict, office_id: uuid.UUID) -> str:
    peer = peers.get(office_id)
    return peer.name if peer is not None else _("an unknown office")


def describe(
    result: apply.ApplyReport, sender_name: str, peers: dict, waiting_for: dict[uuid.UUID, int]
) -> ImportResult:
    """One sentence: what arrived, what needs review, what is still missing."""
    parts = []
    applied = [(o, a) for o, a in result.applied.items() if a.seqs]
    if applied:
        where = "; ".join(
            (
                _("{office} (batch {seqs})")
                if len(got.seqs) == 1
                else _("{office} (batches {seqs})")
            ).format(
                office=_name_of(peers, o),
                seqs=", ".join(str(a) if a == b else f"{a}–{b}" for a, b in got.ranges),
            )  # fmt: skip
            for o, got in applied
        )
        parts.append(_("Received {n} changes from {where}").format(
            n=format_number(result.changes), where=where))  # fmt: skip
    else:
        parts.append(_("Nothing new from {office}: everything in this bundle was here "
                       "already").format(office=sender_name))  # fmt: skip
    if result.new_conflicts:
        parts.append(_("{n} conflicts need review (Sync → Conflicts)").format(
            n=result.new_conflicts))  # fmt: skip
    waiting = tuple(
        _("waiting for batch {seq} from {office}").format(seq=seq, office=_name_of(peers, o))
        for o, seq in waiting_for.items()
    )
    names = {o: p.name for o, p in peers.items()}
    quarantined = tuple(ident.with_office_names(why, names) for _o, _seq, why in result.quarantined)
    refused = tuple(ident.with_office_names(r.message, names) for r in result.refused)
    parts.extend(waiting)
    parts.extend(dict.fromkeys(quarantined))
    if refused:
        parts.append(_("{n} batches refused: {why}").format(
            n=len(refused), why="; ".join(dict.fromkeys(refused))))  # fmt: skip
    sentence = "; ".join(parts) + "."
    return ImportResult(
        sentence, sender_name, result.changes, result.rows_changed, result.new_conflicts,
        waiting, refused, already_had=not applied,
    )  # fmt: skip
