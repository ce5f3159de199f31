"""Start the desktop app: Qt application, bundled font, translations, stylesheet, database, window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from burden_survey import paths
from burden_survey.errors import BurdenSurveyError
from burden_survey.storage import Storage

from .errors import install_excepthook, show_error


def create_application(argv: list[str] | None = None, language: str = "zh_CN") -> QApplication:
    """The QApplication with our names (for QSettings), the bundled Chinese font and Qt's own translation."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(app.translate("app", "指尖减负调查"))
    font_id = QFontDatabase.addApplicationFont(str(paths.font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], 10))
    install_translators(app, language)
    icon = paths.resource("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    style = paths.resource("style.qss")
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def install_translators(app: QApplication, language: str) -> None:
    """Qt's own dialogs (OK/Cancel, file dialogs) speak the same language as ours."""
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("burden_survey", str(paths.resource("translations")))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)


def open_window(storage: Storage):
    """Show the notice until it is acknowledged, then the main window; None if the user declined."""
    from .main_window import MainWindow
    from .notice_dialog import NoticeDialog

    if storage.notice_acknowledged_at() is None and not NoticeDialog.ask(None, storage):
        return None
    window = MainWindow(storage)
    window.show()
    return window


def run_gui(db_path: Path | None = None) -> int:
    app = create_application()
    install_excepthook()
    try:
        storage = Storage.open(db_path or paths.default_db_path())
    except BurdenSurveyError as exc:
        show_error(None, exc)
        return 1
    window = open_window(storage)
    if window is None:
        return 0
    code = app.exec()
    storage.close()
    return code
