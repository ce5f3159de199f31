"""A small rotating log file in the data folder: start-ups and crash reports, never anything a user typed about people."""

from __future__ import annotations

import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from burden_survey import __version__

from . import paths

LOG_NAME = "burden_survey.log"
MAX_BYTES = 512 * 1024  # a few hundred crash reports; an old office PC's disk is never filled by us
BACKUPS = 3
_HANDLER_NAME = "burden_survey_file"

logger = logging.getLogger("burden_survey")


def log_dir() -> Path:
    """The log folder inside the data folder, so that 「数据文件」 and its log travel together."""
    return paths.data_dir() / "logs"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _our_handler() -> RotatingFileHandler | None:
    for handler in logger.handlers:
        if handler.get_name() == _HANDLER_NAME:
            return handler
    return None


def setup_logging(folder: Path | None = None) -> Path:
    """Attach the rotating file handler (once; again only if the folder changed) and return the log file."""
    target = (folder or log_dir()) / LOG_NAME
    handler = _our_handler()
    if handler is not None:
        if handler.baseFilename == os.path.abspath(target):
            return target
        logger.removeHandler(handler)
        handler.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    # Only what the program itself says: versions, never the contents of the database.
    logger.info("启动 指尖减负调查 %s（Python %s，%s）", __version__, platform.python_version(), platform.platform())
    return target


def scrub(text: str) -> str:
    """Replace the home folder with ~: on Windows its name is usually the person's own name."""
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
        if sys.platform == "win32":
            text = text.replace(home.replace("\\", "/"), "~")
    return text


def log_crash(report: str) -> Path | None:
    """Write a crash report (a traceback) into the log; the file's path, or None if it could not be written."""
    try:
        path = setup_logging()  # re-aimed if the data folder moved since start-up
        logger.error("程序出错，报告如下：\n%s", scrub(report).rstrip())
        _our_handler().flush()
        return path
    except OSError:
        # A full or read-only disk must not turn one crash into two.
        return None
