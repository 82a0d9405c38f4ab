"""The Sync page and Settings → Sync driven like an officer: keys, export for the office
above, import there (the page says what arrived), the same person in two communes,
resolving a conflict, a wrong passphrase."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from app.services import sync_identity
from app.services.office import current_office
from app.services.roles import actor_for
from app.ui import sync_keys
from app.ui.changes import ChangeBus
from app.ui.context import AppContext
from app.ui.pages.sync import SyncPage
from app.ui.pages.sync_settings import SyncSettingsBox
from app.ui.tasks import Tasks
from tests.sync.offices import PASSPHRASE, Office, enrol
from tests.ui.conftest import exported, type_text


@pytest.fixture
def offices(tmp_path, _migrated_template, data_dir):
    folder = tmp_path / "offices"
    district = Office(_migrated_template, folder, "UBND huyện Thử", "province", "01")
    a = Office(_migrated_template, folder, "UBND xã A", "commune", "commune")
    b = Office(_migrated_template, folder, "UBND xã B", "commune", "commune")
    enrol(district, a)
    enrol(district, b)
    yield district, a, b
    sync_keys.forget_all()
    for o in (district, a, b):
        o.close()


def _ctx(o: Office, errors: list) -> AppContext:
    return AppContext(o.db, "tester", current_office(o.db), Tasks(on_error=errors.append),
                      ChangeBus(), actor_for(o.db, "tester"))  # fmt: skip


@pytest.fixture
def said(monkeypatch):
    """What the page told the officer in message boxes (they would block a test)."""
    messages = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda _p, title, text, *a, **k: messages.append((title, text)))  # fmt: skip
    return messages


def _page(qtbot, ctx) -> SyncPage:
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.title.text() != "")
    return page


def test_export_up_and_import_there(qtbot, offices, said, monkeypatch, tmp_path):
    district, a, b = offices
    a.register("Nguyễn Thị Hằng", id_number="001190000009", birth_year=1990)
    b.register("Nguyen Thi Hang", id_number="001190000009", birth_year=1990)
    errors: list = []
    ctx_a = _ctx(a, errors)
    sync_keys.remember(ctx_a, a.keys)
    page = _page(qtbot, ctx_a)
    assert a.fingerprint() in page.title.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(usb))
    export_button = page.findChild(QPushButton, f"export_{district.id.hex}")
    export_button.click()
    qtbot.waitUntil(lambda: len(said) > 0, timeout=20000)
    title, text = said.pop()
    assert "UBND huyện Thử" in text
    [path] = list(usb.glob("*.llb"))
    # B's bundle goes up too; then the district imports both from its page.
    [path_b] = b.export_to(district)
    ctx_d = _ctx(district, errors)
    sync_keys.remember(ctx_d, district.keys)
    page_d = _page(qtbot, ctx_d)
    page_d.on_import(path)
    qtbot.waitUntil(lambda: len(said) > 0, timeout=20000)
    assert "UBND xã A" in said.pop()[1]
    page_d.on_import(path_b)
    qtbot.waitUntil(lambda: len(said) > 0, timeout=20000)
    text = said.pop()[1]
    assert "UBND xã B" in text and "1" in text
    page_d.tabs.setCurrentIndex(page_d.same_index)
    qtbot.waitUntil(lambda: page_d.same.topLevelItemCount() > 0, timeout=20000)
    top = page_d.same.topLevelItem(0)
    offices_named = {top.child(i).text(4) for i in range(top.childCount())}
    assert offices_named == {"UBND xã A", "UBND xã B"}
    qtbot.waitUntil(lambda: page_d.log.topLevelItemCount() == 2, timeout=20000)
    # Export to Excel saves the tab shown: the same persons, then every bundle.
    same = _export_tab(qtbot, page_d, monkeypatch, tmp_path / "trung.xlsx")
    assert [r[0] for r in same] == [1, 1] and {r[5] for r in same} == {"UBND xã A", "UBND xã B"}
    assert {r[4] for r in same} == {"001190000009"}
    page_d.tabs.setCurrentIndex(0)
    bundles = _export_tab(qtbot, page_d, monkeypatch, tmp_path / "goi.xlsx")
    assert [(r[2], r[3]) for r in bundles] == [("Đã nhận", "UBND xã B"), ("Đã nhận", "UBND xã A")]
    for c in (ctx_a, ctx_d):
        c.tasks.wait_idle()
    QApplication.processEvents()
    assert not errors


def _export_tab(qtbot, page, monkeypatch, path) -> list[list]:
    """Export to Excel… on the page, saved to `path`: the rows under the header."""
    return exported(qtbot, page.export_button, monkeypatch, path)[5:]


def test_keys_created_from_settings(qtbot, empty_db, data_dir, monkeypatch):
    from app.services import office

    office.ensure_admin_units(empty_db)
    unit = office.list_communes(empty_db, "01")[0].code
    office.setup_office(empty_db, "tester", "UBND xã Mới", unit)
    errors: list = []
    ctx = AppContext(empty_db, "tester", current_office(empty_db), Tasks(on_error=errors.append),
                     ChangeBus(), actor_for(empty_db, "tester"))  # fmt: skip
    box = SyncSettingsBox(ctx)
    qtbot.addWidget(box)
    box.show()
    assert box.create.isVisible() and not box.fingerprint.isVisible()

    def fill(dialog):
        type_text(dialog.first, PASSPHRASE)
        type_text(dialog.again, PASSPHRASE)
        dialog.on_ok()
        return dialog.result()

    monkeypatch.setattr(sync_keys.PassphraseDialog, "exec", fill)
    box.on_create()
    assert box.fingerprint.isVisible() and len(box.fingerprint.text()) == 29
    assert box.request.isVisible() and not box.create.isVisible()
    sync_keys.forget_all()


def test_keys_changed_from_settings_and_the_district_follows(qtbot, offices, said, monkeypatch):
    """The officer changes the commune's keys in Settings → Sync; the next bundle carries the
    change and the district takes it (the new fingerprint is what the commune shows)."""
    district, a, _b = offices
    errors: list = []
    ctx = _ctx(a, errors)
    box = SyncSettingsBox(ctx)
    qtbot.addWidget(box)
    box.show()
    before = box.fingerprint.text()
    assert box.rotate.isVisible()

    def fill(dialog):
        type_text(dialog.first, PASSPHRASE)
        dialog.on_ok()
        return dialog.result()

    monkeypatch.setattr(sync_keys.PassphraseDialog, "exec", fill)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    box.on_rotate()
    qtbot.waitUntil(lambda: box.fingerprint.text() != before, timeout=20000)
    ctx.tasks.wait_idle()
    assert not errors
    after = box.fingerprint.text()
    assert after in said[-1][1]  # the new fingerprint, to read over the phone
    assert f"{date.today():%d/%m/%Y}" in box.state.text()
    a.__dict__.pop("keys", None)
    a.register("Nguyễn Thị Hằng")
    [path] = a.export_to(district)
    district.import_(path)
    peers = {p.name: p.fingerprint for p in sync_identity.identity(district.db).peers}
    assert peers["UBND xã A"] == after
    sync_keys.forget_all()
