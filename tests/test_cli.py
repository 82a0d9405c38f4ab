"""app/cli.py: the `lalanh` command, run in-process (and once as a real process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.db import head_revision, open_database
from app.services.persons import search_persons


def run(capsys, *args):
    code = main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(data_dir, capsys):
    path = data_dir / "demo.db"
    code, out, err = run(capsys, "--db", path, "demo", "--households", 40, "--seed", 5)
    assert code == 0, err
    assert "40 households" in out
    return path


def test_help_as_a_real_process():
    script = Path(sys.executable).with_name("lalanh")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app"]
    proc = subprocess.run([*command, "--help"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "LALANH_LANG": "en"})  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "usage: lalanh" in proc.stdout
    for command_name in ("demo", "search", "db"):
        assert command_name in proc.stdout
    assert "Traceback" not in proc.stderr


def test_demo_then_search_prints_one_line_per_person(demo_file, capsys):
    db = open_database(demo_file)
    try:
        expected = search_persons(db, "nguyen", limit=500)
    finally:
        db.dispose()
    assert expected
    code, out, _err = run(capsys, "--db", demo_file, "search", "nguyen", "--limit", 500)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(expected)
    for line, hit in zip(lines, expected, strict=True):
        name, household_code, id_number, birth_year, _relation, hamlet = line.split("\t")
        assert (name, household_code, hamlet) == (hit.full_name, hit.household_code, hit.hamlet)
        assert id_number == (hit.id_number or "-")
        assert birth_year == str(hit.birth_year)


def test_search_by_id_number_and_words(demo_file, capsys):
    db = open_database(demo_file)
    try:
        person = next(h for h in search_persons(db, "van", limit=500) if h.id_number)
    finally:
        db.dispose()
    code, out, _err = run(capsys, "--db", demo_file, "search", person.id_number)
    assert code == 0
    [line] = out.splitlines()
    assert line.startswith(f"{person.full_name}\t{person.household_code}\t{person.id_number}\t")
    words = person.full_name.split()
    code, out, _err = run(capsys, "--db", demo_file, "search", *words, "--limit", 500)
    assert code == 0 and person.full_name in out


def test_search_that_finds_nobody(demo_file, capsys):
    code, out, err = run(capsys, "--db", demo_file, "search", "zzzz")
    assert (code, out) == (1, "")
    assert "No one found" in err


def test_demo_refuses_a_database_with_households(demo_file, capsys):
    code, out, err = run(capsys, "--db", demo_file, "demo", "--households", 5)
    assert code == 2
    assert err.startswith("Error: ") and "already has 40 households" in err
    assert "Traceback" not in err


def test_db_upgrade_and_check(data_dir, capsys):
    path = data_dir / "fresh.db"
    code, out, _err = run(capsys, "--db", path, "db", "upgrade")
    assert code == 0
    assert head_revision() in out
    code, out, _err = run(capsys, "--db", path, "db", "check")
    assert code == 0
    assert "Database OK" in out


def test_db_check_reports_problems(demo_file, capsys):
    import sqlite3

    with sqlite3.connect(demo_file) as conn:
        conn.execute("DROP TRIGGER trg_need_no_delete")
    conn.close()
    code, out, err = run(capsys, "--db", demo_file, "db", "check")
    assert code == 1
    assert "missing trigger trg_need_no_delete" in out
    assert "1 problems found" in err


@pytest.mark.parametrize("command", [["search", "an"], ["db", "upgrade"], ["db", "check"],
                                     ["demo", "--households", "3"]])  # fmt: skip
def test_a_file_that_is_not_a_database_gives_exit_code_2_and_no_traceback(
    data_dir, capsys, command
):
    data_dir.mkdir(exist_ok=True)
    path = data_dir / "danh sach.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 20)
    before = path.read_bytes()
    code, out, err = run(capsys, "--db", path, *command)
    assert code == 2
    assert err.startswith("Error: ") and "not a Lá Lành database" in err
    assert "Traceback" not in err and out == ""
    assert path.read_bytes() == before


def test_a_folder_given_as_the_database_gives_exit_code_2(data_dir, capsys):
    data_dir.mkdir(exist_ok=True)
    code, _out, err = run(capsys, "--db", data_dir, "db", "check")
    assert code == 2 and err.startswith("Error: ")


def test_messages_in_vietnamese(data_dir, capsys):
    data_dir.mkdir(exist_ok=True)
    path = data_dir / "x.db"
    path.write_text("không phải cơ sở dữ liệu")
    code = main(["--lang", "vi", "--db", str(path), "db", "check"])
    _out, err = capsys.readouterr()
    assert code == 2
    assert "not a Lá Lành database" not in err  # translated
    assert str(path) in err


def test_an_unknown_command_is_an_argparse_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2


def test_help_is_in_the_language_asked_for(capsys):
    for lang, words in (("en", ["write a list to an Excel file", "usage: lalanh", "options:"]),
                        ("vi", ["xuất một danh sách ra tệp Excel", "cách dùng: lalanh",
                                "tùy chọn:", "hiện phiên bản rồi thoát"])):  # fmt: skip
        with pytest.raises(SystemExit) as stop:
            main(["--lang", lang, "--help"])
        assert stop.value.code == 0
        out = capsys.readouterr().out
        assert all(w in out for w in words), out


def test_argparse_errors_are_in_the_language_asked_for(capsys):
    """argparse's own words too, not only ours: a Vietnamese officer reads no "error:"."""
    for lang, words in (("en", "lalanh export: error: the following arguments are required: "
                               "list, --out"),
                        ("vi", "lalanh export: lỗi: còn thiếu tham số bắt buộc: list, --out")):  # fmt: skip
        with pytest.raises(SystemExit) as stop:
            main(["--lang", lang, "export"])
        assert stop.value.code == 2
        assert words in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "vi", "export", "nothing", "--out", "x.xlsx"])
    assert "không có lựa chọn 'nothing'" in capsys.readouterr().err
