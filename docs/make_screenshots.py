"""Regenerate the README's screenshots from sample data: `.venv/bin/python docs/make_screenshots.py`.

The cadre's pages show one sample cadre; the supervisor's pages show a real import of sample survey files
(one of them broken on purpose) and a roster of expected returns.

`--large [--out DIR]` renders every page three times, into DIR (default /tmp/shots/large) and not into docs/:
normal text in Chinese, 200 % text in Chinese and 150 % text in English, each in a window the size a maximised
window gets on a 1366×768 screen, to check the large-text mode by eye. Run it on a real (or Xvfb) display.

`--scale 1.25` (or 1.5) [--out DIR]: Windows display scaling ("125%", "150%") on a 1366×768 screen, through Qt's
QT_SCALE_FACTOR: every page and the main dialogs in the maximised window's size at that scale, into DIR (default
/tmp/shots/scale-125 …). The pictures are in screen pixels, as the cadre sees them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from burden_survey.cli.demo import DEMO_WAVE, write_demo, write_demo_files  # noqa: E402
from burden_survey.spreadsheets.roster import load_roster  # noqa: E402
from burden_survey.store.storage import Storage  # noqa: E402
from ui.common import appearance  # noqa: E402
from ui.shell.app import create_application, install_translators  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.pages import PAGES, SUPERVISOR_PAGES  # noqa: E402

README_SIZE = (1280, 800)
SMALL_SCREEN = (1366, 700)  # a maximised window on a 1366×768 screen, less the taskbar and the title bar


@dataclass(frozen=True)
class ShotSet:
    name: str
    language: str
    percent: int
    size: tuple[int, int]


LARGE_SETS = [
    ShotSet("zh_CN-100", "zh_CN", 100, SMALL_SCREEN),
    ShotSet("zh_CN-200", "zh_CN", 200, SMALL_SCREEN),
    ShotSet("en-150", "en", 150, SMALL_SCREEN),
]


def add_registry(storage: Storage) -> None:
    """A few registered apps, named as an administrator would, some already closed or migrating."""
    from burden_survey.registry import registry
    from burden_survey.registry.registry import RegistryApp

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


def add_roster(storage: Storage, folder: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["单位", "区划代码", "应交份数"])
    for name, code, expected in [("东港镇", "320205101", 12), ("锡北镇", "320205102", 10), ("羊尖镇", "320205103", 12),
                                 ("鹅湖镇", "320205104", 9), ("东北塘街道", "320205002", 10), ("东亭街道", "320205003", 11)]:
        sheet.append([name, code, expected])
    book.save(folder / "roster.xlsx")
    load_roster(storage, folder / "roster.xlsx", DEMO_WAVE.id)


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


def grab(app, window, key: str, out: Path, whole: bool = False) -> None:
    """The window showing one page; with `whole`, a page taller than the window is also taken scrolled to its end."""
    window.show_page(key)
    wait_idle(app, window.pages[key])
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / f"{key}.png"))
    shown = out / f"{key}.png"
    print(shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown)
    bar = window.page_scroll.verticalScrollBar()
    if whole and bar.maximum() > 0:
        bar.setValue(bar.maximum())
        wait_idle(app, window.pages[key])
        window.grab().save(str(out / f"{key}-end.png"))
        print(out / f"{key}-end.png")
        bar.setValue(0)


def grab_charts(app, window: MainWindow, out: Path) -> None:
    """The dashboard scrolled down to its charts, which sit below the key figures when the text is large."""
    page = window.pages["dashboard"]
    for number, box in enumerate(page.boxes[:3:2], 1):
        page.scroll.verticalScrollBar().setValue(box.y())
        wait_idle(app, page)
        window.grab().save(str(out / f"dashboard-charts{number}.png"))
        print(out / f"dashboard-charts{number}.png")
    page.scroll.verticalScrollBar().setValue(0)


def open_window(storage: Storage, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(storage)
    window.resize(*size)
    window.show()
    return window


def import_through_page(window: MainWindow, files: Path) -> None:
    """A real import by the import page, so its results table shows every file's outcome."""
    window.show_page("import")
    page = window.pages["import"]
    page.new_waves_box.setChecked(True)
    loop = QEventLoop()
    page.imported.connect(lambda _: loop.quit())
    QTimer.singleShot(0, lambda: page.start_import([files]))
    loop.exec()


def add_keyed_wave(storage: Storage) -> None:
    """The next wave, encrypted, with its expected units; the sample wave is kept until the end of next year."""
    from burden_survey.store.retention import set_retain_until
    from burden_survey.survey.survey_file import Wave
    from burden_survey.survey_files.wave_keys import create_wave_key

    if "XS2027A" not in [w.id for w in storage.list_waves()]:
        storage.add_wave(Wave("XS2027A", "锡山区2027年第一季度", "2026.1", date(2027, 1, 1), date(2027, 3, 31)))
        create_wave_key(storage, "XS2027A", "示例口令-请勿使用", ["东港镇", "锡北镇", "羊尖镇"])
        set_retain_until(storage, "DEMO2026", date(date.today().year + 1, 12, 31))


def render(app, folder: Path, size: tuple[int, int], out: Path, every_page: bool) -> None:
    """The cadre's pages from the sample cadre, the supervisor's from a county that has just imported files."""
    cadre = Storage.open(folder / "cadre.db")
    window = open_window(cadre, size)
    for key in (p.key for p in PAGES):
        if key not in SUPERVISOR_PAGES:
            grab(app, window, key, out, every_page)
    window.close()
    cadre.close()

    county_db = folder / f"county-{out.name}.db"
    county_db.unlink(missing_ok=True)
    supervisor = Storage.open(county_db)
    window = open_window(supervisor, size)
    import_through_page(window, folder / "files")
    grab(app, window, "import", out, every_page)
    add_roster(supervisor, folder)
    grab(app, window, "returns", out, every_page)
    add_registry(supervisor)
    add_keyed_wave(supervisor)
    keys = [key for key in (p.key for p in PAGES) if key in SUPERVISOR_PAGES and key not in ("import", "returns")]
    for key in keys if every_page else ("waves", "dashboard", "registry", "matching", "governance", "safety"):
        grab(app, window, key, out, every_page)
        if key == "dashboard" and every_page:
            grab_charts(app, window, out)
    window.close()
    supervisor.close()


def scaled_screen(scale: float) -> tuple[int, int]:
    """The maximised window on a 1366×768 screen at a Windows display scale, in Qt's (logical) pixels: the
    taskbar (40 px at 100 %) and the title bar (30 px) scale with it. Run on an Xvfb screen of 1366×728, so that
    the screen's free area, which the dialogs fit themselves into, leaves out the taskbar too."""
    return round(1366 / scale), round((768 - 70) / scale)


def grab_dialogs(app, storage: Storage, out: Path, size: tuple[int, int]) -> None:
    """The dialogs a cadre and a supervisor meet, each at the size it opens with (never beyond the screen)."""
    from ui.cadre.export_dialog import ExportDialog
    from ui.shell.notice_dialog import NoticeDialog
    from ui.cadre.quota_dialog import QuotaDialog
    from ui.registry.registry_dialog import RegistryAppDialog
    from ui.shell.settings_dialog import SettingsDialog
    from ui.cadre.tool_dialog import ToolDialog
    from ui.supervisor.wave_dialog import WaveDialog

    for name, dialog in (("dialog-notice", NoticeDialog(storage)), ("dialog-tool", ToolDialog(storage)),
                         ("dialog-quota", QuotaDialog(storage)), ("dialog-export", ExportDialog(storage)),
                         ("dialog-wave", WaveDialog(storage)), ("dialog-registry", RegistryAppDialog(storage)),
                         ("dialog-settings", SettingsDialog())):
        dialog.show()
        for _ in range(5):
            app.processEvents()
        shown = dialog.size()
        fits = shown.width() <= size[0] and shown.height() <= size[1]
        dialog.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", f"{shown.width()}×{shown.height()}", "fits" if fits else f"LARGER THAN {size}")
        dialog.close()
        dialog.deleteLater()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", action="store_true", help="normal, 200 % Chinese and 150 % English, not for docs/")
    parser.add_argument("--scale", type=float, help="Windows display scaling on a 1366×768 screen, e.g. 1.25 or 1.5")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp())
    # The pictures must not depend on, or change, the window sizes, choices and data of the user's own runs.
    os.environ["BURDEN_SURVEY_SETTINGS_DIR"] = str(folder / "config")
    os.environ["BURDEN_SURVEY_DATA_DIR"] = str(folder / "data")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when the QApplication is made
    app = create_application([], language="zh_CN", font_scale=100)
    write_demo(folder / "cadre.db", 12, seed=7, until=date.today())
    files = write_demo_files(folder / "files", 60, seed=11)
    (folder / "files" / "照片.bsurvey").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))

    shots = Path(tempfile.gettempdir()) / "shots"
    if args.scale:
        out = args.out or shots / f"scale-{round(args.scale * 100)}"
        size = scaled_screen(args.scale)
        render(app, folder, size, out, every_page=True)
        grab_dialogs(app, Storage.open(folder / "cadre.db"), out, size)
    elif not args.large:
        render(app, folder, README_SIZE, ROOT / "docs", every_page=False)
    else:
        for shot_set in LARGE_SETS:
            install_translators(app, shot_set.language)
            appearance.apply_font_scale(app, shot_set.percent)
            render(app, folder, shot_set.size, (args.out or shots / "large") / shot_set.name, every_page=True)
    print(f"{len(files)} sample files imported")


if __name__ == "__main__":
    main()
