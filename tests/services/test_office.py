"""app/services/office.py: the office, the official unit list, hamlets and categories."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.errors import UserError
from app.i18n import set_language
from app.models import Category, Hamlet, Installation, Office
from app.services import office, vocab
from app.text import fold


def test_admin_units_are_loaded_once(empty_db):
    added = office.ensure_admin_units(empty_db)
    assert added > 3000
    assert office.ensure_admin_units(empty_db) == 0
    provinces = office.list_provinces(empty_db)
    assert len(provinces) == 34  # since 1 July 2025 (FORMS.md §5)
    assert len({p.code for p in provinces}) == 34
    names = {fold(p.name) for p in provinces}
    assert "thanh pho ha noi" in names and "quang ninh" in names
    communes = office.list_communes(empty_db, "01")
    assert communes and all(c.parent_code == "01" for c in communes)
    assert office.list_communes(empty_db, "99") == []


def test_a_new_database_has_no_office(empty_db):
    assert office.current_office(empty_db) is None
    assert office.list_hamlets(empty_db) == []


def test_setup_office(empty_db):
    office.ensure_admin_units(empty_db)
    commune = office.list_communes(empty_db, "01")[0]
    info = office.setup_office(empty_db, "tester", "  UBND  xã Thử  ", commune.code)
    assert info.name == "UBND xã Thử"
    assert (info.admin_unit_code, info.commune_name, info.level) == (commune.code, commune.name,
                                                                     "commune")  # fmt: skip
    assert info.province_name == next(p.name for p in office.list_provinces(empty_db)
                                      if p.code == "01")  # fmt: skip
    assert office.current_office(empty_db) == info
    with empty_db.read() as s:
        inst = s.get(Installation, 1)
        assert inst.office_id == info.id
        assert s.get(Office, info.id).origin_office_id == info.id
        assert inst.last_hlc > 0


@pytest.mark.parametrize(
    ("level", "unit", "ok"),
    [("province", "01", True), ("province", "commune", False), ("province", "", False),
     ("district", "", True), ("district", "01", True), ("district", "commune", False),
     ("ward", "01", False)],
)  # fmt: skip
def test_setup_an_upper_office(empty_db, level, unit, ok):
    office.ensure_admin_units(empty_db)
    if unit == "commune":
        unit = office.list_communes(empty_db, "01")[0].code
    if not ok:
        with pytest.raises(UserError):
            office.setup_office(empty_db, "tester", "Sở", unit, level)
        assert office.current_office(empty_db) is None
        return
    info = office.setup_office(empty_db, "tester", "UBND tỉnh", unit, level)
    assert (info.level, info.admin_unit_code, info.commune_name) == (level, unit or None, "")
    province = next(p.name for p in office.list_provinces(empty_db) if p.code == "01")
    assert info.province_name == (province if unit else "")


def test_setup_office_happens_once(db, english):
    commune = office.list_communes(db, "01")[0]
    with pytest.raises(UserError, match="already belongs to an office"):
        office.setup_office(db, "tester", "UBND khác", commune.code)


@pytest.mark.parametrize(
    ("name", "commune", "field"),
    [("", "ok", "name"), ("   ", "ok", "name"), ("UBND", "", "commune"), ("UBND", "01", "commune"),
     ("UBND", "zzz", "commune"), ("U" * 201, "ok", "name")],
)  # fmt: skip
def test_setup_office_refuses_bad_input_and_writes_nothing(empty_db, name, commune, field):
    office.ensure_admin_units(empty_db)
    if commune == "ok":
        commune = office.list_communes(empty_db, "01")[0].code
    with pytest.raises(UserError) as err:
        office.setup_office(empty_db, "tester", name, commune)
    assert field in {e.field for e in err.value.field_errors}
    assert office.current_office(empty_db) is None
    with empty_db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Office)) == 0


def test_rename_office(db, english):
    office.rename_office(db, "tester", "UBND phường Mới")
    assert office.current_office(db).name == "UBND phường Mới"
    with pytest.raises(UserError):
        office.rename_office(db, "tester", "  ")
    with pytest.raises(UserError):
        office.rename_office(db, "tester", "U" * 201)
    assert office.current_office(db).name == "UBND phường Mới"


def test_rename_office_needs_an_office(empty_db, english):
    with pytest.raises(UserError, match="Set up the office first"):
        office.rename_office(empty_db, "tester", "UBND")


def test_builtin_categories_are_seeded_with_the_same_ids_everywhere(db):
    cats = office.list_categories(db)
    assert [c.code for c in cats] == [code for code, *_ in vocab.BUILTIN_CATEGORIES]
    assert all(c.id == vocab.category_id(c.code) for c in cats)
    assert cats[0].name == "Hộ nghèo"  # Vietnamese by default
    with db.read() as s:
        rows = s.scalars(sa.select(Category)).all()
        # Every field at stamp 0 (a new row's field_hlc is empty: all at the row's hlc).
        assert all(r.hlc == 0 and r.field_hlc == {} for r in rows)
        assert all(r.origin_office_id == vocab.NATIONAL_OFFICE_ID for r in rows)
    set_language("en")
    assert office.list_categories(db)[0].name == "Poor household"


def test_hamlets(db, hamlets, english):
    assert [h.name for h in hamlets] == ["Thôn Đông", "Thôn Tây"]
    assert all(h.kind == "thon" for h in hamlets)
    for name in ("thon dong", "THÔN ĐÔNG", "Thôn  Đông", "Thôn \u00d0ông"):
        with pytest.raises(UserError, match="already a hamlet"):
            office.add_hamlet(db, "tester", name)
    with pytest.raises(UserError):
        office.add_hamlet(db, "tester", "   ")
    with pytest.raises(UserError):
        office.add_hamlet(db, "tester", "Xóm Mới", kind="village")
    with pytest.raises(UserError):
        office.add_hamlet(db, "tester", "X" * 201)
    assert len(office.list_hamlets(db)) == 2


def test_hamlets_sort_naturally(db):
    for name in ("Thôn 10", "Thôn 2", "Thôn 1"):
        office.add_hamlet(db, "tester", name)
    names = [h.name for h in office.list_hamlets(db)]
    assert names.index("Thôn 1") < names.index("Thôn 2") < names.index("Thôn 10")


def test_rename_and_void_hamlet(db, hamlets, make_household, english):
    east, west = hamlets
    office.rename_hamlet(db, "tester", east.id, "Tổ dân phố 1", "to")
    assert ("Tổ dân phố 1", "to") in {(h.name, h.kind) for h in office.list_hamlets(db)}
    with pytest.raises(UserError, match="already a hamlet"):
        office.rename_hamlet(db, "tester", west.id, "to dan pho 1", "thon")
    office.rename_hamlet(db, "tester", west.id, "thôn tây", "thon")  # its own name: fine
    make_household("Nguyễn Văn An", household={"hamlet_id": east.id})
    with pytest.raises(UserError, match="1 households still live"):
        office.void_hamlet(db, "tester", east.id, "sáp nhập")
    with pytest.raises(UserError, match="reason"):
        office.void_hamlet(db, "tester", west.id, " ")
    office.void_hamlet(db, "tester", west.id, "sáp nhập")
    assert [h.id for h in office.list_hamlets(db)] == [east.id]
    with db.read() as s:
        gone = s.get(Hamlet, west.id)  # voided, not deleted
        assert (gone.voided, gone.void_reason) == (True, "sáp nhập")
    with pytest.raises(UserError, match="no longer exists"):
        office.rename_hamlet(db, "tester", west.id, "Thôn Tây", "thon")
    office.add_hamlet(db, "tester", "Thôn Tây")  # the name is free again


def test_add_hamlet_needs_an_office(empty_db, english):
    with pytest.raises(UserError, match="Set up the office first"):
        office.add_hamlet(empty_db, "tester", "Thôn Đông")


def test_a_clock_earlier_than_the_last_saved_change_is_reported(db, monkeypatch):
    from app.services.office import clock_warning
    from app.sync import hlc

    assert clock_warning(db) is None
    real = hlc.now_ms()
    monkeypatch.setattr(hlc, "now_ms", lambda: real - 3 * 24 * 3600 * 1000)  # reset 3 days back
    message = clock_warning(db)
    assert message is not None and "ngày giờ" in message
