"""Text from survey files written into spreadsheets as text: never a formula, never a character Excel refuses.

Anything a cadre typed (or a forged file holds) can start with 「=」, 「+」, 「-」 or 「@」; Excel and WPS would run it as
a formula, in the .xlsx and in a CSV alike. Every writer passes its cells through here (OWASP's CSV-injection advice:
a text cell, and in a CSV a leading apostrophe).

Codes (division codes, credit codes) are the other way round: digits that Excel and WPS would take for a number,
showing 320205001001 as 3.20205E+11, dropping a leading zero and keeping only 15 digits. A writer marks such a
value as a `Code`; here, and only here, it becomes a text cell in the text format 「@」 in an .xlsx, and in a CSV
「="320205001001"」, which a spreadsheet opened by double-click shows as the digits, as text (docs/FORMAT.md).
"""

from __future__ import annotations

import re

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # what openpyxl refuses, and Excel cannot hold

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"
TEXT_FORMAT = "@"  # Excel's and WPS's 「文本」 number format: what is in the cell, or typed into it, stays text
_DIGITS = re.compile(r"[0-9]+")


class Code(str):
    """A code that must stay text in a spreadsheet: a division code, a credit code (`Code("320205001001")`)."""

    __slots__ = ()


def clean(text: str) -> str:
    """The text with characters a workbook cannot hold replaced by 「\ufffd」."""
    return ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, text)


def xlsx_row(sheet, values) -> list:
    """The row for `sheet.append`: texts that look like formulas become text cells, shown with a quote prefix;
    codes become text cells in the text format."""
    return [_xlsx_value(sheet, v) if isinstance(v, str) else v for v in values]


def _xlsx_value(sheet, text: str):
    code = isinstance(text, Code) and text != ""
    text = clean(text)
    if not (code or text.startswith(FORMULA_START)):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl took the 「=」 for a formula
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    if code:
        cell.number_format = TEXT_FORMAT  # not a number, and still text after the cell is edited
    return cell


def csv_value(value: object) -> object:
    """A CSV field: a text that a spreadsheet would read as a formula gets a leading apostrophe; a code of digits
    becomes 「="digits"」."""
    if isinstance(value, Code) and _DIGITS.fullmatch(value):
        # The only 「=」 we write: built here from ASCII digits alone, never from anything typed. A CSV has no cell
        # formats, and Excel and WPS turn bare digits into a number on opening; a formula giving the text does not.
        return f'="{value}"'
    if isinstance(value, str):
        value = clean(value)
        return "'" + value if value.startswith(FORMULA_START) else value
    return value
