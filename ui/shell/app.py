"""Start the desktop app: Qt application, bundled font, translations, stylesheet, database, window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from burden_survey.store import first_look
from burden_survey.system import paths
from burden_survey.system.errors import BurdenSurveyError
from ui.common import appearance, said
from ui.common.errors import install_excepthook, show_error

if TYPE_CHECKING:  # loaded after the window is on screen (sqlite-utils alone takes longer than Qt's window)
    from burden_survey.store.storage import Storage

    from .main_window import MainWindow


def create_application(argv: list[str] | None = None, language: str | None = None,
                       font_scale: int | None = None) -> QApplication:
    """The QApplication with our names (for QSettings), the bundled Chinese font and Qt's own translation.

    Language and text size default to what the user chose in 设置 (ui/common/appearance.py).
    """
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    use_settings_file()
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


def use_settings_file() -> None:
    """Settings go to an INI file on every system, never the Windows registry: one place to find, back up and
    remove, and a folder that tests (and a portable copy) can point elsewhere."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = paths.settings_dir()
    if folder is not None:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


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
    said.set_language(language)
    if language == "zh_CN":
        gaps = QtGaps(app)
        app.installTranslator(gaps)
        _installed_translators.append(gaps)


_installed_translators: list[QTranslator] = []


class QtGaps(QTranslator):
    """Qt 6's own labels that its Chinese translation lacks: the file dialog's 「&Look in:」 and 「Files of &type:」
    (its translation has them without the shortcut mark), so the Chinese UI's file dialog said "Look in:"."""

    TEXTS = {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.TEXTS.get((context, source))  # None, not "": Qt then asks the next translator

    def isEmpty(self) -> bool:
        return False


def open_window(storage: Storage, open_paths: list[Path] = ()):
    """Ask the database's role once, show a cadre the notice until it is acknowledged, then the main window; None
    if the user closed either question."""
    from . import roles
    from .main_window import MainWindow
    from .notice_dialog import NoticeDialog
    from .role_dialog import RoleDialog

    role = roles.role_of(storage)
    if role is None:
        role = RoleDialog.ask(None)
        if role is None:
            return None
        roles.set_role(storage, role)
    if role != roles.SUPERVISOR and storage.notice_acknowledged_at() is None and not NoticeDialog.ask(None, storage):
        return None
    window = MainWindow(storage)
    window.show()
    window.first_start()  # a cadre's fresh database: the guide follows the notice
    after_open(window, open_paths)
    return window


def launch(db_path: Path, open_paths: list[Path] = ()) -> MainWindow | int:
    """The main window on screen (its database opening just after), or the exit code when there is none.

    A database whose role is chosen (and whose cadre has acknowledged the notice) shows the window frame at once;
    the database, and with it the first page, follows in the next turn of the event loop. A first start (or a file
    we cannot peek into) takes the long way: open the database, ask the role, show the notice, then the window.
    """
    from .main_window import MainWindow

    role = first_look.ready_role(db_path)
    if role is None:
        storage = _open_storage(db_path, None)
        if storage is None:
            return 1
        window = open_window(storage, open_paths)
        if window is None:
            storage.close()
            return 0
        return window
    window = MainWindow(role=role)
    window.show()
    # Paint the frame now; the database is opened only after the window is on screen.
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    QTimer.singleShot(0, lambda: _attach_storage(window, db_path, open_paths))
    return window


def _attach_storage(window: MainWindow, db_path: Path, open_paths: list[Path]) -> None:
    storage = _open_storage(db_path, window)
    if storage is None:
        window.close()
        QApplication.exit(1)
        return
    window.attach(storage)
    after_open(window, open_paths)


def _open_storage(db_path: Path, parent) -> Storage | None:
    """The database, once this process holds its lock: a second window on the same file is told and stops.

    Later starts are listened for before the database opens (a migration or a slow stick may take a while), and
    while the first-start notice is on screen: what they hand over waits for the window."""
    from burden_survey.store.storage import Storage
    from burden_survey.system.logging_setup import setup_logging

    setup_logging()
    key = db_path.resolve()
    try:
        _hold(db_path)
        listen(db_path)
        return Storage.open(db_path)
    except BurdenSurveyError as exc:
        if key in _servers:
            _servers.pop(key)[0].close()
        if key in _locks:
            _locks.pop(key).release()
        show_error(parent, exc)
        return None


def _hold(db_path: Path) -> None:
    """Take the database's lock for this process (once); DatabaseInUse when another program holds it."""
    from burden_survey.system import instance_lock

    key = db_path.resolve()
    if key not in _locks:
        _locks[key] = instance_lock.acquire(db_path)


# The databases this process has open, each locked against a second copy of the program (released at exit).
_locks: dict = {}


def release_locks() -> None:
    while _servers:
        _servers.popitem()[1][0].close()
    while _locks:
        _locks.popitem()[1].release()


def after_open(window: MainWindow, open_paths: list[Path]) -> None:
    """Once the database is open: the day's housekeeping (on a worker thread), listening for files that later
    double-clicks hand over, then what a double-click on a file asked for (survey files and archives go to
    「导入答卷」)."""
    window.housekeeping.start()
    _listen_for_later_starts(window)
    if open_paths:
        window.open_files(list(open_paths))


def _listen_for_later_starts(window: MainWindow) -> None:
    """What later programs on this database hand over (listened for since the lock was taken) goes to this window."""
    if window.storage is None or window.storage.path is None:
        return
    server, inbox = listen(Path(window.storage.path))
    inbox.set_window(window)
    window.instance_server = server


def listen(db_path: Path):
    """(server, inbox) of the database this process holds, made once."""
    key = db_path.resolve()
    if key not in _servers:
        from .single_instance import Inbox, InstanceServer

        server, inbox = InstanceServer(db_path), Inbox()
        server.files_received.connect(inbox.add)
        if not server.listen():  # later starts then say 「数据文件正在使用」, as before this window listened
            import logging

            logging.getLogger("burden_survey").warning("本窗口无法接收之后双击的文件：%s", server.server.errorString())
        _servers[key] = (server, inbox)
    return _servers[key]


# The local servers this process listens on, one per database it holds (closed with the locks).
_servers: dict = {}


def handed_over(db_path: Path, open_paths: list[Path]) -> bool:
    """Take the database's lock for the window about to open; True when another window holds it and took the
    files (or, with none, came forward) instead. Decided before anything is drawn, so the 19 other programs of
    20 files opened at once never show a window."""
    from burden_survey.system import instance_lock

    try:
        _hold(db_path)
        return False
    except instance_lock.DatabaseInUse:
        from .single_instance import forward

        return forward(db_path, open_paths)  # False: a command holds it; the window then says so
    except instance_lock.LockUnavailable:
        return False  # the window says why when it opens the database


def run_gui(db_path: Path | None = None, open_paths: list[Path] = ()) -> int:
    app = create_application()
    install_excepthook()
    db_path = Path(db_path or paths.default_db_path())
    if handed_over(db_path, list(open_paths)):
        return 0
    window = launch(db_path, list(open_paths))
    if isinstance(window, int):
        release_locks()
        return window
    code = app.exec()
    if window.storage is not None:
        window.storage.close()
    release_locks()
    return code
