"""Numbers and money amounts in Vietnamese words, as printed documents write them.

    1.250.000   → "một triệu hai trăm năm mươi nghìn"
    1.005.000   → "một triệu không trăm linh năm nghìn"
    amount      → "Một triệu hai trăm năm mươi nghìn đồng chẵn."

The rules (FORMS.md §3, the way accounting vouchers spell totals):
- 10–19 are "mười", "mười một" … "mười lăm" …; tens from 20 are "hai mươi" ….
- After "mươi" the unit 1 is "mốt", 4 is "tư", 5 is "lăm"; after "mười" only 5
  changes ("mười lăm"; "mười một", "mười bốn").
- A zero tens digit before a non-zero unit is "linh" (North) or "lẻ" (South),
  and the unit keeps its plain name: "một trăm linh năm", "linh một", "linh bốn".
- Every group after the first keeps its hundreds, even zero ("không trăm");
  groups that are all zero are left out with their scale word.
- Scales: nghìn (or "ngàn"), triệu, tỷ. Above a tỷ the count of tỷ is itself
  read with nghìn/triệu and "tỷ" repeats per nine digits: 10^12 "một nghìn tỷ",
  10^15 "một triệu tỷ", 10^18 "một tỷ tỷ", 1.500 tỷ "một nghìn năm trăm tỷ".

Our own code on purpose: num2words(lang="vi") gets several of these wrong.
"""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_ZERO_TENS = ("linh", "lẻ")
_THOUSANDS = ("nghìn", "ngàn")
_BILLION = "tỷ"
_MILLION = "triệu"


def _check_int(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected an int, got {type(n).__name__}")
    return int(n)


def _check_choice(value: str, allowed: tuple[str, ...], name: str) -> str:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}: {value!r}")
    return value


def _group_words(value: int, *, full: bool, zero_tens: str) -> list[str]:
    """Words for 1..999. ``full``: an inner group, read with its hundreds ("không trăm")."""
    hundreds, rest = divmod(value, 100)
    tens, unit = divmod(rest, 10)
    words: list[str] = []
    if full or hundreds:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if unit:
            if words:
                words.append(zero_tens)
            words.append(_DIGITS[unit])
    elif tens == 1:
        words.append("mười")
        if unit:
            words.append("lăm" if unit == 5 else _DIGITS[unit])
    else:
        words += [_DIGITS[tens], "mươi"]
        if unit:
            words.append({1: "mốt", 4: "tư", 5: "lăm"}.get(unit, _DIGITS[unit]))
    return words


def number_words(n: int, *, zero_tens: str = "linh", thousand: str = "nghìn") -> str:
    """0 → 'không', 105 → 'một trăm linh năm', 1_005_000 → 'một triệu không trăm linh năm nghìn'.

    Lower case, no currency. Negative → 'âm …'. ``zero_tens`` is "linh" or "lẻ",
    ``thousand`` is "nghìn" or "ngàn". Raises TypeError for anything but an int
    (bool included) and ValueError for another zero_tens/thousand word.
    """
    n = _check_int(n)
    _check_choice(zero_tens, _ZERO_TENS, "zero_tens")
    _check_choice(thousand, _THOUSANDS, "thousand")
    if n == 0:
        return _DIGITS[0]
    words: list[str] = ["âm"] if n < 0 else []
    magnitude = abs(n)

    # Blocks of nine digits, each followed by "tỷ" once per block below it;
    # inside a block, groups of three digits with triệu / nghìn.
    blocks: list[int] = []
    while magnitude:
        magnitude, block = divmod(magnitude, 1_000_000_000)
        blocks.append(block)
    started = False
    for billions in range(len(blocks) - 1, -1, -1):
        block = blocks[billions]
        if not block:
            continue
        millions, rest = divmod(block, 1_000_000)
        thousands, units = divmod(rest, 1_000)
        for value, scale in ((millions, _MILLION), (thousands, thousand), (units, None)):
            if not value:
                continue
            words += _group_words(value, full=started, zero_tens=zero_tens)
            if scale:
                words.append(scale)
            started = True
        words += [_BILLION] * billions
    return " ".join(words)


def amount_in_words(amount: int, *, zero_tens: str = "linh", thousand: str = "nghìn") -> str:
    """125_000_000 → 'Một trăm hai mươi lăm triệu đồng chẵn.'; 0 → 'Không đồng.'

    An amount in whole đồng, capitalised, ending "đồng chẵn." as vouchers write
    totals; a negative amount reads "Âm … đồng chẵn.".
    """
    words = number_words(amount, zero_tens=zero_tens, thousand=thousand)
    text = f"{words} đồng." if amount == 0 else f"{words} đồng chẵn."
    return text[0].upper() + text[1:]
