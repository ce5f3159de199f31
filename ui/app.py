"""Start the desktop app: Qt application, bundled font, translations, stylesheet, database, window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from burden_survey import paths
from burden_survey.errors import BurdenSurveyError
from burden_survey.logging_setup import setup_logging
from burden_survey.storage import Storage

from . import appearance
from .errors import install_excepthook, show_error


def create_application(argv: list[str] | None = None, language: str | None = None,
                       font_scale: int | None = None) -> QApplication:
    """The QApplication with our names (for QSettings), the bundled Chinese font and Qt's own translation.

    Language and text size default to what the user chose in 设置 (ui/appearance.py).
    """
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName(app.translate("app", "指尖减负调查"))
    font_id = QFontDatabase.addApplicationFont(str(paths.font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        app.setFont(QFont(families[0], 10))
    install_translators(app, language or appearance.saved_language())
    icon = paths.resource("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # The app font's size and the stylesheet, both scaled for the large-text mode.
    appearance.apply_font_scale(app, font_scale or appearance.saved_font_scale())
    return app


def install_translators(app: QApplication, language: str) -> None:
    """Qt's own dialogs (OK/Cancel, file dialogs) speak the same language as ours."""
    QLocale.setDefault(QLocale(language))
    # Calling it again switches language: the previous language's translators go first.
    while _installed_translators:
        app.removeTranslator(_installed_translators.pop())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("burden_survey", str(paths.resource("translations")))):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            _installed_translators.append(translator)


_installed_translators: list[QTranslator] = []


def open_window(storage: Storage):
    """Show the notice until it is acknowledged, then the main window; None if the user declined."""
    from .main_window import MainWindow
    from .notice_dialog import NoticeDialog

    if storage.notice_acknowledged_at() is None and not NoticeDialog.ask(None, storage):
        return None
    window = MainWindow(storage)
    window.show()
    window.first_start()  # a fresh database: the guide follows the notice
    return window


def run_gui(db_path: Path | None = None) -> int:
    app = create_application()
    setup_logging()
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
