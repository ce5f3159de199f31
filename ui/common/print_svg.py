"""matplotlib's SVG made safe for Qt's printer: hatching as vector lines, no phantom outlines, spaces kept.

Two things go wrong when QSvgRenderer paints matplotlib's SVG onto a QPrinter (Qt's PDF engine):

- A shape without a stroke gets a pen with no brush, and the PDF engine fills that pen's outline with
  whatever colour was used last: frames appear around empty boxes, bars grow a thin edge. A stroke
  width of 0 makes QtSvg use no pen at all.
- Hatching (``fill: url(#pattern)``) is rasterised once per shape at printer resolution: a page of
  stacked hatched bars became 13 MB and took 15 s. Here the pattern's background becomes the shape's
  fill and the pattern's lines are drawn over it, repeated tile by tile and cut to the shape (QtSvg
  ignores clip-path, so the cutting is done here, for the rectangles that bars and legend keys are).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)

_PATTERN_FILL = re.compile(r"fill:\s*url\(#([^)]+)\)")
_STROKE = re.compile(r"(^|;)\s*stroke\s*:\s*([^;]*)")


def _tag(name: str) -> str:
    return f"{{{SVG}}}{name}"


def printable_svg(svg: bytes) -> bytes:
    """The same drawing, in the subset of SVG that Qt prints as clean vectors."""
    root = ET.fromstring(svg)
    for metadata in root.findall(_tag("metadata")):
        root.remove(metadata)  # RDF with namespaces of its own; nothing to draw
    _vector_hatches(root)
    for text in root.iter(_tag("text")):
        # matplotlib pads value labels with a leading space (" 23 分钟"); SVG would drop it.
        text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    for path in root.iter(_tag("path")):
        style = path.get("style")
        if style is None:
            continue
        stroke = _STROKE.search(style)
        if stroke is None or stroke.group(2).strip() == "none":
            path.set("style", f"{style}; stroke-width: 0")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


_TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def _subpaths(d: str) -> list[tuple[str, list[float]]]:
    """A path's pieces, each as its command letters and its numbers (matplotlib: absolute M, L, C, z only)."""
    pieces: list[tuple[str, list[float]]] = []
    for token in _TOKEN.findall(d):
        if token == "M" or not pieces:
            pieces.append(("", []))
        commands, numbers = pieces[-1]
        if token.isalpha():
            pieces[-1] = (commands + token, numbers)
        else:
            numbers.append(float(token))
    return pieces


def _rectangle(d: str) -> tuple[float, float, float, float] | None:
    """(x0, y0, x1, y1) when the path is an axis-aligned rectangle, as bars and legend keys are."""
    pieces = _subpaths(d)
    if len(pieces) != 1 or set(pieces[0][0]) - set("MLZz"):
        return None
    numbers = pieces[0][1]
    xs, ys = set(numbers[0::2]), set(numbers[1::2])
    if len(xs) != 2 or len(ys) != 2:
        return None
    return min(xs), min(ys), max(xs), max(ys)


def _clip(a: tuple[float, float], b: tuple[float, float], box) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The part of segment a–b inside the box (Liang–Barsky), or None."""
    x0, y0, x1, y1 = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return None
    return (a[0] + low * dx, a[1] + low * dy), (a[0] + high * dx, a[1] + high * dy)


def _hatch_lines(pattern: ET.Element, box) -> list[tuple[str, str]]:
    """(d, style) of the pattern's drawing repeated over the box on the pattern's grid, cut to the box.

    Lines are cut exactly; small closed shapes (the dots of ".." hatching) are kept when wholly inside.
    """
    width, height = float(pattern.get("width")), float(pattern.get("height"))
    x0, y0, x1, y1 = box
    out = []
    for drawing in pattern.iter(_tag("path")):
        pieces = _subpaths(drawing.get("d", ""))
        parts = []
        for column in range(math.floor(x0 / width), math.ceil(x1 / width)):
            for row in range(math.floor(y0 / height), math.ceil(y1 / height)):
                dx, dy = column * width, row * height
                for commands, numbers in pieces:
                    moved = [v + (dx if i % 2 == 0 else dy) for i, v in enumerate(numbers)]
                    if commands == "ML" and len(moved) == 4:
                        cut = _clip((moved[0], moved[1]), (moved[2], moved[3]), box)
                        if cut and cut[0] != cut[1]:
                            parts.append("M {:.3f} {:.3f} L {:.3f} {:.3f}".format(*cut[0], *cut[1]))
                    elif moved and min(moved[0::2]) >= x0 and max(moved[0::2]) <= x1 \
                            and min(moved[1::2]) >= y0 and max(moved[1::2]) <= y1:
                        parts.append(_redraw(commands, moved))
        if parts:
            out.append((" ".join(parts), drawing.get("style", "")))
    return out


def _redraw(commands: str, numbers: list[float]) -> str:
    """A piece of path written out again: M x y, then C with three points or L with one, then z."""
    words, i = [], 0
    for command in commands:
        count = {"M": 2, "L": 2, "C": 6}.get(command, 0)
        words.append(command + "".join(f" {v:.3f}" for v in numbers[i:i + count]))
        i += count
    return " ".join(words)


def _vector_hatches(root: ET.Element) -> None:
    patterns = {p.get("id"): p for p in root.iter(_tag("pattern"))}
    if not patterns:
        return
    parents = {child: parent for parent in root.iter() for child in parent}
    for shape in [p for p in root.iter(_tag("path")) if _PATTERN_FILL.search(p.get("style", ""))]:
        match = _PATTERN_FILL.search(shape.get("style"))
        pattern = patterns.get(match.group(1))
        box = _rectangle(shape.get("d", ""))
        if pattern is None or box is None or shape not in parents:
            continue  # anything but a bar keeps its pattern: correct, only rasterised
        background = next((r.get("fill") for r in pattern.iter(_tag("rect")) if r.get("fill")), "none")
        shape.set("style", shape.get("style").replace(match.group(0), f"fill: {background}"))
        parent = parents[shape]
        at = list(parent).index(shape) + 1
        for d, style in _hatch_lines(pattern, box):
            lines = ET.Element(_tag("path"), {"d": d, "style": style})
            for name in ("transform", "clip-path"):  # the bar's own space and the axes' clipping
                if shape.get(name):
                    lines.set(name, shape.get(name))
            parent.insert(at, lines)
            at += 1
