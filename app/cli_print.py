"""`lalanh print`: a program's recipient list for signature, its public posting list, or its
receipts, as PDF (or the lists as .xlsx), without opening the window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.errors import UserError
from app.i18n import _


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    printing = sub.add_parser("print", help=_("print a program's list or receipts to a PDF file"))
    p_sub = printing.add_subparsers(dest="print_command", required=True)
    for name, help_text in (
        ("recipient-list", _("the recipient list for signature (or, with --public, the public "
                             "posting list), as .pdf or .xlsx")),
        ("receipts", _("one receipt per household, two per A4 page, as .pdf")),
    ):  # fmt: skip
        leaf = p_sub.add_parser(name, parents=[common], help=help_text)
        leaf.add_argument("program", help=_("the program's code (P0003), name or id"))
        leaf.add_argument("--out", required=True, help=_("the file to write: .pdf or .xlsx"))
        leaf.add_argument("--hamlet", action="append", default=[],
                          help=_("only this hamlet (repeat for several; default: all)"))  # fmt: skip
        leaf.add_argument("--sort", choices=["hamlet", "name", "list"], default="hamlet",
                          help=_("hamlet then name (default), name only (given name first), "
                                 "or list row number"))  # fmt: skip
        leaf.add_argument("--date", help=_("the document's date, dd/mm/yyyy (default: today)"))
        if name == "recipient-list":
            leaf.add_argument("--public", action="store_true",
                              help=_("the public posting list: ID numbers masked, no signatures "
                                     "column, with the posting period and the hotline"))  # fmt: skip
            leaf.add_argument("--portrait", action="store_true",
                              help=_("A4 portrait (default: landscape)"))  # fmt: skip
            leaf.add_argument("--no-codes", action="store_true",
                              help=_("without the row and page codes"))  # fmt: skip
            leaf.add_argument("--page-totals", action="store_true",
                              help=_("a subtotal at the foot of each page"))  # fmt: skip
            leaf.add_argument("--hamlet-totals", action="store_true",
                              help=_("a subtotal after each hamlet (with --sort hamlet)"))  # fmt: skip
            leaf.add_argument("--posting-from", help=_("first day of public posting, dd/mm/yyyy"))
            leaf.add_argument("--posting-to", help=_("last day of public posting, dd/mm/yyyy"))


def cmd_print(args) -> int:
    from app.cli_aid import _date, _open, _program
    from app.numbers import format_number
    from app.printing.documents import make_document
    from app.printing.list_data import PrintOptions
    from app.services.office import find_hamlet

    db = _open(args)
    program_id = _program(db, args.program)
    out = Path(args.out)
    receipts = args.print_command == "receipts"
    if out.suffix.lower() not in (".pdf", ".xlsx") or (receipts and out.suffix.lower() != ".pdf"):
        raise UserError(_("Write the file name with .pdf{or_xlsx}, e.g. {name}.").format(
            or_xlsx="" if receipts else _(" or .xlsx"), name=out.with_suffix(".pdf").name))  # fmt: skip
    hamlets = frozenset(find_hamlet(db, name).id for name in args.hamlet) or None
    public = getattr(args, "public", False)
    options = PrintOptions(
        document="receipt" if receipts else ("public_list" if public else "recipient_list"),
        hamlet_ids=hamlets,
        sort=args.sort,
        landscape=not getattr(args, "portrait", True) and not receipts,
        row_codes=not getattr(args, "no_codes", False),
        page_subtotals=getattr(args, "page_totals", False),
        hamlet_subtotals=getattr(args, "hamlet_totals", False),
        document_date=_date(args.date),
        posting_from=_date(getattr(args, "posting_from", None)),
        posting_to=_date(getattr(args, "posting_to", None)),
    )
    progress = _Progress()
    try:
        made = make_document(db, program_id, options, out, progress)
    finally:
        if progress.shown:  # end the progress line, before the summary or an error message
            print(file=sys.stderr)
    if made.pages == 1:
        print(_("{rows} households on one page written to {path}.").format(
            rows=format_number(made.rows), path=made.path.resolve()))  # fmt: skip
    elif made.pages:
        print(_("{rows} households on {pages} pages written to {path}.").format(
            rows=format_number(made.rows), pages=format_number(made.pages),
            path=made.path.resolve()))  # fmt: skip
    else:
        print(_("{rows} households written to {path}.").format(
            rows=format_number(made.rows), path=made.path.resolve()))  # fmt: skip
    return 0


class _Progress:
    """The "Printing n/100" line on stderr; `shown` once something was printed on it."""

    def __init__(self):
        from app.cli import _cli_progress

        self.report = _cli_progress()
        self.shown = False

    def __call__(self, done: int, total: int) -> bool:
        self.shown = True
        return self.report(done, total, _("Printing"))


COMMANDS = {"print": cmd_print}
