"""app/sync/checks.py: received values pass the same rules as the app's own — every record a
demo commune's services wrote passes, and a value outside a vocabulary is named."""

from __future__ import annotations

import pytest

from app.services.demo import generate_demo
from app.sync.batches import read_changed_rows
from app.sync.checks import CHECKS
from app.sync.columns import HEAD, table_specs


@pytest.fixture(scope="module")
def wire_rows(tmp_path_factory, _migrated_template):
    """Every row of every checked table of a demo commune with its aid season, in wire form."""
    import shutil

    from app.db import open_database

    path = tmp_path_factory.mktemp("checks") / "demo.db"
    shutil.copyfile(_migrated_template, path)
    db = open_database(path)
    try:
        generate_demo(db, households=120, seed=7)
        out = {}
        with db.engine.connect() as conn:
            for table in CHECKS:
                spec = table_specs()[table]
                rows = read_changed_rows(
                    conn, table, f"SELECT id AS row_id, 0 AS ord, 'I' AS op FROM {table}"
                )
                out[table] = [
                    dict(zip(spec.data_names, r[len(HEAD) :], strict=False)) for r in rows
                ]
        return out
    finally:
        db.dispose()


def test_every_record_the_app_writes_passes(wire_rows):
    for table, rows in wire_rows.items():
        failing = {CHECKS[table](row) for row in rows} - {None}
        assert not failing, (table, failing)
    for table in ("program", "program_item", "receipt", "donation", "aid_item", "category"):
        assert wire_rows[table], table  # the demo season wrote some


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("aid_item", "unit", "bao"),
        ("category", "scope", "village"),
        ("program", "funding", "lottery"),
        ("program", "list_status", "done"),
        ("program", "ends_on", "2000-01-01"),
        ("program_item", "basis", "per_cow"),
        ("program_item", "quantity_milli", "-5"),
        ("donation", "source", "gift"),
        ("receipt", "kind", "take"),
        ("receipt", "collector", "robot"),
        ("receipt", "id_check", "maybe"),
    ],
)
def test_a_value_outside_the_rules_is_named(wire_rows, table, column, value):
    row = dict(wire_rows[table][0], **{column: value})
    assert CHECKS[table](row) == column
