"""migrations/: the migrated schema equals the models; every revision goes down and up."""

from __future__ import annotations

import re

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db import alembic_config, check_database, head_revision, include_name, make_engine
from app.models import Base, ledger_tables, synced_tables
from app.sync.capture import ledger_trigger_names, trigger_names


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'migrations.db'}"


@pytest.fixture
def engine(url):
    engine = make_engine(url)  # the app's engine: WAL, foreign keys, real transactions
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def head_engine(tmp_path_factory):
    """One database upgraded to head from an empty file, for tests that only look at it."""
    url = f"sqlite:///{tmp_path_factory.mktemp('head') / 'head.db'}"
    engine = make_engine(url)
    migrate(engine, url, command.upgrade, "head")
    yield engine
    engine.dispose()


def migrate(engine, url, action, revision):
    """Run one alembic command in one transaction, the way the app upgrades at start."""
    with engine.begin() as conn:
        action(alembic_config(url, conn), revision)


def schema_differences(engine) -> list:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        return compare_metadata(ctx, Base.metadata)


def sqlite_objects(engine, kind: str) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(
            conn.execute(
                sa.text("SELECT name, sql FROM sqlite_master WHERE type = :t"), {"t": kind}
            ).all()
        )


def test_there_is_one_head():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert len(script.get_heads()) == 1
    assert script.get_current_head() == head_revision()


def test_upgrade_to_head_gives_exactly_the_models(head_engine):
    assert schema_differences(head_engine) == []


def test_the_comparison_would_see_a_difference(url, engine):
    # Guard for the test above: a column the models lack must show up.
    migrate(engine, url, command.upgrade, "head")
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE person ADD COLUMN nickname TEXT")
    diffs = schema_differences(engine)
    assert [(d[0], d[3].name) for d in diffs] == [("remove_column", "nickname")]


def test_every_revision_downgrades_and_upgrades_again(url, engine):
    script = ScriptDirectory.from_config(alembic_config(url))
    revisions = list(reversed(list(script.walk_revisions())))  # oldest first
    assert revisions
    for rev in revisions:
        migrate(engine, url, command.upgrade, rev.revision)
        migrate(engine, url, command.downgrade, rev.down_revision or "base")
        migrate(engine, url, command.upgrade, rev.revision)
    migrate(engine, url, command.downgrade, "base")
    with engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    assert tables == {"alembic_version"}  # everything else went away, FTS index included
    assert sqlite_objects(engine, "trigger") == {}
    migrate(engine, url, command.upgrade, "head")
    assert schema_differences(engine) == []


def test_every_synced_table_has_its_outbox_and_no_delete_triggers(head_engine):
    triggers = sqlite_objects(head_engine, "trigger")
    ledgers = {t.name for t in ledger_tables()}
    tables = [t for t in synced_tables() if t.name not in ledgers]
    assert {t.name for t in tables} >= {"office", "hamlet", "category", "household", "person",
                                        "category_assignment", "need"}  # fmt: skip
    for table in tables:
        insert, update, no_delete = trigger_names(table.name)
        assert {insert, update, no_delete} <= triggers.keys(), table.name
        for name in (insert, update):
            sql = triggers[name]
            assert re.search(rf"\bON {table.name}\b", sql)
            assert "INSERT INTO outbox" in sql
            assert f"'{table.name}', NEW.id" in sql and "NEW.hlc" in sql
        assert "RAISE(ABORT" in triggers[no_delete]
        assert f"BEFORE DELETE ON {table.name}" in triggers[no_delete]


def test_every_ledger_refuses_updates_and_deletes_and_feeds_the_outbox(head_engine):
    triggers = sqlite_objects(head_engine, "trigger")
    ledgers = ledger_tables()
    assert {t.name for t in ledgers} == {"list_event", "donation", "stock_adjustment", "receipt",
                                         "receipt_line", "purge_tombstone"}  # fmt: skip
    for table in ledgers:
        insert, no_update, no_delete = ledger_trigger_names(table.name)
        assert "INSERT INTO outbox" in triggers[insert]
        assert f"BEFORE UPDATE ON {table.name}" in triggers[no_update]
        assert f"BEFORE DELETE ON {table.name}" in triggers[no_delete]
        assert f"trg_{table.name}_outbox_update" not in triggers


def test_only_synced_tables_have_outbox_triggers(head_engine):
    outbox_triggers = {
        n for n in sqlite_objects(head_engine, "trigger") if n.endswith("_outbox_insert")
    }
    assert outbox_triggers == {f"trg_{t.name}_outbox_insert" for t in synced_tables()}


def test_the_search_index_is_built_by_the_migration(head_engine):
    tables = sqlite_objects(head_engine, "table")
    assert "person_fts" in tables and "fts5" in tables["person_fts"]
    triggers = sqlite_objects(head_engine, "trigger")
    assert {"trg_person_fts_insert", "trg_person_fts_update"} <= triggers.keys()


def test_check_database_is_clean_after_the_migrations(empty_db):
    assert check_database(empty_db) == []


def test_schema_head_constant_matches_the_migrations_folder():
    """app.db.SCHEMA_HEAD lets start-up skip alembic; it must name the newest migration."""
    from app.db import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD


def test_an_office_set_up_before_programs_gets_the_built_in_items(url, engine):
    from app.services import vocab

    migrate(engine, url, command.upgrade, "0002")
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO installation (id, office_id, epoch, last_hlc, created_at) "
                             "VALUES (1, :o, :e, 0, '2026-01-01 00:00:00.000000')"),
                     {"o": "0" * 31 + "1", "e": "0" * 31 + "2"})  # fmt: skip
    migrate(engine, url, command.upgrade, "head")
    with engine.connect() as conn:
        codes = set(conn.execute(sa.text("SELECT code FROM aid_item")).scalars())
        captured = conn.execute(
            sa.text("SELECT count(*) FROM outbox WHERE table_name = 'aid_item'")
        ).scalar()
    assert codes == {code for code, *_ in vocab.BUILTIN_ITEMS} and captured == len(codes)


def test_0006_adds_the_office_document_settings_and_takes_them_away_again(url, engine):
    """An office set up before 0006 gets an empty table (the app offers defaults); its rows
    reach the outbox; a downgrade drops the table, its triggers and its outbox entries only."""
    from app.sync.capture import trigger_names

    migrate(engine, url, command.upgrade, "0005")
    office = "0" * 31 + "1"
    with engine.begin() as conn:
        conn.execute(sa.text("INSERT INTO installation (id, office_id, epoch, last_hlc, created_at) "
                             "VALUES (1, :o, :e, 0, '2026-01-01 00:00:00.000000')"),
                     {"o": office, "e": "0" * 31 + "2"})  # fmt: skip
        before = conn.execute(sa.text("SELECT count(*) FROM outbox")).scalar()
    migrate(engine, url, command.upgrade, "0006")
    names = trigger_names("office_document_settings")
    assert set(names) <= sqlite_objects(engine, "trigger").keys()
    with engine.begin() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM office_document_settings")).scalar() == 0
        conn.execute(sa.text(
            "INSERT INTO office_document_settings (id, office_id, superior_body, issuing_body, "
            "place_name, symbol, hotline, posting_days, zero_tens_word, thousand_word, signers, "
            "origin_office_id, version, hlc, field_hlc, voided, created_at, updated_at, "
            "created_by, updated_by) VALUES (:id, :o, '', 'ỦY BAN NHÂN DÂN', 'Yên Lạc', "
            "'DS-UBND', '', 15, 'linh', 'nghìn', '[]', :o, 1, 5, '{}', 0, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 't', 't')"),
            {"id": "0" * 31 + "3", "o": office})  # fmt: skip
        assert conn.execute(sa.text(
            "SELECT op FROM outbox WHERE table_name = 'office_document_settings'")).all() == [("I",)]  # fmt: skip
        with pytest.raises(sa.exc.DatabaseError, match="never deleted"), conn.begin_nested():
            conn.execute(sa.text("DELETE FROM office_document_settings"))
    migrate(engine, url, command.downgrade, "0005")
    with engine.connect() as conn:
        assert not sa.inspect(conn).has_table("office_document_settings")
        assert conn.execute(sa.text("SELECT count(*) FROM outbox")).scalar() == before
    assert not set(names) & sqlite_objects(engine, "trigger").keys()


def test_0008_computes_the_given_name_of_persons_already_registered(url, engine):
    """person.given_folded is computed by the database, for rows registered before 0008 and
    after, without putting a single person in the outbox; a downgrade keeps every person."""
    from app.text import fold, given_name_key

    migrate(engine, url, command.upgrade, "0007")
    names = ["Nguyễn Thị Hằng", "Hằng", "Lê Văn An-Bình", "Trần T. Thu Hà"]
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO household (id, office_id, code, origin_office_id, version, hlc, "
            "field_hlc, voided, created_at, updated_at, created_by, updated_by) VALUES "
            "(:h, :o, '000001', :o, 1, 1, '{}', 0, '2026-01-01', '2026-01-01', 't', 't')"),
            {"h": "0" * 31 + "4", "o": "0" * 31 + "1"})  # fmt: skip
        for i, name in enumerate(names):
            conn.execute(sa.text(
                "INSERT INTO person (id, household_id, full_name, name_folded, id_type, relation, "
                "residence_status, origin_office_id, version, hlc, field_hlc, voided, created_at, "
                "updated_at, created_by, updated_by) VALUES (:id, :h, :n, :f, 'none', 'head', "
                "'permanent', :o, 1, 1, '{}', 0, '2026-01-01', '2026-01-01', 't', 't')"),
                {"id": f"{i + 10:032d}", "h": "0" * 31 + "4", "n": name, "f": fold(name),
                 "o": "0" * 31 + "1"})  # fmt: skip
        outbox = conn.execute(sa.text("SELECT count(*) FROM outbox")).scalar()
    migrate(engine, url, command.upgrade, "0008")
    with engine.begin() as conn:
        got = conn.execute(sa.text("SELECT full_name, given_folded FROM person ORDER BY id")).all()
        assert got == [(n, given_name_key(n)) for n in names]
        assert conn.execute(sa.text("SELECT count(*) FROM outbox")).scalar() == outbox
        conn.execute(sa.text("UPDATE person SET name_folded = 'pham van duc' WHERE id = :id"),
                     {"id": f"{10:032d}"})  # fmt: skip
        assert conn.execute(sa.text("SELECT given_folded FROM person WHERE id = :id"),
                            {"id": f"{10:032d}"}).scalar() == "duc"  # fmt: skip
        plan = conn.execute(sa.text("EXPLAIN QUERY PLAN SELECT id FROM person WHERE "
                                    "given_folded = 'hang' AND birth_year = 1975")).all()  # fmt: skip
        assert "ix_person_given_birth" in str(plan)
    migrate(engine, url, command.downgrade, "0007")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM person")).scalar() == len(names)
        assert "given_folded" not in {c["name"] for c in sa.inspect(conn).get_columns("person")}


def test_0010_reads_a_given_names_persons_from_the_index_alone(url, engine):
    """After 0010 the check's lookup by given name and birth year reads the folded names from
    the index (no table row: no deferred seek made good by a column of the table), and the
    name range of a given name one letter off is part of the search; a downgrade brings the
    old index back."""
    migrate(engine, url, command.upgrade, "0010")
    sql = ("SELECT p.rowid, p.name_folded FROM person p WHERE p.given_folded IN ('hang', 'hanh') "
           "AND p.birth_year IN (1974, 1975) AND p.name_folded >= 'nguyen thi ' "
           "AND p.name_folded < 'nguyen thi ~'")  # fmt: skip
    with engine.connect() as conn:
        plan = str(conn.execute(sa.text(f"EXPLAIN QUERY PLAN {sql}")).all())
        search = "ix_person_given_birth_name (given_folded=? AND birth_year=? AND name_folded>?"
        assert search in plan
        root = conn.execute(
            sa.text("SELECT rootpage FROM sqlite_master WHERE name = 'person'")
        ).scalar()
        program = conn.execute(sa.text(f"EXPLAIN {sql}")).all()
        (table,) = {r.p1 for r in program if r.opcode == "OpenRead" and r.p2 == root}
        # The table's row is sought only when one of its columns is read: none is.
        assert [r.opcode for r in program if r.p3 == table and r.opcode == "DeferredSeek"]
        reads = {"Column", "Rowid", "SeekRowid", "NotExists", "NotFound", "Found", "SeekGE"}
        assert [r for r in program if r.p1 == table and r.opcode in reads] == []
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("person")}
        assert "ix_person_given_birth_name" in indexes and "ix_person_given_birth" not in indexes
    migrate(engine, url, command.downgrade, "0009")
    with engine.connect() as conn:
        indexes = {i["name"] for i in sa.inspect(conn).get_indexes("person")}
        assert "ix_person_given_birth" in indexes and "ix_person_given_birth_name" not in indexes
