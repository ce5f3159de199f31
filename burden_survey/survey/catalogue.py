"""Name suggestions: a small bundled catalogue of common tools, plus what the cadre typed before."""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache

from burden_survey.system.paths import resource


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    with open(resource("data", "catalogue.csv"), encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def catalogue() -> dict[str, str]:
    """Common tool names and their kind (name → tool_kind code)."""
    return {row["name"]: row["kind"] for row in _rows()}


def typical_actions(name: str) -> list[str]:
    """What a common tool usually asks (action codes), offered in the checklist for the cadre to confirm; never
    stored unless the cadre says so. Empty for a name the catalogue does not know."""
    for row in _rows():
        if row["name"] == name:
            return [code for code in row["actions"].split(";") if code]
    return []


def suggestions(typed_before: list[str]) -> list[str]:
    """The cadre's own names first, then the catalogue's, each once."""
    seen: dict[str, None] = dict.fromkeys(typed_before)
    seen.update(dict.fromkeys(catalogue()))
    return list(seen)


def kind_of(name: str) -> str | None:
    return catalogue().get(name)


# What a name says about its kind, most telling first: 「东港镇工作群」 is a group whatever else it says, 「XX服务号」 an
# account. Only words that cannot mean another kind; anything else is left for the cadre to choose.
_NAME_WORDS = (
    ("work_group", ("工作群", "微信群", "钉钉群", "企业微信群", "QQ群", "群聊")),
    ("official_account", ("公众号", "服务号", "订阅号")),
    ("mini_program", ("小程序",)),
    ("video_account", ("视频号", "抖音号", "抖音", "快手号")),
    ("h5_page", ("H5", "网页", "网站")),
    ("pc_system", ("电脑端", "PC端", "业务系统", "管理系统", "信息系统", "系统")),
    ("app", ("APP", "客户端")),
)


def infer_kind(name: str) -> tuple[str, str] | None:
    """(kind, why) when the name tells its kind: the catalogue's entry, else a word in the name; None otherwise.
    A suggestion for the cadre to confirm, never an answer stored unseen (Tool has no default kind).
    The name's ending speaks first (「党建管理系统APP」 is an app), then a word inside it; 「APP」 and 「H5」 count only
    as words of their own (not inside 「Happy」), full-width letters read as plain ones."""
    name = unicodedata.normalize("NFKC", name).strip()
    if name in catalogue():
        return catalogue()[name], "catalogue"
    if name.endswith("群"):  # 「村两委群」; not 「群众」 inside a name
        return "work_group", "name"
    upper = name.upper()
    for find in (lambda word: upper.endswith(word), lambda word: word in upper):
        for kind, words in _NAME_WORDS:
            if any(find(word.upper()) and _own_word(upper, word.upper()) for word in words):
                return kind, "name"
    return None


def _own_word(text: str, word: str) -> bool:
    """A Latin word counts only where no Latin letter touches it; Chinese words count anywhere."""
    if not word.isascii():
        return True
    return re.search(rf"(?<![A-Z]){re.escape(word)}(?![A-Z])", text) is not None
