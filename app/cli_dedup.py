"""`lalanh dedup`: possible duplicate persons from the command line (issue 6).

`lalanh dedup scan [--out pairs.xlsx]` lists the candidate pairs of the whole registry, strongest
first (a table on stdout, or an Excel or CSV file); `lalanh dedup check --name … --birth-year … [--id …]`
prints the possible existing records of one person, as the registration form shows them.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from datetime import datetime
from pathlib import Path

from app.errors import UserError
from app.i18n import _

CSV_COLUMNS = (
    "score", "level", "explanation",
    "person_1_id", "household_1", "name_1", "birth_date_1", "birth_year_1", "id_number_1",
    "old_id_number_1", "hamlet_1", "note_1",
    "person_2_id", "household_2", "name_2", "birth_date_2", "birth_year_2", "id_number_2",
    "old_id_number_2", "hamlet_2", "note_2",
)  # fmt: skip


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    dedup = sub.add_parser("dedup", help=_("find persons registered more than once"))
    d_sub = dedup.add_subparsers(dest="dedup_command", required=True)
    scan = d_sub.add_parser("scan", parents=[common],
                            help=_("list the possible duplicate pairs of the registry, strongest "
                                   "first"))  # fmt: skip
    scan.add_argument("--out", metavar="PAIRS.xlsx",
                      help=_("write the pairs to this Excel (.xlsx) or CSV (.csv) file "
                             "(default: a table on the screen)"))  # fmt: skip
    scan.add_argument("--level", choices=["suggest", "review"],
                      help=_("only the pairs probably the same person (suggest), or only those "
                             "that need a look (review)"))  # fmt: skip
    check = d_sub.add_parser("check", parents=[common],
                             help=_("print the possible existing records of one person"))  # fmt: skip
    check.add_argument("--name", required=True, help=_("the person's full name"))
    check.add_argument("--birth-year", metavar="YEAR",
                       help=_("the year of birth (or the date, dd/mm/yyyy)"))  # fmt: skip
    check.add_argument("--id", metavar="NUMBER", default="",
                       help=_("the CCCD or CMND number"))  # fmt: skip
    check.add_argument("--old-id", metavar="NUMBER", default="",
                       help=_("an earlier CMND number"))  # fmt: skip
    check.add_argument("--gender", choices=["male", "female"])
    check.add_argument("--limit", type=int, default=10, help=_("at most this many (default: 10)"))


def cmd_dedup(args) -> int:
    from app.cli_aid import _open

    db = _open(args)
    return cmd_scan(db, args) if args.dedup_command == "scan" else cmd_check(db, args)


def cmd_scan(db, args) -> int:
    from app.cli import _cli_progress
    from app.dedup import engine

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in (".csv", ".xlsx"):
        raise UserError(_("Write the file name with .xlsx (Excel) or .csv, e.g. {name}.").format(
            name=out.with_suffix(".xlsx").name))  # fmt: skip
    report = _cli_progress()
    shown = [False]

    def progress(done: int, total: int) -> bool:
        shown[0] = True
        return report(done, total, _("Comparing"))

    try:
        pairs = engine.scan(db, engine.thresholds(db), progress)
    finally:
        if shown[0]:
            print(file=sys.stderr)  # end the progress line
    if args.level:
        pairs = [c for c in pairs if c.level == args.level]
    if out is not None and out.suffix.lower() == ".xlsx":
        from app.dedup import level_label
        from app.services import exports

        filters = [level_label(args.level)] if args.level else []
        exports.export_pairs(db, pairs, datetime.now(), filters, out)
        print(_("{n} pairs written to {path}.").format(n=len(pairs), path=out.resolve()))
        return 0
    if out is not None:
        write_csv(db, pairs, out)
        print(_("{n} pairs written to {path}.").format(n=len(pairs), path=out.resolve()))
        return 0
    if not pairs:
        print(_("No possible duplicates found."), file=sys.stderr)
        return 0
    print_table(pairs)
    return 0


def write_csv(db, pairs, out: Path) -> None:
    """Both persons of each pair with their notes (read with the merge service's view of a
    record), written to a temporary file and moved into place. Dates as yyyy-mm-dd."""
    from app.fileio import atomic_file
    from app.services.merges import person_side

    notes: dict = {}

    def note(pid) -> str:
        if pid not in notes:
            notes[pid] = str(person_side(db, pid).values.get("note") or "")
        return notes[pid]

    def person(p) -> list[str]:
        return [str(p.id), p.household_code, p.full_name,
                p.birth_date.isoformat() if p.birth_date else "", p.birth_year or "",
                p.id_number, p.old_id_number, p.hamlet, note(p.id)]  # fmt: skip

    try:
        with atomic_file(out) as fh:
            f = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
            writer = csv.writer(f)
            writer.writerow(CSV_COLUMNS)
            for c in pairs:
                writer.writerow([c.score, c.level, c.explanation, *person(c.a), *person(c.b)])
            f.flush()
            f.detach()  # atomic_file syncs and closes the file itself
    except OSError as exc:
        raise UserError(_("Could not write {path}: {error}").format(path=out, error=exc.strerror)
                        ) from exc  # fmt: skip


def print_table(pairs) -> None:
    from app.dates import format_birth

    def who(p) -> str:
        parts = [p.full_name, format_birth(p.birth_date, p.birth_year), p.id_number,
                 p.household_code]  # fmt: skip
        return " · ".join(x for x in parts if x)

    rows = [(str(c.score), who(c.a), who(c.b), c.explanation) for c in pairs]
    head = (_("Score"), _("Person 1"), _("Person 2"), _("Why"))
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(3)]
    for r in [head, *rows]:
        print("  ".join([r[0].rjust(widths[0]), r[1].ljust(widths[1]), r[2].ljust(widths[2]),
                         r[3]]).rstrip())  # fmt: skip


def cmd_check(db, args) -> int:
    from app.dates import DateFormatError, format_birth, parse_birth
    from app.dedup import PersonFacts, engine
    from app.text import clean

    try:
        birth_date, birth_year = parse_birth(args.birth_year or "")
    except DateFormatError as exc:
        raise UserError(_("Write the year of birth as 1980, or the date as dd/mm/yyyy.")) from exc
    name = clean(args.name)
    number = "".join(ch for ch in args.id if ch.isdigit())
    old = "".join(ch for ch in args.old_id if ch.isdigit())
    if not name:
        raise UserError(_("Give the person's name with --name."))
    person = PersonFacts(id=None, full_name=name, birth_year=birth_year, birth_date=birth_date,
                         gender=args.gender, id_number=number, old_id_number=old)  # fmt: skip
    found = engine.check(db, person, limit=args.limit)
    if not found:
        print(_("No possible existing record."), file=sys.stderr)
        return 1
    for c in found:
        p = c.b
        level = _("probably the same") if c.level == "suggest" else _("needs a look")
        print("\t".join([str(c.score), level, p.full_name, format_birth(p.birth_date, p.birth_year),
                         p.id_number or "-", p.household_code, p.hamlet, c.explanation]))  # fmt: skip
    return 0


COMMANDS = {"dedup": cmd_dedup}
