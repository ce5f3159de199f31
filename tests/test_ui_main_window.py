"""The window a cadre sees: the notice first, then pages reached by click or Ctrl+number, remembered size."""

from PySide6.QtCore import Qt

from burden_survey.survey.model import Profile
from ui.shell import app as app_module
from ui.shell.main_window import MainWindow
from ui.shell.notice_dialog import NoticeDialog
from ui.shell.role_dialog import RoleDialog


def make_window(qtbot, storage):
    window = MainWindow(storage)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):  # shortcuts reach only the active window
        window.show()
        window.activateWindow()
    return window


def test_a_first_start_opens_on_the_profile_page(qtbot, storage):
    window = make_window(qtbot, storage)
    assert window.stack.currentWidget() is window.pages["profile"]
    assert window.heading.text() == "基本情况"


def test_ctrl_and_a_number_switches_pages(qtbot, storage):
    window = make_window(qtbot, storage)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["daily_log"]
    assert window.heading.text() == "每日用时"


def test_the_window_remembers_its_size_and_last_page(qtbot, storage):
    storage.save_profile(Profile(county_code="320205"))
    window = make_window(qtbot, storage)
    window.resize(760, 560)  # the offscreen screen is 800 × 600
    size = window.size()
    window.show_page("quotas")
    window.close()
    again = make_window(qtbot, storage)
    assert again.size() == size
    assert again.stack.currentWidget() is again.pages["quotas"]


def test_the_last_page_is_kept_per_database_not_per_user(qtbot, storage, tmp_path):
    from burden_survey.store.storage import Storage

    storage.save_profile(Profile(county_code="320205"))
    window = make_window(qtbot, storage)
    window.show_page("quotas")
    window.close()
    other = Storage.open(tmp_path / "township.db")
    other.save_profile(Profile(county_code="320205"))
    elsewhere = make_window(qtbot, other)
    assert elsewhere.stack.currentWidget() is elsewhere.pages["tools"]  # before: 摊派下载, the other file's page
    other.close()


def test_a_window_saved_on_a_bigger_screen_opens_inside_this_one(qtbot, storage):
    storage.save_profile(Profile(county_code="320205"))
    window = make_window(qtbot, storage)
    window.setGeometry(900, 700, 1900, 1040)  # as left on a 1920×1080 screen
    window.close()
    again = make_window(qtbot, storage)
    room = again.screen().availableGeometry()
    assert room.contains(again.geometry()) and again.width() <= room.width() and again.height() <= room.height()


def test_the_first_window_fits_the_screen(qtbot, storage):
    window = make_window(qtbot, storage)  # no saved geometry: 1180×760 overhung a 768-pixel screen
    room = window.screen().availableGeometry()
    assert window.height() + 32 <= room.height() and window.width() <= room.width()


def test_declining_the_notice_opens_no_window(qtbot, storage, monkeypatch):
    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent=None: "cadre"))
    monkeypatch.setattr(NoticeDialog, "ask", classmethod(lambda cls, parent, store: False))
    assert app_module.open_window(storage) is None


def test_accepting_the_notice_opens_the_main_window(qtbot, storage, monkeypatch):
    def agree(cls, parent, store):
        store.acknowledge_notice("2026.1")
        return True

    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, parent=None: "cadre"))
    monkeypatch.setattr(NoticeDialog, "ask", classmethod(agree))
    window = app_module.open_window(storage)
    qtbot.addWidget(window)
    assert window.isVisible() and storage.notice_acknowledged_at() is not None


def test_a_damaged_database_file_is_reported_not_crashed_on(qtbot, tmp_path):
    bad = tmp_path / "damaged.db"
    bad.write_bytes(b"not a database at all" * 200)
    assert app_module.run_gui(bad) == 1


def test_a_wide_page_does_not_make_every_other_page_scroll_sideways(qtbot, storage):
    window = make_window(qtbot, storage)
    window.show_page("dashboard")
    window.show_page("profile")
    profile = window.pages["profile"]
    assert window.stack.minimumSizeHint().width() <= profile.minimumSizeHint().width() + 20


def test_a_saved_change_on_any_page_is_told_in_the_status_bar(qtbot, storage):
    window = make_window(qtbot, storage)
    page = window.pages["profile"]
    with qtbot.waitSignal(page.changed, timeout=1000):
        page.post.setCurrentIndex(page.post.findData("grid"))
    assert window.statusBar().currentMessage() == "已保存"
