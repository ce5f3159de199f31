"""Participation-code slips to print and cut: A4 pages of slips, each with its unit, the wave and one code."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from burden_survey.charts.charts import chinese_font_family
from burden_survey.spreadsheets.spreadsheets import replace_when_done
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.participation import shown

from .report_layout import INK, MUTED, PAGE_SIZE, RULE

COLUMNS, ROWS = 2, 7  # 14 slips a page, each about 10 × 4 cm: large enough to read, small enough to hand out
MARGIN = 0.4  # inches


def slip_pages(wave: Wave, codes: dict[str, list[str]], organiser: str = "") -> list[Figure]:
    """One slip per code, unit by unit; the order of the slips says nothing about who gets which."""
    chinese_font_family()
    slips = [(unit, code) for unit, unit_codes in codes.items() for code in unit_codes]
    pages = []
    per_page = COLUMNS * ROWS
    for start in range(0, len(slips), per_page):
        page = Figure(figsize=PAGE_SIZE, dpi=72)
        width, height = PAGE_SIZE
        cell_w, cell_h = (width - 2 * MARGIN) / COLUMNS, (height - 2 * MARGIN) / ROWS
        for index, (unit, code) in enumerate(slips[start:start + per_page]):
            column, row = index % COLUMNS, index // COLUMNS
            x0, y0 = MARGIN + column * cell_w, height - MARGIN - (row + 1) * cell_h
            _slip(page, (x0 / width, y0 / height, cell_w / width, cell_h / height), wave, unit, code, organiser)
        page.text(0.5, 0.3 / height, f"{wave.title}（{wave.id}）参与码　第 {len(pages) + 1} 页　沿虚线剪开，每人一张",
                  ha="center", va="center", fontsize=7, color=MUTED)
        pages.append(page)
    return pages


def _slip(page: Figure, box: tuple[float, float, float, float], wave: Wave, unit: str, code: str,
          organiser: str) -> None:
    left, bottom, w, h = box
    page.add_artist(_dashed(page, left, bottom, w, h))
    inset = 0.06 * w
    page.text(left + inset, bottom + 0.82 * h, f"{organiser or '组织者'}　·　{wave.title}", fontsize=8, color=MUTED,
              va="center")
    page.text(left + inset, bottom + 0.64 * h, f"单位：{unit}", fontsize=9, color=INK, va="center")
    page.text(left + w / 2, bottom + 0.40 * h, shown(code), fontsize=20, color=INK, ha="center", va="center",
              family="monospace", weight="bold")
    page.text(left + inset, bottom + 0.15 * h, "导出答卷时在「参与码」一栏照填。每个码只能用一次；不记录谁拿到哪张。",
              fontsize=6.5, color=MUTED, va="center")


def _dashed(page: Figure, left: float, bottom: float, w: float, h: float):
    from matplotlib.patches import Rectangle

    return Rectangle((left, bottom), w, h, transform=page.transFigure, fill=False, edgecolor=RULE,
                     linestyle=(0, (4, 3)), linewidth=0.6)


def write_slips(wave: Wave, codes: dict[str, list[str]], path: Path | str, organiser: str = "") -> Path:
    """The slips as an A4 PDF, written beside its name and moved into place when complete."""
    pages = slip_pages(wave, codes, organiser)

    def write(partial: Path) -> None:
        with PdfPages(partial, metadata={"Title": f"{wave.title} 参与码", "Creator": "指尖减负调查"}) as pdf:
            for page in pages:
                pdf.savefig(page)

    return replace_when_done(Path(path), write)
