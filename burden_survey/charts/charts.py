"""Charts: plain numbers in, a matplotlib Figure out, Chinese text from the bundled font (never pyplot)."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure

from burden_survey.system.paths import font_path
from burden_survey.survey.model import DailyTotal

# One palette that still reads in grayscale: dark for trace-leaving, light for the rest.
FORMALITY_COLOUR = "#b2452f"
OTHER_COLOUR = "#9fb8cf"
WEEKEND_SHADE = "#eeeeee"


@lru_cache(maxsize=1)
def chinese_font_family() -> str:
    """Register the bundled Noto Sans SC with matplotlib once and make it the default family."""
    path = str(font_path())
    font_manager.fontManager.addfont(path)
    family = font_manager.FontProperties(fname=path).get_name()
    matplotlib.rcParams["font.family"] = [family]
    matplotlib.rcParams["axes.unicode_minus"] = False  # the font has no U+2212 minus glyph
    # TrueType in the PDF, not Type 3: a reader copies 「294」 out of the pack, not 「2 94」.
    matplotlib.rcParams["pdf.fonttype"] = 42
    matplotlib.rcParams["ps.fonttype"] = 42
    return family


def daily_minutes_chart(days: list[DailyTotal], end: date, span: int = 30) -> Figure:
    """Stacked bars of the last `span` days: trace-leaving minutes under the other minutes."""
    chinese_font_family()
    start = end - timedelta(days=span - 1)
    by_day = {t.day: (t.minutes, t.formality_minutes) for t in days}
    axis = [start + timedelta(days=i) for i in range(span)]
    formality = [by_day.get(d, (0, 0.0))[1] for d in axis]
    other = [by_day.get(d, (0, 0.0))[0] - f for d, f in zip(axis, formality)]

    fig = Figure(figsize=(8, 3.2), dpi=100, layout="constrained")
    ax = fig.add_subplot()
    positions = range(span)
    for i, d in enumerate(axis):
        if d.weekday() >= 5:
            ax.axvspan(i - 0.5, i + 0.5, color=WEEKEND_SHADE, zorder=0)
    ax.bar(positions, formality, color=FORMALITY_COLOUR, hatch="//", edgecolor="white", linewidth=0, label="留痕（打卡、截图、刷积分等）", zorder=2)
    ax.bar(positions, other, bottom=formality, color=OTHER_COLOUR, label="其他用时", zorder=2)
    ax.set_xticks(list(positions)[::3], [f"{d.month}/{d.day}" for d in axis][::3])
    ax.set_ylabel("分钟")
    ax.set_title(f"近{span}天每日用时（灰底为周末）")
    ax.legend(loc="upper left", frameon=False, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlim(-0.5, span - 0.5)
    return fig
