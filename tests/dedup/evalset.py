"""The duplicate engine's evaluation set: a seeded, deterministic commune with true duplicates
and hard non-duplicates whose truth is known.

A second record always keeps one identifying fact on both sides — an ID number (perhaps
mistyped, or the old CMND) or the full birth date: with only name and birth year left, a
duplicate cannot be told from a namesake by anyone, and persons registered with neither are
not duplicated.

Persons are made like the demo commune's (app/services/demo.py: its surname, middle and given
name lists and weights, families, 80% with a birth date, CCCDs whose digits fit gender and
year, CMNDs for some over 40).

True duplicates: a person registered again in another household (often another hamlet: the
family moved, or a child registered with grandparents), the second record typed with one or
two of these, as seen in real lists:
    accents dropped · one letter mistyped · given name first · T./V./Ng. abbreviations ·
    birth year ±1 (date dropped) · birth date given as the year only · the old CMND instead of
    the CCCD (with the registry's old_id_number linking them, or not) · one ID digit mistyped,
    two swapped, or one left out · no ID number at all.
Hard non-duplicates added beside them:
    twins (same household and birth date, another given name) · the same common name in the
    same hamlet, born years apart with other IDs · father and son with the same name, 20–35
    years apart · mother and daughter with the same name · namesakes born one year apart with
    different valid IDs.

`truth` is the set of index pairs (i < j) that are the same person; every other pair is not.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.dedup import PersonFacts
from app.services.demo import GIVEN, MIDDLE, SURNAMES

PROVINCE = "026"
HAMLETS = [uuid.UUID(int=i + 1) for i in range(8)]
HAMLET_NAMES = ["Thôn Đông", "Thôn Tây", "Thôn Nam", "Thôn Bắc", "Thôn Trung", "Thôn Thượng",
                "Thôn Hạ", "Thôn Đồng Tâm"]  # fmt: skip
TODAY_YEAR = 2026


@dataclass
class EvalSet:
    people: list[PersonFacts]
    entity: list[int]  # the real person each record is
    kind: list[str]  # how the record was made: base, dup:<corruptions>, twin, namesake, …
    truth: set[tuple[int, int]]


class _Maker:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.people: list[PersonFacts] = []
        self.entity: list[int] = []
        self.kind: list[str] = []
        self.ids: set[str] = set()
        self.uid = 0
        self.households = 0

    def new_uuid(self) -> uuid.UUID:
        self.uid += 1
        return uuid.UUID(int=(1 << 100) + self.uid)

    def household(self, hamlet: int | None = None) -> tuple[uuid.UUID, str, int]:
        self.households += 1
        h = self.rng.randrange(len(HAMLETS)) if hamlet is None else hamlet
        return self.new_uuid(), f"{self.households:05d}", h

    def cccd(self, gender: str, year: int) -> str:
        century = (year - 1900) // 100 * 2 + (1 if gender == "female" else 0)
        while True:
            n = f"{PROVINCE}{century}{year % 100:02d}{self.rng.randrange(10**6):06d}"
            if n not in self.ids:
                self.ids.add(n)
                return n

    def cmnd(self) -> str:
        while True:
            n = f"{PROVINCE[1:]}{self.rng.randrange(10**7):07d}"
            if n not in self.ids:
                self.ids.add(n)
                return n

    def name(self, gender: str, surname: str | None = None) -> str:
        rng = self.rng
        surname = surname or rng.choices([s for s, _ in SURNAMES], [w for _, w in SURNAMES])[0]
        return f"{surname} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"

    def person(self, name: str, gender: str, year: int, hh: tuple, relation: str,
               kind: str = "base", entity: int | None = None, birth_date: date | None = None,
               id_number: str | None = None, with_date: bool | None = None) -> int:  # fmt: skip
        rng = self.rng
        age = TODAY_YEAR - year
        if with_date is None:
            with_date = rng.random() < 0.8
        if birth_date is None and with_date:
            birth_date = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        if id_number is None:
            r = rng.random()
            if age >= 14 and r < 0.88 or age < 14 and r < 0.3:
                id_number = self.cccd(gender, year)
            elif age >= 40 and r < 0.93:
                id_number = self.cmnd()
            else:
                id_number = ""
        household_id, code, hamlet = hh
        p = PersonFacts(
            id=self.new_uuid(), full_name=name, birth_year=year, birth_date=birth_date,
            gender=gender, id_number=id_number, household_id=household_id,
            household_code=code, hamlet_id=HAMLETS[hamlet], hamlet=HAMLET_NAMES[hamlet],
            relation=relation,
        )  # fmt: skip
        self.people.append(p)
        self.entity.append(len(self.entity) if entity is None else entity)
        self.kind.append(kind)
        return len(self.people) - 1

    def family(self) -> list[int]:
        rng = self.rng
        hh = self.household()
        size = rng.choices(range(1, 9), [8, 18, 22, 26, 14, 7, 3, 2])[0]
        head_gender = "male" if rng.random() < 0.7 else "female"
        head_year = TODAY_YEAR - rng.randint(22, 88)
        surname = rng.choices([s for s, _ in SURNAMES], [w for _, w in SURNAMES])[0]
        made = [self.person(self.name(head_gender, surname), head_gender, head_year, hh, "head")]
        if size > 1:
            g = "female" if head_gender == "male" else "male"
            made.append(self.person(self.name(g), g, head_year + rng.randint(-4, 6), hh, "spouse"))
        for _ in range(size - 2):
            g = rng.choice(["male", "female"])
            year = min(TODAY_YEAR, head_year + rng.randint(18, 45))
            made.append(self.person(self.name(g, surname), g, year, hh, "child"))
        return made


# --- corruptions of a true duplicate -----------------------------------------------------------


def _strip_accents(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.replace("đ", "d").replace("Đ", "D"))


def _typo(rng: random.Random, name: str) -> str:
    words = name.split(" ")
    k = rng.randrange(len(words))
    w = words[k]
    if len(w) < 2:
        return name
    i = rng.randrange(1, len(w))
    how = rng.random()
    if how < 0.5:  # a letter mistyped
        w = w[:i] + rng.choice("aeiounhtgcm") + w[i + 1 :]
    elif how < 0.75:  # a letter left out
        w = w[:i] + w[i + 1 :]
    else:  # a tone mark changed: "Hằng" → "Hàng"
        w = unicodedata.normalize("NFC", _strip_accents(w) + "\u0300")
    words[k] = w
    return " ".join(words)


def _swap(name: str) -> str:
    words = name.split(" ")
    return " ".join(words[-1:] + words[:-1])


def _abbreviate(rng: random.Random, name: str) -> str:
    words = name.split(" ")
    if len(words) < 3:
        return name
    if rng.random() < 0.2 and words[0] == "Nguyễn":
        words[0] = "Ng."
    else:
        words[1] = words[1][0] + rng.choice([".", ". ", ""]).rstrip()
    return " ".join(words)


def _id_typo(rng: random.Random, number: str) -> str:
    i = rng.randrange(len(number) - 1)
    how = rng.random()
    if how < 0.45:
        d = rng.choice([c for c in "0123456789" if c != number[i]])
        return number[:i] + d + number[i + 1 :]
    if how < 0.8 and number[i] != number[i + 1]:
        return number[:i] + number[i + 1] + number[i] + number[i + 2 :]
    return number[:i] + number[i + 1 :]


NAME_CORRUPTIONS = ("accents", "typo", "swap", "abbreviation")
OTHER_CORRUPTIONS = ("year", "year_only", "cmnd", "id_typo", "no_id")


def _duplicate(m: _Maker, i: int) -> bool:
    """A second record of person i; False when it could not carry an identifying fact."""
    rng = m.rng
    p = m.people[i]
    if not p.id_number and p.birth_date is None:
        return False  # only name and year: no second record could be told from a namesake
    for _attempt in range(20):
        n = 1 if rng.random() < 0.55 else 2
        chosen = rng.sample(NAME_CORRUPTIONS + OTHER_CORRUPTIONS, n)
        linked = rng.random() < 0.5  # the registry knows the old CMND
        keeps_id = (
            bool(p.id_number)
            and "no_id" not in chosen
            and ("cmnd" not in chosen or linked or len(p.id_number) != 12)
        )
        keeps_date = p.birth_date is not None and not {"year", "year_only"} & set(chosen)
        if keeps_id or keeps_date:
            break
    else:
        return False
    name, year, born = p.full_name, p.birth_year, p.birth_date
    id_number = p.id_number
    for c in chosen:
        if c == "accents":
            name = _strip_accents(name)
        elif c == "typo":
            name = _typo(rng, name)
        elif c == "swap":
            name = _swap(name)
        elif c == "abbreviation":
            name = _abbreviate(rng, name)
        elif c == "year":
            year, born = year + rng.choice([-1, 1]), None
        elif c == "year_only":
            born = None
        elif c == "cmnd" and len(id_number) == 12:
            # The other list kept the CMND the person had before the CCCD; half the time the
            # registry knows it as the old number.
            cmnd = m.cmnd()
            id_number = cmnd
            if linked:
                m.people[i] = replace(p, old_id_number=cmnd)
        elif c == "id_typo" and id_number:
            id_number = _id_typo(rng, id_number)
        elif c == "no_id":
            id_number = ""
    if rng.random() < 0.1:
        name = name.upper()
    hh = m.household()
    m.person(name, p.gender, year, hh, "child", kind="dup:" + "+".join(chosen),
             entity=m.entity[i], birth_date=born, id_number=id_number, with_date=born is not None)  # fmt: skip
    return True


# --- hard non-duplicates ------------------------------------------------------------------------


def _hard(m: _Maker, i: int, how: str) -> None:
    rng = m.rng
    p = m.people[i]
    hh = (p.household_id, p.household_code, HAMLETS.index(p.hamlet_id))
    words = p.full_name.split(" ")
    if how == "twin":
        others = [g for g in GIVEN[p.gender] if g != words[-1]]
        name = " ".join(words[:-1] + [rng.choice(others)])
        m.person(name, p.gender, p.birth_year, hh, "child", kind="twin",
                 birth_date=p.birth_date, with_date=p.birth_date is not None)  # fmt: skip
    elif how == "namesake_hamlet":
        other = m.household(hh[2])
        year = p.birth_year + rng.choice([-1, 1]) * rng.randint(2, 30)
        m.person(p.full_name, p.gender, year, other, "head", kind=how)
    elif how == "father_son":
        year = p.birth_year - rng.randint(20, 35)
        m.person(p.full_name, p.gender, year, hh, "parent", kind=how)
    elif how == "mother_daughter":
        year = p.birth_year - rng.randint(20, 35)
        m.person(p.full_name, "female", year, hh, "parent", kind=how)
    elif how == "namesake_year":
        other = m.household(hh[2] if rng.random() < 0.5 else None)
        year = p.birth_year + rng.choice([-1, 1])
        m.person(p.full_name, p.gender, year, other, "head", kind=how,
                 id_number=m.cccd(p.gender, year))  # fmt: skip


HARD = ("twin", "namesake_hamlet", "father_son", "mother_daughter", "namesake_year")


def make_evalset(seed: int = 6, families: int = 2500, duplicates: int = 500,
                 hard: int = 500) -> EvalSet:  # fmt: skip
    """~9,000 base persons, `duplicates` second records of them, `hard` hard non-duplicates."""
    m = _Maker(seed)
    for _ in range(families):
        m.family()
    base = len(m.people)
    rng = m.rng
    made = 0
    for i in rng.sample(range(base), base):
        if made == duplicates:
            break
        made += _duplicate(m, i)
    adults = [i for i in range(base) if m.people[i].birth_year <= TODAY_YEAR - 18]
    for k, i in enumerate(rng.sample(adults, hard)):
        how = HARD[k % len(HARD)]
        if how == "mother_daughter" and m.people[i].gender != "female":
            how = "father_son"
        if how == "father_son" and m.people[i].gender != "male":
            how = "mother_daughter"
        _hard(m, i, how)
    by_entity: dict[int, list[int]] = {}
    for i, e in enumerate(m.entity):
        by_entity.setdefault(e, []).append(i)
    truth = {(a, b) for group in by_entity.values() for a in group for b in group if a < b}
    return EvalSet(m.people, m.entity, m.kind, truth)


def quality(pairs: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float]:
    """(precision, recall) of predicted index pairs."""
    hit = len(pairs & truth)
    precision = hit / len(pairs) if pairs else 1.0
    recall = hit / len(truth) if truth else 1.0
    return precision, recall
