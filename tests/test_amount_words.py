"""app/amount_words.py: numbers and amounts in Vietnamese words (FORMS.md §3).

The expected words are written by hand from how accounting vouchers and
invoices spell totals, not copied from the function's output.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.amount_words import amount_in_words, number_words

NUMBERS = [
    (0, "không"),
    (1, "một"),
    (4, "bốn"),
    (5, "năm"),
    (7, "bảy"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (19, "mười chín"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (30, "ba mươi"),
    (41, "bốn mươi mốt"),
    (44, "bốn mươi tư"),
    (55, "năm mươi lăm"),
    (99, "chín mươi chín"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (104, "một trăm linh bốn"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (111, "một trăm mười một"),
    (114, "một trăm mười bốn"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (124, "một trăm hai mươi tư"),
    (125, "một trăm hai mươi lăm"),
    (500, "năm trăm"),
    (999, "chín trăm chín mươi chín"),
    (1000, "một nghìn"),
    (1001, "một nghìn không trăm linh một"),
    (1005, "một nghìn không trăm linh năm"),
    (1010, "một nghìn không trăm mười"),
    (1015, "một nghìn không trăm mười lăm"),
    (1021, "một nghìn không trăm hai mươi mốt"),
    (1100, "một nghìn một trăm"),
    (2024, "hai nghìn không trăm hai mươi tư"),
    (10_500, "mười nghìn năm trăm"),
    (15_000, "mười lăm nghìn"),
    (21_000, "hai mươi mốt nghìn"),
    (105_000, "một trăm linh năm nghìn"),
    (500_000, "năm trăm nghìn"),
    (1_000_000, "một triệu"),
    (1_000_005, "một triệu không trăm linh năm"),
    (1_000_050, "một triệu không trăm năm mươi"),
    (1_000_500, "một triệu năm trăm"),
    (1_001_000, "một triệu không trăm linh một nghìn"),
    (1_005_000, "một triệu không trăm linh năm nghìn"),
    (1_010_000, "một triệu không trăm mười nghìn"),
    (1_250_000, "một triệu hai trăm năm mươi nghìn"),
    (1_500_000, "một triệu năm trăm nghìn"),
    (2_005_000, "hai triệu không trăm linh năm nghìn"),
    (15_000_000, "mười lăm triệu"),
    (21_000_000, "hai mươi mốt triệu"),
    (100_000_005, "một trăm triệu không trăm linh năm"),
    (125_000_000, "một trăm hai mươi lăm triệu"),
    (
        999_999_999,
        "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
    ),
    (1_000_000_000, "một tỷ"),
    (1_000_000_005, "một tỷ không trăm linh năm"),
    (1_000_005_000, "một tỷ không trăm linh năm nghìn"),
    (1_005_000_000, "một tỷ không trăm linh năm triệu"),
    (
        1_234_567_890,
        "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi",
    ),
    (10_000_000_000, "mười tỷ"),
    (25_000_000_000, "hai mươi lăm tỷ"),
    (1_000_000_000_000, "một nghìn tỷ"),
    # The count of tỷ is read as one number, "tỷ" said once after it.
    (1_001_000_000_000, "một nghìn không trăm linh một tỷ"),
    (1_500_000_000_000, "một nghìn năm trăm tỷ"),
    (1_000_000_000_005, "một nghìn tỷ không trăm linh năm"),
    (5_000_000_000_000, "năm nghìn tỷ"),
    (1_000_000_000_000_000, "một triệu tỷ"),
    (1_000_000_000_000_000_000, "một tỷ tỷ"),
    (1_000_000_001_000_000_000, "một tỷ tỷ không trăm linh một tỷ"),
    (1_000_000_000_000_000_000_000, "một nghìn tỷ tỷ"),
    (10**27, "một tỷ tỷ tỷ"),
    (-5, "âm năm"),
    (-1_005, "âm một nghìn không trăm linh năm"),
    (-1_250_000, "âm một triệu hai trăm năm mươi nghìn"),
]

SOUTHERN = [  # zero_tens="lẻ", thousand="ngàn"
    (0, "không"),
    (105, "một trăm lẻ năm"),
    (1_000, "một ngàn"),
    (1_005, "một ngàn không trăm lẻ năm"),
    (1_015, "một ngàn không trăm mười lăm"),
    (1_005_000, "một triệu không trăm lẻ năm ngàn"),
    (1_250_000, "một triệu hai trăm năm mươi ngàn"),
    (1_000_000_005, "một tỷ không trăm lẻ năm"),
    (1_000_000_000_000, "một ngàn tỷ"),
    (1_500_000_000_000, "một ngàn năm trăm tỷ"),
]

AMOUNTS = [
    (0, "Không đồng."),
    (5, "Năm đồng chẵn."),
    (15_000, "Mười lăm nghìn đồng chẵn."),
    (105_000, "Một trăm linh năm nghìn đồng chẵn."),
    (1_250_000, "Một triệu hai trăm năm mươi nghìn đồng chẵn."),
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng chẵn."),
    (125_000_000, "Một trăm hai mươi lăm triệu đồng chẵn."),
    (10_000_000_000, "Mười tỷ đồng chẵn."),
    (-1_000, "Âm một nghìn đồng chẵn."),
]


@pytest.mark.parametrize(("n", "words"), NUMBERS)
def test_number_words(n, words):
    assert number_words(n) == words


@pytest.mark.parametrize(("n", "words"), NUMBERS)
def test_linh_and_nghin_are_the_defaults(n, words):
    assert number_words(n, zero_tens="linh", thousand="nghìn") == words


@pytest.mark.parametrize(("n", "words"), SOUTHERN)
def test_southern_words(n, words):
    assert number_words(n, zero_tens="lẻ", thousand="ngàn") == words


def test_the_two_settings_are_independent():
    assert number_words(1_005_000, zero_tens="lẻ") == "một triệu không trăm lẻ năm nghìn"
    assert number_words(1_005_000, thousand="ngàn") == "một triệu không trăm linh năm ngàn"


@pytest.mark.parametrize(("amount", "text"), AMOUNTS)
def test_amount_in_words(amount, text):
    assert amount_in_words(amount) == text


def test_amount_in_words_takes_the_settings():
    assert (
        amount_in_words(1_005_000, zero_tens="lẻ", thousand="ngàn")
        == "Một triệu không trăm lẻ năm ngàn đồng chẵn."
    )


@pytest.mark.parametrize("bad", [True, False, 1.0, 5.5, "5", None, b"5"])
def test_only_int_is_accepted(bad):
    with pytest.raises(TypeError):
        number_words(bad)
    with pytest.raises(TypeError):
        amount_in_words(bad)


@pytest.mark.parametrize("kwargs", [{"zero_tens": "le"}, {"zero_tens": ""}, {"thousand": "ngan"}])
def test_unknown_setting_words_are_refused(kwargs):
    with pytest.raises(ValueError):
        number_words(105, **kwargs)


# --- Properties: a strict reader of the words, written independently ----------

_DIGIT = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
_D = "|".join(_DIGIT)  # plain unit names 1–9
_D2 = "hai|ba|bốn|năm|sáu|bảy|tám|chín"  # tens digit before "mươi"
_AFTER_MUOI = "mốt|hai|ba|tư|lăm|sáu|bảy|tám|chín"  # no một, bốn, năm
_AFTER_MUOI_10 = "một|hai|ba|bốn|lăm|sáu|bảy|tám|chín"  # no năm, mốt, tư
_TENS = (
    rf"(?:(?P<ten>mười)(?: (?P<tu10>{_AFTER_MUOI_10}))?"
    rf"|(?P<t>{_D2}) mươi(?: (?P<tu>{_AFTER_MUOI}))?)"
)
# A group that keeps its hundreds ("không trăm" too); a leading group may
# leave them out, and then it is a bare unit or tens, never "linh"/"lẻ".
_FULL_GROUP = re.compile(rf"(?P<h>không|{_D}) trăm(?: (?:(?P<z>linh|lẻ) (?P<zu>{_D})|{_TENS}))?")
_SHORT_GROUP = re.compile(rf"(?P<u>{_D})|{_TENS}")
_UNIT_AFTER = {"mốt": 1, "tư": 4, "lăm": 5, **_DIGIT}


def _group_value(m: re.Match[str]) -> int:
    g = m.groupdict()
    value = 100 * _DIGIT.get(g.get("h") or "", 0)
    if g.get("u"):
        value += _DIGIT[g["u"]]
    if g.get("zu"):
        value += _DIGIT[g["zu"]]
    if g.get("ten"):
        value += 10 + _UNIT_AFTER.get(g.get("tu10") or "", 0)
    if g.get("t"):
        value += 10 * _DIGIT[g["t"]] + _UNIT_AFTER.get(g.get("tu") or "", 0)
    return value


def read_words(text: str, zero_tens: str, thousand: str) -> int:
    """The number a well-formed phrase says; AssertionError when it is not well-formed."""
    assert text == text.strip() and "  " not in text, repr(text)
    assert unicodedata.is_normalized("NFC", text)
    if text == "không":
        return 0
    words = text.split(" ")
    sign = 1
    if words[0] == "âm":
        sign, words = -1, words[1:]
    scales = {thousand: 10**3, "triệu": 10**6}
    # Split into runs of number words and runs of scale words.
    runs: list[tuple[str, list[str]]] = []
    for word in words:
        kind = "scale" if word in scales or word == "tỷ" else "number"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(word)
        else:
            runs.append((kind, [word]))
    assert runs and runs[0][0] == "number", text
    # Each part: (value, count of "tỷ" in its scale, nghìn/triệu multiplier before them).
    parts: list[tuple[int, int, int]] = []
    current = 0
    for index, (kind, run) in enumerate(runs):
        if kind == "number":
            phrase = " ".join(run)
            m = _FULL_GROUP.fullmatch(phrase)
            if index == 0:  # the first group says no "không trăm"
                m = _SHORT_GROUP.fullmatch(phrase) or (m if m and m["h"] != "không" else None)
            assert m, f"bad group {phrase!r} in {text!r}"
            assert m.groupdict().get("z") in (None, zero_tens), text
            current = _group_value(m)
            assert current > 0, f"an empty group is said: {text!r}"
            continue
        head, billions = 1, run
        if run[0] in scales:
            head, billions = scales[run[0]], run[1:]
        assert all(w == "tỷ" for w in billions), text
        _append_part(parts, current, len(billions), head, text)
        current = 0
    if current:
        _append_part(parts, current, 0, 1, text)
    return sign * sum(value for value, _, _ in parts)


def _append_part(parts, value, billions, head, text):
    """Add ``value`` × head × 10^(9·billions), checking the scales come in order."""
    value *= head
    if billions:
        # "một triệu không trăm linh một nghìn tỷ": the groups said since the
        # last tỷ count how many tỷ; "tỷ" itself is said once for them all.
        while parts and parts[-1][1] == 0:
            value += parts.pop()[0]
        assert not parts or parts[-1][1] > billions, f"tỷ said twice for one count: {text!r}"
    else:
        assert not parts or parts[-1][1] > 0 or parts[-1][2] > head, (
            f"scales out of order: {text!r}"
        )
    parts.append((value * 10 ** (9 * billions), billions, head))


def _from_groups(groups: list[int]) -> int:
    n = 0
    for g in groups:
        n = n * 1000 + g
    return n


# Groups that exercise the rules (zero groups, linh, mười, mốt/tư/lăm) far more
# often than uniformly drawn numbers do.
_interesting_group = st.one_of(
    st.sampled_from([0, 0, 1, 4, 5, 10, 11, 14, 15, 20, 21, 24, 25, 100, 101, 105, 110, 115, 999]),
    st.integers(0, 999),
)
numbers = st.one_of(
    st.integers(0, 10**15),
    st.lists(_interesting_group, min_size=1, max_size=6).map(_from_groups),
)
variants = st.sampled_from([("linh", "nghìn"), ("lẻ", "ngàn"), ("linh", "ngàn"), ("lẻ", "nghìn")])


@given(numbers, variants)
def test_words_are_well_formed_and_say_the_number(n, variant):
    zero_tens, thousand = variant
    text = number_words(n, zero_tens=zero_tens, thousand=thousand)
    assert read_words(text, zero_tens, thousand) == n
    padded = f" {text} "
    for wrong in ("mươi một", "mươi bốn", "mươi năm", "mười năm", "mười mốt", "mười tư"):
        assert f" {wrong} " not in padded, text
    for word in ("mốt", "tư"):
        for m in re.finditer(rf"(\S+) {word}(?= |$)", text):
            assert m.group(1) == "mươi", text
    for m in re.finditer(r"(\S+) lăm(?= |$)", text):
        assert m.group(1) in ("mười", "mươi"), text
    assert " một mươi" not in padded and not text.startswith("không trăm"), text
    if n:  # "không" only as the hundreds of an inner group
        assert text.count("không") == text.count("không trăm"), text


@given(st.integers(-(10**15), 10**15))
def test_negative_numbers_are_their_magnitude_with_am(n):
    text = number_words(n)
    assert text.startswith("âm ") == (n < 0)
    assert text.removeprefix("âm ") == number_words(abs(n))


@given(st.integers(0, 10**30), variants)
def test_large_numbers_read_back(n, variant):
    zero_tens, thousand = variant
    assert read_words(number_words(n, zero_tens=zero_tens, thousand=thousand), *variant) == n


@given(st.integers(1, 10**15))
def test_amount_is_the_number_capitalised(n):
    words = number_words(n)
    assert amount_in_words(n) == words[0].upper() + words[1:] + " đồng chẵn."


def test_reader_rejects_what_the_rules_forbid():
    # The property tests are only as good as the reader: it must refuse these.
    for bad in (
        "hai mươi một",
        "hai mươi bốn",
        "mười năm",
        "một trăm linh lăm",
        "một trăm năm",
        "một nghìn linh năm",
        "một nghìn mười lăm",
        "không trăm năm",
        "một triệu không nghìn",
        "một  nghìn",
        "một tỷ một nghìn tỷ",
    ):
        with pytest.raises(AssertionError):
            read_words(bad, "linh", "nghìn")
    assert read_words("một nghìn không trăm linh một tỷ", "linh", "nghìn") == 1_001_000_000_000
