"""The printed recipient list for signature and the public posting list (issue 5, FORMS.md §1–3).

A real aid round built with the services on a migrated SQLite file (households with members,
phones and categories in two hamlets, a cash + rice program, the list built and approved, a
proxy receipt), printed with app/printing, and the PDF read back with poppler (pdftotext,
pdfinfo, pdftoppm) and zbar (zbarimg): the texts compared as exact NFC strings, the page size
measured on a render, the row and page codes decoded from a 300 dpi render.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.amount_words import amount_in_words
from app.db import open_database
from app.errors import Cancelled, UserError
from app.printing.codes import parse_page_code, ranges_text
from app.printing.list_data import PrintOptions, SheetData, load_sheet
from app.printing.signature_list import list_pdf, render_list
from app.services import office, vocab
from app.services.distribution import ReceiptDraft, record_receipt
from app.services.households import HouseholdDraft, MemberDraft, save_household
from app.services.ledger import DonationDraft, record_donation
from app.services.office_documents import DocumentSettings, Signer
from app.services.programs import NormDraft, ProgramDraft, save_organisation, save_program
from app.services.recipient_lists import ListQuery, add_to_list, advance_list, build_list, list_rows
from app.services.roles import actor_for, save_user

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdftoppm", "zbarimg")),
    reason="poppler-utils and zbar-tools are needed (python dev.py test installs them)",
)

CASH, RICE = vocab.item_id("cash"), vocab.item_id("rice")
POOR, NEAR_POOR = vocab.category_id("poor"), vocab.category_id("near_poor")
CASH_PER_PERSON = {POOR: 1_000_000, NEAR_POOR: 500_000}
RICE_PER_PERSON = 10
PROGRAM_NAME = "Hỗ trợ Tết Nhân ái năm 2026"
DOC_DATE = date(2026, 2, 5)
LONG_NAME = "Công Tằng Tôn Nữ Thị Hoàng Phương Thảo Nguyên Bích Ngọc Xuân Quỳnh Hương"
# Every tone (ngang, huyền, sắc, hỏi, ngã, nặng) and every modified letter (ă â đ ê ô ơ ư).
ALL_TONES = ["Đặng Hữu Lượng", "Vũ Thị Thủy", "Bùi Đức Thắng", "Trương Thị Ngọc Ẩn",
             "Lã Văn Khiêm", "Quách Thị Ổi", "Ông Văn Ất"]  # fmt: skip
NFD_NAME = "Huỳnh Thị Ngọc Diễm"  # saved as typed by Windows' Vietnamese keyboard (NFD)
PHONES = ["0912345678", "0987654321", "0356789012", "0868123456"]

# Hamlet Đông in the order the list prints it: given name, then middle, then surname, in
# Vietnamese letter order (FORMS.md §6): An < Anh (same start, shorter first) < Ân (â after
# a); the two Bình by their middle names, Thị before Văn, whatever their surnames.
DONG = [
    ("Nguyễn Văn An", "male", 1980, POOR, 3),
    ("Phạm Thị Anh", "female", 1990, NEAR_POOR, 1),
    ("Hoàng Văn Ân", "male", 1955, POOR, 1),
    ("Trần Thị Bình", "female", 1975, NEAR_POOR, 1),
    ("Lê Văn Bình", "male", 1968, POOR, 2),
    (LONG_NAME, "female", 1948, POOR, 1),
]
# Fillers so that the list runs over several pages.
_SURNAMES = ["Ngô", "Dương", "Lý", "Mai", "Đinh", "Tạ"]
_GIVEN = ["Khải", "Long", "Minh", "Nam", "Oanh", "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vinh",
          "Xuân", "Yến", "Cúc", "Dũng", "Giang", "Hiếu", "Kiên", "Lộc", "Mận"]  # fmt: skip
TAY = [(n, "male" if i % 2 else "female", 1950 + i, POOR if i % 3 else NEAR_POOR, 1 + i % 3)
       for i, n in enumerate(ALL_TONES + [NFD_NAME])] + [
    (f"{_SURNAMES[i % 6]} {'Văn' if i % 2 else 'Thị'} {g}", "male" if i % 2 else "female",
     1960 + i, POOR if i % 2 else NEAR_POOR, 1) for i, g in enumerate(_GIVEN)
]  # fmt: skip


def cccd(gender: str, year: int, serial: int) -> str:
    """A CCCD number the registry accepts: province 026, digit 4 and 5–6 from gender and year."""
    century = (year - 1900) // 100 * 2 + (1 if gender == "female" else 0)
    return f"026{century}{year % 100:02d}{serial:06d}"


def documents(**changes) -> DocumentSettings:
    signers = (
        Signer("preparer", "", "NGƯỜI LẬP BIỂU", "Lê Thị Nhập"),
        Signer("accountant", "", "KẾ TOÁN", "Phạm Văn Quỹ"),
        Signer("treasurer", "", "THỦ QUỸ", "Đỗ Thị Tiền"),
        Signer("leader", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Duyệt"),
    )
    settings = DocumentSettings(
        superior_body="UBND TỈNH PHÚ THỌ",
        issuing_body="ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC",
        place_name="Yên Lạc",
        symbol="DS-UBND",
        signers=signers,
        hotline="0211 3862 345",
    )
    return replace(settings, **changes)


class Round:
    """The scenario in an open database: who is on the list, with what, and the program."""

    def __init__(self, db, built: dict):
        self.db = db
        self.program_id = built["program_id"]
        self.heads = built["heads"]  # {name: {hamlet, id, persons, year, cash, rice}}
        self.households = built["households"]  # {name: SavedHousehold}
        self.staff = built["staff"]

    def sheet(self, **options) -> tuple[SheetData, PrintOptions]:
        options.setdefault("document_date", DOC_DATE)
        opts = PrintOptions(**options)
        return load_sheet(self.db, self.program_id, opts), opts


@pytest.fixture(scope="module")
def built_round(_migrated_template, tmp_path_factory) -> dict:
    return build_round_file(_migrated_template, tmp_path_factory.mktemp("round"))


@pytest.fixture
def round_(data_dir, built_round) -> Round:
    with opened_round(data_dir, built_round) as r:
        yield r


def build_round_file(template: Path, folder: Path) -> dict:
    """Households of Thôn Đông and Thôn Tây on an approved cash + rice list, one received
    through a proxy, and a household without category (not listed) for an amendment: built
    once through the services into a file (in `folder`) that each test opens a copy of."""
    path = folder / "lalanh.db"
    shutil.copyfile(template, path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LALANH_DATA_DIR", str(folder))
        db = open_database(path)
        try:
            built = _build_round(db)
        finally:
            db.dispose()  # the last connection checkpoints the WAL into the file
    built["path"] = path
    return built


@contextlib.contextmanager
def opened_round(data_dir: Path, built: dict):
    """A copy of the built round in this test's data folder, open."""
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(built["path"], data_dir / "lalanh.db")
    db = open_database(data_dir / "lalanh.db")
    try:
        yield Round(db, built)
    finally:
        db.dispose()


def _build_round(db) -> dict:
    office.ensure_admin_units(db)
    commune = office.list_communes(db, "25")[0]
    office.setup_office(db, "tester", "UBND xã Thử Nghiệm", commune.code)
    dong = office.add_hamlet(db, "tester", "Thôn Đông")
    tay = office.add_hamlet(db, "tester", "Thôn Tây")
    admin = actor_for(db, "tester")
    for username, name, roles in [("clerk", "Lê Thị Nhập", ["data_entry"]),
                                  ("treasurer", "Phạm Văn Quỹ", ["accountant"]),
                                  ("chair", "Trần Văn Duyệt", ["approver"])]:  # fmt: skip
        save_user(admin, db, username, name, roles)
    staff = {u: actor_for(db, u) for u in ("clerk", "treasurer", "chair")}
    hamlet_names = {h.id: h.name for h in office.list_hamlets(db)}
    heads, households = {}, {}

    def household(name, gender, year, hamlet, categories=(), members=(), phone=""):
        draft = HouseholdDraft(hamlet_id=hamlet, category_ids=set(categories), phone=phone,
                               members=[MemberDraft(full_name=name, relation="head",
                                                    gender=gender, birth_year=year,
                                                    id_type="cccd",
                                                    id_number=cccd(gender, year, serial)),
                                        *members])  # fmt: skip
        return save_household(db, "clerk", draft)

    serial = 0
    for hamlet, people in ((_id(dong), DONG), (_id(tay), TAY)):
        for name, gender, year, category, persons in people:
            serial += 1
            typed = unicodedata.normalize("NFD", name) if name == NFD_NAME else name
            members = [MemberDraft(full_name=f"Thành Viên {'ABCD'[k]}", relation="child",
                                   gender="male", birth_year=2010,
                                   phone=PHONES[(serial + k) % len(PHONES)])
                       for k in range(1, persons)]  # fmt: skip
            households[name] = household(typed, gender, year, hamlet, {category}, members,
                                         PHONES[serial % len(PHONES)])  # fmt: skip
            heads[name] = {"hamlet": hamlet_names[hamlet], "id": cccd(gender, year, serial),
                           "persons": persons, "year": year,
                           "cash": persons * CASH_PER_PERSON[category],
                           "rice": persons * RICE_PER_PERSON}  # fmt: skip
    serial = 999
    households["Mai Văn Tới"] = household("Mai Văn Tới", "male", 1980, _id(tay))
    org = save_organisation(db, staff["clerk"], "Ủy ban MTTQ xã", "fatherland_front")
    pid = save_program(db, staff["clerk"], ProgramDraft(
        name=PROGRAM_NAME, organisation_id=org, funding="budget",
        starts_on=date.today() - timedelta(days=5), categories=[POOR, NEAR_POOR],
        norms=[NormDraft(CASH, "per_person", Decimal(500_000), {POOR: Decimal(1_000_000)}),
               NormDraft(RICE, "per_person", Decimal(RICE_PER_PERSON))]))  # fmt: skip
    build_list(db, staff["clerk"], pid)
    advance_list(db, staff["clerk"], pid)
    advance_list(db, staff["chair"], pid)
    for item, qty in ((CASH, 100_000_000), (RICE, 2_000)):
        record_donation(db, staff["treasurer"], DonationDraft(
            donor_name="Ngân sách xã", item_id=item, quantity=Decimal(qty),
            received_on=date.today() - timedelta(days=1), source="budget"))  # fmt: skip
    row = next(r for r in list_rows(db, pid, ListQuery())
               if r.household_code == households["Lê Văn Bình"].code)  # fmt: skip
    record_receipt(db, staff["clerk"], ReceiptDraft(
        recipient_id=row.recipient_id, given_on=date.today(), collector="proxy",
        proxy_name="Lê Thị Hoa", proxy_relation="con gái", id_type="cccd",
        id_number=cccd("female", 1995, 555), handed_by="Lê Thị Nhập"))  # fmt: skip
    return {"program_id": pid, "heads": heads, "households": households, "staff": staff,
            "hamlets": {name: hid for hid, name in hamlet_names.items()}}  # fmt: skip


def _id(hamlet):
    return getattr(hamlet, "id", hamlet)


# --- reading the PDF back ---------------------------------------------------------------------


def pdf_text(path: Path, mode: str = "-raw") -> list[str]:
    """The text of each page (pdftotext; `-raw`: in drawing order, one line per drawn line)."""
    out = subprocess.run(["pdftotext", mode, "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")  # fmt: skip
    pages = out.split("\f")
    assert pages[-1].strip() == ""
    return pages[:-1]


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)$", info.stdout, re.M).group(1))


def first_page_pixels(path: Path, tmp_path: Path) -> tuple[int, int]:
    prefix = tmp_path / "first"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(prefix)], check=True)  # fmt: skip
    data = (tmp_path / "first.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def decoded_codes(path: Path, page: int, tmp_path: Path) -> list[tuple[str, str]]:
    """(symbology, value) of every code zbarimg finds on a 300 dpi render of `page`."""
    prefix = tmp_path / f"page{page}"
    # PGM: PNG compression of a 300 dpi page costs ten times the rendering.
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-f", str(page), "-l", str(page),
                    "-singlefile", str(path), str(prefix)], check=True)  # fmt: skip
    run = subprocess.run(["zbarimg", "--quiet", str(prefix) + ".pgm"], capture_output=True,
                         text=True)  # fmt: skip
    assert run.returncode in (0, 4), run.stderr  # 4: no code found
    return [tuple(line.split(":", 1)) for line in run.stdout.splitlines() if line]


def words_with_boxes(path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page: (word, xMin, yMin, xMax, yMax) in points, y from the top (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True).stdout.decode("utf-8")  # fmt: skip
    pages = []
    for page in re.findall(r"<page .*?</page>", out, re.S):
        pages.append([
            (unescape(w), float(a), float(b), float(c), float(d))
            for a, b, c, d, w in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)'
                r"</word>", page)
        ])  # fmt: skip
    return pages


def unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace(
        "&apos;", "'").replace("&amp;", "&")  # fmt: skip


def money(n: int | Decimal) -> str:
    return f"{int(n):,}".replace(",", ".")


def render(data: SheetData, opts: PrintOptions, tmp_path: Path, name: str = "list.pdf",
           doc: DocumentSettings | None = None):  # fmt: skip
    out = tmp_path / name
    rendered = render_list(data, doc or documents(), opts, out)
    assert out.read_bytes()[:5] == b"%PDF-"
    return out, rendered


ROW_CODE = re.compile(r"\bP\d{4}-\d{5}\b")


# --- the signature list -----------------------------------------------------------------------


def test_signature_list_has_the_official_head_title_columns_and_signers(round_, tmp_path):
    data, opts = round_.sheet()
    out, rendered = render(data, opts, tmp_path)
    pages = pdf_text(out)
    assert len(pages) == rendered.pages == page_count(out) >= 3
    lines = pages[0].splitlines()
    for expected in ["UBND TỈNH PHÚ THỌ", "ỦY BAN NHÂN DÂN", "XÃ YÊN LẠC",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Yên Lạc, ngày 05 tháng 02 năm 2026", "DANH SÁCH",
                     f"Hộ gia đình nhận hỗ trợ: {PROGRAM_NAME}"]:  # fmt: skip
        assert expected in lines, expected
    assert "/DS-UBND" in pages[0]
    # The head is only on the first page; the table's header row is on every page.
    heading = ["STT Họ và tên", "Năm", "sinh", "Thôn/Tổ dân", "phố", "Số CCCD Đối tượng",
               "Số tiền", "(đồng)", "Gạo", "(kg)", "Ký nhận Ghi chú"]  # fmt: skip
    for n, page in enumerate(pages, 1):
        lines = page.splitlines()
        start = lines.index("STT Họ và tên")
        assert lines[start : start + len(heading)] == heading, f"page {n}"
        assert sum(line == "STT Họ và tên" for line in lines) == 1
        assert f"Trang {n}/{len(pages)}" in lines
        if n > 1:
            assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in page
            assert "DANH SÁCH" not in lines
    # The signers, titles and names, under the table on the last page.
    last = pages[-1]
    for text in ["NGƯỜI LẬP BIỂU", "KẾ TOÁN", "THỦ QUỸ", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                 "Lê Thị Nhập", "Phạm Văn Quỹ", "Đỗ Thị Tiền", "Trần Văn Duyệt"]:  # fmt: skip
        assert text in last, text
        assert text not in "".join(pages[:-1])
    assert last.index("Tổng cộng") < last.index("Tổng số tiền bằng chữ") < last.index(
        "NGƯỜI LẬP BIỂU") < last.index("Trần Văn Duyệt")  # fmt: skip


def test_date_line_writes_day_and_early_months_with_a_leading_zero(round_, tmp_path):
    for when, line in [(date(2026, 2, 5), "Yên Lạc, ngày 05 tháng 02 năm 2026"),
                       (date(2026, 1, 31), "Yên Lạc, ngày 31 tháng 01 năm 2026"),
                       (date(2026, 3, 9), "Yên Lạc, ngày 09 tháng 3 năm 2026"),
                       (date(2026, 12, 10), "Yên Lạc, ngày 10 tháng 12 năm 2026")]:  # fmt: skip
        data, opts = round_.sheet(document_date=when)
        pdf, _ = list_pdf(data, documents(), opts)
        out = tmp_path / f"{when}.pdf"
        out.write_bytes(pdf)
        assert line in pdf_text(out)[0].splitlines()


def test_rows_show_each_household_its_figures_and_totals(round_, tmp_path):
    data, opts = round_.sheet(landscape=True)
    out, _ = render(data, opts, tmp_path)
    text = "\n".join(pdf_text(out))
    lines = [" ".join(line.split()) for page in pdf_text(out, "-layout") for line in
             page.splitlines()]  # fmt: skip
    heads = round_.heads
    assert len(data.rows) == len(heads)
    for n, r in enumerate(data.rows, 1):
        h = heads[r.name]
        # One drawn line per row: STT, name, year, hamlet, ID, category, cash, rice.
        category = "Hộ nghèo" if h["cash"] == h["persons"] * 1_000_000 else "Hộ cận nghèo"
        if r.name != LONG_NAME:
            row = (f"{n} {r.name} {h['year']} {h['hamlet']} {h['id']} {category} "
                   f"{money(h['cash'])} {h['rice']}")  # fmt: skip
            note = " Nhận thay:" if r.name == "Lê Văn Bình" else ""  # the note wraps
            assert row + note in lines, row
        assert f"{data.program_code}-{r.seq:05d}" in text
    cash = sum(h["cash"] for h in heads.values())
    rice = sum(h["rice"] for h in heads.values())
    assert f"Tổng cộng ({len(heads)} hộ) {money(cash)} {rice}" in text.splitlines()
    assert f"Tổng số tiền bằng chữ: {amount_in_words(cash)}" in text.splitlines()
    assert amount_in_words(cash).endswith("đồng chẵn.")
    # The proxy who collected is written in Ghi chú of that household's row.
    assert "Nhận thay: Lê Thị Hoa (con gái)" in " ".join(text.split())
    # An approved list is not marked as a draft.
    assert "DỰ THẢO" not in text


def test_rows_are_sorted_by_hamlet_then_given_middle_and_surname(round_, tmp_path):
    data, opts = round_.sheet(landscape=False, row_codes=False)
    out, _ = render(data, opts, tmp_path)
    text = "\n".join(pdf_text(out))
    # Given names in Vietnamese letter order (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
    # u ư v x y), worked out by hand: Ẩn < Ất (n < t), Khải < Khiêm (a < i) < Kiên (h < i),
    # Long < Lộc < Lượng (o < ô < ư), Mận < Minh, Oanh < Ổi, Tâm < Thắng < Thủy.
    tay = ["Trương Thị Ngọc Ẩn", "Ông Văn Ất", "Dương Văn Cúc", "Huỳnh Thị Ngọc Diễm",
           "Lý Thị Dũng", "Mai Văn Giang", "Đinh Thị Hiếu", "Ngô Thị Khải", "Lã Văn Khiêm",
           "Tạ Văn Kiên", "Dương Văn Long", "Ngô Thị Lộc", "Đặng Hữu Lượng", "Dương Văn Mận",
           "Lý Thị Minh", "Mai Văn Nam", "Đinh Thị Oanh", "Quách Thị Ổi", "Tạ Văn Phúc",
           "Ngô Thị Quang", "Dương Văn Sơn", "Lý Thị Tâm", "Bùi Đức Thắng", "Vũ Thị Thủy",
           "Mai Văn Uyên", "Đinh Thị Vinh", "Tạ Văn Xuân", "Ngô Thị Yến"]  # fmt: skip
    expected = [n for n, *_ in DONG] + tay  # the hamlet first: Thôn Đông before Thôn Tây
    assert sorted(tay) == sorted(n for n, *_ in TAY)
    flat = " ".join(text.split())  # names wrap in portrait
    printed = []
    for n, name in enumerate(expected, 1):
        found = re.search(rf" {n} {re.escape(name)} \d{{4}} Thôn", flat)
        assert found, (n, name)
        printed.append(found.start())
    assert printed == sorted(printed)  # STT runs 1, 2, 3 … down the pages in that order
    assert [r.name for r in data.rows] == expected


def test_page_and_hamlet_subtotals_add_up(round_, tmp_path):
    data, opts = round_.sheet(landscape=False, page_subtotals=True, hamlet_subtotals=True)
    out, rendered = render(data, opts, tmp_path)
    pages = pdf_text(out)
    by_seq = {r.seq: r for r in data.rows}
    heads = round_.heads
    for code, page in zip(rendered.page_codes, pages, strict=True):
        on_page = [by_seq[s] for s in code.seqs]
        cash = sum(heads[r.name]["cash"] for r in on_page)
        rice = sum(heads[r.name]["rice"] for r in on_page)
        assert f"Cộng trang ({len(on_page)} hộ) {money(cash)} {rice}" in page.splitlines()
        # The page code's rows are exactly the row codes printed on the page.
        assert set(ROW_CODE.findall(page)) == {f"{data.program_code}-{s:05d}" for s in code.seqs}
    text = "\n".join(pages)
    for hamlet in ("Thôn Đông", "Thôn Tây"):
        mine = [h for h in heads.values() if h["hamlet"] == hamlet]
        line = (f"Cộng {hamlet} ({len(mine)} hộ) {money(sum(h['cash'] for h in mine))} "
                f"{sum(h['rice'] for h in mine)}")  # fmt: skip
        assert line in text.splitlines(), line
    # Without the options, neither kind of subtotal.
    plain, plain_opts = round_.sheet(landscape=False)
    out2, _ = render(plain, plain_opts, tmp_path, "plain.pdf")
    plain_text = "\n".join(pdf_text(out2))
    assert "Cộng trang" not in plain_text and "Cộng Thôn" not in plain_text


def test_every_page_carries_rows_and_the_closing_block_has_rows_above_it(round_):
    """Signatures alone on a page prove nothing: however many rows, no page of the list is
    without households (a hamlet's subtotal, "Cộng trang (0 hộ)" and the signers alone)."""
    full, opts = round_.sheet(page_subtotals=True, hamlet_subtotals=True)
    problems = []
    for landscape in (True, False):
        for n in range(1, len(full.rows) + 1):
            data = replace(full, rows=full.rows[:n])
            _, rendered = list_pdf(data, documents(), replace(opts, landscape=landscape))
            empty = [c.page for c in rendered.page_codes if not c.seqs]
            if empty:
                problems.append(f"{'landscape' if landscape else 'portrait'}, {n} rows: page "
                                f"{empty} of {rendered.pages} has no row")  # fmt: skip
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("subtotals", [False, True])
def test_nothing_is_drawn_over_the_page_code_or_the_page_number(round_, tmp_path, subtotals):
    """Under the table and the signers only the footer: the QR page code with its caption
    (from 24 mm up) and "Trang x/y"; the bottom margin is 15 mm without codes."""
    full, opts = round_.sheet(page_subtotals=subtotals, hamlet_subtotals=subtotals)
    problems = []
    for landscape, codes in ((True, True), (False, True), (True, False)):
        for n in range(1, 8):
            data = replace(full, rows=full.rows[:n])
            o = replace(opts, landscape=landscape, row_codes=codes)
            out, rendered = render(data, o, tmp_path, f"{landscape}-{codes}-{n}.pdf")
            height = 595.28 if landscape else 841.89
            limit = height - (24 if codes else 15) * 72 / 25.4  # from the top, in points
            for i, words in enumerate(words_with_boxes(out), 1):
                footer = f"Trang {i}/{rendered.pages}"
                if codes:
                    c = rendered.page_codes[i - 1]
                    footer += (f" Danh sách {c.program_code}, phiên bản {c.version}, trang "
                               f"{i}/{c.pages} Các dòng: {ranges_text(c.seqs)}")  # fmt: skip
                low = [w[0] for w in words if w[4] > limit and w[0] not in footer.split()]
                if low:
                    problems.append(f"{'landscape' if landscape else 'portrait'}, codes "
                                    f"{codes}, {n} rows, page {i}: {' '.join(low)}")  # fmt: skip
    assert not problems, "\n".join(problems)


def test_page_size_portrait_and_landscape(round_, tmp_path):
    data, opts = round_.sheet(landscape=False)
    portrait, _ = render(data, opts, tmp_path, "portrait.pdf")
    data, opts = round_.sheet(landscape=True)
    landscape, _ = render(data, opts, tmp_path, "landscape.pdf")
    # A4 at 50 dpi: 210 mm → 413.4 px, 297 mm → 584.6 px.
    assert first_page_pixels(portrait, tmp_path) in {(413, 585), (414, 585), (413, 584)}
    assert first_page_pixels(landscape, tmp_path) in {(585, 413), (585, 414), (584, 413)}
    assert page_count(landscape) > page_count(portrait)  # fewer rows fit across


def test_row_codes_and_page_codes_decode_from_the_printed_page(round_, tmp_path):
    data, opts = round_.sheet(landscape=False)
    out, rendered = render(data, opts, tmp_path)
    pages = pdf_text(out)
    assert len(rendered.page_codes) == rendered.pages == len(pages)
    seen = []
    for n, (code, page) in enumerate(zip(rendered.page_codes, pages, strict=True), 1):
        found = decoded_codes(out, n, tmp_path)
        rows = sorted(v for kind, v in found if kind == "CODE-128")
        printed = sorted(ROW_CODE.findall(page))
        assert rows == printed and rows, f"page {n}"
        [qr] = [v for kind, v in found if kind == "QR-Code"]
        parsed = parse_page_code(qr)
        assert parsed is not None, qr
        assert (parsed.program_code, parsed.version, parsed.page, parsed.pages) == (
            data.program_code, 1, n, len(pages))  # fmt: skip
        assert sorted(parsed.seqs) == sorted(int(r.split("-")[1]) for r in rows)
        assert sorted(parsed.seqs) == sorted(code.seqs)
        assert f"Danh sách {data.program_code}, phiên bản 1, trang {n}/{len(pages)}" in page
        seen += parsed.seqs
    # Together the pages cover every row of the list exactly once.
    assert sorted(seen) == sorted(r.seq for r in data.rows)


def test_an_amendment_gives_the_reprinted_pages_the_new_version(round_, tmp_path):
    before, opts = round_.sheet()
    _, old = list_pdf(before, documents(), opts)
    assert {c.version for c in old.page_codes} == {1}
    add_to_list(round_.db, round_.staff["chair"], round_.program_id,
                round_.households["Mai Văn Tới"].id, "Hộ bị sạt lở nhà, thôn đề nghị bổ sung")  # fmt: skip
    after, opts = round_.sheet()
    assert after.list_version == 2 and len(after.rows) == len(before.rows) + 1
    out, rendered = render(after, opts, tmp_path)
    pages = pdf_text(out)
    assert f"Danh sách {after.program_code}, phiên bản 2: {len(after.rows)} hộ." in pages[0]
    last = len(pages)
    [qr] = [v for kind, v in decoded_codes(out, last, tmp_path) if kind == "QR-Code"]
    assert qr.startswith(f"LLP:{after.program_code}:V2:{last}/{last}:")
    assert parse_page_code(qr).version == 2
    assert {c.version for c in rendered.page_codes} == {2}
    added = next(r for r in after.rows if r.name == "Mai Văn Tới")
    assert any(added.seq in c.seqs for c in rendered.page_codes)
    # An old page and a new page of the same number are told apart by their codes.
    assert old.page_codes[0].text() != rendered.page_codes[0].text()


def test_list_without_codes_has_no_barcodes(round_, tmp_path):
    data, opts = round_.sheet(row_codes=False)
    out, rendered = render(data, opts, tmp_path)
    assert rendered.page_codes == ()
    assert decoded_codes(out, 1, tmp_path) == []
    assert not ROW_CODE.search("\n".join(pdf_text(out)))


# --- the public posting list ------------------------------------------------------------------


def test_public_list_masks_ids_drops_phones_and_states_period_and_hotline(round_, tmp_path):
    data, opts = round_.sheet(document="public_list", posting_from=date(2026, 2, 6),
                              posting_to=date(2026, 2, 20))  # fmt: skip
    out, rendered = render(data, opts, tmp_path)
    pages = pdf_text(out)
    text = "\n".join(pages)
    layout = "\n".join(pdf_text(out, "-layout"))
    digits = re.sub(r"\D", "", text)
    for name, h in round_.heads.items():
        assert h["id"] not in digits, name
        masked = h["id"][:4] + "******" + h["id"][-2:]
        assert masked in text, name
    for phone in PHONES:
        assert phone not in digits
        assert phone[1:] not in digits  # nor as +84 …
    assert "DANH SÁCH NIÊM YẾT CÔNG KHAI" in pages[0].splitlines()
    assert f"Hộ gia đình được hỗ trợ: {PROGRAM_NAME}" in pages[0].splitlines()
    flat = " ".join(text.split())
    assert "Thời gian niêm yết: từ ngày 06/02/2026 đến hết ngày 20/02/2026 (15 ngày)." in flat
    assert "đường dây nóng: 0211 3862 345." in flat
    assert "Ủy ban nhân dân xã Yên Lạc" in flat
    # No signature column, no codes; the leader signs the notice.
    assert "Ký nhận" not in text and "Các dòng" not in text
    assert not ROW_CODE.search(text) and rendered.page_codes == ()
    assert decoded_codes(out, 1, tmp_path) == []
    assert "CHỦ TỊCH" in pages[-1] and "Trần Văn Duyệt" in pages[-1]
    assert "NGƯỜI LẬP BIỂU" not in text and "Đỗ Thị Tiền" not in text
    for n in range(1, len(pages) + 1):
        assert f"Trang {n}/{len(pages)}" in layout


def test_public_list_posting_period_defaults_to_the_office_setting(round_, tmp_path):
    data, opts = round_.sheet(document="public_list", document_date=date(2026, 3, 1))
    pdf, _ = list_pdf(data, documents(posting_days=10), opts)
    out = tmp_path / "public.pdf"
    out.write_bytes(pdf)
    flat = " ".join("\n".join(pdf_text(out)).split())
    assert "Thời gian niêm yết: từ ngày 01/03/2026 đến hết ngày 10/03/2026 (10 ngày)." in flat


# --- names: long, every tone, NFD -------------------------------------------------------------


def test_a_long_name_wraps_inside_its_column_and_nothing_is_cut(round_, tmp_path):
    assert len(LONG_NAME) > 60
    for landscape in (True, False):
        data, opts = round_.sheet(landscape=landscape)
        out, _ = render(data, opts, tmp_path, f"long-{landscape}.pdf")
        text = "\n".join(pdf_text(out))
        # Drawn on several lines, which together are the whole name.
        start = text.index(LONG_NAME.split()[0] + " ")
        drawn = text[start : text.index(str(round_.heads[LONG_NAME]["year"]), start)]
        lines = [line for line in drawn.splitlines() if line]
        assert len(lines) >= 2 and " ".join(lines) == LONG_NAME
        # Every word of it is inside the name column: left of the next column (Năm sinh),
        # on the lines of its row.
        for page in words_with_boxes(out):
            first = [w for w in page if w[0] == "Tằng"]
            if not first:
                continue
            edge = next(w for w in page if w[0] == "Năm")[1]
            top = first[0][2] - 1
            bottom = next(w for w in page if w[0] == "Hương")[4] + 1
            in_band = [w for w in page if top <= w[2] and w[4] <= bottom and w[1] < edge
                       and not w[0].isdigit() and not ROW_CODE.fullmatch(w[0])]  # fmt: skip
            assert " ".join(w[0] for w in in_band) == LONG_NAME
            assert all(w[3] < edge for w in in_band), [w for w in in_band if w[3] >= edge]


def test_a_name_of_one_very_long_word_is_broken_not_truncated(round_, tmp_path):
    data, opts = round_.sheet(landscape=False)
    word = "Nguyễnthịhồngnhungphươngthảongọcbíchxuânquỳnhhươnglanđiệp"
    assert len(word) > 55
    data.rows[0].name = word
    out, _ = render(data, opts, tmp_path)
    text = pdf_text(out)[0]
    start = text.index(word[:6])
    joined = "".join(text[start : text.index(str(data.rows[0].birth_year), start)].split())
    assert joined == word


def test_names_with_every_tone_extract_exactly_as_nfc(round_, tmp_path):
    data, opts = round_.sheet(landscape=True)
    out, _ = render(data, opts, tmp_path)
    text = "\n".join(pdf_text(out))
    assert unicodedata.is_normalized("NFC", text)
    for name in [*ALL_TONES, NFD_NAME, "Hoàng Văn Ân", "Phạm Thị Anh"]:
        assert re.search(rf"^\d+ {name} \d{{4}} Thôn Tây ", text, re.M) or re.search(
            rf"^\d+ {name} \d{{4}} Thôn Đông ", text, re.M), name  # fmt: skip
    # The name typed with combining marks was stored NFC and prints NFC.
    [row] = [r for r in data.rows if r.name == NFD_NAME]
    assert unicodedata.is_normalized("NFC", row.name)


def test_nfd_text_given_to_the_printer_comes_out_nfc(round_, tmp_path):
    """Text that reaches the printer with combining marks (a row, the settings) is drawn
    precomposed: reportlab would put the marks on the wrong letters."""
    data, opts = round_.sheet(landscape=False, row_codes=False)

    def nfd(text):
        return unicodedata.normalize("NFD", text)

    data.rows[0].name = nfd("Nguyễn Thị Ngọc Ánh")
    data.rows[0].note = nfd("Nhận thay: Lê Thị Hoa (con gái)")
    doc = documents(place_name=nfd("Yên Lạc"), issuing_body=nfd("ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC"),
                    signers=tuple(replace(s, name=nfd(s.name)) for s in documents().signers))  # fmt: skip
    out, _ = render(data, opts, tmp_path, doc=doc)
    pages = pdf_text(out)
    text = "\n".join(pages)
    assert unicodedata.is_normalized("NFC", text)
    assert re.search(r" 1 Nguyễn Thị Ngọc Ánh \d{4} Thôn", " ".join(text.split()))
    assert "Nhận thay: Lê Thị Hoa (con gái)" in " ".join(text.split())
    assert "Yên Lạc, ngày 05 tháng 02 năm 2026" in pages[0].splitlines()
    assert "XÃ YÊN LẠC" in pages[0].splitlines()
    assert "Trần Văn Duyệt" in pages[-1] and "Đỗ Thị Tiền" in pages[-1]


# --- nothing to print -------------------------------------------------------------------------


def test_an_empty_list_is_refused_with_a_clear_message_and_no_file(db, tmp_path, english):
    admin = actor_for(db, "tester")
    org = save_organisation(db, admin, "Ủy ban MTTQ xã", "fatherland_front")
    pid = save_program(db, admin, ProgramDraft(
        name="Chưa lập danh sách", organisation_id=org, starts_on=date.today(),
        norms=[NormDraft(RICE, "per_person", Decimal(10))]))  # fmt: skip
    opts = PrintOptions(document_date=DOC_DATE)
    data = load_sheet(db, pid, opts)
    for document in ("recipient_list", "public_list"):
        out = tmp_path / f"{document}.pdf"
        with pytest.raises(UserError, match="no households yet.*Build the list"):
            render_list(data, documents(), replace(opts, document=document), out)
        assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_hamlet_without_rows_is_refused_naming_it_and_no_file(round_, tmp_path, english):
    office.add_hamlet(round_.db, "tester", "Thôn Bắc")
    north = next(h for h in office.list_hamlets(round_.db) if h.name == "Thôn Bắc")
    data, opts = round_.sheet(hamlet_ids=frozenset({north.id}))
    assert data.rows == [] and data.hamlets == ["Thôn Bắc"]
    out = tmp_path / "north.pdf"
    with pytest.raises(UserError, match="No household of Thôn Bắc is on this list"):
        render_list(data, documents(), opts, out)
    assert not out.exists()


def test_one_hamlet_prints_only_its_rows_and_names_it(round_, built_round, tmp_path):
    dong = built_round["hamlets"]["Thôn Đông"]
    data, opts = round_.sheet(hamlet_ids=frozenset({dong}), row_codes=False)
    out, rendered = render(data, opts, tmp_path)
    text = "\n".join(pdf_text(out))
    assert rendered.rows == len(DONG)
    assert "Thôn/Tổ dân phố: Thôn Đông." in " ".join(text.split())
    assert "Thôn Tây" not in text
    cash = sum(h["cash"] for h in round_.heads.values() if h["hamlet"] == "Thôn Đông")
    assert f"Tổng số tiền bằng chữ: {amount_in_words(cash)}" in text.splitlines()


def test_cancelling_leaves_no_file(round_, tmp_path):
    data, opts = round_.sheet()
    out = tmp_path / "list.pdf"
    with pytest.raises(Cancelled):
        render_list(data, documents(), opts, out, progress=lambda done, total: False)
    assert not out.exists()
    calls = []
    render_list(data, documents(), opts, out, progress=lambda *a: calls.append(a))
    assert calls and all(done <= total for done, total in calls) and out.exists()
