"""`lalanh dedup scan` and `lalanh dedup check` (issue 6) on a registry seeded with duplicates
through the services, run in-process as a person would type them."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from app.cli import main
from app.dedup import engine
from app.services.households import MemberDraft
from app.services.merges import decide_different
from app.services.roles import actor_for


def run(capsys, *args):
    code = main(["--lang", "en", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def registry(db, make_household, hamlets, data_dir):
    """Hằng twice (accents dropped, one CCCD digit mistyped, a note on one record), Minh twice
    (accents dropped, one digit mistyped), and Lan once; returns the database file."""
    one = make_household("Trần Văn Ba", members=[MemberDraft(
        full_name="Nguyễn Thị Hằng", gender="female", birth_date=date(1975, 3, 8),
        id_type="cccd", id_number="026175000111", relation="spouse",
        note="Vợ ông Ba")])  # fmt: skip
    two = make_household("Nguyen Thi Hang", gender="female", birth_date=date(1975, 3, 8),
                         id_type="cccd", id_number="026175000112",
                         household={"hamlet_id": hamlets[1].id})  # fmt: skip
    make_household("Lê Văn Minh", birth_year=1962, id_type="cccd", id_number="026062001234")
    make_household("Le Van Minh", birth_year=1962, id_type="cccd", id_number="026062001243")
    make_household("Phạm Thị Lan", gender="female", birth_year=1990)
    return data_dir / "lalanh.db", one, two


def test_scan_prints_the_pairs_strongest_first_with_progress_on_stderr(capsys, db, registry):
    path, one, two = registry
    code, out, err = run(capsys, "--db", path, "dedup", "scan")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["Score", "Person", "1", "Person", "2", "Why"]
    assert len(lines) == 3
    hang, minh = lines[1], lines[2]
    assert "Nguyễn Thị Hằng · 08/03/1975 · 026175000111 · " + one.code in hang
    assert "Nguyen Thi Hang · 08/03/1975 · 026175000112 · " + two.code in hang
    assert "CCCD differs by one digit" in hang and "same birth date" in hang
    assert "Lê Văn Minh" in minh and "Le Van Minh" in minh
    assert int(hang.split()[0]) >= int(minh.split()[0])
    assert "Comparing" in err and "100/100" in err
    assert "Phạm Thị Lan" not in out


def test_scan_to_csv_holds_both_persons_and_the_explanation(capsys, db, registry, tmp_path):
    path, one, two = registry
    out_file = tmp_path / "pairs.csv"
    code, out, err = run(capsys, "--db", path, "dedup", "scan", "--out", out_file)
    assert code == 0, err
    assert "2 pairs written" in out
    with out_file.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    expected = engine.scan(db)
    assert [(r["person_1_id"], r["person_2_id"]) for r in rows] == [
        (str(c.a.id), str(c.b.id)) for c in expected]  # fmt: skip
    hang = rows[0]
    by_name = {hang["name_1"]: 1, hang["name_2"]: 2}
    accented, plain = by_name["Nguyễn Thị Hằng"], by_name["Nguyen Thi Hang"]
    assert hang[f"household_{accented}"] == one.code and hang[f"household_{plain}"] == two.code
    assert hang[f"note_{accented}"] == "Vợ ông Ba" and hang[f"note_{plain}"] == ""
    assert hang[f"birth_date_{accented}"] == "1975-03-08" and hang[f"birth_year_{plain}"] == "1975"
    assert hang[f"id_number_{plain}"] == "026175000112"
    assert hang[f"hamlet_{accented}"] == "Thôn Đông" and hang[f"hamlet_{plain}"] == "Thôn Tây"
    assert int(hang["score"]) == expected[0].score and hang["level"] == expected[0].level
    assert hang["explanation"] == expected[0].explanation
    assert rows[1]["birth_date_1"] == "" and rows[1]["birth_year_1"] == "1962"


def test_scan_to_excel_is_the_duplicates_page_export(capsys, db, registry, tmp_path):
    from tests.conftest import xlsx_rows

    path, one, two = registry
    out_file = tmp_path / "cap-trung.xlsx"
    code, out, err = run(capsys, "--db", path, "dedup", "scan", "--level", "suggest", "--out",
                         out_file)  # fmt: skip
    assert code == 0, err
    expected = [c for c in engine.scan(db) if c.level == "suggest"]
    assert f"{len(expected)} pairs written" in out
    rows = xlsx_rows(out_file)
    assert rows[1][0] == "LIST OF POSSIBLE DUPLICATE PERSONS"
    assert "Probably the same" in rows[2][0]  # the level chosen, in the title
    body = rows[5:]
    assert [(r[1], r[2]) for r in body] == [(c.score, "Probably the same") for c in expected]
    hang = body[0]
    assert {hang[3], hang[8]} == {"Nguyễn Thị Hằng", "Nguyen Thi Hang"}
    assert {hang[6], hang[11]} == {one.code, two.code}


def test_scan_by_level_and_after_a_decision(capsys, db, registry):
    path, _one, _two = registry
    pairs = engine.scan(db)
    for level in ("suggest", "review"):
        code, out, _err = run(capsys, "--db", path, "dedup", "scan", "--level", level)
        assert code == 0
        assert len(out.splitlines()) - 1 == sum(c.level == level for c in pairs)
    minh = next(c for c in pairs if c.a.full_name.endswith("Minh"))
    decide_different(db, actor_for(db, "tester"), minh.a.id, minh.b.id, minh.score,
                     minh.explanation, "anh em họ")  # fmt: skip
    code, out, _err = run(capsys, "--db", path, "dedup", "scan")
    assert code == 0 and "Minh" not in out and "Hằng" in out


def test_scan_of_a_registry_without_duplicates(capsys, db, make_household, data_dir, tmp_path):
    make_household("Phạm Thị Lan", gender="female", birth_year=1990)
    code, out, err = run(capsys, "--db", data_dir / "lalanh.db", "dedup", "scan")
    assert (code, out) == (0, "")
    assert "No possible duplicates found" in err
    code, _out, err = run(capsys, "--db", data_dir / "lalanh.db", "dedup", "scan", "--out",
                          tmp_path / "pairs.txt")  # fmt: skip
    assert code == 2 and "pairs.xlsx" in err and not (tmp_path / "pairs.txt").exists()


def test_check_prints_the_possible_existing_records(capsys, db, registry):
    path, one, two = registry
    code, out, err = run(capsys, "--db", path, "dedup", "check", "--name", "Nguyễn Thị Hằng",
                         "--birth-year", "08/03/1975", "--gender", "female")  # fmt: skip
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert {(r[2], r[5]) for r in lines} == {("Nguyễn Thị Hằng", one.code),
                                             ("Nguyen Thi Hang", two.code)}  # fmt: skip
    exact = next(r for r in lines if r[2] == "Nguyễn Thị Hằng")
    assert exact[3:5] == ["08/03/1975", "026175000111"] and exact[6] == "Thôn Đông"
    assert "same name" in exact[7] and "same birth date" in exact[7]
    assert [int(r[0]) for r in lines] == sorted((int(r[0]) for r in lines), reverse=True)

    # With the ID number, one digit off: that record comes first.
    code, out, _err = run(capsys, "--db", path, "dedup", "check", "--name", "Le Van Minh",
                          "--birth-year", "1962", "--id", "026062001235")  # fmt: skip
    assert code == 0
    assert out.splitlines()[0].split("\t")[2] in ("Lê Văn Minh", "Le Van Minh")
    assert "CCCD differs by one digit" in out


def test_check_that_finds_nobody_and_bad_input(capsys, db, registry):
    path, _one, _two = registry
    code, out, err = run(capsys, "--db", path, "dedup", "check", "--name", "Hoàng Văn Zũng",
                         "--birth-year", "2001")  # fmt: skip
    assert (code, out) == (1, "") and "No possible existing record" in err
    code, _out, err = run(capsys, "--db", path, "dedup", "check", "--name", "Lan",
                          "--birth-year", "năm 90")  # fmt: skip
    assert code == 2 and "1980" in err
    code, _out, err = run(capsys, "--db", path, "dedup", "check", "--name", "  ",
                          "--birth-year", "1990")  # fmt: skip
    assert code == 2 and "--name" in err
    with pytest.raises(SystemExit):
        main(["dedup", "check", "--birth-year", "1990"])  # --name is required
