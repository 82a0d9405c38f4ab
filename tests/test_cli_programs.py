"""A whole aid round scripted with `lalanh` (in-process): users, organisations, two programs of one
overlap group, donations, list built and approved, receipts by row code (a proxy, a reversal),
totals, stock and the double-dipping check; and bad input answered with a plain message."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.cli import main
from app.services import vocab
from app.services.households import MemberDraft
from tests.conftest import xlsx_rows

TODAY = date.today()
DAY = TODAY.strftime("%d/%m/%Y")
POOR, NEAR_POOR = vocab.category_id("poor"), vocab.category_id("near_poor")


@pytest.fixture
def lalanh(db, data_dir, capsys):
    """Run `lalanh --lang en --db <the test database> ARGS…` → (exit code, stdout, stderr)."""
    path = data_dir / "lalanh.db"

    def run(*args, user: str | None = None):
        extra = ["--user", user] if user else []
        code = main(["--lang", "en", "--db", str(path), *extra, *map(str, args)])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def ok(result) -> str:
    code, out, err = result
    assert code == 0, err
    return out


def refused(result, *words: str) -> str:
    """A plain one-line message on stderr, exit code 2, nothing on stdout."""
    code, out, err = result
    assert code == 2, (out, err)
    assert err.startswith("Error: ") and out == ""
    assert len(err.rstrip("\n").splitlines()) == 1, err
    for word in words:
        assert word in err, err
    return err


@pytest.fixture
def registry(make_household):
    """an: poor, 3 persons; dung: poor, 2 persons (one living away); giang: near-poor, 1 person;
    hoa: neither (4 persons)."""
    member = MemberDraft
    return {
        "an": make_household("Nguyễn Văn An", id_type="cccd", id_number="026080123456",
                             members=[member(full_name="Nguyễn Thị Bình", relation="spouse", gender="female",
                                             birth_year=1982),
                                      member(full_name="Nguyễn Văn Cường", relation="child", gender="male",
                                             birth_year=2010)],
                             household={"category_ids": {POOR}}),
        "dung": make_household("Trần Thị Dung", gender="female", birth_year=1975, id_type="cccd",
                               id_number="026175000111",
                               members=[member(full_name="Trần Văn Em", relation="child", gender="male",
                                               birth_year=2001, residence_status="away")],
                               household={"category_ids": {POOR}}),
        "giang": make_household("Lê Văn Giang", household={"category_ids": {NEAR_POOR}}),
        "hoa": make_household("Phạm Thị Hoa", gender="female"),
    }  # fmt: skip


@pytest.fixture
def staff(lalanh):
    # The first user to act becomes the administrator; it adds the others.
    for username, name, role in [("clerk", "Lê Thị Nhập", "data_entry"),
                                 ("treasurer", "Phạm Văn Quỹ", "accountant"),
                                 ("chair", "Trần Văn Duyệt", "approver")]:  # fmt: skip
        out = ok(lalanh("user", "add", username, "--name", name, "--role", role, user="boss"))
        assert username in out
    return ["boss", "clerk", "treasurer", "chair"]


def create_programs(lalanh) -> tuple[str, str]:
    ok(lalanh("org", "add", "Ủy ban MTTQ xã", "--kind", "fatherland_front", user="clerk"))
    ok(lalanh("org", "add", "Hội Chữ thập đỏ xã", "--kind", "red_cross", user="clerk"))
    cash_out = ok(lalanh("program", "create", "Quà Tết tiền mặt", "--org", "mttq",
                         "--start", (TODAY - timedelta(days=10)).strftime("%d/%m/%Y"),
                         "--group", "Tết 2026", "--item", "cash=500.000/person,poor=1.000.000",
                         "--category", "poor", "--category", "near_poor", user="clerk"))  # fmt: skip
    rice_out = ok(lalanh("program", "create", "Gạo Tết", "--org", "Chữ thập đỏ",
                         "--start", (TODAY - timedelta(days=5)).isoformat(), "--group", "tết 2026",
                         "--funding", "donor", "--donor", "Công ty TNHH Minh Phát",
                         "--item", "gạo=15/người,max=30", "--category", "Hộ nghèo", user="clerk"))  # fmt: skip
    cash_id, cash_code = cash_out.split()
    rice_id, rice_code = rice_out.split()
    assert (cash_code, rice_code) == ("P0001", "P0002")
    return cash_id, rice_id


def rows(lalanh, program, *extra) -> dict[str, list[str]]:
    """household code → the row's fields, from `distribution list`."""
    out = ok(lalanh("distribution", "list", program, *extra))
    return {line.split("\t")[1]: line.split("\t") for line in out.splitlines()}


def test_a_whole_round_from_the_command_line(lalanh, staff, registry, data_dir):
    cash_id, rice_id = create_programs(lalanh)
    listed = ok(lalanh("program", "list")).splitlines()
    assert [line.split("\t")[:2] for line in listed] == [[rice_id, "P0002"], [cash_id, "P0001"]]
    assert listed[1].split("\t")[2:] == ["Draft", "Quà Tết tiền mặt", "Ủy ban MTTQ xã", "0"]

    ok(lalanh("donation", "record", "--donor", "Ngân sách xã", "--item", "cash", "--quantity",
              "10.000.000", "--source", "budget", "--receipt-no", "PT-001", "--program", "P0001",
              user="treasurer"))  # fmt: skip
    ok(lalanh("donation", "record", "--donor", "Công ty TNHH Minh Phát", "--item", "Gạo",
              "--quantity", "500", "--date", DAY, user="treasurer"))  # fmt: skip

    out = ok(lalanh("program", "build-list", "P0001", user="clerk"))
    # an 3 poor persons = 3,000,000; dung 1 counted = 1,000,000; giang 1 near-poor = 500,000
    assert "3 households, 5 persons" in out and "4.500.000 đ" in out
    ok(lalanh("program", "build-list", "Gạo Tết", user="clerk"))
    for program in ("P0001", rice_id):
        ok(lalanh("program", "submit", program, user="clerk"))
        refused(lalanh("program", "approve", program, user="clerk"), "Approver")
        assert "approved" in ok(lalanh("program", "approve", program, user="chair"))

    cash_rows = rows(lalanh, "P0001")
    assert set(cash_rows) == {registry[k].code for k in ("an", "dung", "giang")}
    an, dung, giang = (cash_rows[registry[k].code] for k in ("an", "dung", "giang"))
    assert an[5:7] == ["waiting", "Cash 3.000.000 đ"]
    rice_rows = rows(lalanh, "P0002")  # 15 kg per person, at most 30 kg a household
    assert {c: r[6] for c, r in rice_rows.items()} == {registry["an"].code: "Rice 30 kg",
                                                         registry["dung"].code: "Rice 15 kg"}  # fmt: skip

    out = ok(lalanh("distribution", "record", an[0], "--id-number", "026080123456", user="clerk"))
    assert out.rstrip("\n").split("\t")[1:] == [an[0], registry["an"].code, "Nguyễn Văn An",
                                                "ID matches a member"]  # fmt: skip
    code, out, err = lalanh("distribution", "record", dung[0].lower(), "--proxy-name", "Trần Văn Em",
                            "--proxy-relation", "Con trai", "--id-number", "026 090 555 666",
                            "--date", DAY, user="clerk")  # fmt: skip
    assert (code, out.rstrip("\n").split("\t")[-1]) == (0, "ID not in the registry"), err
    wrong = ok(lalanh("distribution", "record", giang[0], "--quantity", "cash=400000",
                      "--note", "Quên mang CCCD, trưởng thôn xác nhận", user="clerk"))  # fmt: skip
    receipt_id = wrong.split("\t")[0]
    refused(lalanh("distribution", "record", giang[0], "--note", "lần hai", user="clerk"),
            "already received", "clerk")  # fmt: skip
    refused(lalanh("distribution", "reverse", receipt_id, "--reason", "Nhập sai", user="clerk"),
            "Accountant")  # fmt: skip
    assert "Reversed" in ok(lalanh("distribution", "reverse", receipt_id, "--reason",
                                   "Nhập sai số tiền", user="treasurer"))  # fmt: skip
    ok(lalanh("distribution", "record", giang[0], "--note", "Trưởng thôn xác nhận", user="clerk"))

    received = rows(lalanh, "P0001", "--state", "received")
    assert set(received) == set(cash_rows)
    assert received[registry["giang"].code][7] == "Cash 500.000 đ"  # 400,000 − 400,000 + 500,000
    shown = ok(lalanh("program", "show", "P0001"))
    assert "3 listed, 3 received, 0 waiting" in shown and "5 listed, 5 received" in shown
    assert ("Cash: planned 4.500.000 đ, given 4.500.000 đ, stock 5.500.000 đ, earmarked for it "
            "and not yet given 5.500.000 đ") in shown  # fmt: skip
    stock = {line.split("\t")[0]: line.split("\t")[2:] for line in ok(lalanh("stock")).splitlines()}
    assert stock == {"cash": ["10.000.000 đ", "4.500.000 đ", "0 đ", "5.500.000 đ"],
                     "rice": ["500 kg", "0 kg", "0 kg", "500 kg"]}  # fmt: skip

    # The rice list has both poor households: the cash program gave to them already.
    overlaps = [
        line.split("\t") for line in ok(lalanh("program", "overlaps", "P0002")).splitlines()
    ]
    assert sorted((o[0], o[3][:5], o[4], o[6]) for o in overlaps) == sorted(
        (registry[k].code, "P0001", "Ủy ban MTTQ xã", f"received on {DAY}") for k in ("an", "dung")
    )
    assert [line.split("\t")[2] for line in ok(lalanh("program", "list")).splitlines()] == [
        "Approved", "Approved"]  # fmt: skip

    # The distribution list to Excel: the rice list's waiting rows, with their entitlement.
    out_file = data_dir / "cho-nhan.xlsx"
    out = ok(lalanh("export", "distribution", "--program", "P0002", "--state", "waiting",
                    "--out", out_file))  # fmt: skip
    assert out.strip() == f"2 rows written to {out_file}."
    written = xlsx_rows(out_file)
    assert "Program: P0002 Gạo Tết" in written[2][0] and "State: Waiting" in written[2][0]
    assert {r[2]: r[7] for r in written[5:]} == {registry["an"].code: 30,
                                                 registry["dung"].code: 15}  # fmt: skip
    refused(lalanh("export", "distribution", "--out", out_file), "--program P0001")
    refused(lalanh("export", "households", "--state", "waiting", "--out", out_file),
            "distribution list")  # fmt: skip


def test_amendments_returns_omissions_and_locking(lalanh, staff, registry, make_household):
    create_programs(lalanh)
    ok(lalanh("program", "build-list", "P0001", user="clerk"))
    ok(lalanh("program", "submit", "P0001", user="clerk"))
    refused(lalanh("program", "submit", "P0001", user="clerk"), "submitted")
    ok(lalanh("program", "return", "P0001", "--reason", "Thiếu hộ bà Hoa", user="chair"))
    out = ok(lalanh("program", "add", "P0001", registry["hoa"].code, "--reason",
                    "Hộ có người ốm nặng", user="clerk"))  # fmt: skip
    assert "4 households" in out and "version 1" in out
    ok(lalanh("program", "submit", "P0001", user="clerk"))
    ok(lalanh("program", "approve", "P0001", user="chair"))
    refused(lalanh("program", "remove", "P0001", registry["giang"].code, "--reason", "x",
                   user="clerk"), "Approver")  # fmt: skip
    out = ok(lalanh("program", "remove", "P0001", registry["giang"].code, "--reason",
                    "Đã thoát cận nghèo", user="chair"))  # fmt: skip
    assert "3 households" in out and "version 2" in out
    late = make_household("Võ Văn Mới", household={"category_ids": {POOR}})
    omitted = {line.split("\t")[0]: line.split("\t")
               for line in ok(lalanh("program", "omissions", "P0001")).splitlines()}  # fmt: skip
    assert omitted[late.code][3] == "eligible now" and "approved" in omitted[late.code][4]
    assert "Đã thoát cận nghèo" in omitted[registry["giang"].code][4]
    removed = rows(lalanh, "P0001", "--state", "removed")
    assert list(removed) == [registry["giang"].code]
    history = [
        line.split("\t")[2] for line in ok(lalanh("program", "history", "P0001")).splitlines()
    ]
    assert history == ["Built from the rules", "Submitted for approval", "Sent back to draft",
                       "Added by hand", "Submitted for approval", "Approved",
                       "Amendment: removed"]  # fmt: skip
    ok(lalanh("program", "lock", "P0001", user="chair"))
    refused(lalanh("distribution", "record", "P0001-00001", "--note", "x", user="clerk"), "locked")


def test_donations_are_listed_and_reversed_by_a_short_id(lalanh, staff):
    out = ok(lalanh("donation", "record", "--donor", "Nhà hảo tâm", "--item", "rice",
                    "--quantity", "12,5", "--receipt-no", "PN-7", user="treasurer"))  # fmt: skip
    donation_id, quantity = out.rstrip("\n").split("\t")
    assert quantity == "12,5 kg"
    refused(lalanh("donation", "record", "--donor", "Nhà hảo tâm", "--item", "rice",
                   "--quantity", "3", "--receipt-no", "PN-7", user="treasurer"), "PN-7")  # fmt: skip
    ok(lalanh("donation", "reverse", donation_id.replace("-", "")[:12], "--reason",
              "Ghi nhầm", user="treasurer"))  # fmt: skip
    listed = [line.split("\t") for line in ok(lalanh("donation", "list")).splitlines()]
    assert sorted((d[5], d[8]) for d in listed) == [
        ("-12,5 kg", "reversal"),
        ("12,5 kg", "reversed"),
    ]
    assert ok(lalanh("stock")).split("\t")[-1].strip() == "0 kg"


def test_user_option_after_the_command_and_the_first_user_is_the_administrator(lalanh):
    out = ok(lalanh("user", "add", "clerk", "--name", "Lê Thị Nhập", "--role", "data_entry",
                    "--user", "boss"))  # fmt: skip
    assert "Data entry" in out
    users = {
        line.split("\t")[0]: line.split("\t")[2] for line in ok(lalanh("user", "list")).splitlines()
    }
    assert users == {"boss": "Data entry, Accountant / treasurer, Approver, Administrator",
                     "clerk": "Data entry"}  # fmt: skip
    refused(lalanh("user", "add", "x", "--name", "X", "--role", "admin", user="clerk"),
            "Administrator")  # fmt: skip
    refused(lalanh("org", "add", "Hội Nông dân", user="stranger"), "stranger may not")


BAD_INPUT = [
    (["program", "create", "X", "--org", "mttq", "--start", "31/02/2026", "--item", "cash=1"],
     ["31/02/2026", "dd/mm/yyyy"]),
    (["program", "create", "X", "--org", "Hội Nông dân", "--start", DAY, "--item", "cash=1"],
     ["Hội Nông dân", "Ủy ban MTTQ xã"]),
    (["program", "create", "X", "--org", "mttq", "--start", DAY, "--item", "vàng=1"],
     ["vàng", "rice"]),
    (["program", "create", "X", "--org", "mttq", "--start", DAY, "--item", "cash=abc"],
     ["abc"]),
    (["program", "create", "X", "--org", "mttq", "--start", DAY, "--item", "cash=1/tháng"],
     ["tháng", "per person"]),
    (["program", "create", "X", "--org", "mttq", "--start", DAY, "--item", "cash"],
     ["ITEM=QUANTITY"]),
    (["program", "create", "X", "--org", "mttq", "--start", DAY, "--item", "cash=-5"],
     ["negative"]),
    (["program", "create", "X", "--org", "mttq", "--start", DAY, "--item", "cash=1,rich=5"],
     ["rich", "poor"]),
    (["program", "create", "X", "--org", "mttq", "--start", DAY, "--item", "cash=1",
      "--hamlet", "Thôn Bắc"], ["Thôn Bắc", "Thôn Đông"]),
    (["program", "build-list", "P0099"], ["P0099"]),
    (["program", "add", "P0001", "999999", "--reason", "x"], ["999999"]),
    (["donation", "record", "--donor", "X", "--item", "rice", "--quantity", "0"], ["zero"]),
    (["donation", "record", "--donor", "X", "--item", "rice", "--quantity", "5",
      "--date", "01/01/2099"], ["future"]),
    (["donation", "reverse", "12ab", "--reason", "x"], ["12ab"]),
    (["distribution", "record", "P0001-0000x"], ["P0003-00042"]),
    (["distribution", "record", "P0001-00001", "--note", "x"], ["not approved"]),
    (["distribution", "record", "P0001-00001", "--program", "P0002", "--note", "x"],
     ["another program", "P0001"]),
    (["distribution", "record", "P0001-00099", "--note", "x"], ["no row P0001-00099"]),
    (["distribution", "record", "P0001-00001", "--quantity", "cash"], ["ITEM=QUANTITY"]),
    (["distribution", "reverse", "not-an-id", "--reason", "x"], ["not-an-id"]),
    (["stock", "--program", "Không có"], ["Không có"]),
    (["distribution", "record", "P0001-00001", "--id-number", "123", "--id-type", "cccd",
      "--handed-by", " "], ["12 digits", "who handed it out"]),  # two problems, one line
]  # fmt: skip


def test_bad_input_is_a_plain_message_and_exit_code_2(lalanh, staff, registry):
    create_programs(lalanh)
    ok(lalanh("program", "build-list", "P0001", user="clerk"))
    ok(lalanh("program", "build-list", "P0002", user="clerk"))
    failures = []
    for args, words in BAD_INPUT:  # one database for all: each is refused and changes nothing
        try:
            refused(lalanh(*args, user="treasurer" if args[0] == "donation" else "clerk"), *words)
        except AssertionError as exc:
            failures.append(f"{args}: {exc}")
    assert not failures, "\n".join(failures)
    listed = [line.split("\t")[5] for line in ok(lalanh("program", "list")).splitlines()]
    assert listed == ["2", "3"]
    assert ok(lalanh("donation", "list")) == ""


def test_missing_options_are_argparse_errors(lalanh, capsys):
    for args in (["program", "return", "P0001"], ["distribution", "reverse", "x"],
                 ["donation", "record", "--donor", "X"], ["program", "create", "X"]):  # fmt: skip
        with pytest.raises(SystemExit) as exit_info:
            lalanh(*args)
        assert exit_info.value.code == 2
        assert "required" in capsys.readouterr().err
