"""The translation catalogue covers the code (tools/i18n.py), and app.i18n uses it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from app import i18n

ROOT = Path(__file__).resolve().parent.parent


def _load_tool():
    spec = importlib.util.spec_from_file_location("lalanh_i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


def test_catalogue_covers_the_code():
    problems, _warnings = tool.check()
    assert not problems, "run `python tools/i18n.py extract` and translate:\n" + "\n".join(problems)


def test_male_is_nam_in_vietnamese():
    i18n.set_language("vi")
    assert i18n._("Male") == "Nam"
    assert i18n._("Head of household") == "Chủ hộ"
    i18n.set_language("en")
    assert i18n._("Male") == "Male"


def test_unknown_text_passes_through():
    i18n.set_language("vi")
    assert i18n._("no such source string, surely") == "no such source string, surely"


def test_scan_finds_marked_literals_only():
    source = (
        "from app.i18n import _, N_\n"
        "A = N_('Rice')\n"
        "b = _('Two ' 'parts')\n"
        "c = _('joined ' + 'with plus')\n"
        "d = _(variable)\n"
        "e = other('not marked')\n"
        "f = i18n._('via module')\n"
        "g = _(f'bad {x}')\n"
    )
    found, warnings = tool.scan_source(source, "x.py")
    assert [text for text, _line in found] == [
        "Rice",
        "Two parts",
        "joined with plus",
        "via module",
    ]
    assert len(warnings) == 1 and "f-string" in warnings[0]


def _catalogue(**translations):
    return {s: tool.Message(s, translation=t) for s, t in translations.items()}


def test_find_problems_reports_missing_unfinished_and_placeholders():
    code = {
        s: tool.Message(s, [tool.Location("app/x.py", n)])
        for n, s in enumerate(["Rice", "Cash", "{n} households", "{a} to {b}", "Food"], 1)
    }
    catalogue = _catalogue(
        **{"Rice": "Gạo", "{n} households": "{count} hộ", "{a} to {b}": "{a} đến {b}"}
    )
    catalogue["Food"] = tool.Message("Food", translation="", type="unfinished")
    problems = tool.find_problems(code, catalogue)
    assert len(problems) == 3
    assert any("missing from the catalogue" in p and "'Cash'" in p for p in problems)
    assert any("not translated" in p and "'Food'" in p for p in problems)
    assert any("placeholders differ" in p and "{n}" in p for p in problems)


@pytest.mark.parametrize(
    ("source", "translation", "same"),
    [
        ("{n} in {s:.1f} s", "{n} trong {s:.1f} giây", True),
        ("{n} in {s:.1f} s", "{n} trong {s} giây", False),
        ("{a} and {b}", "{b} và {a}", True),
        ("{a} and {a}", "{a}", False),
        ("no fields", "không có", True),
    ],
)
def test_placeholders(source, translation, same):
    assert (tool.placeholders(source) == tool.placeholders(translation)) is same


def test_extract_round_trip_keeps_translations(tmp_path):
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    (app_dir / "m.py").write_text('X = N_("Rice")\nY = _("Cash & <more>")\n', encoding="utf-8")
    ts = tmp_path / "lalanh_vi.ts"
    code, _w = tool.collect(app_dir, tmp_path)
    messages = tool.merge(code, {})
    messages[0].translation, messages[0].type = "Gạo", None
    ts.write_text(tool.render_ts(messages, ts, tmp_path), encoding="utf-8")

    back = tool.read_ts(ts, tmp_path)
    assert back["Rice"].finished and back["Rice"].translation == "Gạo"
    assert back["Cash & <more>"].type == "unfinished"
    assert back["Rice"].locations == [tool.Location("app/m.py", 1)]
    assert i18n.read_catalogue(ts) == {"Rice": "Gạo"}

    (app_dir / "m.py").write_text('Y = _("Cash & <more>")\n', encoding="utf-8")
    code, _w = tool.collect(app_dir, tmp_path)
    assert [m.source for m in tool.merge(code, back)] == ["Cash & <more>"]


def test_unparsable_code_fails_the_check_and_leaves_the_catalogue(tmp_path):
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    (app_dir / "ok.py").write_text('X = _("Rice")\n', encoding="utf-8")
    (app_dir / "half_edited.py").write_text('Y = _("Cash"\n', encoding="utf-8")
    ts = tmp_path / "lalanh_vi.ts"
    problems, _w = tool.check(app_dir, ts, tmp_path)
    assert problems and "half_edited.py" in problems[0]
    with pytest.raises(tool.UnreadableCode):
        tool.collect(app_dir, tmp_path)


def test_an_edited_string_starts_from_the_old_translation():
    existing = {
        "Choose the gender.": tool.Message("Choose the gender.", translation="Chọn giới tính.")
    }
    code = {
        s: tool.Message(s, [tool.Location("app/x.py", 1)])
        for s in ("Choose the gender", "Something else entirely")
    }
    merged = {m.source: m for m in tool.merge(code, existing)}
    edited = merged["Choose the gender"]
    assert edited.translation == "Chọn giới tính." and edited.type == "unfinished"
    assert not edited.finished
    assert merged["Something else entirely"].translation == ""
