"""Find the same person however they were typed (issue 6): an embedded, Vietnamese-aware
duplicate engine.

The types here are shared by the engine (normalise → blocking → scoring → engine), the merge
service (app/services/merges.py), the Duplicates page, the member dialog, the Excel import
(app/dedup/batch.py) and the list's Overlaps tab (app/services/list_duplicates.py).

- `PersonFacts`: what the engine compares about one person (a registered one, a row of a file,
  or the person being typed in a form — then `id` is None).
- `Reason`: one piece of evidence in words an officer reads ("birth year differs by 1").
- `Candidate`: a scored pair with its reasons, strongest first in every list the engine returns.
- `Thresholds`: two levels, tunable in Settings (local_setting "dedup_thresholds"): at or above
  `suggest` the pair is shown as "probably the same person"; from `review` up to `suggest` as
  "needs a look"; below: not shown. The member form looks a little lower (from 50: the same
  name and birth year with nothing else known).

How pairs are found (app/dedup/blocking.py): names grouped by their normalised form with the
birth year ± 1, also when the same words come in another order, an abbreviation fits (T. for
Thị) or the names are one letter apart; the same ID number or old CMND on its own; a number one
digit off only with the same birth date (a province's CCCDs of one year are nearly sequential,
so strangers are often one digit apart). Each pair is then scored by adding the weight of each
piece of evidence (app/dedup/scoring.py REASONS), and explained with the same pieces.

Entry points (app/dedup/engine.py): score_pair, find_pairs (within a set), scan (the live
registry, decided pairs and merged persons left out), check (one person against the registry,
indexed lookups only), thresholds / save_thresholds.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from app.i18n import _


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
    # Registered by which office (upper offices compare communes).
    office_id: uuid.UUID | None = None
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


def level_label(level: str) -> str:
    """A pair's level as the Duplicates page, its export and `lalanh dedup scan` say it."""
    return _("Probably the same") if level == "suggest" else _("Needs a look")


# While a person is typed, a record with the same name and birth year and nothing else to tell
# them apart (the engine scores it 55) is worth a glance, though a scan would not raise it: the
# officer has both in front of them and decides. The form shows matches from this score.
FORM_REVIEW = 50


@dataclass(frozen=True)
class Thresholds:
    suggest: int = 85
    review: int = 65
