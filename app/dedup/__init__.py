"""Find the same person however they were typed (issue 6): an embedded, Vietnamese-aware
duplicate engine.

INTERFACE shared by the engine (normalise/blocking/scoring/engine modules, being built), the
merge service (app/services/merges.py), the Duplicates page and the member dialog, the Excel
import and the list build. The types below are fixed; add fields only with defaults.

- `PersonFacts`: what the engine compares about one person (a registered one, a row of a file,
  or the person being typed in a form — then `id` is None).
- `Reason`: one piece of evidence in words an officer reads ("birth year differs by 1").
- `Candidate`: a scored pair with its reasons, strongest first in every list the engine returns.
- `Thresholds`: two levels, tunable in Settings: at or above `suggest` the pair is shown as
  "probably the same person"; from `review` up to `suggest` as "needs a look"; below: not shown.

Engine entry points (app/dedup/engine.py):
    score_pair(x: PersonFacts, y: PersonFacts, t: Thresholds) -> Candidate | None
    find_pairs(people: Sequence[PersonFacts], t: Thresholds, progress=None) -> list[Candidate]
        (within a set: a file being imported, or the registry read by scan)
    scan(db, t: Thresholds | None = None, progress=None) -> list[Candidate]
        (the whole live registry; pairs already decided and merged persons are left out)
    check(db, person: PersonFacts, t: Thresholds | None = None, limit: int = 10) -> list[Candidate]
        (possible existing records for one person; `a` is the given person, `b` registered ones)
    thresholds(db) -> Thresholds; save_thresholds(db, actor, t) -> None
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PersonFacts:
    id: uuid.UUID | None  # None: not registered (a form being filled, a row of a file)
    full_name: str
    birth_year: int | None = None
    birth_date: date | None = None
    gender: str | None = None  # male | female
    id_number: str = ""  # digits as registered (CCCD 12 or CMND 9)
    old_id_number: str = ""  # an earlier CMND the person is known to have had
    household_id: uuid.UUID | None = None
    household_code: str = ""
    hamlet_id: uuid.UUID | None = None
    hamlet: str = ""  # its name, for explanations and lists
    relation: str = ""  # head, spouse, child…
    office_id: uuid.UUID | None = None  # registered by which office (upper offices compare communes)
    row: int | None = None  # the row of a file, when the person comes from one


@dataclass(frozen=True)
class Reason:
    code: str  # stable, for tests and filters: same_id, id_one_digit, cccd_matches_cmnd, …
    text: str  # in the window's language: "same CCCD number", "birth year differs by 1"
    weight: float  # what it added to (or, negative, took from) the score


@dataclass(frozen=True)
class Candidate:
    a: PersonFacts
    b: PersonFacts
    score: int  # 0–100
    level: str  # "suggest" (probably the same person) | "review" (needs a look)
    reasons: tuple[Reason, ...]

    @property
    def explanation(self) -> str:
        """'same name without accents, birth year differs by 1, same hamlet'."""
        return ", ".join(r.text for r in self.reasons)

    @property
    def pair(self) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """The ids in a fixed order (by their text), as decisions store them."""
        ids = [self.a.id, self.b.id]
        return tuple(sorted(ids, key=lambda i: str(i) if i else ""))  # type: ignore[return-value]


@dataclass(frozen=True)
class Thresholds:
    suggest: int = 85
    review: int = 65
