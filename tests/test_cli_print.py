"""`lalanh print`: a program's list for signature, its public posting list and its receipts written
from the command line, each option read back from the PDF (pdftotext, pdfinfo, zbarimg); and
every refusal a plain message with no file written."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.cli import main
from app.services import office, vocab
from app.services import office_documents as docs
from app.services.programs import NormDraft, ProgramDraft, save_organisation, save_program
from app.services.recipient_lists import ListQuery, advance_list, build_list, list_rows
from app.services.roles import actor_for

pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("pdftotext", "pdfinfo", "pdftoppm", "zbarimg")),
    reason="poppler-utils and zbar-tools are needed (python dev.py test installs them)",
)

POOR = vocab.category_id("poor")
CASH = vocab.item_id("cash")
PROGRAM_NAME = "Quà Tết Nhân ái 2026"
# (head of household, hamlet index into `hamlets`) in the order they are registered; the list
# numbers its rows in that order, which is neither the hamlet order nor the name order.
HOUSEHOLDS = [
    ("Đinh Thị Tâm", 1), ("Vũ Văn An", 0), ("Mai Văn Sơn", 0), ("Nguyễn Thị Bích", 1),
    ("Cao Thị Yến", 1), ("Trần Văn Cường", 0), ("Ngô Văn Minh", 0), ("Lê Thị Dung", 1),
    ("Tạ Văn Vinh", 0), ("Hoàng Thị Hà", 1), ("Phạm Văn Giang", 0), ("Lý Thị Quỳnh", 1),
    ("Đỗ Văn Khánh", 0), ("Bùi Thị Lan", 1), ("Dương Văn Phúc", 0), ("Đặng Thị Nga", 1),
]  # fmt: skip
# Vietnamese name order: by the given name (the last word), whatever the surname.
BY_NAME = sorted((n for n, _h in HOUSEHOLDS), key=lambda n: "ABCDGHKLMNPQSTVY".index(
    n.split()[-1][0]))  # fmt: skip
DONG = [n for n in BY_NAME if dict(HOUSEHOLDS)[n] == 0]
TAY = [n for n in BY_NAME if dict(HOUSEHOLDS)[n] == 1]


def cccd(name: str, serial: int) -> str:
    """A CCCD the registry accepts for someone born in 1980: 0 for a man, 1 for a woman."""
    return f"026{1 if ' Thị ' in name else 0}80{serial:06d}"


def masked(number: str) -> str:
    return number[:4] + "******" + number[-2:]


@dataclass
class Round:
    program_id: object
    code: str  # P0001, the approved list of 16 households
    empty_code: str  # P0002, a program whose list was never built
    ids: dict[str, str]  # head of household → CCCD
    hamlets: list  # HamletInfo: Thôn Đông, Thôn Tây


def make_round(db, make_household, hamlets) -> Round:
    """Sixteen poor households, eight in each hamlet, on an approved cash list (1.000.000 đ a
    person); a second program with no list yet."""
    admin = actor_for(db, "tester")
    ids = {}
    for serial, (name, hamlet) in enumerate(HOUSEHOLDS, 1):
        ids[name] = cccd(name, serial)
        make_household(name, gender="female" if " Thị " in name else "male", id_type="cccd",
                       id_number=ids[name],
                       household={"hamlet_id": hamlets[hamlet].id, "category_ids": {POOR}})  # fmt: skip
    org = save_organisation(db, admin, "Ủy ban MTTQ xã", "fatherland_front")

    def program(name: str):
        return save_program(db, admin, ProgramDraft(
            name=name, organisation_id=org, funding="budget",
            starts_on=date.today() - timedelta(days=5), categories=[POOR],
            norms=[NormDraft(CASH, "per_person", Decimal(1_000_000))]))  # fmt: skip

    pid = program(PROGRAM_NAME)
    build_list(db, admin, pid)
    advance_list(db, admin, pid)
    advance_list(db, admin, pid)
    program("Gạo cứu đói")
    return Round(pid, "P0001", "P0002", ids, hamlets)


def fill_office_details(db) -> None:
    """What the defaults leave empty: the leader's name (both lists) and the hotline (public)."""
    admin = actor_for(db, "tester")
    current = docs.load(db)
    signers = tuple(replace(s, name="Nguyễn Văn Chủ") if s.role == "leader" else s
                    for s in current.signers)  # fmt: skip
    docs.save(db, admin, replace(current, signers=signers, hotline="0211 3862 345"))


# --- reading a PDF back -------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    """The text in drawing order (pdftotext -raw), pages separated by form feeds."""
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout  # fmt: skip


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                         text=True).stdout  # fmt: skip
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines())}


def page_count(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def page_size(path: Path) -> tuple[int, int]:
    """(width, height) in points of the first page, rounded."""
    m = re.match(r"([\d.]+) x ([\d.]+) pts", pdf_info(path)["Page size"])
    assert m, pdf_info(path)
    return round(float(m.group(1))), round(float(m.group(2)))


def codes_on_page(path: Path, page: int, tmp_path: Path) -> list[str]:
    """'CODE-128:P0001-00002', 'QR-Code:LLP:…' for every code zbarimg finds on a 300 dpi render."""
    prefix = tmp_path / f"scan-{path.stem}-{page}"
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(path), str(prefix)], check=True)  # fmt: skip
    run = subprocess.run(["zbarimg", "--quiet", f"{prefix}.png"], capture_output=True, text=True)
    assert run.returncode in (0, 4), run.stderr  # 4: no code found
    return sorted(run.stdout.split())


def workbook_cells(path: Path) -> list[str]:
    """Every non-empty cell of the workbook, as text."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
                for v in row if v is not None]  # fmt: skip
    finally:
        book.close()


def order_in(text: str, names: list[str]) -> list[str]:
    """`names` in the order they first appear in `text`."""
    for name in names:
        assert name in text, name
    return sorted(names, key=text.index)


# --- running lalanh -----------------------------------------------------------------------------


@pytest.fixture
def lalanh(db, data_dir, capsys):
    """Run `lalanh --lang en --db <the test database> ARGS…` → (exit code, stdout, stderr)."""
    path = data_dir / "lalanh.db"

    def run(*args):
        code = main(["--lang", "en", "--db", str(path), *map(str, args)])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


@pytest.fixture
def round_(db, make_household, hamlets) -> Round:
    return make_round(db, make_household, hamlets)


@pytest.fixture
def ready(db, round_) -> Round:
    fill_office_details(db)
    return round_


def written(result, path: Path) -> str:
    """Exit code 0, the one-line summary naming the file, and the file's text."""
    code, out, err = result
    assert code == 0, err
    assert out.strip().endswith(f"{path.resolve()}."), out
    assert path.is_file()
    return pdf_text(path)


def refused(result, *words: str) -> str:
    """Exit code 2, nothing on stdout, the message on stderr's last line with `words` in it."""
    code, out, err = result
    assert code == 2, (out, err)
    assert out == ""
    message = err.rstrip("\n").splitlines()[-1]
    assert message.startswith("Error: "), err
    for word in words:
        assert word in message, message
    return message


# --- the documents ------------------------------------------------------------------------------


def test_the_list_for_signature_with_the_defaults(lalanh, ready, db, tmp_path):
    out = tmp_path / "ds.pdf"
    result = lalanh("print", "recipient-list", "p0001", "--out", out, "--date", "05/02/2026")
    stdout = result[1]
    text = written(result, out)
    pages = page_count(out)
    assert stdout.strip() == f"16 households on {pages} pages written to {out.resolve()}."
    assert page_size(out) == (842, 595)  # A4 landscape
    assert pages == 3 and f"Trang {pages}/{pages}" in text and "Trang 1/3" in text
    place = docs.load(db).place_name  # from the office's commune, as the defaults made it
    assert place and f"{place}, ngày 05 tháng 02 năm 2026" in text
    assert PROGRAM_NAME in text and "Ký nhận" in text and "Nguyễn Văn Chủ" in text
    assert "Tổng cộng (16 hộ) 16.000.000" in text
    assert "Mười sáu triệu đồng chẵn" in text
    for name, number in ready.ids.items():
        assert f"{name} 1980" in text and number in text
    # By hamlet (Đông before Tây), then by given name within each.
    assert order_in(text, [n for n, _h in HOUSEHOLDS]) == DONG + TAY
    assert "Cộng trang" not in text and "Cộng Thôn" not in text
    # A Code128 per row and the page's QR code, read back by a scanner.
    found = codes_on_page(out, 1, tmp_path)
    assert any(c.startswith("QR-Code:LLP:P0001:V1:1/3:") for c in found), found
    rows = [c for c in found if c.startswith("CODE-128:P0001-")]
    assert len(rows) >= 5, found
    assert "P0001-00002" in text  # Vũ Văn An's row code, printed under its bars


def test_no_codes_leaves_nothing_for_the_scanner(lalanh, ready, tmp_path):
    with_codes, without = tmp_path / "codes.pdf", tmp_path / "plain.pdf"
    written(lalanh("print", "recipient-list", "P0001", "--out", with_codes), with_codes)
    text = written(lalanh("print", "recipient-list", "P0001", "--out", without, "--no-codes"),
                   without)  # fmt: skip
    assert codes_on_page(with_codes, 1, tmp_path)  # the same page with codes: they are found
    assert codes_on_page(without, 1, tmp_path) == []
    assert not re.search(r"P0001-\d{5}", text)  # no row code under the (absent) bars
    assert "Vũ Văn An" in text and "Tổng cộng (16 hộ)" in text


def test_public_list_masks_the_ids_and_states_the_posting_period(lalanh, ready, tmp_path):
    out = tmp_path / "niem-yet.pdf"
    text = written(lalanh("print", "recipient-list", "P0001", "--out", out, "--public",
                          "--posting-from", "01/03/2026", "--posting-to", "15/03/2026"), out)  # fmt: skip
    assert "DANH SÁCH NIÊM YẾT CÔNG KHAI" in text
    for name, number in ready.ids.items():
        assert name in text
        assert number not in text
        assert masked(number) in text
    assert "Ký nhận" not in text
    assert "Thời gian niêm yết: từ ngày 01/03/2026 đến hết ngày 15/03/2026 (15 ngày)." in text
    assert "0211 3862 345" in text  # the complaint hotline


def test_one_hamlet_only_and_both_by_repeating_the_option(lalanh, ready, tmp_path):
    tay = tmp_path / "tay.pdf"
    text = written(lalanh("print", "recipient-list", "P0001", "--out", tay, "--hamlet", "tay"),
                   tay)  # fmt: skip
    assert "Thôn/Tổ dân phố: Thôn Tây." in text
    assert "Tổng cộng (8 hộ) 8.000.000" in text
    assert order_in(text, TAY) == TAY
    for name in DONG:
        assert name not in text
    assert "Thôn Đông" not in text and "Đông" not in text

    both = tmp_path / "both.pdf"
    text = written(lalanh("print", "recipient-list", "P0001", "--out", both, "--hamlet",
                          "Thôn Tây", "--hamlet", "Đông"), both)  # fmt: skip
    assert "Thôn/Tổ dân phố: Thôn Đông, Thôn Tây." in text
    assert "Tổng cộng (16 hộ)" in text
    assert order_in(text, DONG + TAY) == DONG + TAY


def test_portrait_sort_orders_and_subtotals(lalanh, ready, db, tmp_path):
    portrait = tmp_path / "portrait.pdf"
    written(lalanh("print", "recipient-list", "P0001", "--out", portrait, "--portrait"), portrait)
    assert page_size(portrait) == (595, 842)

    by_name = tmp_path / "by-name.pdf"
    text = written(lalanh("print", "recipient-list", "P0001", "--out", by_name, "--sort", "name"),
                   by_name)  # fmt: skip
    assert order_in(text, BY_NAME) == BY_NAME  # An, Bích, Cường, … whatever the hamlet
    assert BY_NAME[:3] == ["Vũ Văn An", "Nguyễn Thị Bích", "Trần Văn Cường"]

    by_row = tmp_path / "by-row.pdf"
    text = written(lalanh("print", "recipient-list", "P0001", "--out", by_row, "--sort", "list"),
                   by_row)  # fmt: skip
    in_list = [r.head_name for r in sorted(list_rows(db, ready.program_id, ListQuery()),
                                           key=lambda r: r.seq)]  # fmt: skip
    assert order_in(text, in_list) == in_list
    assert in_list not in (BY_NAME, DONG + TAY)  # three different orders

    totals = tmp_path / "totals.pdf"
    text = written(lalanh("print", "recipient-list", "P0001", "--out", totals, "--page-totals",
                          "--hamlet-totals"), totals)  # fmt: skip
    pages = page_count(totals)
    assert text.count("Cộng trang (") == pages
    assert "Cộng Thôn Đông (8 hộ) 8.000.000" in text
    assert "Cộng Thôn Tây (8 hộ) 8.000.000" in text
    assert text.index("Cộng Thôn Đông") < text.index(TAY[0]) < text.index("Cộng Thôn Tây")


def test_receipts_two_to_a_page(lalanh, ready, tmp_path):
    out = tmp_path / "phieu.pdf"
    result = lalanh("print", "receipts", "P0001", "--out", out)
    stdout = result[1]
    text = written(result, out)
    assert page_count(out) == 8 and page_size(out) == (595, 842)
    assert stdout.strip() == f"16 households on 8 pages written to {out.resolve()}."
    assert text.count("PHIẾU NHẬN HỖ TRỢ") == 16
    for name, number in ready.ids.items():
        assert name in text and number in text

    tay = tmp_path / "phieu-tay.pdf"
    text = written(lalanh("print", "receipts", "P0001", "--out", tay, "--hamlet", "Tây"), tay)
    assert page_count(tay) == 4 and text.count("PHIẾU NHẬN HỖ TRỢ") == 8
    assert all(name not in text for name in DONG)


def test_the_lists_as_excel_workbooks(lalanh, ready, tmp_path):
    out = tmp_path / "ds.xlsx"
    code, stdout, err = lalanh("print", "recipient-list", "P0001", "--out", out, "--hamlet", "Tây")
    assert code == 0, err
    assert stdout.strip() == f"8 households written to {out.resolve()}."
    cells = workbook_cells(out)
    assert PROGRAM_NAME in " ".join(cells)
    assert [c for c in cells if c in ready.ids] == TAY  # by given name, Thôn Tây only
    assert all(ready.ids[name] in cells for name in TAY)

    public = tmp_path / "niem-yet.xlsx"
    code, stdout, err = lalanh("print", "recipient-list", "P0001", "--out", public, "--public")
    assert code == 0, err
    assert stdout.strip() == f"16 households written to {public.resolve()}."
    cells = workbook_cells(public)
    for number in ready.ids.values():
        assert masked(number) in cells and number not in cells


def test_receipts_need_only_the_office_names(lalanh, round_, tmp_path):
    """The leader's name is on the lists, not on a receipt: receipts print with the defaults."""
    out = tmp_path / "phieu.pdf"
    written(lalanh("print", "receipts", "P0001", "--out", out), out)
    assert page_count(out) == 8


# --- refusals -----------------------------------------------------------------------------------


def test_missing_office_details_are_named_and_nothing_is_written(lalanh, round_, tmp_path):
    out = tmp_path / "ds.pdf"
    refused(lalanh("print", "recipient-list", "P0001", "--out", out), "Leader's name",
            "Settings")  # fmt: skip
    message = refused(lalanh("print", "recipient-list", "P0001", "--out", out, "--public"),
                      "Leader's name", "Complaint hotline")  # fmt: skip
    assert "Issuing body" not in message  # the defaults filled it
    assert not out.exists()


def test_bad_choices_are_refused_with_a_plain_message(lalanh, ready, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ds.pdf"
    refused(lalanh("print", "recipient-list", "P0001", "--out", out, "--hamlet", "Thôn Bắc"),
            "Thôn Bắc", "The hamlets are: Thôn Đông, Thôn Tây.")  # fmt: skip
    refused(lalanh("print", "recipient-list", "P0001", "--out", folder / "ds.docx"),
            ".pdf or .xlsx", "ds.pdf")  # fmt: skip
    refused(lalanh("print", "recipient-list", "P0001", "--out", out, "--hamlet-totals",
                   "--sort", "name"), "sorted by hamlet")  # fmt: skip
    message = refused(lalanh("print", "receipts", "P0001", "--out", folder / "phieu.xlsx"),
                      ".pdf", "phieu.pdf")  # fmt: skip
    assert ".xlsx" not in message
    refused(lalanh("print", "recipient-list", "P0001", "--out", out, "--public",
                   "--posting-from", "15/03/2026", "--posting-to", "01/03/2026"),
            "ends before it starts", "15/03/2026", "01/03/2026")  # fmt: skip
    refused(lalanh("print", "recipient-list", "P0001", "--out", out, "--date", "2026-13-45"),
            "2026-13-45", "dd/mm/yyyy")  # fmt: skip
    refused(lalanh("print", "recipient-list", "P0009", "--out", out), "P0009")
    assert list(folder.iterdir()) == []


def test_an_empty_list_or_hamlet_gives_a_message_and_no_file(lalanh, ready, db, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "ds.pdf"
    refused(lalanh("print", "recipient-list", "P0002", "--out", out), "no households",
            "Build the list")  # fmt: skip
    refused(lalanh("print", "receipts", "P0002", "--out", out), "no households")
    office.add_hamlet(db, "tester", "Thôn Bắc")  # a hamlet with nobody on the list
    refused(lalanh("print", "recipient-list", "P0001", "--out", out, "--hamlet", "Bắc"),
            "Thôn Bắc", "Choose other hamlets")  # fmt: skip
    assert list(folder.iterdir()) == []
