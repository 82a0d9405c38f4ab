"""`lalanh office documents`: the document settings shown and changed from the command line."""

from __future__ import annotations

import pytest

from app.cli import main
from app.services import office, roles
from app.services import office_documents as docs


@pytest.fixture
def lalanh(db, data_dir, capsys):
    """Run `lalanh --lang en --db <the test database> ARGS…` → (exit code, stdout, stderr)."""
    path = data_dir / "lalanh.db"

    def run(*args, user: str = "tester"):
        code = main(["--lang", "en", "--db", str(path), *map(str, args), "--user", user])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, out, err

    return run


def _lines(out: str) -> dict[str, str]:
    return dict(line.split("\t", 1) for line in out.splitlines())


def test_show_the_defaults_and_what_is_still_to_fill(lalanh, db):
    code, out, err = lalanh("office", "documents")
    assert code == 0
    shown = _lines(out)
    defaults = docs.defaults(office.current_office(db))
    assert shown["issuing_body"] == defaults.issuing_body.replace("\n", "|")
    assert shown["place_name"] == defaults.place_name
    assert shown["leader.title"] == "CHỦ TỊCH" and shown["leader.shown"] == "yes"
    assert shown["posting_days"] == "15" and shown["leader.name"] == ""
    assert len(shown) == 8 + 4 * 4
    assert "recipient list: Leader's name." in err
    assert "public posting list: Leader's name, Complaint hotline." in err
    assert "receipts" not in err


def test_set_fields_then_everything_is_ready(lalanh, db):
    code, out, err = lalanh(
        "office", "documents", "--set", "leader.name=Nguyễn Văn Chủ", "hotline=0211 3862 345",
        "issuing_body=Ủy ban nhân dân|xã Yên Lạc", "accountant.shown=no", "posting_days=20",
        "thousand_word=ngàn",
    )  # fmt: skip
    assert code == 0, err
    assert err == ""  # nothing left to fill
    shown = _lines(out)
    assert shown["issuing_body"] == "ỦY BAN NHÂN DÂN|XÃ YÊN LẠC"
    assert shown["accountant.shown"] == "no" and shown["posting_days"] == "20"
    stored = docs.load(db)
    assert stored.issuing_body == "ỦY BAN NHÂN DÂN\nXÃ YÊN LẠC"
    assert stored.signer("leader").name == "Nguyễn Văn Chủ"
    assert stored.signer("accountant").shown is False
    assert (stored.hotline, stored.posting_days, stored.thousand_word) == ("0211 3862 345", 20,
                                                                           "ngàn")  # fmt: skip
    code, _out, _err = lalanh("office", "documents", "--set", r"issuing_body=ỦY BAN\nXÃ A")
    assert code == 0 and docs.load(db).issuing_body == "ỦY BAN\nXÃ A"


@pytest.mark.parametrize(("change", "words"), [
    ("hotline=abc", ["not saved", "8 to 15 digits"]),
    ("place_name=", ["place name"]),
    ("posting_days=many", ["posting_days"]),
    ("posting_days=100", ["1 to 90"]),
    ("leader.shown=maybe", ["yes or no"]),
    ("colour=red", ["known field", "leader.name"]),
    ("hotline", ["FIELD=VALUE"]),
])  # fmt: skip
def test_bad_changes_are_refused_in_one_line_and_nothing_is_stored(lalanh, db, change, words):
    code, out, err = lalanh("office", "documents", "--set", "leader.name=Nguyễn Văn Chủ", change)
    assert code == 2 and out == ""
    assert err.startswith("Error: ") and len(err.rstrip("\n").splitlines()) == 1, err
    for word in words:
        assert word in err, err
    assert docs.load(db).signer("leader").name == ""


def test_only_an_administrator_may_set_them(lalanh, db):
    roles.save_user(roles.actor_for(db, "tester"), db, "clerk", "Lê Văn Nhập", ["data_entry"])
    code, out, err = lalanh("office", "documents", "--set", "hotline=0211 3862 345", user="clerk")
    assert code == 2 and "Administrator" in err
    assert lalanh("office", "documents", user="clerk")[0] == 0  # looking is allowed
