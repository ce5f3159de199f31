"""Regenerate the README's screenshots from sample data: `.venv/bin/python docs/make_screenshots.py`.

The cadre's pages show one sample cadre; the supervisor's pages show a real import of sample survey files
(one of them broken on purpose) and a roster of expected returns.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from burden_survey.demo import DEMO_WAVE, write_demo, write_demo_files  # noqa: E402
from burden_survey.roster import load_roster  # noqa: E402
from burden_survey.storage import Storage  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

CADRE_PAGES = ("profile", "tools", "daily_log", "quotas", "rules", "burden")


def grab(app, window, key: str) -> None:
    window.show_page(key)
    app.processEvents()
    window.grab().save(str(ROOT / "docs" / f"{key}.png"))
    print(f"docs/{key}.png")


def add_registry(storage: Storage) -> None:
    """A few registered apps, named as an administrator would, some already closed or migrating."""
    from burden_survey import registry
    from burden_survey.registry import RegistryApp

    apps = [
        RegistryApp("学习强国", owner_unit="中央宣传部", owner_level="central", functions="理论学习", audience=["internal"],
                    forced_features=["points_ranking"], registered_users=900, monthly_actives=850, disposition="keep"),
        RegistryApp("网格通APP", owner_unit="区委政法委", owner_level="county", functions="网格巡查、事件上报",
                    audience=["internal"], forced_features=["check_in", "online_time"], registered_users=1200,
                    monthly_actives=90, similar_apps="平安建设", yearly_budget=35, disposition="migrate_province",
                    target_platform="苏服办", planned_date=date(2026, 9, 30)),
        RegistryApp("平安建设", owner_unit="区委政法委", owner_level="county", functions="平安宣传、问卷",
                    audience=["public"], registered_users=5000, monthly_actives=230, yearly_budget=20, disposition="close",
                    planned_date=date(2026, 12, 31)),
        RegistryApp("智慧党建", owner_unit="区委组织部", owner_level="city", functions="党员学习、积分", audience=["internal"],
                    forced_features=["points_ranking"], registered_users=3000, monthly_actives=1500, disposition="keep"),
        RegistryApp("锡山教育缴费", kind="app", owner_unit="区教育局", owner_level="county", functions="学费缴纳",
                    audience=["public"], registered_users=20000, monthly_actives=400, disposition="migrate_province",
                    target_platform="苏服办"),
    ]
    for app in apps:
        registry.save_app(storage, app)
    closed = [a for a in registry.list_apps(storage) if a.name == "锡山教育缴费"][0]
    registry.change_status(storage, closed.id, "migrating", date(2026, 6, 1))
    registry.change_status(storage, closed.id, "migrated", date(2026, 10, 20), "功能已迁入苏服办")


def wait_idle(app, page) -> None:
    """Let a page's background computation finish before the picture is taken."""
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(20_000)
    app.processEvents()
    while getattr(page, "is_busy", lambda: False)() and deadline.isActive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    for _ in range(5):
        app.processEvents()


def main() -> None:
    app = create_application([])
    folder = Path(tempfile.mkdtemp())

    write_demo(folder / "cadre.db", 12, seed=7, until=date.today())
    storage = Storage.open(folder / "cadre.db")
    window = MainWindow(storage)
    window.resize(1280, 800)
    window.show()
    for key in CADRE_PAGES:
        grab(app, window, key)
    window.close()
    storage.close()

    files = write_demo_files(folder / "files", 60, seed=11)
    (folder / "files" / "照片.bsurvey").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    supervisor = Storage.open(folder / "county.db")
    window = MainWindow(supervisor)
    window.resize(1280, 800)
    window.show()
    window.show_page("import")
    page = window.pages["import"]
    page.new_waves_box.setChecked(True)
    loop = QEventLoop()
    page.imported.connect(lambda _: loop.quit())
    QTimer.singleShot(0, lambda: page.start_import([folder / "files"]))
    loop.exec()
    grab(app, window, "import")

    book = Workbook()
    sheet = book.active
    sheet.append(["单位", "区划代码", "应交份数"])
    for name, code, expected in [("东港镇", "320205101", 12), ("锡北镇", "320205102", 10), ("羊尖镇", "320205103", 12),
                                 ("鹅湖镇", "320205104", 9), ("东北塘街道", "320205002", 10), ("东亭街道", "320205003", 11)]:
        sheet.append([name, code, expected])
    book.save(folder / "roster.xlsx")
    load_roster(supervisor, folder / "roster.xlsx", DEMO_WAVE.id)
    grab(app, window, "returns")

    dashboard = window.pages["dashboard"]
    loop = QEventLoop()
    dashboard.computed.connect(lambda _: QTimer.singleShot(300, loop.quit))
    window.show_page("dashboard")
    loop.exec()
    grab(app, window, "dashboard")

    add_registry(supervisor)
    for key in ("registry", "matching", "governance"):
        page = window.pages[key]
        window.show_page(key)
        wait_idle(app, page)
        grab(app, window, key)
    window.close()
    supervisor.close()
    print(f"{len(files)} sample files imported")


if __name__ == "__main__":
    main()
