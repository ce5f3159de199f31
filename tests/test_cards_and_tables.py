"""Every key figure reads as the table or chart it summarises, in the same words and to the same digits (issue 15).

Before, the pack's cards said 人均 over a median (人均需使用的工具 43.5 个 beside a table mean of 44.3), the hours of
quotas were rounded one way on the card and another in the table, and noise could make 「每天」 read above
「每周多次」. The figures here come through the database's own guard, noise and all, as a supervisor sees them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from burden_survey.charts.dashboard_charts import all_charts
from burden_survey.cli.demo_county import write_demo_county
from burden_survey.indicators.figures import Filters
from burden_survey.indicators.indicators import compute
from burden_survey.indicators.key_figures import key_figures
from burden_survey.report.report_tables import all_tables, tools_per_respondent_table
from burden_survey.store.storage import Storage

UNTIL = date(2026, 11, 20)


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    path = tmp_path_factory.mktemp("cards") / "county.db"
    write_demo_county(path, 120, 5, until=UNTIL)
    return path


@pytest.fixture(scope="module", params=[Filters(), Filters(township="东港镇")], ids=["county", "township"])
def printed(request, county):
    storage = Storage.open(county)
    ind = compute(storage, request.param)
    storage.close()
    cards = {f.key: f for f in key_figures(ind)}
    tables = {t.title: t for t in [tools_per_respondent_table(ind), *all_tables(ind)]}
    return ind, cards, tables


def row(tables, title: str, label: str) -> list[str]:
    return next(r for r in tables[title].rows if r[0] == label)


def test_the_tool_and_group_cards_are_the_tables_means(printed):
    _, cards, tables = printed
    assert str(cards["tools"].value) == row(tables, "人均需使用的工具数（按类型）", "全部类型")[2] + " 个"
    assert str(cards["groups"].value) == row(tables, "人均需使用的工具数（按类型）", "工作群")[2] + " 个"
    assert str(cards["tools"].note).startswith("均值，") and str(cards["groups"].note).startswith("均值，")


def test_the_after_hours_card_is_the_tables_row_and_daily_never_reads_above_weekly(printed):
    _, cards, tables = printed
    weekly = row(tables, "下班后要求", "每周多次及以上")[1]
    daily = row(tables, "下班后要求", "每天")[1]
    assert weekly.startswith(str(cards["after_hours"].value) + "（")
    assert str(cards["after_hours"].note).endswith("其中每天：" + daily.split("（")[0])
    counts = [int(re.search(r"（(\d+)/", r[1]).group(1)) for r in tables["下班后要求"].rows]
    assert counts == sorted(counts, reverse=True)  # 偶尔及以上 ≥ 每周多次及以上 ≥ 每天


def test_the_quota_card_is_the_quota_table(printed):
    _, cards, tables = printed
    summary = {r[0]: r[1] for r in tables["摊派下载：总体"].rows}
    assert str(cards["quotas"].value) == summary["摊派下载任务（项）"] + " 项"
    note = str(cards["quotas"].note)
    assert f"共耗时 {summary['花费工时合计（小时）']} 小时" in note  # before: 1,356 on the card, 1,355.5 in the table
    assert f"完成 {summary['已完成合计'].split('（')[1].rstrip('）')}" in note
    assert note.startswith(re.search(r"（(\d[\d,]*)/", summary["有摊派任务的干部"]).group(1) + " 人被摊派")


def test_the_repeated_reporting_card_is_the_rules_tables_q15(printed):
    _, cards, tables = printed
    q15 = next(r for r in tables["规定对照 Q1–Q28：可能违规的比例"].rows if r[0] == "Q15")
    assert str(cards["repeated_reporting"].value) == q15[4]
    assert str(cards["repeated_reporting"].note).startswith(f"回答此题的 {q15[2]} 人中")


def test_the_minutes_card_is_the_histograms_finding(printed):
    ind, cards, _ = printed
    card = cards["minutes"]
    [chart] = [c for c in all_charts(ind) if c.key == "workday_minutes"]
    mean = str(card.value).removesuffix(" 分钟")
    assert f"平均用时 {mean} 分钟" in chart.finding
    median = re.search(r"中位数 (\S+) 分钟", str(card.note))
    assert median is None or f"中位数 {median.group(1)} 分钟" in chart.finding


def test_no_tool_is_reported_by_more_cadres_than_answered(printed):
    ind, _, _ = printed
    for tool in ind.top_tools_by_respondents + ind.top_tools_by_minutes:
        assert tool.suppressed or tool.respondents <= ind.respondents  # before: 「镇干部工作群（151人）」 of 150


def test_an_intervals_two_ends_are_written_alike():
    from burden_survey.indicators.shown import amount, span

    assert span((26.6, 29.0), amount) == "26.6–29.0"  # before: 「26.6–29」
    assert span((26.0, 29.0), amount) == "26–29"
