"""Possible same persons on a recipient list (issue 6, "when a recipient list is built").

The Overlaps tab shows a household listed twice in an overlap group, or a member whose ID
number is registered in two households (overlap.py, exact). This is the duplicate engine's
finer look, asked for on demand after a build (never inside `build_list`, which must stay
fast): the persons of the list's households compared among themselves, and with the
persons of the other lists of the overlap group — the same person registered in two
households under a name typed differently, a CMND in one and a CCCD in the other, a birth
year off by one. Pairs an officer has already decided on (merges.decided_pairs) and merged
persons are left out; so are two members of one household (the engine compares records, a
household on two lists is overlap.py's).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from app.db import Database, json_values
from app.dedup import Candidate, PersonFacts
from app.dedup import batch as dedup_batch
from app.dedup import engine as dedup_engine
from app.errors import Cancelled
from app.models import Program
from app.services.merges import decided_pairs
from app.services.recipient_lists import row_code

Progress = Callable[[int, int], bool | None]  # (done, total) → False to cancel


@dataclass(frozen=True)
class Side:
    """One person of a pair and the list row that names their household."""

    person_id: uuid.UUID
    name: str
    born: str  # dd/mm/yyyy or the year
    household_id: uuid.UUID
    household_code: str
    hamlet: str
    program_id: uuid.UUID
    program: str  # "P0003 Gạo cứu đói"
    row_code: str  # P0003-00042
    on_this_list: bool


@dataclass(frozen=True)
class SamePerson:
    """Two records on the list (or one on it and one on another list of the group) that may
    be one person."""

    a: Side  # always on this list
    b: Side
    score: int
    level: str  # suggest | review
    explanation: str
    candidate: Candidate  # for the Duplicates page

    @property
    def key(self) -> tuple[str, str]:
        return tuple(sorted((str(self.a.person_id), str(self.b.person_id))))  # type: ignore[return-value]


_LISTED = f"""SELECT {dedup_engine.PERSON_COLUMNS}, r.program_id, r.seq
FROM recipient r JOIN household h ON h.id = r.household_id
JOIN person p ON p.household_id = h.id
WHERE r.program_id IN ({{programs}}) AND r.status = 'listed'
  AND {{live}}"""


class _Raw:
    """What the engine's facts maker reads: the raw row (engine.PERSON_COLUMNS)."""

    __slots__ = ("facts",)

    def __init__(self, row: tuple) -> None:
        self.facts = row


def _report(progress: Progress | None, done: int) -> None:
    if progress is not None and progress(done, 100) is False:
        raise Cancelled()


def possible_same_persons(db: Database, program_id: uuid.UUID,
                          progress: Progress | None = None) -> list[SamePerson]:  # fmt: skip
    """Pairs of possibly the same person among the list's households and between them and
    the other lists of the program's overlap group, strongest first."""
    _report(progress, 0)
    with db.read() as s:
        p = s.get(Program, program_id)
        if p is None:
            return []
        programs = {p.id: (p.code, p.name)}
        if p.overlap_folded:
            for pid, code, name in s.execute(sa.select(Program.id, Program.code, Program.name)
                                             .where(Program.overlap_folded == p.overlap_folded,
                                                    Program.voided.is_(False))):  # fmt: skip
                programs[pid] = (code, name)
        conn = s.connection()
        t = dedup_engine.stored_thresholds(conn)
        decided = decided_pairs(conn)
        hexes = {dedup_engine._hex(k): k for k in programs}
        dialect = conn.dialect.name
        listed = _LISTED.format(programs=json_values(dialect, "programs", ids=True),
                                live=dedup_engine.live(dialect))  # fmt: skip
        rows = conn.execute(sa.text(listed), {"programs": json.dumps(sorted(hexes))}).all()
        hamlets = dedup_engine.hamlet_names(conn)
    _report(progress, 15)
    this = dedup_engine._hex(program_id)
    facts = dedup_engine.facts_maker(hamlets)
    # One record per person: a person on this list and another is compared as this list's.
    people: dict[str, PersonFacts] = {}
    where: dict[str, list[tuple[str, int]]] = {}
    for row in rows:
        pid = dedup_engine._hex(row[0])
        where.setdefault(pid, []).append((dedup_engine._hex(row[12]), row[13]))
        if pid not in people:
            people[pid] = facts(_Raw(tuple(row[:12])))
    ours = {pid for pid, at in where.items() if any(prog == this for prog, _seq in at)}
    if not ours:
        return []
    # This list's persons first, then the others': `within` keeps a before b.
    ordered = [people[k] for k in people if k in ours] + [people[k] for k in people
                                                           if k not in ours]  # fmt: skip

    def step(done: int, total: int) -> bool | None:
        return None if progress is None else progress(15 + 80 * done // max(total, 1), 100)

    out = []
    for c in dedup_batch.within(ordered, t, step):
        a, b = c.a, c.b
        if a.household_id == b.household_id:
            continue  # members of one household; a household on two lists is overlap.py's
        if dedup_engine._hex(a.id) not in ours:
            continue  # both on other lists: not this list's concern
        if tuple(sorted((str(a.id), str(b.id)))) in decided:
            continue
        out.append(SamePerson(_side(a, where, this, programs, hexes),
                              _side(b, where, this, programs, hexes), c.score, c.level,
                              c.explanation, c))  # fmt: skip
    _report(progress, 100)
    return out


def _side(f: PersonFacts, where, this: str, programs, hexes) -> Side:
    from app.dates import format_birth

    at = where[dedup_engine._hex(f.id)]
    prog, seq = next(((pg, sq) for pg, sq in at if pg == this), at[0])
    code, name = programs[hexes[prog]]
    return Side(f.id, f.full_name, format_birth(f.birth_date, f.birth_year), f.household_id,
                f.household_code, f.hamlet, hexes[prog], f"{code} {name}", row_code(code, seq),
                prog == this)  # fmt: skip
