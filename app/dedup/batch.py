"""The duplicate engine on a whole list at once: the persons of a file being imported, among
themselves and against the registry, and the persons of a recipient list.

The engine's own `find_pairs` blocks and scores every person of a set; on a 100,000-row
list that costs seconds, mostly in working out names and ID numbers that cannot meet
anything. Here the same evidence (normalise.py), the same blocking rules (blocking.py: the
same canonical name, the same words in another order, shortened words that fit, names a few
letters apart (blocking.NAME_CUTOFF), birth years at most one apart; the ID path is
blocking.id_pairs itself) and the same scoring (scoring.py) are applied only where they can
find something:

- A pair whose two persons both carry an ID number of the same kind, neither equal nor one
  edit apart, scores "different ID numbers" (−60): with the best name, birth and place
  evidence it stays below any sensible "needs a look" level (`id_bound`). So among persons
  who all have ID numbers only the ID path runs; the name path runs from each person without
  an ID number (or a CMND facing a CCCD) to the others.
- Against the registry: only registered persons whose given name (person.given_folded, by
  its index with the birth year) is a word of a file person's name, born within a year of
  one; and for the ID path those sharing a number or a birth date with a file's person who
  has a number. An empty registry costs one query.
- Recs (every form of a name worked out) are made only for the pairs to score.

`tests/dedup/test_batch.py` holds `within` to the engine's `find_pairs` on the evaluation
set: if the engine's blocking changes, that test says so.

Pairs come back as the engine's `Candidate`s, strongest first, with their explanation.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import combinations

import sqlalchemy as sa
from rapidfuzz import process
from rapidfuzz.distance import OSA

from app.db import Database
from app.dedup import Candidate, PersonFacts, Thresholds
from app.dedup import engine as _engine
from app.dedup.blocking import NAME_CUTOFF, id_pairs
from app.dedup.normalise import NameForms, id_digits, id_kind, name_forms
from app.dedup.scoring import WEIGHT, Rec, clamp, evaluate, rec_of, score_recs
from app.errors import Cancelled

__all__ = ["against_registry", "id_bound", "within"]

Progress = Callable[[int, int], bool | None]  # (done, total) → False to cancel


def id_bound() -> float:
    """The best score a pair with different ID numbers (of the same kind) can reach: the
    strongest name, birth and place evidence with the penalty. Below `review`, such pairs
    need not be looked at."""
    name = max(WEIGHT[c] for c in ("same_name", "same_name_folded", "same_name_reordered",
                                   "name_abbreviated", "name_one_letter"))  # fmt: skip
    birth = max(WEIGHT["same_birth_date"], WEIGHT["same_birth_year"])
    place = max(WEIGHT["same_household"], WEIGHT["same_hamlet"])
    return name + birth + place + WEIGHT["different_ids"]


def _report(progress: Progress | None, done: int, total: int = 100) -> None:
    if progress is not None and progress(min(done, total), total) is False:
        raise Cancelled()


# --- names -------------------------------------------------------------------------------------


class _Names:
    """Persons of one side grouped by canonical name and birth year."""

    def __init__(self, entries: Iterable[tuple[int, NameForms, int | None]]):
        self.groups: dict[str, dict[int | None, list[int]]] = {}
        self.forms: dict[str, NameForms] = {}
        for i, forms, year in entries:
            c = forms.canonical
            if not c:
                continue
            g = self.groups.get(c)
            if g is None:
                g = self.groups[c] = {}
                self.forms[c] = forms
            g.setdefault(year, []).append(i)
        self.short = {c for c, f in self.forms.items() if f.short_words}


def _near_names(left: _Names, right: _Names) -> set[tuple[str, str]]:
    """(left name, right name) pairs the engine's name path would pair (blocking.name_pairs):
    equal, same words sorted, a shortened word that fits, at most two letters apart among
    names with the same given name or the same surname and middle names."""
    pairs = {(c, c) for c in left.groups.keys() & right.groups.keys()}
    by: dict[str, dict[str, list[str]]] = {"sorted": defaultdict(list), "initials":
                                           defaultdict(list), "given": defaultdict(list),
                                           "rest": defaultdict(list)}  # fmt: skip

    def keys(c: str, f: NameForms) -> tuple[str, str, str, str]:
        return f.sorted_key, f.initials_key, f.given, c[: len(c) - len(f.given)]

    for c, f in right.forms.items():
        for kind, key in zip(by, keys(c, f), strict=True):
            by[kind][key].append(c)
    near_left: dict[str, dict[str, list[str]]] = {"given": defaultdict(list),
                                                  "rest": defaultdict(list)}  # fmt: skip
    for c, f in left.forms.items():
        sorted_key, initials, given, rest = keys(c, f)
        for other in by["sorted"].get(sorted_key, ()):
            pairs.add((c, other))
        for other in by["initials"].get(initials, ()):
            if c in left.short or other in right.short:
                pairs.add((c, other))
        near_left["given"][given].append(c)
        near_left["rest"][rest].append(c)
    for kind in ("given", "rest"):
        for key, names in near_left[kind].items():
            block = by[kind].get(key)
            if not block:
                continue
            for q in names:
                for match, _d, _i in process.extract(q, block, scorer=OSA.distance,
                                                      score_cutoff=NAME_CUTOFF, limit=None):  # fmt: skip
                    pairs.add((q, match))
    return pairs


def _name_pairs(left: _Names, right: _Names) -> Iterator[tuple[int, int]]:
    """(left index, right index) of persons with near names born at most a year apart (or
    either year unknown)."""
    for a, b in _near_names(left, right):
        ga, gb = left.groups[a], right.groups[b]
        for y, here in ga.items():
            if y is None:
                there = [j for block in gb.values() for j in block]
            else:
                there = [j for y2 in (y - 1, y, y + 1, None) for j in gb.get(y2, ())]
            for i in here:
                for j in there:
                    yield i, j


# --- ID numbers --------------------------------------------------------------------------------


class _Numbers:
    """What blocking.id_pairs reads of a person: ID number, old CMND, birth date (ISO)."""

    __slots__ = ("idn", "old", "date")

    def __init__(self, idn: str, old: str, born: str) -> None:
        self.idn, self.old, self.date = idn, old, born


def _digits(text: str | None) -> str:
    return text if text and text.isdigit() and text.isascii() else id_digits(text)


def _iso(value) -> str:
    return value.isoformat() if isinstance(value, date) else (str(value)[:10] if value else "")


def _windows(length: int) -> list[tuple[int, int]]:
    """Windows [a, b) of three digits overlapping by one and covering every position: any
    two neighbouring positions lie in one window, and a key keeps all but three digits
    (blocks stay small even where numbers were issued in sequence)."""
    out, a = [], 0
    while True:
        b = min(length, a + 3)
        out.append((a, b))
        if b >= length:
            return out
        a = b - 1


def _one_edit_pairs(numbers: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs (i < j) of different numbers one edit apart (a digit mistyped, two neighbours
    swapped, one left out): for each window, numbers equal outside it (one shorter: equal
    outside it less its last digit) meet, then rapidfuzz's OSA distance decides."""
    out: set[tuple[int, int]] = set()
    by_length: dict[int, list[int]] = defaultdict(list)
    for i, x in enumerate(numbers):
        if x:
            by_length[len(x)].append(i)
    for length, same in by_length.items():
        shorter = by_length.get(length - 1, [])
        for a, b in _windows(length):
            keys = [numbers[i][:a] + numbers[i][b:] for i in same]
            keys += [numbers[i][:a] + numbers[i][b - 1 :] for i in shorter]
            repeated = {k for k, n in Counter(keys).items() if n > 1}
            if not repeated:
                continue
            blocks: dict[str, list[int]] = defaultdict(list)
            for key, i in zip(keys, same + shorter, strict=True):
                if key in repeated:
                    blocks[key].append(i)
            for block in blocks.values():
                for i, j in combinations(sorted(block), 2):
                    x, y = numbers[i], numbers[j]
                    if x != y and OSA.distance(x, y, score_cutoff=1) <= 1:
                        out.add((i, j))
    return out


def _same_number_pairs(numbers: Sequence[str], olds: Sequence[str]) -> set[tuple[int, int]]:
    """Pairs (i < j) sharing a number: the same ID, or one's number the other's old CMND."""
    every = [n for n in numbers if n] + [o for o, n in zip(olds, numbers, strict=True)
                                         if o and o != n]  # fmt: skip
    repeated = {k for k, n in Counter(every).items() if n > 1}
    if not repeated:
        return set()
    holders: dict[str, list[int]] = defaultdict(list)
    for i, (n, o) in enumerate(zip(numbers, olds, strict=True)):
        for x in {n, o} & repeated:
            holders[x].append(i)
    out: set[tuple[int, int]] = set()
    for block in holders.values():
        out.update(combinations(sorted(set(block)), 2))
    return out


class _Light:
    """What scoring.evaluate reads of a person but the name (the same empty name on both
    sides: the best name evidence is added by hand), for an upper bound of a pair's score
    without working out any name."""

    __slots__ = ("name", "year", "date", "gender", "idn", "kind", "old", "household", "hamlet")

    def __init__(self, p: PersonFacts, idn: str, old: str) -> None:
        self.name = _NO_NAME
        self.year = _year(p)
        self.date = _iso(p.birth_date)
        self.gender = p.gender if p.gender in ("male", "female") else None
        self.idn, self.kind, self.old = idn, id_kind(idn), old
        self.household = p.household_id.hex if p.household_id else ""
        self.hamlet = p.hamlet_id.hex if p.hamlet_id else ""


_NO_NAME = name_forms("")
_BEST_NAME = "same_name"  # the strongest name evidence (scoring.REASONS)


def _needs_name_path(x: str, y: str) -> bool:
    """Whether two persons' numbers leave the pair open: one has none, or they are a CMND and
    a CCCD (a new card replacing the old). Otherwise the numbers are equal or one edit
    apart (the ID path) or the pair scores "different ID numbers"."""
    return not x or not y or {id_kind(x), id_kind(y)} == {"cccd", "cmnd"}


# --- within a set ------------------------------------------------------------------------------


def _order(c: Candidate) -> tuple:
    return (-c.score, c.a.row or 0, c.b.row or 0, str(c.a.id or ""), str(c.b.id or ""))


def within(people: Sequence[PersonFacts], t: Thresholds | None = None,
           progress: Progress | None = None) -> list[Candidate]:  # fmt: skip
    """Candidate pairs within a set (the rows of a file), as `engine.find_pairs` finds them,
    strongest first; `a` comes before `b` in `people`."""
    t = t or Thresholds()
    if t.review <= id_bound():
        return _engine.find_pairs(people, t, progress)
    _report(progress, 0)
    numbers = [_digits(p.id_number) for p in people]
    olds = [_digits(p.old_id_number) for p in people]
    kinds = [id_kind(n) for n in numbers]
    present = set(kinds)
    # Where the name path must start: persons without a number, and CMND holders when the
    # set has CCCDs (a CMND and a CCCD of one person differ without a penalty).
    starts = [i for i, k in enumerate(kinds) if not k or (k == "cmnd" and "cccd" in present)]
    pairs: set[tuple[int, int]] = set()
    if starts:
        forms = [name_forms(p.full_name or "") for p in people]
        years = [_year(p) for p in people]
        left = _Names((i, forms[i], years[i]) for i in starts)
        right = left if len(starts) == len(people) else _Names(
            (i, forms[i], years[i]) for i in range(len(people)))  # fmt: skip
        for i, j in _name_pairs(left, right):
            if i != j and _needs_name_path(numbers[i], numbers[j]):
                pairs.add((i, j) if i < j else (j, i))
    _report(progress, 40)
    # The ID path: the same number, or one edit apart whatever the birth dates (more than
    # blocking.id_pairs, which leaves numbers one edit apart to the name path unless the
    # dates are equal: here the name path does not run between holders of numbers). What
    # could not reach `review` even with the same name is dropped before any name is read.
    lights: dict[int, _Light] = {}

    def light(i: int) -> _Light:
        x = lights.get(i)
        if x is None:
            x = lights[i] = _Light(people[i], numbers[i], olds[i])
        return x

    for i, j in _same_number_pairs(numbers, olds) | _one_edit_pairs(numbers):
        if clamp(evaluate(light(i), light(j), _BEST_NAME)) >= t.review:
            pairs.add((i, j))
    _report(progress, 70)
    recs: dict[int, Rec] = {}

    def rec(i: int) -> Rec:
        r = recs.get(i)
        if r is None:
            r = recs[i] = rec_of(people[i])
        return r

    out = []
    for i, j in sorted(pairs):
        c = score_recs(rec(i), rec(j), t)
        if c is not None:
            out.append(c)
    out.sort(key=_order)
    _report(progress, 100)
    return out


def _year(p: PersonFacts) -> int | None:
    return p.birth_year if p.birth_year is not None else (
        p.birth_date.year if p.birth_date else None)  # fmt: skip


# --- against the registry ----------------------------------------------------------------------

_BY_GIVEN = f"""SELECT {_engine._PERSON_COLUMNS} FROM person p
JOIN household h ON h.id = p.household_id
WHERE p.given_folded IN (SELECT value FROM json_each(:given))
  AND (p.birth_year IN (SELECT value FROM json_each(:years)) OR p.birth_year IS NULL)
  AND {_engine._LIVE}"""
_BY_NUMBER = f"""SELECT {_engine._PERSON_COLUMNS} FROM person p
JOIN household h ON h.id = p.household_id
WHERE (p.id_number IN (SELECT value FROM json_each(:numbers))
       OR p.old_id_number IN (SELECT value FROM json_each(:numbers))) AND {_engine._LIVE}"""
_BY_DATE = f"""SELECT {_engine._PERSON_COLUMNS} FROM person p
JOIN household h ON h.id = p.household_id
WHERE p.birth_date IN (SELECT value FROM json_each(:dates)) AND p.id_number IS NOT NULL
  AND {_engine._LIVE}"""
_ANY = "SELECT 1 FROM person WHERE voided = 0 AND merged_into_id IS NULL LIMIT 1"


def against_registry(db: Database, people: Sequence[PersonFacts], t: Thresholds | None = None,
                     progress: Progress | None = None) -> list[Candidate]:  # fmt: skip
    """Candidate pairs of a file's persons (`a`) with live registered persons (`b`),
    strongest first. Pairs an officer has decided on are left out (they have ids only on
    the registry's side, so none here), merged and voided persons too."""
    _report(progress, 0)
    if not people:
        return []
    with db.read() as s:
        conn = s.connection()
        t = t or _engine._thresholds(conn)
        if conn.execute(sa.text(_ANY)).first() is None:
            return []
        forms = [name_forms(p.full_name or "") for p in people]
        years = [_year(p) for p in people]
        givens = sorted({w for f in forms for w in (f.given, *f.folded.split()) if w})
        known = {y for y in years if y is not None}
        around = sorted({y + d for y in known for d in (-1, 0, 1)})
        if any(y is None for y in years):  # a person without a year meets any year
            rows = conn.execute(sa.text(_BY_GIVEN.replace(
                "(p.birth_year IN (SELECT value FROM json_each(:years)) OR p.birth_year IS NULL)",
                "1")), {"given": json.dumps(givens)}).all()  # fmt: skip
        else:
            rows = conn.execute(sa.text(_BY_GIVEN), {"given": json.dumps(givens),
                                                     "years": json.dumps(around)}).all()  # fmt: skip
        _report(progress, 30)
        id_hits: set[tuple[int, str]] = set()
        numbers = [_digits(p.id_number) for p in people]
        olds = [_digits(p.old_id_number) for p in people]
        by_row = {_engine._hex(r[0]): tuple(r) for r in rows}
        # The ID path: the same number (or old CMND) anywhere; one edit apart on the same
        # birth date (blocking.id_pairs), run over the file's persons with a number and the
        # registered persons sharing a number or a birth date with them.
        mine = [i for i, (n, o) in enumerate(zip(numbers, olds, strict=True)) if n or o]
        if mine:
            wanted = sorted({x for i in mine for x in (numbers[i], olds[i]) if x})
            dates = sorted({_iso(people[i].birth_date) for i in mine} - {""})
            found = conn.execute(sa.text(_BY_NUMBER), {"numbers": json.dumps(wanted)}).all()
            if dates:
                found += conn.execute(sa.text(_BY_DATE), {"dates": json.dumps(dates)}).all()
            _report(progress, 40)
            theirs = {_engine._hex(r[0]): tuple(r) for r in found}
            keys = list(theirs)
            light = [_Numbers(numbers[i], olds[i], _iso(people[i].birth_date)) for i in mine]
            light += [_Numbers(_digits(r[5]), _digits(r[6]), _iso(r[3]))
                      for r in (theirs[k] for k in keys)]  # fmt: skip
            split = len(mine)
            for i, j in id_pairs(light):
                if i > j:
                    i, j = j, i
                if i < split <= j:
                    key = keys[j - split]
                    id_hits.add((mine[i], key))
                    by_row.setdefault(key, theirs[key])
        hamlets = _engine._hamlet_names(conn) if by_row else {}
    _report(progress, 55)
    if not by_row:
        return []
    keys = list(by_row)
    theirs_rows = [by_row[k] for k in keys]
    position = {k: n for n, k in enumerate(keys)}
    left = _Names((i, forms[i], years[i]) for i in range(len(people)))
    right = _Names((n, name_forms(r[1] or ""), r[2] if r[2] is not None else
                    (int(str(r[3])[:4]) if r[3] else None))
                   for n, r in enumerate(theirs_rows))  # fmt: skip
    bound = id_bound()
    check_ids = t.review > bound
    their_numbers = [_digits(r[5]) for r in theirs_rows]
    their_old = [_digits(r[6]) for r in theirs_rows]
    pairs: set[tuple[int, int]] = set()
    for i, j in _name_pairs(left, right):
        if check_ids:
            x, y = numbers[i], their_numbers[j]
            if (not _needs_name_path(x, y) and x != y and x != their_old[j]
                    and y != olds[i] and OSA.distance(x, y, score_cutoff=1) > 1):  # fmt: skip
                continue  # "different ID numbers" (−60): out of reach
        pairs.add((i, j))
    for i, owner in id_hits:
        pairs.add((i, position[owner]))
    _report(progress, 75)
    facts = _engine._facts_maker(hamlets)
    left_recs: dict[int, Rec] = {}
    right_recs: dict[int, Rec] = {}
    out = []
    for i, j in sorted(pairs):
        x = left_recs.get(i)
        if x is None:
            x = left_recs[i] = rec_of(people[i])
        y = right_recs.get(j)
        if y is None:
            y = right_recs[j] = _engine._rec_of_row(theirs_rows[j])
        c = score_recs(x, y, t, None, people[i], None)
        if c is not None:
            out.append(Candidate(c.a, facts(y), c.score, c.level, c.reasons))
    out.sort(key=_order)
    _report(progress, 100)
    return out
