"""Make a report's document: the one entry point for the window and the command line. Checks
the office details, runs the report's queries, then writes a PDF (or an .xlsx when `out` ends
in .xlsx)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from app.db import Database
from app.errors import Cancelled, UserError
from app.i18n import N_, _
from app.printing import report_tables
from app.printing.documents import check_ready
from app.reports.common import Period, Scope
from app.services import office_documents

Progress = Callable[[int, int], object]

KINDS = {
    "daily": N_("Daily report"),
    "donor": N_("Donor report"),
    "coverage": N_("Coverage report (no omissions)"),
    "duplicates": N_("Duplicate report (no double gifts)"),
}


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # one of KINDS
    period: Period
    scope: Scope = field(default_factory=Scope)
    donor: str = ""  # donor report: the donor …
    earmark: uuid.UUID | None = None  # … or the program donations were earmarked for
    with_households: bool = False  # donor report: name the households (personal data)
    document_date: date | None = None  # the date line (default: today)


@dataclass(frozen=True)
class MadeReport:
    path: Path
    pages: int  # 0 for a workbook
    document: report_tables.ReportDocument


def build_document(db: Database, req: ReportRequest) -> report_tables.ReportDocument:
    """The report's figures, as the document prints them."""
    if req.kind == "daily":
        from app.reports.daily import daily_report

        return report_tables.daily_document(daily_report(db, req.period, req.scope))
    if req.kind == "donor":
        from app.reports.donor import donor_report

        return report_tables.donor_document(donor_report(
            db, req.period, donor=req.donor, program_id=req.earmark,
            with_households=req.with_households))  # fmt: skip
    if req.kind == "coverage":
        from app.reports.coverage import coverage_report

        return report_tables.coverage_document(coverage_report(db, req.period, req.scope))
    if req.kind == "duplicates":
        from app.reports.duplicates import duplicates_report

        return report_tables.duplicates_document(duplicates_report(db, req.period, req.scope))
    raise ValueError(f"unknown report {req.kind!r}")


def make_report(db: Database, req: ReportRequest, out: Path,
                progress: Progress | None = None) -> MadeReport:  # fmt: skip
    """Write the report to `out` (.pdf or .xlsx, atomically). UserError for a wrong file name
    or missing office details; Cancelled when `progress` returns False."""
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise UserError(_("Write the file name with .pdf or .xlsx, e.g. {name}.").format(
            name=out.with_suffix(".pdf").name))  # fmt: skip
    check_ready(db, "receipt")  # the issuing body and the place name
    doc = office_documents.load(db)
    if progress is not None and progress(0, 0) is False:
        raise Cancelled()
    document = build_document(db, req)
    if progress is not None and progress(1, 3) is False:
        raise Cancelled()
    if suffix == ".xlsx":
        from app.printing.report_xlsx import write_report_xlsx

        write_report_xlsx(document, doc, out, req.document_date)
        return MadeReport(out, 0, document)
    from app.printing.report_pdf import render_report

    pages = render_report(document, doc, out, req.document_date)
    return MadeReport(out, pages, document)
