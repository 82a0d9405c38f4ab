"""The double-dipping check across the programs of one overlap group ("Tết 2026").

A household overlaps when another program of the group lists it too, or when
a program of the group (this one included) lists another household in which a
member has the same ID number (a CCCD, or the old CMND recorded beside it) —
the same person registered twice.

At district scale a group is ten lists of 100,000 rows over a registry of
millions, so the check never walks the lists in Python: the shared households
come from a join on the recipient index (one list) or a GROUP BY (the whole
group); ID numbers registered twice come from a GROUP BY over the ID indexes
alone (the registry refuses most of them, so there are few); only what was
found is then read in detail. Ids stay raw until the rows are made.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from app.models import Hamlet, Household, Organisation, Person, Program, Receipt, Recipient
from app.services.list_building import RawIds, fetch, raw_select

CHUNK = 500  # values per IN (…) list


class Listing(NamedTuple):
    """Another list of the group naming the household (or, by an ID number, another household)."""

    program_id: uuid.UUID
    program: str  # "P0002 Quà Tết 2026"
    organisation: str
    household_code: str  # the other household, when matched by an ID number; else ""
    how: str  # household | id_number
    received_on: date | None  # when that program gave (not reversed); None: listed only


class Overlap(NamedTuple):
    """A household on a list of the group (`program_id`; None for the whole group's check)
    that other lists of the group name too: one row per household, its listings beside it.
    (One row per pair would be 900,000 rows for ten lists sharing 100,000 households.)"""

    program_id: uuid.UUID | None
    household_id: uuid.UUID
    household_code: str
    head_name: str
    hamlet: str
    others: tuple[Listing, ...]

    @property
    def received_elsewhere(self) -> date | None:
        return min((o.received_on for o in self.others if o.received_on), default=None)


def _raw(column) -> sa.ColumnElement:
    return sa.type_coerce(column, sa.String)


def group_overlaps(
    s: Session, group_folded: str, only_program: uuid.UUID | None = None
) -> list[Overlap]:
    conn = s.connection()
    ids = RawIds(conn)
    programs = {
        ids.raw(pid): (pid, f"{code} {name}", org or "")
        for pid, code, name, org in s.execute(
            sa.select(Program.id, Program.code, Program.name, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Program.organisation_id)
            .where(Program.overlap_folded == group_folded, Program.voided.is_(False))
        )
    }  # fmt: skip
    if len(programs) < 2:
        return []
    group = list(programs)
    only = ids.raw(only_program) if only_program is not None else None
    shared = _shared_households(conn, group, only)  # household → other lists naming it
    twins = _shared_people(conn, group, only)  # (household, other list, other household)
    if not shared and not twins:
        return []
    involved = set(shared) | {t[0] for t in twins} | {t[2] for t in twins}
    gives = _live_gives(conn, group, involved)
    info = _households_raw(conn, involved, only)
    blank = ("", "", "")
    listings: dict = {}  # shared: most are "the same household, on list Q, not given yet"

    def listing(other: str, twin: str | None, received: date | None) -> Listing:
        key = (other, twin, received)
        found = listings.get(key)
        if found is None:
            other_id, other_name, other_org = programs[other]
            how, code = ("id_number", info.get(twin, blank)[0]) if twin else ("household", "")
            found = listings[key] = Listing(other_id, other_name, other_org, code, how, received)
        return found

    rows: dict = {}  # household → its listings, sorted
    plain: dict = {}  # the listings of households no other list gave to yet, by their lists
    given = {hid for _q, hid in gives}
    for hid, others in shared.items():
        if hid in given:
            rows[hid] = _sorted([listing(q, None, gives.get((q, hid))) for q in others])
        else:
            key = id(others)  # households with the same lists share one list object
            found = plain.get(key)
            if found is None:
                found = plain[key] = _sorted([listing(q, None, None) for q in others])
            rows[hid] = found
    for hid, other, twin in twins:  # a new tuple: the one in `rows` may be shared
        rows[hid] = _sorted([*rows.get(hid, ()), listing(other, twin, gives.get((other, twin)))])
    program_id = programs[only][0] if only is not None else None
    out = []
    for hid, others in rows.items():
        code, name, hamlet = info.get(hid, blank)
        out.append(Overlap(program_id, ids.uuid(hid), code, name, hamlet, others))
    out.sort(key=lambda o: (o.hamlet, o.household_code))
    return out


def _sorted(listings: list[Listing]) -> tuple[Listing, ...]:
    unique = {id(x): x for x in listings}.values()  # listings are shared objects
    return tuple(sorted(unique, key=lambda x: (x.program, x.household_code)))


def pairs(overlaps: Iterable[Overlap]) -> Iterable[tuple[Overlap, Listing]]:
    """Each household with each of its other listings (one line each, as the command line prints)."""
    for o in overlaps:
        for listing in o.others:
            yield o, listing


def _shared_households(conn: sa.Connection, group: list, only) -> dict:
    """Household → the lists of the group naming it: besides `only`, or (the whole group) every
    list of a household named by several."""
    # Each list's households read on their own, from the index that starts with the program
    # (an index starting with the household, which had every new list written all through it,
    # was given up in migration 0009), merged here as one bitmask per household (bit i:
    # group[i]); one decoding per distinct mask. 10 lists of 100,000: 1.4 s, as the index did.
    listed = raw_select(Recipient.household_id).where(Recipient.status == "listed")

    def households_of(program) -> list[tuple]:
        return fetch(conn, listed.where(_raw(Recipient.program_id) == program))

    mine = {hid for (hid,) in households_of(only)} if only is not None else None
    masks: dict = {}
    for i, program in enumerate(group):
        if program == only:
            continue
        bit = 1 << i
        for (hid,) in households_of(program):
            if mine is None or hid in mine:
                masks[hid] = masks.get(hid, 0) | bit
    decoded: dict = {}
    shared: dict = {}
    for hid, mask in masks.items():
        if only is None and not mask & (mask - 1):  # the whole group: named by one list only
            continue
        lists = decoded.get(mask)
        if lists is None:
            lists = decoded[mask] = [g for i, g in enumerate(group) if mask >> i & 1]
        shared[hid] = lists
    return shared


def _shared_people(conn: sa.Connection, group: list, only) -> list[tuple]:
    """(household, other list, other household) for a person registered in two households that
    lists of the group name (the same list included)."""
    numbers = _numbers_registered_twice(conn)
    if not numbers:
        return []
    holders: dict = defaultdict(set)  # ID number → households of live persons holding it
    for chunk in _chunks(sorted(numbers)):
        for hid, number, old in fetch(conn, raw_select(Person.household_id, Person.id_number, Person.old_id_number)
                                      .where(Person.voided.is_(False),
                                             sa.or_(Person.id_number.in_(chunk), Person.old_id_number.in_(chunk)))):  # fmt: skip
            for n in (number, old):
                if n in numbers:
                    holders[n].add(hid)
    twins: dict = defaultdict(set)
    for households in holders.values():
        for h in households:
            twins[h] |= households - {h}
    twins = {h: t for h, t in twins.items() if t}
    if not twins:
        return []
    lists: dict = defaultdict(set)
    for chunk in _chunks(sorted(twins)):
        for hid, pid in fetch(conn, raw_select(Recipient.household_id, Recipient.program_id)
                              .where(_raw(Recipient.household_id).in_(chunk), _raw(Recipient.program_id).in_(group),
                                     Recipient.status == "listed")):  # fmt: skip
            lists[hid].add(pid)
    found = []
    for hid, others in twins.items():
        mine = lists.get(hid, set())
        if only is not None and only not in mine:
            continue
        if only is None and not mine:
            continue
        for twin in others:
            found += [(hid, other, twin) for other in lists.get(twin, ())]
    return found


def _numbers_registered_twice(conn: sa.Connection) -> set[str]:
    """ID numbers held by two persons, as an ID or as one's old ID: read from the ID indexes
    alone (voided persons included here; holders are filtered after)."""
    twice = set()
    for column in (Person.id_number, Person.old_id_number):
        twice |= {n for (n,) in fetch(conn, sa.select(column).where(column.is_not(None))
                                      .group_by(column).having(sa.func.count() > 1))}  # fmt: skip
    twice |= {n for (n,) in fetch(conn, sa.select(Person.old_id_number).where(
        Person.old_id_number.in_(sa.select(Person.id_number).where(Person.id_number.is_not(None)))))}  # fmt: skip
    return twice


def _live_gives(conn: sa.Connection, group: list, households: set) -> dict[tuple, date]:
    """(program, household) → when a program of the group gave it (a give not reversed)."""
    reversal = aliased(Receipt)
    base = (raw_select(Receipt.program_id, Receipt.household_id, sa.func.max(Receipt.given_on))
            .where(_raw(Receipt.program_id).in_(group), Receipt.kind == "give",
                   ~sa.exists().where(reversal.reverses_id == Receipt.id))
            .group_by(Receipt.program_id, Receipt.household_id))  # fmt: skip
    if len(households) > 50 * CHUNK:  # most of the lists: one pass over the group's receipts
        rows = fetch(conn, base)
    else:
        rows = [r for chunk in _chunks(sorted(households))
                for r in fetch(conn, base.where(_raw(Receipt.household_id).in_(chunk)))]  # fmt: skip
    return {
        (pid, hid): on if isinstance(on, date) else date.fromisoformat(on) for pid, hid, on in rows
    }


def _chunks(values: list) -> Iterable[list]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def _households_raw(conn: sa.Connection, raw_ids: set, program=None) -> dict:
    """Raw household id → (code, head's name, hamlet); with `program`, its list's households are
    read through the list (one statement), the others by their ids."""
    head = aliased(Person)
    query = (raw_select(Household.id, Household.code, head.full_name, Hamlet.name)
             .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                      head.voided.is_(False)))
             .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id))  # fmt: skip
    out = {}
    if program is not None:
        on_list = sa.select(Recipient.household_id).where(_raw(Recipient.program_id) == program)
        out = {hid: (code, name or "", hamlet or "")
               for hid, code, name, hamlet in fetch(conn, query.where(Household.id.in_(on_list)))}  # fmt: skip
    values = sorted(raw_ids - out.keys())
    for start in range(0, len(values), 5000):
        for hid, code, name, hamlet in fetch(
            conn, query.where(_raw(Household.id).in_(values[start : start + 5000]))
        ):
            out[hid] = (code, name or "", hamlet or "")
    return out


def households_info(s: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, str]]:
    """Household → (code, head's name, hamlet)."""
    conn = s.connection()
    raw = RawIds(conn)
    return {raw.uuid(h): v for h, v in _households_raw(conn, {raw.raw(i) for i in ids}).items()}


def overlap_groups(s: Session) -> list[str]:
    """The overlap groups in use, as typed (for the program form's suggestions)."""
    return sorted(set(s.scalars(sa.select(Program.overlap_group).where(
        Program.overlap_group.is_not(None), Program.voided.is_(False)))))  # fmt: skip
