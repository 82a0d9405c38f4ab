"""A scanned page code of a printed list names exactly the rows printed on that page, which of
them were received, and whether the list was amended after printing."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.errors import UserError
from app.printing.list_data import PrintOptions, load_sheet
from app.printing.signature_list import list_pdf
from app.services import vocab
from app.services.distribution import ReceiptDraft, record_receipt
from app.services.ledger import DonationDraft, record_donation
from app.services.office_documents import DocumentSettings, Signer
from app.services.programs import NormDraft, ProgramDraft, save_organisation, save_program
from app.services.recipient_lists import ListQuery, add_to_list, advance_list, build_list, list_rows
from app.services.roles import actor_for
from app.services.signed_pages import is_page_code, match_page

CASH, POOR = vocab.item_id("cash"), vocab.category_id("poor")
DOC = DocumentSettings("UBND TỈNH VĨNH PHÚC", "ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC", "Yên Lạc", "DS-UBND",
                       (Signer("leader", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Chủ"),),
                       "0211 3862 345")  # fmt: skip


@pytest.fixture
def listed(db, make_household):
    admin = actor_for(db, "tester")  # the first user: every role
    given = ["An", "Bình", "Cường", "Dũng", "Em", "Giang", "Hà", "Hùng"]
    middle = ["Văn", "Thị", "Minh", "Thu", "Đức"]
    for i in range(40):
        name = f"Nguyễn {middle[i % 5]} {given[i // 5]}"
        make_household(name, id_type="cccd", id_number=f"0260801{i:05d}",
                       household={"category_ids": {POOR}})  # fmt: skip
    org = save_organisation(db, admin, "Ủy ban MTTQ xã", "fatherland_front")
    pid = save_program(db, admin, ProgramDraft(
        name="Tết 2026", organisation_id=org, funding="budget",
        starts_on=date.today() - timedelta(days=2), categories=[POOR],
        norms=[NormDraft(CASH, "per_household", Decimal(500_000))]))  # fmt: skip
    build_list(db, admin, pid)
    advance_list(db, admin, pid)  # submitted
    advance_list(db, admin, pid)  # approved
    record_donation(db, admin, DonationDraft(donor_name="Doanh nghiệp A", received_on=date.today(),
                                             item_id=CASH, quantity=Decimal(50_000_000)))  # fmt: skip
    return admin, pid


def printed_pages(db, pid):
    options = PrintOptions(sort="list")
    _pdf, rendered = list_pdf(load_sheet(db, pid, options), DOC, options)
    return rendered.page_codes


def test_a_page_code_names_its_rows_and_what_was_received(db, listed):
    admin, pid = listed
    codes = printed_pages(db, pid)
    assert len(codes) >= 2
    assert sorted(s for c in codes for s in c.seqs) == list(range(1, 41))  # every row once
    first = codes[0]
    assert is_page_code(first.text()) and not is_page_code("P0001-00001")
    m = match_page(db, first.text().lower(), pid)  # a scanner may send lower case
    assert m.code == first and not m.amended_since and not m.received and not m.off_list
    assert m.waiting == tuple(f"P0001-{s:05d}" for s in first.seqs)

    row = list_rows(db, pid, ListQuery(text=m.waiting[0]), limit=1)[0]
    record_receipt(db, admin, ReceiptDraft(recipient_id=row.recipient_id, given_on=date.today(),
                                           id_type="cccd", id_number=row.head_id_number,
                                           handed_by=admin.full_name))  # fmt: skip
    again = match_page(db, first.text(), pid)
    assert again.received == (row.code,) and row.code not in again.waiting


def test_a_page_printed_before_an_amendment_is_told_apart(db, listed, make_household):
    admin, pid = listed
    old = printed_pages(db, pid)[0]
    late = make_household("Trần Thị Muộn", gender="female", household={"category_ids": {POOR}})
    add_to_list(db, admin, pid, late.id, "Hộ mới nhập khẩu, đủ điều kiện")
    m = match_page(db, old.text(), pid)
    assert m.amended_since and m.version_now == old.version + 1
    new = printed_pages(db, pid)[0]
    assert new.version == old.version + 1 and new.text() != old.text()


def test_codes_that_are_not_this_lists_pages_are_refused(db, listed, english):
    admin, pid = listed
    text = printed_pages(db, pid)[0].text()
    with pytest.raises(UserError, match="P9999"):
        match_page(db, text.replace("P0001", "P9999"), pid)
    other = save_program(db, admin, ProgramDraft(
        name="Khác", organisation_id=save_organisation(db, admin, "Hội Phụ nữ", "womens_union"),
        funding="budget", starts_on=date.today(), categories=[POOR],
        norms=[NormDraft(CASH, "per_household", Decimal(100_000))]))  # fmt: skip
    with pytest.raises(UserError, match="another program"):
        match_page(db, text, other)
    with pytest.raises(UserError, match="not the code of a printed page"):
        match_page(db, "LLP:P0001:V1:1/2:abc", pid)
