"""The double-dipping check across the programs of one overlap group ("Tết 2026").

A household overlaps when another program of the group lists it too, or when
a program of the group (this one included) lists another household in which a
member has the same ID number (a CCCD, or the old CMND recorded beside it) —
the same person registered twice. The work is a few set
queries over the group's lists plus one pass over their members' ID numbers, so
it grows with the lists, not with their pairs.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.models import Hamlet, Household, Organisation, Person, Program, Receipt, Recipient


@dataclass(frozen=True)
class Overlap:
    program_id: uuid.UUID  # the list the household is on
    household_id: uuid.UUID
    household_code: str
    head_name: str
    hamlet: str
    other_program_id: uuid.UUID
    other_program: str  # "P0002 Quà Tết 2026"
    other_organisation: str
    other_household_code: str  # another household when matched by an ID number
    how: str  # household | id_number
    received_on: date | None  # when the other program gave (not reversed); None: listed only


def group_overlaps(
    s: Session, group_folded: str, only_program: uuid.UUID | None = None
) -> list[Overlap]:
    programs = {
        pid: (f"{code} {name}", org or "")
        for pid, code, name, org in s.execute(
            sa.select(Program.id, Program.code, Program.name, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Program.organisation_id)
            .where(Program.overlap_folded == group_folded, Program.voided.is_(False))
        )
    }  # fmt: skip
    if len(programs) < 2:
        return []
    in_group = Recipient.program_id.in_(list(programs))
    listed = sa.select(Recipient.household_id).where(in_group, Recipient.status == "listed")
    lists: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)  # household → programs listing it
    for hid, pid in s.execute(sa.select(Recipient.household_id, Recipient.program_id)
                              .where(in_group, Recipient.status == "listed")):  # fmt: skip
        lists[hid].add(pid)
    # Households sharing a member's ID number, among those on the group's lists.
    holders: dict[str, set[uuid.UUID]] = defaultdict(set)
    for column in (Person.id_number, Person.old_id_number):
        for hid, ident in s.execute(
            sa.select(Person.household_id, column)
            .where(column.is_not(None), Person.voided.is_(False), Person.household_id.in_(listed))
        ):  # fmt: skip
            holders[ident].add(hid)
    twins: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
    for households in holders.values():
        if len(households) > 1:
            for h in households:
                twins[h] |= households - {h}
    found: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID, str]] = []
    for hid, pids in lists.items():
        mine = [only_program] if only_program is not None else list(pids)
        for pid in mine:
            if pid not in pids:
                continue
            for other in pids - {pid}:
                found.append((pid, hid, other, hid, "household"))
            for twin in twins.get(hid, ()):  # the same person on this list twice counts too
                for other in lists[twin]:
                    found.append((pid, hid, other, twin, "id_number"))
    if not found:
        return []
    gives = _live_gives(s, list(programs))
    info = households_info(s, {f[1] for f in found} | {f[3] for f in found})
    out = [
        Overlap(pid, hid, *info[hid][:3], other, *programs[other], info[twin][0], how,
                gives.get((other, twin)))
        for pid, hid, other, twin, how in found
    ]  # fmt: skip
    out.sort(key=lambda o: (o.hamlet, o.household_code, o.other_program))
    return out


def _live_gives(
    s: Session, program_ids: list[uuid.UUID]
) -> dict[tuple[uuid.UUID, uuid.UUID], date]:
    reversal = sa.orm.aliased(Receipt)
    return {
        (pid, hid): given_on
        for pid, hid, given_on in s.execute(
            sa.select(Receipt.program_id, Receipt.household_id, sa.func.max(Receipt.given_on))
            .where(Receipt.program_id.in_(program_ids), Receipt.kind == "give",
                   ~sa.exists().where(reversal.reverses_id == Receipt.id))
            .group_by(Receipt.program_id, Receipt.household_id)
        )
    }  # fmt: skip


def households_info(s: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple[str, str, str]]:
    head = sa.orm.aliased(Person)
    out = {}
    ids_list = list(ids)
    for start in range(0, len(ids_list), 5000):
        for hid, code, name, hamlet in s.execute(
            sa.select(Household.id, Household.code, head.full_name, Hamlet.name)
            .outerjoin(head, sa.and_(head.household_id == Household.id, head.relation == "head",
                                     head.voided.is_(False)))
            .outerjoin(Hamlet, Hamlet.id == Household.hamlet_id)
            .where(Household.id.in_(ids_list[start:start + 5000]))
        ):  # fmt: skip
            out[hid] = (code, name or "", hamlet or "")
    return out


def overlap_groups(s: Session) -> list[str]:
    """The overlap groups in use, as typed (for the program form's suggestions)."""
    return sorted(set(s.scalars(sa.select(Program.overlap_group).where(
        Program.overlap_group.is_not(None), Program.voided.is_(False)))))  # fmt: skip
