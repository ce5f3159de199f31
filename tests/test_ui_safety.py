"""「数据安全」: a supervisor backs up and restores, sets retention dates, destroys what is due and reads the log."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from burden_survey.store import backups, retention
from burden_survey.cli.demo import write_demo_files
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey.survey_file import Wave
from ui.common.confirm import Confirm
from ui.common.file_widgets import FileDialogs
from ui.shell.main_window import MainWindow
from ui.safety.safety_dialogs import RetentionDialog
from ui.safety.safety_page import SafetyPage

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
YESTERDAY = date.today() - timedelta(days=1)


@pytest.fixture(scope="module")
def answer_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("incoming")
    return write_demo_files(folder, 3, seed=8, until=YESTERDAY, wave=WAVE, days=5, apps=(2, 3), groups=(1, 2))


@pytest.fixture
def county(storage, answer_files):
    import_paths(storage, answer_files, accept_new_waves=True)
    return storage


def make_page(qtbot, storage) -> SafetyPage:
    page = SafetyPage(storage)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(monkeypatch, yes: bool) -> list[str]:
    """The user's answer to the confirmation; returns the questions asked."""
    asked = []

    def ask(cls, parent, title, text, details, yes_text):
        asked.append(f"{title}\n{text}\n{details}")
        return yes

    monkeypatch.setattr(Confirm, "ask", classmethod(ask))
    return asked


def shown(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_page_sits_last_among_the_supervisors_pages_and_has_three_tabs(qtbot, storage):
    window = MainWindow(storage)
    qtbot.addWidget(window)
    window.show_page("safety")

    assert window.heading.text() == "数据安全"
    page = window.pages["safety"]
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["备份", "保留期限", "操作记录"]


def test_without_backups_the_tab_says_how_to_start(qtbot, storage):
    page = make_page(qtbot, storage)

    tab = page.backups_tab
    assert tab.stack.currentWidget() is tab.empty_label and "立即备份" in tab.empty_label.text()
    assert not tab.restore_button.isEnabled() and tab.usage_label.isHidden()


def test_backing_up_now_adds_a_row(qtbot, county):
    tab = make_page(qtbot, county).backups_tab
    rows = tab.model.rowCount()

    click(qtbot, tab.backup_button)
    assert "正在备份" in tab.status_label.text() and not tab.backup_button.isEnabled()  # on a worker thread
    qtbot.waitUntil(lambda: tab.job is None)

    assert tab.model.rowCount() == rows + 1 and tab.backup_button.isEnabled()
    assert tab.stack.currentWidget() is tab.table
    assert shown(tab.model, 1)[0] == "手动" and shown(tab.model, 2)[0] == "3"
    assert "已备份" in tab.status_label.text()
    assert tab.usage_label.text().startswith(f"共 {rows + 1} 个备份，合计") and "上限 4.0 GB" in tab.usage_label.text()


def test_restoring_a_backup_shows_the_old_data_on_the_other_pages(qtbot, county, answer_files, tmp_path, monkeypatch):
    window = MainWindow(county)
    qtbot.addWidget(window)
    window.show()
    window.show_page("safety")
    tab = window.pages["safety"].backups_tab
    click(qtbot, tab.backup_button)  # three answers
    qtbot.waitUntil(lambda: tab.job is None)
    more = write_demo_files(tmp_path / "more", 2, seed=9, until=YESTERDAY, wave=WAVE, days=5, apps=(2, 3),
                            groups=(1, 2))
    import_paths(county, more)  # five answers now
    window.show_page("returns")
    assert "5 份答卷" in window.pages["returns"].total_label.text()
    window.show_page("safety")
    asked = answer(monkeypatch, yes=True)

    tab.table.selectRow(shown(tab.model, 1).index("手动"))
    click(qtbot, tab.restore_button)

    assert "先把当前数据另存为" in asked[0] and "3 份答卷" in asked[0]
    assert "已恢复" in tab.status_label.text()
    assert shown(tab.model, 1)[0] == "恢复前" and shown(tab.model, 2)[0] == "5"
    window.show_page("returns")
    assert "3 份答卷" in window.pages["returns"].total_label.text()
    audit = window.pages["safety"].audit_tab
    assert shown(audit.model, 1)[0] == "恢复备份"


def test_a_restore_the_user_cancels_changes_nothing(qtbot, county, monkeypatch):
    tab = make_page(qtbot, county).backups_tab
    click(qtbot, tab.backup_button)
    qtbot.waitUntil(lambda: tab.job is None)
    answer(monkeypatch, yes=False)

    click(qtbot, tab.restore_button)

    assert tab.model.rowCount() == 1 and "已恢复" not in tab.status_label.text()


def test_the_folder_button_opens_the_backup_folder(qtbot, county, monkeypatch):
    opened = []
    monkeypatch.setattr("ui.safety.backups_tab.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    tab = make_page(qtbot, county).backups_tab

    click(qtbot, tab.folder_button)

    assert opened == [str(backups.backup_folder(county))]


def test_a_retention_date_is_set_and_due_answers_are_destroyed_with_a_record(qtbot, county, monkeypatch):
    page = make_page(qtbot, county)
    page.tabs.setCurrentWidget(page.retention_tab)
    tab = page.retention_tab
    assert shown(tab.model, 0) == [WAVE.id] and shown(tab.model, 2) == ["3"] and shown(tab.model, 3) == ["不限"]
    assert not tab.destroy_button.isEnabled() and not tab.records_table.isVisible()
    monkeypatch.setattr(RetentionDialog, "ask", classmethod(lambda cls, parent, wave, today: (True, YESTERDAY)))

    tab.table.selectRow(0)
    click(qtbot, tab.set_button)

    assert shown(tab.model, 3) == [f"{YESTERDAY.isoformat()}（已到期）"]
    assert "3 份答卷待销毁" in tab.due_label.text()
    asked = answer(monkeypatch, yes=True)
    click(qtbot, tab.destroy_button)

    assert f"{WAVE.id} {WAVE.title}：3 份答卷" in asked[0] and "无法恢复" in asked[0]
    assert shown(tab.model, 2) == ["0"]
    assert tab.records_table.isVisible()
    assert shown(tab.records_model, 1) == [f"{WAVE.id} {WAVE.title}"] and shown(tab.records_model, 3) == ["3"]
    assert county.counts()["respondents"] == 0
    assert [b.reason for b in backups.list_backups(county)] == ["daily"]
    assert shown(page.backups_tab.model, 1) == ["每日自动"]  # the other tabs show the change too
    assert shown(page.audit_tab.model, 1)[:2] == ["到期销毁", "保留期限"]


def test_the_retention_dialog_offers_a_date_or_no_limit(qtbot, county):
    [wave] = retention.wave_retention(county)
    dialog = RetentionDialog(wave, date(2026, 11, 22))
    qtbot.addWidget(dialog)

    assert dialog.unlimited_box.isChecked() and dialog.chosen() is None and not dialog.date_edit.isEnabled()
    dialog.unlimited_box.click()
    assert dialog.chosen() == date(2027, 12, 31)


def test_the_audit_tab_lists_an_import_and_filters_by_action(qtbot, county, tmp_path, monkeypatch):
    backups.make_backup(county, "manual")
    page = make_page(qtbot, county)
    page.tabs.setCurrentWidget(page.audit_tab)
    tab = page.audit_tab

    assert shown(tab.model, 1) == ["备份", "导入"]
    assert "第 1 次导入，3 个文件" in shown(tab.model, 3)[1]
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("import"))
    assert shown(tab.model, 1) == ["导入"]
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("destroy"))
    assert tab.stack.currentWidget() is tab.empty_label and "没有「到期销毁」的记录" in tab.empty_label.text()

    tab.filter_combo.setCurrentIndex(0)
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(lambda cls, *args: tmp_path / "记录"))
    click(qtbot, tab.export_button)
    text = (tmp_path / "记录.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "时间,操作,批次,说明" and "导入" in text


def test_the_tables_models_are_sound(qtbot, qtmodeltester, county):
    backups.make_backup(county, "manual")
    retention.set_retain_until(county, WAVE.id, YESTERDAY)
    retention.destroy_due(county)
    page = make_page(qtbot, county)
    for model in (page.backups_tab.model, page.retention_tab.model, page.retention_tab.records_model,
                  page.audit_tab.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_a_backup_the_disk_has_no_room_for_is_explained_and_the_tab_stays_usable(qtbot, county, monkeypatch):
    from burden_survey.store import backup_budget

    shown_errors = []
    monkeypatch.setattr("ui.safety.backups_tab.show_error", lambda parent, exc: shown_errors.append(exc))
    monkeypatch.setattr(backup_budget, "RESERVE", 2 ** 62)
    tab = make_page(qtbot, county).backups_tab

    click(qtbot, tab.backup_button)
    qtbot.waitUntil(lambda: tab.job is None)

    [error] = shown_errors
    assert "磁盘只剩" in error.message and tab.model.rowCount() == 0
    assert tab.backup_button.isEnabled() and "正在备份" not in tab.status_label.text()


def test_the_backup_folder_is_told_and_copied_when_no_file_manager_opens_it(qtbot, storage, monkeypatch):
    from PySide6.QtGui import QDesktopServices, QGuiApplication

    from burden_survey.store import backups
    from ui.safety.backups_tab import BackupsTab

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    tab = BackupsTab(storage)
    qtbot.addWidget(tab)
    tab.open_folder()
    folder = str(backups.backup_folder(storage))
    assert folder in tab.status_label.text() and QGuiApplication.clipboard().text() == folder  # before: silence
