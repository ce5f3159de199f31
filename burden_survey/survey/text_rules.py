"""What typed text may hold, wherever it comes from (a form, a template, a survey file): its length, no control
characters, and no phone or ID number where a supervisor would read it (DOMAIN.md §6)."""

from __future__ import annotations

import re
from datetime import date

MAX_NAME_LENGTH = 60
MAX_TEXT_LENGTH = 500  # a note or other free text; the registry's texts have the same limit
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
# C0 controls and DEL; a text of several lines may hold line breaks (and tabs), a one-line text none. As code
# points, so that the import's SQL (survey_files/importer_values.py) reads the same list.
# Beyond C0: the C1 controls; the direction marks, overrides and isolates, which make a name display as another
# ("Trojan Source"); and the invisible format characters (zero-width spaces and joiners, word joiners, the BOM,
# Hangul fillers, interlinear annotation), which hide a phone number from the check below or make two names look
# alike. Unicode's own line and paragraph separators count as breaks.
BREAKS = (9, 10, 13)
_HIDDEN = (127, *range(0x80, 0xA0), 0x061C, 0x115F, 0x1160, 0x180E, *range(0x200B, 0x2010), *range(0x202A, 0x202F),
           *range(0x2060, 0x2065), *range(0x2066, 0x206A), 0x3164, 0xFEFF, 0xFFA0, *range(0xFFF9, 0xFFFC))
CONTROL_CODES = tuple(c for c in [*range(0, 32), *_HIDDEN] if c not in BREAKS)
CONTROL_OR_BREAK_CODES = (*range(0, 32), *_HIDDEN, 0x2028, 0x2029)
# Ranges refused as well: private-use characters draw as boxes in every font the program has, and the tag
# characters are invisible. One list, read by the SQL rule too.
REFUSED_RANGES = ((0xE000, 0xF8FF), (0xE0000, 0xE007F), (0xF0000, 0x10FFFF))
_RANGES = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in REFUSED_RANGES)
CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in CONTROL_CODES) + _RANGES + "]")
CONTROL_OR_BREAK = re.compile("[" + "".join(re.escape(chr(c)) for c in CONTROL_OR_BREAK_CODES) + _RANGES + "]")


def personal_data_warning(text: str) -> str:
    """A warning when free text looks like it holds a phone or ID number; empty when it does not."""
    if _PHONE.search(text):
        return "这段文字里似乎有手机号码。本调查是匿名的，请不要填写任何人的联系方式。"
    if any(_born(found.group()) for found in _ID_NUMBER.finditer(text)):
        return "这段文字里似乎有身份证号码。本调查是匿名的，请删除它。"
    return ""


def _born(number: str) -> bool:
    """Whether an 18-character number carries a birth date where an ID number does (characters 7–14, 1900 on).
    A unified social credit code (统一社会信用代码) of 18 digits has its organisation code there, not a date, and
    is what a department or an app's owner is named by: it must not be refused as someone's ID."""
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born.year >= 1900


def text_problem(text: str, limit: int, lines: bool) -> str:
    """Why a text cannot be kept ("" when it can): too long, or holding control characters."""
    if len(text) > limit:
        return f"太长（最多 {limit} 个字）。"
    if (CONTROL if lines else CONTROL_OR_BREAK).search(text):
        return "含有控制字符或无法显示的字符。"
    return ""
