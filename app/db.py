"""Opening the database: engine, pragmas, upgrade at start with a backup, checks."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from app import db_errors, paths
from app.errors import UserError
from app.i18n import _
from app.sync.capture import install_session_hooks

log = logging.getLogger(__name__)
SQLITE_MAGIC = b"SQLite format 3\x00"
# The newest migration this version of the app knows. Checked against the
# migrations folder by a test; it lets a start-up with an up-to-date database
# skip loading alembic altogether (≈0.4 s of the 2 s start budget).
SCHEMA_HEAD = "0014"


def raw_rows(conn: sa.Connection, sql: str) -> list[tuple]:
    """All rows of a SQL text straight from the DBAPI cursor: SQLAlchemy's per-row processing
    costs more than SQLite's own work on reads of hundreds of thousands of rows. The SQL must
    hold its values already (codes and raw ids only, never a person's data)."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def json_values(dialect: str, param: str, ids: bool = False) -> str:
    """`SELECT value FROM` the JSON array bound to `:param`, for `x IN (…)` in raw SQL: one
    parameter for any number of values. SQLite reads it with json_each; PostgreSQL with
    json_array_elements_text, the values cast to uuid when they are ids (`ids`)."""
    if dialect == "sqlite":
        return f"SELECT value FROM json_each(:{param})"
    value = "CAST(value AS uuid)" if ids else "value"
    return f"SELECT {value} FROM json_array_elements_text(CAST(:{param} AS json))"


def url_for(db: str | os.PathLike | None) -> str:
    """A database URL from a path, a URL, or nothing (the default file)."""
    if db is None or str(db) == "":
        return f"sqlite:///{paths.default_db_path()}"
    text = str(db)
    return text if "://" in text else f"sqlite:///{Path(text).expanduser().resolve()}"


def _shown(url: str) -> str:
    """Where the data is, for people: the file's path, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    return sa.make_url(url).render_as_string(hide_password=True)


def sqlite_path(url: str) -> Path | None:
    parsed = sa.make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


# sqlite3 binds None by looking it up as an adapter and then asking the protocol for
# `__adapt__`, whose failure formats an AttributeError message: about 0.7 µs a None, a
# third of staging an import's rows. A registered adapter is found at the first lookup;
# `{}.get` returns None for None (in C), so NULL is bound exactly as before.
sqlite3.register_adapter(type(None), {}.get)


def _on_sqlite_connect(dbapi_conn, _record) -> None:
    # pysqlite's own implicit BEGIN is switched off so that SQLAlchemy's
    # transactions (the "begin" hook in make_engine) are real ones.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MB page cache
    cur.close()


def make_engine(url: str) -> sa.Engine:
    # hide_parameters: personal data must never reach an error message or a log.
    if not url.startswith("sqlite"):
        engine = sa.create_engine(url, pool_pre_ping=True, hide_parameters=True)
        db_errors.install(engine)
        return engine
    engine = sa.create_engine(
        url, connect_args={"check_same_thread": False, "timeout": 10}, hide_parameters=True
    )
    db_errors.install(engine)
    event.listen(engine, "connect", _on_sqlite_connect)

    # Writers take the lock at BEGIN (IMMEDIATE), so two writers wait for each
    # other instead of failing half-way.
    @event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        write = conn.get_execution_options().get("lalanh_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite and a folder we cannot write, before touching it."""
    if path.is_dir():
        raise UserError(
            _(
                "{path} is a folder, not a database file. Choose the database file "
                "(e.g. lalanh.db) inside it."
            ).format(path=path)
        )
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            _(
                "Cannot create the data folder {folder}: {error}. Choose another folder "
                "or ask for write permission."
            ).format(folder=folder, error=exc.strerror)
        ) from exc
    if not os.access(folder, os.W_OK):
        raise UserError(
            _(
                "The data folder {folder} is read-only. Lá Lành needs to write there: "
                "ask for write permission or start it with another data folder."
            ).format(folder=folder)
        )
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head != SQLITE_MAGIC:
            raise UserError(
                _(
                    "The file {path} is not a Lá Lành database (it is not an SQLite file). "
                    "Choose the right file, or move this one away to start a new database."
                ).format(path=path)
            )
        if not os.access(path, os.W_OK):
            raise UserError(
                _(
                    "The database file {path} is read-only. Ask for write permission, or "
                    "copy it to a folder you can write to."
                ).format(path=path)
            )
        if _foreign_tables_sqlite(path):
            raise UserError(_foreign_message().format(db=path))


def _foreign_message() -> str:
    return _(
        "The file {db} is not a Lá Lành database: it holds another program's tables. "
        "Choose the right file; nothing was changed."
    )


def _foreign_tables_sqlite(path: Path) -> list[str]:
    """Another program's tables in an SQLite file, read without changing the file.

    (The engine's connect hook switches a file to WAL mode, which rewrites its
    header, so this look happens before the engine touches it.)
    """
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return []  # damaged: open_database reports it with its own message
    if "alembic_version" in names:
        return []
    return [n for n in names if not n.startswith("sqlite_")]


def alembic_config(url: str, connection: sa.Connection | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(conn: sa.Connection) -> str | None:
    """The schema revision stamped in the database (None for an empty one)."""
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a live SQLite database with the backup API (consistent even in WAL mode)."""
    paths.backup_dir().mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backup_dir() / f"{path.stem}-{stamp}-{label}.db"
    # As a URI, so "#", "?" or "%" in a folder name are not read as URI syntax.
    src = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


@dataclass
class Database:
    url: str
    engine: sa.Engine
    _reader: sessionmaker[Session]
    _writer: sessionmaker[Session]

    @contextmanager
    def write(self, user: str) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on error."""
        with self._writer() as session, session.begin():
            session.info["user"] = user
            yield session

    def read(self) -> Session:
        """A session for reading; use it as a context manager."""
        return self._reader()

    @property
    def display_name(self) -> str:
        return _shown(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | os.PathLike | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) and upgrade the database; UserError if it can't be used."""
    url = url_for(db)
    path = sqlite_path(url)
    if path is not None:
        _check_sqlite_file(path)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            # Reading the schema touches the first pages: a damaged or foreign file
            # fails here, before anything is written. (`lalanh db check` runs the
            # full integrity check; it takes too long for every start.)
            if path is not None:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            current = current_revision(conn)
            # A server database of another program (SQLite files were looked at, read-only,
            # by _check_sqlite_file before the engine touched them).
            if path is None and current is None and _foreign_tables(conn):
                raise UserError(_foreign_message().format(db=_shown(url)))
        if upgrade:
            _upgrade(engine, url, path, current)
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        raise UserError(
            _(
                "The database {db} cannot be opened: {detail}. If it is a file, restore the "
                "latest backup from {backups}."
            ).format(
                db=_shown(url),
                detail=str(exc.orig).splitlines()[0] if exc.orig else exc,
                backups=paths.backup_dir(),
            )
        ) from exc
    except UserError:
        engine.dispose()
        raise
    reader = sessionmaker(engine, expire_on_commit=False)
    writer = sessionmaker(engine.execution_options(lalanh_write=True), expire_on_commit=False)
    install_session_hooks(writer)
    install_session_hooks(reader)
    return Database(url=url, engine=engine, _reader=reader, _writer=writer)


def _foreign_tables(conn: sa.Connection) -> list[str]:
    """Tables of a database that has no schema revision (another program's file)."""
    return [
        name
        for name in sa.inspect(conn).get_table_names()
        if name != "alembic_version" and not name.startswith("sqlite_")
    ]


def _upgrade(engine: sa.Engine, url: str, path: Path | None, current: str | None) -> None:
    if current == SCHEMA_HEAD:
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(url))
    head = script.get_current_head()
    if current == head:
        return
    if current is not None and current not in {r.revision for r in script.walk_revisions()}:
        raise UserError(
            _(
                "This database was made by a newer version of Lá Lành (schema {rev}). "
                "Install the newer version to open it; nothing was changed."
            ).format(rev=current)
        )
    if path is not None and current is not None:
        backup = backup_sqlite(path, f"before-{head}")
        log.info("database backed up to %s before upgrade", backup)
    with engine.begin() as conn:
        command.upgrade(alembic_config(url, conn), "head")


def check_database(database: Database) -> list[str]:
    """Problems found by integrity, foreign-key and schema checks (empty: all good)."""
    from alembic.autogenerate import compare_metadata

    from app.models import Base, ledger_tables, synced_tables
    from app.sync.capture import ledger_trigger_names, trigger_names

    problems: list[str] = []
    with database.engine.connect() as conn:
        if database.is_sqlite:
            try:
                result = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            except UserError as exc:  # too damaged to even run the check (see db_errors)
                cause = exc.__cause__
                return [f"integrity: {str(cause).splitlines()[0] if cause else exc.message}"]
            if result != ["ok"]:
                problems += [f"integrity: {r}" for r in result]
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(f"foreign key: table {row[0]} row {row[1]} → {row[2]}")
            names = set(
                conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='trigger'"
                ).scalars()
            )
            ledgers = {t.name for t in ledger_tables()}
            for table in synced_tables():
                expected = ledger_trigger_names if table.name in ledgers else trigger_names
                for trigger in expected(table.name):
                    if trigger not in names:
                        problems.append(f"missing trigger {trigger}")
        current = current_revision(conn)
        if current != head_revision():
            problems.append(f"schema revision {current}, expected {head_revision()}")
        else:
            from alembic.runtime.migration import MigrationContext

            ctx = MigrationContext.configure(conn, opts={"include_name": include_name})
            for diff in compare_metadata(ctx, Base.metadata):
                problems.append(f"schema differs from the models: {diff}")
    return problems


def include_name(name: str | None, type_: str, _parent: dict) -> bool:
    """Alembic comparisons ignore the FTS index and SQLite's own tables."""
    return not (type_ == "table" and name and name.startswith(("person_fts", "sqlite_")))
