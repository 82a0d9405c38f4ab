"""`lalanh report daily|donor|coverage|duplicates`: the reports as PDF or .xlsx, without opening
the window. Dates as dd/mm/yyyy or yyyy-mm-dd; without them a report covers everything up to
today."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.errors import UserError
from app.i18n import _


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", help=_("write a report (daily, donor, coverage, "
                                             "duplicates) to a PDF or .xlsx file"))  # fmt: skip
    r_sub = report.add_subparsers(dest="report_command", required=True)
    for name, help_text in (
        ("daily", _("the daily report upward: aid per program and item, open needs, stock")),
        ("donor", _("what a donor's gifts (or an earmark) became, and what remains")),
        ("coverage", _("households with open needs that received nothing, and households in a "
                       "category on no list (no omissions)")),
        ("duplicates", _("the same aid received twice in an overlap group or in two offices "
                         "(no double gifts)")),
    ):  # fmt: skip
        leaf = r_sub.add_parser(name, parents=[common], help=help_text)
        leaf.add_argument("--from", dest="start", metavar="DATE",
                          help=_("first day, dd/mm/yyyy or yyyy-mm-dd (default: the beginning)"))  # fmt: skip
        leaf.add_argument("--to", dest="end", metavar="DATE",
                          help=_("last day, dd/mm/yyyy or yyyy-mm-dd (default: today)"))  # fmt: skip
        leaf.add_argument("--out", required=True, metavar="FILE",
                          help=_("the file to write: .pdf or .xlsx"))  # fmt: skip
        leaf.add_argument("--date", help=_("the document's date, dd/mm/yyyy (default: today)"))
        if name == "donor":
            leaf.add_argument("--donor", default="", help=_("the donor, as recorded"))
            leaf.add_argument("--program", help=_("the program donations were earmarked for "
                                                  "(code, name or id)"))  # fmt: skip
            leaf.add_argument("--households", action="store_true",
                              help=_("also list the households that received (personal data)"))  # fmt: skip
        else:
            leaf.add_argument("--hamlet", action="append", default=[],
                              help=_("only this hamlet (repeat for several; default: all)"))  # fmt: skip
            leaf.add_argument("--program", action="append", default=[],
                              help=_("only this program (repeat for several; default: all)"))  # fmt: skip
            leaf.add_argument("--office", help=_("at an upper office: only this office (name)"))


def cmd_report(args) -> int:
    from app.cli_aid import _date, _open, _program
    from app.printing.report_documents import ReportRequest, make_report
    from app.reports.common import Scope, parse_period

    period = parse_period(args.start, args.end)
    out = Path(args.out)
    db = _open(args)
    kind = args.report_command
    if kind == "donor":
        earmark = _program(db, args.program) if args.program else None
        req = ReportRequest(kind, period, donor=args.donor, earmark=earmark,
                            with_households=args.households, document_date=_date(args.date))  # fmt: skip
    else:
        from app.services.office import find_hamlet

        scope = Scope(
            hamlet_ids=frozenset(find_hamlet(db, h).id for h in args.hamlet),
            program_ids=frozenset(_program(db, p) for p in args.program),
            office_id=_office(db, args.office) if args.office else None,
        )
        req = ReportRequest(kind, period, scope, document_date=_date(args.date))
    made = make_report(db, req, out)
    if made.pages == 1:
        print(_("Report written on one page to {path}.").format(path=made.path.resolve()))
    elif made.pages:
        print(_("Report written on {pages} pages to {path}.").format(
            pages=made.pages, path=made.path.resolve()))  # fmt: skip
    else:
        print(_("Report written to {path}.").format(path=made.path.resolve()))
    return 0


def _office(db, name: str):
    import sqlalchemy as sa

    from app.models import Office
    from app.text import fold

    with db.read() as s:
        offices = s.execute(sa.select(Office.id, Office.name)).all()
    found = [oid for oid, n in offices if fold(name) in fold(n)]
    if len(found) != 1:
        raise UserError(_("There is no single office called “{name}”. The offices are: {names}.")
                        .format(name=name, names=", ".join(n for _i, n in offices)))  # fmt: skip
    return found[0]


COMMANDS = {"report": cmd_report}
