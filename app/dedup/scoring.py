"""The score of a pair of persons, explained in words.

An additive model an officer can follow: each piece of evidence adds (or, against the pair,
takes away) a fixed weight and says so in words; the sum, clamped to 0–100, is the score.
`Thresholds` turns it into a level: "suggest" (probably the same person) or "review".

Weights (chosen on the evaluation set, tests/dedup/):

    name      same name 40 · same without accents 38 · words in another order 36 ·
              abbreviated 36 · one letter differs 30 · two letters differ 15 · similar
              (token_sort_ratio ≥ 80) 15 · different −10
    birth     same date 35 · same year 15 · same year, other date −5 · year ±1 5 ·
              born N years apart −(10 + 4N), at most −60
    ID        same number 50 · CCCD = the other's old CMND 50 · same old CMND 45 ·
              one digit differs / left out 25 · CCCD fits the other's CMND holder 5 ·
              CCCD does not fit −20 · different numbers −60
    place     same household 10 · same hamlet 5
    against   different gender −30 · twins (same household and birth date, other given
              name) −45
"""

from __future__ import annotations

from datetime import date

from rapidfuzz import fuzz

from app.dedup import Candidate, PersonFacts, Reason, Thresholds
from app.dedup.normalise import (
    NameForms,
    abbreviation_fits,
    cccd_facts,
    id_digits,
    id_distance,
    id_kind,
    name_distance,
    name_forms,
)
from app.i18n import N_, _

# code → (text, weight). Texts are translated when a Reason is made.
REASONS: dict[str, tuple[str, int]] = {
    "same_name": (N_("same name"), 40),
    "same_name_folded": (N_("same name without accents"), 38),
    "same_name_reordered": (N_("same name, words in another order"), 36),
    "name_abbreviated": (N_("name abbreviated (T. for Thị)"), 36),
    "name_one_letter": (N_("name differs by one letter"), 30),
    "name_two_letters": (N_("name differs by two letters"), 15),
    "name_similar": (N_("similar name"), 15),
    "different_name": (N_("different names"), -10),
    "same_birth_date": (N_("same birth date"), 35),
    "same_birth_year": (N_("same birth year"), 15),
    "birth_date_differs": (N_("same birth year, other birth date"), -5),
    "birth_year_off_by_one": (N_("birth year differs by 1"), 5),
    "born_years_apart": (N_("born {n} years apart"), 0),  # weight: born_apart_weight(n)
    "same_cccd": (N_("same CCCD number"), 50),
    "same_cmnd": (N_("same CMND number"), 50),
    "same_id": (N_("same ID number"), 50),
    "cccd_matches_cmnd": (N_("CCCD matches the old CMND"), 50),
    "same_old_cmnd": (N_("same old CMND number"), 45),
    "cccd_one_digit": (N_("CCCD differs by one digit"), 25),
    "id_one_digit": (N_("ID number differs by one digit"), 25),
    "id_digit_left_out": (N_("one digit of the ID number left out"), 25),
    "cccd_fits": (N_("CCCD fits the birth year and gender"), 5),
    "cccd_does_not_fit": (N_("CCCD does not fit the birth year or gender"), -20),
    "different_ids": (N_("different ID numbers"), -60),
    "same_household": (N_("same household"), 10),
    "same_hamlet": (N_("same hamlet"), 5),
    "different_gender": (N_("different gender"), -30),
    "twins": (N_("same household and birth date, other given name (twins?)"), -45),
}
SIMILAR_NAME = 80  # rapidfuzz token_sort_ratio of the names, words in any order
WEIGHT = {code: weight for code, (_text, weight) in REASONS.items()}
# The most a pair whose both ID numbers are of one kind, unrelated, can score: the best name,
# birth date and household with "different ID numbers". Above it, such pairs need no scoring.
BEST_WITH_DIFFERENT_IDS = (
    WEIGHT["same_name"] + WEIGHT["same_birth_date"] + WEIGHT["same_household"]
    + WEIGHT["different_ids"]
)  # fmt: skip


def born_apart_weight(years: int) -> int:
    return -min(60, 10 + 4 * years)


class Rec:
    """A person as the engine compares them: the matching forms worked out once."""

    __slots__ = ("facts", "key", "name", "year", "date", "gender", "idn", "kind", "old",
                 "household", "hamlet")  # fmt: skip

    def __init__(self, facts, key, full_name: str, year: int | None, birth_date: str,
                 gender: str | None, id_number: str | None, old_id_number: str | None,
                 household: str, hamlet: str) -> None:  # fmt: skip
        self.facts = facts  # a PersonFacts, or what builds one (the engine's raw row)
        self.key = key
        self.name: NameForms = name_forms(full_name or "")
        self.year = year
        self.date = birth_date  # ISO text or ""
        self.gender = gender if gender in ("male", "female") else None
        # Most stored numbers are digits already: str.isdigit runs in C.
        idn = id_number if id_number and id_number.isdigit() else id_digits(id_number)
        self.idn = idn
        self.kind = "cccd" if len(idn) == 12 else "cmnd" if len(idn) == 9 else id_kind(idn)
        self.old = old_id_number if not old_id_number or old_id_number.isdigit() \
            else id_digits(old_id_number)  # fmt: skip
        self.household = household
        self.hamlet = hamlet


def rec_of(p: PersonFacts, key=None) -> Rec:
    year = (
        p.birth_year if p.birth_year is not None else (p.birth_date.year if p.birth_date else None)
    )
    return Rec(
        p, key, p.full_name, year,
        p.birth_date.isoformat() if isinstance(p.birth_date, date) else "",
        p.gender, p.id_number, p.old_id_number,
        p.household_id.hex if p.household_id else "", p.hamlet_id.hex if p.hamlet_id else "",
    )  # fmt: skip


def compare_names(a: NameForms, b: NameForms) -> str:
    """The name evidence of a pair: one code of REASONS."""
    if a.exact == b.exact:
        return "same_name"
    if a.canonical == b.canonical:
        if a.folded == b.folded:
            return "same_name_folded"
        if a.ordered != b.ordered:  # an abbreviation was written out on one side
            return "name_abbreviated"
        return "same_name_reordered"
    if a.sorted_key == b.sorted_key:
        return "same_name_reordered"
    if (a.short_words or b.short_words) and abbreviation_fits(a.ordered, b.ordered):
        return "name_abbreviated"
    d = name_distance(a.canonical, b.canonical)
    if d == 1:
        return "name_one_letter"
    if d == 2:
        return "name_two_letters"
    if fuzz.token_sort_ratio(a.ordered, b.ordered) >= SIMILAR_NAME:
        return "name_similar"
    return "different_name"


def _day_month_swapped(a: str, b: str) -> bool:
    return a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7]


def _cccd_fits_other(cccd: str, other: Rec) -> bool | None:
    """Whether a CCCD fits the other record's gender and birth year (None: one year off, or
    nothing to compare)."""
    facts = cccd_facts(cccd)
    if facts is None:
        return None
    gender, year = facts
    if other.gender and other.gender != gender:
        return False
    if other.year is None:
        return None
    off = abs(other.year - year)
    return True if off == 0 else None if off == 1 else False


def evaluate(x: Rec, y: Rec, name_code: str, out: list | None = None) -> int:
    """The pair's total weight; with `out`, the (code, weight, n) of each piece of evidence.

    Called for millions of pairs by a scan: each part picks its code, and the weights are
    added once at the end (no closures, no lists unless `out` is given)."""
    # Birth
    birth = None
    birth_weight = 0
    apart = None
    xy, yy = x.year, y.year
    if xy is not None and yy is not None:
        if xy == yy:
            xd, yd = x.date, y.date
            if xd and yd:
                if xd == yd:
                    birth = "same_birth_date"
                elif _day_month_swapped(xd, yd):
                    birth = "same_birth_year"
                else:
                    birth = "birth_date_differs"
            else:
                birth = "same_birth_year"
            birth_weight = WEIGHT[birth]
        elif xy - yy in (1, -1):
            birth = "birth_year_off_by_one"
            birth_weight = WEIGHT[birth]
        else:
            birth = "born_years_apart"
            apart = abs(xy - yy)
            birth_weight = born_apart_weight(apart)

    # ID numbers
    ident = None
    xi, yi = x.idn, y.idn
    if xi and xi == yi:
        ident = "same_cccd" if x.kind == "cccd" else "same_cmnd" if x.kind == "cmnd" else "same_id"
    elif (x.old and x.old == yi) or (y.old and y.old == xi):
        ident = "cccd_matches_cmnd"
    elif x.old and x.old == y.old:
        ident = "same_old_cmnd"
    elif xi and yi:
        if x.kind != y.kind and {x.kind, y.kind} == {"cccd", "cmnd"}:
            # One card replaced the other: the CCCD's digits must fit the person.
            # A year one off is already counted with the birth years, not again here.
            fits = _cccd_fits_other(xi, y) if x.kind == "cccd" else _cccd_fits_other(yi, x)
            if fits is True:
                ident = "cccd_fits"
            elif fits is False:
                ident = "cccd_does_not_fit"
        elif id_distance(xi, yi) == 1:
            if len(xi) != len(yi):
                ident = "id_digit_left_out"
            else:
                ident = "cccd_one_digit" if x.kind == "cccd" else "id_one_digit"
        else:
            ident = "different_ids"

    # Place
    place = twins = None
    if x.household and x.household == y.household:
        place = "same_household"
        if x.date and x.date == y.date and x.name.given != y.name.given and not (xi and xi == yi):
            twins = "twins"
    elif x.hamlet and x.hamlet == y.hamlet:
        place = "same_hamlet"

    gender = "different_gender" if x.gender and y.gender and x.gender != y.gender else None

    total = WEIGHT[name_code] + birth_weight
    if ident is not None:
        total += WEIGHT[ident]
    if place is not None:
        total += WEIGHT[place]
    if twins is not None:
        total += WEIGHT[twins]
    if gender is not None:
        total += WEIGHT[gender]
    if out is not None:
        out.append((name_code, WEIGHT[name_code], None))
        if birth is not None:
            out.append((birth, birth_weight, apart))
        for code in (ident, place, twins, gender):
            if code is not None:
                out.append((code, WEIGHT[code], None))
    return total


def clamp(total: float) -> int:
    return int(max(0, min(100, round(total))))


def level_of(score: int, t: Thresholds) -> str | None:
    if score >= t.suggest:
        return "suggest"
    if score >= t.review:
        return "review"
    return None


def reasons_of(out: list) -> tuple[Reason, ...]:
    reasons = []
    for code, weight, n in out:
        text = _(REASONS[code][0])
        if n is not None:
            text = text.format(n=n)
        reasons.append(Reason(code, text, weight))
    return tuple(reasons)


def score_recs(x: Rec, y: Rec, t: Thresholds, name_code: str | None = None,
               a: PersonFacts | None = None, b: PersonFacts | None = None) -> Candidate | None:  # fmt: skip
    """The Candidate of two Recs, or None below `t.review`."""
    code = name_code or compare_names(x.name, y.name)
    score = clamp(evaluate(x, y, code))
    level = level_of(score, t)
    if level is None:
        return None
    out: list = []
    evaluate(x, y, code, out)
    return Candidate(a if a is not None else x.facts, b if b is not None else y.facts,
                     score, level, reasons_of(out))  # fmt: skip


def explain_pair(x: PersonFacts, y: PersonFacts) -> tuple[int, tuple[Reason, ...]]:
    """Score and reasons of any pair, shown or not (the Duplicates page's side-by-side view)."""
    rx, ry = rec_of(x), rec_of(y)
    out: list = []
    total = evaluate(rx, ry, compare_names(rx.name, ry.name), out)
    return clamp(total), reasons_of(out)


def score_pair(x: PersonFacts, y: PersonFacts, t: Thresholds | None = None) -> Candidate | None:
    """Score one pair: a Candidate (a = x, b = y) at or above `t.review`, else None."""
    return score_recs(rec_of(x), rec_of(y), t or Thresholds())
