"""Offices for the sync tests: each a database copied from a migrated template, set up as an
office of a small tree, with its own keys; helpers to seal, exchange and compare.

Not a test module: imported by tests/sync/test_*.py (and by the kill test's subprocess).
"""

from __future__ import annotations

import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from app.db import Database, open_database
from app.models import Office
from app.services import office as office_service
from app.sync.apply import ApplyReport, apply_batches
from app.sync.batches import SealedBatch, seal_outbox
from app.sync.digest import database_digest
from app.sync.keys import OfficeKeys, generate_keys

_BASES: dict[Path, Path] = {}


def base_template(migrated: Path) -> Path:
    """The migrated template with the administrative units loaded (once per session)."""
    if migrated not in _BASES:
        path = migrated.parent / "base-with-units.db"
        shutil.copyfile(migrated, path)
        db = open_database(path)
        office_service.ensure_admin_units(db)
        db.dispose()
        _BASES[migrated] = path
    return _BASES[migrated]


@dataclass
class Net:
    """The offices' tree and keys, as every office's certificates would give them."""

    tree: dict[uuid.UUID, uuid.UUID | None] = field(default_factory=dict)
    keys: dict[uuid.UUID, OfficeKeys] = field(default_factory=dict)

    def public_key_of(self, office: uuid.UUID, _seq: int = 0) -> bytes | None:
        keys = self.keys.get(office)
        return keys.public.sign if keys else None


@dataclass
class SimOffice:
    name: str
    db: Database
    office_id: uuid.UUID
    keys: OfficeKeys
    net: Net

    def seal(self) -> SealedBatch | None:
        with self.db.engine.begin() as conn:
            return seal_outbox(conn, self.keys)

    def apply(self, batches, *, sender: uuid.UUID | None = None, now_ms=None) -> ApplyReport:
        with self.db.engine.begin() as conn:
            return apply_batches(
                conn, list(batches), me=self.office_id, received_from=sender,
                public_key_of=self.net.public_key_of, revoked_after=lambda _o: None,
                tree=self.net.tree, now_ms=now_ms,
            )  # fmt: skip

    def digest(self, offices: set[uuid.UUID] | None = None) -> str:
        with self.db.engine.connect() as conn:
            return database_digest(conn, offices=offices)

    def count(self, sql: str) -> int:
        with self.db.engine.connect() as conn:
            return conn.exec_driver_sql(sql).scalar()


def make_office(migrated: Path, folder: Path, name: str, level: str,
                parent: SimOffice | None, net: Net) -> SimOffice:  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.db"
    shutil.copyfile(base_template(migrated), path)
    db = open_database(path)
    commune = office_service.list_communes(db, "25")[0]
    info = office_service.setup_office(db, "tester", f"UBND {name}", commune.code)
    with db.write("tester") as s:
        row = s.get(Office, info.id)
        row.level = level
        row.parent_office_id = parent.office_id if parent else None
    keys = generate_keys()
    net.tree[info.id] = parent.office_id if parent else None
    net.keys[info.id] = keys
    return SimOffice(name, db, info.id, keys, net)


def stored_batches(office: SimOffice) -> list[tuple[bytes, bytes]]:
    with office.db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT body, signature FROM origin_batch WHERE status = 'applied' "
            "ORDER BY origin_office_id, seq")]  # fmt: skip


def row_count(db: Database, table: str) -> int:
    with db.engine.connect() as conn:
        return conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar()
