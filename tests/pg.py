"""A throw-away PostgreSQL server for the tests that run on both backends.

One server a test session: `initdb` into a temporary folder, started on a free port on
127.0.0.1 (and its own socket folder), stopped and removed at the end. PostgreSQL refuses to
run as root, so as root it runs as the `postgres` user (the Debian package creates it).
The migrations run once into a template database; each test gets its own copy
(`CREATE DATABASE … TEMPLATE`, ~0.1 s), dropped afterwards.

Where the server programs are: $LALANH_PG_BIN, else `initdb` on PATH, else the newest
/usr/lib/postgresql/*/bin (Debian/Ubuntu). No server there, or one that does not start, is
a test failure with the reason — never a silent skip. A developer without PostgreSQL sets
LALANH_NO_POSTGRES=1 to skip these tests explicitly.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import sqlalchemy as sa

SKIP_VARIABLE = "LALANH_NO_POSTGRES"
TEMPLATE = "lalanh_template"
PREFIX = "lalanh-pg-"  # the temporary folders' names
OWNER = "owner.pid"  # in the folder: the test run's process


class PostgresUnavailable(RuntimeError):
    """The server could not be found or started; the message says why and what to do."""


def wanted() -> bool:
    return os.environ.get(SKIP_VARIABLE, "").strip() not in ("1", "yes", "true")


def find_bin() -> Path:
    candidates = []
    if os.environ.get("LALANH_PG_BIN"):
        candidates.append(Path(os.environ["LALANH_PG_BIN"]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)

    def version(path: str) -> tuple[int, ...]:
        name = Path(path).parent.name
        return tuple(int(p) for p in name.split(".") if p.isdigit())

    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version,
                                           reverse=True)]  # fmt: skip
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL's server programs (initdb, pg_ctl) were not found: install the "
        "`postgresql` package (python3 dev.py test does it on Debian/Ubuntu), or point "
        f"LALANH_PG_BIN at their folder, or set {SKIP_VARIABLE}=1 to skip the PostgreSQL tests."
    )


def clean_up_abandoned() -> None:
    """Stop and remove the servers of test runs that were killed before their teardown (the
    process named in the folder's owner file is gone)."""
    for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
        try:
            owner = int((folder / OWNER).read_text())
        except (OSError, ValueError):
            continue
        try:
            os.kill(owner, 0)
            continue  # still running: another test run's server
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        data = folder / "data"
        with contextlib.suppress(OSError, ValueError, IndexError):
            pid = int((data / "postmaster.pid").read_text().split()[0])
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            if str(data).encode() in command:  # that server still, not a reused process id
                os.kill(pid, signal.SIGQUIT)  # PostgreSQL's immediate shutdown
        shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgServer:
    """A running throw-away server; `url(name)` for a database on it."""

    def __init__(self) -> None:
        self.bin = find_bin()
        self.run_as = "postgres" if os.geteuid() == 0 else None
        if self.run_as is not None:
            try:
                self._pw = pwd.getpwnam(self.run_as)
            except KeyError as exc:
                raise PostgresUnavailable(
                    "running as root, and PostgreSQL will not run as root, but there is no "
                    "`postgres` user to run it as (the postgresql package creates one)"
                ) from exc
        clean_up_abandoned()
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.folder / OWNER).write_text(str(os.getpid()))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        if self.run_as is not None:
            os.chown(self.folder, self._pw.pw_uid, self._pw.pw_gid)
        try:
            self._run(["initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                       "-E", "UTF8", "--no-locale", "--no-sync"])  # fmt: skip
            options = (
                f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            self._run(["pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"),
                       "-o", options, "-w", "-t", "60", "start"])  # fmt: skip
        except BaseException:
            self.stop()
            raise
        self.admin = sa.create_engine(self.url("postgres"), isolation_level="AUTOCOMMIT")

    def _run(self, command: list[str]) -> None:
        command = [str(self.bin / command[0]), *command[1:]]
        extra = {}
        if self.run_as is not None:
            extra = {"user": self._pw.pw_uid, "group": self._pw.pw_gid, "extra_groups": []}
        env = dict(os.environ, LC_ALL="C", HOME=str(self.folder))
        result = subprocess.run(command, cwd=self.folder, env=env, capture_output=True,
                                text=True, stdin=subprocess.DEVNULL, **extra)  # fmt: skip
        if result.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailable(
                f"{Path(command[0]).name} failed (exit {result.returncode}): "
                f"{(result.stderr or result.stdout).strip()[-2000:]}\n{tail}".strip()
            )

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def make_template(self) -> None:
        """The migrations, once, into the template every test's database is copied from."""
        from app.db import open_database

        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {TEMPLATE}")
        open_database(self.url(TEMPLATE)).dispose()  # no connection may stay on a template

    def new_database(self, template: str | None = None) -> str:
        """A fresh database's URL: a copy of the migrated template, or of the database at
        `template` (a URL; nothing may be connected to it)."""
        name = f"t{next(self._names)}"
        source = sa.make_url(template).database if template else TEMPLATE
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {source}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = sa.make_url(url).database
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if hasattr(self, "admin"):
            self.admin.dispose()
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(PostgresUnavailable):  # a server gone already
                self._run(["pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)
