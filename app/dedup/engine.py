"""The duplicate engine's entry points: pairs within a set, the whole registry, one person.

- `find_pairs(people, t)`: blocking (blocking.py) and scoring (scoring.py) over a list.
- `scan(db, t)`: the live registry read with raw SQL (no ORM objects: a million persons fit
  in memory as plain rows), minus pairs already decided and merged persons.
- `check(db, person, t)`: possible existing records for one person from indexed lookups only
  (ID numbers, the ID's first digits, given name ± one letter with the birth year ± 1).
- `thresholds(db)` / `save_thresholds(db, actor, t)`: the two levels, kept in local_setting.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import date

import sqlalchemy as sa
from rapidfuzz.distance import OSA

from app import collector
from app.db import Database, raw_rows
from app.dedup import Candidate, PersonFacts, Thresholds
from app.dedup.blocking import Block, NameIndex, candidate_blocks
from app.dedup.normalise import name_forms
from app.dedup.scoring import (
    BEST_WITH_DIFFERENT_IDS,
    Rec,
    clamp,
    compare_names,
    evaluate,
    rec_of,
    score_pair,
)
from app.dedup.scoring import score_recs as _score_recs
from app.errors import Cancelled, UserError
from app.i18n import _
from app.services.roles import Actor, require

__all__ = ["check", "find_pairs", "save_thresholds", "scan", "score_pair", "thresholds"]

Progress = Callable[[int, int], bool | None]  # (done, total) → False to cancel
SETTING_KEY = "dedup_thresholds"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
_STEPS = 100  # progress is reported in hundredths of the work


def _order(c: Candidate) -> tuple:
    return (-c.score, str(c.a.id or ""), str(c.b.id or ""), c.a.row or 0, c.b.row or 0)


def _score_all(recs: Sequence[Rec], t: Thresholds, blocks: Iterable[Block],
               skip: Callable[[Rec, Rec], bool] | None = None) -> list[tuple[int, int, int]]:  # fmt: skip
    """(i, j, score) with i < j of every pair of the blocks at or above `t.review`. The name
    evidence is worked out once per pair of typed names; Reasons only for the pairs kept.
    The hot loop of a scan: ten million pairs for a million persons."""
    names: dict[tuple[int, int], str] = {}
    review = t.review
    # Namesakes with different ID numbers are most pairs of a big registry: with a threshold
    # above what they could reach, one comparison of the numbers sets them aside.
    quick = review > BEST_WITH_DIFFERENT_IDS
    osa = OSA.distance
    kept = []
    for left, right in blocks:
        for k, i in enumerate(left):
            others = left[k + 1 :] if right is None else right
            if not others:
                continue
            x = recs[i]
            xi, xkind, xold = x.idn, x.kind, x.old
            xname = id(x.name)
            check_ids = quick and xi and not xold
            for j in others:
                y = recs[j]
                if check_ids:
                    yi = y.idn
                    if (
                        yi
                        and yi != xi
                        and y.kind == xkind
                        and not y.old
                        and osa(xi, yi, score_cutoff=1) > 1
                    ):
                        continue
                key = (xname, id(y.name))
                code = names.get(key)
                if code is None:
                    code = names[key] = compare_names(x.name, y.name)
                total = evaluate(x, y, code)
                if total >= review and (skip is None or not skip(x, y)):
                    kept.append((i, j, clamp(total)) if i < j else (j, i, clamp(total)))
    return kept


def _candidates(recs: Sequence[Rec], kept: list[tuple[int, int, int]], t: Thresholds,
                facts: Callable[[Rec], PersonFacts]) -> list[Candidate]:  # fmt: skip
    made: dict[int, PersonFacts] = {}

    def of(i: int) -> PersonFacts:
        f = made.get(i)
        if f is None:
            f = made[i] = facts(recs[i])
        return f

    out = []
    for i, j, _score in kept:
        c = _score_recs(recs[i], recs[j], t, None, of(i), of(j))
        if c is not None:
            out.append(c)
    out.sort(key=_order)
    return out


class _Reporter:
    def __init__(self, progress: Progress | None):
        self.progress = progress

    def __call__(self, done: int, total: int = _STEPS) -> None:
        if self.progress is not None and self.progress(min(done, total), total) is False:
            raise Cancelled()


def _pairs_with_progress(recs, index: NameIndex, report: _Reporter, start: int, end: int):
    """candidate_pairs, reporting from `start` to `end` hundredths as the name groups pass."""

    def step(done: int, total: int) -> None:
        report(start + (end - start) * done // max(1, total))

    return candidate_blocks(recs, index, step)


def find_pairs(people: Sequence[PersonFacts], t: Thresholds | None = None,
               progress: Progress | None = None) -> list[Candidate]:  # fmt: skip
    """Candidate pairs within a set of persons (a file being imported), strongest first.
    `a` comes before `b` in `people`."""
    t = t or Thresholds()
    report = _Reporter(progress)
    report(0)
    recs = [rec_of(p) for p in people]
    index = NameIndex(recs)
    report(10)
    kept = _score_all(recs, t, _pairs_with_progress(recs, index, report, 10, 95))
    out = _candidates(recs, kept, t, lambda r: r.facts)
    report(_STEPS)
    return out


# --- the registry -------------------------------------------------------------------------------

PERSON_COLUMNS = """p.id, p.full_name, p.birth_year, p.birth_date, p.gender, p.id_number,
       p.old_id_number, p.household_id, h.code, h.hamlet_id, p.relation, h.office_id"""
# Unary + keeps SQLite from choosing the index on merged_into_id (nearly every row has it
# NULL) over the lookup's own index.
_ALIVE = "+p.voided = 0 AND +p.merged_into_id IS NULL"
LIVE = f"{_ALIVE} AND +h.voided = 0"


def live(dialect: str) -> str:
    """LIVE (a live person `p` of a live household `h`) in this database's SQL: PostgreSQL
    has no unary + for these types (nor needs the hint) and compares booleans with false."""
    return LIVE if dialect == "sqlite" else f"{alive(dialect)} AND h.voided = false"


def alive(dialect: str) -> str:
    """_ALIVE (a person `p` neither voided nor merged) in this database's SQL."""
    return _ALIVE if dialect == "sqlite" else "p.voided = false AND p.merged_into_id IS NULL"


def sql_false(dialect: str) -> str:
    """The boolean false as raw SQL compares it with a column (SQLite stores 0)."""
    return "0" if dialect == "sqlite" else "false"


def _hex(value) -> str:
    if value is None:
        return ""
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value).replace("-", "")


def _uuid(value) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def _date(value) -> date | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def rec_of_row(row: tuple) -> Rec:
    pid, name, year, born, gender, idn, old, household, _code, hamlet, _rel, _office = row
    # SQLite gives ids as 32 hex digits and dates as ISO text already.
    if type(pid) is not str:
        pid, household, hamlet = _hex(pid), _hex(household), _hex(hamlet)
        born = str(born)[:10] if born else ""
    return Rec(row, pid, name, year, born or "", gender, idn, old, household, hamlet or "")


def facts_maker(hamlets: dict[str, str]) -> Callable[[Rec], PersonFacts]:
    def facts(r: Rec) -> PersonFacts:
        pid, name, year, born, gender, idn, old, household, code, hamlet, rel, office = r.facts
        return PersonFacts(
            id=_uuid(pid), full_name=name, birth_year=year, birth_date=_date(born),
            gender=gender, id_number=idn or "", old_id_number=old or "",
            household_id=_uuid(household), household_code=code or "", hamlet_id=_uuid(hamlet),
            hamlet=hamlets.get(_hex(hamlet), ""), relation=rel or "", office_id=_uuid(office),
        )  # fmt: skip

    return facts


def hamlet_names(conn: sa.Connection) -> dict[str, str]:
    return {_hex(i): name for i, name in conn.execute(sa.text("SELECT id, name FROM hamlet"))}


def _decided(conn: sa.Connection) -> set[tuple[str, str]]:
    rows = conn.execute(sa.text(
        "SELECT person_a_id, person_b_id FROM duplicate_decision WHERE voided = "
        + sql_false(conn.dialect.name)))  # fmt: skip
    out = set()
    for a, b in rows:
        a, b = _hex(a), _hex(b)
        out.add((a, b))
        out.add((b, a))
    return out


_SCAN_PERSONS = """SELECT p.id, p.full_name, p.birth_year, p.birth_date, p.gender, p.id_number,
       p.old_id_number, p.household_id, p.relation
FROM person p WHERE {alive}"""
_SCAN_HOUSEHOLDS = "SELECT id, code, hamlet_id, office_id FROM household WHERE voided = {false}"


def _scan_recs(persons: list[tuple], households: dict) -> list[Rec]:
    """Recs of the persons of live households; each keeps its row (facts made on demand)."""
    recs = []
    append = recs.append
    for row in persons:
        pid, name, year, born, gender, idn, old, household, _rel = row
        if type(pid) is not str:  # PostgreSQL: uuid and date values
            pid, household = _hex(pid), _hex(household)
            born = str(born)[:10] if born else ""
        h = households.get(household)
        if h is None:
            continue  # a voided household
        append(Rec(row, pid, name, year, born or "", gender, idn, old, household, h[1]))
    return recs


def _scan_facts(hamlets: dict[str, str], households: dict) -> Callable[[Rec], PersonFacts]:
    def facts(r: Rec) -> PersonFacts:
        pid, name, year, born, gender, idn, old, household, rel = r.facts
        code, hamlet, office = households[_hex(household)]
        return PersonFacts(
            id=_uuid(pid), full_name=name, birth_year=year, birth_date=_date(born),
            gender=gender, id_number=idn or "", old_id_number=old or "",
            household_id=_uuid(household), household_code=code or "", hamlet_id=_uuid(hamlet),
            hamlet=hamlets.get(hamlet, ""), relation=rel or "", office_id=_uuid(office),
        )  # fmt: skip

    return facts


def scan(db: Database, t: Thresholds | None = None,
         progress: Progress | None = None) -> list[Candidate]:  # fmt: skip
    """Candidate pairs over the whole live registry, strongest first. Voided and merged
    persons are left out, and so are pairs already decided (duplicate_decision).

    Persons and households are read in two plain queries (a join costs a lookup per person)
    and kept as rows; the cyclic garbage collector is paused meanwhile: the million small
    objects made here hold no cycles, and its passes over them cost a third of the time."""
    t = t or thresholds(db)
    report = _Reporter(progress)
    report(0)
    with collector.paused():
        with db.read() as s:
            conn = s.connection()
            dialect = conn.dialect.name
            hamlets = hamlet_names(conn)
            decided = _decided(conn)
            households = {
                (i if type(i) is str else _hex(i)): (code, _hex(hamlet), office)
                for i, code, hamlet, office in raw_rows(
                    conn, _SCAN_HOUSEHOLDS.format(false=sql_false(dialect)))
            }  # fmt: skip
            report(4)
            persons = raw_rows(conn, _SCAN_PERSONS.format(alive=alive(dialect)))
        report(8)
        recs = _scan_recs(persons, households)
        del persons
        report(15)
        index = NameIndex(recs)
        report(20)

        def skip(x: Rec, y: Rec) -> bool:
            return (x.key, y.key) in decided

        kept = _score_all(recs, t, _pairs_with_progress(recs, index, report, 20, 97),
                          skip if decided else None)  # fmt: skip
        out = _candidates(recs, kept, t, _scan_facts(hamlets, households))
    report(_STEPS)
    return out


def _one_letter_variants(word: str) -> set[str]:
    """Every word one edit from `word` (a letter changed, added, left out, or two swapped)."""
    out = {word}
    n = len(word)
    for k in range(n + 1):
        for ch in LETTERS:
            out.add(word[:k] + ch + word[k:])
            if k < n:
                out.add(word[:k] + ch + word[k + 1 :])
        if k < n:
            out.add(word[:k] + word[k + 1 :])
        if k < n - 1:
            out.add(word[:k] + word[k + 1] + word[k] + word[k + 2 :])
    out.discard("")
    return out


# Lookups by name read the row's key and its folded name only, from the index on
# (given_folded, birth_year, name_folded) (migration 0010): SQLite never reads the table rows
# then (its EXPLAIN does not say COVERING because given_folded is a generated column, but the
# deferred seek of the table is never made). Voided and merged persons are left out when the
# near names' rows are read whole (with their household): a few instead of a thousand.
# The key is the rowid on SQLite (in every index entry), the id elsewhere.
_NAMED = "SELECT {key}, p.name_folded FROM person p WHERE "
_CHECK_BY_GIVEN = f"""{_NAMED} p.given_folded IN :given AND p.birth_year IN :years
UNION ALL {_NAMED} p.given_folded IN :given AND p.birth_year IS NULL"""
# A given name one letter off, with the surname and middle names as typed (a range of
# name_folded read from the same index entries).
_CHECK_GIVEN_TYPO = f"""
UNION ALL {_NAMED} p.given_folded IN :typos AND p.birth_year IN :years
  AND p.name_folded >= :lo{{n}} AND p.name_folded < :hi{{n}}"""
_CHECK_BY_NAME = f"{_NAMED} p.name_folded IN :names AND {{alive}} LIMIT 2000"
_CHECK_ROWS = f"""SELECT {PERSON_COLUMNS} FROM person p JOIN household h ON h.id = p.household_id
WHERE {{key}} IN :pids AND {{live}}"""
_CHECK_BY_ID = f"""SELECT {PERSON_COLUMNS} FROM person p JOIN household h ON h.id = p.household_id
WHERE (p.id_number IN :ids OR p.old_id_number IN :ids) AND {{live}}"""
_CHECK_BY_ID_PREFIX = f"""SELECT {PERSON_COLUMNS} FROM person p JOIN household h ON h.id = p.household_id
WHERE p.id_number >= :lo AND p.id_number < :hi AND {{live}}"""
# Name evidence that can lift a pair with no ID in common to "needs a look".
_NEAR_NAMES = frozenset({"same_name", "same_name_folded", "same_name_reordered",
                         "name_abbreviated", "name_one_letter"})  # fmt: skip


def _text(sql: str, *expanding: str) -> sa.TextClause:
    return sa.text(sql).bindparams(*(sa.bindparam(n, expanding=True) for n in expanding))


def check(db: Database, person: PersonFacts, t: Thresholds | None = None,
          limit: int = 10) -> list[Candidate]:  # fmt: skip
    """Possible existing records for one person (`a` is the person given), strongest first.

    Indexed lookups only: the person's ID numbers (and the registry's old CMNDs); numbers
    sharing all but their last three digits; the given name and the name's other words (for
    swapped order) with the birth year ± 1 (or none); every given name one letter from it
    with the same surname and middle names; without a birth year, the name as folded."""
    rec = rec_of(person)
    forms = rec.name
    own = _hex(person.id)
    rows: dict[str, tuple] = {}
    with db.read() as s:
        conn = s.connection()
        t = t or stored_thresholds(conn)
        key = "p.rowid" if db.is_sqlite else "p.id"
        dialect = conn.dialect.name

        def run(stmt, **params) -> None:
            for row in conn.execute(stmt, params):
                rows.setdefault(_hex(row[0]), tuple(row))

        # Whether each folded name read is near the person's: many rows share a name. A
        # folded name is as good as the name typed here: every code of _NEAR_NAMES but
        # "same_name" depends on the folded form only, and the same name is near folded.
        near: dict[str, bool] = {}
        wanted = []

        def by_name(stmt, **params) -> None:
            for pid, name in conn.execute(stmt, params).fetchall():
                is_near = near.get(name)
                if is_near is None:
                    is_near = near[name] = compare_names(forms, name_forms(name)) in _NEAR_NAMES
                if is_near:
                    wanted.append(pid)

        ids = sorted({rec.idn, rec.old, person.id_number, person.old_id_number} - {""})
        if ids:
            run(_text(_CHECK_BY_ID.format(live=live(dialect)), "ids"), ids=ids)
        if len(rec.idn) >= 8:
            prefix = rec.idn[:-3]
            run(sa.text(_CHECK_BY_ID_PREFIX.format(live=live(dialect))), lo=prefix, hi=prefix + ":")
        words = set(forms.folded.split()) | {forms.given}
        if rec.year is not None and forms.given:
            # One statement: the given name and the name's other words (for swapped order)
            # with the birth year ± 1 or none; every given name one letter from it with the
            # surname and middle names as typed (canonical and folded: usually one prefix).
            sql = _CHECK_BY_GIVEN.format(key=key)
            params = {"given": sorted(words), "years": [rec.year - 1, rec.year, rec.year + 1]}
            prefixes = sorted({
                name[: len(name) - len(name.split(" ")[-1])]
                for name in (forms.canonical, forms.folded)
            } - {""})  # fmt: skip
            typos = sorted(_one_letter_variants(forms.given) - words)
            if prefixes:
                params["typos"] = typos
            for n, prefix in enumerate(prefixes):
                sql += _CHECK_GIVEN_TYPO.format(key=key, n=n)
                params[f"lo{n}"], params[f"hi{n}"] = prefix, prefix + "~"
            expanding = ("given", "years", "typos") if prefixes else ("given", "years")
            by_name(_text(sql, *expanding), **params)
        elif forms.canonical:
            names = sorted({forms.folded, forms.canonical, forms.ordered})
            by_name(
                _text(_CHECK_BY_NAME.format(key=key, alive=alive(dialect)), "names"), names=names
            )
        if wanted:
            run(_text(_CHECK_ROWS.format(key=key, live=live(dialect)), "pids"), pids=wanted)
        rows.pop(own, None)
        hamlet_ids = sorted({row[9] for row in rows.values() if row[9] is not None})
        hamlets = {
            _hex(i): name
            for i, name in conn.execute(
                _text("SELECT id, name FROM hamlet WHERE id IN :ids", "ids"), {"ids": hamlet_ids}
            )
        } if hamlet_ids else {}  # fmt: skip
    facts = facts_maker(hamlets)
    out = []
    for row in rows.values():
        other = rec_of_row(row)
        if evaluate(rec, other, compare_names(forms, other.name)) < t.review:
            continue  # below the threshold: no PersonFacts made
        c = _score_recs(rec, other, t, None, person, facts(other))
        if c is not None:
            out.append(c)
    out.sort(key=_order)
    return out[:limit]


# --- thresholds ---------------------------------------------------------------------------------

_SETTING = sa.table("local_setting", sa.column("key", sa.String), sa.column("value", sa.JSON))


def stored_thresholds(conn: sa.Connection) -> Thresholds:
    value = conn.execute(sa.select(_SETTING.c.value).where(_SETTING.c.key == SETTING_KEY)).scalar()
    if isinstance(value, str):
        value = json.loads(value)
    if not isinstance(value, dict):
        return Thresholds()
    try:
        t = Thresholds(suggest=int(value["suggest"]), review=int(value["review"]))
    except (KeyError, TypeError, ValueError):
        return Thresholds()
    return t if 0 < t.review < t.suggest <= 100 else Thresholds()


def thresholds(db: Database) -> Thresholds:
    """The thresholds set in Settings, or the defaults."""
    with db.read() as s:
        return stored_thresholds(s.connection())


def save_thresholds(db: Database, actor: Actor, t: Thresholds) -> None:
    """Keep the two levels for this database (an administrator's choice)."""
    require(actor, "admin")
    if not (isinstance(t.review, int) and isinstance(t.suggest, int)
            and 0 < t.review < t.suggest <= 100):  # fmt: skip
        raise UserError(_("The “needs a look” level must be above 0 and below the “probably the "
                          "same person” level, which may be at most 100."))  # fmt: skip
    with db.write(actor.username) as s:
        s.execute(sa.delete(_SETTING).where(_SETTING.c.key == SETTING_KEY))
        s.execute(sa.insert(_SETTING).values(key=SETTING_KEY,
                                             value={"suggest": t.suggest, "review": t.review}))  # fmt: skip
