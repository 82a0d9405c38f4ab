"""The error report: the officer's own list with the wrong rows marked and a "Lỗi" column.

The officer corrects the marked rows in Excel and imports the file again, so
the report is the original workbook, changed as little as possible. Each wrong
row gets a light red fill across its used cells and its message in the "Lỗi"
column (bold on red at the header, added in the first free column after the
header and the wrong rows; a report imported again reuses its own "Lỗi"
column and clears its old marks).

- `.xlsx` (report_xlsx.py): the sheet's XML is rewritten as a stream, only the header and the
  wrong rows changed, with a few styles added to styles.xml; every other part
  of the file is copied as it is (other sheets, pictures, merged title block,
  widths, formulas with their saved results). 100,000 rows take seconds.
- What that does not handle (an .xlsm, cells without references, an odd
  styles part) goes through openpyxl: styles, merges, widths and other sheets
  kept, formulas kept without their results (Excel recomputes them on
  opening), pictures openpyxl cannot read dropped. Slow for big files.
- `.xls`, `.ods`, `.csv`, or an `.xlsx` openpyxl cannot load either: a new
  `.xlsx` written from the values as `read_sheets` reads them, same rows at
  the same row numbers, text in NFC, digit strings kept as text ("@"), dates
  as dates (dd/mm/yyyy), an .xls title block merged again.

Row indexes are 0-based indexes into the sheet's rows as `read_sheets`
returned them: index i is Excel's row i + 1. The report is written to a temp
file beside `out`, fsynced, then moved over it: an existing report is
replaced whole or not at all.
"""

from __future__ import annotations

import logging
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import IO
from xml.etree import ElementTree
from xml.sax.saxutils import escape

from app.errors import UserError
from app.excel.reading import Sheet, Value, column_letters, read_sheets
from app.fileio import atomic_file
from app.i18n import _

log = logging.getLogger(__name__)

ERROR_HEADER = "Lỗi"  # the officer's file: Vietnamese whatever the app's language
WRONG_FILL = "FFC7CE"  # Excel's "light red fill"
WRONG_TEXT = "9C0006"  # … and its "dark red text"
HEADER_FILL = "C00000"
ERROR_WIDTH = 60  # characters; the text wraps
MAX_STYLES_BYTES = 50 * 1024 * 1024
_REPORT_STEM = re.compile(r"\s*\(lỗi(?: \d+)?\)$")
_DIGITS = re.compile(r"^[0-9][0-9 .+-]*$")
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_EXCEL_EPOCH = datetime(1899, 12, 30)


def default_report_path(source: Path) -> Path:
    """“<name> (lỗi).xlsx” beside the source; never the source itself."""
    source = Path(source)
    base = _REPORT_STEM.sub("", source.stem) or source.stem
    candidate = source.with_name(f"{base} (lỗi).xlsx")
    number = 2
    while _same_file(candidate, source):
        candidate = source.with_name(f"{base} (lỗi {number}).xlsx")
        number += 1
    return candidate


def write_error_report(source: Path, sheet_name: str, header_row: int,
                       row_errors: dict[int, str], out: Path) -> Path:  # fmt: skip
    """Write the report of `source` to `out` (".xlsx" added if missing); return its path."""
    source, out = Path(source), Path(out)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    errors = {int(i): _clean_message(m) for i, m in row_errors.items() if i > header_row}

    from app.excel.report_xlsx import Unsupported, edit_xlsx

    def write(fh: IO[bytes]) -> None:
        if _is_zip(source) and source.suffix.lower() in (".xlsx", ".xlsm"):
            try:
                edit_xlsx(source, sheet_name, header_row, errors, fh)
                return
            except Unsupported as exc:
                log.info("error report through openpyxl: %s", exc)
            except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as exc:
                log.warning("error report through openpyxl: %r", exc)
            fh.seek(0)
            fh.truncate()
            workbook = _open_original(source)
            if workbook is not None and sheet_name in workbook.sheetnames:
                _mark_original(workbook, workbook[sheet_name], header_row, errors)
                workbook.save(fh)
                return
            fh.seek(0)
            fh.truncate()
        _write_rebuilt(source, sheet_name, header_row, errors, fh)

    _save_atomic(out, write)
    return out


def _clean_message(message: str) -> str:
    return _ILLEGAL.sub(" ", unicodedata.normalize("NFC", str(message)))[:32767]


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except PermissionError as exc:
        raise _in_use(path) from exc
    except OSError as exc:
        raise UserError(_("Cannot open {name}: {error}.").format(
            name=path.name, error=exc.strerror or exc)) from exc  # fmt: skip


# --- .xlsx through openpyxl -------------------------------------------------------------


def _open_original(source: Path) -> object | None:
    """The source opened for editing with openpyxl, or None if it cannot load it."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():  # "Data Validation extension is not supported…"
            warnings.simplefilter("ignore")
            return load_workbook(source, keep_vba=False, keep_links=True)
    except Exception:  # noqa: BLE001 - anything openpyxl cannot load is rebuilt from values
        return None


def _mark_original(workbook, ws, header_row: int, errors: dict[int, str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    header = header_row + 1
    max_row, max_column = ws.max_row, ws.max_column  # each is a scan of every cell
    error_col = None
    for column in range(1, max_column + 1):
        value = ws.cell(row=header, column=column).value
        if isinstance(value, str) and value.strip() == ERROR_HEADER:
            error_col = column
    if error_col is None:
        used = [_last_used(ws, row, max_column) for row in [header] + [i + 1 for i in errors]
                if row <= max_row]  # fmt: skip
        error_col = max(used, default=0) + 1
    else:  # a report imported again: clear its old messages and marks
        for row in ws.iter_rows(min_row=header + 1, max_col=error_col):
            for cell in row:
                if cell.column == error_col:
                    cell.value = None
                if _is_ours(cell) or cell.column == error_col:
                    cell.fill = PatternFill()
    wrong = PatternFill("solid", fgColor=WRONG_FILL)
    head = ws.cell(row=header, column=error_col)
    if error_col > 1 and ws.cell(row=header, column=error_col - 1).has_style:
        head._style = ws.cell(row=header, column=error_col - 1)._style  # borders and size
    head.value = ERROR_HEADER
    head.font = Font(bold=True, color="FFFFFF", name=head.font.name, size=head.font.size)
    head.fill = PatternFill("solid", fgColor=HEADER_FILL)
    head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, message in sorted(errors.items()):
        row = index + 1
        for column in range(1, error_col):
            ws.cell(row=row, column=column).fill = wrong
        cell = ws.cell(row=row, column=error_col, value=message)
        cell.fill = wrong
        cell.font = Font(color=WRONG_TEXT)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cell.number_format = "@"
    ws.column_dimensions[get_column_letter(error_col)].width = ERROR_WIDTH
    workbook.calculation.fullCalcOnLoad = True  # openpyxl keeps formulas, not their results


def _last_used(ws, row: int, max_column: int) -> int:
    """The last column of the row holding a value (0 if none)."""
    for column in range(max_column, 0, -1):
        cell = ws._cells.get((row, column))  # no cell is created where there is none
        value = cell.value if cell is not None else None
        if value is not None and (not isinstance(value, str) or value.strip()):
            return column
    return 0


def _is_ours(cell) -> bool:
    fill = cell.fill
    return (fill is not None and fill.fill_type == "solid"
            and str(fill.fgColor.rgb).upper().endswith(WRONG_FILL))  # fmt: skip


# --- a new workbook from the values -----------------------------------------------------

# cellXfs of the rebuilt report; a wrong row's cell uses its style + _WRONG.
_S_GENERAL, _S_TEXT, _S_DATE, _S_DATETIME, _S_TIME, _S_WHOLE, _S_BOLD = range(7)
_S_HEADER, _S_MESSAGE, _WRONG = 7, 8, 9
_REBUILT_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/>'
    '<numFmt numFmtId="166" formatCode="hh:mm"/></numFmts>'
    '<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/></font>'
    f'<font><sz val="11"/><color rgb="FF{WRONG_TEXT}"/><name val="Calibri"/></font></fonts>'
    '<fills count="4"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill>'
    f'<fill><patternFill patternType="solid"><fgColor rgb="FF{HEADER_FILL}"/></patternFill></fill>'
    f'<fill><patternFill patternType="solid"><fgColor rgb="FF{WRONG_FILL}"/></patternFill></fill>'
    '</fills><borders count="1"><border/></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="16">'
    + "".join(
        f'<xf numFmtId="{fmt}" fontId="{font}" fillId="0" borderId="0" xfId="0" '
        f'applyNumberFormat="1" applyFont="1" applyFill="1"{align}'
        for fmt, font, align in ((0, 0, "/>"), (49, 0, "/>"), (164, 0, "/>"), (165, 0, "/>"),
                                 (166, 0, "/>"), (1, 0, "/>"), (0, 1, "/>"))
    )  # 0-6: general, text, date, date and time, time, whole number, bold
    + '<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" '
    'applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    # 7: the "Lỗi" header
    + '<xf numFmtId="49" fontId="3" fillId="3" borderId="0" xfId="0" applyNumberFormat="1" '
    'applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>'
    + "".join(
        f'<xf numFmtId="{fmt}" fontId="{font}" fillId="3" borderId="0" xfId="0" '
        f'applyNumberFormat="1" applyFont="1" applyFill="1"/>'
        for fmt, font in ((0, 0), (49, 0), (164, 0), (165, 0), (166, 0), (1, 0), (0, 1))
    )  # 9-15: the first seven on a wrong row
    + "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)  # fmt: skip
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _write_rebuilt(source: Path, sheet_name: str, header_row: int, errors: dict[int, str],
                   fh: IO[bytes]) -> None:  # fmt: skip
    sheet = _sheet(read_sheets(source), sheet_name, source)
    rows = sheet.rows
    header = rows[header_row] if header_row < len(rows) else []
    error_col = next((c for c, v in enumerate(header)
                      if isinstance(v, str) and v.strip() == ERROR_HEADER), None)  # fmt: skip
    if error_col is None:
        error_col = max([_used_width(header)] + [_used_width(rows[i]) for i in errors
                                                 if i < len(rows)])  # fmt: skip
    width = error_col + 1
    letters = [column_letters(c) for c in range(max(width, max(map(len, rows), default=0)))]
    merges = [(top, left, bottom, right)
              for (top, left), (bottom, right) in _merged_ranges(source, sheet.name)
              if bottom < header_row]  # fmt: skip
    title = escape(_sheet_title(sheet.name), {'"': "&quot;"})
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
            'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default '
            'Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main'
            '+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/'
            'styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
            'styles+xml"/></Types>'))  # fmt: skip
        zf.writestr("_rels/.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            f'"{_PACKAGE_RELS}"><Relationship Id="rId1" Type="{_OFFICE_RELS}/officeDocument" '
            f'Target="xl/workbook.xml"/></Relationships>'))  # fmt: skip
        zf.writestr("xl/workbook.xml", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_MAIN}" '
            f'xmlns:r="{_OFFICE_RELS}"><bookViews><workbookView/></bookViews><sheets><sheet '
            f'name="{title}" sheetId="1" r:id="rId1"/></sheets></workbook>'))  # fmt: skip
        zf.writestr("xl/_rels/workbook.xml.rels", (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
            f'"{_PACKAGE_RELS}"><Relationship Id="rId1" Type="{_OFFICE_RELS}/worksheet" Target='
            f'"worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{_OFFICE_RELS}/styles" '
            f'Target="styles.xml"/></Relationships>'))  # fmt: skip
        zf.writestr("xl/styles.xml", _REBUILT_STYLES)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            widths = _column_widths(rows, header_row, width)
            widths[error_col] = ERROR_WIDTH
            cols = "".join(f'<col min="{c + 1}" max="{c + 1}" width="{w:.1f}" customWidth="1"/>'
                           for c, w in enumerate(widths))  # fmt: skip
            out.write((
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns='
                f'"{_MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit='
                f'"{header_row + 1}" topLeftCell="A{header_row + 2}" activePane="bottomLeft" '
                f'state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
                f"<cols>{cols}</cols><sheetData>").encode())  # fmt: skip
            chunk: list[str] = []
            last = max(len(rows), max(errors, default=-1) + 1)
            for index in range(last):
                chunk.append(_rebuilt_row(rows[index] if index < len(rows) else [], index,
                                          header_row, errors.get(index), error_col, letters))  # fmt: skip
                if len(chunk) >= 1000:
                    out.write("".join(chunk).encode())
                    chunk.clear()
            out.write("".join(chunk).encode())
            merged = "".join(f'<mergeCell ref="{letters[left]}{top + 1}:{letters[right]}'
                             f'{bottom + 1}"/>' for top, left, bottom, right in merges
                             if right < len(letters))  # fmt: skip
            tail = f'<mergeCells count="{len(merges)}">{merged}</mergeCells>' if merged else ""
            out.write(f"</sheetData>{tail}</worksheet>".encode())


def _rebuilt_row(values: list[Value], index: int, header_row: int, message: str | None,
                 error_col: int, letters: list[str]) -> str:  # fmt: skip
    number = index + 1
    wrong = _WRONG if message is not None else 0
    cells = []
    for column, value in enumerate(values):
        if column == error_col and index >= header_row:
            continue  # an earlier report's message: the new one is written below
        ref = f"{letters[column]}{number}"
        if value is None or value == "":
            if wrong and column < error_col:
                cells.append(f'<c r="{ref}" s="{_S_GENERAL + wrong}"/>')
            continue
        cells.append(_rebuilt_cell(ref, value, wrong, index == header_row))
    if wrong:
        for column in range(len(values), error_col):
            cells.append(f'<c r="{letters[column]}{number}" s="{_S_GENERAL + wrong}"/>')
        cells.append(_inline(f"{letters[error_col]}{number}", _S_MESSAGE, message))
    elif index == header_row:
        cells.append(_inline(f"{letters[error_col]}{number}", _S_HEADER, ERROR_HEADER))
    return f'<row r="{number}">{"".join(cells)}</row>' if cells else ""


def _rebuilt_cell(ref: str, value: Value, wrong: int, bold: bool) -> str:
    """One cell holding the value as the original showed it."""
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{_S_GENERAL + wrong}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    if isinstance(value, int):
        style = _S_WHOLE if abs(value) >= 100_000 else (_S_BOLD if bold else _S_GENERAL)
        return f'<c r="{ref}" s="{style + wrong}"><v>{value}</v></c>'
    if isinstance(value, float):
        return f'<c r="{ref}" s="{_S_GENERAL + wrong}"><v>{value!r}</v></c>'
    if isinstance(value, datetime | date) and _as_datetime(value) >= datetime(1900, 3, 1):
        moment = _as_datetime(value)
        serial = (moment - _EXCEL_EPOCH) / timedelta(days=1)
        style = _S_DATETIME if isinstance(value, datetime) and moment.time() != time(0) else _S_DATE
        return f'<c r="{ref}" s="{style + wrong}"><v>{serial!r}</v></c>'
    if isinstance(value, time):
        serial = (value.hour * 3600 + value.minute * 60 + value.second) / 86400
        return f'<c r="{ref}" s="{_S_TIME + wrong}"><v>{serial!r}</v></c>'
    if isinstance(value, date):  # before 1900: Excel has no such date, keep it as text
        value = value.strftime("%d/%m/%Y")
    text = unicodedata.normalize("NFC", str(value))
    style = _S_TEXT if _DIGITS.match(text.strip()) else (_S_BOLD if bold else _S_GENERAL)
    return _inline(ref, style + wrong, text)


def _as_datetime(value: date) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


def _inline(ref: str, style: int, text: str) -> str:
    text = escape(_ILLEGAL.sub(" ", text[:32767]))
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def _merged_ranges(source: Path, name: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Merged cells of an .xls sheet (python-calamine knows them for .xls and .xlsx)."""
    if source.suffix.lower() in (".csv", ".txt", ".tsv"):
        return []
    try:
        from python_calamine import load_workbook

        with source.open("rb") as fh:
            workbook = load_workbook(fh)
            try:
                return list(workbook.get_sheet_by_name(name).merged_cell_ranges or [])
            finally:
                workbook.close()
    except Exception:  # noqa: BLE001 - no merges is a fine report too
        return []


def _sheet(sheets: list[Sheet], name: str, source: Path) -> Sheet:
    for sheet in sheets:
        if sheet.name == name:
            return sheet
    if len(sheets) == 1:
        return sheets[0]
    raise UserError(_("{file} has no sheet called “{sheet}”.").format(file=source.name,
                                                                      sheet=name))  # fmt: skip


def _used_width(row: list[Value]) -> int:
    last = len(row)
    while last and (row[last - 1] is None or str(row[last - 1]).strip() == ""):
        last -= 1
    return last


def _column_widths(rows: list[list[Value]], header_row: int, width: int) -> list[float]:
    """About as wide as the header and the first hundred rows need, 6 to 40 characters."""
    widths = [6.0] * width
    for row in rows[header_row : header_row + 101]:
        for column, value in enumerate(row[:width]):
            if value is not None:
                text = value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value)
                widths[column] = min(40.0, max(widths[column], len(text) * 1.1 + 2))
    return widths


def _sheet_title(name: str) -> str:
    """A sheet name Excel accepts: 31 characters, none of []:*?/\\."""
    title = re.sub(r"[\[\]:*?/\\]", " ", name).strip("' ")[:31]
    return title or "Sheet1"


# --- saving -----------------------------------------------------------------------------


def _save_atomic(out: Path, write: Callable[[IO[bytes]], None]) -> None:
    """write(file) through app.fileio.atomic_file; failures as messages about the report."""
    try:
        with atomic_file(out) as fh:
            write(fh)
    except PermissionError as exc:  # Windows: the old report is open in Excel
        raise _in_use(out) from exc
    except OSError as exc:
        raise _cannot_write(out, exc) from exc


def _in_use(path: Path) -> UserError:
    return UserError(_("{name} is open in another program (Excel?). Close it there and try "
                       "again.").format(name=path.name))  # fmt: skip


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(_("Cannot save {name} in {folder}: {error}. Choose another folder.").format(
        name=path.name, folder=path.parent, error=exc.strerror or exc))  # fmt: skip


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False
