"""app/text.py: the NFC storage form, the folded search form and the order of names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text import clean, digits_only, fold, given_name_key, name_sort_key, title_name, tokens

# Vietnamese letters (precomposed and as bare letters plus combining tones), the
# look-alikes of Đ, and some separators: text as officers type or paste it.
_VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
)
_COMBINING = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
vietnamese_text = st.text(
    alphabet=st.sampled_from(list(_VI_LETTERS + _COMBINING + "\u00d0\u00f0\u0189 -'.,\t\n0123"))
)
any_text = st.one_of(st.text(), vietnamese_text)


@given(any_text)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(any_text)
def test_fold_output_is_ascii_lower_case_without_d_stroke(text):
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert "đ" not in folded and "Đ" not in folded
    assert folded == folded.strip() and "  " not in folded


@given(any_text)
def test_nfc_and_nfd_input_fold_the_same(text):
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@given(any_text)
def test_clean_output_is_nfc_and_stable(text):
    cleaned = clean(text)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean(cleaned) == cleaned
    assert not any(unicodedata.category(ch).startswith("C") for ch in cleaned)
    assert cleaned == cleaned.strip() and "  " not in cleaned


@given(vietnamese_text)
def test_clean_of_nfd_equals_clean_of_nfc(text):
    assert clean(unicodedata.normalize("NFD", text)) == clean(unicodedata.normalize("NFC", text))


def test_nfd_typed_name_is_stored_precomposed():
    typed = "Nguye\u0302\u0303n Va\u0306n An"  # Windows' Vietnamese keyboard: combining marks
    assert clean(typed) == "Nguyễn Văn An"
    assert len(clean(typed)) == len("Nguyễn Văn An")


@pytest.mark.parametrize(
    ("typed", "stored", "folded"),
    [
        ("\u00d0ặng Thị Hoa", "Đặng Thị Hoa", "dang thi hoa"),  # Icelandic capital eth
        ("\u00f0ào", "đào", "dao"),  # Icelandic small eth
        ("\u0189inh Văn Hải", "Đinh Văn Hải", "dinh van hai"),  # African D
    ],
)
def test_look_alikes_of_d_stroke_are_mapped(typed, stored, folded):
    assert clean(typed) == stored
    assert fold(typed) == folded


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn An", "nguyen van an"),
        ("ĐẶNG THỊ ĐÀO", "dang thi dao"),
        ("  Lê-Văn   Tám ", "le van tam"),
        ("Phường Hoàn Kiếm", "phuong hoan kiem"),
        ("Nguyễn Thị Ngọc Ánh", "nguyen thi ngoc anh"),
        ("Hộ số 12/3", "ho so 12 3"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_examples(text, folded):
    assert fold(text) == folded


def test_tokens_are_folded_words():
    assert tokens("Trần  Thị-Thu") == ["tran", "thi", "thu"]
    assert tokens("  ") == []


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Lê\tThị\r\nHoa\x00", "Lê Thị Hoa"),
        ("  Hà   Nội  ", "Hà Nội"),
        ("Số\u200b5", "Số 5"),  # zero-width space pasted from Word
        ("\x00\x01\x02", ""),
        (None, ""),
        ("", ""),
    ],
)
def test_clean_removes_control_characters_and_extra_spaces(text, cleaned):
    assert clean(text) == cleaned


def test_title_name_capitalises_each_word():
    assert title_name("nGUYỄN   vĂN aN") == "Nguyễn Văn An"
    assert title_name("đặng thị đào") == "Đặng Thị Đào"


def test_digits_only():
    assert digits_only("0912-345.678") == "0912345678"
    assert digits_only(None) == ""


def test_names_sort_by_given_name_in_vietnamese_order():
    names = [
        "Bùi Văn Đạt",
        "Trần Văn Bình",
        "Đỗ Văn Dũng",
        "Hoàng Văn Ân",
        "Phạm Thị Ánh",
        "Lê Thị Anh",
        "Nguyễn Văn An",
    ]
    assert sorted(names, key=name_sort_key) == [
        "Nguyễn Văn An",  # a, n
        "Lê Thị Anh",  # a, n, h
        "Phạm Thị Ánh",  # same letters as Anh: the tone comes after
        "Hoàng Văn Ân",  # â after a
        "Trần Văn Bình",
        "Đỗ Văn Dũng",
        "Bùi Văn Đạt",  # đ after d
    ]


def test_same_given_name_sorts_by_middle_then_surname():
    names = ["Trần Văn An", "Nguyễn Văn An", "Lê Thị An"]
    assert sorted(names, key=name_sort_key) == ["Lê Thị An", "Nguyễn Văn An", "Trần Văn An"]


def test_tones_come_after_the_letters_of_their_word():
    # "Nguyên" and "Nguyễn" have the same letters; the tone only breaks the tie.
    assert name_sort_key("Nguyên Văn An") < name_sort_key("Nguyễn Văn An")
    assert name_sort_key("Nguyễn Văn An") < name_sort_key("Nguyên Văn Bình")


def test_the_given_name_decides_first_tone_included():
    # Every "Anh" comes before any "Ánh", whatever the middle name: the given name is compared
    # whole (letters, then tone) before the middle names are looked at.
    names = ["Lê Thị Ánh", "Nguyễn Văn Anh", "Trần Thị Anh", "Bùi Anh"]
    assert sorted(names, key=name_sort_key) == [
        "Bùi Anh", "Trần Thị Anh", "Nguyễn Văn Anh", "Lê Thị Ánh"]  # fmt: skip


@given(vietnamese_text)
def test_name_sort_key_ignores_normalisation_of_input(name):
    assert name_sort_key(unicodedata.normalize("NFD", name)) == name_sort_key(
        unicodedata.normalize("NFC", name)
    )


def test_name_sort_key_of_empty_name():
    assert name_sort_key("") == ()
    assert name_sort_key("   ") == ()


@pytest.mark.parametrize(("name", "key"), [
    ("Nguyễn Thị Hằng", "hang"), ("Nguyễn T. Hằng", "hang"), ("Đặng Văn Đức", "duc"),
    ("Hằng", "hang"), ("  ", ""), ("Lê Văn An-Bình", "binh"),
])  # fmt: skip
def test_given_name_key_is_the_folded_last_word(name, key):
    assert given_name_key(name) == key
