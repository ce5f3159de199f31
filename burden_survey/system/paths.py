"""Where things live: bundled resources next to the code, the database in the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BurdenSurvey"
APP_AUTHOR = "BurdenSurvey"

# resources/ sits beside the package (this file is burden_survey/system/paths.py), in a checkout and in a
# PyInstaller bundle alike.
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    """The path of a bundled resource file, e.g. resource("fonts", "NotoSansSC-Regular.ttf")."""
    return RESOURCES.joinpath(*parts)


def font_path() -> Path:
    return resource("fonts", "NotoSansSC-Regular.ttf")


# Where the data folder and the settings file are when set: a portable copy on a USB stick, a county's shared
# set-up, and the tests, which must never touch the real profile (platformdirs ignores XDG_* on Windows).
DATA_DIR_ENV = "BURDEN_SURVEY_DATA_DIR"
SETTINGS_DIR_ENV = "BURDEN_SURVEY_SETTINGS_DIR"


def data_dir() -> Path:
    """The database, backups, logs and scratch folders: %LOCALAPPDATA%\\BurdenSurvey\\BurdenSurvey on Windows."""
    return Path(os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def settings_dir() -> Path | None:
    """The folder set for the settings file, or None for Qt's own place (%APPDATA% on Windows, ~/.config on Linux);
    the file is BurdenSurvey/BurdenSurvey.ini there."""
    value = os.environ.get(SETTINGS_DIR_ENV)
    return Path(value) if value else None


def default_db_path() -> Path:
    return data_dir() / "burden_survey.db"
