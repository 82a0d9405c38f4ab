"""The reports as documents: title, subject, tables and notes in Vietnamese (printed documents
are always Vietnamese), one `ReportDocument` per report that the PDF (report_pdf.py) and the
workbook (report_xlsx.py) both draw, so they cannot disagree.

A cell is text (str) or a figure (int or Decimal, right-aligned, written 1.250.000 / 12,5).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.reports.common import ZERO, Period
from app.reports.coverage import NEED_VI, URGENCY_VI, CoverageReport
from app.reports.daily import DailyReport
from app.reports.donor import DonorReport
from app.reports.duplicates import DuplicatesReport

GROUP = "group"  # a row whose first cell spans the table: an office
TOTAL = "total"  # a bold row: subtotal or total


@dataclass
class Table:
    title: str
    headings: list[str]
    widths: list[float]  # relative widths of the columns
    rows: list[list] = field(default_factory=list)
    styles: dict[int, str] = field(default_factory=dict)
    note: str = ""

    def add(self, cells: list, style: str | None = None) -> None:
        if style:
            self.styles[len(self.rows)] = style
        self.rows.append(cells)

    def group(self, label: str) -> None:
        self.add([label] + [""] * (len(self.headings) - 1), GROUP)


@dataclass
class ReportDocument:
    heading: str
    subject: list[str]
    tables: list[Table]
    notes: list[str] = field(default_factory=list)
    landscape: bool = True
    file_stem: str = "bao-cao"


def _period(period: Period) -> str:
    return "Kỳ báo cáo: " + period.text() + "."


# --- daily -------------------------------------------------------------------------------------


def daily_document(r: DailyReport) -> ReportDocument:
    offices = {o.id: o.name for o in r.offices}
    aid = Table("I. KẾT QUẢ HỖ TRỢ", [
        "STT", "Đợt hỗ trợ", "Mặt hàng (đơn vị)", "Số hộ trong kỳ", "Số người trong kỳ",
        "Số lượng trong kỳ", "Số hộ lũy kế", "Số người lũy kế", "Số lượng lũy kế",
        "Kế hoạch (theo danh sách)"], [3, 16, 8, 6, 6, 8, 6, 6, 8, 8])  # fmt: skip
    totals: dict = {}  # item → [h, n, q, ht, nt, qt, planned]
    for office_id, rows in _by_office(r.aid, r.by_office):
        if r.by_office:
            aid.group(f"Đơn vị: {offices.get(office_id, '')}")
        sub: dict = {}
        for n, a in enumerate(rows, 1):
            values = [a.households, a.persons, a.quantity, a.households_total, a.persons_total,
                      a.quantity_total, a.planned]  # fmt: skip
            aid.add([n, a.program, a.item.heading_vi, *values])
            for acc in (totals, sub):
                acc[a.item] = [x + y for x, y in zip(acc.get(a.item, [0] * 7), values, strict=True)]
        if r.by_office:
            for item, v in sub.items():
                aid.add(["", f"Cộng {offices.get(office_id, '')}", item.heading_vi, *v], TOTAL)
    for item, v in totals.items():
        aid.add(["", "Tổng cộng" + (" các đơn vị" if r.by_office else ""), item.heading_vi, *v],
                TOTAL)  # fmt: skip
    aid.note = ("Số hộ, số người ở dòng cộng là số lượt (một hộ nhận ở hai đợt được tính hai "
                f"lượt). Số hộ khác nhau được hỗ trợ: trong kỳ {_n(r.households_reached)} hộ; "
                f"lũy kế {_n(r.households_reached_total)} hộ.")  # fmt: skip
    if not r.aid:
        aid.note = "Không có đợt hỗ trợ nào trong kỳ."

    needs = Table(f"II. NHU CẦU CHƯA ĐÁP ỨNG (đến hết ngày {r.period.end:%d/%m/%Y})", [
        "STT", "Loại nhu cầu", "Mức độ", "Đơn vị tính", "Số nhu cầu", "Số hộ", "Số lượng"],
        [3, 14, 9, 8, 7, 7, 9])  # fmt: skip
    need_total = [0, 0]
    for office_id, rows in _by_office(r.needs, r.by_office):
        if r.by_office:
            needs.group(f"Đơn vị: {offices.get(office_id, '')}")
        rows = sorted(rows, key=lambda x: (x.kind, _URGENCY_ORDER.get(x.urgency, 9)))
        sub = [0, 0]
        for n, x in enumerate(rows, 1):
            needs.add([n, NEED_VI.get(x.kind, x.kind), URGENCY_VI.get(x.urgency, x.urgency),
                       _UNIT.get(x.unit, x.unit), x.needs, x.households,
                       x.quantity if x.unit else ""])  # fmt: skip
            sub = [sub[0] + x.needs, sub[1] + x.households]
        need_total = [need_total[0] + sub[0], need_total[1] + sub[1]]
        if r.by_office:
            needs.add(["", f"Cộng {offices.get(office_id, '')}", "", "", *sub, ""], TOTAL)
    needs.add(["", "Tổng cộng", "", "", *need_total, ""], TOTAL)

    stock = Table("III. TIẾP NHẬN VÀ TỒN KHO", [
        "STT", "Mặt hàng (đơn vị)", "Tiếp nhận trong kỳ", "Tiếp nhận lũy kế", "Đã cấp phát",
        "Điều chỉnh (hư hỏng, chuyển đi…)", "Còn lại"], [3, 14, 9, 9, 9, 9, 9])  # fmt: skip
    stock_totals: dict = {}
    for office_id, rows in _by_office(r.stock, r.by_office):
        if r.by_office:
            stock.group(f"Đơn vị: {offices.get(office_id, '')}")
        for n, x in enumerate(rows, 1):
            values = [x.received_in_period, x.received, x.given, x.adjusted, x.remaining]
            stock.add([n, x.item.heading_vi, *values])
            stock_totals[x.item] = [a + b for a, b in zip(stock_totals.get(x.item, [ZERO] * 5),
                                                          values, strict=True)]  # fmt: skip
    if r.by_office:
        for item, v in stock_totals.items():
            stock.add(["", f"Tổng cộng – {item.heading_vi}", *v], TOTAL)
    subject = ["Kết quả tiếp nhận, hỗ trợ và nhu cầu chưa được đáp ứng", _period(r.period)]
    if r.by_office:
        subject.append(f"Tổng hợp {len(r.offices)} đơn vị.")
    return ReportDocument("BÁO CÁO NHANH", subject, [aid, needs, stock],
                          notes=[f"Số liệu tổng hợp lúc {r.made_at:%H:%M ngày %d/%m/%Y}."],
                          file_stem="bao-cao-nhanh")  # fmt: skip


_URGENCY_ORDER = {"critical": 0, "high": 1, "normal": 2, "low": 3}
_UNIT = {"VND": "đồng", "kg": "kg", "package": "suất", "litre": "lít", "box": "hộp", "set": "bộ",
         "piece": "cái", "house": "căn", "": ""}  # fmt: skip


def _by_office(rows: list, by_office: bool) -> list[tuple]:
    if not by_office:
        return [(None, rows)] if rows else []
    groups: dict = {}
    for x in rows:
        groups.setdefault(x.office_id, []).append(x)
    return list(groups.items())


def _n(value: int) -> str:
    from app.numbers import format_number

    return format_number(value)


# --- donor -------------------------------------------------------------------------------------


def donor_document(r: DonorReport) -> ReportDocument:
    who = r.donor or "các nhà tài trợ"
    subject = [f"Nhà tài trợ: {r.donor}" if r.donor else f"Nguồn dành riêng cho: {r.earmark}"]
    if r.donor and r.earmark:
        subject.append(f"Dành riêng cho: {r.earmark}")
    subject.append(_period(r.period))
    received = Table("I. ĐÃ TIẾP NHẬN", ["STT", "Mặt hàng (đơn vị)", "Số lần nhận", "Số lượng",
                                         "Trong đó dành riêng cho đợt hỗ trợ"],
                     [3, 16, 8, 10, 12])  # fmt: skip
    for n, x in enumerate(r.received, 1):
        received.add([n, x.item.heading_vi, x.entries, x.quantity, x.earmarked])
    uses = Table("II. ĐÃ DÙNG ĐỂ HỖ TRỢ", ["STT", "Đợt hỗ trợ", "Mặt hàng (đơn vị)",
                                           "Đợt nhận được (mọi nguồn)", f"Của {who}",
                                           "Tỷ lệ (%)", "Đợt đã cấp", "Số hộ đã nhận",
                                           f"Phần của {who} đã cấp"],
                 [3, 16, 8, 9, 9, 5, 9, 6, 9])  # fmt: skip
    for n, u in enumerate(r.uses, 1):
        uses.add([n, u.program, u.item.heading_vi, u.program_received, u.donor_received,
                  (u.share * 100).quantize(Decimal("0.1")), u.given, u.households, u.attributed])  # fmt: skip
    if not r.uses:
        uses.note = "Không có khoản nào dành riêng cho một đợt hỗ trợ."
    hamlets = Table("III. NƠI NHẬN HỖ TRỢ (THEO THÔN, TỔ DÂN PHỐ)",
                    ["STT", "Thôn/Tổ dân phố", "Mặt hàng (đơn vị)", "Số hộ", "Số lượng"],
                    [3, 16, 10, 8, 10])  # fmt: skip
    for n, h in enumerate(r.hamlets, 1):
        hamlets.add([n, h.hamlet, h.item.heading_vi, h.households, h.quantity])
    hamlets.note = (f"Số hộ khác nhau đã nhận: {_n(r.households_reached)} hộ. Số liệu của cả "
                    "đợt hỗ trợ; phần của nhà tài trợ theo tỷ lệ ở mục II.")  # fmt: skip
    remaining = Table("IV. CÒN LẠI", ["STT", "Mặt hàng (đơn vị)", "Dành riêng đã nhận",
                                      "Đã cấp", "Còn lại"], [3, 16, 10, 10, 10])  # fmt: skip
    for n, (item, got, given, left) in enumerate(r.remaining(), 1):
        remaining.add([n, item.heading_vi, got, given, left])
    free = r.not_earmarked
    if free:
        remaining.note = (
            "Không dành riêng cho đợt nào (nhập vào tồn kho chung): "
            + "; ".join(f"{item.name_vi} {_q(q)} {item.unit_vi}" for item, q in free)
            + "."
        )
    tables = [received, uses, hamlets, remaining]
    if r.households:
        names = Table("V. DANH SÁCH HỘ ĐÃ NHẬN", ["STT", "Mã hộ", "Chủ hộ", "Thôn/Tổ dân phố",
                                                  "Mặt hàng (đơn vị)", "Số lượng"],
                      [3, 7, 16, 10, 10, 9])  # fmt: skip
        for n, h in enumerate(r.households, 1):
            names.add([n, h.code, h.head, h.hamlet, h.item.heading_vi, h.quantity])
        if r.households_more:
            names.note = f"Và {_n(r.households_more)} dòng nữa không in ở đây."
        tables.append(names)
    return ReportDocument("BÁO CÁO", ["Kết quả sử dụng nguồn ủng hộ", *subject], tables,
                          file_stem="bao-cao-nha-tai-tro")  # fmt: skip


def _q(value: Decimal) -> str:
    from app.numbers import format_number

    return format_number(value)


# --- coverage ----------------------------------------------------------------------------------


def coverage_document(r: CoverageReport) -> ReportDocument:
    hamlets = Table("I. HỘ CÓ NHU CẦU CHƯA ĐƯỢC HỖ TRỢ", ["STT", "Thôn/Tổ dân phố",
                    "Số hộ có nhu cầu chưa đáp ứng", "Trong đó chưa nhận hỗ trợ nào trong kỳ"],
                    [3, 16, 12, 12])  # fmt: skip
    for n, h in enumerate(r.hamlets, 1):
        hamlets.add([n, h.hamlet, h.with_needs, h.unserved])
    hamlets.add(["", "Tổng cộng", r.with_needs_total, r.unserved_total], TOTAL)
    unserved = Table("Danh sách hộ chưa nhận hỗ trợ nào trong kỳ", ["STT", "Mã hộ", "Chủ hộ",
                     "Thôn/Tổ dân phố", "Nhu cầu chưa đáp ứng"], [3, 7, 14, 10, 22])  # fmt: skip
    for n, o in enumerate(r.unserved, 1):
        unserved.add([n, o.code, o.head, o.hamlet, o.detail])
    if r.unserved_total > len(r.unserved):
        unserved.note = (f"In {_n(len(r.unserved))} trên {_n(r.unserved_total)} hộ; chọn thôn/tổ "
                         "để xem đủ.")  # fmt: skip
    cats = Table("II. ĐỐI TƯỢNG CHƯA CÓ TÊN TRONG DANH SÁCH HỖ TRỢ NÀO",
                 ["STT", "Diện đối tượng", "Số hộ", "Số người"], [3, 20, 10, 10])  # fmt: skip
    for n, c in enumerate(r.categories, 1):
        cats.add([n, c.category, c.households, c.persons if c.scope == "person" else ""])
    cats.add(["", "Số hộ khác nhau", r.unlisted_total, ""], TOTAL)
    cats.note = (f"Xét danh sách của {_n(r.programs_running)} đợt hỗ trợ diễn ra trong kỳ "
                 "(mọi trạng thái, dòng còn trong danh sách).")  # fmt: skip
    unlisted = Table("Danh sách hộ thuộc diện đối tượng chưa có tên trong danh sách nào",
                     ["STT", "Mã hộ", "Chủ hộ", "Thôn/Tổ dân phố", "Diện đối tượng"],
                     [3, 7, 14, 10, 22])  # fmt: skip
    for n, o in enumerate(r.unlisted, 1):
        unlisted.add([n, o.code, o.head, o.hamlet, o.detail])
    if r.unlisted_total > len(r.unlisted):
        unlisted.note = (f"In {_n(len(r.unlisted))} trên {_n(r.unlisted_total)} hộ; chọn "
                         "thôn/tổ để xem đủ.")  # fmt: skip
    persons = Table("Danh sách người thuộc diện đối tượng (diện của riêng người đó) mà hộ chưa có "
                    "tên trong danh sách nào", ["STT", "Họ và tên", "Năm sinh", "Mã hộ", "Chủ hộ",
                    "Thôn/Tổ dân phố", "Diện đối tượng"], [3, 13, 5, 7, 12, 9, 16])  # fmt: skip
    for n, p in enumerate(r.persons, 1):
        persons.add([n, p.name, str(p.birth_year) if p.birth_year else "", p.code, p.head,
                     p.hamlet, p.categories])  # fmt: skip
    if r.persons_total > len(r.persons):
        persons.note = (f"In {_n(len(r.persons))} trên {_n(r.persons_total)} người; chọn "
                        "thôn/tổ để xem đủ.")  # fmt: skip
    elif not r.persons:
        persons.note = "Không có người nào."
    else:
        persons.note = f"Tổng số: {_n(r.persons_total)} người."
    return ReportDocument("BÁO CÁO RÀ SOÁT", ["Các hộ, đối tượng chưa được hỗ trợ (không bỏ sót)",
                                             _period(r.period)],
                          [hamlets, unserved, cats, unlisted, persons], file_stem="bao-cao-bo-sot")  # fmt: skip


# --- duplicates --------------------------------------------------------------------------------

_HOW = {"household": "Một hộ nhận ở nhiều đợt cùng nhóm",
        "id_number": "Một người (cùng số giấy tờ) ở hai hộ cùng nhận",
        "offices": "Một người nhận ở hai đơn vị"}  # fmt: skip


def duplicates_document(r: DuplicatesReport) -> ReportDocument:
    table = Table("DANH SÁCH TRƯỜNG HỢP NHẬN TRÙNG", ["STT", "Trường hợp", "Nhóm chống trùng",
                  "Mã hộ", "Chủ hộ", "Thôn/Tổ dân phố"] + (["Đơn vị"] if r.by_office else []) +
                  ["Đợt hỗ trợ", "Mặt hàng (đơn vị)", "Số lượng"],
                  [3, 12, 8, 6, 12, 9] + ([10] if r.by_office else []) + [14, 8, 8])  # fmt: skip
    for n, d in enumerate(r.rows, 1):
        label = _HOW[d.how] + (f" (số {d.key})" if d.how != "household" else "")
        for i, x in enumerate(d.receivings):
            first = i == 0
            table.add([n if first else "", label if first else "", d.group if first else "",
                       x.household_code, x.head, x.hamlet] + ([x.office] if r.by_office else [])
                      + [x.program, d.item.heading_vi, x.quantity])  # fmt: skip
    counts = [f"{_HOW[h].lower()}: {_n(r.count(h))}" for h in _HOW if r.count(h)]
    table.note = ("Không có trường hợp nào." if not r.total else
                  "Số trường hợp — " + "; ".join(counts) + ".")  # fmt: skip
    if r.total > len(r.rows):
        table.note += (f" In {_n(len(r.rows))} trên {_n(r.total)} trường hợp; chọn thôn/tổ hoặc "
                       "đợt hỗ trợ để xem đủ.")  # fmt: skip
    return ReportDocument("BÁO CÁO RÀ SOÁT", ["Các trường hợp nhận hỗ trợ trùng lặp",
                                             _period(r.period)], [table],
                          file_stem="bao-cao-trung-lap")  # fmt: skip
