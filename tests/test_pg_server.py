"""The throw-away PostgreSQL server of the tests (tests/pg.py) says why it is missing."""

from __future__ import annotations

import pytest

from tests import pg


def test_no_server_programs_is_a_clear_failure(monkeypatch, tmp_path):
    monkeypatch.setenv("LALANH_PG_BIN", str(tmp_path))  # no initdb there
    monkeypatch.setattr(pg.shutil, "which", lambda name: None)
    monkeypatch.setattr(pg.glob, "glob", lambda pattern: [])
    with pytest.raises(pg.PostgresUnavailable, match="LALANH_NO_POSTGRES=1"):
        pg.find_bin()


@pytest.mark.parametrize(("value", "wanted"), [("", True), ("0", True), ("1", False)])
def test_the_skip_is_asked_for_explicitly(monkeypatch, value, wanted):
    monkeypatch.setenv(pg.SKIP_VARIABLE, value)
    assert pg.wanted() is wanted
