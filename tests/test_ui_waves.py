"""「调查批次」: the supervisor makes waves with a key and writes the wave file that goes to the cadres."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QSpinBox

from burden_survey.store import audit
from burden_survey.store.wave_k import wave_k
from burden_survey.survey_files.crypto import shown_key_id
from burden_survey.cli.demo import DEMO_WAVE, write_demo_files
from burden_survey.survey_files.importer import import_paths
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.wave_file import read_wave_file
from burden_survey.survey_files.wave_keys import wave_key
from ui.shell.accessibility import focus_page
from ui.common.file_widgets import FileDialogs
from ui.shell.main_window import MainWindow
from ui.supervisor.wave_dialog import WaveDialog
from ui.supervisor.waves_page import WavesPage
from uihelpers import show_active, tick, type_chinese

PASSPHRASE = "Donggang autumn 2026"


def open_page(qtbot, storage) -> WavesPage:
    page = WavesPage(storage)
    show_active(qtbot, page)
    return page


def open_dialog(qtbot, storage, wave=None) -> WaveDialog:
    dialog = WaveDialog(storage, wave)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog, wave_id="XS2026A", title="锡山区2026年第四季度", passphrase=PASSPHRASE, repeat=None,
         roster=""):
    if dialog.is_new:
        qtbot.keyClicks(dialog.id_edit, wave_id)
        type_chinese(dialog.title_edit, title)
    dialog.roster_edit.setPlainText(roster)
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.keyClicks(dialog.repeat_edit, passphrase if repeat is None else repeat)


def answer_wave_dialog(monkeypatch, qtbot, **typed):
    """The user fills the real wave dialog with `typed` and clicks OK."""
    def ask(cls, parent, storage, wave=None):
        dialog = cls(storage, wave, parent)
        fill(qtbot, dialog, **typed)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.saved_wave

    monkeypatch.setattr(WaveDialog, "ask", classmethod(ask))


def column(page, header):
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    c = headers.index(header)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def error_text(dialog) -> str:
    boxes = dialog.findChildren(QMessageBox, "errorBox")
    assert boxes, "no error was shown"
    return boxes[-1].text()


def test_without_waves_the_page_says_how_to_start(qtbot, storage):
    page = open_page(qtbot, storage)
    assert page.stack.currentWidget() is page.empty_label
    assert "新建批次…" in page.empty_label.text() and "Ctrl+N" in page.empty_label.text()
    assert not page.file_action.isEnabled() and not page.key_action.isEnabled()


def test_a_new_wave_with_a_key_shows_its_key_id_in_the_table(qtbot, storage, reopen, monkeypatch):
    page = open_page(qtbot, storage)
    answer_wave_dialog(monkeypatch, qtbot, roster="东港镇\n\n锡北镇\n东港镇\n")
    page.new_action.trigger()

    key = wave_key(reopen(), "XS2026A")
    assert key is not None and key.has_private and key.roster == ["东港镇", "锡北镇"]
    assert column(page, "编号") == ["XS2026A"]
    assert column(page, "名称") == ["锡山区2026年第四季度"]
    assert column(page, "加密") == [f"已加密 · 密钥编号 {shown_key_id(key.key_id)}"]
    assert column(page, "已导入答卷") == ["0"]
    assert shown_key_id(key.key_id) in page.status_label.text()
    assert page.selected_row().wave.id == "XS2026A"


def test_ctrl_n_on_the_page_opens_the_new_wave_dialog(qtbot, storage, monkeypatch):
    asked = []
    monkeypatch.setattr(WaveDialog, "ask", classmethod(lambda cls, parent, store, wave=None: asked.append(wave)))
    page = open_page(qtbot, storage)
    focus_page(page)  # as Ctrl+number does; with no wave yet there is no table to focus
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is page)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == [None]


def test_the_dialog_starts_with_encryption_on_and_warns_that_the_passphrase_cannot_be_recovered(qtbot, storage):
    dialog = open_dialog(qtbot, storage)
    assert dialog.encrypt_box.isChecked()
    assert "无法找回" in dialog.passphrase_hint.text()
    assert dialog.passphrase_edit.echoMode() == dialog.passphrase_edit.EchoMode.Password


def test_the_passphrase_strength_is_shown_while_typing_and_never_blocks(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    assert dialog.strength_label.isHidden()
    fill(qtbot, dialog, passphrase="XS2026A2026")
    assert dialog.strength_label.isVisibleTo(dialog)
    assert dialog.strength_label.text().startswith("口令强度：弱。") and "批次编号" in dialog.strength_label.text()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, "Grandmother planted ginkgo 1987 by the well")
    assert dialog.strength_label.text().startswith("口令强度：强。") and "一百年以上" in dialog.strength_label.text()
    dialog.passphrase_edit.setText("XS2026A2026")  # a weak one the organiser insists on is still accepted
    dialog.repeat_edit.setText("XS2026A2026")
    dialog.accept()
    assert [w.id for w in reopen().list_waves()] == ["XS2026A"]


@pytest.mark.parametrize("typed, field", [
    ({"wave_id": "XS 2026/A"}, "批次编号"),
    ({"title": "   "}, "批次名称"),
    ({"passphrase": "short"}, "口令"),
    ({"repeat": "another long passphrase"}, "再输一次口令"),
])
def test_a_wrong_field_is_named_and_nothing_is_saved(qtbot, storage, reopen, typed, field):
    dialog = open_dialog(qtbot, storage)
    fill(qtbot, dialog, **typed)
    dialog.accept()

    assert dialog.isVisible()  # still open, so the field can be fixed
    assert f"「{field}」" in error_text(dialog)
    assert reopen().list_waves() == []


def test_an_end_before_the_start_is_refused(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    fill(qtbot, dialog)
    dialog.start_date.set_value(date(2026, 12, 1))
    dialog.end_date.set_value(date(2026, 10, 1))
    dialog.accept()
    assert "「截止日期」早于开始日期" in error_text(dialog)
    assert reopen().list_waves() == []


def test_an_existing_wave_id_is_refused(qtbot, storage, reopen):
    storage.add_wave(Wave("XS2026A", "已有的批次", "1"))
    dialog = open_dialog(qtbot, storage)
    fill(qtbot, dialog)
    dialog.accept()
    assert "「XS2026A」已经有了" in error_text(dialog)
    assert [w.title for w in reopen().list_waves()] == ["已有的批次"]


def test_a_wave_without_encryption_has_dates_and_no_key_and_can_get_one_later(qtbot, storage, reopen, monkeypatch):
    dialog = open_dialog(qtbot, storage)
    qtbot.keyClicks(dialog.id_edit, "XS2026B")
    type_chinese(dialog.title_edit, "锡山区抽查")
    dialog.start_date.set_value(date(2026, 10, 1))
    dialog.end_date.set_value(date(2026, 12, 31))
    tick(qtbot, dialog.encrypt_box)
    assert not dialog.passphrase_edit.isEnabled()
    dialog.accept()
    assert wave_key(reopen(), "XS2026B") is None

    page = open_page(qtbot, storage)
    assert column(page, "加密") == ["未加密"]
    assert column(page, "起止日期") == ["2026-10-01 至 2026-12-31"]
    page.table.selectRow(0)
    assert page.key_action.isEnabled()

    answer_wave_dialog(monkeypatch, qtbot)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a wave without a key sets one

    key = wave_key(reopen(), "XS2026B")
    assert key is not None and column(page, "加密") == [f"已加密 · 密钥编号 {shown_key_id(key.key_id)}"]
    assert not page.key_action.isEnabled()  # a key is never replaced


def test_the_wave_file_is_written_where_chosen_and_the_info_says_to_read_the_key_id_by_phone(
        qtbot, storage, reopen, monkeypatch, tmp_path):
    page = open_page(qtbot, storage)
    answer_wave_dialog(monkeypatch, qtbot, roster="东港镇")
    page.new_action.trigger()
    suggested = []
    target = tmp_path / "发出" / "锡山批次"
    target.parent.mkdir()
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(
        lambda cls, parent, title, proposed, filt: suggested.append(proposed) or target))
    page.file_action.trigger()

    written = target.with_name("锡山批次.bwave")
    assert suggested[0].name == "XS2026A.bwave"
    wave_file = read_wave_file(written)
    key = wave_key(reopen(), "XS2026A")
    assert (wave_file.wave.id, wave_file.key_id, wave_file.roster) == ("XS2026A", key.key_id, ["东港镇"])
    info = page.findChildren(QMessageBox, "infoBox")[-1].text()
    assert str(written) in info and shown_key_id(key.key_id) in info and "打电话" in info
    assert QSettings().value("waves/folder") == str(written.parent)
    assert [e.wave_id for e in audit.entries(reopen(), action="wave_file")] == ["XS2026A"]


def test_the_table_counts_the_responses_imported_for_each_wave(qtbot, storage, tmp_path):
    files = write_demo_files(tmp_path / "in", 3, seed=3, until=date(2026, 11, 20), days=2, apps=(1, 2), groups=(1, 1))
    import_paths(storage, files, accept_new_waves=True)
    page = open_page(qtbot, storage)
    assert column(page, "编号") == [DEMO_WAVE.id]
    assert column(page, "已导入答卷") == ["3"]
    assert column(page, "起止日期") == ["未定"]


def test_the_waves_page_leads_the_supervisor_pages(qtbot, storage):
    window = MainWindow(storage)
    qtbot.addWidget(window)
    texts = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert texts[texts.index("汇总（上级）") + 1:][:2] == ["调查批次", "导入答卷"]
    window.show_page("waves")
    assert window.heading.text() == "调查批次"
    assert isinstance(window.pages["waves"], WavesPage)


def test_participation_slips_are_printed_per_roster_unit_and_the_codes_kept_as_hashes(
        qtbot, storage, monkeypatch, tmp_path):
    import subprocess

    from burden_survey.survey_files.participation import code_returns, UnitCodes
    from ui.supervisor.participation_dialog import ParticipationDialog

    page = open_page(qtbot, storage)
    answer_wave_dialog(monkeypatch, qtbot, roster="东港镇\n锡北镇")
    page.new_action.trigger()  # the new wave is selected

    def ask(cls, parent, wave, units):  # the organiser sees the roster and asks for 3 slips per unit
        dialog = cls(wave, units, parent)
        qtbot.addWidget(dialog)
        assert dialog.units_edit.toPlainText() == "东港镇\n锡北镇"
        dialog.count_box.setValue(3)
        return dialog.counts()

    monkeypatch.setattr(ParticipationDialog, "ask", classmethod(ask))
    monkeypatch.setattr(FileDialogs, "save_file", classmethod(lambda cls, *args: tmp_path / "纸条"))
    page.codes_action.trigger()

    assert code_returns(storage, "XS2026A") == [UnitCodes("东港镇", 3, 0), UnitCodes("锡北镇", 3, 0)]
    text = subprocess.run(["pdftotext", str(tmp_path / "纸条.pdf"), "-"], capture_output=True, text=True).stdout
    assert text.count("单位：东港镇") == 3 and text.count("单位：锡北镇") == 3
    assert "已生成 6 个参与码" in page.status_label.text()


def test_a_new_wave_may_ask_for_larger_groups_and_the_table_shows_it(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    assert dialog.k_spin.value() == 5 and dialog.k_spin.minimum() == 5  # the floor: never fewer
    fill(qtbot, dialog)
    dialog.k_spin.setValue(8)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert wave_k(reopen(), "XS2026A") == 8
    page = open_page(qtbot, storage)
    assert column(page, "最少显示人数") == ["8"]


def _answer_next_input(qtbot, value: int, seen: list):
    """When the number dialog opens, read what it offers, type `value` and press OK, as the supervisor would."""
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        spin = box.findChild(QSpinBox)
        seen.append((box.labelText(), spin.minimum(), spin.maximum()))
        spin.setValue(value)
        box.accept()

    QTimer.singleShot(0, answer)


def test_raising_k_on_the_page_offers_only_higher_numbers_and_is_kept(qtbot, storage, reopen):
    storage.add_wave(DEMO_WAVE)
    page = open_page(qtbot, storage)
    page.table.selectRow(0)
    seen = []
    _answer_next_input(qtbot, 12, seen)
    page.k_action.trigger()

    assert seen and seen[0][1:] == (5, 50) and "只能提高" in seen[0][0]
    assert wave_k(reopen(), DEMO_WAVE.id) == 12 and column(page, "最少显示人数") == ["12"]
    assert "12" in page.status_label.text()
    _answer_next_input(qtbot, 20, seen)
    page.k_action.trigger()
    assert seen[1][1] == 12  # what was raised is the new floor of the dialog


def test_a_wave_file_that_raises_k_shows_it_before_it_is_loaded(qtbot):
    from PySide6.QtWidgets import QLabel

    from burden_survey.survey_files.wave_file import WaveFile
    from ui.cadre.wave_key_dialog import WaveKeyDialog

    raised = WaveFile(Wave("XS2026A", "锡山区2026年第四季度", DEMO_WAVE.questionnaire_version, k=10), None, None, [],
                      "锡山区减负办")
    dialog = WaveKeyDialog(raised, None)
    qtbot.addWidget(dialog)
    plain = WaveKeyDialog(WaveFile(Wave("XS2026B", "另一批次", DEMO_WAVE.questionnaire_version), None, None, [], ""),
                          None)
    qtbot.addWidget(plain)

    assert "10 人" in [label.text() for label in dialog.findChildren(QLabel)]
    assert not any("最少显示人数" in label.text() for label in plain.findChildren(QLabel))


def test_a_wave_may_count_only_workdays_and_say_how_its_respondents_were_chosen(qtbot, storage, reopen):
    dialog = open_dialog(qtbot, storage)
    assert not dialog.workdays_only_box.isChecked()  # every day of the period, unless the organiser says otherwise
    fill(qtbot, dialog)
    dialog.start_date.set_value(date(2026, 11, 2))
    dialog.end_date.set_value(date(2026, 11, 29))
    tick(qtbot, dialog.workdays_only_box)
    assert dialog.sampling_combo.value() is None  # how respondents were chosen is said, never assumed
    dialog.sampling_combo.setCurrentIndex(dialog.sampling_combo.findData("assigned"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    [wave] = reopen().list_waves()
    assert wave.workdays_only and (wave.period_start, wave.period_end) == (date(2026, 11, 2), date(2026, 11, 29))
    assert wave.sampling == "assigned"
    page = open_page(qtbot, storage)
    assert column(page, "起止日期") == ["2026-11-02 至 2026-11-29，只计工作日"]
