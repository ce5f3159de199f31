"""Who works in a database: a cadre filling in their own answers, a supervisor gathering everyone's, or both.
The role is chosen at first start, kept in the database (a cadre's own file and the township's differ) and changed
in 设置; it decides which pages the window lists and where it opens."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from burden_survey.store.first_look import ROLE_SETTING

from .pages import PAGES

CADRE, SUPERVISOR, BOTH = "cadre", "supervisor", "both"
# (code, name, what it means), in the order the first start and 设置 offer them
ROLES = (
    (CADRE, QT_TRANSLATE_NOOP("roles", "填报人"),
     QT_TRANSLATE_NOOP("roles", "我是乡镇或村干部，记录自己每天花在政务应用、公众号和工作群上的时间，最后导出一个调查文件交给组织方。")),
    (SUPERVISOR, QT_TRANSLATE_NOOP("roles", "汇总单位"),
     QT_TRANSLATE_NOOP("roles", "我负责组织调查：发出调查批次，导入下级交来的答卷，查看汇总结果，上报上级，登记和清理应用。")),
    (BOTH, QT_TRANSLATE_NOOP("roles", "两者都用"),
     QT_TRANSLATE_NOOP("roles", "在同一个数据文件里既填报自己的负担，又汇总他人的答卷：显示全部页面。")),
)


def name(role: str) -> str:
    return QCoreApplication.translate("roles", next(n for code, n, _ in ROLES if code == role))


def meaning(role: str) -> str:
    return QCoreApplication.translate("roles", next(m for code, _, m in ROLES if code == role))


def role_of(storage) -> str | None:
    """The database's role; None until it is chosen (a database from before roles, or a fresh one)."""
    role = storage.get_setting(ROLE_SETTING)
    return role if role in (CADRE, SUPERVISOR, BOTH) else None


def set_role(storage, role: str) -> None:
    storage.set_setting(ROLE_SETTING, role)


def shows(role: str | None, page) -> bool:
    """Is this page (a PageEntry) listed for the role? A database without a role shows every page."""
    if role == CADRE:
        return not page.supervisor
    if role == SUPERVISOR:
        return page.supervisor
    return True


def page_keys(role: str | None) -> tuple[str, ...]:
    return tuple(p.key for p in PAGES if shows(role, p))


def start_page(role: str | None, has_waves: bool, profile_filled: bool) -> str:
    """Where a first visit opens: a cadre at the profile until it names a county; a supervisor at 调查批次 until a
    wave exists, then at 导入答卷."""
    if role == SUPERVISOR:
        return "import" if has_waves else "waves"
    return "tools" if profile_filled else "profile"
