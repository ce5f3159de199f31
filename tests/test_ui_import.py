"""「导入答卷」: the supervisor adds or drops survey files, watches them land, and exports what was gathered."""

import csv
import shutil
import sqlite3
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from uihelpers import type_chinese

from burden_survey.cli.demo import DEMO_WAVE, write_demo_files
from burden_survey.survey_files.filestore import read_manifest
from burden_survey.survey_files.importer import import_paths
from burden_survey.spreadsheets.intake_template import write_template
from burden_survey.store import audit
from burden_survey.survey_files.wave_keys import create_wave_key
from ui.common.file_widgets import FileDialogs
from ui.supervisor.full_export_dialog import FullExportDialog
from ui.supervisor.import_page import ImportPage, ResultsModel
from ui.shell.main_window import MainWindow

RESPONDENTS = 4


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory):
    """Small sample survey files, made once: the import only reads them."""
    folder = tmp_path_factory.mktemp("incoming")
    return write_demo_files(folder, RESPONDENTS, seed=5, until=date.today() - timedelta(days=1),
                            days=5, apps=(2, 3), groups=(2, 3))


@pytest.fixture
def page(qtbot, storage):
    page = ImportPage(storage)
    qtbot.addWidget(page)
    page.show()
    return page


def choose(monkeypatch, method: str, result) -> None:
    """What the user picks in a file dialog."""
    monkeypatch.setattr(FileDialogs, method, classmethod(lambda cls, *args: result))


def import_folder(qtbot, page, monkeypatch, folder, accept_new_waves=True):
    if page.new_waves_box.isChecked() != accept_new_waves:
        page.new_waves_box.click()
    choose(monkeypatch, "folder", folder)
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        qtbot.mouseClick(page.add_folder_button, Qt.MouseButton.LeftButton)
    return done.args[0]


def shown(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def respondents(store, wave_id: str = DEMO_WAVE.id) -> int:
    return store.db.execute("SELECT count(*) FROM respondent WHERE wave_id = ?", [wave_id]).fetchone()[0]


def test_importing_a_folder_fills_the_results_table_and_the_database(qtbot, page, monkeypatch, demo_files, reopen):
    import_folder(qtbot, page, monkeypatch, demo_files[0].parent)

    assert shown(page.results_model, 1) == ["已导入"] * RESPONDENTS
    assert sorted(shown(page.results_model, 0)) == sorted(p.name for p in demo_files)
    assert page.summary_label.text() == f"共 {RESPONDENTS} 个文件：已导入 {RESPONDENTS}"
    assert respondents(reopen()) == RESPONDENTS
    assert page.history_model.rowCount() == 1
    assert page.exports.wave_combo.wave().id == DEMO_WAVE.id
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
    assert not page.exports.xlsx_button.isEnabled() and page.exports.no_wave_label.isVisible()


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


@pytest.fixture
def imported(storage, demo_files):
    """A supervisor's database holding the sample files (imported by the core, as the CLI would)."""
    import_paths(storage, [demo_files[0].parent], accept_new_waves=True)
    return storage


def export_with(qtbot, page, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)


def test_the_aggregate_for_the_level_above_lists_every_response(qtbot, imported, tmp_path, monkeypatch):
    page = ImportPage(imported)
    qtbot.addWidget(page)
    target = tmp_path / "上报" / "锡山区汇总"
    target.parent.mkdir()
    choose(monkeypatch, "save_file", target)
    export_with(qtbot, page, page.exports.aggregate_button)

    written = target.with_name("锡山区汇总.bsurvey")
    conn = sqlite3.connect(written)
    manifest = read_manifest(conn)
    conn.close()
    assert (manifest.kind, manifest.wave_id, len(manifest.responses)) == ("aggregate", DEMO_WAVE.id, RESPONDENTS)
    assert str(written) in page.status_label.text()


def test_excel_export_writes_a_workbook_that_opens(qtbot, imported, tmp_path, monkeypatch):
    page = ImportPage(imported)
    qtbot.addWidget(page)
    choose(monkeypatch, "save_file", tmp_path / "调查数据.xlsx")
    export_with(qtbot, page, page.exports.xlsx_button)

    book = load_workbook(tmp_path / "调查数据.xlsx", read_only=True)
    assert len(book.sheetnames) > 1
    book.close()
    assert "调查数据.xlsx" in page.status_label.text()


def test_csv_export_writes_utf8_files_with_a_byte_order_mark(qtbot, imported, tmp_path, monkeypatch):
    page = ImportPage(imported)
    qtbot.addWidget(page)
    folder = tmp_path / "csv"
    choose(monkeypatch, "folder", folder)
    export_with(qtbot, page, page.exports.csv_button)

    files = sorted(folder.glob("*.csv"))
    assert files
    for file in files:
        assert file.read_bytes().startswith(b"\xef\xbb\xbf")
        with open(file, encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f))
        assert any("\u4e00" <= ch <= "\u9fff" for ch in "".join(header))


def test_the_default_excel_export_is_de_identified(qtbot, imported, tmp_path, monkeypatch):
    page = ImportPage(imported)
    qtbot.addWidget(page)
    choose(monkeypatch, "save_file", tmp_path / "调查数据.xlsx")
    export_with(qtbot, page, page.exports.xlsx_button)

    book = load_workbook(tmp_path / "调查数据.xlsx", read_only=True)
    notes = {row[0]: row[1] for row in book["说明"].iter_rows(min_row=2, values_only=True)}
    book.close()
    assert notes["数据"].startswith("去标识化") and notes["未导出的答卷"].startswith(f"{RESPONDENTS} 份")
    assert "去标识化" in page.status_label.text()


def test_the_full_data_of_a_wave_without_a_key_is_refused_before_anything_is_asked(qtbot, imported, tmp_path,
                                                                                     monkeypatch):
    page = ImportPage(imported)
    qtbot.addWidget(page)
    asked = []
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(lambda cls, *args: asked.append(args)))
    qtbot.mouseClick(page.exports.full_button, Qt.MouseButton.LeftButton)

    assert asked == [] and list(tmp_path.glob("*.xlsx")) == [] and audit.entries(imported, "export_full") == []


def test_the_full_data_needs_the_wave_passphrase_and_is_audited(qtbot, imported, tmp_path, monkeypatch):
    create_wave_key(imported, DEMO_WAVE.id, "锡山区减负调查口令2026")
    page = ImportPage(imported)
    qtbot.addWidget(page)
    seen = {}

    def type_passphrases(cls, parent, storage, wave):
        dialog = cls(storage, wave, full_export_key(storage), parent)  # closed with the page, its parent
        dialog.show()
        seen["warning"] = dialog.warning.text()
        type_chinese(dialog.passphrase_edit, "不是这个口令")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        seen["wrong"] = (dialog.isVisible(), dialog.problem_label.text())
        dialog.passphrase_edit.clear()
        type_chinese(dialog.passphrase_edit, "锡山区减负调查口令2026")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.access, dialog.format

    monkeypatch.setattr(FullExportDialog, "ask", classmethod(type_passphrases))
    choose(monkeypatch, "save_file", tmp_path / "完整数据.xlsx")
    export_with(qtbot, page, page.exports.full_button)

    assert "可以据此被认出" in seen["warning"]
    assert seen["wrong"][0] and "口令不正确" in seen["wrong"][1]
    assert (tmp_path / "完整数据.xlsx").exists() and "完整数据" in page.status_label.text()
    assert [e.detail for e in audit.entries(imported, "export_full")] == ["完整数据 Excel 表格：完整数据.xlsx"]


def full_export_key(storage):
    from burden_survey.spreadsheets.full_export import require_key

    return require_key(storage, DEMO_WAVE.id)


def put(sheet, row: int, values: dict) -> None:
    columns = {cell.value: cell.column for cell in sheet[1] if cell.value is not None}
    for header, value in values.items():
        sheet.cell(row, columns[header]).value = value


def test_the_fill_in_template_is_saved_and_a_filled_one_is_imported(qtbot, imported, tmp_path, monkeypatch, reopen):
    page = ImportPage(imported)
    qtbot.addWidget(page)
    choose(monkeypatch, "save_file", tmp_path / "填报表格.xlsx")
    qtbot.mouseClick(page.exports.template_button, Qt.MouseButton.LeftButton)
    book = load_workbook(tmp_path / "填报表格.xlsx")
    put(book["基本情况"], 2, {"省（自治区、直辖市）": "江苏省", "市（地区、州、盟）": "无锡市", "县（市、区、旗）": "锡山区",
                             "乡镇（街道）": "东港镇", "单位类型": "乡镇(街道)机关", "岗位": "一般工作人员"})
    put(book["数字任务"], 2, {"名称": "学习强国", "类型": "政务APP"})
    book.save(tmp_path / "东港镇-已填.xlsx")

    choose(monkeypatch, "open_file", tmp_path / "东港镇-已填.xlsx")
    with qtbot.waitSignal(page.imported, timeout=30_000):
        qtbot.mouseClick(page.exports.import_template_button, Qt.MouseButton.LeftButton)

    assert shown(page.results_model, 0) == ["东港镇-已填.bsurvey"]
    assert shown(page.results_model, 1) == ["已导入"]
    assert respondents(reopen()) == RESPONDENTS + 1


def test_a_template_with_mistakes_lists_them_by_sheet_row_and_column(qtbot, imported, tmp_path, monkeypatch, reopen):
    page = ImportPage(imported)
    qtbot.addWidget(page)
    page.show()
    book = load_workbook(write_template(tmp_path / "模板.xlsx", DEMO_WAVE))
    put(book["数字任务"], 5, {"名称": "学习强国", "类型": "不存在的类型"})
    book.save(tmp_path / "有错.xlsx")
    choose(monkeypatch, "open_file", tmp_path / "有错.xlsx")
    qtbot.mouseClick(page.exports.import_template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)

    assert page.problems.isVisible()
    assert any(p.startswith("数字任务 第5行 B列") for p in page.problems.problems())
    assert any(p.startswith("基本情况 第2行") for p in page.problems.problems())
    assert respondents(reopen()) == RESPONDENTS


def test_without_waves_or_imports_the_page_says_how_to_start(qtbot, page):
    assert page.results_stack.currentWidget() is page.results_empty
    assert page.history_stack.currentWidget() is page.history_empty
    assert "拖到这里" in page.results_empty.text()
    assert not page.exports.aggregate_button.isEnabled()
    assert page.exports.no_wave_label.isVisible()


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
