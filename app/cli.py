"""`lalanh` — the desktop app, and the same services from the command line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from app import __version__, paths
from app.errors import Cancelled, UserError
from app.i18n import _, set_language


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lalanh",
        description=_("Lá Lành — relief aid registry. Without a command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"Lá Lành {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help=_("database file or URL (default: lalanh.db in the data folder; "
                               "the data folder is set by LALANH_DATA_DIR)"))  # fmt: skip
    parser.add_argument("--lang", choices=["vi", "en"], help=_("language of messages"))
    sub = parser.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help=_("fill an empty database with a synthetic commune"))
    demo.add_argument("--households", type=int, default=1200)
    demo.add_argument("--seed", type=int, default=1)

    search = sub.add_parser("search", help=_("find persons by name, ID number, phone or code"))
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=50)

    db = sub.add_parser("db", help=_("database maintenance"))
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help=_("upgrade the database to this version (after a backup)"))
    db_sub.add_parser("check", help=_("check integrity and schema"))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    from app.settings import Settings

    set_language(args.lang or os.environ.get("LALANH_LANG") or Settings.load().language)
    if args.command is None:
        from app.ui.app import run_gui  # Qt is only loaded for the window

        return run_gui(args.db)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(_("Error: {message}").format(message=exc.message), file=sys.stderr)
        for fe in exc.field_errors[1:]:
            print(f"  - {fe.message}", file=sys.stderr)
        return 2
    except Cancelled:
        return 130
    except KeyboardInterrupt:
        print(_("Stopped."), file=sys.stderr)
        return 130


def _open(args, *, upgrade: bool = True):
    from app.db import open_database

    return open_database(args.db, upgrade=upgrade)


def cmd_demo(args) -> int:
    from app.services.demo import generate_demo

    db = _open(args)
    last = [0.0]

    def progress(done: int, total: int) -> bool:
        if time.monotonic() - last[0] > 1 or done == total:
            last[0] = time.monotonic()
            print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)
        return True

    result = generate_demo(db, args.households, args.seed, progress)
    print(file=sys.stderr)
    print(_("Demo commune: {h} households, {p} persons, {m} hamlets, {n} needs in {s:.1f} s "
            "({db}).").format(h=result.households, p=result.persons, m=result.hamlets,
                              n=result.needs, s=result.seconds, db=db.display_name))  # fmt: skip
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


COMMANDS = {"demo": cmd_demo, "search": cmd_search, "db": cmd_db}
