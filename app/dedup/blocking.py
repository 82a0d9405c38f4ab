"""Which pairs of persons are worth scoring: blocking, so the work grows roughly linearly.

Two paths, each cheap, whose union is the candidate set:

1. Names. Persons are grouped by their canonical name (normalise.py: folded, order repaired,
   T./V./Ng. written out). Distinct names — tens of thousands for a million persons — are
   paired when they could be the same name typed differently:
   - the same words in another order (sorted words equal);
   - a shortened word that fits ("n t hang": initials of every word but the given name);
   - at most two letters apart (optimal string alignment, rapidfuzz `process.extract`), among
     names with the same given name (a typo in the surname or middle names) and among names
     with the same surname and middle names (a typo in the given name).
   Within a name and between paired names, persons are paired when their birth years are
   equal or one apart (or one is unknown): a sorted neighbourhood of width one year.
2. ID numbers. Persons sharing an ID number (or one's number is the other's old CMND) are
   paired; so are persons born the same day whose numbers are one edit apart (a digit
   mistyped, two swapped, one left out). Numbers one edit apart are common among strangers —
   CCCDs of one province and birth year are handed out nearly in sequence — so such a pair is
   only worth a look with more in common: with near names the name path meets it, and
   otherwise the same birth date is what could lift it to "needs a look".

`candidate_pairs` yields each pair once (i < j, indices into the list given).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from itertools import combinations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from app.dedup.normalise import NameForms
from app.dedup.scoring import Rec

Block = tuple[list[int], list[int] | None]
NAME_CUTOFF = 1  # letters a typed name may be off and still be looked at (two: by ID only)


def _near_in_block(names: list[str], pairs: set[tuple[str, str]]) -> None:
    """Pairs of names within NAME_CUTOFF edits, found by rapidfuzz in C."""
    if len(names) < 2:
        return
    for q in names:
        for match, _dist, _i in process.extract(q, names, scorer=OSA.distance,
                                                score_cutoff=NAME_CUTOFF, limit=None):  # fmt: skip
            if match < q:
                pairs.add((match, q))


def name_pairs(forms: dict[str, NameForms], short: set[str]) -> set[tuple[str, str]]:
    """Pairs (a < b) of distinct canonical names that could be the same name.

    `forms`: canonical name → its forms; `short`: canonical names some person typed with a
    shortened word."""
    pairs: set[tuple[str, str]] = set()
    by_sorted: dict[str, list[str]] = defaultdict(list)
    by_initials: dict[str, list[str]] = defaultdict(list)
    by_given: dict[str, list[str]] = defaultdict(list)
    by_rest: dict[str, list[str]] = defaultdict(list)
    for canonical, f in forms.items():
        by_sorted[f.sorted_key].append(canonical)
        by_initials[f.initials_key].append(canonical)
        by_given[f.given].append(canonical)
        by_rest[canonical[: len(canonical) - len(f.given)]].append(canonical)
    for block in by_sorted.values():
        for a, b in combinations(block, 2):
            pairs.add((a, b) if a < b else (b, a))
    for block in by_initials.values():
        if len(block) > 1 and any(n in short for n in block):
            for a, b in combinations(block, 2):
                if a in short or b in short:
                    pairs.add((a, b) if a < b else (b, a))
    for block in by_given.values():
        _near_in_block(block, pairs)
    for block in by_rest.values():
        _near_in_block(block, pairs)
    return pairs


class NameIndex:
    """Persons grouped by canonical name and birth year, with the near-name pairs."""

    def __init__(self, recs: Sequence[Rec]):
        groups: dict[str, dict[int | None, list[int]]] = {}
        forms: dict[str, NameForms] = {}
        short: set[str] = set()
        for i, r in enumerate(recs):
            c = r.name.canonical
            if not c:
                continue
            g = groups.get(c)
            if g is None:
                g = groups[c] = {}
                forms[c] = r.name
            g.setdefault(r.year, []).append(i)
            if r.name.short_words:
                short.add(c)
        self.groups = groups
        self.near = name_pairs(forms, short)

    def covers(self, x: Rec, y: Rec) -> bool:
        """Whether the name path pairs these two persons."""
        if x.year is not None and y.year is not None and abs(x.year - y.year) > 1:
            return False
        a, b = x.name.canonical, y.name.canonical
        if not a or not b:
            return False
        return a == b or ((a, b) if a < b else (b, a)) in self.near

    def blocks(self, step: Callable[[int, int], None] | None = None) -> Iterator[Block]:
        """The name path as blocks of persons: (left, None) pairs every two persons of `left`,
        (left, right) every person of `left` with every one of `right`. `step(done, total)`
        is called every few thousand names."""
        groups = self.groups
        total = len(groups) + len(self.near)
        for k, g in enumerate(groups.values()):
            if step is not None and k % 4096 == 0:
                step(k, total)
            unknown = g.get(None)
            for y, here in g.items():
                if y is None:
                    continue
                if len(here) > 1:
                    yield here, None
                nxt = g.get(y + 1)
                if nxt:
                    yield here, nxt
                if unknown:
                    yield unknown, here
            if unknown and len(unknown) > 1:
                yield unknown, None
        for k, (a, b) in enumerate(self.near, start=len(groups)):
            if step is not None and k % 4096 == 0:
                step(k, total)
            ga, gb = groups[a], groups[b]
            for y, left in ga.items():
                if y is None:
                    for right in gb.values():
                        yield left, right
                    continue
                for y2 in (y - 1, y, y + 1, None):
                    right = gb.get(y2)
                    if right:
                        yield left, right

    def pairs(self, step: Callable[[int, int], None] | None = None) -> Iterator[tuple[int, int]]:
        """The name path's pairs one by one (as `blocks`)."""
        for left, right in self.blocks(step):
            if right is None:
                yield from combinations(left, 2)
            else:
                for i in left:
                    for j in right:
                        yield i, j


def id_pairs(recs: Sequence[Rec]) -> Iterator[tuple[int, int]]:
    """Pairs sharing an ID number (or old CMND); and, among persons with the same birth date,
    numbers one edit apart (a digit mistyped, two swapped, one left out)."""
    exact: dict[str, list[int]] = defaultdict(list)
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(recs):
        if r.idn:
            exact[r.idn].append(i)
            if r.date:
                by_date[r.date].append(i)
        if r.old and r.old != r.idn:
            exact[r.old].append(i)
    for block in exact.values():
        if len(block) > 1:
            yield from combinations(block, 2)
    exact.clear()
    for block in by_date.values():
        if len(block) < 2:
            continue
        numbers = [recs[i].idn for i in block]
        for k, q in enumerate(numbers):
            for _n, d, m in process.extract(q, numbers, scorer=OSA.distance, score_cutoff=1,
                                            limit=None):  # fmt: skip
                if m > k and d == 1:
                    yield block[k], block[m]


def candidate_blocks(recs: Sequence[Rec], index: NameIndex | None = None,
                     step: Callable[[int, int], None] | None = None) -> Iterator[Block]:  # fmt: skip
    """Every candidate pair once, in blocks (see NameIndex.blocks): the name path, then the
    pairs of the ID path the names did not give, each a block of two."""
    index = index or NameIndex(recs)
    yield from index.blocks(step)
    seen: set[tuple[int, int]] = set()
    for i, j in id_pairs(recs):
        if i > j:
            i, j = j, i
        if (i, j) in seen or index.covers(recs[i], recs[j]):
            continue
        seen.add((i, j))
        yield [i], [j]


def candidate_pairs(recs: Sequence[Rec], index: NameIndex | None = None,
                    step: Callable[[int, int], None] | None = None) -> Iterator[tuple[int, int]]:  # fmt: skip
    """Every candidate pair once, as (i, j) with i < j."""
    for left, right in candidate_blocks(recs, index, step):
        if right is None:
            for i, j in combinations(left, 2):
                yield (i, j) if i < j else (j, i)
        else:
            for i in left:
                for j in right:
                    yield (i, j) if i < j else (j, i)
