"""「导出与上报」: what leaves a supervisor's database — the aggregate for the level above, Excel, CSV, the full
data behind the passphrase, the fill-in template — with its own progress, apart from 导入答卷."""

import csv
import sqlite3

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from uihelpers import SAMPLE_FILES as RESPONDENTS
from uihelpers import choose, respondents, shown, type_chinese

from burden_survey.cli.demo import DEMO_WAVE
from burden_survey.spreadsheets.intake_template import write_template
from burden_survey.store import audit
from burden_survey.survey_files.filestore import read_manifest
from burden_survey.survey_files.wave_keys import create_wave_key
from ui.common.file_widgets import FileDialogs
from ui.shell.main_window import MainWindow
from ui.supervisor.full_export_dialog import FullExportDialog
from ui.supervisor.report_page import ReportPage


def export_with(qtbot, page, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)


def test_the_aggregate_for_the_level_above_lists_every_response(qtbot, imported, tmp_path, monkeypatch):
    page = ReportPage(imported)
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
    page = ReportPage(imported)
    qtbot.addWidget(page)
    choose(monkeypatch, "save_file", tmp_path / "调查数据.xlsx")
    export_with(qtbot, page, page.exports.xlsx_button)

    book = load_workbook(tmp_path / "调查数据.xlsx", read_only=True)
    assert len(book.sheetnames) > 1
    book.close()
    assert "调查数据.xlsx" in page.status_label.text()


def test_csv_export_writes_utf8_files_with_a_byte_order_mark(qtbot, imported, tmp_path, monkeypatch):
    page = ReportPage(imported)
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
    page = ReportPage(imported)
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
    page = ReportPage(imported)
    qtbot.addWidget(page)
    asked = []
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(lambda cls, *args: asked.append(args)))
    qtbot.mouseClick(page.exports.full_button, Qt.MouseButton.LeftButton)

    assert asked == [] and list(tmp_path.glob("*.xlsx")) == [] and audit.entries(imported, "export_full") == []


def test_the_full_data_needs_the_wave_passphrase_and_is_audited(qtbot, imported, tmp_path, monkeypatch):
    create_wave_key(imported, DEMO_WAVE.id, "锡山区减负调查口令2026")
    page = ReportPage(imported)
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
    window = MainWindow(imported)
    qtbot.addWidget(window)
    window.show_page("report")
    page, import_page = window.pages["report"], window.pages["import"]
    choose(monkeypatch, "save_file", tmp_path / "填报表格.xlsx")
    qtbot.mouseClick(page.exports.template_button, Qt.MouseButton.LeftButton)
    book = load_workbook(tmp_path / "填报表格.xlsx")
    put(book["基本情况"], 2, {"省（自治区、直辖市）": "江苏省", "市（地区、州、盟）": "无锡市", "县（市、区、旗）": "锡山区",
                             "乡镇（街道）": "东港镇", "单位类型": "乡镇(街道)机关", "岗位": "一般工作人员"})
    put(book["数字任务"], 2, {"名称": "学习强国", "类型": "政务APP"})
    book.save(tmp_path / "东港镇-已填.xlsx")

    choose(monkeypatch, "open_file", tmp_path / "东港镇-已填.xlsx")
    with qtbot.waitSignal(import_page.imported, timeout=30_000):
        qtbot.mouseClick(page.exports.import_template_button, Qt.MouseButton.LeftButton)

    assert window.stack.currentWidget() is import_page  # the supervisor sees the file's outcome where imports are
    assert shown(import_page.results_model, 0) == ["东港镇-已填.bsurvey"]
    assert shown(import_page.results_model, 1) == ["已导入"]
    assert respondents(reopen()) == RESPONDENTS + 1


def test_a_template_with_mistakes_lists_them_by_sheet_row_and_column(qtbot, imported, tmp_path, monkeypatch, reopen):
    window = MainWindow(imported)
    qtbot.addWidget(window)
    window.show()
    window.show_page("report")
    page, import_page = window.pages["report"], window.pages["import"]
    book = load_workbook(write_template(tmp_path / "模板.xlsx", DEMO_WAVE))
    put(book["数字任务"], 5, {"名称": "学习强国", "类型": "不存在的类型"})
    book.save(tmp_path / "有错.xlsx")
    choose(monkeypatch, "open_file", tmp_path / "有错.xlsx")
    qtbot.mouseClick(page.exports.import_template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: import_page.job is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not import_page.is_busy(), timeout=30_000)

    assert import_page.problems.isVisible()
    assert any(p.startswith("数字任务 第5行 B列") for p in import_page.problems.problems())
    assert any(p.startswith("基本情况 第2行") for p in import_page.problems.problems())
    assert respondents(reopen()) == RESPONDENTS


def test_without_waves_the_exports_say_how_to_start_and_do_nothing(qtbot, storage):
    page = ReportPage(storage)
    qtbot.addWidget(page)
    page.show()
    assert not page.exports.aggregate_button.isEnabled()
    assert page.exports.no_wave_label.isVisible()

