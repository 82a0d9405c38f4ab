"""Names typed with legacy 8-bit Vietnamese fonts: TCVN3 (ABC, .VnTime) and VNI-Windows.

A cell typed with such a font holds the *Windows-1252 characters* of the font's
bytes, so Excel and calamine hand us "B¶o Th¾ng" (TCVN3) or "Xin chaøo"
(VNI) where the officer saw "Bảo Thắng" and "Xin chào". `detect_encoding`
decides, for a whole column, whether it was typed that way; `to_unicode`
converts one cell; `fix_column` does both.

Code tables. Both come from UniKey's VnConv library (Pham Kim Long), file
`unikey/data.cpp` of fcitx/fcitx5-unikey (also `ukengine/data.cpp` of
ibus-unikey): `SingleByteTables` "TCVN3" and `DoubleByteTables` "VNI-WIN".
The TCVN3 table was checked code by code against libX11's TCVN 5712 table
(`lib/X11/lcUniConv/tcvn.h`, the same table as GNU libiconv): all 74 codes of
the VN3 ("ABC") subset agree. The VNI table was checked against the charset
lists of duydev/vietnamese-conversion (`src/charsets.ts`).

TCVN3 has no codes for upper-case letters with a tone mark (Á, Ề, Ữ…): the
.VnTimeH fonts draw the lower-case codes as capitals. A converted cell
therefore has the lower-case letter ("¸nh" → "ánh", "Hå" → "Hồ"), except that a
cell typed in capitals is given back in capitals ("NGUYÔN V¡N AN" → "NGUYỄN VĂN
AN") when that shows: no lower-case letter, and a capital after a marked letter
(see `_TCVN3_CAPS`). Capitals typed with the lower-case codes of a .VnTimeH font
("nguyÔn v¨n an") cannot be told from lower-case text, and come back in lower case.

TCVN3 writes "ư" as 0xAD, the soft hyphen: invisible, and dropped by some tools
(Word's text export, web pages), leaving "Mêng" for "Mường". Where a text has no
soft hyphen at all, "ơ" before ng, c or u (a rhyme Vietnamese spelling does not
have; ươ before them is common) is read as "ươ". A few minority place names do
have "ơng" ("Cư Pơng"): `fix_column` keeps them when the column shows its soft
hyphens survived.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

TCVN3 = "tcvn3"
VNI = "vni"
ENCODINGS = (TCVN3, VNI)

# --- TCVN3 (TCVN 5712:1993 VN3, "ABC") ----------------------------------------------------
# One byte, one letter. Keys are the Windows-1252 characters of the bytes (for
# 0xA1-0xFE the same as Latin-1). 0xAD, the code of "ư", is the invisible soft hyphen.
_TCVN3_CODES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # grave, hook, tilde, acute, dot below
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
TCVN3_TABLE: dict[str, str] = {chr(code): letter for code, letter in _TCVN3_CODES.items()}
# The 256 Latin-1 characters through the table, for `codecs.charmap_decode` (C speed).
_TCVN3_DECODING = "".join(TCVN3_TABLE.get(chr(i), chr(i)) for i in range(256))
_TCVN3_TRANSLATE = str.maketrans(TCVN3_TABLE)  # for cells that also hold “ ” – …
# A probe of the bytes answers in C what the cell holds: the codes of Ă…Đ become "A"
# and those of ă â ê ô đ "a", so `isupper()` tells "capitals and no lower case"; the
# codes of ơ become 0x01 and that of ư 0x02.
_TCVN3_PROBE = bytes.maketrans(
    b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xae\xac\xea\xeb\xec\xed\xee\xad",
    b"AAAAAAAaaaaa" + b"\x01" * 6 + b"\x02",
)
# A cell with no lower-case letter was typed in capitals, and its lower-case-only codes
# stand for capitals too, if a capital follows a marked letter ("NGUYÔN", "TH¸I") or
# one of Ă Â Ê Ô Ơ Ư Đ follows a letter ("L£"). Not so "Hå" (Hồ) or "X· SRã" (Xã SRó).
_TCVN3_CAPS = re.compile("[\xa1-\xae\xb5-\xfe][A-Z\xa1-\xa7]|[A-Za-z\xa1-\xae\xb5-\xfe][\xa1-\xa7]")
_TCVN3_LOST_U = re.compile(r"(?<![uưừứửữựUƯ])([ơờớởỡợ])(?=(?:ng|c|u|NG|C|U)\b)")

# --- VNI-Windows ------------------------------------------------------------------------------
# A vowel is its base letter followed by one code for its marks ("aù" = á, "aâ" = â,
# "aá" = ấ); đ, ơ, ư and some i/y forms have codes of their own ("ñ" = đ, "ô" = ơ,
# "ôù" = ớ). Each code has an upper-case form (0x20 lower) used after capitals.
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    0xD9: _ACUTE, 0xD8: _GRAVE, 0xDB: _HOOK, 0xD5: _TILDE, 0xCF: _DOT,
    0xC2: _CIRCUMFLEX, 0xC1: _CIRCUMFLEX + _ACUTE, 0xC0: _CIRCUMFLEX + _GRAVE,
    0xC5: _CIRCUMFLEX + _HOOK, 0xC3: _CIRCUMFLEX + _TILDE, 0xC4: _CIRCUMFLEX + _DOT,
    0xCA: _BREVE, 0xC9: _BREVE + _ACUTE, 0xC8: _BREVE + _GRAVE,
    0xDA: _BREVE + _HOOK, 0xDC: _BREVE + _TILDE, 0xCB: _BREVE + _DOT,
}  # fmt: skip
_VNI_LETTERS = {
    0xD1: "Đ", 0xD4: "Ơ", 0xD6: "Ư",
    0xCD: "Í", 0xCC: "Ì", 0xC6: "Ỉ", 0xD3: "Ĩ", 0xD2: "Ị", 0xCE: "Ỵ",
}  # fmt: skip
VNI_TABLE: dict[str, str] = {}
for _code, _marks in _VNI_MARKS.items():
    VNI_TABLE[chr(_code)] = VNI_TABLE[chr(_code + 0x20)] = _marks
for _code, _letter in _VNI_LETTERS.items():
    VNI_TABLE[chr(_code)], VNI_TABLE[chr(_code + 0x20)] = _letter, _letter.lower()
_VNI_TRANSLATE = str.maketrans({k: v for k, v in VNI_TABLE.items() if k != v})
_VNI_DECODING = {i: VNI_TABLE.get(chr(i), chr(i)) for i in range(256)}

# A character outside Windows-1252 (ễ, ư, đ, a combining mark…) can come from no
# legacy font: a text holding one is already Unicode and is left alone.
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
_NOT_LEGACY = re.compile(f"[^\\x00-\\xff{_CP1252_HIGH}]")


def to_unicode(text: str, encoding: str) -> str:
    """`text` typed with a TCVN3 ("tcvn3") or VNI-Windows ("vni") font, as NFC Unicode.

    A text that cannot be legacy (it holds a character outside Windows-1252, such
    as "ễ" or a combining mark) is returned unchanged.
    """
    if encoding == TCVN3:
        return _tcvn3(text)
    if encoding == VNI:
        return _vni(text)
    raise ValueError(f"unknown legacy encoding: {encoding!r}")


def _tcvn3(text: str, lost_u: bool | None = None) -> str:
    """`lost_u`: whether soft hyphens (ư) were dropped; None: when `text` has none."""
    if text.isascii():
        return text
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        if _NOT_LEGACY.search(text):
            return text
        out = text.translate(_TCVN3_TRANSLATE)
        data = text.encode("cp1252", "replace")
    else:
        out = codecs.charmap_decode(data, "strict", _TCVN3_DECODING)[0]
    probe = data.translate(_TCVN3_PROBE)
    if b"\x01" in probe and (b"\x02" not in probe if lost_u is None else lost_u):
        out = _TCVN3_LOST_U.sub(r"ư\1", out)
    if probe.isupper() and _TCVN3_CAPS.search(text):
        out = out.upper()
    return out


# Converted VNI words. Names and places draw on a few thousand syllables, so nearly
# every word of a long list is found here; the bound only guards against odd input.
_VNI_WORDS: dict[str, str] = {}
_VNI_WORDS_MAX = 50_000


def _vni(text: str) -> str:
    if text.isascii():
        return text
    out = []
    for word in text.split(" "):
        converted = _VNI_WORDS.get(word)
        if converted is None:
            try:
                decoded = codecs.charmap_decode(word.encode("latin-1"), "strict", _VNI_DECODING)[0]
            except UnicodeEncodeError:
                if _NOT_LEGACY.search(text):
                    return text
                decoded = word.translate(_VNI_TRANSLATE)
            converted = unicodedata.normalize("NFC", decoded)
            if len(_VNI_WORDS) >= _VNI_WORDS_MAX:
                _VNI_WORDS.clear()
            _VNI_WORDS[word] = converted
        out.append(converted)
    return " ".join(out)


# --- Vietnamese syllables -----------------------------------------------------------------------
# Enough spelling to tell a real syllable from mojibake: an onset, then a rhyme from
# the list; at most one tone mark, on the main vowel (either style: "hòa" or "hoà"); only
# sắc or nặng on a rhyme ending in c, ch, p or t.
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx]"
_RHYME_LIST = """
    a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt
    âc âm ân âng âp ât âu ây e ec em en eng eo ep et ê êch êm ên ênh êp êt êu
    i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
    o oc oi om on ong op ot oong ooc ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
    u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
    ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
    y yêm yên yêt yêu
    oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
    oe oem oen oeo oet
    uân uât uâng uây uê uêch uênh uơ uy uya uych uyên uyêt uynh uyp uyt uyu
"""
_RHYMES = sorted(_RHYME_LIST.split(), key=len, reverse=True)  # longest first
_SYLLABLE = re.compile(f"(?:{_ONSETS})?({'|'.join(_RHYMES)})")
_TONE_MARKS = frozenset((_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT))
_VOWELS = "aăâeêioôơuưy"
_TONE_ON_SECOND = frozenset(("oa", "oe", "uy", "uê", "uơ"))  # open rhymes: "hoà", "thuở"
_WORD = re.compile(r"[^\s!-@\[-`{-~\u2000-\u206f]+")


@lru_cache(maxsize=65536)
def _is_syllable(word: str) -> bool:
    bare = []
    tone, tone_at = "", -1
    for i, ch in enumerate(unicodedata.normalize("NFC", word.lower().replace("ð", "đ"))):
        parts = unicodedata.normalize("NFD", ch)
        marks = [m for m in parts if m in _TONE_MARKS]
        if marks:
            if tone or len(marks) > 1:
                return False
            tone, tone_at = marks[0], i
            ch = unicodedata.normalize("NFC", "".join(m for m in parts if m not in _TONE_MARKS))
        bare.append(ch)
    match = _SYLLABLE.fullmatch("".join(bare))
    if match is None:
        return False
    rhyme = match.group(1)
    if (rhyme[-1] in "cpt" or rhyme.endswith("ch")) and tone not in (_ACUTE, _DOT):
        return False
    if not tone:
        return True
    nucleus = len(rhyme) - len(rhyme.lstrip(_VOWELS))
    at = tone_at - match.start(1)
    if nucleus == len(rhyme):  # open: ai, ao, ia, ươi… on the first or middle vowel
        return at == (nucleus == 3) or (at == 1 and rhyme[:2] in _TONE_ON_SECOND)
    return at == nucleus - 1  # closed: on the last vowel, "toán", "tiến", "người"


# --- Detection ----------------------------------------------------------------------------------
SAMPLE_SIZE = 5000  # non-ASCII cells a collection is judged on


def detect_encoding(texts: Iterable[str]) -> str | None:
    """Which legacy encoding a column or sheet was typed in: "tcvn3", "vni" or None.

    None means Unicode, plain ASCII, or not clear enough to convert.

    Judged on the collection as a whole (its first `SAMPLE_SIZE` non-ASCII texts):
    every word with a character above 0x7F is converted with each table, and an
    encoding is chosen only when its conversion turns at least twice as many words
    into Vietnamese syllables as it spoils, counting every word of a text that is
    surely Unicode already as spoiled. Values that are not text are skipped.
    """
    words: Counter[str] = Counter()
    unicode_words = 0
    seen = 0
    for text in texts:
        if not isinstance(text, str) or text.isascii():
            continue
        seen += 1
        if seen > SAMPLE_SIZE:
            break
        found = [w for w in _WORD.findall(text) if not w.isascii()]
        if _NOT_LEGACY.search(text):
            unicode_words += len(found)
        else:
            words.update(found)
    best, best_margin = None, 0
    for encoding in ENCODINGS:
        gained = spoiled = 0
        for word, count in words.items():
            converted = to_unicode(word, encoding)
            if converted != word:
                before, after = _is_syllable(word), _is_syllable(converted)
                gained += count if after and not before else 0
                spoiled += count if before and not after else 0
        against = spoiled + unicode_words
        if gained >= 2 * against and gained - against > best_margin:
            best, best_margin = encoding, gained - against
    return best


# --- Columns -----------------------------------------------------------------------------------
# Codes that are also letters of Unicode Vietnamese (à, ê, ô…; Ð and ð, look-alikes of
# Đ and đ). A cell whose only non-ASCII characters are these may be Unicode already.
_AMBIGUOUS = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝÐð"
_UNAMBIGUOUS = re.compile(f"[^\\x00-\\x7f{_AMBIGUOUS}]")


def fix_column(texts: list[str | None]) -> tuple[list[str | None], str | None]:
    """The column in Unicode if it was typed in TCVN3 or VNI, and that encoding or None.

    Detection looks at the non-empty values together. In a legacy column, a cell that
    is Unicode already is kept as it is: one holding a character no legacy font has,
    or one whose words are Vietnamese as they stand and fewer of them would be after
    conversion (or as many, in a column where some cells are surely Unicode). Empty
    and non-text values are kept as they are.
    """
    encoding = detect_encoding(t for t in texts if isinstance(t, str) and t.strip())
    if encoding is None:
        return list(texts), None
    legacy = [t for t in texts if isinstance(t, str) and not t.isascii()]
    mixed = any(_NOT_LEGACY.search(t) for t in legacy)
    if encoding == TCVN3:
        # The soft hyphens (ư) survived if any cell has one: then no ư is restored.
        lost_u = not any("\xad" in t for t in legacy)

        def convert(text: str) -> str:
            return _tcvn3(text, lost_u)
    else:
        convert = _vni
    done: dict[str, str] = {}  # lists repeat themselves: villages, categories, surnames
    fixed: list[str | None] = []
    for text in texts:
        if isinstance(text, str):
            result = done.get(text)
            if result is None:
                result = done[text] = _fix_cell(text, convert, mixed)
            text = result
        fixed.append(text)
    return fixed, encoding


def _fix_cell(text: str, convert: Callable[[str], str], mixed: bool) -> str:
    converted = convert(text)
    if converted == text or _UNAMBIGUOUS.search(text):
        return converted
    as_is, after = _syllables(text), _syllables(converted)
    return text if as_is > after or (mixed and as_is == after) else converted


def _syllables(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if _is_syllable(w))
