"""Where things live: bundled resources next to the code, the database in the user's data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "BurdenSurvey"
APP_AUTHOR = "BurdenSurvey"

# resources/ sits beside the package, in a checkout and in a PyInstaller bundle alike.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """The path of a bundled resource file, e.g. resource("fonts", "NotoSansSC-Regular.otf")."""
    return RESOURCES.joinpath(*parts)


def font_path() -> Path:
    return resource("fonts", "NotoSansSC-Regular.otf")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "burden_survey.db"
