"""The county's app registry (户籍制, DOMAIN.md §4): entries, their status workflow with history, and data plans."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, fields
from datetime import date

from burden_survey.store.storage import Storage, now
from burden_survey.survey.choices import SPONSOR_LEVELS, TOOL_KINDS, Vocabulary
from burden_survey.survey.validation import check_count, check_name, personal_data_warning
from burden_survey.system.errors import InputRejected

from . import registry_sql

APP_STATUSES = Vocabulary("app_status", [
    ("in_use", "在用"),
    ("rectifying", "整改中"),
    ("migrating", "整合迁移中"),
    ("migrated", "已迁移（原应用已关停）"),
    ("closed", "已关停"),
    ("deregistered", "已注销备案"),
])
TRANSITIONS: dict[str, set[str]] = {
    "in_use": {"rectifying", "migrating", "closed"},
    "rectifying": {"in_use", "migrating", "closed"},
    "migrating": {"migrated", "closed"},
    "migrated": {"deregistered"},
    "closed": {"deregistered"},
    "deregistered": set(),
}
# Reaching one of these means the work is done: the done date is filled in if nobody has yet.
DONE_STATUSES = set(registry_sql.ENDED_STATUSES)
DISPOSITIONS = Vocabulary("disposition", [
    ("keep", "保留"),
    ("merge_local", "整合至本级平台"),
    ("migrate_province", "迁移至省级平台"),
    ("close", "关停注销"),
])
AUDIENCES = Vocabulary("audience", [("internal", "内部"), ("public", "群众"), ("business", "企业")])
FORCED_FEATURES = Vocabulary("forced_feature", [
    ("check_in", "打卡"), ("points_ranking", "积分排名"), ("online_time", "在线时长"),
])
OWNER_LEVELS = SPONSOR_LEVELS
DATA_ACTIONS = Vocabulary("data_action", [("migrate", "迁移"), ("seal", "封存"), ("destroy", "销毁")])
BUDGET_UNIT = "万元"  # yearly_budget is kept in 万元, as county budget tables give it
MAX_TEXT = 500

# GB 32100-2015: 统一社会信用代码 uses these 31 characters (no I, O, Z, S, V); the 18th is a mod-31 check.
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# A sign-off names a unit or a post; these endings are how such names end (县数据局, 网信办主任, 档案室).
_UNIT_OR_POST = re.compile(r"(局|办|委|室|科|处|部|中心|组|站|所|院|队|厅|府|会|公司|单位|长|主任|书记|员|负责人|岗)$")


@dataclass
class RegistryApp:
    name: str
    kind: str = "app"
    id: int | None = None
    owner_unit: str = ""
    owner_code: str = ""
    owner_level: str | None = None
    functions: str = ""
    audience: list[str] = field(default_factory=list)
    forced_features: list[str] = field(default_factory=list)
    forced_basis: str = ""
    registered_users: int | None = None
    monthly_actives: int | None = None
    launch_date: date | None = None
    filing_number: str = ""
    yearly_budget: float | None = None
    similar_apps: str = ""
    status: str = "in_use"
    disposition: str | None = None
    target_platform: str = ""
    planned_date: date | None = None
    done_date: date | None = None
    note: str = ""
    retired: bool = False


@dataclass
class StatusChange:
    app_id: int
    from_status: str | None
    to_status: str
    changed_on: date
    note: str
    recorded_at: str


@dataclass
class DataPlanItem:
    category: str
    action: str
    planned_date: date | None = None
    done_date: date | None = None
    signed_off_by: str = ""
    id: int | None = None

    @property
    def complete(self) -> bool:
        return self.done_date is not None and bool(self.signed_off_by.strip())


def validate_credit_code(code: str) -> bool:
    """True for an 18-character 统一社会信用代码 whose last character is the GB 32100 check character."""
    code = (code or "").strip().upper()
    if len(code) != 18 or any(c not in CREDIT_CODE_CHARS for c in code):
        return False
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(code, CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31] == code[17]


def sign_off_warning(text: str) -> str:
    """A warning when a sign-off looks like a person's name rather than a unit or post; empty otherwise."""
    text = text.strip()
    if text and re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", text) and not _UNIT_OR_POST.search(text):
        return "「签批」请填写单位或岗位（如「县数据局」「网信办主任」），不要填写个人姓名。"
    return ""


def list_apps(storage: Storage, include_retired: bool = False) -> list[RegistryApp]:
    return [_app_from_row(r) for r in registry_sql.app_rows(storage, include_retired)]


def get_app(storage: Storage, app_id: int) -> RegistryApp:
    row = registry_sql.app_row(storage, app_id)
    if row is None:
        raise KeyError(app_id)
    return _app_from_row(row)


def save_app(storage: Storage, app: RegistryApp, changed_on: date | None = None) -> RegistryApp:
    """Insert or update an entry; returns it with its id.

    A new entry starts its history (none → its status). Changing the status of an existing entry here follows
    the same workflow as change_status(), dated `changed_on` (today when not given).
    """
    _check_app(app)
    values = _app_to_db(app)
    stamp = now()
    day = (changed_on or date.today()).isoformat()
    with storage.db.atomic():
        if app.id is None:
            app.id = registry_sql.insert_app(storage, values, stamp)
            registry_sql.add_history(storage, app.id, None, app.status, day, "", stamp)
        else:
            before = get_app(storage, app.id)
            if before.status != app.status:
                check_transition(before.status, app.status)
                registry_sql.add_history(storage, app.id, before.status, app.status, day, "", stamp)
                if app.status in DONE_STATUSES and app.done_date is None:
                    app.done_date = changed_on or date.today()
                    values["done_date"] = app.done_date.isoformat()
            registry_sql.update_app(storage, app.id, values, stamp)
    return app


def retire_app(storage: Storage, app_id: int) -> None:
    """Take an entry off the registry list; restore_app() brings it back (undo). History and plan stay."""
    with storage.db.atomic():
        registry_sql.set_retired(storage, app_id, now())


def restore_app(storage: Storage, app_id: int) -> None:
    with storage.db.atomic():
        registry_sql.set_retired(storage, app_id, None)


def check_transition(from_status: str, to_status: str) -> None:
    """Refuse a status change the workflow does not allow, naming both statuses."""
    if to_status not in APP_STATUSES:
        raise InputRejected("状态", f"「{to_status}」不是可选的状态。")
    if to_status not in TRANSITIONS.get(from_status, set()):
        allowed = "、".join(APP_STATUSES.label(s) for s in APP_STATUSES.codes() if s in TRANSITIONS.get(from_status, ()))
        raise InputRejected("状态", f"不能从「{APP_STATUSES.label(from_status)}」直接改为「{APP_STATUSES.label(to_status)}」。",
                            f"「{APP_STATUSES.label(from_status)}」之后可以改为：{allowed}。" if allowed
                            else "这是最后一个状态，不能再改。")


def change_status(storage: Storage, app_id: int, to_status: str, changed_on: date, note: str = "") -> None:
    """Move an app along the workflow, record it in the history and, once it has ended, fill in its done date."""
    app = get_app(storage, app_id)
    check_transition(app.status, to_status)
    done = app.done_date or (changed_on if to_status in DONE_STATUSES else None)
    stamp = now()
    with storage.db.atomic():
        registry_sql.add_history(storage, app_id, app.status, to_status, changed_on.isoformat(), note.strip(), stamp)
        registry_sql.set_status(storage, app_id, to_status, done and done.isoformat(), stamp)


def status_history(storage: Storage, app_id: int) -> list[StatusChange]:
    return [StatusChange(r["app_id"], r["from_status"], r["to_status"], date.fromisoformat(r["changed_on"]),
                         r["note"], r["recorded_at"]) for r in registry_sql.history_rows(storage, app_id)]


def data_plan(storage: Storage, app_id: int) -> list[DataPlanItem]:
    return [DataPlanItem(r["category"], r["action"], _date(r["planned_date"]), _date(r["done_date"]),
                         r["signed_off_by"], r["id"]) for r in registry_sql.plan_rows(storage, app_id)]


def save_data_plan(storage: Storage, app_id: int, items: list[DataPlanItem]) -> None:
    """Replace the app's data-disposition plan with `items`, all at once; one row per data category."""
    seen: set[str] = set()
    rows = []
    for item in items:
        category = " ".join(item.category.split())
        if not category:
            raise InputRejected("数据类别", "不能为空。", "请填写如「身份信息」「联系方式」「业务数据」。")
        if category in seen:
            raise InputRejected("数据类别", f"「{category}」重复了。", "每类数据只写一行。")
        seen.add(category)
        if item.action not in DATA_ACTIONS:
            raise InputRejected("处置方式", f"「{item.action}」不是可选的处置方式。", "请选择迁移、封存或销毁。")
        signed = item.signed_off_by.strip()
        if warning := personal_data_warning(signed):
            raise InputRejected("签批单位/岗位", warning)
        rows.append({"category": category, "action": item.action, "planned_date": _iso(item.planned_date),
                     "done_date": _iso(item.done_date), "signed_off_by": signed})
    get_app(storage, app_id)  # a plan for an app that is not there is a programming error
    with storage.db.atomic():
        registry_sql.replace_plan(storage, app_id, rows)


def apps_lacking_plan(storage: Storage) -> list[RegistryApp]:
    """Closed, migrated or deregistered apps whose data plan is missing or not done and signed off everywhere."""
    return [get_app(storage, app_id) for app_id in registry_sql.ids_lacking_plan(storage)]


def _check_app(app: RegistryApp) -> None:
    app.name = check_name(app.name, "应用名称")
    if app.kind not in TOOL_KINDS:
        raise InputRejected("类型", f"「{app.kind}」不是可选的类型。")
    for value, vocabulary, label in ((app.owner_level, OWNER_LEVELS, "主管单位层级"),
                                     (app.disposition, DISPOSITIONS, "处置方式")):
        if value is not None and value not in vocabulary:
            raise InputRejected(label, f"「{value}」不是可选的{label}。")
    if app.status not in APP_STATUSES:
        raise InputRejected("状态", f"「{app.status}」不是可选的状态。")
    for values, vocabulary, label in ((app.audience, AUDIENCES, "服务对象"), (app.forced_features, FORCED_FEATURES, "强制功能")):
        unknown = [v for v in values if v not in vocabulary]
        if unknown:
            raise InputRejected(label, f"「{'、'.join(unknown)}」不是可选的{label}。")
    app.owner_code = app.owner_code.strip().upper()
    if app.owner_code and not validate_credit_code(app.owner_code):
        raise InputRejected("统一社会信用代码", f"「{app.owner_code}」不是有效的统一社会信用代码。",
                            "应为 18 位（数字和大写字母），最后一位是校验位，请照营业执照或登记证书核对；没有可以留空。")
    check_count(app.registered_users, "注册用户数", 2_000_000_000)
    check_count(app.monthly_actives, "月活跃用户数", 2_000_000_000)
    if app.yearly_budget is not None and not 0 <= app.yearly_budget <= 10_000_000:
        raise InputRejected("年度运维经费", "应在 0 到 10000000 之间，不能为负数。", f"请填写以{BUDGET_UNIT}为单位的金额。")
    for f in ("owner_unit", "functions", "forced_basis", "filing_number", "similar_apps", "target_platform", "note"):
        value = getattr(app, f).strip()
        if len(value) > MAX_TEXT:
            raise InputRejected(_LABELS.get(f, f), f"太长（最多 {MAX_TEXT} 个字）。")
        setattr(app, f, value)


_LABELS = {"owner_unit": "主管单位", "functions": "主要功能", "forced_basis": "强制依据", "filing_number": "备案号",
           "similar_apps": "同类应用", "target_platform": "目标平台", "note": "备注"}


def _app_to_db(app: RegistryApp) -> dict:
    values = {f.name: getattr(app, f.name) for f in fields(RegistryApp) if f.name in registry_sql.APP_COLUMNS}
    for key in ("audience", "forced_features"):
        values[key] = json.dumps(values[key], ensure_ascii=False)
    for key in ("launch_date", "planned_date", "done_date"):
        values[key] = _iso(values[key])
    return values


def _app_from_row(row: dict) -> RegistryApp:
    values = {k: row[k] for k in registry_sql.APP_COLUMNS}
    for key in ("audience", "forced_features"):
        values[key] = json.loads(values[key] or "[]")
    for key in ("launch_date", "planned_date", "done_date"):
        values[key] = _date(values[key])
    return RegistryApp(id=row["id"], retired=row["retired_at"] is not None, **values)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
