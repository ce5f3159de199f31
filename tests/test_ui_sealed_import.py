"""Sealed survey files end to end: the supervisor's wave file, the cadre's sealed export, and the passphrase at import."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from burden_survey.store import audit
from burden_survey.survey_files.crypto import is_sealed, shown_key_id
from burden_survey.survey.model import Profile, Tool
from burden_survey.store.storage import Storage
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.wave_file import write_wave_file
from burden_survey.survey_files.wave_keys import create_wave_key, wave_key
from ui.cadre.export_dialog import ExportDialog
from ui.common.file_widgets import FileDialogs
from ui.supervisor.import_page import ImportPage
from ui.common.passphrase_dialog import PassphraseDialog
from uihelpers import answer_wave_key_dialogs, type_chinese

PASSPHRASE = "Donggang autumn 2026"
WAVE = Wave("XS2026A", "锡山区2026年第四季度", "1")


@pytest.fixture
def supervisor(storage):
    """The organiser's database: the wave with its key, made as the 「调查批次」 page does."""
    storage.add_wave(WAVE)
    create_wave_key(storage, WAVE.id, PASSPHRASE, ["东港镇"])
    return storage


@pytest.fixture
def wave_file(supervisor, tmp_path):
    path = tmp_path / "发出" / "XS2026A.bwave"
    path.parent.mkdir()
    write_wave_file(supervisor, WAVE.id, path)
    return path


@pytest.fixture
def cadre(tmp_path):
    """A second database on another PC: a cadre with a profile and one app."""
    store = Storage.open(tmp_path / "cadre.db")
    store.save_profile(Profile(province_code="320000", city_code="320200", county_code="320205",
                               township_name="东港镇", unit_type="township_organ", post="staff"))
    store.save_tool(Tool(name="学习强国"))
    yield store
    store.close()


@pytest.fixture
def out_folder(tmp_path):
    folder = tmp_path / "U盘"
    folder.mkdir()
    QSettings().setValue("export/folder", str(folder))
    return folder


def export_dialog(qtbot, cadre) -> ExportDialog:
    dialog = ExportDialog(cadre)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def load_wave_file(qtbot, dialog, monkeypatch, path, **answer) -> None:
    """The cadre picks the wave file and answers the key-confirmation dialog (载入 unless told otherwise)."""
    monkeypatch.setattr(FileDialogs, "open_file", classmethod(lambda cls, *args: path))
    answer_wave_key_dialogs(monkeypatch, qtbot, **answer)
    qtbot.mouseClick(dialog.load_wave_button, Qt.MouseButton.LeftButton)


def sealed_answer(qtbot, cadre, monkeypatch, wave_file):
    """The cadre loads the wave file in the export dialog and exports: the sealed file written."""
    dialog = export_dialog(qtbot, cadre)
    load_wave_file(qtbot, dialog, monkeypatch, wave_file)
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return written.args[0]


def type_passphrases(monkeypatch, qtbot, *attempts, seen=None):
    """At import, the user types each of `attempts` into the real passphrase dialog and clicks 解锁;
    when none of them is right (or there are none), the user clicks 跳过."""
    def ask(cls, parent, storage, key):
        dialog = cls(storage, key, parent)  # closed with the import page, its parent
        dialog.show()
        for attempt in attempts:
            dialog.passphrase_edit.clear()
            qtbot.keyClicks(dialog.passphrase_edit, attempt)
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            if seen is not None:
                seen.append((dialog.key_label.text(), dialog.isVisible(),
                             dialog.problem_label.isVisible() and dialog.problem_label.text()))
            if dialog.unlocked is not None:
                return dialog.unlocked
        dialog.reject()
        return None

    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(ask))


def import_files(qtbot, storage, monkeypatch, paths):
    page = ImportPage(storage)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(FileDialogs, "open_files", classmethod(lambda cls, *args: paths))
    with qtbot.waitSignal(page.imported, timeout=30_000) as done:
        qtbot.mouseClick(page.add_files_button, Qt.MouseButton.LeftButton)
    return page, done.args[0]


def shown(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_loading_the_wave_file_fills_the_wave_and_says_the_answers_will_be_sealed(
        qtbot, supervisor, wave_file, cadre, out_folder, monkeypatch):
    dialog = export_dialog(qtbot, cadre)
    load_wave_file(qtbot, dialog, monkeypatch, wave_file)

    key_id = shown_key_id(wave_key(supervisor, WAVE.id).key_id)
    assert (dialog.wave_id.text(), dialog.wave_title.text()) == (WAVE.id, WAVE.title)
    assert dialog.key_line.text() == f"本批次的答卷将加密，只有组织者能打开（密钥编号 {key_id}）"
    assert wave_key(cadre, WAVE.id).has_private is False  # the cadre holds the public half only


def test_a_typed_wave_without_a_key_is_said_to_stay_unencrypted(qtbot, cadre, out_folder):
    dialog = export_dialog(qtbot, cadre)
    dialog.wave_id.clear()
    qtbot.keyClicks(dialog.wave_id, "XS2026B")
    type_chinese(dialog.wave_title, "抽查")
    assert dialog.key_line.text() == "这个批次没有密钥，答卷不加密"


def test_a_file_that_is_not_a_wave_file_is_refused_with_a_message(qtbot, cadre, out_folder, monkeypatch, tmp_path):
    bad = tmp_path / "假的.bwave"
    bad.write_text("不是批次文件", encoding="utf-8")
    dialog = export_dialog(qtbot, cadre)
    before = dialog.wave_id.text()
    load_wave_file(qtbot, dialog, monkeypatch, bad)

    assert dialog.findChildren(QMessageBox, "errorBox")
    assert dialog.wave_id.text() == before and cadre.list_waves() == []


def test_a_sealed_answer_is_imported_after_a_wrong_then_the_right_passphrase(
        qtbot, supervisor, wave_file, cadre, out_folder, monkeypatch, reopen):
    answer = sealed_answer(qtbot, cadre, monkeypatch, wave_file)
    assert is_sealed(answer.read_bytes()[:16])

    seen = []
    type_passphrases(monkeypatch, qtbot, "wrong passphrase", PASSPHRASE, seen=seen)
    page, report = import_files(qtbot, supervisor, monkeypatch, [answer])

    key_id = shown_key_id(wave_key(supervisor, WAVE.id).key_id)
    (label, still_open, problem), (_, open_after_right_one, _) = seen
    assert label == key_id
    assert still_open and "口令不正确" in problem  # the wrong passphrase: the dialog says so and waits
    assert not open_after_right_one
    assert shown(page.results_model, 1) == ["已导入"]
    assert [r.status for r in report.results] == ["imported"]
    store = reopen()
    assert store.responses_per_wave() == {WAVE.id: 1}
    decrypted = audit.entries(store, action="decrypt")
    assert len(decrypted) == 1 and decrypted[0].wave_id == WAVE.id


def test_skipping_the_passphrase_rejects_the_sealed_file_and_says_to_enter_it(
        qtbot, supervisor, wave_file, cadre, out_folder, monkeypatch, reopen):
    answer = sealed_answer(qtbot, cadre, monkeypatch, wave_file)
    type_passphrases(monkeypatch, qtbot)  # 跳过
    page, report = import_files(qtbot, supervisor, monkeypatch, [answer])

    assert [r.status for r in report.results] == ["rejected"]
    assert "请输入这一批次的口令" in shown(page.results_model, 2)[0]
    assert reopen().responses_per_wave() == {}
    assert audit.entries(reopen(), action="decrypt") == []


def test_plain_files_are_imported_without_asking_for_a_passphrase(qtbot, supervisor, cadre, out_folder, monkeypatch):
    asked = []
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *args: asked.append(args)))
    dialog = export_dialog(qtbot, cadre)
    dialog.wave_id.clear()
    qtbot.keyClicks(dialog.wave_id, "XS2026B")
    type_chinese(dialog.wave_title, "抽查")
    with qtbot.waitSignal(dialog.exported) as written:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not is_sealed(written.args[0].read_bytes()[:16])

    supervisor.add_wave(Wave("XS2026B", "抽查", "1"))
    _, report = import_files(qtbot, supervisor, monkeypatch, [written.args[0]])
    assert [r.status for r in report.results] == ["imported"] and asked == []


def test_the_cadre_sees_the_organiser_and_key_id_and_a_cancel_keeps_nothing(
        qtbot, supervisor, cadre, out_folder, monkeypatch, tmp_path):
    """Before: a wave file's key was stored the moment it was picked, unseen."""
    path = tmp_path / "锡山.bwave"
    made = write_wave_file(supervisor, WAVE.id, path, organiser="锡山区减负办")
    seen = []
    dialog = export_dialog(qtbot, cadre)
    load_wave_file(qtbot, dialog, monkeypatch, path, seen=seen, confirm=False)

    assert seen == [("核对批次文件", made.shown_key_id, "锡山区减负办", True)]
    assert wave_key(cadre, WAVE.id) is None and cadre.list_waves() == []


def test_a_second_wave_file_with_another_key_is_kept_only_after_the_cadre_ticks_they_checked(
        qtbot, supervisor, wave_file, cadre, out_folder, monkeypatch, tmp_path):
    dialog = export_dialog(qtbot, cadre)
    load_wave_file(qtbot, dialog, monkeypatch, wave_file)
    first = wave_key(cadre, WAVE.id)
    other = Storage.open(tmp_path / "另一个组织者.db")  # someone else made a wave with the same id
    other.add_wave(WAVE)
    create_wave_key(other, WAVE.id, "另一把口令2026abc")
    swapped = write_wave_file(other, WAVE.id, tmp_path / "换过的.bwave", organiser="锡山区减负办")
    other.close()

    seen = []
    load_wave_file(qtbot, dialog, monkeypatch, tmp_path / "换过的.bwave", seen=seen, tick_checked=False)
    assert seen == [("替换批次密钥", swapped.shown_key_id, "锡山区减负办", False)]
    assert wave_key(cadre, WAVE.id) == first  # 替换密钥 stays disabled until the box is ticked

    load_wave_file(qtbot, dialog, monkeypatch, tmp_path / "换过的.bwave")
    assert wave_key(cadre, WAVE.id).key_id == swapped.key_id
    [replaced] = [e for e in audit.entries(cadre, "wave_file") if "替换" in e.detail]
    assert first.shown_key_id in replaced.detail and swapped.shown_key_id in replaced.detail


def test_what_the_wave_file_says_is_shown_as_plain_text(qtbot, supervisor, cadre, monkeypatch, tmp_path):
    path = tmp_path / "花样.bwave"
    write_wave_file(supervisor, WAVE.id, path, organiser='<a href="http://x">点此</a><b>县委办</b>')
    seen = []
    load_wave_file(qtbot, export_dialog(qtbot, cadre), monkeypatch, path, seen=seen, confirm=False)
    assert seen[0][2] == '<a href="http://x">点此</a><b>县委办</b>'  # the tags shown, never followed
