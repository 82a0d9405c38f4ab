"""Importing a list: plan, duplicates, atomic commit, re-import, undo — on a migrated database."""

from __future__ import annotations

import uuid
from datetime import date

import openpyxl
import pytest
import sqlalchemy as sa

from app.errors import Cancelled, UserError
from app.excel import batches, importer, interpret
from app.models import CategoryAssignment, Hamlet, Household, ImportBatch, Person
from app.services import vocab
from app.services.households import load_household, save_household

TITLE = [["UBND XÃ THỬ NGHIỆM"], ["DANH SÁCH HỘ NGHÈO NĂM 2026"], []]
PERSON_HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số CCCD", "Thôn",
                 "Quan hệ với chủ hộ", "Đối tượng", "SĐT"]  # fmt: skip
FAMILY = [
    [1, "Nguyễn Văn An", "12/03/1980", "Nam", 1080001234, "Đông", "Chủ hộ", "Hộ nghèo",
     912345678],
    [2, "Trần Thị Bình", "1985", "Nữ", None, "Đông", "Vợ", None, None],
    [3, "Nguyễn Văn Cường", "2010", None, None, "Đông", "Con", None, None],
    [4, "Lê Thị Dung", "05/06/1990", "Nữ", "001190005678", "Tây", "Chủ hộ", None, None],
]  # fmt: skip


def xlsx(tmp_path, rows, name="list.xlsx"):
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def plan_for(db, path, **options):
    source = importer.open_source(path)
    layout = importer.find_layout(db, source)
    return importer.build_plan(db, source, layout, **options)


def import_file(db, path, **options):
    return importer.commit_plan(db, "tester", plan_for(db, path, **options))


def persons(db):
    with db.read() as s:
        return {p.full_name: p for p in s.scalars(sa.select(Person).where(~Person.voided))}


def test_person_rows_with_relations_become_households(db, tmp_path, hamlets):
    path = xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY)
    plan = plan_for(db, path)
    assert plan.header_row == 3
    assert [len(h.file.rows) for h in plan.households] == [3, 1]
    assert not plan.error_rows
    result = importer.commit_plan(db, "tester", plan)
    assert (result.households_added, result.persons_added, result.rows_failed) == (2, 4, 0)
    people = persons(db)
    an = people["Nguyễn Văn An"]
    assert (an.relation, an.id_number, an.gender) == ("head", "001080001234", "male")
    assert people["Trần Thị Bình"].relation == "spouse"
    assert people["Nguyễn Văn Cường"].gender == "male"  # from the middle name "Văn"
    assert people["Nguyễn Văn Cường"].household_id == an.household_id
    assert people["Lê Thị Dung"].household_id != an.household_id
    draft = load_household(db, an.household_id)
    assert draft.hamlet_id == hamlets[0].id
    assert draft.phone == "0912345678"  # the head's number is the household's; its 0 restored
    assert draft.category_ids == {vocab.category_id("poor")}
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Household).where(
            Household.import_batch_id == result.batch_id)) == 2  # fmt: skip


def test_one_row_per_household_keeps_the_declared_size(db, tmp_path):
    header = ["STT", "Họ tên chủ hộ", "Năm sinh", "Giới tính", "Thôn", "Số nhân khẩu", "Ghi chú"]
    path = xlsx(tmp_path, [header, [1, "Phạm Văn Hùng", 1962, "Nam", "Thôn Đông", 5, "nhà tạm"],
                           [2, "Đỗ Thị Lan", 1970, "Nữ", "Thôn Tây", 1, None]])  # fmt: skip
    result = import_file(db, path)
    assert (result.households_added, result.persons_added) == (2, 2)
    with db.read() as s:
        sizes = dict(s.execute(sa.select(Household.note, Household.declared_size)).all())
    assert sizes == {"nhà tạm": 5, None: None}  # one person listed of five; the other lives alone


def test_household_key_groups_rows_that_are_apart(db, tmp_path):
    header = ["Mã hộ", "Họ và tên", "Năm sinh", "Giới tính", "Thôn", "Quan hệ"]
    rows = [["H01", "Vũ Văn Nam", 1975, "Nam", "Đông", "Chủ hộ"],
            ["H02", "Hồ Thị Mai", 1980, "Nữ", "Tây", "Chủ hộ"],
            ["H01", "Vũ Thị Hoa", 2005, "Nữ", "Đông", "Con"]]  # fmt: skip
    result = import_file(db, xlsx(tmp_path, [header, *rows]))
    assert (result.households_added, result.persons_added) == (2, 3)
    people = persons(db)
    assert people["Vũ Thị Hoa"].household_id == people["Vũ Văn Nam"].household_id
    with db.read() as s:
        assert sorted(s.scalars(sa.select(Household.code))) == ["H01", "H02"]


def test_wrong_rows_are_reported_by_excel_row_and_their_household_is_held_back(db, tmp_path):
    rows = FAMILY[:3] + [
        [4, "Lê Văn Dũng", "1970", "Nam", "1.23E+11", "Đông", "Chủ hộ", None, None],
        [5, "Phạm Thị E", None, "Nữ", None, "Đông", "Chủ hộ", None, None],
        [6, "Hồ Văn G", "1975", "Nam", None, "Thôn Bắc", "Chủ hộ", None, None],
    ]
    rows[1] = [2, "Trần Thị Bình", "31/02/1985", "Nữ", None, "Đông", "Vợ", None, None]
    path = xlsx(tmp_path, TITLE + [PERSON_HEADER] + rows)
    plan = plan_for(db, path)
    errors = plan.row_errors()
    # Excel rows: title 1-3, header 4, data from 5.
    assert sorted(i + 1 for i in errors) == [5, 6, 7, 8, 9, 10]
    assert "6" in errors[4]  # the head's row says which row of its household is wrong
    assert "E+11" in errors[7]
    assert "Bắc" in errors[9]
    result = importer.commit_plan(db, "tester", plan)
    assert result.households_added == 0 and result.batch_id is None
    assert persons(db) == {}


def test_reimporting_the_same_file_changes_nothing(db, tmp_path, row_counts):
    path = xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY)
    import_file(db, path)
    before = row_counts()
    plan = plan_for(db, path)
    assert [h.decision for h in plan.households] == ["skip", "skip"]
    assert all(h.match and not h.match.changes for h in plan.households)
    assert len(plan.earlier_imports) == 1
    result = importer.commit_plan(db, "tester", plan)
    assert result.batch_id is None and result.rows_skipped == 4
    assert row_counts() == before


def test_the_corrected_file_adds_only_what_was_wrong(db, tmp_path):
    bad = [*FAMILY, [5, "Phạm Thị E", None, "Nữ", None, "Đông", "Chủ hộ", None, None]]
    import_file(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + bad))
    assert len(persons(db)) == 4
    bad[4] = [5, "Phạm Thị E", "1999", "Nữ", None, "Đông", "Chủ hộ", None, None]
    result = import_file(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + bad, "fixed.xlsx"))
    assert (result.households_added, result.rows_skipped) == (1, 4)
    assert len(persons(db)) == 5


def test_a_registered_id_number_offers_skip_or_update_never_new(db, tmp_path, make_household):
    saved = make_household("Nguyễn Văn An", id_number="001080001234", birth_year=1980)
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY))
    first = plan.households[0]
    assert first.match.household_id == saved.id and first.match.by_id
    assert first.choices() == ("skip", "update")
    assert first.decision == "skip"
    first.decision = "update"
    result = importer.commit_plan(db, "tester", plan)
    assert (result.households_updated, result.households_added, result.persons_added) == (1, 1, 3)
    draft = load_household(db, saved.id)
    assert {m.full_name for m in draft.members} == {"Nguyễn Văn An", "Trần Thị Bình",
                                                   "Nguyễn Văn Cường"}  # fmt: skip
    assert draft.phone == "0912345678"
    assert vocab.category_id("poor") in draft.category_ids
    assert next(m for m in draft.members if m.relation == "head").birth_date is not None


@pytest.mark.parametrize("field", ["id_number", "old_id_number"])
def test_an_id_registered_between_check_and_import_stops_the_import(db, tmp_path, make_household,
                                                                    row_counts, field):  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY))
    assert all(h.match is None for h in plan.households)
    number = "001190005678" if field == "id_number" else "001080001234"
    make_household("Người Khác", gender="female", birth_year=1990, **{field: number})  # meanwhile
    before = row_counts()
    with pytest.raises(UserError, match=number):
        importer.commit_plan(db, "tester", plan)
    assert row_counts() == before


def test_same_name_year_and_hamlet_is_a_possible_duplicate(db, tmp_path, make_household):
    make_household("Lê Thị Dung", gender="female", birth_year=1990)  # in Thôn Đông
    rows = [[1, "Lê Thị Dung", "1990", "Nữ", None, "Đông", "Chủ hộ", None, "0987654321"]]
    plan = plan_for(db, xlsx(tmp_path, [PERSON_HEADER, *rows]))
    h = plan.households[0]
    assert h.match is not None and not h.match.by_id
    assert set(h.choices()) == {"skip", "update", "new"}
    h.decision = "new"  # a namesake born the same year in the same hamlet
    assert importer.commit_plan(db, "tester", plan).households_added == 1


def test_a_person_twice_in_the_file(db, tmp_path):
    rows = [[1, "Đinh Văn Khoa", "1970", "Nam", "001070001111", "Đông", "Chủ hộ", None, None],
            [2, "Đinh Văn Khoa", "1970", "Nam", "001070001111", "Đông", "Chủ hộ", None, None],
            [3, "Mai Thị Oanh", "1980", "Nữ", None, "Tây", "Chủ hộ", None, None],
            [4, "Mai Thị Oanh", "1980", "Nữ", None, "Tây", "Chủ hộ", None, None]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, [PERSON_HEADER, *rows]))
    second, fourth = plan.households[1], plan.households[3]
    assert second.duplicate_of == 0 and second.choices() == ("skip",)
    assert fourth.duplicate_of == 2 and fourth.choices() == ("skip", "new")
    assert importer.commit_plan(db, "tester", plan).households_added == 2


def test_cancel_leaves_the_database_unchanged(db, tmp_path, row_counts):
    rows = [[i, f"Người Thứ {chr(65 + i % 26)}", 1950 + i % 50, "Nam", None, "Đông", "Chủ hộ",
             None, None] for i in range(12000)]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, [PERSON_HEADER, *rows]))
    plan.decide_all("new")
    before = row_counts()
    calls = []

    def progress(done, total, what):
        calls.append(done)
        return len(calls) < 3  # cancel after the first chunk was written

    def triggers():  # SQLite's, which a bulk insert sets aside while it copies
        if not db.is_sqlite:
            return []
        with db.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            ).all()  # fmt: skip

    schema = triggers()
    with pytest.raises(Cancelled):
        importer.commit_plan(db, "tester", plan, progress)
    assert row_counts() == before
    assert triggers() == schema  # the outbox and search-index triggers set aside are back


def test_undo_voids_what_it_added_and_restores_what_it_changed(db, tmp_path, make_household):
    saved = make_household("Nguyễn Văn An", id_number="001080001234", birth_year=1980)
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY))
    plan.households[0].decision = "update"
    result = importer.commit_plan(db, "tester", plan)
    batches.undo_import(db, "tester", result.batch_id)
    assert set(persons(db)) == {"Nguyễn Văn An"}
    draft = load_household(db, saved.id)
    assert draft.phone == "" and draft.category_ids == set()
    assert draft.members[0].birth_date is None and draft.members[0].birth_year == 1980
    with db.read() as s:
        batch = s.get(ImportBatch, result.batch_id)
        assert batch.undone_at is not None
    with pytest.raises(UserError):
        batches.undo_import(db, "tester", result.batch_id)
    # Undone, the same file imports again.
    plan = plan_for(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY))
    assert plan.households[1].match is None


def test_undo_is_refused_once_someone_built_on_the_import(db, tmp_path, english):
    result = import_file(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY))
    an = persons(db)["Nguyễn Văn An"]
    draft = load_household(db, an.household_id)
    draft.address = "Số 5"
    save_household(db, "tester", draft)
    with pytest.raises(UserError, match="changed after the import"):
        batches.undo_import(db, "tester", result.batch_id)
    assert len(persons(db)) == 4


def test_unknown_hamlets_are_errors_unless_the_officer_adds_them(db, tmp_path):
    rows = [[1, "Hồ Văn G", "1975", "Nam", None, "Xóm Bãi", "Chủ hộ", None, None]]
    path = xlsx(tmp_path, [PERSON_HEADER, *rows])
    assert plan_for(db, path).row_errors()
    plan = plan_for(db, path, create_hamlets=True)
    assert plan.new_hamlets == ["Xóm Bãi"] and not plan.error_rows
    result = importer.commit_plan(db, "tester", plan)
    with db.read() as s:
        hamlet = s.scalar(sa.select(Hamlet).where(Hamlet.name == "Xóm Bãi"))
        assert hamlet.kind == "xom"
    batches.undo_import(db, "tester", result.batch_id)
    with db.read() as s:
        assert s.get(Hamlet, hamlet.id).voided


def test_a_list_without_hamlets_takes_one_for_all_or_finds_it_in_the_address(db, tmp_path,
                                                                             hamlets):  # fmt: skip
    header = ["Họ và tên", "Năm sinh", "Giới tính", "Địa chỉ"]
    rows = [["Trịnh Văn Lực", 1960, "Nam", "Số 3, Thôn Tây, xã Thử Nghiệm"],
            ["Trịnh Thị Hạnh", 1962, "Nữ", "Số 4"]]  # fmt: skip
    path = xlsx(tmp_path, [header, *rows])
    plan = plan_for(db, path)
    assert plan.households[0].ok and not plan.households[1].ok
    plan = plan_for(db, path, default_hamlet_id=hamlets[0].id)
    assert [h.file.draft.hamlet_id for h in plan.households] == [hamlets[1].id, hamlets[0].id]


def test_mapping_is_remembered_for_the_same_layout(db, tmp_path):
    header = ["Tên người nhận", "Sinh vào năm", "Thôn"]  # headers the synonyms do not know
    path = xlsx(tmp_path, [header, ["Đào Văn Tú", 1980, "Đông"]])
    source = importer.open_source(path)
    layout = importer.find_layout(db, source)
    assert layout.columns != {0: "full_name", 1: "birth_year", 2: "hamlet"}
    signature = importer.layout_signature(source.sheets[0].rows[layout.header_row])
    importer.remember_mapping(db, "tester", signature, {0: "full_name", 1: "birth_year",
                                                        2: "hamlet"})  # fmt: skip
    again = importer.find_layout(db, importer.open_source(path))
    assert again.remembered and again.columns == {0: "full_name", 1: "birth_year", 2: "hamlet"}


def test_a_mapping_without_names_or_births_is_refused(db, tmp_path):
    path = xlsx(tmp_path, [["Họ và tên", "Thôn"], ["Đào Văn Tú", "Đông"]])
    source = importer.open_source(path)
    with pytest.raises(UserError):
        importer.build_plan(db, source, importer.find_layout(db, source))


def test_totals_and_signature_rows_are_not_people(db, tmp_path):
    rows = [*FAMILY[:1], ["Tổng cộng", None, None, None, None, None, None, None, None],
            [None, "Người lập biểu", None, None, None, None, None, None, None]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, [PERSON_HEADER, *rows]))
    assert len(plan.rows) == 1 and not plan.error_rows


def test_gender_from_the_cccd_when_the_list_has_no_gender(db, tmp_path):
    header = ["Họ và tên", "Năm sinh", "CCCD", "Thôn"]
    path = xlsx(tmp_path, [header, ["Mai Anh Tuấn", 1990, "001090001234", "Đông"],
                           ["Mai Ánh Tuyết", 1992, "001192001234", "Đông"]])  # fmt: skip
    plan = plan_for(db, path)
    genders = [h.file.draft.members[0].gender for h in plan.households]
    assert genders == ["male", "female"]
    assert plan.rows[0].warnings


def test_imported_rows_reach_the_outbox_and_search(sqlite_empty_db, tmp_path):
    """SQLite: PostgreSQL has no outbox or search-index triggers yet (decision 0001)."""
    from app.services.persons import search_persons
    from tests.conftest import set_up_office

    db = sqlite_empty_db
    set_up_office(db)
    result = import_file(db, xlsx(tmp_path, TITLE + [PERSON_HEADER] + FAMILY))
    with db.read() as s:
        outbox = s.execute(
            sa.text(
                "SELECT count(*) FROM outbox WHERE table_name IN "
                "('household', 'person', 'category_assignment')"
            )
        ).scalar()
        assigned = s.scalar(sa.select(sa.func.count()).select_from(CategoryAssignment).where(
            CategoryAssignment.import_batch_id == result.batch_id))  # fmt: skip
    assert outbox == 2 + 4 + assigned
    assert [p.full_name for p in search_persons(db, "nguyen van cuong")] == ["Nguyễn Văn Cường"]
    assert isinstance(result.batch_id, uuid.UUID)


def test_names_typed_in_old_vietnamese_fonts_arrive_in_unicode(db, tmp_path):
    from tests.excel.test_legacy import encode_tcvn3, encode_vni

    names = ["Nguyễn Văn Hưởng", "Trần Thị Thủy", "Lê Văn Đức", "Phạm Thị Ngọc"]
    for encode, expected in ((encode_tcvn3, "tcvn3"), (encode_vni, "vni")):
        rows = [[encode(n), 1970 + i, "Nam" if "Văn" in n else "Nữ", encode("Thôn Đông")]
                for i, n in enumerate(names)]  # fmt: skip
        path = xlsx(tmp_path, [["Họ và tên", "Năm sinh", "Giới tính", "Thôn"], *rows],
                    f"{expected}.xlsx")  # fmt: skip
        plan = plan_for(db, path)
        assert plan.encodings == {"full_name": expected, "hamlet": expected}
        assert [r.full_name for r in plan.rows] == names
        assert not plan.error_rows  # the hamlet was found once converted


def test_a_name_in_two_columns_is_one_name(db, tmp_path):
    # "Họ đệm | Tên": lists split so as to sort by given name. Taking "Tên" for the whole name
    # registered people as "An".
    path = xlsx(tmp_path, [["Họ đệm", "Tên", "Năm sinh", "Giới tính", "Thôn"],
                           ["Nguyễn Văn", "An", 1960, "Nam", "Đông"],
                           [None, "Hà", 1980, "Nữ", "Đông"]])  # fmt: skip
    plan = plan_for(db, path, create_hamlets=True)
    assert [r.full_name for r in plan.rows] == ["Nguyễn Văn An", "Hà"]
    assert not plan.error_rows


@pytest.mark.parametrize("two_rows", [False, True])
def test_categories_ticked_in_a_column_each(db, tmp_path, two_rows):
    # "Hộ nghèo | Cận nghèo | Người có công" with an "x" (or a check mark) in the row's columns;
    # or the same columns under "Đối tượng" in a two-row header.
    kinds = ["Hộ nghèo", "Cận nghèo", "Người có công"]
    header = ["Họ và tên", "Năm sinh", "Giới tính", "Thôn", *kinds]
    if two_rows:
        header = [*header[:4], "Đối tượng", None, None]
    rows = [["Nguyễn Văn An", 1960, "Nam", "Đông", "x", None, "X"],
            ["Trần Thị Bình", 1970, "Nữ", "Đông", None, "✓", None],
            ["Lê Văn Cường", 1971, "Nam", "Đông", None, None, None],
            ["Phạm Thị Dung", 1972, "Nữ", "Đông", "Khuyết tật", None, None]]  # fmt: skip
    lower = [[None] * 4 + kinds] if two_rows else []
    plan = plan_for(db, xlsx(tmp_path, [header, *lower, *rows]), create_hamlets=True)
    assert [r.categories for r in plan.rows] == [["poor", "meritorious"], ["near_poor"], [],
                                                 []]  # fmt: skip
    assert "Khuyết tật" in plan.rows[3].note  # a word, not a tick: kept, and said
    assert plan.rows[3].warnings
    result = importer.commit_plan(db, "tester", plan)
    assert result.households_added == 4
    with db.read() as s:
        ids = s.scalars(sa.select(Household.id).order_by(Household.code)).all()
    an = load_household(db, ids[0])
    assert an.category_ids == {vocab.category_id("poor")}
    assert an.members[0].category_ids == {vocab.category_id("meritorious")}  # a person's
    assert load_household(db, ids[1]).category_ids == {vocab.category_id("near_poor")}


def test_a_list_grouped_under_hamlet_headings(db, tmp_path):
    # No hamlet column: the households are listed under "I  Thôn Đông", "II. THÔN TÂY"… with a
    # subtotal after each group. The headings are no people; the rows under one live there.
    rows = [["STT", "Họ và tên chủ hộ", "Năm sinh", "Giới tính", "Thôn"],
            ["I", "Thôn Đông"],
            [1, "Nguyễn Văn An", 1960, "Nam"],
            [2, "Trần Thị Bình", 1970, "Nữ"],
            [None, "Cộng thôn Đông: 2 hộ"],
            ["II. THÔN TÂY"],
            [3, "Lê Văn Cường", 1971, "Nam"],
            [4, "Phạm Thị Dung", 1972, "Nữ", "Xóm Mới"],  # its own hamlet, said in its row
            ["3)", "Tổ 5"],
            [5, "Đỗ Văn Em", 1973, "Nam"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows), create_hamlets=True)
    assert not plan.error_rows, plan.row_errors()
    assert [(r.full_name, r.hamlet) for r in plan.rows] == [
        ("Nguyễn Văn An", "Thôn Đông"), ("Trần Thị Bình", "Thôn Đông"),
        ("Lê Văn Cường", "Thôn Tây"), ("Phạm Thị Dung", "Xóm Mới"), ("Đỗ Văn Em", "Tổ 5")]  # fmt: skip
    assert plan.new_hamlets == ["Tổ 5", "Xóm Mới"]  # Đông and Tây are registered already


NUMBERED_HEADER = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Thôn"]


def test_a_list_numbering_its_heads_only_has_their_members_under_them(db, tmp_path):
    # Many lists number the households, the rows of their members under each unnumbered
    # ("", "-" or "3.1"), with no relation column: those rows live in the household above.
    rows = [NUMBERED_HEADER,
            [1, "Nguyễn Văn An", 1960, "Nam", "Đông"],
            [None, "Trần Thị Bình", 1962, "Nữ", "Đông"],
            [None, "Nguyễn Văn Cường", 1990, "Nam", "Đông"],
            [2, "Lê Văn Dũng", 1955, "Nam", "Đông"],
            [3, "Phạm Thị Em", 1970, "Nữ", "Tây"],
            ["-", "Phạm Văn Phúc", 2000, "Nam", "Tây"],
            ["3.2", "Phạm Thị Giang", 2003, "Nữ", "Tây"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows))
    assert not plan.row_errors()
    assert [[r.full_name for r in h.file.rows] for h in plan.households] == [
        ["Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn Cường"], ["Lê Văn Dũng"],
        ["Phạm Thị Em", "Phạm Văn Phúc", "Phạm Thị Giang"]]  # fmt: skip
    assert plan.members_by_numbering == 4
    result = importer.commit_plan(db, "tester", plan)
    assert (result.households_added, result.persons_added) == (3, 7)
    with db.read() as s:
        relations = dict(s.execute(sa.select(Person.full_name, Person.relation)).all())
    assert relations["Nguyễn Văn An"] == "head" and relations["Trần Thị Bình"] == "other"


@pytest.mark.parametrize("numbers", [
    [1, 2, None, 4],  # a number skipped: the unnumbered row is a household whose number is missing
    [1, 2, 3, 4],  # every row numbered: a household a row
    [None, 1, 2, 3],  # nothing numbered above the first row
    [1, "a", 2, 3],  # not a numbering
])  # fmt: skip
def test_rows_are_grouped_by_their_numbers_only_where_the_numbering_says_so(db, tmp_path,
                                                                            numbers):  # fmt: skip
    names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]
    rows = [NUMBERED_HEADER, *([n, name, 1960 + k, "Nam", "Đông"]
                               for k, (n, name) in enumerate(zip(numbers, names, strict=True)))]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows))
    assert len(plan.households) == 4 and plan.members_by_numbering == 0


def test_numbering_gives_way_to_relations_and_to_the_household_size(db, tmp_path):
    # A relation column says who lives where: the numbering is not looked at.
    rows = [[*NUMBERED_HEADER, "Quan hệ với chủ hộ"],
            [1, "Nguyễn Văn An", 1960, "Nam", "Đông", "Chủ hộ"],
            [None, "Trần Thị Bình", 1962, "Nữ", "Đông", "Chủ hộ"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows))
    assert len(plan.households) == 2 and plan.members_by_numbering == 0
    # A household bigger than its own "số nhân khẩu": the unnumbered row is no member of it.
    rows = [[*NUMBERED_HEADER, "Số nhân khẩu"],
            [1, "Nguyễn Văn An", 1960, "Nam", "Đông", 1],
            [None, "Trần Thị Bình", 1962, "Nữ", "Đông", None],
            [2, "Lê Văn Cường", 1970, "Nam", "Đông", 2]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows, name="sizes.xlsx"))
    assert len(plan.households) == 3 and plan.members_by_numbering == 0
    # Numbered again from 1 under each hamlet's heading: still the heads' numbers.
    rows = [NUMBERED_HEADER, ["I. Thôn Đông"],
            [1, "Nguyễn Văn An", 1960, "Nam"], [None, "Trần Thị Bình", 1962, "Nữ"],
            ["II. Thôn Tây"], [1, "Lê Văn Cường", 1970, "Nam"], [2, "Phạm Thị Dung", 1972, "Nữ"],
            [None, "Phạm Văn Em", 1995, "Nam"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows, name="hamlets.xlsx"))
    assert [len(h.file.rows) for h in plan.households] == [2, 1, 2]
    assert plan.members_by_numbering == 2


@pytest.mark.parametrize(("row", "hamlet"), [
    (["Thôn Đông"], "Thôn Đông"),
    ([None, "Xóm Mới", None], "Xóm Mới"),
    (["II", "Tổ dân phố số 3"], "Tổ dân phố số 3"),
    (["IV. THÔN BẮC"], "Thôn Bắc"),
    (["Tổng cộng"], None),
    (["Nguyễn Văn Thôn"], None),
    ([1, "Thôn Đông"], None),  # a number in it: a row of data
    (["I", "Thôn Đông", "ghi chú"], None),
    (["Thôn Đông", "Thôn Tây"], None),
])  # fmt: skip
def test_a_hamlet_heading(row, hamlet):
    assert interpret.section_hamlet(row) == hamlet


def test_a_birth_date_in_three_columns_is_one_date(db, tmp_path):
    rows = [["Họ và tên", "Ngày tháng năm sinh", None, None, "Giới tính", "Thôn"],
            [None, "Ngày", "Tháng", "Năm", None, None],
            ["Nguyễn Văn An", 12, 3, 1960, "Nam", "Đông"],
            ["Trần Thị Bình", None, None, 1970, "Nữ", "Đông"],  # a year alone
            ["Lê Văn Cường", "31", "02", 1971, "Nam", "Đông"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows))
    assert [(r.birth_date, r.birth_year) for r in plan.rows] == [
        (date(1960, 3, 12), 1960), (None, 1970), (None, 1971)]  # fmt: skip
    assert list(plan.row_errors()) == [4]  # 31 February


def test_a_header_repeated_further_down_is_no_person(db, tmp_path):
    # Lists pasted together from several sheets repeat their header (here a two-row one, and
    # the row numbering the columns) before each part.
    header = [["STT", "Họ và tên", "Năm sinh", None, "Thôn"], [None, None, "Nam", "Nữ", None],
              ["(1)", "(2)", "(3)", "(4)", "(5)"]]  # fmt: skip
    rows = [*header, [1, "Nguyễn Văn An", 1960, None, "Đông"],
            *header, [1, "Trần Thị Bình", None, 1970, "Tây"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows))
    assert not plan.error_rows, plan.row_errors()
    assert [r.full_name for r in plan.rows] == ["Nguyễn Văn An", "Trần Thị Bình"]


@pytest.mark.parametrize(("title", "sheet", "expected"), [
    ("DANH SÁCH HỘ NGHÈO THÔN ĐÔNG NĂM 2026", "Sheet1", "Thôn Đông"),
    ("DANH SÁCH HỘ NGHÈO", "Tây", "Thôn Tây"),  # the sheet's name
    ("DANH SÁCH HỘ NGHÈO", "Thôn Tây", "Thôn Tây"),
    ("DANH SÁCH HỘ NGHÈO THÔN ĐÔNG BẮC", "Sheet1", "Thôn Đông Bắc"),  # the longer name
    ("HỘ NGHÈO THÔN ĐÔNG VÀ THÔN TÂY", "Sheet1", None),  # two hamlets: the officer chooses
    ("DANH SÁCH HỘ NGHÈO XÃ ĐÔNG SƠN", "Sheet1", None),  # a commune, not a hamlet
])  # fmt: skip
def test_a_hamlet_head_s_list_names_its_hamlet_in_its_title(db, tmp_path, title, sheet,
                                                             expected):  # fmt: skip
    from app.services import office

    office.add_hamlet(db, "tester", "Thôn Đông Bắc")
    hamlets = {h.name: h.id for h in office.list_hamlets(db)}
    wb = openpyxl.Workbook()
    wb.active.title = sheet
    for row in ([title], ["Họ và tên", "Năm sinh"], ["Nguyễn Văn An", 1960]):
        wb.active.append(row)
    wb.save(tmp_path / "thon.xlsx")
    source = importer.open_source(tmp_path / "thon.xlsx")
    layout = importer.find_layout(db, source)
    found = importer.suggested_hamlet(source, layout, [(i, n) for n, i in hamlets.items()])
    assert found == (hamlets[expected] if expected else None)


def test_no_hamlet_is_suggested_for_a_list_with_a_hamlet_column(db, tmp_path, hamlets):
    path = xlsx(tmp_path, [["DANH SÁCH THÔN ĐÔNG"], ["Họ và tên", "Năm sinh", "Thôn"],
                           ["Nguyễn Văn An", 1960, "Tây"]])  # fmt: skip
    source = importer.open_source(path)
    layout = importer.find_layout(db, source)
    assert importer.suggested_hamlet(source, layout, [(h.id, h.name) for h in hamlets]) is None


def test_an_age_instead_of_a_birth_gives_the_year_and_says_so(db, tmp_path, english):
    rows = [["Họ và tên", "Tuổi", "Năm sinh", "Giới tính", "Số CCCD", "Thôn"],
            ["Nguyễn Văn An", 65, None, "Nam", "001060012345", "Đông"],  # the card says 1960
            ["Trần Thị Bình", "70 tuổi", None, "Nữ", None, "Đông"],
            ["Lê Văn Cường", 99, 1950, "Nam", None, "Đông"],  # a year written wins
            ["Phạm Thị Dung", "khoảng 70", None, "Nữ", None, "Đông"],  # an age as a guess
            ["Đỗ Văn Em", "già", None, "Nam", None, "Đông"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows), today=date(2026, 11, 27))
    assert [r.birth_year for r in plan.rows] == [1960, 1956, 1950, 1956, None]
    assert "worked out from the age" in " ".join(plan.rows[0].warnings)
    assert "worked out from the age" in " ".join(plan.rows[3].warnings)
    assert not plan.rows[2].warnings
    assert list(plan.row_errors()) == [5]


def test_a_year_given_as_a_guess_and_a_second_phone_are_kept_and_said(db, tmp_path, english):
    rows = [["Họ và tên", "Năm sinh", "Giới tính", "Thôn", "SĐT", "Ghi chú"],
            ["Nguyễn Văn An", "khoảng 1960", "Nam", "Đông", "0912345678 - 0987654321", None],
            ["Trần Thị Bình", "1958?", "Nữ", "Đông", "0912 000 111 / 0987000111", "Neo đơn"],
            ["Lê Văn Cường", 1950, "Nam", "Đông", "0912345000", None]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows), create_hamlets=True)
    assert not plan.row_errors()
    assert [r.birth_year for r in plan.rows] == [1960, 1958, 1950]
    assert "a guess in the list (“khoảng 1960”)" in " ".join(plan.rows[0].warnings)
    assert "a guess in the list (“1958?”)" in " ".join(plan.rows[1].warnings)
    assert [r.phone for r in plan.rows] == ["0912345678", "0912000111", "0912345000"]
    assert "0987654321 in the note" in " ".join(plan.rows[0].warnings)
    assert not plan.rows[2].warnings
    importer.commit_plan(db, "tester", plan)
    with db.read() as s:
        kept = dict(s.execute(sa.select(Household.phone, Household.note)).all())
    assert kept == {"0912345678": "Other phone: 0987654321",
                    "0912000111": "Neo đơn; Other phone: 0987000111", "0912345000": None}  # fmt: skip


def test_names_in_capitals_are_written_as_names(db, tmp_path):
    rows = [["Họ và tên", "Năm sinh", "Giới tính", "Thôn"],
            ["NGUYỄN VĂN AN", 1960, "Nam", "Đông"], ["trần thị bình", 1970, "Nữ", "Đông"],
            ["H'HEN NIÊ", 1980, "Nữ", "Đông"], ["Nguyễn Thị MAI", 1970, "Nữ", "Đông"]]  # fmt: skip
    plan = plan_for(db, xlsx(tmp_path, rows))
    assert [r.full_name for r in plan.rows] == ["Nguyễn Văn An", "Trần Thị Bình", "H'Hen Niê",
                                                "Nguyễn Thị MAI"]  # mixed case: as typed  # fmt: skip
