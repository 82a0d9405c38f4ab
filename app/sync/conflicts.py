"""Settling conflicts (SYNC.md §6): a resolution is an ordinary edit whose stamp beats both
sides; it travels like any edit and closes the conflict wherever it arrives."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.errors import UserError
from app.i18n import _
from app.models import Base, SyncConflict
from app.sync.columns import table_specs
from app.sync.merge import stamp_of


def _python(column: sa.Column, value: object) -> object:
    """A value as it travels → the ORM attribute's Python value."""
    if value is None:
        return None
    t = column.type
    if isinstance(t, sa.Uuid):
        return uuid.UUID(hex=str(value))
    if isinstance(t, sa.DateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(t, sa.Date):
        return date.fromisoformat(str(value))
    if isinstance(t, sa.Boolean):
        return bool(value)
    if isinstance(t, sa.Numeric) or type(t).__name__ == "Milli":
        return Decimal(str(value))
    return value


def _model(table: str):
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:
            return mapper.class_
    raise KeyError(table)


def resolve_conflict(session: Session, conflict_id: str, value: object, user: str) -> None:
    """Settle an open conflict with `value` (as it travels: one side's, or typed) by an edit
    through the ORM: stamped above both sides, since this office's clock is past every stamp
    it received. Marks the conflict resolved."""
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None or conflict.status != "open":
        raise UserError(_("This conflict was already settled; refresh the list."))
    model = _model(conflict.table_name)
    row = session.get(model, conflict.row_id)
    if row is None:
        raise UserError(_("The record of this conflict is not here any more."))
    column = model.__table__.c[conflict.field]
    attr = next(p.key for p in sa.inspect(model).column_attrs if p.columns[0] is column)
    setattr(row, attr, _python(column, value))
    flag_modified(row, attr)  # a side's own value is still a new edit that beats both
    session.flush()
    conflict.status = "resolved"
    conflict.resolved_at = datetime.now().replace(microsecond=0)
    conflict.resolved_by = user
    session.flush()


def close_superseded(conn: sa.Connection) -> int:
    """Close open conflicts whose field was written here since, above both sides (an edit
    made in the ordinary forms settles the conflict too). Returns how many were closed."""
    t = SyncConflict.__table__
    open_rows = conn.execute(
        sa.select(t.c.id, t.c.table_name, t.c.row_id, t.c.field, t.c.a_hlc, t.c.b_hlc).where(
            t.c.status == "open"
        )
    ).all()
    specs = table_specs()
    closed = 0
    for cid, table, row_id, column, a_hlc, b_hlc in open_rows:
        if table not in specs:
            continue
        row = conn.exec_driver_sql(
            f"SELECT hlc, field_hlc, updated_by FROM {table} WHERE id = ?", (row_id.hex,)
        ).first()
        if row is None:
            continue
        stamp = stamp_of(json.loads(row[1]) if row[1] else {}, row[0], column)
        if stamp > max(a_hlc, b_hlc):
            conn.execute(sa.update(t).where(t.c.id == cid).values(
                status="resolved", resolved_at=datetime.now().replace(microsecond=0),
                resolved_by=row[2]))  # fmt: skip
            closed += 1
    return closed
