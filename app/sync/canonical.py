"""Canonical JSON: the one deterministic encoding for everything that is signed or hashed.

Bundle headers, origin batches, certificates, requests and trust lists are
stored and verified as exact bytes; `encode` gives every value exactly one
byte form, and `decode` accepts only that form (docs/bundle-format.md §2):

- values: dict (str keys), list, str, int with |x| < 2**63, True, False, None.
  No floats, no bytes (use `b64`), no tuples, no subclasses (IntEnum, StrEnum…);
- objects with keys sorted by Unicode code point, no whitespace anywhere;
- UTF-8, characters written as themselves except `"` `\\` and U+0000–U+001F,
  which are escaped as `\\"` `\\\\` `\\b` `\\f` `\\n` `\\r` `\\t` or `\\u00xx`
  (lower-case hex); lone surrogates are refused;
- integers in plain decimal, no leading zeros, no "-0", no exponent.

Strings are encoded as given: callers store NFC text, and a signature is over
bytes, so normalising here would only hide a caller's bug.
"""

from __future__ import annotations

import base64
import binascii
import json
from itertools import accumulate

MAX_INT = 2**63  # |x| < MAX_INT
_MAX_WALK_DEPTH = 64  # encode refuses deeper values (decode has its own, smaller limit)


class FormatError(ValueError):
    """Bytes or a value that are not canonical JSON as defined here."""


def _check(value: object, depth: int) -> int:
    """Validate `value`; return its nesting depth (a scalar is 0, `[]` is 1)."""
    kind = type(value)
    if kind is str:
        return 0
    if kind is int:
        if not -MAX_INT < value < MAX_INT:  # type: ignore[operator]
            raise FormatError("integer out of range")
        return 0
    if value is None or kind is bool:
        return 0
    if depth >= _MAX_WALK_DEPTH:
        raise FormatError("value nested too deeply")
    deepest = 0
    if kind is dict:
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str:
                raise FormatError(f"object key is not a string: {type(key).__name__}")
            if type(item) in (str, int, bool) or item is None:
                if type(item) is int and not -MAX_INT < item < MAX_INT:
                    raise FormatError("integer out of range")
                continue
            deepest = max(deepest, _check(item, depth + 1))
        return deepest + 1
    if kind is list:
        for item in value:  # type: ignore[attr-defined]
            if type(item) in (str, int, bool) or item is None:
                if type(item) is int and not -MAX_INT < item < MAX_INT:
                    raise FormatError("integer out of range")
                continue
            deepest = max(deepest, _check(item, depth + 1))
        return deepest + 1
    raise FormatError(f"type not allowed in canonical JSON: {kind.__name__}")


def _dumps(value: object) -> bytes:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate
        raise FormatError("string is not valid Unicode (lone surrogate)") from exc


def encode(value: object) -> bytes:
    """The canonical bytes of `value`; FormatError for anything outside the allowed types."""
    _check(value, 0)
    return _dumps(value)


def _refuse_constant(name: str) -> object:
    raise FormatError(f"{name} is not allowed")


def _refuse_float(text: str) -> object:
    raise FormatError("numbers with a fraction or exponent are not allowed")


def _parse_int(text: str) -> int:
    if len(text) > 20:  # 2**63 has 19 digits; refuse before converting a huge number
        raise FormatError("integer out of range")
    number = int(text)
    if not -MAX_INT < number < MAX_INT:
        raise FormatError("integer out of range")
    return number


def _pairs(pairs: list[tuple[str, object]]) -> dict[str, object]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise FormatError("duplicate key in object")
    return result


_KEEP_QUOTES_AND_BRACKETS = bytes(b for b in range(256) if b not in b'"[]{}')
_STEP = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")  # +1 opens, -1 (signed) closes


def _depth(data: bytes) -> int:
    """The deepest nesting of valid JSON text: its brackets outside strings, all in C.

    Escaped backslashes, then escaped quotes, are dropped (left to right, as a parser pairs
    them), so every quote left delimits a string; then only quotes and brackets are kept,
    and every other piece between quotes is outside a string."""
    text = bytes(data).replace(b"\\\\", b"").replace(b'\\"', b"")
    marks = text.translate(None, _KEEP_QUOTES_AND_BRACKETS)
    brackets = b"".join(marks.split(b'"')[::2]).translate(_STEP)
    return max(accumulate(memoryview(brackets).cast("b")), default=0)


def decode(data: bytes, *, max_bytes: int, max_depth: int = 16) -> object:
    """Parse canonical JSON strictly; FormatError for anything else.

    Refused: more than `max_bytes`, invalid UTF-8, a byte-order mark, duplicate
    keys, NaN/Infinity, floats, integers out of range, nesting deeper than
    `max_depth`, trailing data, and any input that is valid JSON but not the
    canonical form (whitespace, unsorted keys, needless escapes…).
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise FormatError("expected bytes")
    if len(data) > max_bytes:
        raise FormatError(f"too large: {len(data)} bytes, limit {max_bytes}")
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError("not valid UTF-8") from exc
    try:
        value = json.loads(
            text,
            object_pairs_hook=_pairs,
            parse_float=_refuse_float,
            parse_int=_parse_int,
            parse_constant=_refuse_constant,
        )
    except FormatError:
        raise
    except RecursionError as exc:
        raise FormatError("nested too deeply") from exc
    except (ValueError, TypeError) as exc:  # json.JSONDecodeError is a ValueError
        raise FormatError(f"not valid JSON: {exc}") from exc
    # The hooks above already refused every other type, floats and out-of-range integers;
    # what is left to check is the nesting, read from the brackets outside strings (walking
    # a large batch's million values in Python cost a second).
    if _depth(data) > max_depth:
        raise FormatError(f"nested deeper than {max_depth}")
    if _dumps(value) != data:
        raise FormatError("not in canonical form")
    return value


def b64(data: bytes) -> str:
    """Standard base64 alphabet (RFC 4648 §4) without '=' padding, as age writes it."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def unb64(text: str) -> bytes:
    """The inverse of `b64`, strict: padding, other alphabets, whitespace and
    non-zero trailing bits are refused (so each byte string has one text form)."""
    if type(text) is not str or "=" in text or len(text) % 4 == 1:
        raise FormatError("not unpadded base64")
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FormatError("not unpadded base64") from exc
    if b64(data) != text:
        raise FormatError("not canonical base64")
    return data
