"""`lalanh sync …`: a district and a commune set up, enrolled and exchanging a bundle from
the command line only, as a script or an officer at a terminal would."""

from __future__ import annotations

import re
import shutil

import pytest

from app.cli import main
from app.services import office

PASSPHRASE = "mật khẩu dòng lệnh"


@pytest.fixture
def two(tmp_path, data_dir, _migrated_template, capsys, monkeypatch):
    """Run `lalanh --lang en --db <district|commune> ARGS…` → (exit code, stdout, stderr)."""
    from app.db import open_database

    monkeypatch.setenv("LALANH_PASSPHRASE", PASSPHRASE)
    paths = {}
    for name, level, unit in (("district", "province", "01"), ("commune", "commune", None)):
        path = tmp_path / f"{name}.db"
        shutil.copyfile(_migrated_template, path)
        db = open_database(path)
        office.ensure_admin_units(db)
        unit = unit or office.list_communes(db, "01")[3].code
        office.setup_office(db, "tester", f"UBND {name}", unit, level)
        db.dispose()
        paths[name] = path

    def run(who: str, *args):
        code = main(["--lang", "en", "--db", str(paths[who]), *map(str, args), "--user", "tester"])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def _fingerprint(text: str) -> str:
    return re.search(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})", text).group(1)


def test_enrol_export_import_and_status(two, tmp_path):
    code, out, _ = two("district", "sync", "init")
    assert code == 0 and "fingerprint" in out
    district_fp = _fingerprint(out)
    code, out, _ = two("commune", "sync", "init")
    assert code == 0 and "sync request" in out  # a commune waits to be enrolled
    code, out, _ = two("commune", "sync", "request", "--out", tmp_path)
    request = next(tmp_path.glob("*.llr"))
    commune_fp = _fingerprint(out)
    # A wrong fingerprint read over the phone: refused, nothing enrolled.
    code, _out, err = two("district", "sync", "enrol", request, "--fingerprint",
                          "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "--out", tmp_path)  # fmt: skip
    assert code == 2 and "not the one in the request" in err
    code, out, _ = two("district", "sync", "enrol", request, "--fingerprint",
                       commune_fp.lower().replace("-", " "), "--out", tmp_path)  # fmt: skip
    assert code == 0
    answer = next(tmp_path.glob("*chung-thu.llb"))
    code, _out, err = two("commune", "sync", "import", answer)  # no fingerprint: asked for
    assert code == 2 and district_fp in err
    code, out, _ = two("commune", "sync", "import", answer, "--fingerprint", district_fp)
    assert code == 0 and "Enrolled by UBND district" in out
    out_dir = tmp_path / "usb"
    out_dir.mkdir()
    code, out, _ = two("commune", "sync", "export", "--to", "up", "--out", out_dir)
    assert code == 0 and "for UBND district" in out
    [bundle] = out_dir.glob("*.llb")
    code, out, _ = two("district", "sync", "import", bundle)
    assert code == 0 and out.startswith("Received") and "UBND commune" in out
    code, out, _ = two("district", "sync", "import", bundle)
    assert code == 0 and out.startswith("Nothing new")
    code, out, _ = two("district", "sync", "status")
    assert code == 0 and "UBND commune" in out and "Conflicts to review: 0" in out
    code, _out, err = two("district", "sync", "export", "--to", "nowhere", "--out", out_dir)
    assert code == 2 and "UBND commune" in err  # names the offices it can send to
    # the commune changes its keys; its next bundle carries the change to the district
    code, out, _ = two("commune", "sync", "rotate")
    assert code == 0 and "new fingerprint" in out
    new_fp = _fingerprint(out)
    assert new_fp != commune_fp
    for old in out_dir.glob("*.llb"):
        old.unlink()
    code, out, _ = two("commune", "sync", "export", "--to", "up", "--out", out_dir)
    [bundle] = out_dir.glob("*.llb")
    code, out, _ = two("district", "sync", "import", bundle)
    assert code == 0
    code, out, _ = two("district", "sync", "status")
    assert new_fp in out and commune_fp not in out


def test_a_wrong_passphrase_is_refused(two, monkeypatch, tmp_path):
    two("commune", "sync", "init")
    monkeypatch.setenv("LALANH_PASSPHRASE", "not the passphrase")
    code, _out, err = two("commune", "sync", "request", "--out", tmp_path)
    assert code == 2 and "passphrase" in err.lower()
    assert not list(tmp_path.glob("*.llr"))
