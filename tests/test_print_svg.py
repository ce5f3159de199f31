"""What the printer gets from a chart: hatching as vector lines inside each bar, and no outline nobody drew."""

import io
import re
import xml.etree.ElementTree as ET

import matplotlib
from matplotlib.figure import Figure

from burden_survey.charts.charts import chinese_font_family
from ui.common.print_svg import SVG, printable_svg


def svg_of(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def hatched_bars() -> Figure:
    chinese_font_family()
    figure = Figure(figsize=(4, 3))
    axes = figure.add_subplot()
    axes.barh([0, 1], [30, 50], color="#b2452f", hatch="//", edgecolor="white", linewidth=0)
    axes.barh([0, 1], [10, 20], left=[30, 50], color="#e8a24a", hatch="..", linewidth=0)
    axes.set_title(" 23 分钟")
    return figure


def paths(svg: bytes) -> list[ET.Element]:
    return list(ET.fromstring(svg).iter(f"{{{SVG}}}path"))


def points(d: str) -> list[tuple[float, float]]:
    numbers = [float(v) for v in re.findall(r"-?\d+\.?\d*(?:e[-+]?\d+)?", d)]
    return list(zip(numbers[0::2], numbers[1::2]))


def test_hatched_bars_become_a_plain_fill_with_lines_cut_to_each_bar():
    before = svg_of(hatched_bars())
    after = printable_svg(before)

    assert b"url(#h" in before
    drawn = paths(after)
    assert [p for p in drawn if "fill: url(" in p.get("style", "")] == []  # no pattern left to rasterise
    bars = [p for p in drawn if "fill: #b2452f" in p.get("style", "") and len(points(p.get("d"))) == 4]
    assert len(bars) == 2
    for bar in bars:
        xs, ys = zip(*points(bar.get("d")))
        following = drawn[drawn.index(bar) + 1]
        assert "stroke:" in following.get("style")
        assert all(min(xs) - 1e-3 <= x <= max(xs) + 1e-3 and min(ys) - 1e-3 <= y <= max(ys) + 1e-3
                   for x, y in points(following.get("d")))


def test_shapes_drawn_without_a_stroke_get_no_pen_at_all():
    after = printable_svg(svg_of(hatched_bars()))

    for path in paths(after):
        style = path.get("style", "")
        if style and not re.search(r"(^|;)\s*stroke\s*:\s*#", style):
            assert "stroke-width: 0" in style, style


def test_leading_spaces_of_labels_are_kept():
    after = printable_svg(svg_of(hatched_bars()))
    title = next(t for t in ET.fromstring(after).iter(f"{{{SVG}}}text") if "分钟" in (t.text or ""))

    assert title.text.startswith(" ")
    assert title.get("{http://www.w3.org/XML/1998/namespace}space") == "preserve"
