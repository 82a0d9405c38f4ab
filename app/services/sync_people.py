"""The same person registered by two offices, as an upper office sees it after bundles
arrive from its communes: the same ID number (CCCD, or an old CMND), or the same name
and birth date, in households of different offices — and what each household received
where. Merging is left to an office that owns both records (SYNC.md §6).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa

from app.db import Database
from app.dedup import Candidate, engine
from app.dedup.batch import against_registry
from app.i18n import _
from app.numbers import format_money, format_number

# Live persons with the office of their household.
_LIVE = """SELECT p.id, p.full_name, p.name_folded, p.birth_date, p.birth_year, p.id_number,
       p.old_id_number, h.id AS household_id, h.code, h.office_id, h.hamlet_id
FROM person p JOIN household h ON h.id = p.household_id
WHERE p.voided = 0 AND p.merged_into_id IS NULL AND h.voided = 0"""

_SAME_NUMBER = f"""WITH live AS ({_LIVE}),
numbers AS (SELECT id_number AS number, office_id FROM live WHERE id_number IS NOT NULL
            AND id_number <> ''
            UNION ALL SELECT old_id_number, office_id FROM live WHERE old_id_number IS NOT NULL
            AND old_id_number <> '')
SELECT number FROM numbers GROUP BY number HAVING COUNT(DISTINCT office_id) > 1
ORDER BY number LIMIT :limit"""

_SAME_NAME_BIRTH = f"""WITH live AS ({_LIVE})
SELECT name_folded, birth_date FROM live WHERE birth_date IS NOT NULL
GROUP BY name_folded, birth_date HAVING COUNT(DISTINCT office_id) > 1
ORDER BY name_folded, birth_date LIMIT :limit"""


@dataclass(frozen=True)
class Registration:
    person_id: uuid.UUID
    full_name: str
    birth: str  # dd/mm/yyyy or the year
    id_number: str
    office: str
    household_code: str
    hamlet: str
    received: tuple[str, ...]  # "Quà Tết 2026 (P0003): 500.000 đ, 10 kg Gạo"


@dataclass(frozen=True)
class SamePerson:
    reason: str
    records: tuple[Registration, ...]


def same_person_in_offices(db: Database, limit: int = 500) -> list[SamePerson]:
    """Groups of live persons registered by more than one office: same ID number first,
    then same name and birth date (persons already in a number group are not repeated)."""
    with db.read() as s:
        conn = s.connection()
        groups: list[tuple[str, list[tuple]]] = []
        seen: set = set()
        for (number,) in conn.execute(sa.text(_SAME_NUMBER), {"limit": limit}):
            rows = conn.execute(sa.text(f"SELECT * FROM ({_LIVE}) WHERE id_number = :n OR "
                                        "old_id_number = :n"), {"n": number}).all()  # fmt: skip
            groups.append((_("same ID number {number}").format(number=number), rows))
            seen.update(r.id for r in rows)
        for name, born in conn.execute(sa.text(_SAME_NAME_BIRTH), {"limit": limit}):
            rows = conn.execute(sa.text(f"SELECT * FROM ({_LIVE}) WHERE name_folded = :n AND "
                                        "birth_date = :b"), {"n": name, "b": born}).all()  # fmt: skip
            rows = [r for r in rows if r.id not in seen]
            if len({r.office_id for r in rows}) > 1:
                groups.append((_("same name and birth date"), rows))
        offices = _names(conn, "SELECT id, name FROM office")
        hamlets = _names(conn, "SELECT id, name FROM hamlet")
        households = {r.household_id for _reason, rows in groups for r in rows}
        received = _received(conn, households)
    out = []
    for reason, rows in groups[:limit]:
        records = tuple(
            Registration(
                _uuid(r.id),
                r.full_name,
                _birth(r.birth_date, r.birth_year),
                r.id_number or "",
                offices.get(_key(r.office_id), "?"),
                r.code,
                hamlets.get(_key(r.hamlet_id), ""),
                tuple(received.get(_key(r.household_id), ())),
            )  # fmt: skip
            for r in rows
        )
        out.append(SamePerson(reason, records))
    return out


def _key(value) -> str:
    return value.hex if isinstance(value, uuid.UUID) else str(value or "").replace("-", "")


def _uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def _names(conn: sa.Connection, sql: str) -> dict[str, str]:
    return {_key(i): name for i, name in conn.execute(sa.text(sql))}


def _birth(born, year) -> str:
    if born:
        d = born if isinstance(born, date) else date.fromisoformat(str(born)[:10])
        return d.strftime("%d/%m/%Y")
    return str(year or "")


def _received(conn: sa.Connection, households: Iterable) -> dict[str, list[str]]:
    """Per household: each program's net totals (gives less reversals), in words."""
    keys = [_key(h) for h in households]
    if not keys:
        return {}
    sql = sa.text(
        """SELECT l.household_id, p.code, p.name, i.name_vi, i.unit, SUM(l.quantity_milli)
           FROM receipt_line l JOIN program p ON p.id = l.program_id
           JOIN aid_item i ON i.id = l.item_id
           WHERE l.household_id IN (SELECT value FROM json_each(:keys))
           GROUP BY l.household_id, p.code, p.name, i.name_vi, i.unit
           HAVING SUM(l.quantity_milli) <> 0
           ORDER BY p.code, i.name_vi"""
    )
    per: dict[str, dict[tuple[str, str], list[str]]] = defaultdict(lambda: defaultdict(list))
    for household, code, name, item, unit, milli in conn.execute(sql, {"keys": json.dumps(keys)}):
        amount = int(milli) // 1000 if unit == "VND" else None
        text = (f"{format_money(amount)} đ" if amount is not None
                else f"{format_number(int(milli) / 1000)} {unit} {item}")  # fmt: skip
        per[_key(household)][(code, name)].append(text)
    return {
        h: [f"{name} ({code}): {', '.join(items)}" for (code, name), items in programs.items()]
        for h, programs in per.items()
    }


def arrivals_matching_elsewhere(db: Database, person_ids: Sequence[uuid.UUID | str],
                                progress=None) -> list[Candidate]:  # fmt: skip
    """The duplicate engine on persons that just arrived in a bundle, against the registry:
    candidate pairs whose other person belongs to another office."""
    if not person_ids:
        return []
    with db.read() as s:
        conn = s.connection()
        rows = conn.execute(
            sa.text(f"SELECT {engine.PERSON_COLUMNS} FROM json_each(:keys) j "
                    "JOIN person p ON p.id = j.value JOIN household h ON h.id = p.household_id "
                    f"WHERE {engine.LIVE}"),
            {"keys": json.dumps([_key(i) for i in person_ids])},
        ).all()  # fmt: skip
        # Nobody registered by any other office (a commune's first bundle at its district):
        # nothing to compare with, and the engine would spend minutes finding only that.
        offices = sorted({_key(r[-1]) for r in rows})
        others = conn.execute(sa.text(
            "SELECT 1 FROM household WHERE office_id NOT IN (SELECT value FROM json_each(:o)) "
            "AND voided = 0 LIMIT 1"), {"o": json.dumps(offices)}).first()  # fmt: skip
        if others is None:
            return []
        facts = engine.facts_maker(engine.hamlet_names(conn))
        people = [facts(engine.rec_of_row(tuple(r))) for r in rows]
    return against_registry(db, people, progress=progress, other_offices=True)
