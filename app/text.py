"""Vietnamese text helpers: NFC storage form, folded search form, name order."""

from __future__ import annotations

import functools
import re
import unicodedata

# Look-alikes that arrive by copy-paste: Icelandic eth (U+00D0/U+00F0) and the
# African D with hook look like Vietnamese Đ/đ (FORMS.md §6).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})
_FOLD_EXTRA = str.maketrans({"\u0111": "d", "\u0110": "d"})
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def clean(text: str | None) -> str:
    """Text as we store it: NFC, look-alike letters mapped, spaces collapsed."""
    if not text:
        return ""
    # Most text is clean already (and an import cleans each cell several times):
    # these checks all run in C, so only text that needs work goes further.
    if (
        text.isprintable()
        and text[0] != " "
        and text[-1] != " "
        and "  " not in text
        and (
            text.isascii()
            or (
                unicodedata.is_normalized("NFC", text)
                # the look-alikes, one `in` each: half the time of a regular expression
                and "\u00d0" not in text
                and "\u00f0" not in text
                and "\u0189" not in text
            )
        )  # fmt: skip
    ):
        return text
    return _clean(text)


@functools.lru_cache(maxsize=20_000)
def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.translate(_LOOKALIKES))
    # Control characters (pasted from Excel or Word) never belong in a field.
    # isprintable() is False for every category C (and for spaces other than " "),
    # so the per-character pass runs only for the few texts that need it.
    if not text.isprintable():
        text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return _SPACES.sub(" ", text).strip()


def _fold_table() -> dict[int, str | None]:
    """Each precomposed Latin letter → its bare letter; combining marks → nothing."""
    table: dict[int, str | None] = {
        cp: None for cp in range(0x300, 0x370) if unicodedata.combining(chr(cp))
    }
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(cp))
                       if not unicodedata.combining(c))  # fmt: skip
        if bare != chr(cp) and bare.isascii():
            table[cp] = bare
    table.update({0x111: "d", 0x110: "d", 0xD0: "d", 0xF0: "d", 0x189: "d"})
    return table


_FOLD_TABLE = _fold_table()


@functools.lru_cache(maxsize=100_000)
def fold(text: str | None) -> str:
    """Lower case, no accents, đ→d, punctuation collapsed to single spaces.

    Cached: lists repeat the same names, hamlets and words many thousand times.
    """
    if not text:
        return ""
    bare = text.translate(_FOLD_TABLE)
    if not bare.isascii():  # letters outside the table (other scripts): the general way
        decomposed = unicodedata.normalize("NFD", bare.translate(_LOOKALIKES))
        bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        bare = bare.translate(_FOLD_EXTRA)
    return _NON_WORD.sub(" ", bare.lower()).strip()


def tokens(text: str | None) -> list[str]:
    """Folded words of a text."""
    folded = fold(text)
    return folded.split() if folded else []


def given_name_key(full_name: str | None) -> str:
    """The folded given name (last word) of a full name: 'Nguyễn T. Hằng' → 'hang'; what the
    database computes as person.given_folded, the duplicate engine's first blocking key."""
    words = tokens(full_name)
    return words[-1] if words else ""


_WORD_START = re.compile(r"(^|[ '’\-])(\w)")


def title_name(text: str | None) -> str:
    """A person's name as written in official lists: each word capitalised, also after an
    apostrophe or a hyphen ("H'Hen Niê", "Y-Moan")."""
    return _WORD_START.sub(lambda m: m[1] + m[2].upper(), clean(text).lower())


_NOT_ASCII_DIGIT = re.compile(r"[^0-9]+")


def digits_only(text: str | None) -> str:
    if not text:
        return ""
    if text.isascii():
        return _NOT_ASCII_DIGIT.sub("", text)
    return "".join(ch for ch in text if ch.isdigit())


# Vietnamese alphabetical order (FORMS.md §6): letters first, tones after.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_BASE_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn form letters


def _letter_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    letters: list[int] = []
    tones: list[int] = []
    for ch in word.lower():
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0]
        marks = parts[1:]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _BASE_MARKS))
        tone = next((_TONES[m] for m in marks if m in _TONES), 0)
        letters.append(_LETTER_RANK.get(letter, 100 + ord(letter)))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def name_sort_key(full_name: str) -> tuple:
    """Sort by given name, then middle names, then surname, Vietnamese order (FORMS.md §6)."""
    words = clean(full_name).split(" ")
    if not words or words == [""]:
        return ()
    ordered = [words[-1], *words[1:-1], words[0]] if len(words) > 1 else words
    # Word by word, each word whole (letters, then its tone): every "Anh" before any "Ánh",
    # whatever their middle names and surnames.
    return tuple(_letter_key(w) for w in ordered)


def vietnamese_key(text: str) -> tuple:
    """Sort key for any text (places, hamlets) in Vietnamese alphabetical order, word by word."""
    keys = [_letter_key(w) for w in clean(text).split(" ") if w]
    return tuple(k[0] for k in keys) + tuple(k[1] for k in keys)
