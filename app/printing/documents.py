"""Make a printed document of a program's list: the one entry point for the window and the
command line. Checks the office details first, reads the list, then writes a PDF (or, for the
lists, an .xlsx when `out` ends in .xlsx)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.db import Database
from app.errors import UserError
from app.i18n import _
from app.printing.codes import PageCode
from app.printing.list_data import PrintOptions, load_sheet
from app.services import office_documents

Progress = Callable[[int, int], object]


@dataclass(frozen=True)
class Made:
    path: Path
    pages: int  # 0 for a workbook
    rows: int
    page_codes: tuple[PageCode, ...] = ()


def check_ready(db: Database, document: str) -> None:
    """UserError naming the office details still to fill in Settings for `document`."""
    missing = office_documents.missing(office_documents.load(db), document)
    if missing:
        raise UserError(
            _("Before printing, fill in these office details in Settings → Printed documents: "
              "{fields}.").format(fields=", ".join(missing))
        )  # fmt: skip


def check_options(options: PrintOptions) -> None:
    """Choices that contradict each other, refused before any work."""
    if options.hamlet_subtotals and options.sort != "hamlet":
        raise UserError(_("Subtotals per hamlet need the list sorted by hamlet."))
    start, end = options.posting_from, options.posting_to
    if start and end and end < start:
        raise UserError(_("The posting period ends before it starts: {start} – {end}.").format(
            start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"))  # fmt: skip


def make_document(db: Database, program_id: uuid.UUID, options: PrintOptions, out: Path,
                  progress: Progress | None = None) -> Made:  # fmt: skip
    """Write the document `options` asks for to `out` (atomically). UserError for missing office
    details or an empty list; Cancelled when `progress` returns False."""
    check_options(options)
    check_ready(db, options.document)
    doc = office_documents.load(db)
    steps = _Steps(progress)
    data = load_sheet(db, program_id, options, steps.part(0, 10))
    if out.suffix.lower() == ".xlsx":
        from app.printing.list_xlsx import write_list_xlsx

        rows = write_list_xlsx(data, doc, options, out, steps.part(10, 100))
        return Made(out, 0, rows)
    if options.document == "receipt":
        from app.printing.receipts import render_receipts

        pages = render_receipts(data, doc, options, out, steps.part(10, 100))
        return Made(out, pages, len(data.rows))
    from app.printing.signature_list import render_list

    done = render_list(data, doc, options, out, steps.part(10, 100))
    return Made(out, done.pages, done.rows, done.page_codes)


class _Steps:
    """One progress bar (0–100) over the steps of making a document."""

    def __init__(self, progress: Progress | None):
        self.progress = progress

    def part(self, start: int, end: int) -> Progress | None:
        if self.progress is None:
            return None

        def report(done: int, total: int) -> object:
            return self.progress(start + (end - start) * done // max(total, 1), 100)

        return report
