"""Shared fixtures: every test gets its own data folder and a database built by the migrations."""

from __future__ import annotations

import gc
import os

# Before any Qt import: no screen in CI (ENVIRONMENT.md trap 2).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app.i18n import set_language  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """A fresh LALANH_DATA_DIR per test; messages in Vietnamese as for a user."""
    folder = tmp_path / "data"
    monkeypatch.setenv("LALANH_DATA_DIR", str(folder))
    set_language("vi")
    yield folder
    set_language("vi")
    gc.unfreeze()  # what app.collector set aside in this test is the next test's to collect


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory):
    """One file upgraded to head by the migrations, closed; `empty_db` starts from a copy.

    Running the migrations costs ~0.4 s a database; copying their result costs
    ~0.02 s. The migrations themselves are tested on fresh files in
    test_migrations.py and test_db.py.
    """
    from app.db import open_database

    path = tmp_path_factory.mktemp("template") / "lalanh.db"
    open_database(path).dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture
def empty_db(sqlite_empty_db):
    """A migrated database with no office yet (first start). SQLite here; tests/reports
    overrides it to run on PostgreSQL as well."""
    return sqlite_empty_db


@pytest.fixture
def sqlite_empty_db(data_dir, _migrated_template):
    """A migrated SQLite database file with no office yet."""
    import shutil

    from app.db import open_database

    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_migrated_template, data_dir / "lalanh.db")
    db = open_database(data_dir / "lalanh.db")
    yield db
    db.dispose()


def xlsx_rows(path) -> list[list]:
    """Every row of a workbook's first sheet, as python-calamine (the import side) reads it."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        return book.get_sheet_by_index(0).to_python()
    finally:
        book.close()


def set_up_office(db) -> None:
    """The `db` fixture's office: user "tester", a commune of province 25, two hamlets."""
    from app.services import office

    office.ensure_admin_units(db)
    commune = office.list_communes(db, "25")[0]
    office.setup_office(db, "tester", "UBND xã Thử Nghiệm", commune.code)
    office.add_hamlet(db, "tester", "Thôn Đông")
    office.add_hamlet(db, "tester", "Thôn Tây")


@pytest.fixture
def db(empty_db):
    """A migrated database whose office is set up, with two hamlets."""
    set_up_office(empty_db)
    return empty_db


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL server for the session (tests/pg.py), its template migrated.

    Not found or not starting: every test using it fails with the reason. LALANH_NO_POSTGRES=1
    skips them instead, explicitly."""
    from tests import pg

    if not pg.wanted():
        pytest.skip(f"{pg.SKIP_VARIABLE}=1: the PostgreSQL tests are skipped")
    server, problem = None, None
    try:
        server = pg.PgServer()
        server.make_template()
    except pg.PostgresUnavailable as exc:
        problem = str(exc)
    if problem is not None:
        if server is not None:
            server.stop()
        pytest.fail(f"No PostgreSQL server for the tests: {problem}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def pg_empty_db(data_dir, pg_server):
    """A migrated PostgreSQL database with no office yet, of its own for the test."""
    from app.db import open_database

    url = pg_server.new_database()
    db = open_database(url)
    yield db
    db.dispose()
    pg_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def either_empty_db(request):
    """`empty_db` on each backend in turn: a folder's or module's `empty_db` may return this."""
    return request.getfixturevalue("sqlite_empty_db" if request.param == "sqlite"
                                   else "pg_empty_db")  # fmt: skip


# --- added for the non-GUI suite ----------------------------------------------


@pytest.fixture
def english():
    """Messages in English (the source strings), for tests that match a message's words."""
    set_language("en")
    yield
    set_language("vi")


@pytest.fixture
def hamlets(db):
    """The two hamlets of the `db` fixture, in list order (Thôn Đông, Thôn Tây)."""
    from app.services import office

    return office.list_hamlets(db)


@pytest.fixture
def make_household(db, hamlets):
    """Register a household through the service: `make_household("Nguyễn Văn An", ...)`.

    Keyword arguments go to the head's MemberDraft; `members=[MemberDraft, ...]`
    adds more people, `household={...}` sets HouseholdDraft fields. Returns
    the SavedHousehold.
    """
    from app.services.households import HouseholdDraft, MemberDraft, save_household

    def make(name="Nguyễn Văn An", *, members=(), household=None, user="tester", **head):
        head.setdefault("gender", "male")
        if "birth_date" not in head:
            head.setdefault("birth_year", 1980)
        draft = HouseholdDraft(
            hamlet_id=hamlets[0].id,
            members=[MemberDraft(full_name=name, relation="head", **head), *members],
        )
        for key, value in (household or {}).items():
            setattr(draft, key, value)
        return save_household(db, user, draft)

    return make


@pytest.fixture
def row_counts(empty_db):
    """A function giving {table: number of rows} for every table of the database."""
    import sqlalchemy as sa

    def counts():
        with empty_db.engine.connect() as conn:
            names = [
                n
                for n in sa.inspect(conn).get_table_names()
                if not n.startswith(("sqlite_", "person_fts_"))
            ]
            return {n: conn.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar() for n in names}

    return counts
