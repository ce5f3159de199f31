"""The main window: a navigation list on the left, one page at a time on the right."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from burden_survey import __version__
from ui.common.appearance import current_font_scale
from ui.common.screen_fit import TITLE_BAR

from . import roles
from .page_loader import LazyPages
from ui.common.page_stack import CurrentPageStack
from .pages import BY_KEY, PAGES, SUPERVISOR_PAGES

if TYPE_CHECKING:  # the window is shown before the database (and sqlite-utils) is even loaded: see ui/shell/app.py
    from burden_survey.store.storage import Storage

# Qt.ItemDataRole.UserRole. Until the window frame is painted nothing here touches the `Qt` namespace, whose
# enums take PySide6 longer to set up than the whole frame takes to build (benchmarks/bench_startup.py).
KEY_ROLE = 256

class MainWindow(QMainWindow):
    """Pages share one Storage; a page reloads from it each time it is shown.

    Made without a Storage, the window is an empty frame until `attach(storage)`: the app shows it at once and
    opens the database right after, so the cadre sees the window without waiting for the database.
    """

    def __init__(self, storage: Storage | None = None, parent: QWidget | None = None, role: str | None = None):
        super().__init__(parent)
        self.storage: Storage | None = None
        self._kept_for, self._kept_prefix = None, ""  # the database whose settings keys _kept gives
        self.setWindowTitle(self.tr("指尖减负调查"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(round(180 * current_font_scale()))  # wider in the large-text mode
        self.nav.setAccessibleName(self.tr("页面"))
        # A title too long for the list is cut short (its tooltip whole), never a sideways scroll bar.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = CurrentPageStack(self)  # as tall as the page on show, not as the tallest page made
        # self.pages[key] makes the page on first use (ui/shell/pages.py lists them)
        self.pages = LazyPages([(p.key, p.page) for p in PAGES], self._make_page)
        self._group_items: list[QListWidgetItem] = []
        self._meeting_pack = None
        self._housekeeping = None
        self.instance_server = None  # ui/shell/single_instance.py: later double-clicks hand their files to this window
        self.role = role  # the database's (ui/shell/roles.py), known before it opens when the app peeked at it
        self._fill_nav()

        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")

        central = QWidget(self)
        right = QVBoxLayout()
        right.setContentsMargins(0, 6, 0, 0)
        right.addWidget(self.heading)
        self._step_bar = None  # the cadre's steps above the cadre's pages (ui/cadre/step_bar.py), made on first use
        self._right = right
        # A page wider or taller than a small screen (large text on 1366×768) scrolls instead of growing the window.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page inside takes it (_make_page)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setWidget(self.stack)
        right.addWidget(self.page_scroll, 1)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._where = QLabel(self)
        self.statusBar().addPermanentWidget(self._where)
        self._build_menu()

        self.nav.currentRowChanged.connect(self._show_page)
        # Files dropped on any page go to 「导入答卷」 (the import page takes its own drops).
        self.setAcceptDrops(True)
        self._restore_geometry()
        if storage is not None:
            self.attach(storage)

    def attach(self, storage: Storage) -> None:
        """Give the window its database and show the page the user was on (the profile on a first visit)."""
        first_attach = self.storage is None
        self.storage = storage
        role = roles.role_of(storage)
        if role != self.role:
            self.role = role
            self._fill_nav()
        if first_attach:  # the menus' actions need the database
            self._fill_menus()
        self._lock_group_items()
        self._where.setText(self.tr("数据文件：{0}").format(storage.path))
        saved = QSettings().value(self._kept("geometry"))
        if saved is not None:  # this database's window, as it was left (a supervisor's county, a cadre's own)
            self.restoreGeometry(saved)
            self._clamp_to_screen()
        self.nav.setCurrentRow(-1)  # a row clicked while the database was opening is shown anew
        self.show_page(self._opening_page())

    def _opening_page(self) -> str:
        """The page this database was left on, if its role still lists it; a cadre whose profile names no county
        starts there; otherwise where the role starts (roles.start_page)."""
        shown = roles.page_keys(self.role)
        profile_filled = bool(self.storage.load_profile().county_code)
        if "profile" in shown and not profile_filled:
            return "profile"
        last = QSettings().value(self._kept("page"))
        if last in shown:
            return last
        return roles.start_page(self.role, bool(self.storage.list_waves()), profile_filled)

    def set_role(self, role: str) -> None:
        """设置 changed who works in this database: its pages are listed anew, the one on screen kept if listed."""
        roles.set_role(self.storage, role)
        current = self.stack.currentWidget().objectName().removeprefix("page_") if self.stack.currentWidget() else None
        self.role = role
        self._fill_nav()
        self._lock_group_items()
        self._fill_go_menu()
        self._show_role_actions()
        self.nav.setCurrentRow(-1)
        self.show_page(current if current in roles.page_keys(role) else self._opening_page())

    def _shown_pages(self) -> tuple[list, bool]:
        """The role's pages in their order, and whether they are both roles' (the supervisor's then get a heading)."""
        shown = [page for page in PAGES if roles.shows(self.role, page)]
        return shown, len({page.supervisor for page in shown}) == 2

    def _lock_group_items(self) -> None:
        """A group heading is neither selectable nor reachable with the arrow keys (done once the database is
        open: see KEY_ROLE)."""
        for item in self._group_items:
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _fill_nav(self) -> None:
        """The pages of the role, in their order; with both roles the supervisor's follow under a group label."""
        self.nav.blockSignals(True)  # no page is shown while the list is rebuilt
        self.nav.clear()
        self._group_items = []
        shown, both = self._shown_pages()
        for page in shown:
            if both and page.key == SUPERVISOR_PAGES[0]:
                self.nav.addItem(self._group_label(self.tr("汇总（上级）")))
            item = QListWidgetItem(self._page_title(page.key))
            item.setToolTip(item.text())  # the whole title where a long one is cut short
            item.setData(KEY_ROLE, page.key)
            self.nav.addItem(item)
        self.nav.blockSignals(False)

    def _make_page(self, key: str, page_class) -> QWidget:
        page = page_class(self.storage, self)
        page.setObjectName(f"page_{key}")
        # A click on a page's plain parts (a toolbar button, a label) focuses the page itself, inside which its
        # shortcuts act: before, the scroll area around it took the focus and Ctrl+N reached no page (issue 16).
        page.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        page.changed.connect(self._saved)
        if key == "report":  # the meeting pack is the window's; a filled template is imported on 导入答卷
            page.meeting_pack_requested.connect(self._meeting_pack_asked)
            page.template_import_requested.connect(self._import_template)
        self.stack.addWidget(page)
        return page

    def _meeting_pack_asked(self, what: str) -> None:
        {"preview": self.meeting_pack.preview, "print": self.meeting_pack.print_,
         "pdf": self.meeting_pack.export_pdf}[what]()

    def _import_template(self, path, wave) -> None:
        self.show_page("import")
        self.pages["import"].import_template(path, wave)

    @property
    def step_bar(self):
        """The cadre's six steps, made the first time a step's page is shown (it brings in the cadre's pages)."""
        if self._step_bar is None:
            from ui.cadre.step_bar import StepBar

            self._step_bar = StepBar(self)
            self._step_bar.go.connect(self._step_to)
            self._right.insertWidget(1, self._step_bar)
        return self._step_bar

    def _step_to(self, key: str) -> None:
        self.show_page(key)
        self.pages[key].setFocus()  # the page's own shortcuts act at once (Ctrl+N on 数字任务)

    def _saved(self) -> None:
        """A page wrote to the database: say so for a moment, as every change is saved at once."""
        self.statusBar().showMessage(self.tr("已保存"), 3000)
        current = self.stack.currentWidget()
        if current is not None:
            self._show_steps(current.objectName().removeprefix("page_"))

    def _show_steps(self, key: str) -> None:
        """The step bar over a step's page, saying where every step stands now; hidden elsewhere."""
        from ui.cadre.steps import KEYS

        if key in KEYS and "export" in roles.page_keys(self.role):
            self.step_bar.show_for(self.storage, key)
            self.step_bar.show()
        elif self._step_bar is not None:
            self._step_bar.hide()

    @property
    def housekeeping(self):
        """The day's retention check and backup (ui/shell/housekeeping.py), made when the database is open."""
        if self._housekeeping is None:
            from .housekeeping import Housekeeping

            self._housekeeping = Housekeeping(self)
        return self._housekeeping

    @property
    def meeting_pack(self):
        """Made on first use: it brings in matplotlib and Qt's printing. It covers what the dashboard's filters pick."""
        if self._meeting_pack is None:
            from ui.supervisor.report_print import MeetingPack

            self._meeting_pack = MeetingPack(self.storage, lambda: self.pages["dashboard"].filters(), self)
        return self._meeting_pack

    def _group_label(self, text: str) -> QListWidgetItem:
        """A heading in the navigation list: neither selectable nor reachable with the arrow keys."""
        item = QListWidgetItem(text)
        self._group_items.append(item)  # made unselectable in attach(): see KEY_ROLE
        font = item.font()
        font.setPointSizeF(max(font.pointSizeF(), 9) * 0.9)
        font.setBold(True)
        item.setFont(font)
        return item

    def _page_title(self, key: str) -> str:
        return QCoreApplication.translate("MainWindow", BY_KEY[key].title)

    def _build_menu(self) -> None:
        """The menu titles; their actions come with the database (attach), as shortcuts load the `Qt` namespace."""
        self.file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.go_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        self.help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))

    def _fill_menus(self) -> None:
        file_menu, help_menu = self.file_menu, self.help_menu
        export_action = QAction(self.tr("导出调查文件(&E)…"), self)
        export_action.setObjectName("exportSurveyFile")
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.triggered.connect(self.export_survey_file)
        file_menu.addAction(export_action)
        import_action = QAction(self.tr("导入答卷(&I)…"), self)
        import_action.setObjectName("importSurveyFiles")
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_survey_files)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        for name, text, keys, slot in (
            ("printPreview", self.tr("打印预览(&V)…"), QKeySequence("Ctrl+Shift+P"), lambda: self.meeting_pack.preview()),
            ("printReport", self.tr("打印(&P)…"), QKeySequence(QKeySequence.StandardKey.Print),
             lambda: self.meeting_pack.print_()),
            ("exportReportPdf", self.tr("导出会议材料 PDF(&D)…"), QKeySequence(), lambda: self.meeting_pack.export_pdf()),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(keys)
            action.setToolTip(self.tr("会议材料：封面、关键数字、图表及其说明、数据表和计算方法，按「负担看板」的筛选条件"))
            action.triggered.connect(slot)
            file_menu.addAction(action)
        file_menu.addSeparator()
        settings_action = QAction(self.tr("设置(&S)…"), self)
        settings_action.setObjectName("showSettings")
        settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        settings_action.triggered.connect(self.show_settings)
        file_menu.addAction(settings_action)
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._fill_go_menu()
        help_action = QAction(self.tr("使用帮助(&H)"), self)
        help_action.setObjectName("showHelp")
        help_action.setShortcut(QKeySequence("F1"))
        help_action.triggered.connect(self.show_help)
        help_menu.addAction(help_action)
        guide_action = QAction(self.tr("入门向导(&G)…"), self)
        guide_action.setObjectName("firstStartGuide")
        guide_action.triggered.connect(lambda: self.first_start(force=True))
        help_menu.addAction(guide_action)
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self._show_role_actions()

    def _show_role_actions(self) -> None:
        """The 文件 menu offers what the role does: a cadre exports a survey file, a supervisor imports and prints."""
        shown = roles.page_keys(self.role)
        for action in self.help_menu.actions():
            if action.objectName() == "firstStartGuide":  # the cadre's guide: profile, a first tool, the minutes
                action.setVisible("tools" in shown)
        for action in self.file_menu.actions():
            if action.objectName() == "exportSurveyFile":
                action.setVisible("export" in shown or "tools" in shown)
            elif action.objectName() in ("importSurveyFiles", "printPreview", "printReport", "exportReportPdf"):
                action.setVisible("import" in shown)

    def _fill_go_menu(self) -> None:
        """页面: the role's pages, Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth, as the digits sit on the keyboard."""
        self.go_menu.clear()
        shown, both = self._shown_pages()
        for number, page in enumerate(shown, 1):
            if both and page.key == SUPERVISOR_PAGES[0]:
                self.go_menu.addSection(self.tr("汇总（上级）"))
            action = QAction(self._page_title(page.key), self)
            if number <= 10:
                action.setShortcut(QKeySequence(f"Ctrl+{number % 10}"))
            action.triggered.connect(lambda _=False, k=page.key: self._go_to(k))
            self.go_menu.addAction(action)

    def show_page(self, key: str) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(KEY_ROLE) == key:
                self.nav.setCurrentRow(row)
                return
        raise KeyError(key)

    def refresh_current_page(self) -> None:
        """After the data changed underneath (a restore, a destruction): the page on screen reads it again."""
        self._show_page(self.nav.currentRow())

    def _go_to(self, key: str) -> None:
        """Ctrl+digit: the page, with the keyboard focus on its first control."""
        from .accessibility import focus_page

        self.show_page(key)
        focus_page(self.pages[key])

    def _show_page(self, row: int) -> None:
        key = self.nav.item(row).data(KEY_ROLE) if row >= 0 else None
        if key is None or self.storage is None:  # no page before the database is open
            return
        from .accessibility import label_controls

        page = self.pages[key]
        page.refresh()
        label_controls(page)  # screen-reader names for controls a refresh may have added
        self.heading.setText(self._page_title(key))
        self.stack.setCurrentWidget(page)
        self._show_steps(key)
        # A stacked widget is as wide as its widest page; only the page on screen may set the width,
        # or one wide page (the dashboard in English) would make every page scroll sideways.
        ignored, preferred = QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        for made in self.pages.made():
            made.setSizePolicy(*((preferred, preferred) if made is page else (ignored, ignored)))
        self.stack.adjustSize()
        QSettings().setValue(self._kept("page"), key)

    def show_help(self):
        """F1: the in-app guide, opened at the section of the page on screen."""
        from .help_dialog import open_help

        return open_help(self, self.stack.currentWidget().objectName().removeprefix("page_"))

    def first_start(self, force: bool = False):
        """The guided first start over this window: for a fresh database, or on request from the 帮助 menu."""
        from . import first_start

        return first_start.start(self, force)

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        role = SettingsDialog.ask(self, self.role)
        if role is not None:
            self.nav.setFixedWidth(round(180 * current_font_scale()))
            if role != self.role:
                self.set_role(role)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("关于指尖减负调查"),
            self.tr("指尖减负调查 {0}\n匿名记录政务应用、公众号和工作群给基层带来的负担。\n数据只保存在本机：{1}").format(
                __version__, self.storage.path),
        )

    def _kept(self, what: str) -> str:
        """The QSettings key of `what` ("page", "geometry") for this database: a cadre's own file and the
        township's each open as they were left. A digest of the path, not the path, which may hold a name."""
        if self.storage is None or self.storage.path is None:
            return f"main/{what}"
        if self._kept_for != self.storage.path:  # worked out once per database, not at every page switch
            digest = hashlib.sha256(str(Path(self.storage.path).resolve()).encode("utf-8")).hexdigest()[:16]
            self._kept_for, self._kept_prefix = self.storage.path, f"databases/{digest}"
        return f"{self._kept_prefix}/{what}"

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        self._clamp_to_screen()

    def _clamp_to_screen(self) -> None:
        """Inside the free area of the screen the window opens on, title bar included: 1180×760 overhung a
        1366×768 screen, and a geometry saved on another screen came back off it or tiny (292×240)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        most_w, most_h = room.width() - 8, room.height() - TITLE_BAR - 8
        width, height = min(self.width(), most_w), min(self.height(), most_h)
        if width < min(640, most_w) or height < min(480, most_h):  # too small to work in: the usual size
            width, height = min(1180, most_w), min(760, most_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = max(min(self.x(), room.x() + room.width() - width - 8), room.x())
        y = max(min(self.y(), room.y() + room.height() - height - TITLE_BAR - 8), room.y())
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    # survey files ----------------------------------------------------------------------
    def export_survey_file(self) -> None:
        from ui.cadre.export_dialog import ExportDialog

        ExportDialog.ask(self, self.storage)

    def import_survey_files(self) -> None:
        if self._imports_here():
            self.show_page("import")
            self.pages["import"].add_files()

    def _imports_here(self) -> bool:
        """A cadre's own database takes in no one else's answers: files handed to it are refused with a word on
        how to gather them, not imported into the cadre's file."""
        if "import" in roles.page_keys(self.role):
            return True
        from ui.common.file_widgets import show_info

        show_info(self, self.tr("这里是填报用的数据文件"), self.tr(
            "这个数据文件用于填报您自己的负担，不导入别人的答卷。\n"
            "负责汇总的单位请在「文件 → 设置」里把「用途」改为「汇总单位」或「两者都用」，或者用另一个数据文件汇总。"))
        return False

    def open_files(self, paths: list) -> None:
        """Files given at start (a double-click in the file manager): a wave file from the organiser is loaded
        for the cadre's next export; survey files and archives are imported."""
        waves = [p for p in paths if p.suffix.lower() == ".bwave"]
        for path in waves:
            self.load_wave_file(path)
        survey_files = [p for p in paths if p not in waves]
        if survey_files and self._imports_here():
            self.show_page("import")
            self.pages["import"].import_when_free(survey_files)

    def load_wave_file(self, path) -> None:
        from burden_survey.survey_files.crypto import shown_key_id
        from ui.cadre.wave_key_dialog import load_confirmed
        from ui.common.file_widgets import show_info

        loaded = load_confirmed(self, self.storage, path)
        if loaded is None:
            return
        wave = loaded.wave
        text = self.tr("已载入调查批次「{0}」（{1}）。导出调查文件时请选择这个批次。").format(wave.title, wave.id)
        if loaded.key_id:
            text += "\n" + self.tr("这个批次的答卷将加密，只有组织者能打开（密钥编号 {0}）。").format(shown_key_id(loaded.key_id))
        if loaded.note:  # a wave first met in survey files takes its diary window from this file
            text += "\n" + loaded.note + "。"
        show_info(self, self.tr("已载入调查批次"), text)

    def dragEnterEvent(self, event) -> None:
        from ui.supervisor.import_page import local_paths

        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        from ui.supervisor.import_page import local_paths

        paths = local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            if not self._imports_here():
                return
            self.show_page("import")
            self.pages["import"].start_import(paths)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())  # the next database's start, until it has its own
        QSettings().setValue(self._kept("geometry"), self.saveGeometry())
        # A running import is stopped after its current file; the thread must end before the window goes.
        # Only pages that were made can have work running.
        for page in self.pages.made():
            page.stop_background_work()
        if self._meeting_pack is not None:
            self._meeting_pack.stop_background_work()
        if self._housekeeping is not None:
            self._housekeeping.stop_background_work()
        if self.instance_server is not None:
            self.instance_server.close()
        super().closeEvent(event)
