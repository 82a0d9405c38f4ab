"""Decisions about possible duplicate persons, and merges (issue 6).

Both are synced records like any other: a commune's "these two are different people" must
reach the district, so that the pair is not raised again there, and a merge must travel so
every office redirects the merged id to the survivor.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, DateTime, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class DuplicateDecision(Synced, Base):
    """An officer's decision on a candidate pair, kept so the pair is never raised again.

    `decision` is "different" (not the same person) or "merged" (the same person, merged: see
    PersonMerge). The pair is ordered (person_a_id < person_b_id as strings) so it has one row;
    undoing a merge voids its decision, and the pair may be raised again.
    """

    __tablename__ = "duplicate_decision"
    __table_args__ = (UniqueConstraint("person_a_id", "person_b_id"),)

    person_a_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    person_b_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    decision: Mapped[str] = mapped_column(String(20))  # different | merged
    score: Mapped[int] = mapped_column(Integer)  # the engine's score when it was decided
    explanation: Mapped[str] = mapped_column(Text)  # the engine's words when it was decided
    note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(200))  # full name and login


class PersonMerge(Synced, Base):
    """One person record merged into another (the survivor), and everything needed to undo it.

    `chosen` holds the survivor's field values taken from the merged record ({field: value}),
    `before` the survivor's values they replaced, and `moved` the ids of the rows repointed
    from the merged person to the survivor ({"need": [...], "category_assignment": [...],
    "receipt": [...]}) — undoing restores exactly these. The merged person is voided with
    `merged_into_id` set; `undone_at` set means the merge was undone (the row stays: history).
    """

    __tablename__ = "person_merge"

    merged_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    survivor_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    chosen: Mapped[dict] = mapped_column(JSON, default=dict)
    before: Mapped[dict] = mapped_column(JSON, default=dict)
    moved: Mapped[dict] = mapped_column(JSON, default=dict)
    merged_by: Mapped[str] = mapped_column(String(200))
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    undone_by: Mapped[str | None] = mapped_column(String(200))


class LocalSetting(Base):
    """A setting of this database that does not travel (e.g. the duplicate engine's
    thresholds): one JSON value per key."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)
