"""`lalanh office documents`: what the office's printed documents say about it.

Shown as one `FIELD<TAB>VALUE` line each, with the names `--set` takes, so a
line can be copied into a `--set`:

    lalanh office documents --set "leader.name=Nguyễn Văn An" hotline="0211 3862 345"
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields, replace

from app.errors import UserError
from app.i18n import _

TEXT_FIELDS = ("superior_body", "issuing_body", "place_name", "symbol", "hotline",
               "posting_days", "zero_tens_word", "thousand_word")  # fmt: skip
SIGNER_FIELDS = ("shown", "capacity", "title", "name")
YES = {"yes", "y", "true", "1", "on", "có", "co"}
NO = {"no", "n", "false", "0", "off", "không", "khong"}


def field_names() -> list[str]:
    from app.services.office_documents import SIGNER_ROLES

    return [*TEXT_FIELDS, *(f"{role}.{f}" for role in SIGNER_ROLES for f in SIGNER_FIELDS)]


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    office = sub.add_parser("office", help=_("this office's details"))
    o_sub = office.add_subparsers(dest="office_command", required=True)
    documents = o_sub.add_parser(
        "documents", parents=[common],
        help=_("what printed lists and receipts say about the office: issuing body, place "
               "name, signers, hotline (shown; changed with --set)"),
    )  # fmt: skip
    documents.add_argument(
        "--set", dest="changes", action="extend", nargs="+", default=[], metavar="FIELD=VALUE",
        help=_("change fields (administrator), e.g. “leader.name=Nguyễn Văn An” "
               "accountant.shown=no; issuing_body takes “|” or “\\n” between its two lines; "
               "fields: {fields}").format(fields=", ".join(field_names())),
    )  # fmt: skip


def _flag(text: str, field: str) -> bool:
    word = text.strip().lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise UserError(_("{field} is yes or no, not “{value}”.").format(field=field, value=text))


def apply_changes(settings, changes: list[str]):
    """The settings with `FIELD=VALUE` changes applied (checked by the service when saved)."""
    for change in changes:
        field, sep, value = change.partition("=")
        field = field.strip()
        if not sep or field not in field_names():
            raise UserError(_("“{change}” is not FIELD=VALUE with a known field; the fields are: "
                              "{fields}.").format(change=change, fields=", ".join(field_names())))  # fmt: skip
        if field == "issuing_body":
            settings = replace(settings, issuing_body=value.replace("\\n", "\n").replace("|", "\n"))
        elif field == "posting_days":
            try:
                days = int(value.strip())
            except ValueError:
                raise UserError(_("posting_days is a number of days, e.g. 15.")) from None
            settings = replace(settings, posting_days=days)
        elif field in TEXT_FIELDS:
            settings = replace(settings, **{field: value})
        else:
            role, attribute = field.split(".")
            new = _flag(value, field) if attribute == "shown" else value
            signers = tuple(replace(s, **{attribute: new}) if s.role == role else s
                            for s in settings.signers)  # fmt: skip
            settings = replace(settings, signers=signers)
    return settings


def print_settings(settings) -> None:
    from app.services.office_documents import SIGNER_ROLES

    for f in fields(settings):
        if f.name == "signers":
            continue
        value = getattr(settings, f.name)
        print(f"{f.name}\t{value.replace(chr(10), '|') if isinstance(value, str) else value}")
    for role in SIGNER_ROLES:
        signer = settings.signer(role)
        for attribute in SIGNER_FIELDS:
            value = getattr(signer, attribute)
            if attribute == "shown":
                value = "yes" if value else "no"
            print(f"{role}.{attribute}\t{value}")


def cmd_office(args) -> int:
    from app.cli_aid import computer_user
    from app.db import open_database
    from app.services import office_documents as docs
    from app.services.roles import actor_for

    db = open_database(args.db)
    settings = docs.load(db)
    if args.changes:
        actor = actor_for(db, getattr(args, "user", None) or computer_user())
        try:
            docs.save(db, actor, apply_changes(settings, args.changes))
        except UserError as exc:  # the service's list of problems, on one line
            text = " ".join(part.strip() for part in exc.message.splitlines() if part.strip())
            raise UserError(text, field_errors=exc.field_errors) from None
        settings = docs.load(db)
    print_settings(settings)
    names = {"recipient_list": _("the recipient list"), "public_list": _("the public posting list"),
             "receipt": _("the receipts")}  # fmt: skip
    for document in docs.DOCUMENTS:
        lacking = docs.missing(settings, document)
        if lacking:
            print(_("Still to fill before printing {document}: {fields}.").format(
                document=names[document], fields=", ".join(lacking)), file=sys.stderr)  # fmt: skip
    return 0


COMMANDS = {"office": cmd_office}
