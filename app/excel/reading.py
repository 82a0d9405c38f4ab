"""Read a spreadsheet or CSV file into rows of plain values.

`.xlsx`, `.xls` and `.ods` go through python-calamine (Rust; several times
faster than openpyxl and it reads all three). CSV files come in UTF-8 (with
or without a BOM), UTF-16 (Excel's "Unicode text") or Windows-1258 (old
Vietnamese Windows); the encoding is detected, never asked for.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from app.errors import UserError
from app.i18n import _

Value = str | int | float | bool | date | datetime | time | None
SPREADSHEETS = {".xlsx", ".xlsm", ".xls", ".ods"}
MAX_BYTES = 200 * 1024 * 1024  # far above any commune list; stops a wrong file early


@dataclass(frozen=True)
class Sheet:
    name: str
    rows: list[list[Value]]


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet of the file with at least one non-empty cell, in file order."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(_("Cannot open {name}: {error}.").format(
            name=path.name, error=exc.strerror or exc)) from exc  # fmt: skip
    if size > MAX_BYTES:
        raise UserError(_("{name} is too large for a list ({mb} MB).").format(
            name=path.name, mb=size // (1024 * 1024)))  # fmt: skip
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS:
        sheets = _read_workbook(path)
    elif suffix in {".csv", ".txt"}:
        sheets = [Sheet(path.stem, _read_csv(path.read_bytes()))]
    else:
        raise UserError(_("Lá Lành reads lists in .xlsx, .xls, .ods or .csv files; {name} is "
                          "none of these. Save it from Excel in one of them.").format(
                              name=path.name))  # fmt: skip
    sheets = [s for s in sheets if any(_filled(v) for row in s.rows for v in row)]
    if not sheets:
        raise UserError(_("{name} has no data in it.").format(name=path.name))
    return sheets


def _filled(value: Value) -> bool:
    return value is not None and (not isinstance(value, str) or value.strip() != "")


def _read_workbook(path: Path) -> list[Sheet]:
    from python_calamine import CalamineError, load_workbook

    try:
        workbook = load_workbook(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise UserError(_("{name} could not be read as a spreadsheet ({error}). Open it in "
                          "Excel, save it again as .xlsx, and import that file.").format(
                              name=path.name, error=str(exc).splitlines()[0] if str(exc)
                              else type(exc).__name__)) from exc  # fmt: skip
    sheets = []
    try:
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            sheets.append(Sheet(name, [[None if v == "" else v for v in row] for row in rows]))
    finally:
        workbook.close()
    return sheets


def decode_text(data: bytes) -> str:
    """Text of a CSV file: BOMs first, then strict UTF-8, else Windows-1258."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def _read_csv(data: bytes) -> list[list[Value]]:
    text = decode_text(data)
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    return [[None if v.strip() == "" else v for v in row] for row in rows]
