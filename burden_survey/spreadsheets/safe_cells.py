"""Text from survey files written into spreadsheets as text: never a formula, never a character Excel refuses.

Anything a cadre typed (or a forged file holds) can start with 「=」, 「+」, 「-」 or 「@」; Excel and WPS would run it as
a formula, in the .xlsx and in a CSV alike. Every writer passes its cells through here (OWASP's CSV-injection advice:
a text cell, and in a CSV a leading apostrophe).
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # what openpyxl refuses, and Excel cannot hold

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """The text with characters a workbook cannot hold replaced by 「\ufffd」."""
    return ILLEGAL_CHARACTERS_RE.sub(REPLACEMENT, text)


def xlsx_row(sheet, values) -> list:
    """The row for `sheet.append`: texts that look like formulas become text cells, shown with a quote prefix."""
    return [_xlsx_value(sheet, v) if isinstance(v, str) else v for v in values]


def _xlsx_value(sheet, text: str):
    text = clean(text)
    if not text.startswith(FORMULA_START):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl took the 「=」 for a formula
    cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def csv_value(value: object) -> object:
    """A CSV field: a text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str):
        value = clean(value)
        return "'" + value if value.startswith(FORMULA_START) else value
    return value
