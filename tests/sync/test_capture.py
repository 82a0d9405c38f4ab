"""app/sync/capture.py: ORM stamping and the outbox/no-delete triggers (SYNC.md §3)."""

from __future__ import annotations

import time
from datetime import date, datetime
from decimal import Decimal

import pytest
import sqlalchemy as sa

from app.errors import UserError
from app.ids import uuid7
from app.models import Hamlet, Household, Installation, Outbox, Person, synced_tables
from app.services import households as hh
from app.services import office
from app.services.households import MemberDraft, NeedDraft
from app.sync import hlc
from app.sync.capture import _META_FIELDS, Stamper, field_stamp


def outbox(db, after_seq: int = 0) -> list[Outbox]:
    with db.read() as s:
        return list(s.scalars(sa.select(Outbox).where(Outbox.seq > after_seq).order_by(Outbox.seq)))


def last_seq(db) -> int:
    with db.read() as s:
        return s.scalar(sa.select(sa.func.max(Outbox.seq))) or 0


def last_hlc(db) -> int:
    with db.read() as s:
        return s.get(Installation, 1).last_hlc


def test_insert_appends_an_outbox_row_in_the_same_transaction(db):
    start = last_seq(db)
    with db.write("tester") as s:
        hamlet = Hamlet(office_id=s.get(Installation, 1).office_id, name="Xóm Mới",
                        name_folded="xom moi", kind="xom")  # fmt: skip
        s.add(hamlet)
        s.flush()
        # Visible inside the transaction that made the change, before the commit.
        inside = s.scalars(sa.select(Outbox).where(Outbox.seq > start)).all()
        assert [(o.table_name, o.row_id, o.op) for o in inside] == [("hamlet", hamlet.id, "I")]
    [row] = outbox(db, start)
    assert row.hlc == hamlet.hlc
    assert row.base_version is None
    assert row.batch_seq is None  # not sealed into a batch yet


def test_rollback_leaves_no_outbox_row_and_no_clock_change(db, row_counts):
    before, clock = row_counts(), last_hlc(db)
    with pytest.raises(RuntimeError, match="changed my mind"), db.write("tester") as s:
        s.add(Hamlet(office_id=s.get(Installation, 1).office_id, name="Xóm Tạm",
                     name_folded="xom tam"))  # fmt: skip
        s.flush()
        assert s.scalar(sa.select(sa.func.count()).select_from(Outbox)) == before["outbox"] + 1
        raise RuntimeError("changed my mind")
    assert row_counts() == before
    assert last_hlc(db) == clock


def test_failed_service_call_leaves_no_outbox_row(db, make_household, row_counts):
    make_household("Nguyễn Văn An", id_number="026080123456")
    before = row_counts()
    with pytest.raises(UserError):
        make_household("Trần Văn Bình", id_number="026080123456")  # same ID: refused
    assert row_counts() == before


def test_every_write_of_a_synced_table_reaches_the_outbox(db, make_household):
    start = last_seq(db)
    cats = {c.code: c.id for c in office.list_categories(db)}
    saved = make_household(
        "Nguyễn Văn An",
        category_ids={cats["meritorious"]},
        members=[MemberDraft(full_name="Lê Thị Hoa", gender="female", birth_year=1985,
                             relation="spouse")],
        household={"category_ids": {cats["poor"]},
                   "needs": [NeedDraft(kind="rice", quantity=Decimal(10), unit="kg",
                                       assessed_by="Trưởng thôn")]},
    )  # fmt: skip
    rows = outbox(db, start)
    assert sorted((o.table_name, o.op) for o in rows) == sorted(
        [("household", "I"), ("person", "I"), ("person", "I"), ("category_assignment", "I"),
         ("category_assignment", "I"), ("need", "I")]
    )  # fmt: skip
    with db.read() as s:
        for o in rows:
            table = next(t for t in synced_tables() if t.name == o.table_name)
            stored = s.execute(sa.select(table.c.hlc).where(table.c.id == o.row_id)).scalar_one()
            assert o.hlc == stored
    start = last_seq(db)
    hh.void_household(db, "tester", saved.id, "chuyển đi nơi khác")
    changed = outbox(db, start)
    assert sorted((o.table_name, o.op) for o in changed) == sorted(
        [("household", "U"), ("person", "U"), ("person", "U"), ("need", "U")]
    )


def test_outbox_names_rows_not_values(db, make_household):
    """Sealing reads each changed row as it is then: no personal data is copied."""
    assert {c.name for c in Outbox.__table__.columns} == {
        "seq",
        "table_name",
        "row_id",
        "op",
        "hlc",
        "base_version",
        "batch_seq",
    }


def test_update_records_the_version_it_replaced(db, hamlets):
    hamlet_id = hamlets[0].id
    for expected_base, name in [(1, "Thôn Đông Một"), (2, "Thôn Đông Hai"), (3, "Thôn Đông Ba")]:
        start = last_seq(db)
        office.rename_hamlet(db, "tester", hamlet_id, name, "thon")
        [row] = outbox(db, start)
        assert (row.table_name, row.row_id, row.op) == ("hamlet", hamlet_id, "U")
        assert row.base_version == expected_base
        with db.read() as s:
            stored = s.get(Hamlet, hamlet_id)
            assert (stored.version, stored.name, stored.hlc) == (expected_base + 1, name, row.hlc)


def test_stamps_strictly_increase_and_persist_in_installation(db, make_household, hamlets):
    start = last_seq(db)
    saved = make_household("Nguyễn Văn An")
    make_household("Trần Thị Bình", gender="female")
    office.rename_hamlet(db, "tester", hamlets[1].id, "Thôn Tây Mới", "thon")
    draft = hh.load_household(db, saved.id)
    draft.address = "Số 9"
    hh.save_household(db, "tester", draft)
    stamps = [o.hlc for o in outbox(db, start)]
    assert len(stamps) >= 6
    assert all(a < b for a, b in zip(stamps, stamps[1:], strict=False))
    assert last_hlc(db) == stamps[-1]
    with db.read() as s:  # the clock is never behind any stamp in the database
        highest = max(s.scalar(sa.select(sa.func.max(t.c.hlc))) or 0 for t in synced_tables())
    assert last_hlc(db) == highest


def test_stamps_keep_increasing_when_the_wall_clock_goes_back(db, hamlets, monkeypatch):
    office.rename_hamlet(db, "tester", hamlets[0].id, "Thôn Một", "thon")
    before = last_hlc(db)

    class ClockAnHourBehind:
        @staticmethod
        def time_ns():
            return time.time_ns() - 3600 * 10**9

    monkeypatch.setattr(hlc, "time", ClockAnHourBehind)
    office.rename_hamlet(db, "tester", hamlets[0].id, "Thôn Hai", "thon")
    office.rename_hamlet(db, "tester", hamlets[1].id, "Thôn Ba", "thon")
    with db.read() as s:
        first, second = (s.get(Hamlet, h.id).hlc for h in hamlets)
    assert before < first < second == last_hlc(db)
    assert hlc.clock_looks_wrong(last_hlc(db))


def test_a_new_row_is_stamped_in_every_field(db, make_household):
    saved = make_household("Nguyễn Văn An", user="cán bộ A")
    with db.read() as s:
        h = s.get(Household, saved.id)
        inst = s.get(Installation, 1)
        fields = {c.name for c in Household.__table__.columns} - _META_FIELDS
        assert h.field_hlc == {}  # sparse: no entry means "at the row's stamp"
        assert {field_stamp(h.field_hlc, h.hlc, f) for f in fields} == {h.hlc}
        assert h.version == 1
        assert h.origin_office_id == inst.office_id
        assert h.created_by == h.updated_by == "cán bộ A"
        assert isinstance(h.created_at, datetime) and h.created_at == h.updated_at


def test_field_stamps_change_only_for_changed_fields(db, make_household):
    saved = make_household("Nguyễn Văn An", household={"address": "Số 1", "note": "ghi chú"})
    fields = {c.name for c in Household.__table__.columns} - _META_FIELDS
    with db.read() as s:
        old = s.get(Household, saved.id)
        old_stamps = {f: field_stamp(old.field_hlc, old.hlc, f) for f in fields}
        old_version, old_hlc = old.version, old.hlc
    draft = hh.load_household(db, saved.id)
    draft.address = "Số 2"
    hh.save_household(db, "cán bộ B", draft)
    with db.read() as s:
        new = s.get(Household, saved.id)
    new_stamps = {f: field_stamp(new.field_hlc, new.hlc, f) for f in fields}
    changed = {k for k in fields if new_stamps[k] != old_stamps[k]}
    assert changed == {"address"}
    assert new_stamps["address"] == new.hlc > old_hlc
    assert new_stamps["note"] == old_hlc  # untouched fields keep the stamp they had
    assert new.version == old_version + 1
    assert new.updated_by == "cán bộ B" and new.created_by == "tester"


def test_saving_an_unchanged_household_writes_nothing(db, make_household, row_counts):
    saved = make_household(
        "Nguyễn Văn An", birth_date=date(1980, 5, 6), id_number="026080123456",
        household={"needs": [NeedDraft(kind="cash", quantity=Decimal(500_000), unit="VND",
                                       assessed_by="Trưởng thôn", status="met")]},
    )  # fmt: skip
    before, clock = row_counts(), last_hlc(db)
    hh.save_household(db, "tester", hh.load_household(db, saved.id))
    assert row_counts() == before
    assert last_hlc(db) == clock


def test_several_flushes_in_one_transaction_keep_one_clock(db):
    start = last_seq(db)
    with db.write("tester") as s:
        office_id = s.get(Installation, 1).office_id
        for name in ("Xóm 1", "Xóm 2", "Xóm 3"):
            s.add(Hamlet(office_id=office_id, name=name, name_folded=name.lower(), kind="xom"))
            s.flush()
    stamps = [o.hlc for o in outbox(db, start)]
    assert len(stamps) == 3 and stamps == sorted(set(stamps))
    assert last_hlc(db) == stamps[-1]


def test_core_inserts_through_the_stamper_are_captured_too(db):
    start = last_seq(db)
    now = datetime(2026, 1, 1, 8, 0)
    with db.write("tester") as s:
        conn = s.connection()
        stamper = Stamper(conn)
        row = stamper.new_row(
            {"office_id": stamper.office_id, "name": "Bản Lác", "name_folded": "ban lac",
             "kind": "ban"}, "tester", now,
        )  # fmt: skip
        row["id"] = uuid7()
        conn.execute(sa.insert(Hamlet), [row])
        stamper.save()
    [o] = outbox(db, start)
    assert (o.table_name, o.row_id, o.op, o.hlc) == ("hamlet", row["id"], "I", row["hlc"])
    assert last_hlc(db) == row["hlc"]
    assert row["field_hlc"] == {} and row["version"] == 1


def test_writing_a_synced_row_needs_an_office(empty_db):
    with pytest.raises(RuntimeError, match="set up the office"), empty_db.write("x") as s:
        s.add(Hamlet(office_id=None, name="Thôn", name_folded="thon"))
        s.flush()


def test_raw_delete_of_any_synced_table_is_refused(db, make_household, row_counts):
    cats = {c.code: c.id for c in office.list_categories(db)}
    make_household(
        "Nguyễn Văn An", category_ids={cats["meritorious"]},
        household={"needs": [NeedDraft(kind="rice", quantity=Decimal(5), unit="kg",
                                       assessed_by="Trưởng thôn")]},
    )  # fmt: skip
    before = row_counts()
    # The registry's tables; the ledgers' are refused in tests/services/test_ledger.py.
    registry = [
        "office",
        "hamlet",
        "category",
        "household",
        "person",
        "category_assignment",
        "need",
    ]
    assert set(registry) <= {t.name for t in synced_tables()}
    for table in registry:
        assert before[table] > 0, table
        with pytest.raises(sa.exc.DatabaseError, match="never deleted"), db.engine.begin() as c:
            c.exec_driver_sql(f"DELETE FROM {table}")
    assert row_counts() == before


def test_orm_delete_is_refused_too(db, make_household):
    saved = make_household("Nguyễn Văn An")
    with pytest.raises(sa.exc.DatabaseError, match="never deleted"), db.write("tester") as s:
        s.delete(s.scalars(sa.select(Person).where(Person.household_id == saved.id)).one())
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Person)) == 1
