"""The cadre's path, step by step (profile → tools → week → quotas → rule check → export): where each step
stands, for the step bar above the cadre's pages and the checklist of the export page."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from burden_survey.store.storage import Storage
from burden_survey.survey.completeness import has_place
from burden_survey.survey.questions import QUESTIONS

# (page key, the step's name): the order the cadre goes in
STEPS = (
    ("profile", QT_TRANSLATE_NOOP("steps", "基本情况")),
    ("tools", QT_TRANSLATE_NOOP("steps", "数字任务")),
    ("daily_log", QT_TRANSLATE_NOOP("steps", "每日用时")),
    ("quotas", QT_TRANSLATE_NOOP("steps", "摊派下载")),
    ("rules", QT_TRANSLATE_NOOP("steps", "规定对照")),
    ("export", QT_TRANSLATE_NOOP("steps", "导出")),
)
KEYS = tuple(key for key, _ in STEPS)


class Step(NamedTuple):
    key: str
    name: str  # translated
    state: str  # what is filled in, in words: 「8 项」, 「12/28」, 「待填」
    done: bool  # enough for the figures it feeds (an optional step with nothing in it counts as done)


def _tr(text: str) -> str:
    return QCoreApplication.translate("steps", text)


def where_steps_stand(storage: Storage) -> list[Step]:
    """Each step and how far it is filled in, read from the database now."""
    profile = storage.load_profile()
    tools = len(storage.list_tools())
    days = len({day for _, day in storage.minutes_between(date.min, date.max)})
    quotas = len(storage.list_quotas())
    answered = sum(1 for a in storage.load_answers().values() if a.answer)
    place = has_place(profile)  # the export's rule, from the core (export_dialog brings in the file formats)
    states = {
        "profile": (_tr("已填") if place else _tr("待填"), place),
        "tools": (_tr("{0} 项").format(tools) if tools else _tr("待填"), tools > 0),
        "daily_log": (_tr("{0} 天").format(days) if days else _tr("待填"), days > 0),
        # Not every cadre is given download quotas: none listed is an answer, not a gap.
        "quotas": (_tr("{0} 项").format(quotas) if quotas else _tr("没有可不填"), True),
        "rules": (f"{answered}/{len(QUESTIONS)}", answered == len(QUESTIONS)),
        "export": ("", False),
    }
    return [Step(key, title(key), *states[key]) for key in KEYS]


def title(key: str) -> str:
    """The step's name, translated."""
    return _tr(dict(STEPS)[key])


def next_step(key: str) -> str | None:
    """The page after this one on the path; None after the last."""
    if key not in KEYS:
        return None
    index = KEYS.index(key) + 1
    return KEYS[index] if index < len(KEYS) else None
