"""The dashboard charts' palette, short labels and number formats, shared so every chart reads alike."""

from __future__ import annotations

from matplotlib.colors import to_rgb
from matplotlib.figure import Figure

from burden_survey.survey.choices import TOOL_KINDS
from burden_survey.survey.questions import QUESTIONS_BY_CODE

from .charts import FORMALITY_COLOUR, OTHER_COLOUR, chinese_font_family

# Half an A4 page with margins, still legible on screen.
FIGURE_SIZE = (7.5, 3.8)

# One colour per tool kind, with lightness stepping ~0.1 from dark to light so the kinds stay apart when
# printed in grayscale; the hatches tell neighbours apart even on a bad photocopy. App and mini-program
# (the 换马甲 pair) are the darkest two, the brick red being the one of the cadre's own chart.
KIND_COLOURS = {
    "app": "#1f3a5f",
    "mini_program": FORMALITY_COLOUR,
    "h5_page": "#6b9a5a",
    "official_account": "#a08bc4",
    "video_account": "#e8a24a",
    "work_group": "#b9d0e3",
    "pc_system": "#efe9dc",
}
KIND_HATCHES = {
    "app": "",
    "mini_program": "//",
    "h5_page": "..",
    "official_account": "\\\\",
    "video_account": "xx",
    "work_group": "--",
    "pc_system": "++",
}
BAR_COLOUR = "#3c6389"  # single-series bars
LIGHT_COLOUR = OTHER_COLOUR
DARK_COLOUR = "#1f3a5f"
UNKNOWN_COLOUR = "#d9d9d9"
TEXT_GREY = "#555555"

def new_figure() -> Figure:
    """A blank figure of the dashboard size, with the bundled Chinese font in place."""
    chinese_font_family()
    return Figure(figsize=FIGURE_SIZE, dpi=100, layout="constrained")


def kind_label(kind: str) -> str:
    return TOOL_KINDS.label(kind)


def kind_order(kinds) -> list[str]:
    """The kinds given, in the questionnaire's order (unknown codes last, alphabetically)."""
    known = [k for k in TOOL_KINDS.codes() if k in kinds]
    return known + sorted(k for k in kinds if k not in TOOL_KINDS)


def hatch_colour(fill: str) -> str:
    """White hatching on dark fills, dark hatching on light ones, so it shows either way."""
    r, g, b = to_rgb(fill)
    return "white" if 0.299 * r + 0.587 * g + 0.114 * b < 0.55 else "#444444"


def kind_style(kind: str) -> dict:
    """Bar keyword arguments of one tool kind: fill, hatch and the hatch's colour (drawn as edge)."""
    fill = KIND_COLOURS.get(kind, "#bbbbbb")
    return {"color": fill, "hatch": KIND_HATCHES.get(kind, ""), "edgecolor": hatch_colour(fill), "linewidth": 0}


def wave_shade(i: int, count: int) -> str:
    """The i-th of `count` waves, from light (oldest) to dark (latest) in equal lightness steps."""
    light, dark = (0.76, 0.84, 0.91), (0.12, 0.23, 0.37)
    t = i / max(count - 1, 1)
    return "#" + "".join(f"{round(255 * (a + (b - a) * t)):02x}" for a, b in zip(light, dark))


def wrap_label(label: str) -> str:
    """Break a long 'a/b' label after the slash so axis labels don't collide."""
    return label.replace("/", "/\n", 1) if len(label) > 6 else label


def question_short(code: str, text: str) -> str:
    """'每日打卡': the short name of a rule question (the wording, cut, for a question we do not know)."""
    question = QUESTIONS_BY_CODE.get(code)
    return question.short if question else shorten(text, 10)


def question_label(code: str, text: str) -> str:
    return f"{code} {question_short(code, text)}"


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def fit_rows(ax, rows: int, minimum: int = 6) -> None:
    """Keep bars of a short list as thin as those of a long one, centred, instead of a few fat blocks."""
    span = max(rows, minimum)
    middle = (rows - 1) / 2
    ax.set_ylim(middle - span / 2 - 0.1, middle + span / 2 + 0.1)


def tidy_axes(ax, grid_axis: str = "x") -> None:
    """Light grid behind the bars, no box: the numbers carry the chart."""
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis=grid_axis, color="#e3e3e3", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(labelsize=9)
