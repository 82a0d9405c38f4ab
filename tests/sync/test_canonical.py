"""app/sync/canonical.py: one byte form per value, and nothing else accepted."""

from __future__ import annotations

import enum
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.sync.canonical import MAX_INT, FormatError, _depth, b64, decode, encode, unb64

LIMIT = 1 << 20

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-MAX_INT + 1, max_value=MAX_INT - 1)
    | st.text()
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=20,
)


def test_sorted_keys_no_whitespace_utf8():
    assert encode({"b": 1, "a": [True, None, "Lá Lành"], "A": -5}) == (
        '{"A":-5,"a":[true,null,"Lá Lành"],"b":1}'.encode()
    )


def test_escapes_only_quote_backslash_and_controls():
    assert encode('a"b\\c\n\x01\x7f\u2028é') == b'"a\\"b\\\\c\\n\\u0001\x7f\xe2\x80\xa8\xc3\xa9"'


def test_keys_sorted_by_code_point():
    # U+FF21 sorts before U+1F600 by code point (UTF-16 order would put the emoji first).
    assert encode({"\U0001f600": 1, "\uff21": 2, "Z": 3, "a": 4}).decode() == (
        '{"Z":3,"a":4,"\uff21":2,"\U0001f600":1}'
    )


@pytest.mark.parametrize(
    "value",
    [
        1.0,
        float("nan"),
        b"x",
        (1, 2),
        {1: "a"},
        {"a": {1, 2}},
        2**63,
        -(2**63),
        [2**63],
        {"a": 2**64},
        [{"a": [1, -(2**70)]}],
        [[1.5]],
        {"a": [(1, 2)]},
        "\ud800",
        enum.IntEnum("E", "A").A,
        object(),
    ],  # fmt: skip
)
def test_encode_refuses(value):
    with pytest.raises(FormatError):
        encode(value)


def test_long_numbers_inside_strings_are_text():
    value = {"note": "số ,1234567890123456789012, và :12345678901234567890", "n": [MAX_INT - 1]}
    assert decode(encode(value), max_bytes=LIMIT) == value


def test_integer_bounds():
    assert decode(encode(MAX_INT - 1), max_bytes=LIMIT) == MAX_INT - 1
    assert decode(encode(-MAX_INT + 1), max_bytes=LIMIT) == -MAX_INT + 1


@given(values)
def test_round_trip(value):
    data = encode(value)
    assert decode(data, max_bytes=LIMIT, max_depth=64) == value
    # the encoding is plain JSON any parser reads the same way
    assert json.loads(data) == value


@pytest.mark.parametrize(
    "data",
    [
        b'{"a":1, "b":2}',  # whitespace
        b' {"a":1}',
        b'{"a":1}\n',  # trailing data
        b'{"a":1}{"b":2}',
        b'{"b":1,"a":2}',  # unsorted
        b'{"a":1,"a":1}',  # duplicate key, even when sorted and equal
        b"1.0",
        b"1e3",
        b"NaN",
        b"-Infinity",
        b"-0",
        b"01",
        b'"\\u0041"',  # needless escape
        b'"\\/"',
        b'"\\u001F"',  # upper-case hex
        b'"\\ud800"',  # lone surrogate by escape
        b'"\xed\xa0\x80"',  # lone surrogate in UTF-8
        b'"\xc0\xaf"',  # overlong UTF-8
        b'"\xff"',
        b"\xef\xbb\xbf{}",  # byte-order mark
        b"99999999999999999999",  # 2**63 < x
        b"9223372036854775808",  # == 2**63
        b"1" * 5000,  # huge integer: refused before conversion
        b"",
        b"tru",
        b"[" * 17 + b"]" * 17,  # deeper than 16
        b"[" * 100000 + b"]" * 100000,  # deeper than the parser's recursion
    ],
)
def test_decode_refuses(data):
    with pytest.raises(FormatError):
        decode(data, max_bytes=1 << 20)


def test_depth_and_size_limits():
    deep16 = encode(json.loads("[" * 16 + "]" * 16))
    assert decode(deep16, max_bytes=LIMIT) is not None
    with pytest.raises(FormatError):
        decode(deep16, max_bytes=LIMIT, max_depth=15)
    data = encode("x" * 100)
    assert decode(data, max_bytes=len(data)) == "x" * 100
    with pytest.raises(FormatError, match="too large"):
        decode(data, max_bytes=len(data) - 1)


def test_decode_refuses_non_bytes():
    with pytest.raises(FormatError):
        decode("{}", max_bytes=LIMIT)  # type: ignore[arg-type]


@given(st.binary(max_size=80))
def test_b64_round_trip(data):
    text = b64(data)
    assert "=" not in text and "\n" not in text
    assert unb64(text) == data


def test_b64_is_standard_unpadded():
    assert b64(b"\xfb\xff") == "+/8"
    assert b64(b"") == ""


@pytest.mark.parametrize("text", ["+/8=", "-_8", "+/9", "A", "AB CD", "AB\nC", "ABC*", b"QQ"])
def test_unb64_refuses(text):
    # "+/9" decodes to the same bytes as "+/8" with non-zero trailing bits
    with pytest.raises(FormatError):
        unb64(text)  # type: ignore[arg-type]


def _walked_depth(value) -> int:
    if type(value) is list:
        return 1 + max(map(_walked_depth, value), default=0)
    if type(value) is dict:
        return 1 + max(map(_walked_depth, value.values()), default=0)
    return 0


@given(values)
def test_depth_read_from_the_text_is_the_nesting(value):
    """Brackets, quotes and backslashes inside strings do not count."""
    assert _depth(encode(value)) == _walked_depth(value)


@pytest.mark.parametrize("text", ['\\"[', "\\\\", '\\\\"{[', '\n\t\\\\\\"]]', '[["]]'])
def test_depth_ignores_brackets_after_escapes(text):
    assert _depth(encode([text, [text]])) == 2
