"""Acknowledgement vectors (SYNC.md §4): what this office holds, and what to send a peer.

An office acknowledges, for each origin, the highest batch it has applied with every batch
before it (batches are applied in order, so that is its highest applied one) and that
batch's hash. A sender includes every batch the receiver has not acknowledged: a lost
bundle heals itself with the next one.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa

from app.models import OriginBatch


def ack_vector(conn: sa.Connection) -> dict[uuid.UUID, tuple[int, bytes]]:
    """Per origin office: (highest contiguous applied seq, its hash)."""
    top = (
        sa.select(OriginBatch.origin_office_id, sa.func.max(OriginBatch.seq).label("seq"))
        .where(OriginBatch.status == "applied")
        .group_by(OriginBatch.origin_office_id)
        .subquery()
    )
    rows = conn.execute(
        sa.select(OriginBatch.origin_office_id, OriginBatch.seq, OriginBatch.hash).join(
            top,
            sa.and_(
                OriginBatch.origin_office_id == top.c.origin_office_id,
                OriginBatch.seq == top.c.seq,
            ),
        )
    ).all()
    return {origin: (seq, digest) for origin, seq, digest in rows}


def batches_to_send(
    conn: sa.Connection,
    their_acks: dict[uuid.UUID, tuple[int, bytes]],
    origins: set[uuid.UUID],
) -> list[tuple[bytes, bytes]]:
    """(body, signature) of every applied batch of `origins` above the peer's ack, in order.

    If the peer's ack names a hash other than ours at that seq, it holds a different history
    of that origin (a restored database, an equivocation): everything is sent from seq 1, and
    the peer's own checks decide.
    """
    out: list[tuple[bytes, bytes]] = []
    for origin in sorted(origins, key=lambda o: o.hex):
        seq, digest = their_acks.get(origin, (0, b""))
        if seq:
            ours = conn.execute(
                sa.select(OriginBatch.hash).where(
                    OriginBatch.origin_office_id == origin,
                    OriginBatch.seq == seq,
                    OriginBatch.status == "applied",
                )
            ).scalar()
            if ours != digest:
                seq = 0
        out += [
            (body, sig)
            for body, sig in conn.execute(
                sa.select(OriginBatch.body, OriginBatch.signature)
                .where(
                    OriginBatch.origin_office_id == origin,
                    OriginBatch.seq > seq,
                    OriginBatch.status == "applied",
                )
                .order_by(OriginBatch.seq)
            )
        ]
    return out
