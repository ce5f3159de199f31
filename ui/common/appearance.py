"""Language and text size the user chose in 设置: read from QSettings and applied to the application."""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from burden_survey.system import paths

# (code, name shown in the settings dialog); each name is written in its own language on purpose.
LANGUAGES = [("zh_CN", "中文"), ("en", "English")]
FONT_SCALES = [100, 125, 150, 200]  # percent of the normal text size
BASE_POINT_SIZE = 10  # the normal text size of the bundled font, in points

LANGUAGE_KEY = "ui/language"
FONT_SCALE_KEY = "ui/font_scale"
_SCALE_PROPERTY = "burdenSurveyFontScale"
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def saved_language() -> str:
    """The chosen language code; Chinese when nothing (or something unknown) was saved."""
    value = str(QSettings().value(LANGUAGE_KEY, "zh_CN"))
    return value if value in dict(LANGUAGES) else "zh_CN"


def saved_font_scale() -> int:
    """The chosen text size in percent; 100 when nothing (or something unknown) was saved."""
    try:
        value = int(QSettings().value(FONT_SCALE_KEY, 100))
    except (TypeError, ValueError):
        return 100
    return value if value in FONT_SCALES else 100


def save(language: str, font_scale: int) -> None:
    settings = QSettings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.setValue(FONT_SCALE_KEY, int(font_scale))


def current_font_scale() -> float:
    """The factor applied to this application (1.0 before apply_font_scale ran)."""
    app = QApplication.instance()
    value = app.property(_SCALE_PROPERTY) if app is not None else None
    return float(value) if value else 1.0


def scaled_style_sheet(text: str, factor: float) -> str:
    """Point sizes in a stylesheet grow with the text: a fixed 15pt heading would not follow the app font."""
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * factor:g}pt", text)


def apply_font_scale(app: QApplication, percent: int) -> None:
    """Application-wide text size: the app font and the stylesheet's point sizes, from the unscaled originals.

    Widgets created afterwards follow at once; existing ones follow as far as they inherit the app font.
    """
    factor = percent / 100
    app.setProperty(_SCALE_PROPERTY, factor)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * factor)
    app.setFont(font)
    style = paths.resource("style.qss")
    if style.exists():
        app.setStyleSheet(scaled_style_sheet(style.read_text(encoding="utf-8"), factor))
