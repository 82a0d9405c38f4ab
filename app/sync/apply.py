"""Applying received origin batches: verify every batch, then merge it (SYNC.md §5–6).

`apply_batches` runs inside the caller's transaction (one per bundle): a crash or a Cancel
before the commit leaves the database as it was. Each batch is checked — its origin's
trusted key and signature, the revocation cut-off, (origin, seq, hash) against what is
stored, the hash chain, the schema, the clock, every value, the origin's jurisdiction over
every record it touches, and that the records it refers to are here — and then applied in a
savepoint of its own, so one batch that cannot be applied yet (it waits for an earlier batch
or for records of another office) never fails the others. Batches that wait are stored as
"pending" and applied as soon as what they wait for arrives, in this import or a later one.
Received rows reach our outbox through the triggers like any write; those outbox entries
are removed before returning, so they are never sealed as our own changes: the stored
origin batch is what this office forwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa

from app import collector
from app.errors import Cancelled
from app.i18n import _
from app.models import Installation, OriginBatch, SyncAlarm
from app.sync import hlc
from app.sync.batches import Batch, batch_hash, read_batch
from app.sync.canonical import FormatError
from app.sync.columns import table_specs
from app.sync.conflicts import resolve_conflict as resolve_conflict
from app.sync.keys import verify_signature
from app.sync.store import (
    BatchRefused,
    BatchWaits,
    apply_changes,
    integrity_errors,
    write_conflicts,
)


@dataclass(frozen=True)
class Refusal:
    origin: uuid.UUID | None
    seq: int | None
    kind: str  # format | unknown_origin | signature | revoked | equivocation | chain | schema
    #            | invalid | jurisdiction
    message: str


@dataclass
class OriginApplied:
    seqs: list[int] = field(default_factory=list)
    changes: int = 0
    rows_changed: int = 0

    @property
    def ranges(self) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for s in sorted(self.seqs):
            if out and s == out[-1][1] + 1:
                out[-1] = (out[-1][0], s)
            else:
                out.append((s, s))
        return out


@dataclass
class ApplyReport:
    """What an import did; plain data, no personal data."""

    applied: dict[uuid.UUID, OriginApplied] = field(default_factory=dict)
    duplicates: int = 0
    pending: list[tuple[uuid.UUID, int, str]] = field(default_factory=list)  # origin, seq, why
    quarantined: list[tuple[uuid.UUID, int, str]] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    new_conflicts: int = 0
    alarms: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)  # ids (hex) of the persons written

    @property
    def rows_changed(self) -> int:
        return sum(a.rows_changed for a in self.applied.values())

    @property
    def changes(self) -> int:
        return sum(a.changes for a in self.applied.values())


Progress = Callable[[int, int], bool | None]


class _Run:
    def __init__(self, conn, me, received_from, public_key_of, revoked_after, tree, now_ms):
        self.conn = conn
        self.me = me
        self.received_from = received_from
        self.public_key_of = public_key_of
        self.clash = integrity_errors(conn)
        self.revoked_after = revoked_after
        self.tree = tree
        self.now_ms = now_ms
        self.now = datetime.now().replace(microsecond=0)
        self.report = ApplyReport()
        self.max_hlc = 0
        self.chains: dict[uuid.UUID, dict[int, list]] = {}
        # Hashes of every stored batch: a batch already here is skipped before it is decoded.
        self.known = {r[0] for r in conn.exec_driver_sql("SELECT hash FROM origin_batch")}

    # --- stored batches ---------------------------------------------------------------

    def chain(self, origin: uuid.UUID) -> dict[int, list]:
        """The origin's stored batches, {seq: [hash, status]}, read once per run."""
        if origin not in self.chains:
            self.chains[origin] = {
                seq: [digest, status]
                for seq, digest, status in self.conn.exec_driver_sql(
                    "SELECT seq, hash, status FROM origin_batch WHERE origin_office_id = ?",
                    (origin.hex,),
                )
            }
        return self.chains[origin]

    def stored(self, origin: uuid.UUID, seq: int):
        return self.chain(origin).get(seq)

    def applied_head(self, origin: uuid.UUID) -> tuple[int, bytes]:
        applied = [
            (seq, h) for seq, (h, status) in self.chain(origin).items() if status == "applied"
        ]
        return max(applied) if applied else (0, b"")

    def store(self, batch: Batch, body: bytes, sig: bytes, status: str, note: str | None):
        chain = self.chain(batch.origin)
        if batch.seq not in chain:
            self.conn.exec_driver_sql(
                "INSERT INTO origin_batch (origin_office_id, seq, hash, prev_hash, body, "
                "signature, hlc_min, hlc_max, change_count, status, received_from, received_at, "
                "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (batch.origin.hex, batch.seq, batch_hash(body), batch.prev, body, sig,
                 batch.hlc_min, batch.hlc_max, batch.change_count, status,
                 self.received_from.hex if self.received_from else None,
                 self.now.strftime("%Y-%m-%d %H:%M:%S.%f"), note),
            )  # fmt: skip
            chain[batch.seq] = [batch_hash(body), status]
            self.known.add(chain[batch.seq][0])
        else:
            self.conn.exec_driver_sql(
                "UPDATE origin_batch SET status = ?, note = ? WHERE origin_office_id = ? "
                "AND seq = ?", (status, note, batch.origin.hex, batch.seq))  # fmt: skip
            chain[batch.seq][1] = status

    def alarm(self, kind: str, origin: uuid.UUID | None, seq: int | None, detail: str) -> None:
        self.conn.execute(sa.insert(SyncAlarm).values(
            kind=kind, origin_office_id=origin, seq=seq, detail=detail, at=self.now))  # fmt: skip
        self.report.alarms.append(kind)

    def refuse(self, batch: Batch | None, kind: str, message: str, alarm: bool = False):
        origin, seq = (batch.origin, batch.seq) if batch else (None, None)
        self.report.refused.append(Refusal(origin, seq, kind, message))
        if alarm:
            self.alarm(kind, origin, seq, message)

    # --- one batch --------------------------------------------------------------------

    def receive(self, body: bytes, sig: bytes) -> None:
        if batch_hash(body) in self.known:  # these exact bytes were verified when they came
            self.report.duplicates += 1
            return
        try:
            batch = read_batch(body)
        except FormatError as exc:
            self.refuse(None, "format", _("A batch in the bundle is damaged or not in the "
                                          "expected format ({detail}).").format(detail=exc))  # fmt: skip
            return
        if not self.verified(batch, body, sig):
            return
        digest = batch_hash(body)
        known = self.stored(batch.origin, batch.seq)
        if known is not None:
            if known[0] == digest:
                self.report.duplicates += 1
                return
            self.refuse(batch, "equivocation", _(
                "Office {office} sent two different batches numbered {seq}: the second was "
                "refused. Ask that office what happened (a database restored from an old "
                "backup, or a forgery).").format(office=batch.origin, seq=batch.seq),
                alarm=True)  # fmt: skip
            return
        head, _head_hash = self.applied_head(batch.origin)
        if batch.seq <= head:  # below what is applied yet not stored: cannot happen
            self.report.duplicates += 1
            return
        if batch.seq > head + 1:
            self.store(batch, body, sig, "pending", f"waiting for batch {head + 1}")
            return
        self.attempt(batch, body, sig)

    def verified(self, batch: Batch, body: bytes, sig: bytes) -> bool:
        key = self.public_key_of(batch.origin, batch.seq)
        if key is None:
            self.refuse(batch, "unknown_origin", _(
                "Batch {seq} comes from office {office}, which this office does not trust "
                "(no certificate for it): refused.").format(seq=batch.seq, office=batch.origin))  # fmt: skip
            return False
        if not verify_signature(key, body, sig):
            self.refuse(batch, "signature", _(
                "Batch {seq} of office {office} does not carry that office's valid signature: "
                "refused.").format(seq=batch.seq, office=batch.origin), alarm=True)  # fmt: skip
            return False
        cutoff = self.revoked_after(batch.origin)
        if cutoff is not None and batch.seq > cutoff:
            self.refuse(batch, "revoked", _(
                "Batch {seq} of office {office} was made after that office's key was revoked "
                "(after batch {cutoff}): refused.").format(
                    seq=batch.seq, office=batch.origin, cutoff=cutoff), alarm=True)  # fmt: skip
            return False
        return True

    def attempt(self, batch: Batch, body: bytes, sig: bytes) -> bool:
        """Apply the origin's next batch; True if it was applied."""
        _seq, head_hash = self.applied_head(batch.origin)
        if batch.prev != head_hash:
            self.refuse(batch, "chain", _(
                "Batch {seq} of office {office} does not follow the batch before it (its chain "
                "is broken): refused.").format(seq=batch.seq, office=batch.origin), alarm=True)  # fmt: skip
            self.forget(batch)
            return False
        if hlc.too_far_ahead(batch.hlc_max, self.now_ms):
            days = (hlc.wall_ms(batch.hlc_max) - self.now_ms) / 86_400_000
            message = _("The clock of office {office} is {days:.0f} days ahead: its batch {seq} "
                        "is set aside until that office corrects its clock and the date "
                        "passes.").format(office=batch.origin, days=days, seq=batch.seq)  # fmt: skip
            self.store(batch, body, sig, "quarantined", message)
            if (batch.origin, batch.seq, message) not in self.report.quarantined:
                self.report.quarantined.append((batch.origin, batch.seq, message))
            if not self.alarmed_clock(batch):
                self.alarm("clock", batch.origin, batch.seq, message)
            return False
        savepoint = self.conn.begin_nested()
        try:
            outcome = apply_changes(self.conn, batch, self.tree)
        except BatchWaits as wait:
            savepoint.rollback()
            self.store(batch, body, sig, "pending", str(wait))
            return False
        except BatchRefused as refused:
            savepoint.rollback()
            self.refuse(batch, refused.kind, refused.message,
                        alarm=refused.kind == "jurisdiction")  # fmt: skip
            self.forget(batch)
            return False
        except self.clash:
            savepoint.rollback()
            message = _("Batch {seq} of office {office} holds a record that clashes with one "
                        "already here (the same code or number): set aside for review.").format(
                            seq=batch.seq, office=batch.origin)  # fmt: skip
            self.store(batch, body, sig, "quarantined", message)
            self.report.quarantined.append((batch.origin, batch.seq, message))
            return False
        savepoint.commit()
        self.report.new_conflicts += write_conflicts(self.conn, outcome, self.now)
        self.store(batch, body, sig, "applied", None)
        done = self.report.applied.setdefault(batch.origin, OriginApplied())
        done.seqs.append(batch.seq)
        done.changes += batch.change_count
        done.rows_changed += outcome.rows_changed
        for table in batch.tables:
            if table.table == "person":  # for the duplicate engine, after the import
                at = table.columns.index("id")
                self.report.persons.extend(row[at] for row in table.rows)
        self.max_hlc = max(self.max_hlc, batch.hlc_max)
        return True

    def alarmed_clock(self, batch: Batch) -> bool:
        return self.conn.execute(sa.select(SyncAlarm.id).where(
            SyncAlarm.kind == "clock", SyncAlarm.origin_office_id == batch.origin,
            SyncAlarm.seq == batch.seq)).first() is not None  # fmt: skip

    def forget(self, batch: Batch) -> None:
        chain = self.chain(batch.origin)
        if batch.seq in chain and chain[batch.seq][1] != "applied":
            self.conn.exec_driver_sql(
                "DELETE FROM origin_batch WHERE origin_office_id = ? AND seq = ?",
                (batch.origin.hex, batch.seq),
            )
            self.known.discard(chain.pop(batch.seq)[0])

    # --- waiting batches -------------------------------------------------------------

    def drain(self) -> None:
        """Apply stored pending (and quarantined) batches whose turn has come, until none."""
        progress = True
        while progress:
            progress = False
            waiting = self.conn.execute(
                sa.select(OriginBatch.origin_office_id, sa.func.min(OriginBatch.seq))
                .where(OriginBatch.status.in_(("pending", "quarantined")))
                .group_by(OriginBatch.origin_office_id)
            ).all()
            for origin, seq in waiting:
                head, _h = self.applied_head(origin)
                if seq != head + 1:
                    continue
                body, sig = self.conn.execute(sa.select(OriginBatch.body, OriginBatch.signature)
                    .where(OriginBatch.origin_office_id == origin, OriginBatch.seq == seq)).one()  # fmt: skip
                batch = read_batch(body)
                if not self.verified(batch, body, sig):
                    self.forget(batch)
                    continue
                if self.attempt(batch, body, sig):
                    progress = True

    def summarise_waiting(self) -> None:
        rows = self.conn.execute(
            sa.select(OriginBatch.origin_office_id, OriginBatch.seq, OriginBatch.status,
                      OriginBatch.note).where(OriginBatch.status == "pending")
            .order_by(OriginBatch.origin_office_id, OriginBatch.seq)).all()  # fmt: skip
        seen: set[uuid.UUID] = set()
        for origin, seq, _status, note in rows:
            if origin in seen:
                continue
            seen.add(origin)
            head, _h = self.applied_head(origin)
            if seq == head + 1:
                self.report.pending.append((origin, seq, note or ""))
            else:
                self.report.pending.append((origin, head + 1, f"waiting for batch {head + 1}"))


def _cancelled(cancel) -> bool:
    if cancel is None:
        return False
    flag = getattr(cancel, "cancelled", cancel)
    return bool(flag() if callable(flag) else flag)


def _capture_off(conn: sa.Connection) -> list[str]:
    """Drop the outbox triggers for the import, within its transaction; returns their exact
    DDL to re-create them before it ends. Received rows are not our changes, and the outbox
    insert per row was a third of the import's time. SQLite's DDL is transactional: a crash
    or a rollback brings the triggers back with everything else."""
    if conn.dialect.name != "sqlite":
        return []
    names = [n for t in table_specs() for n in (f"trg_{t}_outbox_insert", f"trg_{t}_outbox_update")]
    marks = ",".join("?" * len(names))
    found = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
        tuple(names),
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    return [sql for _name, sql in found]


def apply_batches(
    conn: sa.Connection,
    batches: list[tuple[bytes, bytes]],
    *,
    me: uuid.UUID,
    received_from: uuid.UUID | None,
    public_key_of: Callable[[uuid.UUID, int], bytes | None],
    revoked_after: Callable[[uuid.UUID], int | None],
    tree: dict[uuid.UUID, uuid.UUID | None],
    now_ms: int | None = None,
    progress: Progress | None = None,
    cancel=None,
) -> ApplyReport:
    """Verify and apply received origin batches (body, signature) in the caller's transaction.

    `public_key_of(office, seq)` gives the Ed25519 key a trusted office signed its batch `seq`
    with (None: not trusted; keys change by rotation, sync_keyring);
    `revoked_after(office)` the last batch seq accepted from it (None: not revoked); `tree`
    maps each known office to its parent. `progress(done, total)` returning False, or
    `cancel` (an object with `cancelled`, or a callable) set, raises Cancelled: the caller
    rolls back and nothing is written.
    """
    # A batch decodes into millions of lists and strings that stay alive until the end; the
    # collector walked them again and again: at 100,000 households a quarter of the CPU time.
    with collector.paused():
        return _apply(conn, batches, me, received_from, public_key_of, revoked_after, tree,
                      now_ms, progress, cancel)  # fmt: skip


def _apply(conn, batches, me, received_from, public_key_of, revoked_after, tree, now_ms,
           progress, cancel) -> ApplyReport:  # fmt: skip
    run = _Run(conn, me, received_from, public_key_of, revoked_after, tree,
               hlc.now_ms() if now_ms is None else now_ms)  # fmt: skip
    mark = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM outbox").scalar()
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    total = len(batches)
    capture = _capture_off(conn)
    try:
        for done, (body, sig) in enumerate(batches):
            if _cancelled(cancel) or (progress is not None and progress(done, total) is False):
                raise Cancelled()
            run.receive(body, sig)
        if _cancelled(cancel):
            raise Cancelled()
        run.drain()
        run.summarise_waiting()
    finally:
        for sql in capture:
            conn.exec_driver_sql(sql)
    conn.exec_driver_sql(f"DELETE FROM outbox WHERE seq > {int(mark)}")
    if run.max_hlc:
        last = conn.execute(sa.select(Installation.last_hlc).where(Installation.id == 1)).scalar()
        conn.execute(sa.update(Installation).where(Installation.id == 1).values(
            last_hlc=hlc.receive(last or 0, run.max_hlc, run.now_ms)))  # fmt: skip
    if progress is not None:
        progress(total, total)
    return run.report
