"""`lalanh org|program|donation|stock|distribution|user`: aid rounds from the command line.

Enough to script a whole round: organisations and users, a program with its
norms, its recipient list built, submitted and approved, donations in, receipts
recorded by the row code printed on the list (and reversed), where things stand.
Every command calls the services as the GUI does, acting as `--user` (the
computer's user by default); the services check that user's roles.
"""

from __future__ import annotations

import argparse
import getpass
import re
import sys
import uuid
from datetime import date
from decimal import Decimal

from app.errors import UserError
from app.i18n import _

PER = {"person": "per_person", "người": "per_person", "nguoi": "per_person",
       "household": "per_household", "hộ": "per_household", "ho": "per_household"}  # fmt: skip
# "cash=500000/person,poor=1000000": split before each "NAME=" that does not start with a
# digit, so a decimal comma ("rice=12,5/person") stays inside its number.
_PARTS = re.compile(r"[,:](?=\s*[^\d\s,:=][^,:=]*=)")


def computer_user() -> str:
    """The login name of whoever runs the command (as the window takes it)."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some Windows setups
        return "user"


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    """The aid commands, added to the `lalanh` sub-command parser."""
    from app.services import vocab
    from app.services.roles import ROLES

    def leaf(parent, name: str, help_text: str) -> argparse.ArgumentParser:
        return parent.add_parser(name, help=help_text, parents=[common])

    org = sub.add_parser("org", help=_("organisations that run programs or give aid"))
    org_sub = org.add_subparsers(dest="org_command", required=True)
    add = leaf(org_sub, "add", _("add an organisation"))
    add.add_argument("name")
    add.add_argument("--kind", choices=list(vocab.ORGANISATION_KINDS), default="other",
                     help=_("what kind of organisation (default: other)"))  # fmt: skip
    add.add_argument("--note", default="")
    leaf(org_sub, "list", _("list the organisations"))

    program = sub.add_parser("program", help=_("aid programs and their recipient lists"))
    p_sub = program.add_subparsers(dest="program_command", required=True)
    leaf(p_sub, "list", _("one program per line: id, code, list status, name, organisation, "
                          "households listed"))  # fmt: skip
    create = leaf(p_sub, "create", _("define a program"))
    create.add_argument("name")
    create.add_argument(
        "--org", required=True, help=_("the organisation that runs it (name or id)")
    )
    create.add_argument("--start", required=True, metavar="DATE", help=_("first day (dd/mm/yyyy)"))
    create.add_argument("--end", metavar="DATE", help=_("last day (dd/mm/yyyy)"))
    create.add_argument("--funding", choices=list(vocab.FUNDING), default="budget")
    create.add_argument("--donor", default="", help=_("the donor, with --funding donor"))
    create.add_argument("--group", default="", metavar="NAME",
                        help=_("overlap group, e.g. “Tết 2026”: its programs are checked "
                               "for double-dipping"))  # fmt: skip
    create.add_argument("--item", action="append", required=True, metavar="ITEM=QTY[/BASIS]",
                        help=_("an item and its norm, e.g. cash=500000/person,poor=1000000 "
                               "or rice=15/person,max=60 (at most 60 a household) or "
                               "gift=1/household (repeatable)"))  # fmt: skip
    create.add_argument("--category", action="append", default=[], metavar="CODE",
                        help=_("eligible category (code or name; repeatable; none: anyone)"))  # fmt: skip
    create.add_argument("--hamlet", action="append", default=[], metavar="NAME",
                        help=_("eligible hamlet (repeatable; none: every hamlet)"))  # fmt: skip
    create.add_argument("--need", action="append", default=[], choices=list(vocab.NEED_KINDS),
                        help=_("only households with an open need of this kind (repeatable)"))  # fmt: skip
    create.add_argument("--residence", action="append", choices=list(vocab.RESIDENCE),
                        help=_("residence statuses counted (default: permanent and temporary)"))  # fmt: skip
    create.add_argument("--note", default="")
    build = leaf(p_sub, "build-list", _("build (or bring up to date) the draft recipient list"))
    build.add_argument("program", help=_("the program: id, code (P0001) or name"))
    for name, help_text in (("submit", _("submit the draft list for approval")),
                            ("approve", _("approve a submitted list (approver)")),
                            ("lock", _("lock an approved list: the round is closed")),
                            ("show", _("status, version and progress per item")),
                            ("omissions", _("households not on the list that may belong there")),
                            ("overlaps", _("the double-dipping check within the overlap group")),
                            ("history", _("what happened to the list")),):  # fmt: skip
        one = leaf(p_sub, name, help_text)
        one.add_argument("program", help=_("the program: id, code (P0001) or name"))
        if name in ("submit", "approve", "lock"):
            one.add_argument("--note", default="")
    back = leaf(p_sub, "return", _("send a submitted list back to draft, with the reason"))
    back.add_argument("program")
    back.add_argument("--reason", required=True)
    for name, help_text in (("add", _("put a household on the list by hand")),
                            ("remove", _("take a household off the list"))):  # fmt: skip
        one = leaf(p_sub, name, help_text)
        one.add_argument("program")
        one.add_argument("household", metavar="HOUSEHOLD_CODE")
        one.add_argument("--reason", required=True)

    donation = sub.add_parser("donation", help=_("aid received: donations and budget allocations"))
    d_sub = donation.add_subparsers(dest="donation_command", required=True)
    rec = leaf(d_sub, "record", _("record aid received (accountant)"))
    rec.add_argument("--donor", required=True, help=_("who gave it"))
    rec.add_argument("--item", required=True, help=_("item code or name: cash, rice, gift…"))
    rec.add_argument("--quantity", required=True, help=_("amount in đồng or quantity in the "
                                                          "item's unit"))  # fmt: skip
    rec.add_argument("--date", help=_("date received (default: today)"))
    rec.add_argument("--receipt-no", default="")
    rec.add_argument("--program", help=_("earmarked for this program"))
    rec.add_argument("--source", choices=list(vocab.DONATION_SOURCES), default="donation")
    rec.add_argument("--org", help=_("the donor's organisation, if it is one of ours"))
    rec.add_argument("--note", default="")
    dlist = leaf(d_sub, "list", _("list donations, newest first"))
    dlist.add_argument("--program", help=_("only those earmarked for this program"))
    dlist.add_argument("--search", default="", help=_("donor or receipt number"))
    rev = leaf(d_sub, "reverse", _("cancel a donation entry with a reversing entry"))
    rev.add_argument("id", help=_("the entry's id (from donation list)"))
    rev.add_argument("--reason", required=True)

    stock = sub.add_parser("stock", help=_("stock on hand per item, from the ledger"),
                           parents=[common])  # fmt: skip
    stock.add_argument("--program", help=_("what was earmarked for and given by this program"))

    dist = sub.add_parser("distribution", help=_("handing out aid against an approved list"))
    x_sub = dist.add_subparsers(dest="distribution_command", required=True)
    give = leaf(x_sub, "record", _("record that a list row was received"))
    give.add_argument("code", help=_("the row code printed on the list, e.g. P0001-00042"))
    give.add_argument("--program", help=_("refuse a code of another program's list"))
    give.add_argument("--date", help=_("date handed out (default: today)"))
    give.add_argument("--id-number", default="", help=_("number of the ID document shown"))
    give.add_argument("--id-type", choices=["cccd", "cmnd", "other"],
                      help=_("type of the ID shown (default: from its length)"))  # fmt: skip
    give.add_argument("--proxy-name", default="", help=_("collected by a proxy: the proxy's name"))
    give.add_argument("--proxy-relation", default="", help=_("the proxy's relation to the "
                                                             "household"))  # fmt: skip
    give.add_argument("--quantity", action="append", default=[], metavar="ITEM=Q",
                      help=_("a quantity other than the entitlement (repeatable)"))  # fmt: skip
    give.add_argument("--handed-by", default="", help=_("who handed it out (default: you)"))
    give.add_argument("--note", default="")
    give.add_argument("--over-reason", default="",
                      help=_("why more than the entitlement or the stock is given"))  # fmt: skip
    give.add_argument("--needs-met", action="store_true",
                      help=_("mark the household's open needs the items meet as met"))  # fmt: skip
    undo = leaf(x_sub, "reverse", _("cancel a receipt with a reversing receipt"))
    undo.add_argument("receipt", metavar="RECEIPT_ID")
    undo.add_argument("--reason", required=True)
    rows = leaf(x_sub, "list", _("the rows of a program's list, one per line"))
    rows.add_argument("program")
    rows.add_argument("--state", choices=["waiting", "received", "removed"])
    rows.add_argument("--hamlet")

    user = sub.add_parser("user", help=_("the users of this installation and their roles"))
    u_sub = user.add_subparsers(dest="user_command", required=True)
    uadd = leaf(u_sub, "add", _("add a user or change one (administrator)"))
    uadd.add_argument("username")
    uadd.add_argument("--name", required=True, help=_("full name, printed on lists and receipts"))
    uadd.add_argument("--role", action="extend", nargs="+", required=True, choices=list(ROLES))
    uadd.add_argument("--inactive", action="store_true")
    leaf(u_sub, "list", _("list the users"))


# --- helpers ---------------------------------------------------------------------------


def _open(args):
    from app.db import open_database

    return open_database(args.db)


def _actor(args, db):
    from app.services.roles import actor_for

    return actor_for(db, getattr(args, "user", None) or computer_user())


def _date(text: str | None, default: date | None = None) -> date | None:
    from app.dates import DateFormatError, parse_date

    if not text:
        return default
    try:
        return parse_date(text)
    except DateFormatError:
        raise UserError(_("“{text}” is not a date: write it as dd/mm/yyyy, e.g. 25/01/2026."
                          ).format(text=text)) from None  # fmt: skip


def _number(text: str, what: str) -> Decimal:
    from app.numbers import parse_number

    try:
        value = parse_number(text)
    except ValueError:
        value = None
    if value is None:
        raise UserError(_("“{text}” is not a number ({what}).").format(text=text, what=what))
    return value


def _program(db, text: str) -> uuid.UUID:
    from app.services.programs import find_program

    return find_program(db, text)


def _item(db, text: str):
    """An aid item by its code (cash, rice) or its name, with or without accents."""
    from app.services.programs import list_items
    from app.text import fold

    items = list_items(db)
    wanted = fold(text)
    found = [i for i in items if i.code == text.strip().lower() or fold(i.name) == wanted]
    if not found:  # a built-in item by its Vietnamese name while messages are in English
        from app.services import vocab

        vi = {code: name for code, name, *_rest in vocab.BUILTIN_ITEMS}
        found = [i for i in items if fold(vi.get(i.code, "")) == wanted]
    if len(found) != 1:
        raise UserError(_("There is no item “{text}”. The items are: {names}.").format(
            text=text, names=", ".join(f"{i.code} ({i.name})" for i in items)))  # fmt: skip
    return found[0]


def _organisation(db, text: str):
    from app.services.programs import list_organisations
    from app.text import fold

    orgs = list_organisations(db)
    wanted = fold(text)
    found = [o for o in orgs if str(o.id) == text.strip() or o.id.hex == text.strip()] or \
        [o for o in orgs if fold(o.name) == wanted] or \
        [o for o in orgs if wanted and wanted in fold(o.name)]  # fmt: skip
    if len(found) != 1:
        names = "; ".join(o.name for o in orgs) or _("none yet (lalanh org add NAME)")
        raise UserError(_("There is no single organisation “{text}”. The organisations are: "
                          "{names}.").format(text=text, names=names))  # fmt: skip
    return found[0]


def _category(db, text: str) -> uuid.UUID:
    from app.services import vocab
    from app.services.office import list_categories
    from app.text import fold

    cats = list_categories(db)
    names = {code: {fold(vi), fold(en)} for code, vi, en, _scope in vocab.BUILTIN_CATEGORIES}
    found = [c for c in cats if c.code == text.strip()
             or fold(text) in names.get(c.code, set()) | {fold(c.name)}]  # fmt: skip
    if len(found) != 1:
        raise UserError(_("There is no category “{text}”. The categories are: {codes}.").format(
            text=text, codes=", ".join(c.code for c in cats)))  # fmt: skip
    return found[0].id


def _hamlet(db, name: str) -> uuid.UUID:
    from app.cli import _export_hamlet

    return _export_hamlet(db, name)


def _household(db, code: str) -> uuid.UUID:
    from app.services.households import HouseholdQuery, list_households

    code = code.strip()
    page = list_households(db, HouseholdQuery(text=code), None, 50)
    found = [r for r in page.rows if r.code == code]
    if len(found) != 1:
        raise UserError(_("There is no household with the code {code}.").format(code=code))
    return found[0].id


def _norm(db, text: str):
    """ITEM=QTY[/person|/household][,CATEGORY=QTY…][,max=QTY] → NormDraft."""
    from app.services.programs import NormDraft

    head, *overrides = _PARTS.split(text)
    item_text, sep, rest = head.partition("=")
    if not sep or not rest.strip():
        raise UserError(_("Write an item and its norm as ITEM=QUANTITY/person, e.g. "
                          "cash=500000/person or rice=15/person, not “{text}”.").format(text=text))  # fmt: skip
    item = _item(db, item_text)
    quantity_text, _slash, per = rest.partition("/")
    basis = PER.get((per.strip() or "person").lower())
    if basis is None:
        raise UserError(_("“/{per}”: a norm is per person or per household.").format(per=per))
    by_category, cap = {}, None
    for part in overrides:
        name, _eq, q = part.partition("=")
        if name.strip().lower() in ("max", "cap", "tối đa", "toi da"):  # per household
            cap = _number(q, item.name)
        else:
            by_category[_category(db, name)] = _number(q, item.name)
    return NormDraft(item.id, basis, _number(quantity_text, item.name), by_category, cap)


def _find_id(text: str, known: list[uuid.UUID], what: str) -> uuid.UUID:
    """A full id, or a prefix of its hex that only one of `known` has."""
    hexed = text.strip().replace("-", "").lower()
    try:
        return uuid.UUID(hex=hexed)
    except ValueError:
        pass
    found = [i for i in known if len(hexed) >= 6 and i.hex.startswith(hexed)]
    if len(found) != 1:
        raise UserError(_("No single {what} has the id {id}.").format(what=what, id=text))
    return found[0]


def _status(code: str) -> str:
    from app.services import vocab

    return vocab.label(vocab.LIST_STATUSES, code)


def _day(value) -> str:
    from app.dates import format_date

    if isinstance(value, str):  # a date read back through an aggregate
        value = date.fromisoformat(value[:10])
    return format_date(value)


def _done_line(text: str) -> None:
    print(file=sys.stderr)  # ends a progress line
    print(text)


# --- organisations and users ---------------------------------------------------------------


def cmd_org(args) -> int:
    from app.services import vocab
    from app.services.programs import list_organisations, save_organisation

    db = _open(args)
    if args.org_command == "add":
        org_id = save_organisation(db, _actor(args, db), args.name, args.kind, args.note)
        print(f"{org_id}\t{args.name.strip()}")
        return 0
    for o in list_organisations(db):
        print("\t".join([str(o.id), o.name, vocab.label(vocab.ORGANISATION_KINDS, o.kind)]))
    return 0


def cmd_user(args) -> int:
    from app.services.roles import list_users, role_names, save_user

    db = _open(args)
    if args.user_command == "add":
        actor = _actor(args, db)
        save_user(actor, db, args.username, args.name, list(dict.fromkeys(args.role)),
                  active=not args.inactive)  # fmt: skip
        print(_("User {user} ({name}): {roles}.").format(
            user=args.username, name=args.name, roles=role_names(args.role)))  # fmt: skip
        return 0
    for u in list_users(db):
        print("\t".join([u.username, u.full_name, role_names(u.roles) or "-",
                         "" if u.active else _("inactive")]))  # fmt: skip
    return 0


# --- programs --------------------------------------------------------------------------------


def cmd_program(args) -> int:
    db = _open(args)
    command = args.program_command
    if command == "list":
        from app.services.programs import list_programs

        for p in list_programs(db):
            print("\t".join([str(p.id), p.code, _status(p.list_status), p.name, p.organisation,
                             str(p.households)]))  # fmt: skip
        return 0
    if command == "create":
        return _create_program(db, args)
    pid = _program(db, args.program)
    return PROGRAM_COMMANDS[command](db, args, pid)


def _create_program(db, args) -> int:
    from app.services import vocab
    from app.services.programs import ProgramDraft, load_program, save_program

    draft = ProgramDraft(
        name=args.name, organisation_id=_organisation(db, args.org).id, funding=args.funding,
        donor_name=args.donor, starts_on=_date(args.start), ends_on=_date(args.end),
        overlap_group=args.group, categories=[_category(db, c) for c in args.category],
        hamlets=[_hamlet(db, h) for h in args.hamlet],
        residence=list(dict.fromkeys(args.residence or vocab.RESIDENCE_COUNTED)),
        need_kinds=list(dict.fromkeys(args.need)), norms=[_norm(db, i) for i in args.item],
        note=args.note,
    )  # fmt: skip
    pid = save_program(db, _actor(args, db), draft)
    print(f"{pid}\t{load_program(db, pid).code}")
    return 0


def _build(db, args, pid) -> int:
    from app.cli import _cli_progress
    from app.services.programs import items_by_id, load_program
    from app.services.recipient_lists import build_list

    result = build_list(db, _actor(args, db), pid, _cli_progress())
    items = items_by_id(db)
    p = load_program(db, pid)
    planned = "; ".join(f"{items[i].name} {items[i].text(q)}" for i, q in result.totals.items()
                        if i in items) or "-"  # fmt: skip
    _done_line(_("List of {code} “{name}”: {listed} households, {persons} persons. Added {added}, "
                 "updated {updated}, taken off {dropped}, left as set by hand {hand}. "
                 "Planned: {planned}.").format(
        code=p.code, name=p.name, listed=result.listed, persons=result.persons,
        added=result.added, updated=result.updated, dropped=result.dropped,
        hand=result.kept_by_hand, planned=planned))  # fmt: skip
    return 0


# the list's status each step starts from, and where it leads
STEPS = {"submit": "draft", "approve": "submitted", "lock": "approved"}


def _advance(db, args, pid) -> int:
    from app.services.programs import load_program
    from app.services.recipient_lists import advance_list

    p = load_program(db, pid)
    wanted = STEPS[args.program_command]
    if p.list_status != wanted:
        raise UserError(_("The list of {code} is {status}: it cannot be {step} now.").format(
            code=p.code, status=_status(p.list_status).lower(),
            step={"submit": _("submitted"), "approve": _("approved"),
                  "lock": _("locked")}[args.program_command]))  # fmt: skip
    status = advance_list(db, _actor(args, db), pid, args.note)
    print(_("The list of {code} “{name}” is now {status}.").format(
        code=p.code, name=p.name, status=_status(status).lower()))  # fmt: skip
    return 0


def _return(db, args, pid) -> int:
    from app.services.programs import load_program
    from app.services.recipient_lists import return_list

    return_list(db, _actor(args, db), pid, args.reason)
    p = load_program(db, pid)
    print(_("The list of {code} went back to draft.").format(code=p.code))
    return 0


def _add_remove(db, args, pid) -> int:
    from app.services.programs import list_programs
    from app.services.recipient_lists import add_to_list, remove_from_list

    household_id = _household(db, args.household)
    actor = _actor(args, db)
    if args.program_command == "add":
        add_to_list(db, actor, pid, household_id, args.reason)
    else:
        remove_from_list(db, actor, pid, household_id, args.reason)
    p = next(p for p in list_programs(db) if p.id == pid)
    print(_("Household {household}: {done}. The list of {code} has {n} households "
            "(version {version}).").format(
        household=args.household,
        done=_("added") if args.program_command == "add" else _("taken off"),
        code=p.code, n=p.households, version=p.list_version))  # fmt: skip
    return 0


def _show(db, args, pid) -> int:
    from app.services.distribution import program_progress
    from app.services.programs import list_programs, quantity_text

    p = next(p for p in list_programs(db) if p.id == pid)
    progress = program_progress(db, pid)
    print(f"{p.code}\t{p.name}")
    rows = [(_("Organisation"), p.organisation), (_("Funding"), p.funding),
            (_("Period"), p.period), (_("Overlap group"), p.overlap_group or "-"),
            (_("Norms"), p.norms or "-"), (_("List"), _status(p.list_status)),
            (_("Version"), str(p.list_version)),
            (_("Households"), _("{listed} listed, {received} received, {waiting} waiting").format(
                listed=progress.households_listed, received=progress.households_received,
                waiting=progress.households_waiting)),
            (_("Persons"), _("{listed} listed, {received} received").format(
                listed=progress.persons_listed, received=progress.persons_received))]  # fmt: skip
    for label, value in rows:
        print(f"{label}:\t{value}")
    for item in progress.items:
        line = _("{item}: planned {planned}, given {given}, stock {stock}").format(
            item=item.name, planned=quantity_text(item.planned, item.unit),
            given=quantity_text(item.given, item.unit),
            stock=quantity_text(item.on_hand, item.unit))  # fmt: skip
        if item.earmarked_left is not None:
            line += _(", earmarked for it and not yet given {left}").format(
                left=quantity_text(item.earmarked_left, item.unit))  # fmt: skip
        print(line)
    return 0


def _omissions(db, args, pid) -> int:
    from app.services.recipient_lists import omissions

    found = omissions(db, pid)
    for o in found:
        print("\t".join([o.household_code, o.head_name, o.hamlet,
                         _("eligible now") if o.eligible_now else "-", o.why]))  # fmt: skip
    print(_("{n} households not on the list.").format(n=len(found)), file=sys.stderr)
    return 0


def _overlaps(db, args, pid) -> int:
    from app.dates import format_date
    from app.services.overlap import pairs
    from app.services.recipient_lists import overlaps

    found = overlaps(db, pid)
    for o, x in pairs(found):  # one line per household and other list
        how = _("same household") if x.how == "household" else _(
            "same ID number in household {code}").format(code=x.household_code)  # fmt: skip
        given = (_("received on {date}").format(date=format_date(x.received_on))
                 if x.received_on else _("listed, not received"))  # fmt: skip
        print(
            "\t".join(
                [o.household_code, o.head_name, o.hamlet, x.program, x.organisation, how, given]
            )
        )
    print(
        _("{n} households also on another list of the group.").format(n=len(found)), file=sys.stderr
    )
    return 0


def _history(db, args, pid) -> int:
    from app.services.recipient_lists import EVENT_LABELS, list_history

    for e in list_history(db, pid):
        print("\t".join([e.at.strftime("%d/%m/%Y %H:%M"), e.by, _(EVENT_LABELS.get(e.action, e.action)),
                         str(e.list_version), e.household_code, e.reason]))  # fmt: skip
    return 0


PROGRAM_COMMANDS = {"build-list": _build, "submit": _advance, "approve": _advance,
                    "lock": _advance, "return": _return, "add": _add_remove,
                    "remove": _add_remove, "show": _show, "omissions": _omissions,
                    "overlaps": _overlaps, "history": _history}  # fmt: skip


# --- donations and stock ------------------------------------------------------------------------


def cmd_donation(args) -> int:
    from app.services import ledger, vocab

    db = _open(args)
    if args.donation_command == "record":
        item = _item(db, args.item)
        draft = ledger.DonationDraft(
            donor_name=args.donor, item_id=item.id, quantity=_number(args.quantity, item.name),
            received_on=_date(args.date, date.today()), source=args.source,
            organisation_id=_organisation(db, args.org).id if args.org else None,
            receipt_no=args.receipt_no, program_id=_program(db, args.program) if args.program else None,
            note=args.note,
        )  # fmt: skip
        donation_id = ledger.record_donation(db, _actor(args, db), draft)
        print(f"{donation_id}\t{item.text(draft.quantity)}")
        return 0
    if args.donation_command == "reverse":
        known = [d.id for d in _all_donations(db, ledger.DonationQuery())]
        reversal = ledger.reverse_donation(db, _actor(args, db), _find_id(args.id, known, _("donation")),
                                           args.reason)  # fmt: skip
        print(_("Reversed by entry {id}.").format(id=reversal))
        return 0
    query = ledger.DonationQuery(text=args.search,
                                 program_id=_program(db, args.program) if args.program else None)  # fmt: skip
    for d in _all_donations(db, query):
        state = _("reversal") if d.reverses_id else (_("reversed") if d.reversed else "")
        print("\t".join([str(d.id), d.received_on.strftime("%d/%m/%Y"), d.donor_name,
                         vocab.label(vocab.DONATION_SOURCES, d.source), d.item, d.quantity_text,
                         d.receipt_no, d.earmark, state]))  # fmt: skip
    return 0


def _all_donations(db, query):
    from app.services.ledger import list_donations

    offset = 0
    while True:
        rows = list_donations(db, query, offset, 500)
        yield from rows
        if len(rows) < 500:
            return
        offset += len(rows)


def cmd_stock(args) -> int:
    from app.services.ledger import stock

    db = _open(args)
    rows = stock(db, _program(db, args.program) if args.program else None)
    for r in rows:
        print("\t".join([r.item.code, r.item.name, r.item.text(r.received), r.item.text(r.given),
                         r.item.text(r.adjusted), r.item.text(r.on_hand)]))  # fmt: skip
    if not rows:
        print(_("Nothing received or handed out yet."), file=sys.stderr)
    return 0


# --- distribution ----------------------------------------------------------------------------------


def cmd_distribution(args) -> int:
    db = _open(args)
    if args.distribution_command == "record":
        return _record(db, args)
    if args.distribution_command == "reverse":
        from app.services.distribution import reverse_receipt

        reversal = reverse_receipt(db, _actor(args, db), _find_id(args.receipt, [], _("receipt")),
                                   args.reason)  # fmt: skip
        print(_("Reversed by receipt {id}.").format(id=reversal))
        return 0
    return _list_rows(db, args)


def _record(db, args) -> int:
    from app.services.distribution import ReceiptDraft, mark_needs_met, record_receipt
    from app.services.recipient_lists import row_by_code
    from app.text import digits_only

    actor = _actor(args, db)
    pid = _program(db, args.program) if args.program else None
    row = row_by_code(db, args.code, pid)
    quantities = None
    if args.quantity:
        quantities = dict(row.entitled)
        for text in args.quantity:
            item_text, sep, q = text.partition("=")
            if not sep:
                raise UserError(_("Write a quantity as ITEM=QUANTITY, e.g. rice=10, not “{text}”."
                                  ).format(text=text))  # fmt: skip
            item = _item(db, item_text)
            quantities[item.id] = _number(q, item.name)
    number = digits_only(args.id_number)
    id_type = args.id_type or (
        {12: "cccd", 9: "cmnd"}.get(len(number), "other") if number else None
    )
    proxy = bool(args.proxy_name or args.proxy_relation)
    recorded = record_receipt(db, actor, ReceiptDraft(
        recipient_id=row.recipient_id, given_on=_date(args.date, date.today()), quantities=quantities,
        id_type=id_type, id_number=args.id_number, collector="proxy" if proxy else "self",
        proxy_name=args.proxy_name, proxy_relation=args.proxy_relation,
        handed_by=args.handed_by or actor.full_name, note=args.note, over_reason=args.over_reason,
    ))  # fmt: skip
    from app.services import vocab

    print("\t".join([str(recorded.receipt_id), recorded.code, row.household_code, row.head_name,
                     vocab.label(vocab.ID_CHECKS, recorded.id_check)]))  # fmt: skip
    for warning in recorded.warnings:
        print(_("Warning: {text}").format(text=warning), file=sys.stderr)
    if recorded.open_needs:
        if args.needs_met:
            n = mark_needs_met(db, actor, [x.id for x in recorded.open_needs], recorded.receipt_id)
            print(_("{n} needs marked met, with this receipt as evidence.").format(n=n))
        else:
            print(_("Open needs this may meet: {kinds} (again with --needs-met to mark them met)."
                    ).format(kinds=", ".join(vocab.label(vocab.NEED_KINDS, x.kind)
                                             for x in recorded.open_needs)), file=sys.stderr)  # fmt: skip
    return 0


def _list_rows(db, args) -> int:
    from app.services.programs import items_by_id
    from app.services.recipient_lists import ListQuery, list_rows

    pid = _program(db, args.program)
    items = items_by_id(db)
    query = ListQuery(hamlet_id=_hamlet(db, args.hamlet) if args.hamlet else None, state=args.state)

    def text(quantities: dict) -> str:
        return "; ".join(f"{items[i].name} {items[i].text(q)}" for i, q in quantities.items()
                         if i in items and q) or "-"  # fmt: skip

    after, count = 0, 0
    while True:
        rows = list_rows(db, pid, query, after, 1000)
        for r in rows:
            print("\t".join([r.code, r.household_code, r.head_name, r.hamlet, str(r.persons),
                             {"waiting": _("waiting"), "received": _("received"),
                              "removed": _("removed")}[r.state],
                             text(r.entitled), text(r.given),
                             _day(r.received_on),
                             r.reason]))  # fmt: skip
        count += len(rows)
        if len(rows) < 1000:
            break
        after = rows[-1].seq
    print(_("{n} rows.").format(n=count), file=sys.stderr)
    return 0


def _one_line(command):
    """A service's message with its list of problems ("…:\n• A\n• B") as one line of output."""

    def run(args) -> int:
        try:
            return command(args)
        except UserError as exc:
            if "\n" not in exc.message:
                raise
            text = " ".join(part.strip() for part in exc.message.splitlines() if part.strip())
            raise UserError(text, field_errors=exc.field_errors) from None

    return run


COMMANDS = {name: _one_line(command) for name, command in (
    ("org", cmd_org), ("program", cmd_program), ("donation", cmd_donation), ("stock", cmd_stock),
    ("distribution", cmd_distribution), ("user", cmd_user))}  # fmt: skip
