"""What the duplicate engine compares: names and ID numbers in their matching forms.

Names (FORMS.md §6): NFC, folded (lower, no accents, đ→d), punctuation and spaces collapsed,
then two repairs that make the same name typed differently land on one *canonical* form:

- Swapped order. "Hằng Nguyễn Thị" (given name first, as Western forms ask) is turned back to
  "nguyen thi hang": when the first word is not a surname but the second is, the first word
  goes to the end. A given name that is also a surname (Mai, Lý, Hồ…) put first is
  not recognised this way; the words sorted (`sorted_key`) still meet.
- Abbreviations. In the middle names "T" (from "T." or "T") stands for Thị and "V" for Văn, and
  in the surname "Ng" for Nguyễn and "Tr" for Trần: the most common words by far, so the
  canonical form writes them out. Any other one-letter middle word ("Nguyễn H. Nam") is kept;
  `initials_key` (each word but the given name cut to its first letter) lets it meet the full
  name, and the scoring decides whether every shortened word fits a word of the other name.

ID numbers: digits only. A CCCD (12 digits) carries gender and century in digit 4 and the
birth year's last two digits in digits 5–6 (FORMS.md §4): `cccd_fits` checks them against a
gender and birth year. A CMND has 9 digits (some were issued with 12). `id_distance` counts
one mistyped digit, two neighbouring digits swapped, or one digit left out as one edit
(rapidfuzz's optimal string alignment distance).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from app.text import clean, digits_only, fold

# Folded Vietnamese surnames, enough to recognise a name typed given name first ("Hằng Nguyễn
# Thị"). Surnames that fold like a common middle name (Đinh/Đình, Mai, Kim, Văn…) are left out:
# "Xa Văn Nam" must not be turned round because "van" could be a surname.
_SURNAME_WORDS = (
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dao doan trinh "
    "luong ta luu cao kieu quach to chu lam thai ha la tang trieu giang vuong khuc lai thach "
    "au ong dam ton tong quan chau mac luc nghiem bach dieu thang tieu hua khong"
)
SURNAMES = frozenset(_SURNAME_WORDS.split(" "))

# Shortened words written out in the canonical form: {position: {short: full}}.
MIDDLE_ABBREVIATIONS = {"t": "thi", "v": "van"}
SURNAME_ABBREVIATIONS = {"ng": "nguyen", "tr": "tran"}


@dataclass(frozen=True, slots=True)
class NameForms:
    """The forms of one typed name that the engine compares."""

    exact: str  # NFC, lower case, spaces collapsed: "nguyễn thị hằng"
    folded: str  # as typed, folded: "hang nguyen thi" for "Hằng Nguyễn Thị"
    ordered: str  # folded, order repaired, abbreviations kept: "nguyen t hang"
    canonical: str  # folded, order repaired, abbreviations written out: "nguyen thi hang"
    given: str  # last word of the canonical form: "hang"
    sorted_key: str  # the canonical words sorted: meets any order
    initials_key: str  # "n t hang": meets "Nguyễn T. Hằng" and "Nguyễn Thanh Hằng"
    rotated: bool  # the order was repaired
    expanded: bool  # an abbreviation was written out
    short_words: bool  # a shortened word was typed ("T.", "H.", "Ng.")


@functools.lru_cache(maxsize=200_000)
def name_forms(full_name: str) -> NameForms:
    """The matching forms of a name (cached: lists repeat names many times)."""
    exact = clean(full_name).lower()
    folded = fold(full_name)
    words = folded.split()
    rotated = expanded = False
    if (
        len(words) > 1
        and words[1] in SURNAMES
        and words[0] not in SURNAMES
        and words[0] not in SURNAME_ABBREVIATIONS
    ):
        words = words[1:] + words[:1]  # "hang nguyen thi" → "nguyen thi hang"
        rotated = True
    ordered = " ".join(words)
    short = any(_short(w) for w in words[:-1])
    if len(words) > 1:
        full = SURNAME_ABBREVIATIONS.get(words[0])
        if full:
            words[0] = full
            expanded = True
        for i in range(1, len(words) - 1):
            full = MIDDLE_ABBREVIATIONS.get(words[i])
            if full:
                words[i] = full
                expanded = True
    canonical = " ".join(words)
    given = words[-1] if words else ""
    initials = " ".join([w[0] for w in words[:-1]] + [given]) if words else ""
    return NameForms(
        exact=exact,
        folded=folded,
        ordered=ordered,
        canonical=canonical,
        given=given,
        sorted_key=" ".join(sorted(words)),
        initials_key=initials,
        rotated=rotated,
        expanded=expanded,
        short_words=short,
    )


def abbreviation_fits(a: str, b: str) -> bool:
    """Whether two canonical names are the same words where one of them shortened some
    ("nguyen t hang" ~ "nguyen thanh hang"): same number of words, the given names equal,
    and each other word equal or the one-letter initial of the other."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or not wa or wa[-1] != wb[-1] or wa == wb:
        return False
    for x, y in zip(wa[:-1], wb[:-1], strict=True):
        if x == y:
            continue
        if _short(x) and y.startswith(x) or _short(y) and x.startswith(y):
            continue
        return False
    return True


def _short(word: str) -> bool:
    return len(word) == 1 or word in SURNAME_ABBREVIATIONS


def name_distance(a: str, b: str, cutoff: int = 2) -> int:
    """Letters changed between two folded names (a swap of neighbours counts one); above
    `cutoff`, `cutoff + 1`."""
    return OSA.distance(a, b, score_cutoff=cutoff)


# --- ID numbers ---------------------------------------------------------------------------------


def id_digits(text: str | None) -> str:
    """An ID number as compared: digits only ("079 085 001 234" → "079085001234")."""
    return digits_only(text)


def id_kind(digits: str) -> str:
    """'cccd' (12 digits), 'cmnd' (9 digits) or 'other' (a length neither has: mistyped)."""
    if len(digits) == 12:
        return "cccd"
    if len(digits) == 9:
        return "cmnd"
    return "other" if digits else ""


def cccd_fits(cccd: str, gender: str | None, birth_year: int | None) -> bool | None:
    """Whether a CCCD's digit 4 (gender and century) and digits 5–6 (birth year) fit a gender
    and birth year; None when there is nothing to check."""
    if len(cccd) != 12 or not cccd.isdigit() or birth_year is None:
        return None
    code = int(cccd[3])
    century = 1900 + (code // 2) * 100
    if century + int(cccd[4:6]) != birth_year:
        return False
    if gender in ("male", "female"):
        return (code % 2 == 1) == (gender == "female")
    return True


def cccd_facts(cccd: str) -> tuple[str, int] | None:
    """(gender, birth year) a CCCD's digits 4–6 say, or None for another number."""
    if len(cccd) != 12 or not cccd.isdigit():
        return None
    code = int(cccd[3])
    return ("female" if code % 2 else "male"), 1900 + (code // 2) * 100 + int(cccd[4:6])


def id_distance(a: str, b: str) -> int:
    """Edits between two ID numbers: a mistyped digit, two neighbouring digits swapped, one
    digit left out or added each count 1; 2 means two or more."""
    return OSA.distance(a, b, score_cutoff=1)
