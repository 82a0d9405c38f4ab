"""app/db.py: opening, refusing bad files, backups, checks."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat

import pytest
import sqlalchemy as sa

from app import paths
from app.db import (
    SQLITE_MAGIC,
    backup_sqlite,
    check_database,
    current_revision,
    head_revision,
    open_database,
    sqlite_path,
    url_for,
)
from app.errors import UserError
from app.models import Household


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def make_closed_db(path):
    """A migrated database file, closed (WAL checkpointed), for tests that reopen it."""
    db = open_database(path)
    db.dispose()
    assert not path.with_name(path.name + "-wal").exists()
    return path


def test_open_creates_a_migrated_database_with_the_pragmas(data_dir):
    path = data_dir / "new" / "lalanh.db"
    db = open_database(path)
    try:
        assert path.read_bytes()[:16] == SQLITE_MAGIC
        with db.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        db.dispose()


def test_default_database_lives_in_the_data_folder(data_dir):
    assert url_for(None) == f"sqlite:///{data_dir / 'lalanh.db'}"
    db = open_database()
    db.dispose()
    assert (data_dir / "lalanh.db").exists()


def test_url_helpers():
    assert url_for("postgresql://u@host/lalanh") == "postgresql://u@host/lalanh"
    assert sqlite_path("postgresql://u@host/lalanh") is None
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert str(sqlite_path("sqlite:////tmp/x.db")) == "/tmp/x.db"


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(data_dir, english):
    data_dir.mkdir()
    path = data_dir / "lalanh.db"
    path.write_bytes("Họ tên,CCCD\nNguyễn Văn An,026080123456\n".encode() * 50)
    before = digest(path)
    with pytest.raises(UserError, match="not a Lá Lành database") as err:
        open_database(path)
    assert str(path) in err.value.message
    assert digest(path) == before
    assert folder_listing(data_dir) == ["lalanh.db"]  # no -wal, -shm or backup made


def test_a_short_file_that_is_not_sqlite_is_refused(data_dir):
    data_dir.mkdir()
    path = data_dir / "lalanh.db"
    path.write_bytes(b"SQLite")
    with pytest.raises(UserError):
        open_database(path)
    assert path.read_bytes() == b"SQLite"


def test_a_folder_given_as_the_database_is_refused(data_dir, english):
    folder = data_dir / "a folder.db"
    folder.mkdir(parents=True)
    with pytest.raises(UserError, match="folder"):
        open_database(folder)
    assert folder_listing(folder) == []


def test_a_data_folder_that_cannot_be_created_is_refused(data_dir, english):
    data_dir.mkdir()
    blocker = data_dir / "not-a-folder"
    blocker.write_text("a plain file where a folder should be")
    with pytest.raises(UserError, match="Cannot create the data folder"):
        open_database(blocker / "sub" / "lalanh.db")
    assert blocker.read_text() == "a plain file where a folder should be"


def test_a_read_only_data_folder_is_refused(data_dir, english):
    folder = data_dir / "readonly"
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):  # root ignores permissions (CI containers)
            pytest.skip("running as root: permissions do not stop writes")
        with pytest.raises(UserError, match="read-only"):
            open_database(folder / "lalanh.db")
        assert folder_listing(folder) == []
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_corrupt_sqlite_file_is_refused_and_left_alone(data_dir, english):
    data_dir.mkdir()
    path = data_dir / "lalanh.db"
    garbage = bytes((i * 7919 + 13) % 251 for i in range(16 * 4096))
    path.write_bytes(SQLITE_MAGIC + garbage)
    before = digest(path)
    with pytest.raises(UserError, match="damaged"):
        open_database(path)
    assert digest(path) == before
    assert folder_listing(data_dir) == ["lalanh.db"]


def test_damaged_pages_are_reported_by_the_check(data_dir):
    path = make_closed_db(data_dir / "lalanh.db")
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master WHERE type='index'"))
    conn.close()
    # Garble one index page: the file opens, but the integrity check must say so.
    with path.open("r+b") as fh:
        fh.seek((roots["ix_admin_unit_name_folded"] - 1) * page_size)
        fh.write(b"\xff" * page_size)
    try:
        db = open_database(path, upgrade=False)
    except UserError:
        return  # refusing at open is just as good
    try:
        problems = check_database(db)
    finally:
        db.dispose()
    assert problems
    assert any(p.startswith("integrity") for p in problems)


def test_a_database_from_a_newer_version_is_refused_and_unchanged(data_dir, english):
    path = make_closed_db(data_dir / "lalanh.db")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    conn.close()
    before = digest(path)
    with pytest.raises(UserError, match="newer version") as err:
        open_database(path)
    assert "ffff_from_the_future" in err.value.message
    assert digest(path) == before
    assert not paths.backup_dir().exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "ffff_from_the_future",
        )
    conn.close()


def test_an_sqlite_file_of_another_program_is_refused_and_unchanged(data_dir, english):
    data_dir.mkdir()
    path = data_dir / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Nguyễn Văn An', '0912345678')")
    conn.close()
    before = digest(path)
    with pytest.raises(UserError, match="not a Lá Lành database"):
        open_database(path)
    assert digest(path) == before
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.close()
    assert tables == ["contacts"]


def test_an_empty_file_becomes_a_new_database(data_dir):
    data_dir.mkdir()
    path = data_dir / "lalanh.db"
    path.touch()
    db = open_database(path)
    try:
        assert check_database(db) == []
    finally:
        db.dispose()


def test_opening_a_database_at_head_makes_no_backup(data_dir):
    path = make_closed_db(data_dir / "lalanh.db")
    db = open_database(path)
    db.dispose()
    backups = paths.backup_dir()
    assert not backups.exists() or folder_listing(backups) == []


def test_backup_is_a_consistent_readable_copy(db, make_household, data_dir):
    make_household("Nguyễn Văn An")
    make_household("Trần Thị Bình", gender="female")
    # The engine still holds its connection: the last writes may be only in the WAL.
    source = data_dir / "lalanh.db"
    target = backup_sqlite(source, "test-label")
    assert target.parent == paths.backup_dir()
    assert target.name.startswith("lalanh-") and target.name.endswith("-test-label.db")
    with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = sorted(r[0] for r in copy.execute("SELECT full_name FROM person"))
        outbox = copy.execute("SELECT count(*) FROM outbox").fetchone()[0]
    copy.close()
    assert names == ["Nguyễn Văn An", "Trần Thị Bình"]
    with db.engine.connect() as conn:
        assert outbox == conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
    copied = open_database(target)  # the copy opens as a database of its own
    try:
        with copied.read() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Household)) == 2
    finally:
        copied.dispose()


def test_check_database_is_clean_on_a_fresh_database(db):
    assert check_database(db) == []


def test_check_database_reports_a_missing_trigger(empty_db):
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER trg_person_no_delete")
    assert check_database(empty_db) == ["missing trigger trg_person_no_delete"]


def test_check_database_reports_a_schema_that_differs_from_the_models(empty_db):
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE household ADD COLUMN colour TEXT")
    problems = check_database(empty_db)
    assert len(problems) == 1
    assert "schema differs" in problems[0] and "colour" in problems[0]


def test_check_database_reports_a_wrong_revision(empty_db):
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'other'")
    assert check_database(empty_db) == [f"schema revision other, expected {head_revision()}"]


def test_write_commits_at_the_end_and_rolls_back_on_error(db, hamlets):
    from app.models import Hamlet

    with pytest.raises(RuntimeError, match="the power went out"), db.write("tester") as s:
        s.get(Hamlet, hamlets[0].id).kind = "xom"
        s.flush()
        raise RuntimeError("the power went out")
    with db.read() as s:
        assert s.get(Hamlet, hamlets[0].id).kind == "thon"
    with db.write("tester") as s:
        s.get(Hamlet, hamlets[0].id).kind = "xom"
    with db.read() as s:
        assert s.get(Hamlet, hamlets[0].id).kind == "xom"


def test_backup_from_a_folder_whose_name_looks_like_uri_syntax(data_dir):
    folder = data_dir / "Dữ liệu #1 100%"
    db = open_database(folder / "lalanh.db")
    try:
        with db.engine.connect() as conn:
            tables = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        target = backup_sqlite(folder / "lalanh.db", "test")
    finally:
        db.dispose()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM sqlite_master").fetchone() == (tables,)
    copy.close()
    assert folder_listing(data_dir) == ["Dữ liệu #1 100%", "backups"]  # no stray file


def test_display_name_never_shows_a_password(data_dir):
    from app.db import Database

    db = Database.__new__(Database)
    db.url = "postgresql+psycopg://officer:secret@127.0.0.1/lalanh"
    assert "secret" not in db.display_name and "officer" in db.display_name
    db.url = f"sqlite:///{data_dir / 'lalanh.db'}"
    assert db.display_name == str(data_dir / "lalanh.db")


def test_files_written_atomically_get_the_usual_mode_not_a_private_one(tmp_path):
    import os
    import stat

    from app.fileio import write_atomic

    path = tmp_path / "settings.json"
    write_atomic(path, b"{}")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
