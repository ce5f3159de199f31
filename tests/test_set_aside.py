"""Empty and nearly empty answers are set aside at import (issue 15): kept, said, and in no figure until taken in.

Before, a file with no profile, no tools and no minutes imported as a respondent: 答卷人数 1."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from burden_survey.indicators.indicators import compute
from burden_survey.store import audit, set_aside
from burden_survey.store.counted import LEFT_OUT
from burden_survey.store.report_sql import replace_roster, roster_totals
from burden_survey.store.storage import Storage
from burden_survey.survey.model import Profile, RuleAnswer, Tool
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.filestore import export_response
from burden_survey.survey_files.importer import import_paths

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1")
MON, TODAY = date(2026, 11, 16), date(2026, 11, 22)


def cadre_file(folder, name: str, fill=None):
    """A cadre's file as exported; `fill(storage)` writes the answers first (none: an empty answer)."""
    cadre = Storage.open(folder / f"{name}.db")
    if fill:
        fill(cadre)
    path = folder / f"{name}.bsurvey"
    export_response(cadre, WAVE, path)
    cadre.close()
    return path


def only_a_profile_and_two_rules(cadre: Storage) -> None:
    cadre.save_profile(Profile(county_code="320205", township_name="东港镇", unit_type="township_organ"))
    cadre.save_answer(RuleAnswer("Q1", "yes"))
    cadre.save_answer(RuleAnswer("Q2", "no"))


def tools_without_minutes(cadre: Storage) -> None:
    cadre.save_profile(Profile(county_code="320205", township_name="东港镇", unit_type="township_organ"))
    cadre.save_tool(Tool(name="学习强国", kind="app", formality_share=50))


def a_full_week(cadre: Storage) -> None:
    tools_without_minutes(cadre)
    [tool] = cadre.list_tools()
    for offset in range(5):
        cadre.set_minutes(tool.id, date.fromordinal(MON.toordinal() + offset), 40, today=TODAY)


@pytest.fixture
def county(storage):
    storage.add_wave(WAVE)
    return storage


def test_an_empty_file_is_kept_but_is_no_respondent(tmp_path, county):
    [result] = import_paths(county, [cadre_file(tmp_path, "empty")], today=TODAY).results
    assert result.status == "imported" and result.set_aside == 1
    assert "未计入统计" in result.reason and "空的" in result.reason
    assert compute(county).respondents == 0  # before: 1
    [row] = set_aside.listed(county)
    assert not row.taken_in and "还没有列出任何数字任务" in row.missing and "还没有记录任何一天的用时" in row.missing


def test_an_answer_that_says_nothing_of_the_burden_is_set_aside_and_one_with_tools_is_counted(tmp_path, county):
    files = [cadre_file(tmp_path, "rules only", only_a_profile_and_two_rules),
             cadre_file(tmp_path, "tools", tools_without_minutes)]
    report = import_paths(county, files, today=TODAY)
    assert [r.set_aside for r in report.results] == [1, 0]
    assert compute(county).respondents == 1
    # Its two rule answers are in no rule figure either (the question's answered count stays empty).
    assert county.db.execute(f"SELECT count(*) FROM rule_answer WHERE respondent_id IN ({LEFT_OUT})"
                             ).fetchone()[0] == 2


def test_the_supervisor_takes_an_answer_in_and_can_leave_it_out_again(tmp_path, county):
    import_paths(county, [cadre_file(tmp_path, "rules only", only_a_profile_and_two_rules)], today=TODAY)
    [row] = set_aside.listed(county)
    assert set_aside.take_in(county, [row.respondent_id]) == 1
    assert compute(county).respondents == 1 and set_aside.listed(county)[0].taken_in
    assert set_aside.take_in(county, [row.respondent_id]) == 0  # taken in already: nothing changes, no audit line
    assert set_aside.take_in(county, [row.respondent_id], taken=False) == 1
    assert compute(county).respondents == 0
    assert [e.detail for e in audit.entries(county, "set_aside")] == [
        "移出统计：1 份空的或几乎是空的答卷", "纳入统计：1 份空的或几乎是空的答卷"]


def test_a_later_version_with_answers_is_counted(tmp_path, county):
    cadre = Storage.open(tmp_path / "cadre.db")
    export_response(cadre, WAVE, tmp_path / "first.bsurvey")
    a_full_week(cadre)
    export_response(cadre, WAVE, tmp_path / "second.bsurvey")
    cadre.close()
    import_paths(county, [tmp_path / "first.bsurvey"], today=TODAY)
    assert compute(county).respondents == 0
    [result] = import_paths(county, [tmp_path / "second.bsurvey"], today=TODAY).results
    assert (result.status, result.set_aside) == ("replaced", 0)
    assert compute(county).respondents == 1 and set_aside.listed(county) == []


def test_an_empty_return_is_not_a_return_on_the_roster(tmp_path, county):
    replace_roster(county, WAVE.id, [("东港镇", "", 2)])
    import_paths(county, [cadre_file(tmp_path, "rules only", only_a_profile_and_two_rules),
                          cadre_file(tmp_path, "week", a_full_week)], today=TODAY)
    assert roster_totals(county, WAVE.id) == (2, 1, 1)  # the unit still owes one answer


def test_the_import_page_says_how_many_were_set_aside_and_takes_them_in(qtbot, tmp_path, county):
    from ui.supervisor.import_page import ImportPage
    from ui.supervisor.set_aside_dialog import SetAsideDialog

    import_paths(county, [cadre_file(tmp_path, "empty"), cadre_file(tmp_path, "week", a_full_week)], today=TODAY)
    page = ImportPage(county)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.set_aside_row.isVisible()
    assert "有 1 份答卷是空的或几乎是空的" in page.set_aside_note.text()

    dialog = SetAsideDialog(county, page)
    qtbot.addWidget(dialog)
    assert not dialog.take_in_button.isEnabled()  # nothing chosen yet
    dialog.table.selectRow(0)
    assert dialog.model.index(0, 4).data() == "未计入统计"
    qtbot.mouseClick(dialog.take_in_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "已纳入统计 1 份。"
    assert dialog.model.index(0, 4).data() == "已纳入统计"
    assert compute(county).respondents == 2
    page.refresh()
    assert not page.set_aside_row.isVisible()


def all_the_rules(cadre: Storage) -> None:
    from burden_survey.survey.questions import QUESTIONS

    for question in QUESTIONS:
        cadre.save_answer(RuleAnswer(question.code, "no"))


def tools_from_nowhere(cadre: Storage) -> None:
    cadre.save_tool(Tool(name="学习强国", kind="app", formality_share=50))


def test_every_rule_answered_counts_and_a_tool_list_from_nowhere_is_set_aside(tmp_path, county):
    # Before: the 28 rule answers were set aside (no tool, no minute) and the placeless tool list counted.
    files = [cadre_file(tmp_path, "rules", all_the_rules), cadre_file(tmp_path, "nowhere", tools_from_nowhere)]
    report = import_paths(county, files, today=TODAY)
    assert [r.set_aside for r in report.results] == [0, 1]
    assert compute(county).respondents == 1


def test_a_taken_in_answer_stays_taken_in_when_a_later_version_is_as_thin(tmp_path, county):
    cadre = Storage.open(tmp_path / "cadre.db")
    only_a_profile_and_two_rules(cadre)
    export_response(cadre, WAVE, tmp_path / "first.bsurvey")
    cadre.save_answer(RuleAnswer("Q3", "yes"))
    export_response(cadre, WAVE, tmp_path / "second.bsurvey")
    cadre.close()
    import_paths(county, [tmp_path / "first.bsurvey"], today=TODAY)
    set_aside.take_in(county, [set_aside.listed(county)[0].respondent_id])
    [result] = import_paths(county, [tmp_path / "second.bsurvey"], today=TODAY).results
    assert (result.status, result.set_aside) == ("replaced", 0)
    assert compute(county).respondents == 1 and set_aside.listed(county)[0].taken_in


def test_a_taken_in_decision_outlives_a_complete_version_in_between(tmp_path, county):
    cadre = Storage.open(tmp_path / "cadre.db")
    only_a_profile_and_two_rules(cadre)
    export_response(cadre, WAVE, tmp_path / "v1.bsurvey")
    a_full_week(cadre)
    export_response(cadre, WAVE, tmp_path / "v2.bsurvey")
    for tool in cadre.list_tools():
        cadre.delete_tool(tool.id)
    export_response(cadre, WAVE, tmp_path / "v3.bsurvey")
    cadre.close()
    import_paths(county, [tmp_path / "v1.bsurvey"], today=TODAY)
    set_aside.take_in(county, [set_aside.listed(county)[0].respondent_id])
    import_paths(county, [tmp_path / "v2.bsurvey"], today=TODAY)
    assert set_aside.listed(county) == [] and compute(county).respondents == 1  # complete: nothing to list
    import_paths(county, [tmp_path / "v3.bsurvey"], today=TODAY)
    assert compute(county).respondents == 1 and set_aside.listed(county)[0].taken_in


def quotas_with_their_place(cadre: Storage) -> None:
    from burden_survey.survey.model import Quota

    cadre.save_profile(Profile(county_code="320205", township_name="东港镇", unit_type="township_organ"))
    cadre.save_quota(Quota(tool_name="国家反诈中心", target_count=200))


def test_download_quotas_with_their_place_count_as_the_quota_figures_do(tmp_path, county):
    [result] = import_paths(county, [cadre_file(tmp_path, "quotas", quotas_with_their_place)], today=TODAY).results
    assert result.set_aside == 0 and compute(county).respondents == 1
