"""A4 pages for the meeting pack: measured Chinese text, wrapped paragraphs, and tables that break across pages."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font, LoadFlags
from matplotlib.patches import Rectangle

from burden_survey.charts.charts import chinese_font_family
from burden_survey.system.paths import font_path

PAGE_SIZE = (8.27, 11.69)  # A4 portrait, inches
LEFT, RIGHT = 0.8, PAGE_SIZE[0] - 0.8
TOP, BOTTOM = PAGE_SIZE[1] - 0.8, 0.95
TEXT_WIDTH = RIGHT - LEFT
FOOTER_Y = 0.5

INK = "#222222"
MUTED = "#666666"
RULE = "#9a9a9a"
HEADER_FILL = "#dde6ef"
STRIPE_FILL = "#f4f6f8"
ACCENT = "#b2452f"  # the charts' trace-leaving colour, for headings

LINE_SPACING = 1.45
SHORT_TABLE = 3.0  # inches: tables shorter than this are kept on one page
_CELL_PAD = 0.05  # inches around the text of a table cell


@lru_cache(maxsize=1)
def _face() -> FT2Font:
    chinese_font_family()  # the same font the text is drawn with
    return FT2Font(str(font_path()))


_FACE_LOCK = threading.Lock()  # a report may be laid out off the GUI thread while another one is


@lru_cache(maxsize=4096)
def _advance(char: str) -> float:
    """The advance of one character at 100 pt, in points; summing advances ignores kerning, which CJK lacks."""
    with _FACE_LOCK:
        face = _face()
        face.set_size(100, 72)
        face.set_text(char, 0.0, flags=LoadFlags.NO_HINTING)
        return face.get_width_height()[0] / 64


def text_width(text: str, size: float) -> float:
    """Width in inches of one line of `text` at `size` points."""
    return sum(_advance(c) for c in text) * size / 100 / 72


def line_height(size: float) -> float:
    return size * LINE_SPACING / 72


# Latin words and numbers stay whole; CJK text breaks between any two characters, but not before closing
# punctuation or after opening punctuation, and preferably after a slash ("视频号/" + "抖音号").
_TOKENS = re.compile(r"[A-Za-z0-9.,:%<>+\-–×]+|\s|.")
_NO_LINE_START = set("，。、；：？！）」』》〉】”’%/")
_NO_LINE_END = set("（「『《〈【“‘")


def wrap(text: str, size: float, width: float) -> list[str]:
    """Greedy line breaking of `text` into lines no wider than `width` inches (explicit newlines kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKENS.findall(paragraph):
            candidate = line + token
            # Closing punctuation may hang a little past the margin rather than start a line.
            if text_width(candidate.rstrip(), size) <= width or not line.strip() or token in _NO_LINE_START:
                line = candidate
                continue
            line, carried = _break(line)
            lines.append(line.rstrip())
            line = (carried + token).lstrip()
        lines.append(line.rstrip())
    return lines


def _break(line: str) -> tuple[str, str]:
    """Where to end a full line: after its last slash when little follows it, before opening punctuation."""
    slash = line.rfind("/")
    if 0 < slash < len(line) - 1 and len(line) - slash - 1 <= len(line) // 2:
        return line[:slash + 1], line[slash + 1:]
    cut = len(line)
    while cut > 1 and line[cut - 1] in _NO_LINE_END:
        cut -= 1
    return line[:cut], line[cut:]


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # share of the text width
    align: str = "left"  # "left", "right" or "center"


class PageFlow:
    """Writes headings, paragraphs and tables down A4 pages, starting a new page when one is full."""

    def __init__(self, pages: list[Figure]):
        self.pages = pages
        self.y: float | None = None  # inches from the bottom of the current page; None before the first page

    @property
    def page(self) -> Figure:
        return self.pages[-1]

    def new_page(self) -> Figure:
        fig = Figure(figsize=PAGE_SIZE, dpi=72)
        self.pages.append(fig)
        self.y = TOP
        return fig

    def room(self) -> float:
        return 0.0 if self.y is None else self.y - BOTTOM

    def need(self, height: float) -> None:
        """Start a new page unless `height` inches still fit on this one."""
        if self.y is None or self.room() < height:
            self.new_page()

    def text(self, x: float, y: float, s: str, size: float = 10, colour: str = INK, **kw):
        return self.page.text(x, y, s, fontsize=size, color=colour, transform=self.page.dpi_scale_trans, **kw)

    def heading(self, text: str, size: float = 15, keep: float = 1.2) -> None:
        """A section heading, kept on one page with at least `keep` inches of what follows it."""
        self.need(line_height(size) + 0.25 + keep)
        if self.y < TOP - 1e-6:
            self.y -= 0.18
        self.text(LEFT, self.y, text, size, ACCENT, va="top")
        self.y -= line_height(size) + 0.1

    def paragraph(self, text: str, size: float = 10, colour: str = INK, indent: float = 0.0,
                  after: float = 0.08) -> None:
        for line in wrap(text, size, TEXT_WIDTH - indent):
            self.need(line_height(size))
            self.text(LEFT + indent, self.y, line, size, colour, va="top")
            self.y -= line_height(size)
        self.y -= after

    def subheading(self, text: str, size: float = 10.5) -> None:
        """A run-in heading kept on one page with the first two lines of what follows it."""
        self.need(line_height(size) + 2 * line_height(9.5))
        self.paragraph(text, size, after=0.02)

    def space(self, height: float) -> None:
        if self.y is not None:
            self.y -= height

    def table(self, title: str, columns: list[Column], rows: list[list[str]], note: str = "",
              size: float = 9) -> None:
        """A titled table; it breaks between rows onto new pages, repeating its header under "（续）"."""
        widths = [c.width * TEXT_WIDTH for c in columns]
        header_size = size - 0.5
        header = _cell_lines([c.header for c in columns], widths, header_size)
        bodies = [_cell_lines(row, widths, size) for row in rows]
        title_height = line_height(11) + 0.04
        first = _row_height(bodies[0], size) if bodies else 0.0
        whole = title_height + _row_height(header, header_size) + sum(_row_height(b, size) for b in bodies) + 0.1
        # A short table moves whole to the next page rather than leave a row or two behind.
        self.need(whole if whole < SHORT_TABLE else title_height + _row_height(header, header_size) + first)
        self._table_title(title)
        self._row(header, columns, widths, header_size, HEADER_FILL)
        for index, lines in enumerate(bodies):
            if self.room() < _row_height(lines, size):
                self._rule()
                self.new_page()
                self._table_title(f"{title}（续）")
                self._row(header, columns, widths, header_size, HEADER_FILL)
            self._row(lines, columns, widths, size, STRIPE_FILL if index % 2 else None)
        self._rule()
        self.y -= 0.06
        if note:
            self.paragraph(note, 8.5, MUTED)
        self.y -= 0.12

    def _table_title(self, title: str) -> None:
        self.text(LEFT, self.y, title, 11, INK, va="top")
        self.y -= line_height(11) + 0.04  # as title_height in table()

    def _row(self, cells: list[list[str]], columns: list[Column], widths: list[float], size: float,
             fill: str | None) -> None:
        height = _row_height(cells, size)
        if fill:
            self.page.add_artist(Rectangle((LEFT, self.y - height), TEXT_WIDTH, height, facecolor=fill,
                                           edgecolor="none", transform=self.page.dpi_scale_trans, zorder=0))
        x = LEFT
        for lines, column, width in zip(cells, columns, widths):
            anchor = {"left": x + _CELL_PAD, "right": x + width - _CELL_PAD, "center": x + width / 2}[column.align]
            # One text per line: the row heights above assume exactly line_height() between lines.
            for number, line in enumerate(lines):
                if line:
                    self.text(anchor, self.y - _CELL_PAD - number * line_height(size), line, size,
                              ha=column.align, va="top")
            x += width
        self.y -= height

    def _rule(self) -> None:
        self.page.add_artist(Rectangle((LEFT, self.y), TEXT_WIDTH, 0.008, facecolor=RULE, edgecolor="none",
                                       transform=self.page.dpi_scale_trans))


def _cell_lines(row: list[str], widths: list[float], size: float) -> list[list[str]]:
    return [wrap(str(cell), size, width - 2 * _CELL_PAD) for cell, width in zip(row, widths)]


def _row_height(cells: list[list[str]], size: float) -> float:
    return max(len(lines) for lines in cells) * line_height(size) + 2 * _CELL_PAD
