"""「回收情况」: with a roster loaded the supervisor sees each unit's returns as "x/y 已回收"; without one, how to start."""

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from burden_survey.survey.model import Profile
from burden_survey.survey.survey_file import Wave
from ui.common.file_widgets import FileDialogs
from ui.supervisor.returns_page import ReturnsModel, ReturnsPage

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")


def add_respondents(storage, count: int, township: str) -> None:
    """Returned answers of one township, as an import would leave them."""
    storage.add_wave(WAVE)
    for _ in range(count):
        rid = storage.add_respondent(Profile(county_code="320205", township_name=township))
        with storage.db.atomic():
            storage.db.execute("UPDATE respondent SET wave_id = ? WHERE id = ?", [WAVE.id, rid])


def roster_file(path, rows):
    book = Workbook()
    book.active.append(["单位", "区划代码", "应交份数"])
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


@pytest.fixture
def county(storage):
    """东港镇 4 returns, 锡北镇 2, 鹅湖镇 1 (not on the roster below)."""
    add_respondents(storage, 4, "东港镇")
    add_respondents(storage, 2, "锡北镇")
    add_respondents(storage, 1, "鹅湖镇")
    return storage


def make_page(qtbot, storage) -> ReturnsPage:
    page = ReturnsPage(storage)
    qtbot.addWidget(page)
    page.show()
    return page


def choose(monkeypatch, method: str, result) -> None:
    monkeypatch.setattr(FileDialogs, method, classmethod(lambda cls, *args: result))


def shown(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_loading_a_roster_shows_returns_per_unit(qtbot, county, tmp_path, monkeypatch):
    page = make_page(qtbot, county)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "名单.xlsx", [("东港镇", None, 5), ("锡北镇", None, 2)]))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)

    assert page.stack.currentWidget() is page.table
    assert shown(page.model, 0) == ["东港镇", "锡北镇", "鹅湖镇"]
    assert shown(page.model, 5) == ["4/5 已回收", "2/2 已回收", "名单外 1 份"]
    assert shown(page.model, 4) == ["1", "0", ""]
    assert page.total_label.text() == "合计：6/7 已回收，另有名单外 1 份；还差 1 份"
    assert "2 个单位" in page.status_label.text()


def test_the_roster_stays_after_the_page_is_shown_again(qtbot, county, tmp_path, monkeypatch):
    page = make_page(qtbot, county)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "名单.xlsx", [("东港镇", None, 4)]))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)

    again = make_page(qtbot, county)
    assert shown(again.model, 5)[0] == "4/4 已回收"
    assert again.total_label.text().endswith("已全部交齐")


def test_units_still_owing_answers_stand_out(qtbot, county, tmp_path, monkeypatch):
    page = make_page(qtbot, county)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "名单.xlsx", [("东港镇", None, 9), ("锡北镇", None, 2)]))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)

    owing, complete = page.model.index(0, 5), page.model.index(1, 5)
    assert page.model.data(owing, Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.data(complete, Qt.ItemDataRole.ForegroundRole) is None


def test_a_bad_roster_lists_its_problems_and_keeps_the_old_one(qtbot, county, tmp_path, monkeypatch):
    page = make_page(qtbot, county)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "名单.xlsx", [("东港镇", None, 5)]))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "错.xlsx", [("锡北镇", None, "很多")]))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)

    assert page.problems.isVisible()
    assert page.problems.problems() == ["Sheet 第2行 C列（应交份数）：「很多」不是数字，请填写 0 到 100000 之间的数字。"]
    assert "原有名单不变" in page.status_label.text()
    assert shown(page.model, 5)[0] == "4/5 已回收"


def test_without_a_roster_the_page_explains_how_to_load_one(qtbot, county):
    page = make_page(qtbot, county)
    assert page.stack.currentWidget() is page.empty_label
    assert "下载名单模板" in page.empty_label.text() and "载入名单" in page.empty_label.text()
    assert page.total_label.text() == "本批次已收到 7 份答卷。"


def test_without_any_wave_the_page_points_to_the_import(qtbot, storage):
    page = make_page(qtbot, storage)
    assert "导入答卷" in page.empty_label.text()
    assert not page.load_button.isEnabled()
    assert page.template_button.isEnabled()


def test_the_roster_template_is_saved_where_the_user_chose(qtbot, storage, tmp_path, monkeypatch):
    page = make_page(qtbot, storage)
    choose(monkeypatch, "save_file", tmp_path / "回收名单")
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)

    book = load_workbook(tmp_path / "回收名单.xlsx")
    assert [c.value for c in book.worksheets[0][1]] == ["单位", "区划代码", "应交份数"]


def test_the_returns_model_is_sound(qtbot, qtmodeltester, county, tmp_path, monkeypatch):
    page = make_page(qtbot, county)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "名单.xlsx", [("东港镇", None, 5)]))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    model = ReturnsModel()
    model.set_rows(page.model.rows)
    qtmodeltester.check(model)


def test_with_both_roles_the_supervisor_pages_sit_under_their_own_heading_and_answer_ctrl_8_to_0(qtbot, storage):
    from ui.shell.main_window import MainWindow

    window = MainWindow(storage)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels[6:12] == ["导出调查文件", "汇总（上级）", "调查批次", "导入答卷", "回收情况", "负担看板"]
    assert not window.nav.item(7).flags() & Qt.ItemFlag.ItemIsSelectable

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages["returns"]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.heading.text() == "导入答卷"
    window.show_page("export")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # the arrow steps over the heading
    assert window.stack.currentWidget() is window.pages["waves"]


def test_a_long_roster_is_read_off_the_window_thread_and_a_cancel_keeps_the_old_roster(
        qtbot, county, tmp_path, monkeypatch):
    """Before: a big roster froze the window for half a minute with no way out. The read now runs on its own thread;
    here the supervisor cancels at once (the click's timing against the reading thread is not what is tested)."""
    from ui.common.worker import BackgroundJob

    started = BackgroundJob.start

    def cancelled_at_once(job):
        job.cancel()
        started(job)

    page = make_page(qtbot, county)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "全县.xlsx", [(f"第{n}单位", "", 3) for n in range(3000)]))
    monkeypatch.setattr(BackgroundJob, "start", cancelled_at_once)
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)

    assert page.status_label.text() == "已取消：原有名单不变。"
    assert all(r.kind != "unit" for r in page.model.rows)  # nothing of the cancelled roster was kept
    monkeypatch.setattr(BackgroundJob, "start", started)
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    assert page.status_label.text() == "已载入「全县.xlsx」：3000 个单位。"


def test_the_returns_count_participation_codes_per_unit(qtbot, county):
    from burden_survey.survey_files.participation import make_codes

    page = make_page(qtbot, county)
    assert page.codes_label.isHidden()  # a wave without codes says nothing of them
    make_codes(county, WAVE.id, {"东港镇": 5, "锡北镇": 2})
    page.refresh()
    assert page.codes_label.text() == "参与码已用（已用/发出）：东港镇 0/5，锡北镇 0/2"


def test_sealed_files_a_collecting_township_holds_count_for_the_unit_their_header_names(qtbot, storage, tmp_path,
                                                                                          monkeypatch):
    from test_import import TODAY, Cadre

    from burden_survey.store.storage import Storage
    from burden_survey.survey_files.importer import import_paths
    from burden_survey.survey_files.wave_file import load_wave_file, write_wave_file
    from burden_survey.survey_files.wave_keys import create_wave_key

    organiser = Storage.open(tmp_path / "county.db")
    organiser.add_wave(WAVE)
    create_wave_key(organiser, WAVE.id, "锡山区减负办2026")
    write_wave_file(organiser, WAVE.id, tmp_path / "XS2026A.bwave")
    organiser.close()
    load_wave_file(storage, tmp_path / "XS2026A.bwave")  # the township: the public key only
    cadre = Cadre(tmp_path / "cadre", 5)
    cadre.storage.save_profile(Profile(county_code="320205", township_name="东港镇"))
    load_wave_file(cadre.storage, tmp_path / "XS2026A.bwave")
    sealed = cadre.export()
    cadre.storage.close()
    assert import_paths(storage, [sealed], today=TODAY).results[0].status == "imported"

    page = make_page(qtbot, storage)
    choose(monkeypatch, "open_file", roster_file(tmp_path / "名单.xlsx", [("东港镇", None, 3)]))
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)

    assert str(shown(page.model, 3)[0]) == "1"  # 已交: the sealed file, counted for its unit
    assert page.sealed_label.isVisibleTo(page)
    assert "其中 1 份是加密答卷" in page.sealed_label.text() and "东港镇 1 份" in page.sealed_label.text()
