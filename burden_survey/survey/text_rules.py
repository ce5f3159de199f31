"""What typed text may hold, wherever it comes from (a form, a template, a survey file): its length, no control
characters, and no phone or ID number where a supervisor would read it (DOMAIN.md §6)."""

from __future__ import annotations

import re

MAX_NAME_LENGTH = 60
MAX_TEXT_LENGTH = 500  # a note or other free text; the registry's texts have the same limit
_PHONE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
# C0 controls and DEL; a text of several lines may hold line breaks (and tabs), a one-line text none. As code
# points, so that the import's SQL (survey_files/importer_values.py) reads the same list.
# Beyond C0: the C1 controls, and the direction overrides and isolates, which make a name display as another
# ("Trojan Source"); Unicode's own line and paragraph separators count as breaks.
BREAKS = (9, 10, 13)
_HIDDEN = (127, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
CONTROL_CODES = tuple(c for c in [*range(0, 32), *_HIDDEN] if c not in BREAKS)
CONTROL_OR_BREAK_CODES = (*range(0, 32), *_HIDDEN, 0x2028, 0x2029)
# Private-use characters draw as boxes in every font the program has; one range, read by the SQL rule as well.
PRIVATE_USE = (0xE000, 0xF8FF)
_PRIVATE = f"{re.escape(chr(PRIVATE_USE[0]))}-{re.escape(chr(PRIVATE_USE[1]))}"
CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in CONTROL_CODES) + _PRIVATE + "]")
CONTROL_OR_BREAK = re.compile("[" + "".join(re.escape(chr(c)) for c in CONTROL_OR_BREAK_CODES) + _PRIVATE + "]")


def personal_data_warning(text: str) -> str:
    """A warning when free text looks like it holds a phone or ID number; empty when it does not."""
    if _PHONE.search(text):
        return "这段文字里似乎有手机号码。本调查是匿名的，请不要填写任何人的联系方式。"
    if _ID_NUMBER.search(text):
        return "这段文字里似乎有身份证号码。本调查是匿名的，请删除它。"
    return ""


def text_problem(text: str, limit: int, lines: bool) -> str:
    """Why a text cannot be kept ("" when it can): too long, or holding control characters."""
    if len(text) > limit:
        return f"太长（最多 {limit} 个字）。"
    if (CONTROL if lines else CONTROL_OR_BREAK).search(text):
        return "含有控制字符或无法显示的字符。"
    return ""
