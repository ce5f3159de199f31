"""Languages: the English translation is complete, switchable in 设置, and Qt's own buttons follow it."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tools.translations import compile_translations, qt_tool
from ui.common import appearance
from ui.shell.app import install_translators
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "burden_survey_en.ts"
QM = TS.with_suffix(".qm")
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module", autouse=True)
def compiled_translation():
    """`make test` builds the .qm; a bare pytest run builds it here when it is missing or older than the .ts."""
    compile_translations()


@pytest.fixture(autouse=True)
def forget_saved_choices(qapp):
    """Qt keeps one settings file for the whole run: later tests must not start in English."""
    yield
    settings = QSettings()
    settings.remove(appearance.LANGUAGE_KEY)
    settings.remove(appearance.FONT_SCALE_KEY)
    install_translators(qapp, "zh_CN")
    appearance.apply_font_scale(qapp, 100)


@pytest.fixture
def language(qapp):
    """Switch the running application's language; back to Chinese afterwards for the other tests."""
    def switch(code):
        install_translators(qapp, code)
    yield switch
    install_translators(qapp, "zh_CN")


def nav_texts(window):
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def button_texts(box: QMessageBox) -> set[str]:
    return {button.text().replace("&", "") for button in box.buttons()}


def test_in_english_the_navigation_menus_and_a_pages_buttons_are_english(qtbot, storage, language):
    language("en")
    window = MainWindow(storage)
    qtbot.addWidget(window)
    window.show_page("tools")

    assert nav_texts(window)[:3] == ["Profile", "My digital duties", "Daily minutes"]
    assert not any(CJK.search(text) for text in nav_texts(window))
    assert window.menuBar().actions()[0].text() == "&File"
    page_actions = {action.text() for action in window.pages["tools"].actions()}
    assert {"Add", "Edit", "Delete"} <= page_actions


def test_in_chinese_the_navigation_and_a_pages_buttons_are_chinese(qtbot, storage, language):
    language("zh_CN")
    window = MainWindow(storage)
    qtbot.addWidget(window)
    window.show_page("tools")

    assert nav_texts(window)[:3] == ["基本情况", "我的数字任务", "每日用时"]
    assert {"添加", "编辑", "删除"} <= {action.text() for action in window.pages["tools"].actions()}


def test_the_vocabulary_labels_of_the_core_are_english_too(qtbot, storage, language):
    from burden_survey.survey.choices import TOOL_KINDS
    from ui.common.widgets import ChoiceCombo

    language("en")
    combo = ChoiceCombo(TOOL_KINDS)
    qtbot.addWidget(combo)
    assert [combo.itemText(i) for i in range(3)] == ["(Please choose)", "Government app", "Mini-program"]


@pytest.mark.parametrize("code, ok, cancel", [("en", "OK", "Cancel"), ("zh_CN", "确定", "取消")])
def test_qts_own_message_box_buttons_speak_the_chosen_language(qtbot, language, code, ok, cancel):
    language(code)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert button_texts(box) == {ok, cancel}


def test_every_entry_of_the_english_translation_is_finished():
    unfinished = [
        message.findtext("source") for message in ET.parse(TS).iter("message")
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_the_english_translation_keeps_every_placeholder():
    placeholder = re.compile(r"\{[^}]*\}")
    broken = [
        message.findtext("source") for message in ET.parse(TS).iter("message")
        if sorted(placeholder.findall(message.findtext("source")))
        != sorted(placeholder.findall(message.findtext("translation") or ""))
    ]
    assert broken == []


def test_the_translation_source_knows_every_string_the_ui_shows(tmp_path):
    """Re-running the generator and lupdate finds nothing new: `make translations-update` was run and translated."""
    from tools import extract_core_strings

    expected = extract_core_strings.render(extract_core_strings.all_strings())
    assert (ROOT / "ui" / "common" / "core_strings.py").read_text(encoding="utf-8") == expected
    copy = tmp_path / TS.name
    copy.write_bytes(TS.read_bytes())
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run([*qt_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
                            capture_output=True, text=True, check=True)
    assert "(0 new and" in result.stdout, result.stdout


def test_the_settings_dialog_remembers_english_and_large_text_and_scales_the_font_at_once(qtbot, qapp):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.restart_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_scale.setCurrentIndex(dialog.font_scale.findData(150))
    assert not dialog.restart_note.isHidden()  # the language changes at the next start
    try:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert QSettings().value(appearance.LANGUAGE_KEY) == "en"
        assert (appearance.saved_language(), appearance.saved_font_scale()) == ("en", 150)
        assert QApplication.font().pointSizeF() == pytest.approx(15)
    finally:
        appearance.apply_font_scale(qapp, 100)


def test_the_next_start_reads_the_saved_language(qtbot, storage, qapp):
    from ui.shell.app import create_application

    create_application([], language="zh_CN")  # names the application, so QSettings finds its file
    appearance.save("en", 100)
    try:
        create_application([])
        window = MainWindow(storage)
        qtbot.addWidget(window)
        assert nav_texts(window)[0] == "Profile"
    finally:
        install_translators(qapp, "zh_CN")


def test_the_settings_entry_sits_in_the_file_menu(qtbot, storage, monkeypatch):
    asked = []
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent=None, role=None: asked.append(parent)))
    window = MainWindow(storage)
    qtbot.addWidget(window)
    [action] = [a for a in window.findChildren(type(window.menuBar().actions()[0])) if a.objectName() == "showSettings"]
    assert action.text() == "设置(&S)…"
    action.trigger()
    assert asked == [window]


def test_a_units_returns_read_in_english_in_the_english_ui(language):
    from burden_survey.spreadsheets.roster import UnitReturn
    from ui.supervisor.returns_page import returns_text

    language("en")
    assert returns_text(UnitReturn("东港镇", "", 40, 32)) == "32/40 returned"  # before: 「32/40 已回收」
    assert returns_text(UnitReturn("合计", "", 46, 41, "total", off_roster=2)) == (
        "41/46 returned, and 2 from outside the roster")


def test_the_chinese_uis_file_dialog_has_no_english_label_left(qtbot, qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    install_translators(qapp, "zh_CN")
    dialog = QFileDialog(None, "选择文件")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # Qt's own widgets, as on Linux and in tests
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
    assert not any(CJK.search(text) is None and text[:1].isalpha() for text in labels), labels
