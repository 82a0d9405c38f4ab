"""What the sync page and `lalanh sync status` show: what is waiting to go, what arrived
incomplete, conflicts to review, alarms, and the recent bundles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from app.db import Database
from app.i18n import _
from app.models.sync_state import OriginBatch, Outbox, SyncAlarm, SyncConflict, SyncLog, SyncPeer
from app.services import sync_identity as ident
from app.services.office import clock_warning
from app.sync import acks


@dataclass(frozen=True)
class LogLine:
    at: datetime
    direction: str  # in | out
    office: str
    file_name: str
    summary: str


@dataclass(frozen=True)
class SyncStatus:
    identity: ident.IdentityInfo
    unsent_changes: int  # changes not yet sealed into a batch
    unacknowledged: dict[str, int]  # office name → batches it has not acknowledged
    waiting: tuple[str, ...]  # "batch 14 from Xã A" (later ones are kept pending)
    quarantined: tuple[str, ...]
    open_conflicts: int
    alarms: tuple[str, ...]
    log: tuple[LogLine, ...]
    clock_warning: str | None


def sync_log(db: Database, limit: int | None = None) -> list[LogLine]:
    """Every bundle written or read (the last `limit`), newest first."""
    with db.read() as s:
        names = {p.office_id: p.name for p in s.scalars(sa.select(SyncPeer))}
        me = ident.my_card(s)
        names[me.office_id] = me.name
        return _log(s, names, limit)


def _log(s, names: dict, limit: int | None) -> list[LogLine]:
    query = sa.select(SyncLog).order_by(SyncLog.id.desc()).limit(limit)
    return [LogLine(r.at, r.direction, names.get(r.peer_office_id, "?"), r.file_name, r.summary)
            for r in s.scalars(query)]  # fmt: skip


def sync_status(db: Database, log_lines: int = 20) -> SyncStatus:
    info = ident.identity(db)
    with db.read() as s:
        conn = s.connection()
        unsent = s.scalar(sa.select(sa.func.count(sa.distinct(Outbox.row_id)))
                          .where(Outbox.batch_seq.is_(None)))  # fmt: skip
        peers = {p.office_id: p for p in s.scalars(sa.select(SyncPeer))}
        names = {o: p.name for o, p in peers.items()}
        names[info.office_id] = info.office_name
        tree = ident.office_tree(s) if info.enrolled else {}
        mine = acks.ack_vector(conn)
        unacked = {}
        for p in info.peers:
            if p.relation not in ("parent", "child"):
                continue
            origins = (ident.subtree(tree, info.office_id) if p.relation == "parent"
                       else {info.office_id, *ident.ancestors(tree, info.office_id)})  # fmt: skip
            theirs = peers[p.office_id].their_acks or {}
            unacked[p.name] = sum(
                max(0, seq - (theirs.get(o.hex, [0])[0] or 0))
                for o, (seq, _h) in mine.items() if o in origins
            )  # fmt: skip
        waiting, quarantined = [], []
        pending = s.execute(
            sa.select(OriginBatch.origin_office_id, sa.func.min(OriginBatch.seq),
                      OriginBatch.status).where(OriginBatch.status.in_(("pending", "quarantined")))
            .group_by(OriginBatch.origin_office_id, OriginBatch.status)
        ).all()  # fmt: skip
        for origin, first, status in pending:
            have = mine.get(origin, (0, b""))[0]
            office = names.get(origin, _("an unknown office"))
            if status == "pending":
                waiting.append(_("batch {seq} from {office} (later ones are kept until it "
                                 "comes)").format(seq=have + 1, office=office))  # fmt: skip
            else:  # why the first one waits: a clock far ahead, or a clashing record
                note = s.scalar(sa.select(OriginBatch.note).where(
                    OriginBatch.origin_office_id == origin, OriginBatch.seq == first))  # fmt: skip
                quarantined.append(_("batches from {office} from {seq} on: {why}").format(
                    office=office, seq=first, why=ident.with_office_names(note or "", names)))  # fmt: skip
        conflicts = s.scalar(sa.select(sa.func.count()).select_from(SyncConflict)
                             .where(SyncConflict.status == "open"))  # fmt: skip
        alarms = tuple(f"{a.at:%d/%m/%Y %H:%M} {ident.with_office_names(a.detail, names)}" for a in s.scalars(
            sa.select(SyncAlarm).order_by(SyncAlarm.id.desc()).limit(10)))  # fmt: skip
        log = tuple(_log(s, names, log_lines))
    return SyncStatus(info, unsent or 0, unacked, tuple(waiting), tuple(quarantined),
                      conflicts or 0, alarms, log, clock_warning(db))  # fmt: skip
