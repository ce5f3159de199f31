"""The main window: a navigation list on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout, QWidget,
)

from burden_survey import __version__
from burden_survey.storage import Storage

from .burden_page import BurdenPage
from .daily_log_page import DailyLogPage
from .profile_page import ProfilePage
from .quotas_page import QuotasPage
from .rules_page import RulesPage
from .tools_page import ToolsPage

# (object name, page class); titles are set in _page_title so that tr() sees them.
PAGES = [
    ("profile", ProfilePage),
    ("tools", ToolsPage),
    ("daily_log", DailyLogPage),
    ("quotas", QuotasPage),
    ("rules", RulesPage),
    ("burden", BurdenPage),
]


class MainWindow(QMainWindow):
    """Pages share one Storage; a page reloads from it each time it is shown."""

    def __init__(self, storage: Storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.setWindowTitle(self.tr("指尖减负调查"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for key, page_class in PAGES:
            page = page_class(storage, self)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self._page_title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)

        self.heading = QLabel(self)
        self.heading.setObjectName("pageHeading")

        central = QWidget(self)
        right = QVBoxLayout()
        right.setContentsMargins(0, 6, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.stack, 1)
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
        self._load_state()

    def _page_title(self, key: str) -> str:
        return {
            "profile": self.tr("基本情况"),
            "tools": self.tr("我的数字任务"),
            "daily_log": self.tr("每日用时"),
            "quotas": self.tr("摊派下载"),
            "rules": self.tr("规定对照"),
            "burden": self.tr("我的负担"),
        }[key]

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        quit_action = QAction(self.tr("退出(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("页面(&P)"))
        for row, (key, _) in enumerate(PAGES):
            action = QAction(self._page_title(key), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.nav.setCurrentRow(r))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于(&A)"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow([k for k, _ in PAGES].index(key))

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row][0]
        page = self.pages[key]
        page.refresh()
        self.heading.setText(self._page_title(key))
        self.stack.setCurrentWidget(page)
        QSettings().setValue("main/page", key)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("关于指尖减负调查"),
            self.tr("指尖减负调查 {0}\n匿名记录政务应用、公众号和工作群给基层带来的负担。\n数据只保存在本机：{1}").format(
                __version__, self.storage.path),
        )

    def _load_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        self._where.setText(self.tr("数据文件：{0}").format(self.storage.path))
        keys = [k for k, _ in PAGES]
        last = settings.value("main/page", "tools")
        first_visit = not self.storage.load_profile().county_code
        self.nav.setCurrentRow(keys.index("profile" if first_visit else last if last in keys else "tools"))

    def closeEvent(self, event) -> None:
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
