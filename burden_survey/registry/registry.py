"""The county's app registry (户籍制, DOMAIN.md §4): entries, their status workflow with history, and data plans."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date

from burden_survey.store.storage import Storage, now
from burden_survey.survey import fields
from burden_survey.survey.validation import check_name, personal_data_warning
from burden_survey.system.errors import InputRejected

from . import registry_sql
from .app_fields import APP_FIELDS, APP_STATUSES, DATA_ACTIONS, validate_credit_code

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
    """Refuse, naming the field, what the field table does not allow; tidy the texts in place."""
    app.name = check_name(app.name, "应用名称")
    if app.kind is None:
        raise InputRejected("类型", "请选择类型。")
    if app.status not in APP_STATUSES:
        raise InputRejected("状态", f"「{app.status}」不是可选的状态。")
    for f in APP_FIELDS:  # what fields.check lets through as "not answered" but an entry cannot hold
        value = getattr(app, f.key)
        if f.kind == fields.CODE and value == "":
            raise InputRejected(f.label, f"「」不是可选的{f.label}。")
        if f.kind == fields.CODES and not isinstance(value, list):
            raise InputRejected(f.label, "有不认识的选项。", "请从列表中勾选。")
        if f.kind == fields.DATE and value is not None and not isinstance(value, date):
            raise InputRejected(f.label, "不是有效的日期。", "请按 2026-11-20 的格式填写。")
    for f in APP_FIELDS:  # tidied first: the length the field table allows is the length kept
        if f.kind == fields.TEXT and isinstance(getattr(app, f.key), str):
            setattr(app, f.key, getattr(app, f.key).strip())
    fields.check(APP_FIELDS, asdict(app))  # limits, vocabularies, text length and characters (survey/text_rules.py)
    app.owner_code = app.owner_code.upper()
    if app.owner_code and not validate_credit_code(app.owner_code):
        raise InputRejected("统一社会信用代码", f"「{app.owner_code}」不是有效的统一社会信用代码。",
                            "应为 18 位（数字和大写字母），最后一位是校验位，请照营业执照或登记证书核对；没有可以留空。")


def _app_to_db(app: RegistryApp) -> dict:
    return fields.to_db(APP_FIELDS, {f.key: getattr(app, f.key) for f in APP_FIELDS})


def _app_from_row(row: dict) -> RegistryApp:
    return RegistryApp(id=row["id"], retired=row["retired_at"] is not None, **fields.from_db(APP_FIELDS, row))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
