"""`lalanh` — the desktop app, and the same services from the command line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import uuid
from pathlib import Path

from app import __version__, cli_aid, cli_dedup, cli_office, cli_print, cli_report, cli_sync, paths
from app.errors import Cancelled, UserError
from app.i18n import N_, _, set_language

# `lalanh export NAME`: lists written whole, without filters (the exports.py function).
SIMPLE_LISTS = {"merges": "merges_export", "imports": "imports_export",
                "sync-bundles": "sync_log_export", "sync-conflicts": "conflicts_export",
                "same-persons": "same_persons_export", "hamlets": "hamlets_export",
                "users": "users_export", "organisations": "organisations_export",
                "stock": "stock_export", "stock-adjustments": "adjustments_export"}  # fmt: skip


# argparse's own words ("usage:", "error:", "invalid choice…") go through the catalogue too:
# argparse looks its `_` up at each message (gettext's, which has no Vietnamese). Marked here
# so the extractor puts them in the catalogue.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"),
    N_("show this help message and exit"), N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"), N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"), N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"), N_("expected at least one argument"),
    N_("expected at most one argument"), N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"), N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
)  # fmt: skip
argparse._ = _  # type: ignore[attr-defined]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lalanh",
        description=_("Lá Lành — relief aid registry. Without a command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"Lá Lành {__version__}",
                        help=_("show the version and exit"))  # fmt: skip
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help=_("database file or URL (default: lalanh.db in the data folder; "
                               "the data folder is set by LALANH_DATA_DIR)"))  # fmt: skip
    parser.add_argument("--lang", choices=["vi", "en"], help=_("language of messages"))
    user_help = _("act as this user (default: the computer's user); the services check its roles")
    parser.add_argument("--user", metavar="USERNAME", help=user_help)
    # The same option after a command (`lalanh program approve P0001 --user chair`).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--user", metavar="USERNAME", default=argparse.SUPPRESS, help=user_help)
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help=_("fill an empty database with a synthetic commune "
                                         "and its aid season"), parents=[common])  # fmt: skip
    demo.add_argument("--households", type=int, default=1200)
    demo.add_argument("--seed", type=int, default=1)

    search = sub.add_parser("search", help=_("find persons by name, ID number, phone or code"))
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=50)

    imp = sub.add_parser("import", help=_("import a list of households from .xlsx, .xls, .ods "
                                          "or .csv"))  # fmt: skip
    imp.add_argument("file", nargs="?", help=_("the list to import"))
    imp.add_argument("--sheet", help=_("the sheet to import (default: the first with a list)"))
    imp.add_argument("--mapping", metavar="COL=FIELD,…",
                     help=_("which column holds which field, e.g. “B=full_name,C=birth_year”; "
                            "fields: {fields}").format(fields=", ".join(_field_names())))  # fmt: skip
    imp.add_argument("--hamlet", help=_("the hamlet of rows that name none"))
    imp.add_argument(
        "--add-hamlets",
        action="store_true",
        help=_("add hamlets the list names that the commune does not have yet"),
    )
    imp.add_argument(
        "--duplicates",
        choices=["skip", "update", "new"],
        default="skip",
        help=_("what to do with people already registered (default: skip)"),
    )
    imp.add_argument(
        "--dry-run", action="store_true", help=_("check the list and report, without importing")
    )
    imp.add_argument(
        "--report",
        metavar="FILE.xlsx",
        help=_("where to write the list of wrong rows (default: next to the file)"),
    )
    imp.add_argument("--list", action="store_true", help=_("list earlier imports"))
    imp.add_argument("--undo", metavar="IMPORT_ID", help=_("undo an earlier import"))

    export = sub.add_parser("export", help=_("write a list to an Excel file (.xlsx)"))
    export.add_argument("list", choices=["households", "needs", "donations", "programs",
                                         "distribution", *SIMPLE_LISTS],
                        help=_("the list: households, open needs, donations received, stock on "
                               "hand, stock adjustments, programs, a program's distribution "
                               "list; the records of "
                               "merges, imports, sync bundles, sync conflicts and persons "
                               "registered by two offices; the hamlets, users or "
                               "organisations"))  # fmt: skip
    export.add_argument("--out", required=True, metavar="FILE.xlsx",
                        help=_("the file to write (an existing one is replaced)"))  # fmt: skip
    export.add_argument("--hamlet", help=_("only the households or needs of this hamlet"))
    export.add_argument("--program", metavar="CODE",
                        help=_("distribution: the program (its code, e.g. P0001)"))  # fmt: skip
    export.add_argument("--state", choices=["waiting", "received", "removed"],
                        help=_("distribution: only the rows waiting, received or removed"))  # fmt: skip
    export.add_argument("--search", help=_("households: only those a search finds (name, ID "
                                           "number, phone or code); donations: by donor or "
                                           "receipt number"))  # fmt: skip
    export.add_argument("--voided", action="store_true",
                        help=_("households: include voided households"))  # fmt: skip
    export.add_argument("--kind", help=_("needs: only this kind (rice, cash, food…)"))
    export.add_argument("--urgency", help=_("needs: only this urgency (low, normal, high, "
                                            "critical)"))  # fmt: skip

    db = sub.add_parser("db", help=_("database maintenance"))
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help=_("upgrade the database to this version (after a backup)"))
    db_sub.add_parser("check", help=_("check integrity and schema"))
    cli_aid.add_commands(sub, common)
    cli_office.add_commands(sub, common)
    cli_print.add_commands(sub, common)
    cli_dedup.add_commands(sub, common)
    cli_sync.add_commands(sub, common)
    cli_report.add_commands(sub, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from app.settings import Settings

    # The language first: the help and argparse's own messages are written in it.
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=["vi", "en"])
    lang = early.parse_known_args(argv)[0].lang
    set_language(lang or os.environ.get("LALANH_LANG") or Settings.load().language)
    args = build_parser().parse_args(argv)
    if args.command is None:
        from app.ui.app import run_gui  # Qt is only loaded for the window

        return run_gui(args.db)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(_("Error: {message}").format(message=exc.message), file=sys.stderr)
        for fe in exc.field_errors[1:]:
            if fe.message not in exc.message:  # a service's message often lists them already
                print(f"  - {fe.message}", file=sys.stderr)
        return 2
    except Cancelled:
        return 130
    except KeyboardInterrupt:
        print(_("Stopped."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `lalanh program list | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _open(args, *, upgrade: bool = True):
    from app.db import open_database

    return open_database(args.db, upgrade=upgrade)


def cmd_demo(args) -> int:
    from app.services.demo import generate_demo

    db = _open(args)
    result = generate_demo(
        db, args.households, args.seed, _cli_progress(), user=args.user or cli_aid.computer_user()
    )
    print(file=sys.stderr)
    print(_("Demo commune: {h} households, {p} persons, {m} hamlets, {n} needs in {s:.1f} s "
            "({db}).").format(h=result.households, p=result.persons, m=result.hamlets,
                              n=result.needs, s=result.seconds, db=db.display_name))  # fmt: skip
    if result.season is not None:
        season = result.season
        print(_("Aid season: {p} programs, {r} list rows, {d} donations, {g} receipts "
                "({s:.1f} s of the above). Users: lalanh user list.").format(
                    p=season.programs, r=season.list_rows, d=season.donations,
                    g=season.receipts, s=season.seconds))  # fmt: skip
    return 0


def cmd_search(args) -> int:
    from app.services.persons import search_persons
    from app.services.vocab import RELATIONS, label

    db = _open(args)
    hits = search_persons(db, " ".join(args.text), limit=args.limit)
    for hit in hits:
        print("\t".join([hit.full_name, hit.household_code, hit.id_number or "-",
                         str(hit.birth_year or ""), label(RELATIONS, hit.relation),
                         hit.hamlet]))  # fmt: skip
    if not hits:
        print(_("No one found."), file=sys.stderr)
        return 1
    return 0


def cmd_db(args) -> int:
    from app.db import check_database, current_revision, head_revision

    if args.db_command == "upgrade":
        db = _open(args)
        with db.engine.connect() as conn:
            print(_("Database is at schema {rev}.").format(rev=current_revision(conn)))
        return 0
    db = _open(args, upgrade=False)
    problems = check_database(db)
    for problem in problems:
        print(problem)
    if problems:
        print(_("{n} problems found. Restore the latest backup from {folder} or ask for "
                "help.").format(n=len(problems), folder=paths.backup_dir()), file=sys.stderr)  # fmt: skip
        return 1
    print(_("Database OK (schema {rev}).").format(rev=head_revision()))
    return 0


def cmd_import(args) -> int:
    from app.excel import batches, importer

    db = _open(args)
    user = os.environ.get("USERNAME") or os.environ.get("USER") or "lalanh"
    if args.list:
        for b in batches.list_imports(db):
            state = _("undone") if b.undone_at else ""
            print("\t".join([b.id.hex, b.created_at.strftime("%d/%m/%Y %H:%M"), b.created_by,
                             b.file_name, str(b.households_added), str(b.persons_added),
                             str(b.households_updated), state]))  # fmt: skip
        return 0
    if args.undo:
        batches.undo_import(db, user, _import_id(args.undo, batches.list_imports(db)))
        print(_("Import undone."))
        return 0
    if not args.file:
        raise UserError(_("Name the file to import, e.g. lalanh import danh-sach.xlsx."))
    source = importer.open_source(args.file)
    layout = importer.find_layout(db, source, args.sheet)
    if args.mapping:
        layout = importer.SheetLayout(layout.sheet, layout.header_row,
                                      parse_mapping(args.mapping), False)  # fmt: skip
    hamlet_id = _hamlet_id(db, args.hamlet)
    if hamlet_id is None and not args.hamlet:  # a hamlet head's list: its title names it
        hamlet_id = _suggested_hamlet(db, source, layout)
    plan = importer.build_plan(db, source, layout, default_hamlet_id=hamlet_id,
                               create_hamlets=args.add_hamlets,
                               progress=_cli_progress())  # fmt: skip
    print(file=sys.stderr)
    plan.decide_all(args.duplicates)
    _print_plan(plan)
    messages = plan.report_messages()  # wrong rows, and possible duplicates held back
    if messages:
        from app.excel.report import default_report_path, write_error_report

        out = Path(args.report) if args.report else default_report_path(source.path)
        write_error_report(source.path, plan.sheet, plan.header_row, messages, out)
        print(_("The wrong rows are marked in {path}: correct them there and import that "
                "file again.").format(path=out))  # fmt: skip
    if args.dry_run:
        return 1 if plan.error_rows else 0
    result = importer.commit_plan(db, user, plan, _cli_progress())
    print(file=sys.stderr)
    print(_("Imported: {h} households and {p} persons added, {u} households updated, {s} rows "
            "skipped, {f} rows not imported.").format(
                h=result.households_added, p=result.persons_added, u=result.households_updated,
                s=result.rows_skipped, f=result.rows_failed))  # fmt: skip
    if result.batch_id:
        print(_("To undo it: lalanh import --undo {id}").format(id=result.batch_id.hex))
    return 1 if plan.error_rows else 0


def _field_names() -> list[str]:
    from app.excel.columns import FIELDS

    return list(FIELDS)


def parse_mapping(text: str) -> dict[int, str]:
    """ "B=full_name,C=birth_year" (letters or 1-based numbers) → {1: "full_name", 2: …}."""
    columns: dict[int, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        column, _sep, name = part.partition("=")
        column, name = column.strip().upper(), name.strip()
        if name not in _field_names():
            raise UserError(_("“{name}” is not a field; use one of: {fields}.").format(
                name=name, fields=", ".join(_field_names())))  # fmt: skip
        if column.isdigit() and int(column) > 0:
            index = int(column) - 1
        elif column.isalpha() and column.isascii() and len(column) <= 3:
            index = 0
            for letter in column:
                index = index * 26 + ord(letter) - 64
            index -= 1
        else:
            raise UserError(_("“{col}” is not a column: write a letter (B) or a number (2)."
                              ).format(col=column))  # fmt: skip
        columns[index] = name
    return columns


def _import_id(text: str, batches) -> uuid.UUID:
    found = [b.id for b in batches if b.id.hex.startswith(text.replace("-", "").lower())]
    if len(found) != 1:
        raise UserError(_("No single import has the id {id}; see lalanh import --list.").format(
            id=text))  # fmt: skip
    return found[0]


def _suggested_hamlet(db, source, layout):
    from app.excel import importer
    from app.services.office import list_hamlets

    hamlets = {h.id: h.name for h in list_hamlets(db)}
    hamlet_id = importer.suggested_hamlet(source, layout, hamlets.items())
    if hamlet_id is not None:
        print(
            _(
                "Rows that name no hamlet are in {hamlet}, as the list's title says (choose "
                "another with --hamlet)."
            ).format(hamlet=hamlets[hamlet_id]),
            file=sys.stderr,
        )
    return hamlet_id


def _hamlet_id(db, name: str | None):
    if not name:
        return None
    from app.excel.interpret import hamlet_key
    from app.services.office import list_hamlets

    for hamlet in list_hamlets(db):
        if hamlet_key(hamlet.name) == hamlet_key(name):
            return hamlet.id
    raise UserError(_("There is no hamlet called “{name}”.").format(name=name))


def _cli_progress():
    """A progress callback for long commands: "what done/total" on stderr, once a second."""
    last = [0.0]

    def progress(done: int, total: int, what: str | None = None) -> bool:
        if time.monotonic() - last[0] > 1 or (total and done == total):
            last[0] = time.monotonic()
            shown = f"{done:,}/{total:,}" if total else f"{done:,}"
            print(f"\r{what or ''} {shown}   ", end="", file=sys.stderr, flush=True)
        return True

    return progress


def _print_plan(plan) -> None:
    print(_("{file}, sheet “{sheet}”: {rows} rows, header on row {header}.").format(
        file=plan.file_name, sheet=plan.sheet, rows=len(plan.rows),
        header=plan.header_row + 1))  # fmt: skip
    for field, encoding in plan.encodings.items():
        print(_("Column {field} was typed in the old {encoding} font; converted to Unicode."
                ).format(field=field, encoding=encoding.upper()))  # fmt: skip
    if plan.earlier_imports:
        when, who = plan.earlier_imports[0]
        print(_("This same file was imported on {when} by {who}.").format(
            when=when.strftime("%d/%m/%Y %H:%M"), who=who))  # fmt: skip
    if plan.members_by_numbering:
        print(_("{n} rows without a number (STT) are members of the household numbered above "
                "them, as the list is laid out. If each row is a household, give --mapping "
                "without the STT column.").format(n=plan.members_by_numbering))  # fmt: skip
    print(_("To add: {new} households. Already registered or repeated: {dup} (skip {skip}, "
            "update {update}). Rows with problems: {bad}.").format(
                new=plan.count("new"), dup=len(plan.duplicates), skip=plan.count("skip"),
                update=plan.count("update"), bad=len(plan.error_rows)))  # fmt: skip
    for row in plan.error_rows[:20]:
        print(_("Row {n}: {problems}").format(n=row.index + 1, problems=" ".join(row.errors)))
    if len(plan.error_rows) > 20:
        print(_("… and {n} more rows with problems.").format(n=len(plan.error_rows) - 20))


def cmd_export(args) -> int:
    from app.numbers import format_number
    from app.services import exports, vocab
    from app.services.households import HouseholdQuery
    from app.services.ledger import DonationQuery
    from app.services.needs import NeedQuery

    out = Path(args.out)
    if not out.suffix:
        out = out.with_name(out.name + ".xlsx")
    elif out.suffix.lower() != ".xlsx":
        raise UserError(_("Lá Lành writes Excel files (.xlsx): name the file “{name}”.").format(
            name=out.with_suffix(".xlsx").name))  # fmt: skip
    for option, value, table in (("--kind", args.kind, vocab.NEED_KINDS),
                                 ("--urgency", args.urgency, vocab.URGENCIES)):  # fmt: skip
        if value is not None and value not in table:
            raise UserError(_("{option} is one of: {choices}.").format(
                option=option, choices=", ".join(table)))  # fmt: skip
    if args.list != "distribution" and (args.program or args.state):
        raise UserError(_("--program and --state are for the distribution list."))
    db = _open(args)
    hamlet_id = _export_hamlet(db, args.hamlet)
    progress = _cli_progress()

    if args.list == "households":
        query = HouseholdQuery(text=args.search or "", hamlet_id=hamlet_id,
                               include_voided=args.voided)  # fmt: skip
        rows = exports.export_households(db, query, out, progress)
    elif args.list == "distribution":
        if not args.program:
            raise UserError(_("Say which program's list: --program P0001."))
        if args.voided or args.kind or args.urgency:
            raise UserError(_("For the distribution list only --program, --hamlet, --state and "
                              "--search apply."))  # fmt: skip
        from app.services.programs import find_program
        from app.services.recipient_lists import ListQuery

        query = ListQuery(hamlet_id, args.state, args.search or "")
        export = exports.distribution_export(db, find_program(db, args.program), query)
        rows = exports.write_export(export, out, progress)
    elif args.list == "programs" or args.list in SIMPLE_LISTS:
        if args.search or args.voided or args.hamlet or args.kind or args.urgency:
            raise UserError(_("The {list} list takes no filter: all of it is written.").format(
                list=args.list))  # fmt: skip
        if args.list == "programs":
            rows = exports.export_programs(db, out, progress)
        else:
            export = getattr(exports, SIMPLE_LISTS[args.list])(db)
            rows = exports.write_export(export, out, progress)
    elif args.list == "donations":
        if args.voided or args.hamlet or args.kind or args.urgency:
            raise UserError(_("For the donations list only --search applies (donor or receipt "
                              "number)."))  # fmt: skip
        rows = exports.export_donations(db, DonationQuery(text=args.search or ""), out, progress)
    else:
        if args.search or args.voided:
            raise UserError(_("--search and --voided are for the households list."))
        query = NeedQuery(kind=args.kind, urgency=args.urgency, hamlet_id=hamlet_id)
        rows = exports.export_needs(db, query, out, progress)
    print(file=sys.stderr)
    print(_("{n} rows written to {path}.").format(n=format_number(rows), path=out.resolve()))
    return 0


def _export_hamlet(db, name: str | None):
    from app.services.office import find_hamlet

    return find_hamlet(db, name).id if name else None


COMMANDS = {
    "demo": cmd_demo,
    "search": cmd_search,
    "import": cmd_import,
    "export": cmd_export,
    "db": cmd_db,
    **cli_aid.COMMANDS,
    **cli_office.COMMANDS,
    **cli_print.COMMANDS,
    **cli_dedup.COMMANDS,
    **cli_sync.COMMANDS,
    **cli_report.COMMANDS,
}
