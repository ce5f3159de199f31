"""Input rules: refusals name the field and say why; plausibility warnings never block (DOMAIN.md §5)."""

from __future__ import annotations

import re
from datetime import date

from burden_survey.system.errors import InputRejected

from .fields import MAX_MINUTES_PER_TOOL, TOOL_FIELDS, by_key, check_value
from .text_rules import MAX_NAME_LENGTH, personal_data_warning  # noqa: F401 — the input rules, in one import

MINUTES_PER_DAY = 24 * 60
MAX_APPS_PLAUSIBLE = 25
MAX_GROUPS_PLAUSIBLE = 80
MAX_FORMALITY_MINUTES_PLAUSIBLE = 180

_TOWNSHIP_CODE = re.compile(r"^\d{12}$")


def check_minutes(value: object, field: str = "分钟数") -> int:
    """Minutes on one tool on one day: a whole number from 0 to 600."""
    if isinstance(value, bool):
        raise InputRejected(field, "必须是整数。", "请填写 0 到 600 之间的整数。")
    if isinstance(value, str):
        value = value.strip()
        if not value.isdigit():
            raise InputRejected(field, f"「{value}」不是整数分钟。", "请填写 0 到 600 之间的整数。")
        value = int(value)
    if not isinstance(value, int):
        raise InputRejected(field, "必须是整数。", "请填写 0 到 600 之间的整数。")
    if value < 0 or value > MAX_MINUTES_PER_TOOL:
        raise InputRejected(
            field, f"为 {value} 分钟，超出允许范围。",
            "单个工具一天最多记录 600 分钟（10 小时），请核对后重新填写。",
        )
    return value


def check_not_future(day: date, today: date, field: str = "日期") -> date:
    if day > today:
        raise InputRejected(field, f"{day.isoformat()} 是将来的日期。", "只能记录今天及以前的用时。")
    return day


def check_day_total(day: date, total_minutes: int) -> None:
    """The minutes of one day across all tools cannot exceed 24 hours."""
    if total_minutes > MINUTES_PER_DAY:
        hours = total_minutes / 60
        raise InputRejected(
            f"{day.month}月{day.day}日合计",
            f"为 {total_minutes} 分钟（{hours:.1f} 小时），超过一天的 24 小时。",
            "请检查这一天各工具的分钟数。",
        )


def check_township_code(code: str, county_code: str | None) -> str:
    """The optional 12-digit division code: digits only, inside the chosen county."""
    code = code.strip()
    if not code:
        return ""
    if not _TOWNSHIP_CODE.match(code):
        raise InputRejected(
            "乡镇/村区划代码", "应为 12 位数字。",
            "前 6 位是县级代码，后 3 位乡镇、3 位村；不知道可以留空。",
        )
    if county_code and not code.startswith(county_code):
        raise InputRejected(
            "乡镇/村区划代码", f"的前 6 位应与所选县区代码 {county_code} 一致。",
            "请核对代码，或重新选择县区；不知道可以留空。",
        )
    return code


def check_usefulness(value: int | None) -> int | None:
    """1 to 5: the tool field's own limits."""
    return check_value(by_key(TOOL_FIELDS)["usefulness"], value)


def check_count(value: int | None, field: str, maximum: int = 1_000_000) -> int | None:
    if value is not None and not 0 <= value <= maximum:
        raise InputRejected(field, f"应在 0 到 {maximum} 之间。", "请核对数字。")
    return value


def check_name(name: str, field: str = "名称") -> str:
    name = " ".join(name.split())
    if not name:
        raise InputRejected(field, "不能为空。", "请填写应用、公众号或工作群的名称。")
    if len(name) > MAX_NAME_LENGTH:
        raise InputRejected(field, f"太长（最多 {MAX_NAME_LENGTH} 个字）。", "请填写简短的名称。")
    return name


def plausibility_warnings(app_count: int, group_count: int, formality_minutes_per_day: float) -> list[str]:
    """Figures far above what surveys have seen: worth a second look, never refused."""
    warnings = []
    if app_count > MAX_APPS_PLAUSIBLE:
        warnings.append(f"您记录了 {app_count} 个应用/账号，多于常见的 {MAX_APPS_PLAUSIBLE} 个，请确认没有重复。")
    if group_count > MAX_GROUPS_PLAUSIBLE:
        warnings.append(f"您记录了 {group_count} 个工作群，多于常见的 {MAX_GROUPS_PLAUSIBLE} 个，请确认没有重复。")
    if formality_minutes_per_day > MAX_FORMALITY_MINUTES_PLAUSIBLE:
        warnings.append(
            f"平均每天留痕用时 {formality_minutes_per_day:.0f} 分钟，多于常见的 "
            f"{MAX_FORMALITY_MINUTES_PLAUSIBLE} 分钟，请核对。"
        )
    return warnings
