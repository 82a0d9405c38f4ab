"""The one search module: accent-insensitive, prefix search over persons.

SQLite: an FTS5 table over folded text (FTS5's own `remove_diacritics` does
not fold đ, so we fold in Python and in the index feed). Other databases fall
back to prefix LIKE on the folded name and ID columns; PostgreSQL trigram
search belongs here when an office moves to it.
"""

from __future__ import annotations

import sqlalchemy as sa

from app.text import fold

FTS_TABLE = "person_fts"

# The indexed document of a person: folded name, ID numbers, phone, household code.
_DOC = (
    "NEW.name_folded || ' ' || coalesce(NEW.id_number, '') || ' ' || "
    "coalesce(NEW.old_id_number, '') || ' ' || coalesce(NEW.phone, '') || ' ' || "
    "coalesce((SELECT lower(code) FROM household WHERE household.id = NEW.household_id), '')"
)

FTS_DDL = [
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(person_id UNINDEXED, doc, "
    "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')",
    # Voided persons leave the index; everything else is re-indexed on change.
    f"CREATE TRIGGER trg_person_fts_insert AFTER INSERT ON person WHEN NEW.voided = 0 BEGIN "
    f"INSERT INTO {FTS_TABLE} (person_id, doc) VALUES (NEW.id, {_DOC}); END",
    f"CREATE TRIGGER trg_person_fts_update AFTER UPDATE OF name_folded, id_number, "
    f"old_id_number, phone, household_id, voided ON person BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE person_id = OLD.id; "
    f"INSERT INTO {FTS_TABLE} (person_id, doc) SELECT NEW.id, {_DOC} WHERE NEW.voided = 0; END",
]
FTS_DROP = [
    "DROP TRIGGER IF EXISTS trg_person_fts_update",
    "DROP TRIGGER IF EXISTS trg_person_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
]


def uses_fts(bind: sa.Connection | sa.Engine) -> bool:
    return bind.dialect.name == "sqlite"


def person_matches(dialect_name: str, text: str) -> sa.Subquery | None:
    """A subquery (pos, person_id) of live persons matching `text`; None if nothing to search.

    `pos` increases in the index's own order and is the keyset cursor: callers
    order by it and continue with `pos > last`. With FTS5 the index order is
    rowid order, which lets SQLite stop after the first page instead of
    ranking every "Nguyễn" in a province.
    """
    words = fold(text).split()
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
