"""The one search module: accent-insensitive, prefix search over persons.

SQLite: an FTS5 table over folded text (FTS5's own `remove_diacritics` does
not fold đ, so we fold in Python and in the index feed). Other databases fall
back to prefix LIKE on the folded name and ID columns; PostgreSQL trigram
search belongs here when an office moves to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from app.text import fold

FTS_TABLE = "person_fts"
DOC_TABLE = "person_fts_doc"  # what the index holds: one row per live person


def _doc(p: str, code: str) -> str:
    """The indexed document of a person: folded name, ID numbers, phone, household code."""
    return (
        f"{p}.name_folded || ' ' || coalesce({p}.id_number, '') || ' ' || "
        f"coalesce({p}.old_id_number, '') || ' ' || coalesce({p}.phone, '') || ' ' || "
        f"coalesce({code}, '')"
    )


_CODE_OF_NEW = "(SELECT lower(code) FROM household WHERE household.id = NEW.household_id)"

# Why this shape (bench/README.md has the figures, 1 M households):
# - `prefix='1 2 3 4 5 6'`: a prefix query with a prefix index reads one
#   doclist lazily and stops after the first page; without one, FTS5 first
#   merges the doclists of every term with that prefix ("nguy" → all of
#   "nguyen": 1.3 M persons; a CCCD prefix: a term per person), 100-250 ms.
#   Six covers every Vietnamese syllable but "nghieng" and the prefixes of
#   numbers that many persons share.
# - `detail=none`, `columnsize=0`: we only ask "which rows have tokens starting
#   with ...", never phrases or ranks; positions and sizes would be 4× the index.
# - External content in `person_fts_doc`, keyed by person_id: a person's
#   change finds its entry by an index instead of scanning the whole index,
#   and the index mirrors that table through its own triggers.
FTS_DDL = [
    f"CREATE TABLE {DOC_TABLE} (id INTEGER PRIMARY KEY, person_id TEXT NOT NULL UNIQUE, "
    "doc TEXT NOT NULL)",
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(person_id UNINDEXED, doc, "
    f"content='{DOC_TABLE}', content_rowid='id', tokenize='unicode61 remove_diacritics 0', "
    "prefix='1 2 3 4 5 6', detail=none, columnsize=0)",
    f"CREATE TRIGGER trg_person_fts_doc_insert AFTER INSERT ON {DOC_TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE} (rowid, person_id, doc) VALUES (NEW.id, NEW.person_id, NEW.doc); "
    "END",
    f"CREATE TRIGGER trg_person_fts_doc_delete AFTER DELETE ON {DOC_TABLE} BEGIN "
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, person_id, doc) "
    "VALUES ('delete', OLD.id, OLD.person_id, OLD.doc); END",
    # Voided persons leave the index; everything else is re-indexed on change.
    f"CREATE TRIGGER trg_person_fts_insert AFTER INSERT ON person WHEN NEW.voided = 0 BEGIN "
    f"INSERT INTO {DOC_TABLE} (person_id, doc) VALUES (NEW.id, {_doc('NEW', _CODE_OF_NEW)}); "
    "END",
    f"CREATE TRIGGER trg_person_fts_update AFTER UPDATE OF name_folded, id_number, "
    f"old_id_number, phone, household_id, voided ON person BEGIN "
    f"DELETE FROM {DOC_TABLE} WHERE person_id = OLD.id; "
    f"INSERT INTO {DOC_TABLE} (person_id, doc) SELECT NEW.id, {_doc('NEW', _CODE_OF_NEW)} "
    "WHERE NEW.voided = 0; END",
    # The household code is part of its members' documents.
    f"CREATE TRIGGER trg_household_fts_code AFTER UPDATE OF code ON household "
    "WHEN NEW.code IS NOT OLD.code BEGIN "
    f"DELETE FROM {DOC_TABLE} WHERE person_id IN "
    "(SELECT id FROM person WHERE household_id = NEW.id); "
    f"INSERT INTO {DOC_TABLE} (person_id, doc) SELECT p.id, {_doc('p', 'lower(NEW.code)')} "
    "FROM person p WHERE p.household_id = NEW.id AND p.voided = 0; END",
]
FTS_DROP = [
    "DROP TRIGGER IF EXISTS trg_household_fts_code",
    "DROP TRIGGER IF EXISTS trg_person_fts_update",
    "DROP TRIGGER IF EXISTS trg_person_fts_insert",
    "DROP TRIGGER IF EXISTS trg_person_fts_doc_delete",
    "DROP TRIGGER IF EXISTS trg_person_fts_doc_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
    f"DROP TABLE IF EXISTS {DOC_TABLE}",
]


def uses_fts(bind: sa.Connection | sa.Engine) -> bool:
    return bind.dialect.name == "sqlite"


_AUTOMERGE = 4  # FTS5's default: merge a level once it holds 4 segments
_MERGE_PAGES = 500  # work of one 'merge' command, in leaf pages written
_MOST_MERGES = 200  # a bound on the final merging (it ends after a few at 100,000 persons)


@contextmanager
def bulk_indexing(conn: sa.Connection) -> Iterator[None]:
    """Many persons indexed in the caller's transaction (an import): FTS5's automatic merging
    paused, and the segments left merged once at the end.

    Automerge merges a level's segments each time four have piled up, again and again as the
    index grows: about 0.2 s of SQLite's work in a 100,000-person import. One merge of the ~20
    segments left at the end takes 0.04 s. The setting is part of the transaction: a rollback undoes it too; it is put back
    in any case.
    """
    if not uses_fts(conn):
        yield
        return
    command = f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)"
    row = conn.exec_driver_sql(f"SELECT v FROM {FTS_TABLE}_config WHERE k = 'automerge'").first()
    automerge = int(row[0]) if row is not None else _AUTOMERGE
    conn.exec_driver_sql(command, ("automerge", 0))
    done = False
    try:
        yield
        done = True
    finally:
        raw = conn.connection.driver_connection
        if done:  # 'merge' with N > 0 merges levels of 4 or more segments, N pages at a time
            for _ in range(_MOST_MERGES):
                before = raw.total_changes
                conn.exec_driver_sql(command, ("merge", _MERGE_PAGES))
                if raw.total_changes - before < 2:  # nothing left to merge (FTS5's docs)
                    break
        if raw.in_transaction:
            conn.exec_driver_sql(command, ("automerge", automerge))


_NUMBER_TYPED = re.compile(r"^\+?[\d\s.\-()]+$")


def search_words(text: str) -> list[str]:
    """The folded words to look for. A number typed in groups — a phone
    "0912 345 678" or "+84 912…", a CCCD "001 085 123456" — is one word, as stored."""
    if _NUMBER_TYPED.match(text or "") and sum(ch.isdigit() for ch in text) >= 6:
        digits = "".join(ch for ch in text if ch.isdigit())
        if text.strip().startswith("+84") or (digits.startswith("84") and len(digits) == 11):
            digits = "0" + digits[2:]
        return [digits]
    return fold(text).split()


def person_matches(dialect_name: str, text: str) -> sa.Subquery | None:
    """A subquery (pos, person_id) of live persons matching `text`; None if nothing to search.

    `pos` increases in the index's own order and is the keyset cursor: callers
    order by it and continue with `pos > last`. With FTS5 the index order is
    rowid order, which lets SQLite stop after the first page instead of
    ranking every "Nguyễn" in a province.
    """
    words = search_words(text)
    if not words:
        return None
    if dialect_name == "sqlite":
        return (
            sa.text(f"SELECT rowid AS pos, person_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q")
            .bindparams(q=" ".join(f'"{w}"*' for w in words))
            .columns(pos=sa.Integer, person_id=sa.String)
            .subquery("matches")
        )
    return _like_matches(words)


def _like_matches(words: list[str]) -> sa.Subquery:
    from app.models import Household, Person

    query = (
        sa.select(Person.id.label("pos"), Person.id.label("person_id"))
        .join(Household, Household.id == Person.household_id)
        .where(Person.voided.is_(False))
    )
    for w in words:
        query = query.where(
            sa.or_(
                Person.name_folded.like(f"{w}%"),
                Person.name_folded.like(f"% {w}%"),
                Person.id_number.like(f"{w}%"),
                Person.old_id_number.like(f"{w}%"),
                Person.phone.like(f"{w}%"),
                sa.func.lower(Household.code).like(f"{w}%"),
            )
        )
    return query.subquery("matches")


# --- bulk loading (demo, large imports) ---------------------------------------

BULK_CACHE_KIB = 512 * 1024  # page cache while loading, so growing indexes stay in memory


def begin_bulk_load(conn: sa.Connection, restore: int | None = None) -> int | None:
    """Prepare this connection for a long series of inserts; returns what to restore.

    Call at the start of each write transaction of the load (the pool may hand
    out another connection); pass back what the first call returned.
    """
    if not uses_fts(conn):
        return restore
    if restore is None:
        restore = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    return restore


def end_bulk_load(conn: sa.Connection, restore: int | None, optimize: bool = True) -> None:
    """After a bulk load: merge the search index into one segment, give the cache back.

    Merged, the index of 3.6 M persons is 150 MB and prefix queries read one
    segment instead of dozens (measured: a fifth faster); merging takes ~10 s.
    """
    if not uses_fts(conn):
        return
    if optimize:
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
    if restore is not None:
        conn.exec_driver_sql(f"PRAGMA cache_size={restore}")
