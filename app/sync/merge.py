"""Field-level merge of received rows into stored ones (SYNC.md §5–6, decision 0007).

Every data column is merged on its own: the value with the higher field stamp wins; two
different values with the same stamp (two offices in the same millisecond and counter) are
ordered by their canonical text, so every office keeps the same one in every delivery order.
Ledger rows are inserted if absent and never changed. An edit of an identity or eligibility
field (capture.HARD_FIELDS) that neither side had seen when it made its own raises a
conflict for review; the merge itself still converges by the rule above.

Two edits are concurrent when neither was based on the other: each edit's field stamps carry,
under "<", the stamp it replaced (its base). Edit X saw edit Y iff base(X) ≥ stamp(Y): an
office's field stamp only grows, so an office that held Y replaced at least Y's stamp.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from app.sync import hlc
from app.sync.capture import BASE_KEY, DEFAULT_STAMP, HARD_FIELDS
from app.sync.columns import ENTITLEMENTS_STAMP_FIELD, TableSpec, _datetime_in

CHUNK = 500


def stamp_of(fs: dict, row_hlc: int, column: str) -> int:
    return fs.get(column, fs.get(DEFAULT_STAMP, row_hlc))


def tie_key(value: object) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def sparse_stamps(full: dict[str, int], row_hlc: int, bases: dict[str, list]) -> dict:
    """The stored form of a row's field stamps: the commonest stamp as "_" (left out when it
    is the row's own), the others by field, and the identity fields' bases under "<"."""
    counts = Counter(full.values())
    default = max(counts, key=lambda s: (counts[s], s)) if counts else row_hlc
    out: dict = {c: s for c, s in full.items() if s != default}
    if default != row_hlc:
        out[DEFAULT_STAMP] = default
    if bases:
        out[BASE_KEY] = bases
    return out


def conflict_id(table: str, row_id: str, column: str, base: int) -> str:
    """The same at every office: the field and the stamp both edits started from."""
    return hashlib.sha256(f"{table}\0{row_id}\0{column}\0{base}".encode()).hexdigest()


@dataclass
class Side:
    value: object  # as it travels
    hlc: int
    office: str | None
    by: str | None

    @property
    def at(self) -> datetime:
        return datetime.fromtimestamp(hlc.wall_ms(self.hlc) / 1000).replace(microsecond=0)


@dataclass
class Conflict:
    id: str
    table: str
    row_id: str
    column: str
    sides: list[Side]


# A checked date-time's stored text; rows of a batch share few (made in the same minutes).
_stored_datetime = lru_cache(maxsize=1 << 14)(_datetime_in)


@dataclass
class Incoming:
    """A received row: head values, data in wire and in stored form, entitlement lines."""

    id: str
    op: str
    hlc: int
    version: int
    fs: dict
    origin: str
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str
    wire: list
    stored: list
    lines: list | None = None
    _insert: list | None = None

    def insert_values(self) -> list:
        """The row as stored, in TableSpec.stored_columns order (computed once)."""
        if self._insert is None:
            fs = json.dumps(self.fs) if self.fs else "{}"
            created = _stored_datetime(self.created_at)
            updated = (
                created if self.updated_at == self.created_at
                else _stored_datetime(self.updated_at)
            )  # fmt: skip
            self._insert = [self.id, self.hlc, self.version, fs, self.origin, created,
                            self.created_by, updated, self.updated_by, *self.stored]  # fmt: skip
        return self._insert


@dataclass
class Merged:
    values: list  # in spec.stored_columns order
    lines_win: bool


@dataclass
class MergeResult:
    updates: list[Merged] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    resolved: list[tuple[str, str, str, int, str]] = field(default_factory=list)


def _meta(fs: dict, column: str) -> list | None:
    bases = fs.get(BASE_KEY)
    return bases.get(column) if type(bases) is dict else None


def merge_row(spec: TableSpec, inc: Incoming, stored: tuple, batch_origin: str,
              result: MergeResult) -> None:  # fmt: skip
    """Merge one received row into its stored version; an update in `result` if anything
    changes. `stored` is the row in spec.stored_columns order (SQLite values)."""
    s_hlc, s_version, s_fs_text, s_origin = stored[1], stored[2], stored[3], stored[4]
    s_fs = json.loads(s_fs_text) if s_fs_text else {}
    i_fs, i_hlc = inc.fs, inc.hlc
    hard = HARD_FIELDS.get(spec.name, ())
    base_offset = 9
    new_values = list(stored)
    full: dict[str, int] = {}
    bases: dict[str, list] = {}
    values_changed = False
    lines_win = False
    for k, col in enumerate(spec.data):
        c = col.name
        si = stamp_of(i_fs, i_hlc, c)
        ss = stamp_of(s_fs, s_hlc, c)
        raw = stored[base_offset + k]
        same = inc.stored[k] == raw or inc.wire[k] == col.to_wire(raw)
        if si == ss:
            incoming_wins = not same and tie_key(inc.wire[k]) > tie_key(col.to_wire(raw))
        else:
            incoming_wins = si > ss
        i_meta, s_meta = _meta(i_fs, c), _meta(s_fs, c)
        if c in hard and si != ss:
            i_base = i_meta[0] if i_meta else 0
            s_base = s_meta[0] if s_meta else 0
            if not same and i_base < ss and s_base < si:
                i_side = Side(inc.wire[k], si, i_meta[1] if i_meta else batch_origin,
                              inc.updated_by if si == i_hlc else None)  # fmt: skip
                s_side = Side(col.to_wire(raw), ss, s_meta[1] if s_meta else s_origin,
                              stored[8] if ss == s_hlc else None)  # fmt: skip
                sides = [i_side, s_side] if incoming_wins else [s_side, i_side]
                cid = conflict_id(spec.name, inc.id, c, min(i_base, s_base))
                result.conflicts.append(Conflict(cid, spec.name, inc.id, c, sides))
            elif incoming_wins:
                result.resolved.append((spec.name, inc.id, c, si, inc.updated_by))
        if incoming_wins:
            full[c] = si
            if i_meta:
                bases[c] = i_meta
            if not same:
                new_values[base_offset + k] = inc.stored[k]
                values_changed = True
            if c == ENTITLEMENTS_STAMP_FIELD:
                lines_win = True
        else:
            full[c] = ss
            if s_meta:
                bases[c] = s_meta
    new_hlc = max(s_hlc, i_hlc)
    new_fs = sparse_stamps(full, new_hlc, bases)
    if not values_changed and new_hlc == s_hlc and new_fs == s_fs and not lines_win:
        return
    new_values[1] = new_hlc
    new_values[2] = (s_version or 0) + 1
    new_values[3] = json.dumps(new_fs)
    if i_hlc > s_hlc:
        new_values[7] = _stored_datetime(inc.updated_at)
        new_values[8] = inc.updated_by
    result.updates.append(Merged(new_values, lines_win))
