"""Offices for bundle tests: each a real database file built by the migrations, set up as a
commune, district or province, with keys, enrolled by its parent the way officers do it."""

from __future__ import annotations

import shutil
from functools import cached_property
from pathlib import Path

from app.db import open_database
from app.services import office, sync_bundles, sync_identity
from app.services.households import HouseholdDraft, MemberDraft, save_household
from app.services.roles import actor_for

PASSPHRASE = "mật khẩu đồng bộ 2026"


class Office:
    def __init__(self, template: Path, folder: Path, name: str, level: str, unit: str | None):
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{len(list(folder.glob('*.db')))}.db"
        shutil.copyfile(template, path)
        self.path = path
        self.folder = folder
        self.db = open_database(path)
        office.ensure_admin_units(self.db)
        if unit == "commune":
            taken = {p.name for p in folder.glob("*.db")}
            unit = office.list_communes(self.db, "01")[len(taken)].code
        self.info = office.setup_office(self.db, "tester", name, unit or "", level)
        self.id = self.info.id
        self.name = name
        self.actor = actor_for(self.db, "tester")
        sync_identity.create_keys(self.db, self.actor, PASSPHRASE)

    @cached_property
    def keys(self):
        return sync_identity.unlock(self.db, PASSPHRASE)

    def fingerprint(self) -> str:
        return sync_identity.identity(self.db).fingerprint

    def add_hamlet(self, name: str = "Thôn Đông"):
        return office.add_hamlet(self.db, "tester", name)

    def register(self, name: str, *, hamlet=None, **head):
        """A household with `name` as its head (keyword arguments go to the head)."""
        hamlet = hamlet or (office.list_hamlets(self.db) or [self.add_hamlet()])[0]
        head.setdefault("gender", "female")
        head.setdefault("birth_year", 1980)
        draft = HouseholdDraft(hamlet_id=hamlet.id,
                               members=[MemberDraft(full_name=name, relation="head", **head)])  # fmt: skip
        return save_household(self.db, "tester", draft)

    def export_to(self, other: Office, folder: Path | None = None) -> list[Path]:
        out = folder or self.folder / "out"
        out.mkdir(parents=True, exist_ok=True)
        result = sync_bundles.export_bundle(self.db, "tester", self.keys, other.id, out)
        return list(result.paths)

    def import_(self, path: Path) -> sync_bundles.ImportResult:
        result = sync_bundles.import_bundle(self.db, "tester", self.keys, path)
        return sync_bundles.check_arrivals(self.db, "tester", result)

    def close(self) -> None:
        self.db.dispose()


def enrol(parent: Office, child: Office) -> None:
    """The enrolment as officers do it: request file, fingerprints compared by phone."""
    request = sync_identity.write_request(child.db, child.keys, child.folder)
    answer = sync_identity.enrol_child(parent.db, parent.actor, parent.keys, request,
                                       child.fingerprint(), parent.folder)  # fmt: skip
    sync_identity.accept_enrolment(child.db, child.actor, child.keys, answer.read_bytes(),
                                   parent.fingerprint())  # fmt: skip


def exchange(sender: Office, receiver: Office) -> list[sync_bundles.ImportResult]:
    return [receiver.import_(p) for p in sender.export_to(receiver)]
