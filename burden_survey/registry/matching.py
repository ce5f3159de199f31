"""Tie the tool names cadres type to the county's app registry: normalise, suggest, confirm or reject, resolve.

Matching never crosses tool kinds: a registry app only matches tools of its own kind, automatically, by
suggestion or through a confirmed alias. A work group "防汛群" is not the app "防汛APP", and a mini-program
that took over a closed app (换马甲) is a new tool to register, so it shows up in `unregistered()`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import Style, lazy_pinyin
from rapidfuzz import fuzz

from burden_survey.disclosure.guard import guard_for
from burden_survey.store.storage import now
from burden_survey.system.errors import InputRejected

from . import matching_sql as sql

# Trailing words that say what kind of thing a name is, not which one. Each is dropped only when at least
# two characters remain, so "平台" alone stays "平台". Applied repeatedly: "学习强国APP客户端" → "学习强国".
#   "学习强国APP" → "学习强国" · "i国网客户端" → "i国网" · "浙里办小程序" → "浙里办" · "XX发布公众号" → "xx发布"
#   "XX服务号" → "xx" · "河南政务服务平台" → "河南政务服务"
#   Edition words: "学习强国（手机版）" / "学习强国手机版" → "学习强国" (the same app on another device).
# Kept on purpose: "系统" (part of many official PC-system names; "人口信息系统" is not the topic "人口信息")
# and "群" (a work group "防汛群" is not the app "防汛APP").
_KIND_WORDS = ("客户端", "小程序", "公众号", "服务号", "平台", "手机版", "电脑版", "网页版", "pc版", "最新版",
               "新版", "官方版")
_SHOWN = {"app": "APP", "pc版": "PC版"}
_MIN_LEFT = 2
# Traditional characters are NOT converted: NFKC and pypinyin have no table for it. "學習強國" therefore
# never matches automatically; it is suggested because it reads the same in pinyin (读音相同).
SAME_READING = 0.95
SAME_INITIALS = 0.9
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class Suggestion:
    reported: str  # the spelling most respondents typed
    normalized: str
    respondents: int | None  # through the disclosure guard; None when fewer than k typed it
    app_id: int
    app_name: str
    score: float
    reason: str  # Chinese, shown to the supervisor


def normalize(name: str) -> str:
    """The matching key of a name: NFKC (full-width → half-width), lower-case, no spaces or punctuation,
    trailing kind and edition words dropped ("学习强国APP " → "学习强国", "ＸＸＱＧ" → "xxqg")."""
    return _explained(name)[0]


def initials(name: str) -> str:
    """Pinyin first letters of the Chinese characters, latin letters and digits kept, of the normalized name:
    "学习强国" → "xxqg", "掌上12345" → "zs12345", "i国网" → "igw"."""
    return "".join(lazy_pinyin(normalize(name), style=Style.FIRST_LETTER, errors="default"))


def similarity(a: str, b: str) -> float:
    """0..1: how likely two names are the same tool (1 = same normalized name). See `_compare` for the rules."""
    return _compare(a, b)[0]


def suggest_matches(storage, threshold: float = 0.8, guard=None) -> list[Suggestion]:
    """The best registry candidate for every reported name without a decision yet, biggest respondents first.

    Retired registry entries and rejected pairs are never offered. A name already matched automatically is
    offered too when more than spacing, case or width had to change ("学习强国APP"), so the supervisor sees it
    and can reject it; names that differ from the registry only in spacing are not worth asking about.
    """
    decisions = sql.alias_decisions(storage.db)
    rejected = sql.rejections(storage.db)
    apps = [app for app in sql.registry_names(storage.db) if not app.retired]
    guard = guard or guard_for(storage)
    suggestions = []
    by_kind = defaultdict(lambda: defaultdict(list))
    for tool in sql.reported_tools(storage.db):
        by_kind[normalize(tool.name)][tool.kind].append(tool)
    for key, members in by_kind.items():
        if not key or key in decisions:
            continue
        best = None
        for app in apps:
            same_kind = members.get(app.kind)
            if not same_kind or (key, app.app_id) in rejected:
                continue
            reported = _spelling(same_kind)
            if _plain(reported) == _plain(app.name):
                best = None  # matched automatically and spelt the same: nothing to ask
                break
            score, reason = _compare(reported, app.name)
            if score >= threshold and (best is None or score > best.score):
                best = Suggestion(reported, key, _people(guard, f"name:{key}:{app.kind}", same_kind), app.app_id,
                                  app.name, round(score, 2), reason)
        if best is not None:
            suggestions.append(best)
    # Ordered by the counts shown; the names fewer than k typed follow, by score and name, never by their count.
    return sorted(suggestions, key=lambda s: (s.respondents is None, -(s.respondents or 0), -s.score, s.reported))


def _people(guard, statistic: str, tools) -> int | None:
    people = {t.respondent_id for t in tools}
    return None if guard.hidden(len(people)) else max(guard.k, guard.count(statistic, people))


def confirm(storage, reported: str, app_id: int) -> None:
    """The name means this app, for this and every later import (an alias on the normalized name)."""
    sql.save_decision(storage.db, _key_or_refuse(reported, storage, app_id), app_id, "confirmed", reported.strip(),
                      now())


def reject(storage, reported: str, app_id: int) -> None:
    """The name is not this app: never suggested or matched automatically again."""
    sql.save_rejection(storage.db, _key_or_refuse(reported, storage, app_id), app_id, now())


def mark_unregistered(storage, reported: str) -> None:
    """The name is a tool the registry does not hold: no suggestions, no automatic match, listed as unregistered."""
    key = _key_or_refuse(reported)
    sql.save_decision(storage.db, key, None, "unregistered", reported.strip(), now())


def resolve(storage) -> dict[str, int]:
    """Normalized name → app id: confirmed aliases, plus automatic matches by equal normalized name with a
    registry app that is not retired (not rejected, not marked unregistered; the lowest id wins a tie).

    This view ignores kinds; `tool_apps()` gives the kind-exact answer per reported tool.
    """
    decisions = sql.alias_decisions(storage.db)
    rejected = sql.rejections(storage.db)
    resolved = {}
    for app in sql.registry_names(storage.db):
        key = normalize(app.name)
        if not app.retired and key and key not in decisions and (key, app.app_id) not in rejected:
            resolved.setdefault(key, app.app_id)
    resolved.update({key: d.app_id for key, d in decisions.items() if d.decision == "confirmed"})
    return resolved


def tool_apps(storage, wave_id: str | None = None) -> dict[int, int]:
    """Tool id → registry app id for every live tool that matches an app of its own kind."""
    return _tool_apps(storage, sql.reported_tools(storage.db, wave_id))


def unregistered(storage, wave_id: str | None = None, guard=None) -> list[tuple[str, str, int | None, int | None]]:
    """(reported name, kind, respondents, total minutes) of live tools that match no registry app, biggest first.

    The figures come from the disclosure guard; a name fewer than k typed has None for both and follows the others
    by name (the supervisor still sees it, to match it; no output for others names it)."""
    guard = guard or guard_for(storage)
    tools = sql.reported_tools(storage.db, wave_id)
    matched = _tool_apps(storage, tools)
    by_name = defaultdict(list)
    for tool in tools:
        if tool.tool_id not in matched:
            by_name[(normalize(tool.name), tool.kind)].append(tool)
    rows = []
    for (key, kind), members in by_name.items():
        people = _people(guard, f"unregistered:{key}:{kind}", members)
        per_person: dict[str, int] = defaultdict(int)
        for t in members:
            per_person[t.respondent_id] += t.minutes
        minutes = None if people is None else round(guard.total(f"unregistered:{key}:{kind}:minutes", per_person))
        rows.append((_spelling(members), kind, people, minutes))
    return sorted(rows, key=lambda row: (row[2] is None, -(row[2] or 0), -(row[3] or 0), row[0]))


# -- the rules -------------------------------------------------------------------------------------------------
def _compare(a: str, b: str) -> tuple[float, str]:
    """Score and Chinese reason. Gates first: digits must agree exactly ("掌上12345" ≠ "掌上12348"); between two
    Chinese names the latin letters must agree too ("i国网" ≠ "国网"); a group is never an app ("防汛群" ≠ "防汛APP").
    Then: same normalized name 1.0; same pinyin with tones 0.95 (traditional characters, typos by sound); a latin
    name equal to the other's pinyin initials 0.9 ("xxqg"); otherwise rapidfuzz's ratio of the normalized names
    ("学习强国" vs "学习兴税" = 0.5, "浙里办" vs "浙里学" = 0.67)."""
    (na, dropped_a), (nb, dropped_b) = _explained(a), _explained(b)
    if not na or not nb or re.findall(r"\d+", na) != re.findall(r"\d+", nb):
        return 0.0, "数字不同"
    if na.endswith("群") != nb.endswith("群"):
        return 0.0, "一个是工作群"
    han_a, han_b = bool(_HAN.search(na)), bool(_HAN.search(nb))
    if han_a and han_b and re.findall(r"[a-z]+", na) != re.findall(r"[a-z]+", nb):
        return 0.0, "字母不同"
    if na == nb:
        dropped = dropped_a + tuple(w for w in dropped_b if w not in dropped_a)
        if dropped:
            return 1.0, "去掉" + "、".join(f"「{_SHOWN.get(w, w)}」" for w in dropped) + "后相同"
        return 1.0, "忽略空格、标点和全半角后相同"
    if han_a and han_b and _reading(na) == _reading(nb):
        return SAME_READING, "读音相同（可能是繁体或错别字）"
    if han_a != han_b and initials(na if han_a else nb) == (nb if han_a else na):
        return SAME_INITIALS, "拼音首字母相同"
    score = fuzz.ratio(na, nb) / 100
    return score, f"相似度 {score:.2f}"


@lru_cache(maxsize=20000)
def _explained(name: str) -> tuple[str, tuple[str, ...]]:
    """The normalized name and the trailing words dropped on the way (for the reason shown)."""
    text = unicodedata.normalize("NFKC", name or "").lower()
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PSZC")
    dropped = []
    while True:
        word = next((w for w in _KIND_WORDS if text.endswith(w) and len(text) - len(w) >= _MIN_LEFT), None)
        # "app" only after a non-latin character: "学习强国app" loses it, "whatsapp" keeps it.
        if word is None and text.endswith("app") and len(text) >= 3 + _MIN_LEFT and not text[-4].isascii():
            word = "app"
        if word is None:
            return text, tuple(dropped)
        text = text[: -len(word)]
        dropped.append(word)


@lru_cache(maxsize=20000)
def _reading(normalized: str) -> str:
    return " ".join(lazy_pinyin(normalized, style=Style.TONE3))


def _plain(name: str) -> str:
    """Spacing, case and width only: what a supervisor would not call a different spelling."""
    return "".join(unicodedata.normalize("NFKC", name).lower().split())


def _key_or_refuse(reported: str, storage=None, app_id: int | None = None) -> str:
    """The normalized key of a decision; refused when empty or when the chosen app does not exist."""
    key = normalize(reported)
    if not key:
        raise InputRejected("填报名称", "为空或只有标点，无法匹配。")
    if app_id is not None and not sql.app_exists(storage.db, app_id):
        raise InputRejected("登记应用", "不存在，可能已被删除。", "请刷新应用登记表后重新选择。")
    return key


def _spelling(tools: list[sql.ReportedTool]) -> str:
    """The most common spelling (trimmed) of a group of tools; the first one typed wins a tie."""
    return Counter(tool.name.strip() for tool in tools).most_common(1)[0][0]


def _tool_apps(storage, tools: list[sql.ReportedTool]) -> dict[int, int]:
    decisions = sql.alias_decisions(storage.db)
    rejected = sql.rejections(storage.db)
    apps = sql.registry_names(storage.db)
    kind_of = {app.app_id: app.kind for app in apps}
    automatic = {}
    for app in apps:
        if not app.retired:
            automatic.setdefault((normalize(app.name), app.kind), app.app_id)
    matched = {}
    for tool in tools:
        key = normalize(tool.name)
        decision = decisions.get(key)
        if decision and decision.decision == "confirmed" and kind_of.get(decision.app_id) == tool.kind:
            matched[tool.tool_id] = decision.app_id
        elif decision and decision.decision == "unregistered":
            continue
        else:
            app_id = automatic.get((key, tool.kind))
            if app_id is not None and (key, app_id) not in rejected and key:
                matched[tool.tool_id] = app_id
    return matched
