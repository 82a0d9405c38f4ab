"""Numbers as Vietnamese documents write them: 1.250.000 and 12,5."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def format_number(value: Decimal | int | float | None, max_decimals: int = 3) -> str:
    """Dot for thousands, comma for decimals, no trailing zeros: 1.240 / 12,5."""
    if value is None:
        return ""
    d = Decimal(str(value)).quantize(Decimal(1).scaleb(-max_decimals))
    sign = "-" if d < 0 else ""
    whole, _, frac = f"{abs(d):f}".partition(".")
    frac = frac.rstrip("0")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{frac}" if frac else f"{sign}{grouped}"


def format_money(value: int | Decimal | None) -> str:
    return "" if value is None else f"{format_number(Decimal(value), 0)} đ"


def parse_number(text: str) -> Decimal | None:
    """'1.250.000', '12,5', '12.5' (a single dot followed by 1–2 digits is a decimal point)."""
    text = (text or "").strip().replace(" ", "").replace("\u00a0", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") == 1 and len(text.split(".")[1]) != 3:
        pass  # 12.5 — a decimal point
    else:
        text = text.replace(".", "")
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value
