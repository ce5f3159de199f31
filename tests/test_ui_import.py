"""「导入答卷」: the supervisor adds or drops survey files and watches them land, each with its outcome."""

import shutil

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from uihelpers import SAMPLE_FILES, choose, respondents, shown

from burden_survey.survey_files.importer import import_paths
from ui.supervisor.import_page import ImportPage, ResultsModel
from ui.shell.main_window import MainWindow

RESPONDENTS = SAMPLE_FILES  # the demo_files fixture (conftest.py)


@pytest.fixture
def page(qtbot, storage):
    page = ImportPage(storage)
    qtbot.addWidget(page)
    page.show()
    return page


def import_folder(qtbot, page, monkeypatch, folder, accept_new_waves=True):
    if page.new_waves_box.isChecked() != accept_new_waves:
        page.new_waves_box.click()
    choose(monkeypatch, "folder", folder)
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def test_importing_a_folder_fills_the_results_table_and_the_database(qtbot, page, monkeypatch, demo_files, reopen):
    import_folder(qtbot, page, monkeypatch, demo_files[0].parent)

    assert shown(page.results_model, 1) == ["已导入"] * RESPONDENTS
    assert sorted(shown(page.results_model, 0)) == sorted(p.name for p in demo_files)
    assert page.summary_label.text() == f"共 {RESPONDENTS} 个文件：已导入 {RESPONDENTS}"
    assert respondents(reopen()) == RESPONDENTS
    assert page.history_model.rowCount() == 1
    assert not page.progress_row.isVisible()


def test_the_same_files_again_are_skipped_as_duplicates(qtbot, page, monkeypatch, demo_files, reopen):
    import_folder(qtbot, page, monkeypatch, demo_files[0].parent)
    import_folder(qtbot, page, monkeypatch, demo_files[0].parent)

    assert shown(page.results_model, 1) == ["重复（已跳过）"] * RESPONDENTS
    assert page.summary_label.text() == f"共 {RESPONDENTS} 个文件：重复 {RESPONDENTS}"
    assert respondents(reopen()) == RESPONDENTS
    assert page.history_model.rowCount() == 2


def test_a_bad_file_shows_as_rejected_with_its_reason_in_red(qtbot, page, monkeypatch, demo_files, tmp_path, reopen):
    folder = tmp_path / "收到的文件"
    folder.mkdir()
    shutil.copy(demo_files[0], folder)
    (folder / "照片.bsurvey").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 200)
    import_folder(qtbot, page, monkeypatch, folder)

    model = page.results_model
    rejected = shown(model, 0).index("照片.bsurvey")
    assert rejected == 0  # problems are listed first
    assert model.data(model.index(rejected, 1)) == "已拒绝"
    assert "不是调查文件" in model.data(model.index(rejected, 2))
    assert model.data(model.index(rejected, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1 - rejected, 1), Qt.ItemDataRole.ForegroundRole) is None
    assert page.summary_label.text() == "共 2 个文件：已导入 1，已拒绝 1"
    assert "被拒绝" in page.status_label.text()
    assert respondents(reopen()) == 1


def test_files_of_an_unknown_wave_are_refused_unless_new_waves_are_accepted(qtbot, page, monkeypatch, demo_files,
                                                                            reopen):
    import_folder(qtbot, page, monkeypatch, demo_files[0].parent, accept_new_waves=False)

    assert shown(page.results_model, 1) == ["已拒绝"] * RESPONDENTS
    assert all("自动登记新批次" in reason for reason in shown(page.results_model, 2))
    assert respondents(reopen()) == 0


def test_cancel_stops_after_the_current_file_and_keeps_it(qtbot, page, monkeypatch, demo_files, reopen):
    def cancel_after_first_file(job):
        # Runs on the worker thread the moment a file is done, so the next file is certainly not started.
        job.runner.progress.connect(lambda *_: job.cancel(), Qt.ConnectionType.DirectConnection)

    page.import_started.connect(cancel_after_first_file)
    report = import_folder(qtbot, page, monkeypatch, demo_files[0].parent)

    assert report.cancelled and len(report.results) == 1
    assert page.results_model.rowCount() == 1
    assert page.summary_label.text() == (f"已取消：处理了 1 个文件（共 {RESPONDENTS} 个）：已导入 1。"
                                         f"其余 {RESPONDENTS - 1} 个文件未导入。")
    assert respondents(reopen()) == 1
    assert page.history_model.data(page.history_model.index(0, 8)) == "已取消"


def test_the_cancel_button_asks_the_running_import_to_stop(qtbot, page, monkeypatch, demo_files, reopen):
    page.new_waves_box.click()
    choose(monkeypatch, "folder", demo_files[0].parent)
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isVisible() and not page.add_folder_button.isEnabled()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
        assert page.job.is_cancelled() and not page.cancel_button.isEnabled()

    # However far the worker got, what the table says landed is exactly what the database holds.
    assert respondents(reopen()) == done.args[0].count("imported") == page.results_model.rowCount()


def drop(widget, paths) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event


def test_dropping_a_file_on_the_page_imports_it(qtbot, page, demo_files, reopen):
    page.new_waves_box.click()
    with qtbot.waitSignal(page.imported, timeout=30_000):
        assert drop(page, [demo_files[1]]).isAccepted()

    assert shown(page.results_model, 0) == [demo_files[1].name]
    assert respondents(reopen()) == 1


def test_files_dropped_on_another_page_go_to_the_import_page(qtbot, storage, demo_files, reopen):
    window = MainWindow(storage)
    qtbot.addWidget(window)
    window.show()
    window.pages["import"].new_waves_box.setChecked(True)
    with qtbot.waitSignal(window.pages["import"].imported, timeout=30_000):
        drop(window, demo_files[:2])

    assert window.stack.currentWidget() is window.pages["import"]
    assert respondents(reopen()) == 2


def test_ctrl_i_shows_the_import_page_and_asks_for_files(qtbot, storage, demo_files, monkeypatch, reopen):
    choose(monkeypatch, "open_files", [demo_files[2]])
    window = MainWindow(storage)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.pages["import"].new_waves_box.setChecked(True)
    with qtbot.waitSignal(window.pages["import"].imported, timeout=30_000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)

    assert window.heading.text() == "导入答卷"
    assert respondents(reopen()) == 1


def test_without_waves_or_imports_the_page_says_how_to_start(qtbot, page):
    assert page.results_stack.currentWidget() is page.results_empty
    assert page.history_stack.currentWidget() is page.history_empty
    assert "拖到这里" in page.results_empty.text()


def test_the_results_and_history_models_are_sound(qtbot, qtmodeltester, imported, demo_files, tmp_path):
    report = import_paths(imported, [demo_files[0], tmp_path / "不存在.bsurvey"])
    results = ResultsModel()
    results.set_rows(report.results)
    qtmodeltester.check(results)
    page = ImportPage(imported)
    qtbot.addWidget(page)
    qtmodeltester.check(page.history_model)
    assert (results.rowCount(), page.history_model.rowCount()) == (2, 2)


def test_results_are_grouped_by_cause_problems_first_and_the_resend_list_is_one_click(
        qtbot, page, monkeypatch, demo_files, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for path in demo_files:
        shutil.copy(path, folder / path.name)
    for n in range(3):
        (folder / f"坏文件{n}.bsurvey").write_bytes(b"not a survey file at all")
    import_folder(qtbot, page, monkeypatch, folder, accept_new_waves=True)

    groups = page.groups_label.text().splitlines()
    assert groups[0].startswith("已拒绝 · ") and groups[0].endswith("  3")  # one cause, its three files
    assert groups[-1] == f"已导入  {RESPONDENTS}"
    assert shown(page.results_model, 1)[:3] == ["已拒绝"] * 3
    qtbot.mouseClick(page.resend_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == "需要重新发送的文件（3 个）：" and all(line.startswith("坏文件") for line in copied[1:])

    # The next import starts from an empty table: before, the last run's rows stayed while the next one ran.
    choose(monkeypatch, "folder", demo_files[0].parent)
    with qtbot.waitSignal(page.imported, timeout=30_000):
        qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)
        assert page.results_model.rowCount() == 0 and not page.resend_button.isVisible()
    assert shown(page.results_model, 1) == ["重复（已跳过）"] * RESPONDENTS


def test_the_supervisor_undoes_a_wrong_import_from_its_history_line(qtbot, page, monkeypatch, demo_files, reopen):
    """Issue 17: no copy of the database before each import; the chosen import is undone from its history line."""
    import_folder(qtbot, page, monkeypatch, demo_files[0].parent)
    page.tabs.setCurrentIndex(1)
    assert not page.undo_button.isEnabled() and "选中一次导入" in page.undo_note.text()
    page.history_table.selectRow(0)
    assert page.undo_button.isEnabled()
    asked = []
    monkeypatch.setattr("ui.common.confirm.Confirm.ask",
                        classmethod(lambda cls, parent, title, text, *rest: asked.append(text) or True))

    with qtbot.waitSignal(page.changed, timeout=5_000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)

    assert asked and f"写入 {RESPONDENTS} 份答卷" in asked[0]
    assert f"已撤销第 1 次导入：移除它新增的 {RESPONDENTS} 份答卷" in page.status_label.text()
    assert respondents(reopen()) == 0
    assert shown(page.history_model, page.history_model.columnCount() - 1) == ["已撤销"]
    page.history_table.selectRow(0)
    assert not page.undo_button.isEnabled() and "已于" in page.undo_note.text()
