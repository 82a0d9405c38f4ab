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
  who all have ID numbers only the ID path runs.
- What the rest can reach is bounded the same way (`_Bounds`): without ID evidence, a pair
  born on different days (or with a year only) scores at most the best name + the same birth
  year + the place, below 65 unless the persons' households can be the same. So the name
  path runs from persons without an ID number (or a CMND facing a CCCD) only where such
  a pair can reach `review`; otherwise persons born on one day are compared directly.
- Numbers one edit apart (the engine: on the same birth date, or with near names): on the
  same day, and with the same folded name born within a year. CCCDs of one province and
  year are issued nearly in sequence: a 100,000-row list has some 20,000 pairs of numbers
  one digit apart, and finding them all costs a second.
- Against the registry, the database is asked only for what can reach `review`, through its
  indexes: numbers equal to one of the file's or sharing all but the last three digits
  (id_number, old_id_number); the file's names as folded, with the engine's canonical and
  ordered forms and the given name put first (name_folded with the birth year ± 1); and for
  file persons without an ID number or with a CMND, registered persons whose given name is a
  word of theirs (given_folded with the birth year ± 1). A file person with a CCCD meets a
  registered person without one under the same folded name (or its forms) only: a typo in
  the name on top of that is not looked for (it would mean reading most of the registry).
- Recs (every form of a name worked out) are made only for the pairs to score.

`tests/dedup/test_batch.py` holds `within` to the engine's `find_pairs` on the evaluation
set: if the engine's blocking changes, that test says so.

Pairs come back as the engine's `Candidate`s, strongest first, with their explanation.
"""

from __future__ import annotations

import functools
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from itertools import chain, combinations, product

import sqlalchemy as sa
from rapidfuzz import process
from rapidfuzz.distance import OSA

from app.db import Database
from app.dedup import Candidate, PersonFacts, Thresholds
from app.dedup import engine as _engine
from app.dedup.blocking import NAME_CUTOFF
from app.dedup.normalise import (
    MIDDLE_ABBREVIATIONS,
    SURNAME_ABBREVIATIONS,
    SURNAMES,
    NameForms,
    id_digits,
    id_kind,
    name_forms,
)
from app.dedup.scoring import WEIGHT, Rec, clamp, evaluate, rec_of, score_recs
from app.errors import Cancelled
from app.text import fold

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


def _digits(text: str | None) -> str:
    if not text:
        return ""  # most file persons have no old CMND: no call for them
    return text if text.isdigit() and text.isascii() else id_digits(text)


def _iso(value) -> str:
    return value.isoformat() if isinstance(value, date) else (str(value)[:10] if value else "")


def _edit_keys(x: str, shorter: bool) -> tuple:
    """Keys any two numbers one edit apart share (a digit mistyped, two neighbours swapped;
    with `shorter`, one left out): for a split digit k, the digits before it or those after
    it (a number one digit shorter meets a longer one under the longer one's split). k is
    the third digit from the end: what comes first in a CCCD (province, century, year of
    birth) is shared by everyone born on one day, the last digits of its serial are not."""
    n = len(x)
    k = max(0, n - 3)
    keys: tuple = (x[:k], ("+", x[k + 1 :]))
    if shorter:
        m = max(0, n - 2)  # as the shorter of a pair whose longer has n + 1 digits
        # (">", x[m:]) is (">", x[k + 1:]): both sides of a pair of lengths n and n + 1
        keys += (("<", x[:k]), ("<", x[:m]), (">", x[m:]))
    return keys


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


# --- what can reach "needs a look" -------------------------------------------------------------


_BEST_NAME_WEIGHT = WEIGHT[_BEST_NAME]
_BEST_BIRTH_WITHOUT_DATE = max(WEIGHT["same_birth_year"], WEIGHT["birth_year_off_by_one"])


class _Bounds:
    """Which pairs without ID evidence can reach `review` at all, for a set whose persons
    can share a household (or only a hamlet)."""

    def __init__(self, t: Thresholds, place: int) -> None:
        best = _BEST_NAME_WEIGHT + _BEST_BIRTH_WITHOUT_DATE + place
        # Neither number tells anything (one missing): only a same birth date lifts a pair
        # over `review`, unless the best name, year and place are enough.
        self.no_number_any_day = best >= t.review
        # A CMND and a CCCD that fits the person.
        self.cmnd_any_day = best + WEIGHT["cccd_fits"] >= t.review


def _place_weight(people: Sequence[PersonFacts]) -> int:
    if any(p.household_id for p in people):
        return max(WEIGHT["same_household"], WEIGHT["same_hamlet"])
    return WEIGHT["same_hamlet"] if any(p.hamlet_id for p in people) else 0


def _open_numbers(x: str, xo: str, y: str, yo: str) -> bool:
    """Whether two persons' numbers leave the pair within reach: not both present, of one
    kind, unrelated (different, neither the other's old CMND, more than one edit apart)."""
    if _needs_name_path(x, y) or x in (y, yo) or y == xo or xo and xo == yo:
        return True
    return OSA.distance(x, y, score_cutoff=1) <= 1


# --- within a set ------------------------------------------------------------------------------


def _order(c: Candidate) -> tuple:
    return (-c.score, c.a.row or 0, c.b.row or 0, str(c.a.id or ""), str(c.b.id or ""))


def within(people: Sequence[PersonFacts], t: Thresholds | None = None,
           progress: Progress | None = None) -> list[Candidate]:  # fmt: skip
    """Candidate pairs within a set (the rows of a file), as `engine.find_pairs` finds them,
    strongest first; `a` comes before `b` in `people`. `people` may be any objects with
    PersonFacts' attributes (the Candidates carry them as given)."""
    t = t or Thresholds()
    if t.review <= id_bound():
        return _engine.find_pairs(people, t, progress)
    _report(progress, 0)
    numbers = [_digits(p.id_number) for p in people]
    olds = [_digits(p.old_id_number) for p in people]
    years = [_year(p) for p in people]
    bounds = _Bounds(t, _place_weight(people))
    kinds = [id_kind(n) for n in numbers]
    present = set(kinds)
    pairs: set[tuple[int, int]] = set()
    # Where the name path must start: persons without a number, and CMND holders when the
    # set has CCCDs, where a pair born on different days can reach `review`; and persons
    # with a number but a birth year only (no date to meet on, numbers one edit apart).
    starts = [i for i, k in enumerate(kinds)
              if (not k and bounds.no_number_any_day)
              or (k == "cmnd" and "cccd" in present and bounds.cmnd_any_day)
              or (k and not people[i].birth_date)]  # fmt: skip
    if starts:
        forms = [name_forms(p.full_name or "") for p in people]
        left = _Names((i, forms[i], years[i]) for i in starts)
        right = left if len(starts) == len(people) else _Names(
            (i, forms[i], years[i]) for i in range(len(people)))  # fmt: skip
        for i, j in _name_pairs(left, right):
            if i != j and _open_numbers(numbers[i], olds[i], numbers[j], olds[j]):
                pairs.add((i, j) if i < j else (j, i))
    _report(progress, 30)
    # Persons born on one day: every pair whose numbers leave it open. Between holders of
    # numbers of one kind that is numbers one edit apart (the engine's ID path), found
    # through keys any two such numbers share (_edit_keys).
    dated = [p.birth_date for p in people]
    pure = [bool(x) and not o and k != "cmnd" for x, o, k in zip(numbers, olds, kinds, strict=True)]
    lengths = {len(x) for x in numbers if x}
    shorter = any(n - 1 in lengths for n in lengths)
    by_date: dict[date, list[int]] = defaultdict(list)
    for i, d in enumerate(dated):
        if d is not None:
            by_date[d].append(i)
    osa = OSA.distance
    for block in by_date.values():
        if len(block) < 2:
            continue
        plain = [i for i in block if pure[i]]
        if len(plain) > 4:  # a crowded day: only numbers sharing a key are compared
            keyed: dict[object, list[int]] = defaultdict(list)
            for i in plain:
                for k in _edit_keys(numbers[i], shorter):
                    keyed[k].append(i)
            near = (pair for same in keyed.values() if len(same) > 1
                    for pair in combinations(same, 2))  # fmt: skip
        else:
            near = combinations(plain, 2)
        for i, j in near:
            if osa(numbers[i], numbers[j], score_cutoff=1) <= 1:
                pairs.add((i, j) if i < j else (j, i))
        if len(plain) < len(block):  # no number, a CMND or an old one: with everyone
            for i, j in combinations(block, 2):
                if not (pure[i] and pure[j]) and _open_numbers(
                        numbers[i], olds[i], numbers[j], olds[j]):  # fmt: skip
                    pairs.add((i, j) if i < j else (j, i))
    del by_date
    _report(progress, 45)
    # Numbers one edit apart, born on different days within a year: with the same words of
    # the name (as folded, in any order). A typo in the name on top is not looked for here:
    # the same person typed with three mistakes (name, number and birth date).
    by_name: dict[tuple[str, int], list[int]] = defaultdict(list)
    words: dict[str, str] = {}  # lists repeat names: each one's words sorted once
    for i, p in enumerate(people):
        if pure[i] and dated[i] is not None:
            name = words.get(p.full_name)
            if name is None:
                name = words[p.full_name] = " ".join(sorted(fold(p.full_name).split()))
            by_name[(name, years[i])].append(i)
    del words
    for (name, year), block in by_name.items():
        after = by_name.get((name, year + 1))
        if len(block) > 1 or after:
            for i, j in chain(combinations(block, 2), product(block, after or ())):
                x, y = numbers[i], numbers[j]
                if x != y and osa(x, y, score_cutoff=1) <= 1:
                    pairs.add((i, j) if i < j else (j, i))
    del by_name
    _report(progress, 55)
    # The same number (or one's old CMND): whatever the names and dates. What could not
    # reach `review` even with the same name is dropped before any name is read.
    lights: dict[int, _Light] = {}

    def light(i: int) -> _Light:
        x = lights.get(i)
        if x is None:
            x = lights[i] = _Light(people[i], numbers[i], olds[i])
        return x

    for i, j in _same_number_pairs(numbers, olds):
        pairs.add((i, j))
    review = t.review
    pairs = {(i, j) for i, j in pairs
             if clamp(evaluate(light(i), light(j), _BEST_NAME)) >= review}  # fmt: skip
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

# Lookups read what decides whether a pair is worth scoring (id, numbers, birth date); the
# rows of the persons kept are then read whole, with their household (ROWS). The keys go in
# as one JSON array: on SQLite read by json_each (`j.key` its index), on PostgreSQL by its
# own JSON functions (ids are uuid there, and `+`, SQLite's hint, is no operator).
_NARROW = "p.id, p.id_number, p.old_id_number, p.birth_date"
_KEYS = {
    "sqlite": {"keys": "json_each(:keys) j", "pairs": "json_each(:keys) j", "key": "j.key",
               "first": "json_extract(j.value, '$[0]')",
               "second": "json_extract(j.value, '$[1]')", "id": "j.value",
               "cross": "CROSS JOIN"},  # SQLite: CROSS JOIN keeps this order of the tables
    "postgresql": {
        "keys": "json_array_elements_text(CAST(:keys AS json)) WITH ORDINALITY AS j(value, n)",
        "pairs": "json_array_elements(CAST(:keys AS json)) WITH ORDINALITY AS j(value, n)",
        "key": "j.n - 1", "first": "(j.value ->> 0)",
        "second": "CAST(j.value ->> 1 AS integer)", "id": "CAST(j.value AS uuid)",
        "cross": "JOIN"},
}  # fmt: skip


def _joined(where: str, keys: str = "{keys}") -> str:
    """A lookup of live persons meeting `where` for each key ({…}: _KEYS' pieces)."""
    return f"SELECT {{key}}, {_NARROW} FROM {keys} CROSS JOIN person p\nWHERE {where} AND {{alive}}"


_NEAR_YEAR = "p.birth_year BETWEEN {second} - 1 AND {second} + 1"  # keys are [name, year]
_LOOKUPS = {
    # A name (as folded, or one of its forms) with the birth year ± 1; a name without a year.
    "BY_NAME": _joined(f"p.name_folded = {{first}} AND {_NEAR_YEAR}", "{pairs}"),
    "BY_NAME_ANY_YEAR": _joined("p.name_folded = j.value"),
    "BY_NAME_NO_YEAR": _joined("p.name_folded = j.value AND p.birth_year IS NULL"),
    # A word of the name as the registered person's given name, with the birth year ± 1.
    "BY_GIVEN": _joined(f"p.given_folded = {{first}} AND {_NEAR_YEAR}", "{pairs}"),
    "BY_GIVEN_ANY_YEAR": _joined("p.given_folded = j.value"),
    "BY_GIVEN_NO_YEAR": _joined("p.given_folded = j.value AND p.birth_year IS NULL"),
    # Numbers sharing all but their last three digits (an equal number among them), and
    # registered old CMNDs equal to a number of the file.
    "BY_PREFIX": f"""SELECT {{key}}, {_NARROW} FROM {{keys}}
CROSS JOIN person p
WHERE p.id_number >= j.value AND p.id_number < j.value || ':'""",
    "BY_OLD": f"""SELECT {{key}}, {_NARROW} FROM {{keys}}
CROSS JOIN person p WHERE p.old_id_number = j.value""",
    "ROWS": f"""SELECT {_engine.PERSON_COLUMNS} FROM {{keys}}
{{cross}} person p ON p.id = {{id}} JOIN household h ON h.id = p.household_id
WHERE {{live}}""",
    "ANY": "SELECT 1 FROM person WHERE voided = {false} AND merged_into_id IS NULL LIMIT 1",
}  # fmt: skip


@functools.cache
def _lookup(dialect: str, name: str) -> sa.TextClause:
    """One of the lookups as this database's SQL."""
    pieces = _KEYS.get(dialect, _KEYS["postgresql"])
    sql = _LOOKUPS[name].format(
        **pieces, alive=_engine.alive(dialect), live=_engine.live(dialect),
        false=_engine.sql_false(dialect),
    )  # fmt: skip
    return sa.text(sql)


_NAMES = "SELECT DISTINCT name_folded FROM person"  # in the order of its index, read whole
_NO_YEAR = "SELECT 1 FROM person WHERE birth_year IS NULL LIMIT 1"  # an index's scan at most


def _lookup_names(full_name: str) -> tuple[str, ...]:
    """The spellings (as person.name_folded holds them) under which a registered person has
    the same name as this one for the engine: as folded; the canonical and ordered forms
    (order repaired, abbreviations written out); and its words turned round by one either
    way where that puts a surname first or second (the given name typed first on one side:
    the engine turns it back or meets it by the words sorted)."""
    folded = fold(full_name)
    words = folded.split()
    if len(words) < 2:
        return (folded,) if folded else ()
    out = {folded}
    if (
        (words[1] in SURNAMES and words[0] not in SURNAMES)
        or words[0] in SURNAME_ABBREVIATIONS
        or any(w in MIDDLE_ABBREVIATIONS for w in words[1:-1])
    ):  # name_forms may repair the order or write out an abbreviation
        forms = name_forms(full_name)
        out |= {forms.ordered, forms.canonical}
        words = forms.canonical.split()
    if words[0] in SURNAMES:
        out.add(" ".join([words[-1], *words[:-1]]))
    if words[1] in SURNAMES:
        out.add(" ".join([*words[1:], words[0]]))
    return tuple(out)


def _keyed(conn: sa.Connection, name: str, keys: list, owners: list,
           consider: Callable[[list[int], tuple], None]) -> None:  # fmt: skip
    """Run lookup `name` for every key at once; each row found goes to `consider` with the
    file persons of its key, as it comes (a province's registry returns ~340,000 rows for
    a 100,000-row list: kept, they were 110 MB)."""
    if not keys:
        return
    order = sorted(range(len(keys)), key=keys.__getitem__)  # in index order: fewer pages
    keys = [keys[k] for k in order]
    for row in conn.execute(_lookup(conn.dialect.name, name), {"keys": json.dumps(keys)}):
        consider(owners[order[row[0]]], row[1:])


def against_registry(db: Database, people: Sequence[PersonFacts], t: Thresholds | None = None,
                     progress: Progress | None = None, *,
                     other_offices: bool = False) -> list[Candidate]:  # fmt: skip
    """Candidate pairs of a file's persons (`a`) with live registered persons (`b`),
    strongest first. Pairs an officer has decided on are left out (they have ids only on
    the registry's side, so none here), merged and voided persons too. `people` may be any
    objects with PersonFacts' attributes.

    `other_offices`: `people` are registered already (they just arrived in a bundle at an
    upper office); only persons of another office than each one's own are scored."""
    _report(progress, 0)
    if not people:
        return []
    with db.read() as s:
        conn = s.connection()
        t = t or _engine.stored_thresholds(conn)
        if conn.execute(_lookup(conn.dialect.name, "ANY")).first() is None:
            return []
        numbers = [_digits(p.id_number) for p in people]
        olds = [_digits(p.old_id_number) for p in people]
        years = [_year(p) for p in people]
        # Registered persons do have households (and hamlets): a file person without a
        # number meets a registered one by name on any day only where that can reach review.
        bounds = _Bounds(t, WEIGHT["same_hamlet"])
        broad = t.review <= id_bound()
        # Pairs: each file person once with a registered person; what the numbers (or the
        # dates, where only the date can lift it) put out of reach is not scored.
        pairs: set[tuple[int, object]] = set()
        dates = [_iso(p.birth_date) for p in people]
        any_day = broad or bounds.no_number_any_day

        def consider(who: list[int], row: tuple) -> None:
            """A registered person (id, numbers, birth date) found for file persons `who`."""
            pid, y, yo, born = row
            y, yo, born = _digits(y), _digits(yo), _iso(born)
            for i in who:
                x, xo = numbers[i], olds[i]
                if broad:
                    pairs.add((i, pid))
                elif not _open_numbers(x, xo, y, yo):
                    continue  # "different ID numbers"
                elif any_day or (dates[i] and dates[i] == born) or (x and y) or (
                        xo and xo in (y, yo)) or (yo and yo == x):  # fmt: skip
                    pairs.add((i, pid))
                # else: no number on one side, born on different days (or a year only):
                # below review whatever the name (_Bounds).

        # Names: as folded, and the engine's forms of them.
        # Only names someone is registered under are looked up: the distinct names are one
        # scan of an index, and most spellings tried (the words turned round) are nobody's.
        registered = {n for (n,) in conn.execute(sa.text(_NAMES))}
        by_key: dict[tuple[str, int | None], list[int]] = defaultdict(list)
        spellings: dict[str, list[str]] = {}  # lists repeat names: each worked out once
        for i, p in enumerate(people):
            full = p.full_name or ""
            names = spellings.get(full)
            if names is None:
                names = spellings[full] = [n for n in _lookup_names(full) if n in registered]
            for name in names:
                by_key[(name, years[i])].append(i)
        del registered, spellings
        dated = [k for k in by_key if k[1] is not None]
        _keyed(conn, "BY_NAME", [list(k) for k in dated], [by_key[k] for k in dated], consider)
        # A registered person without a year meets any year; a file person without one too.
        by_name: dict[str, list[int]] = defaultdict(list)
        undated: dict[str, list[int]] = defaultdict(list)
        for (name, year), who in by_key.items():
            by_name[name].extend(who)
            if year is None:
                undated[name].extend(who)
        no_year = conn.execute(sa.text(_NO_YEAR)).first() is not None
        if no_year:
            names = list(by_name)
            _keyed(conn, "BY_NAME_NO_YEAR", names, [by_name[n] for n in names], consider)
        names = list(undated)
        _keyed(conn, "BY_NAME_ANY_YEAR", names, [undated[n] for n in names], consider)
        del by_key, by_name, undated
        _report(progress, 25)
        # Given names: for persons without a number or with a CMND (a CCCD holder meets
        # the registered by name only where the numbers leave the pair open: see above).
        by_word: dict[tuple[str, int | None], list[int]] = defaultdict(list)
        for i, p in enumerate(people):
            k = id_kind(numbers[i])
            if broad or not numbers[i] or k == "cmnd":
                for w in set(fold(p.full_name).split()):
                    by_word[(w, years[i])].append(i)
        if by_word:
            dated = [k for k in by_word if k[1] is not None]
            _keyed(conn, "BY_GIVEN", [list(k) for k in dated], [by_word[k] for k in dated],
                   consider)  # fmt: skip
            words = sorted({k[0] for k in by_word})
            owners = defaultdict(list)
            for (w, _y), who in by_word.items():
                owners[w].extend(who)
            if no_year:
                _keyed(conn, "BY_GIVEN_NO_YEAR", words, [owners[w] for w in words], consider)
            undated = sorted({k[0] for k in by_word if k[1] is None})
            _keyed(conn, "BY_GIVEN_ANY_YEAR", undated, [by_word[(w, None)] for w in undated],
                   consider)  # fmt: skip
        _report(progress, 45)
        # Numbers: equal, or sharing all but the last three digits (one mistyped there);
        # registered old CMNDs equal to a file's number.
        holders: dict[str, list[int]] = defaultdict(list)
        for i in range(len(people)):
            for x in {numbers[i], olds[i]} - {""}:
                holders[x].append(i)
        if holders:
            by_prefix: dict[str, list[str]] = defaultdict(list)
            for x in holders:
                by_prefix[x[:-3] if len(x) > 3 else x].append(x)
            prefixes = list(by_prefix)
            for row in conn.execute(
                _lookup(conn.dialect.name, "BY_PREFIX"), {"keys": json.dumps(prefixes)}
            ):
                number = _digits(row[2])
                for x in by_prefix[prefixes[row[0]]]:
                    if x == number or OSA.distance(x, number, score_cutoff=1) <= 1:
                        consider(holders[x], row[1:])
            mine = list(holders)
            _keyed(conn, "BY_OLD", mine, [holders[x] for x in mine], consider)
        _report(progress, 55)
        ids = sorted({str(pid) for _i, pid in pairs})
        rows_by_id = {r[0]: tuple(r) for r in conn.execute(
            _lookup(conn.dialect.name, "ROWS"), {"keys": json.dumps(ids)})} if ids else {}  # fmt: skip
        hamlets = _engine.hamlet_names(conn) if rows_by_id else {}
    _report(progress, 75)
    if not rows_by_id:
        return []
    facts = _engine.facts_maker(hamlets)
    left_recs: dict[int, Rec] = {}
    right_recs: dict[object, Rec] = {}
    out = []
    for i, pid in sorted(pairs, key=lambda pair: (pair[0], str(pair[1]))):
        if pid not in rows_by_id:
            continue  # in a voided household
        if other_offices and str(rows_by_id[pid][-1]).replace("-", "") == people[i].office_id.hex:
            continue  # the same office's own record (the person itself, or a local pair)
        x = left_recs.get(i)
        if x is None:
            x = left_recs[i] = rec_of(people[i])
        y = right_recs.get(pid)
        if y is None:
            y = right_recs[pid] = _engine.rec_of_row(rows_by_id[pid])
        c = score_recs(x, y, t, None, people[i], None)
        if c is not None:
            out.append(Candidate(c.a, facts(y), c.score, c.level, c.reasons))
    out.sort(key=_order)
    _report(progress, 100)
    return out
