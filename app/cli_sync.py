"""`lalanh sync …`: keys, enrolment and bundles from the command line (SYNC.md).

The passphrase that protects the office's keys is asked for on the terminal, or read
from the file named by --passphrase-file (its first line), or from the environment
variable LALANH_PASSPHRASE (for scripts and tests).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import uuid
from pathlib import Path

from app.errors import UserError
from app.i18n import _


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    sync = sub.add_parser("sync", help=_("exchange records with the offices above and below by "
                                         "signed bundle files"))  # fmt: skip
    s_sub = sync.add_subparsers(dest="sync_command", required=True)
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--passphrase-file", metavar="FILE",
                        help=_("read the passphrase from the first line of this file "
                               "(or set LALANH_PASSPHRASE)"))  # fmt: skip
    init = s_sub.add_parser("init", parents=[common, secret],
                            help=_("create this office's keys (once)"))  # fmt: skip
    root = init.add_mutually_exclusive_group()
    root.add_argument("--root", action="store_true", default=None,
                      help=_("this office is the top of its tree (default for a province)"))  # fmt: skip
    root.add_argument("--no-root", dest="root", action="store_false",
                      help=_("this office will be enrolled by the office above"))  # fmt: skip
    request = s_sub.add_parser("request", parents=[common, secret],
                               help=_("write the enrolment request for the office above"))  # fmt: skip
    request.add_argument("--out", required=True, metavar="FOLDER", help=_("where to write it"))
    enrol = s_sub.add_parser("enrol", parents=[common, secret],
                             help=_("enrol a lower office from its request file"))  # fmt: skip
    enrol.add_argument("request", metavar="REQUEST", help=_("the request file (.llr)"))
    enrol.add_argument("--fingerprint", required=True,
                       help=_("the fingerprint the office read to you over the phone"))  # fmt: skip
    enrol.add_argument("--out", required=True, metavar="FOLDER",
                       help=_("where to write the answer bundle"))  # fmt: skip
    export = s_sub.add_parser("export", parents=[common, secret],
                              help=_("write a bundle for the office above or below"))  # fmt: skip
    export.add_argument("--to", required=True, metavar="OFFICE",
                        help=_("the office: “up” for the office above, or a name or id"))  # fmt: skip
    export.add_argument("--out", required=True, metavar="FOLDER",
                        help=_("where to write the bundle (a USB stick, a folder)"))  # fmt: skip
    imp = s_sub.add_parser("import", parents=[common, secret],
                           help=_("import a bundle (or an enrolment answer)"))  # fmt: skip
    imp.add_argument("file", metavar="FILE", help=_("the bundle file (.llb)"))
    imp.add_argument("--fingerprint",
                     help=_("for an enrolment answer: the parent office's fingerprint, as read "
                            "to you over the phone"))  # fmt: skip
    revoke = s_sub.add_parser("revoke", parents=[common, secret],
                              help=_("cut off a lower office (a lost or stolen key): its later "
                                     "batches are refused everywhere the news reaches"))  # fmt: skip
    revoke.add_argument("office", metavar="OFFICE", help=_("the office's name or id"))
    revoke.add_argument("--after", type=int, metavar="N",
                        help=_("the last of its batches still accepted (default: the last one "
                               "received here)"))  # fmt: skip
    s_sub.add_parser("rotate", parents=[common, secret],
                     help=_("give this office new keys, signed by the old ones (same "
                            "passphrase); the other offices learn them from the next "
                            "bundles"))  # fmt: skip
    s_sub.add_parser("status", parents=[common],
                     help=_("keys, offices, what is waiting, conflicts, recent bundles"))  # fmt: skip
    s_sub.add_parser("conflicts", parents=[common],
                     help=_("list the conflicts that need review"))  # fmt: skip


def _passphrase(args, *, twice: bool = False) -> str:
    if getattr(args, "passphrase_file", None):
        try:
            return Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError, UnicodeDecodeError):
            raise UserError(_("Cannot read the passphrase from {file}.").format(
                file=args.passphrase_file)) from None  # fmt: skip
    if os.environ.get("LALANH_PASSPHRASE"):
        return os.environ["LALANH_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise UserError(_("Give the passphrase with --passphrase-file or LALANH_PASSPHRASE."))
    first = getpass.getpass(_("Passphrase: "))
    if twice and getpass.getpass(_("The same passphrase again: ")) != first:
        raise UserError(_("The two passphrases differ. Type the same one twice."))
    return first


def _office_arg(db, text: str) -> uuid.UUID:
    from app.services.sync_bundles import export_targets
    from app.text import fold

    targets = export_targets(db)
    if text.lower() in ("up", "parent", "len", "lên"):
        found = [t for t in targets if t.relation == "parent"]
    else:
        needle = fold(text)
        found = [t for t in targets if t.office_id.hex.startswith(text.replace("-", "").lower())
                 or needle in fold(t.name)]  # fmt: skip
    if len(found) == 1:
        return found[0].office_id
    names = ", ".join(f"{t.name} ({t.office_id.hex[:8]})" for t in targets) or _("none yet")
    if not found:
        raise UserError(_("No office “{text}” to send to. The offices are: {names}.").format(
            text=text, names=names))  # fmt: skip
    raise UserError(_("“{text}” names more than one office: {names}.").format(
        text=text, names=", ".join(t.name for t in found)))  # fmt: skip


def cmd_sync(args) -> int:
    from app.cli_aid import _actor, _open

    db = _open(args)
    command = args.sync_command
    if command == "status":
        return _status(db)
    if command == "conflicts":
        return _conflicts(db)
    from app.services import sync_bundles, sync_identity

    actor = _actor(args, db)
    if command == "init":
        fingerprint = sync_identity.create_keys(db, actor, _passphrase(args, twice=True),
                                                root=args.root)  # fmt: skip
        print(_("Keys created. This office's fingerprint: {fp}").format(fp=fingerprint))
        info = sync_identity.identity(db)
        if not info.enrolled:
            print(_("Next: lalanh sync request --out FOLDER, and give the file to the office "
                    "above."))  # fmt: skip
        return 0
    if command == "rotate":
        fingerprint = sync_identity.rotate_keys(db, actor, _passphrase(args))
        print(_("New keys made. This office's new fingerprint: {fp}").format(fp=fingerprint))
        print(_("Send a bundle to the office above and to each office below soon: they learn "
                "the new keys from it."))  # fmt: skip
        return 0
    if command == "request":
        keys = sync_identity.unlock(db, _passphrase(args))
        path = sync_identity.write_request(db, keys, Path(args.out))
        info = sync_identity.identity(db)
        print(_("Enrolment request written to {path}.").format(path=path.resolve()))
        print(_("When the office above calls, read them this fingerprint: {fp}").format(
            fp=info.fingerprint))  # fmt: skip
        return 0
    if command == "enrol":
        keys = sync_identity.unlock(db, _passphrase(args))
        path = sync_identity.enrol_child(db, actor, keys, Path(args.request), args.fingerprint,
                                         Path(args.out))  # fmt: skip
        info = sync_identity.identity(db)
        print(_("Enrolled. Send {path} back; when they call, read them this office's "
                "fingerprint: {fp}").format(path=path.resolve(), fp=info.fingerprint))  # fmt: skip
        return 0
    keys = sync_identity.unlock(db, _passphrase(args))
    if command == "revoke":
        office_id = _office_arg(db, args.office)
        after = sync_identity.revoke_child(db, actor, keys, office_id, args.after)
        print(_("Cut off: batches after number {n} of that office are refused from now on. The "
                "news goes with the next bundles.").format(n=after))  # fmt: skip
        return 0
    if command == "export":
        from app.services.office import clock_warning

        warning = clock_warning(db)  # SYNC.md §2: warn before export
        if warning:
            print("! " + warning, file=sys.stderr)
        result = sync_bundles.export_bundle(db, actor.username, keys, _office_arg(db, args.to),
                                            Path(args.out))  # fmt: skip
        for path in result.paths:
            print(path.resolve())
        print(_("{changes} changes in {batches} batches for {office}; code {code}.").format(
            changes=result.changes, batches=result.batches, office=result.peer_name,
            code=result.code))  # fmt: skip
        return 0
    header = sync_bundles.peek(Path(args.file))
    if header.kind == "enrolment":
        data = Path(args.file).read_bytes()
        if not args.fingerprint:
            answer = sync_identity.open_enrolment_answer(db, keys, data)
            raise UserError(_("This is the enrolment answer of {office}. Call them, compare "
                              "their fingerprint {fp} and run this again with --fingerprint."
                              ).format(office=answer.parent.name, fp=answer.parent_fingerprint))  # fmt: skip
        answer = sync_identity.accept_enrolment(db, actor, keys, data, args.fingerprint)
        print(_("Enrolled by {office}. Bundles can now go to it: lalanh sync export --to up "
                "--out FOLDER").format(office=answer.parent.name))  # fmt: skip
        return 0
    result = sync_bundles.import_bundle(db, actor.username, keys, Path(args.file))
    result = sync_bundles.check_arrivals(db, actor.username, result)
    print(result.sentence)
    return 0 if not result.refused else 1


def _status(db) -> int:
    from app.services.sync_status import sync_status

    st = sync_status(db)
    info = st.identity
    print(_("Office: {name} ({level})").format(name=info.office_name, level=info.level))
    if not info.has_keys:
        print(_("No keys yet: lalanh sync init"))
        return 0
    print(_("Fingerprint: {fp}").format(fp=info.fingerprint))
    if not info.enrolled:
        print(_("Not enrolled yet: lalanh sync request --out FOLDER"))
    for peer in info.peers:
        seen = peer.last_import_at.strftime("%d/%m/%Y %H:%M") if peer.last_import_at else "-"
        print(f"  {peer.relation}\t{peer.name}\t{peer.fingerprint}\t{seen}")
    print(_("Changes not yet in a bundle: {n}").format(n=st.unsent_changes))
    for name, n in st.unacknowledged.items():
        print(_("Batches {office} has not acknowledged: {n}").format(office=name, n=n))
    for line in (*st.waiting, *st.quarantined, *st.alarms):
        print("  ! " + line)
    print(_("Conflicts to review: {n}").format(n=st.open_conflicts))
    if st.clock_warning:
        print("  ! " + st.clock_warning)
    for line in st.log:
        arrow = "→" if line.direction == "out" else "←"
        print(f"  {line.at:%d/%m/%Y %H:%M} {arrow} {line.office}: {line.summary}")
    return 0


def _conflicts(db) -> int:
    from app.services.sync_status import list_conflicts

    rows = list_conflicts(db)
    for c in rows:
        print("\t".join([c.id[:12], c.record, c.field_label,
                         f"{c.a.shown} ({c.a.office}, {c.a.by})",
                         f"{c.b.shown} ({c.b.office}, {c.b.by})"]))  # fmt: skip
    if not rows:
        print(_("No conflicts to review."), file=sys.stderr)
    return 0


COMMANDS = {"sync": cmd_sync}
