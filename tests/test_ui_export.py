"""「导出调查文件」: the cadre names the wave, sees what leaves the PC, and gets one survey file in a chosen folder."""

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from uihelpers import type_chinese

from burden_survey.survey_files.filestore import read_manifest
from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool
from burden_survey.survey.questions import QUESTIONS
from burden_survey.survey.survey_file import default_file_name
from ui.cadre.export_dialog import ExportDialog
from ui.common.file_widgets import FileDialogs
from ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 20)


@pytest.fixture
def cadre(storage):
    """A cadre with a profile, an app with a note, a work group, three days of minutes, a quota and two answers."""
    storage.save_profile(Profile(province_code="320000", city_code="320200", county_code="320205",
                                 township_name="东港镇", unit_type="township_organ", post="staff"))
    app = storage.save_tool(Tool(name="学习强国", note="每天早上要截图"))
    group = storage.save_tool(Tool(name="镇干部工作群", kind="work_group"))
    storage.set_minutes_many([(app.id, date(2026, 11, 17), 30), (app.id, date(2026, 11, 18), 25),
                              (group.id, date(2026, 11, 18), 15)], today=TODAY)
    storage.save_quota(Quota(tool_name="苏服办", target_count=160))
    storage.save_answer(RuleAnswer("Q1", "yes"))
    storage.save_answer(RuleAnswer("Q7", "no"))
    return storage


@pytest.fixture
def out_folder(tmp_path):
    folder = tmp_path / "U盘"
    folder.mkdir()
    QSettings().setValue("export/folder", str(folder))
    return folder


def make_dialog(qtbot, storage) -> ExportDialog:
    dialog = ExportDialog(storage, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_wave(qtbot, dialog, wave_id: str, title: str) -> None:
    dialog.wave_id.clear()
    qtbot.keyClicks(dialog.wave_id, wave_id)
    dialog.wave_title.clear()
    type_chinese(dialog.wave_title, title)


def test_the_preview_says_in_words_what_leaves_the_pc(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)
    preview = dialog.preview.text()

    assert "江苏省无锡市锡山区 东港镇" in preview
    assert "2 个工具（其中工作群 1 个）" in preview
    assert "3 条每日用时" in preview
    assert "1 项摊派下载" in preview
    assert "2/28 道规定对照" in preview
    assert "工具备注 1 条" in preview and "姓名" in preview
    assert dialog.privacy.text() == "不包含姓名、电话、身份证号；您的答卷只带一个随机编号。"


def test_a_cadre_without_notes_is_told_that_no_free_text_leaves(qtbot, storage, out_folder):
    storage.save_tool(Tool(name="网格通"))
    dialog = make_dialog(qtbot, storage)
    assert "不包含任何备注文字" in dialog.preview.text()


def test_the_file_name_carries_division_wave_and_date_in_the_last_used_folder(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)
    fill_wave(qtbot, dialog, "XS2026A", "锡山区2026年第四季度")
    expected = out_folder / default_file_name("320205", "东港镇", "XS2026A", TODAY, suffix=dialog._suffix)
    assert dialog.path_edit.text() == str(expected)
    # Two cadres of one township get different names: a few random characters follow the date.
    assert expected.name.startswith("江苏省无锡市锡山区-东港镇-XS2026A-20261120-")


def test_two_waves_exported_by_one_cadre_share_nothing_in_their_names_beyond_place_wave_and_date(qtbot, cadre,
                                                                                               out_folder):
    names = []
    for wave_id in ("XS2026A", "XS2027A"):
        dialog = make_dialog(qtbot, cadre)
        fill_wave(qtbot, dialog, wave_id, "锡山区调查")
        names.append(Path(dialog.path_edit.text()).stem.split("-"))
        dialog.close()
    first, second = names
    assert first[:2] == second[:2] == ["江苏省无锡市锡山区", "东港镇"] and first[3] == second[3] == "20261120"
    # Before: both ended in the same four characters of the cadre's local id, so the two waves' files linked up.
    assert first[4] != second[4] and cadre.self_id[-4:] not in (first[4], second[4])


def test_exporting_writes_a_survey_file_whose_manifest_names_the_wave(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)
    fill_wave(qtbot, dialog, "XS2026A", "锡山区2026年第四季度")
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    path = written.args[0]
    assert path.parent == out_folder and path.exists()
    conn = sqlite3.connect(path)
    manifest = read_manifest(conn)
    conn.close()
    assert (manifest.kind, manifest.wave_id, manifest.wave_title) == ("response", "XS2026A", "锡山区2026年第四季度")
    assert len(manifest.responses) == 1
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_the_wave_and_folder_are_remembered_for_the_next_export(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)
    fill_wave(qtbot, dialog, "XS2026A", "锡山区2026年第四季度")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    again = make_dialog(qtbot, cadre)
    assert again.wave_id.text() == "XS2026A"
    assert again.wave_title.text() == "锡山区2026年第四季度"
    assert again.path_edit.text().startswith(str(out_folder))


def test_a_wrong_wave_id_is_refused_with_a_message_and_nothing_is_written(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)
    fill_wave(qtbot, dialog, "XS 2026/A", "锡山区")

    assert dialog.wave_hint.isVisible()
    assert "只能包含字母、数字、- 和 _" in dialog.wave_hint.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.exported_path is None
    assert list(out_folder.iterdir()) == []


def test_choosing_a_location_writes_the_file_there(qtbot, cadre, out_folder, tmp_path, monkeypatch):
    chosen = tmp_path / "别处" / "我的答卷"
    chosen.parent.mkdir()
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(lambda cls, parent, title, suggested, filt: chosen))
    dialog = make_dialog(qtbot, cadre)
    fill_wave(qtbot, dialog, "XS2026A", "锡山区")
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.path_edit.text() == str(chosen) + ".bsurvey"

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (chosen.parent / "我的答卷.bsurvey").exists()
    assert QSettings().value("export/folder") == str(chosen.parent)


def test_ctrl_e_in_the_main_window_opens_the_export(qtbot, cadre, monkeypatch):
    asked = []
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent, store: asked.append(store)))
    window = MainWindow(cadre)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked == [cadre]


def test_the_participation_code_from_the_slip_travels_signed_and_is_offered_again(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)
    fill_wave(qtbot, dialog, "XS2026A", "锡山区2026年第四季度")
    qtbot.keyClicks(dialog.code_edit, "acdef ghjkm")
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    conn = sqlite3.connect(written.args[0])
    [response] = read_manifest(conn).responses
    conn.close()
    assert response.participation_code == "ACDEFGHJKM" and response.signature
    assert make_dialog(qtbot, cadre).code_edit.text() == "ACDEF-GHJKM"


def test_a_code_that_cannot_be_right_is_refused_at_its_field_and_nothing_is_written(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)
    fill_wave(qtbot, dialog, "XS2026A", "锡山区2026年第四季度")
    qtbot.keyClicks(dialog.code_edit, "ACDEF-GHJK0")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and list(out_folder.iterdir()) == []
    assert dialog.findChildren(QMessageBox, "errorBox")


def test_an_empty_answer_is_called_empty_before_it_is_exported_and_says_what_is_missing(qtbot, storage, out_folder):
    dialog = make_dialog(qtbot, storage)

    assert dialog.missing.isVisibleTo(dialog)
    text = dialog.missing.text()
    assert "这份答卷是空的" in text and "请先填写再导出" in text
    assert all(part in text for part in ("乡镇（街道）", "数字任务", "用时", "规定对照"))


def test_a_nearly_empty_answer_is_told_only_what_it_lacks(qtbot, cadre, out_folder):
    dialog = make_dialog(qtbot, cadre)

    text = dialog.missing.text()
    assert dialog.missing.isVisibleTo(dialog) and "还缺" in text and "空的" not in text
    assert "规定对照题答了不到一半" in text  # two of the questions answered
    assert "数字任务" not in text and "用时" not in text and "乡镇" not in text


def test_a_complete_answer_gets_no_warning(qtbot, cadre, out_folder):
    for question in QUESTIONS:
        cadre.save_answer(RuleAnswer(question.code, "no"))
    dialog = make_dialog(qtbot, cadre)

    assert not dialog.missing.isVisibleTo(dialog)


def test_an_answer_that_would_be_set_aside_is_told_so_before_it_is_exported(qtbot, storage, out_folder):
    storage.save_answer(RuleAnswer("Q1", "yes"))  # one rule answer, no tool, no minute
    dialog = make_dialog(qtbot, storage)

    text = dialog.missing.text()
    assert "几乎是空的" in text and "先不计入统计" in text and "由汇总人决定是否纳入" in text
