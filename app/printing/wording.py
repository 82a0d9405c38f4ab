"""The sentences the printed list says, one copy for the PDF and the workbook: its title, its
subject and info line, the draft warning, the public posting notice."""

from __future__ import annotations

from datetime import date, timedelta

from app.printing.list_data import PrintOptions, SheetData
from app.services.office_documents import DocumentSettings

DRAFT = "DỰ THẢO – danh sách chưa được phê duyệt, chưa dùng để cấp phát."


def heading(public: bool) -> str:
    return "DANH SÁCH NIÊM YẾT CÔNG KHAI" if public else "DANH SÁCH"


def subject(data: SheetData, public: bool) -> str:
    return ("Hộ gia đình được hỗ trợ: " if public else "Hộ gia đình nhận hỗ trợ: ") \
        + data.program_name  # fmt: skip


def info_line(data: SheetData) -> str:
    """Who runs it, which hamlets, which list version and how many households."""
    info = [f"Đơn vị thực hiện: {data.organisation}."] if data.organisation else []
    if data.hamlets:
        info.append("Thôn/Tổ dân phố: " + ", ".join(data.hamlets) + ".")
    info.append(f"Danh sách {data.program_code}, phiên bản {data.list_version}: "
                f"{len(data.rows)} hộ.")  # fmt: skip
    return " ".join(info)


def is_draft(data: SheetData) -> bool:
    """A list not yet approved is printed as a draft: for checking, not for handing out."""
    return data.list_status in ("draft", "submitted")


def posting_notice(doc: DocumentSettings, options: PrintOptions) -> list[str]:
    """The public list's posting period and where to complain (FORMS.md §2)."""
    start = options.posting_from or options.document_date or date.today()
    end = options.posting_to or start + timedelta(days=doc.posting_days - 1)
    days = (end - start).days + 1
    out = [f"Thời gian niêm yết: từ ngày {start:%d/%m/%Y} đến hết ngày {end:%d/%m/%Y} "
           f"({days} ngày)."]  # fmt: skip
    if doc.hotline:
        out.append("Mọi ý kiến thắc mắc, khiếu nại về danh sách xin gửi về "
                   f"{body_in_sentence(doc)} hoặc gọi đường dây nóng: {doc.hotline}.")  # fmt: skip
    return out


def body_in_sentence(doc: DocumentSettings) -> str:
    """'ỦY BAN NHÂN DÂN\\nXÃ YÊN LẠC' → 'Ủy ban nhân dân xã Yên Lạc'."""
    lines = [line.strip() for line in doc.issuing_body.splitlines() if line.strip()]
    if not lines:
        return ""
    first = lines[0].capitalize()
    rest = " ".join(lines[1:])
    if rest:
        kind, _sep, name = rest.partition(" ")
        rest = f"{kind.lower()} {name.title()}" if name else rest.title()
    return f"{first} {rest}".strip()
