"""app/services/office_documents.py: the office's document settings — defaults from its
commune, stored once, checked, and what a document still lacks before it can be printed."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
import sqlalchemy as sa

from app.errors import UserError
from app.models import OfficeDocumentSettings, Outbox
from app.services import office
from app.services import office_documents as docs
from app.services.office import OfficeInfo
from app.services.roles import Actor, actor_for

ADMIN = Actor("tester", "Người Thử", frozenset({"admin"}))


def _office(commune: str, province: str, name: str = "UBND") -> OfficeInfo:
    return OfficeInfo(None, name, "00000", commune, province, "commune")


def _ready(settings: docs.DocumentSettings, **changes) -> docs.DocumentSettings:
    leader = replace(settings.signer("leader"), name="Nguyễn Văn Chủ")
    signers = tuple(leader if s.role == "leader" else s for s in settings.signers)
    return replace(settings, signers=signers, hotline="0211 3862 345", **changes)


def test_defaults_from_the_names_of_a_commune_and_its_province():
    got = docs.defaults(_office("Xã Yên Lạc", "Phú Thọ"))
    assert got.superior_body == "UBND TỈNH PHÚ THỌ"
    assert got.issuing_body == "ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC"
    assert got.place_name == "Yên Lạc"
    assert got.symbol == "DS-UBND" and got.hotline == ""
    assert [s.role for s in got.signers] == list(docs.SIGNER_ROLES)
    assert [(s.capacity, s.title, s.name, s.shown) for s in got.signers] == [
        ("", "NGƯỜI LẬP BIỂU", "", True), ("", "KẾ TOÁN", "", True), ("", "THỦ QUỸ", "", True),
        ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", True),
    ]  # fmt: skip
    assert (got.posting_days, got.zero_tens_word, got.thousand_word) == (15, "linh", "nghìn")
    city = docs.defaults(_office("Phường Đống Đa", "Thành phố Hà Nội"))
    assert city.superior_body == "UBND THÀNH PHỐ HÀ NỘI"
    assert city.issuing_body == "ỦY BAN NHÂN DÂN\nPHƯỜNG ĐỐNG ĐA"  # đ → Đ
    assert city.place_name == "Đống Đa"
    island = docs.defaults(_office("Đặc khu Phú Quốc", "An Giang"))
    assert island.place_name == "Phú Quốc" and island.issuing_body.endswith("\nĐẶC KHU PHÚ QUỐC")
    for text in (got.issuing_body, city.issuing_body, city.superior_body):
        assert unicodedata.is_normalized("NFC", text)


def test_load_gives_the_defaults_of_the_real_office_until_something_is_saved(db):
    info = office.current_office(db)
    assert info.province_name == "Phú Thọ"  # the `db` fixture's commune is in province 25
    got = docs.load(db)
    assert got == docs.defaults(info)
    assert got.superior_body == "UBND TỈNH PHÚ THỌ"
    assert got.issuing_body == "ỦY BAN NHÂN DÂN\n" + info.commune_name.upper()
    assert got.place_name == info.commune_name.split(" ", 1)[1]


def test_load_before_the_office_is_set_up_says_so(empty_db):
    with pytest.raises(UserError):
        docs.load(empty_db)


def test_save_then_load_gives_back_the_cleaned_settings_and_reaches_the_outbox(db):
    base = docs.load(db)
    nfd = unicodedata.normalize("NFD", "Trần  Thị Kế ")
    signers = (
        docs.Signer("leader", "tm. ủy ban nhân dân", "chủ tịch", "Nguyễn Văn Chủ"),
        docs.Signer("preparer", "", "Người lập biểu", "Lê Văn Lập"),
        docs.Signer("accountant", "", "KẾ TOÁN", nfd),
        docs.Signer("treasurer", "", "THỦ QUỸ", "", shown=False),
    )
    docs.save(db, ADMIN, replace(
        base, superior_body=" UBND tỉnh Phú Thọ ", issuing_body="Ủy ban nhân dân\n\n  xã Yên  Lạc",
        place_name=unicodedata.normalize("NFD", "Yên Lạc"), symbol="DS-UBND ", signers=signers,
        hotline="0211 3862 345", posting_days=30, zero_tens_word="lẻ", thousand_word="ngàn",
    ))  # fmt: skip
    got = docs.load(db)
    assert got.superior_body == "UBND TỈNH PHÚ THỌ"
    assert got.issuing_body == "ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC"
    assert got.place_name == "Yên Lạc" and unicodedata.is_normalized("NFC", got.place_name)
    assert (got.symbol, got.hotline, got.posting_days) == ("DS-UBND", "0211 3862 345", 30)
    assert (got.zero_tens_word, got.thousand_word) == ("lẻ", "ngàn")
    assert [s.role for s in got.signers] == list(docs.SIGNER_ROLES)  # stored in print order
    assert got.signer("leader") == docs.Signer("leader", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                                               "Nguyễn Văn Chủ")  # fmt: skip
    assert got.signer("accountant").name == "Trần Thị Kế"
    assert got.signer("treasurer").shown is False

    docs.save(db, ADMIN, replace(got, hotline=""))  # a second save changes the same row
    assert docs.load(db).hotline == ""
    with db.read() as s:
        rows = s.scalars(sa.select(OfficeDocumentSettings)).all()
        captured = s.scalars(sa.select(Outbox.op).where(
            Outbox.table_name == "office_document_settings")).all()  # fmt: skip
    assert len(rows) == 1 and rows[0].version == 2 and rows[0].updated_by == "tester"
    assert captured == ["I", "U"]


def test_wrong_settings_are_refused_field_by_field_and_nothing_is_stored(db, english):
    bad = replace(
        docs.load(db), issuing_body="  \n ", place_name="", hotline="02x1 386", posting_days=0,
        zero_tens_word="le", thousand_word="ngan", symbol="S" * 41,
    )  # fmt: skip
    with pytest.raises(UserError) as caught:
        docs.save(db, ADMIN, bad)
    fields = [e.field for e in caught.value.field_errors]
    assert fields == ["issuing_body", "place_name", "symbol", "hotline", "posting_days",
                      "zero_tens_word", "thousand_word"]  # fmt: skip
    assert caught.value.message.startswith("The document settings were not saved:")
    assert docs.load(db) == docs.defaults(office.current_office(db))
    with db.read() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(OfficeDocumentSettings)) == 0


@pytest.mark.parametrize(("hotline", "ok"), [
    ("0211 3862 345", True), ("+84 211 3862 345", True), ("19001234", True),
    ("1900123", False), ("1234567890123456", False), ("0211.3862.345", True),
    ("1900-1234", True), ("0211..3862", False), ("0211 3862 345.", False),
    ("84+2113862345", False), ("hotline 0211", False),
])  # fmt: skip
def test_the_hotline_is_a_phone_number_of_8_to_15_digits(db, hotline, ok):
    settings = replace(docs.load(db), hotline=hotline)
    if ok:
        docs.save(db, ADMIN, settings)
        assert docs.load(db).hotline == hotline
    else:
        with pytest.raises(UserError) as caught:
            docs.save(db, ADMIN, settings)
        assert [e.field for e in caught.value.field_errors] == ["hotline"]


def test_other_limits(db):
    base = docs.load(db)
    cases = [
        (replace(base, issuing_body="A\nB\nC"), "issuing_body"),
        (replace(base, issuing_body="ỦY BAN\n" + "X" * 101), "issuing_body"),
        (replace(base, posting_days=91), "posting_days"),
        (replace(base, superior_body="U" * 201), "superior_body"),
        (replace(base, signers=base.signers[:3]), "signers"),
        (replace(base, signers=(*base.signers[:3], docs.Signer("leader", name="N" * 101))),
         "leader.name"),
    ]  # fmt: skip
    for settings, field in cases:
        with pytest.raises(UserError) as caught:
            docs.save(db, ADMIN, settings)
        assert [e.field for e in caught.value.field_errors] == [field]
    docs.save(db, ADMIN, replace(base, posting_days=90, issuing_body="ỦY BAN NHÂN DÂN"))
    assert docs.load(db).issuing_body == "ỦY BAN NHÂN DÂN"  # one line is fine


def test_only_an_administrator_may_change_them(db):
    clerk = Actor("clerk", "Lê Văn Nhập", frozenset({"data_entry", "accountant"}))
    with pytest.raises(UserError):
        docs.save(db, clerk, docs.load(db))
    docs.save(db, actor_for(db, "tester"), docs.load(db))  # the first user is the administrator


def test_missing_names_what_each_document_still_lacks(db, english):
    settings = docs.load(db)
    assert docs.missing(settings, "receipt") == []
    assert docs.missing(settings, "recipient_list") == ["Leader's name"]
    assert docs.missing(settings, "public_list") == ["Leader's name", "Complaint hotline"]
    ready = _ready(settings)
    assert [docs.missing(ready, d) for d in docs.DOCUMENTS] == [[], [], []]
    empty = replace(ready, issuing_body=" ", place_name="")
    assert docs.missing(empty, "receipt") == ["Issuing body", "Place name"]
    hidden = replace(ready, signers=tuple(replace(s, shown=s.role != "leader", title="")
                                          for s in ready.signers))  # fmt: skip
    assert docs.missing(hidden, "recipient_list") == [
        "Leader's signature (set to be left off)", "Leader's title"]  # fmt: skip
    with pytest.raises(ValueError):
        docs.missing(ready, "letter")


def test_missing_is_in_the_person_s_language(db):
    assert docs.missing(docs.load(db), "public_list") == [
        "Họ tên của lãnh đạo", "Đường dây nóng tiếp nhận phản ánh"]  # fmt: skip
