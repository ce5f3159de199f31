"""「清理进度」: the supervisor sees the clean-up progress, the 关停并转 candidates and each app's burden."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from burden_survey.registry import governance, registry
from burden_survey.survey.model import Profile, Tool
from burden_survey.registry.registry import RegistryApp
from ui.supervisor.governance_page import GovernancePage

TODAY = date(2026, 11, 22)
MONDAY = date(2026, 11, 16)


def register(storage, name, **fields):
    return registry.save_app(storage, RegistryApp(name=name, owner_unit="县委组织部", **fields)).id


def report(storage, name, respondents, minutes, usefulness=None, actions=()):
    for _ in range(respondents):
        tool = Tool(name=name, kind="app", usefulness=usefulness, actions=list(actions))
        storage.add_respondent_bundle(Profile(township_name="城关镇"), [tool], [(0, MONDAY, minutes)], [], [])


@pytest.fixture
def county(storage):
    """A heavy little-used app, an overlapping one nobody uses, a barely reported one, one overdue and one closed."""
    register(storage, "平安巡查通", similar_apps="安全生产APP", registered_users=20000, monthly_actives=300)
    register(storage, "学习强国")
    register(storage, "智慧党建", planned_date=date(2026, 6, 30), disposition="close")
    register(storage, "老旧台账系统", status="closed", disposition="close")
    report(storage, "平安巡查通", respondents=6, minutes=90, usefulness=1, actions=["check_in"])
    report(storage, "学习强国", respondents=3, minutes=40, usefulness=4)
    report(storage, "智慧党建", respondents=5, minutes=10, usefulness=4)
    return storage


def open_page(qtbot, storage):
    page = GovernancePage(storage, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10000)
    return page


def column(model, header):
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    c = headers.index(header)
    return [model.index(r, c).data() for r in range(model.rowCount())]


def card(page, key):
    return page.cards[key].value.text(), page.cards[key].context.text()


def test_the_progress_cards_match_the_registry_and_name_the_apps_to_chase(qtbot, county):
    page = open_page(qtbot, county)
    progress = governance.cleanup_progress(county, TODAY)
    assert card(page, "total")[0] == str(progress.total) == "4"
    assert card(page, "planned")[0] == str(progress.planned) == "2"
    assert card(page, "done")[0] == str(progress.done) == "1"
    assert card(page, "overdue") == ("1", "智慧党建")
    assert card(page, "lacking_plan") == ("1", "老旧台账系统")


def test_the_candidates_list_each_app_with_its_recommendation_and_reasons(qtbot, county):
    page = open_page(qtbot, county)
    expected = governance.candidates(county)
    assert expected, "the known county has at least one candidate"
    assert column(page.candidate_model, "应用") == [c.burden.name for c in expected]
    assert column(page.candidate_model, "建议") == [c.recommendation for c in expected]
    assert column(page.candidate_model, "依据") == ["；".join(c.reasons) for c in expected]
    row = column(page.candidate_model, "应用").index("平安巡查通")
    assert "安全生产APP" in column(page.candidate_model, "依据")[row]
    assert page.candidate_stack.currentWidget() is page.candidate_table


def test_the_burden_table_follows_governance_and_hides_groups_under_five(qtbot, county):
    page = open_page(qtbot, county)
    burdens = {b.name: b for b in governance.app_burdens(county)}
    names = column(page.burden_model, "应用")
    assert names == [b.name for b in governance.app_burdens(county)]
    patrol, study = names.index("平安巡查通"), names.index("学习强国")
    patrol_burden = burdens["平安巡查通"]  # six people, figures through the disclosure guard
    assert column(page.burden_model, "填报人数")[patrol] == str(patrol_burden.respondents)
    assert column(page.burden_model, "累计用时（分钟）")[patrol] == f"{patrol_burden.total_minutes:,}"
    assert column(page.burden_model, "被要求的功能（人）")[patrol] == f"打卡 {patrol_burden.forced_reported['check_in']}"
    assert column(page.burden_model, "有用程度")[patrol] == f"{patrol_burden.usefulness_mean:.1f}"
    assert column(page.burden_model, "填报人数")[study] == "<5"
    assert column(page.burden_model, "人均每工作日（分钟）")[study] == "<5"
    assert column(page.burden_model, "有用程度")[study] == "<5"
    assert column(page.burden_model, "月活 / 注册用户")[patrol] == "300 / 20,000"


def test_an_empty_registry_says_where_to_start(qtbot, storage):
    page = open_page(qtbot, storage)
    assert page.stack.currentWidget() is page.empty_label
    assert "应用登记" in page.empty_label.text()


def test_the_wave_filter_offers_all_waves_first(qtbot, county):
    page = open_page(qtbot, county)
    assert page.wave_combo.itemText(0) == "全部批次"
    assert page.wave_id() is None  # no imported waves in this database


def test_both_models_pass_the_model_tester(qtbot, qtmodeltester, county):
    page = open_page(qtbot, county)
    qtmodeltester.check(page.candidate_model)
    qtmodeltester.check(page.burden_model)
