"""The dashboard charts draw what the numbers say, say it in one sentence, and never show a group under 5."""

import pytest
from matplotlib.text import Text

from burden_survey.charts.charts import chinese_font_family
from burden_survey.charts.dashboard_charts import (
    Chart, all_charts, quotas_chart, rules_chart, save_chart, top_tools_chart, township_kinds_chart, waves_chart,
    workday_minutes_chart,
)
from burden_survey.disclosure.guard import Bin
from burden_survey.indicators.figures import Distribution, Filters, Indicators, QuotaFigures, RuleFigure, Share, TownshipKinds, ToolFigure, WaveFigures

TOOLS = [
    ToolFigure("学习强国", respondents=40, total_minutes=18_400, minutes_per_workday=23.0),
    ToolFigure("苏服办", respondents=30, total_minutes=2_400, minutes_per_workday=4.0),
    ToolFigure("镇干部工作群", respondents=50, total_minutes=9_000, minutes_per_workday=9.0),
    ToolFigure("秘密应用", respondents=3, total_minutes=3_000, minutes_per_workday=50.0, suppressed=True),
]
BINS = [Bin(0, 40, 6), Bin(40, 60, 9), Bin(60, 80, 12), Bin(80, 100, 8), Bin(100, 140, 7), Bin(140, None, 5)]
DIST = Distribution(n=47, mean=107.0, median=82.5, p90=200.0)
TOWNSHIPS = [
    TownshipKinds("东港镇", 12, {"app": 30.0, "work_group": 20.0}),
    TownshipKinds("锡北镇", 8, {"app": 20.0, "mini_program": 50.0, "work_group": 40.0}),
    TownshipKinds("小村镇", 3, {"app": 300.0}),
]
RULES = [
    RuleFigure("Q3", "是否被要求定期登录某个应用（如每日登录）？", answered=50, problems=20, unknown=5),
    RuleFigure("Q7", "是否被要求每日打卡签到（安全生产、应急等特殊场景除外）？", answered=50, problems=31, unknown=2),
    RuleFigure("Q10", "点赞、投票、转发、评论是否被用作考核依据？", answered=4, problems=4, unknown=0),
    RuleFigure("Q24", "您所在单位是否对工作群数量设有上限？", answered=50, problems=0, unknown=10),
    RuleFigure("Q27", "您使用的应用是否设有投诉或意见建议入口？", answered=40, problems=10, unknown=20),
]
QUOTAS = QuotaFigures(
    quotas=9, respondents_with_quota=Share(7, 50), target_total=760, achieved_total=500,
    counted_in_assessment=Share(5, 9), hours_total=40.0,
    by_tool=[("苏服办", 400, 260), ("灵锡", 300, 180), ("个人所得税", 60, 60)],  # biggest target first, as computed
)
WAVES = [
    WaveFigures("W2025", "2025年调查", 30, 80.0, {"app": 40.0, "mini_program": 10.0, "work_group": 30.0}),
    WaveFigures("W2026", "2026年调查", 28, 83.0, {"app": 31.0, "mini_program": 22.0, "work_group": 30.0}),
]


def texts_of(chart: Chart) -> list[str]:
    """Every piece of text drawn in the figure: titles, tick labels, legend, value labels."""
    return [t.get_text() for t in chart.figure.findobj(Text) if t.get_text()]


def tick_labels(chart: Chart) -> list[str]:
    return [t.get_text() for ax in chart.figure.axes for t in ax.get_yticklabels() + ax.get_xticklabels()]


def all_six() -> list[Chart]:
    return [top_tools_chart(TOOLS), workday_minutes_chart(BINS, DIST), township_kinds_chart(TOWNSHIPS),
            rules_chart(RULES), quotas_chart(QUOTAS), waves_chart(WAVES)]


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_every_chart_renders_to_a_picture_file(tmp_path, suffix):
    for chart in all_six():
        out = tmp_path / f"{chart.key}.{suffix}"
        chart.figure.savefig(out)
        assert out.stat().st_size > 5_000, chart.key


def test_top_tools_names_the_costliest_tool_with_its_minutes_and_puts_it_on_top():
    chart = top_tools_chart(TOOLS)
    assert chart.finding == "「学习强国」总耗时最多，40 名使用者共 18,400 分钟，使用者人均每工作日 23 分钟。"
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert labels[-1].startswith("学习强国") and labels[0].startswith("苏服办")  # barh draws bottom-up


def test_a_tool_used_by_fewer_than_five_is_left_out_even_when_it_costs_most():
    chart = top_tools_chart(TOOLS)
    assert not any("秘密应用" in text for text in texts_of(chart))
    assert "秘密应用" not in chart.finding and "50" not in chart.finding


def test_workday_distribution_quotes_mean_median_and_p90():
    chart = workday_minutes_chart(BINS, DIST)
    assert chart.finding == "答卷人每工作日平均用时 107 分钟，中位数 83 分钟，十分之一的人在 200 分钟以上。"
    legend = [t.get_text() for t in chart.figure.legends[0].get_texts()]
    assert legend == ["均值 107 分钟", "中位数 83 分钟", "90% 分位 200 分钟"]


def test_a_merged_bin_is_drawn_as_wide_as_it_is_and_as_low_so_its_area_is_its_count():
    chart = workday_minutes_chart(BINS, DIST)
    bars = {(p.get_x(), p.get_width()): p.get_height() for p in chart.figure.axes[0].patches}
    assert bars[(0, 40)] == 3 and bars[(60, 20)] == 12  # 6 people over 40 minutes read as 3 per 20 minutes
    assert any(t == "≥140" for t in texts_of(chart))  # the open top bin


def test_the_heaviest_township_is_named_with_its_biggest_tool_kind():
    chart = township_kinds_chart(TOWNSHIPS)
    assert chart.finding == "人均负担最重的是「锡北镇」，每工作日 110 分钟，其中小程序 50 分钟。"
    legend = [t.get_text() for t in chart.figure.axes[0].get_legend().get_texts()]
    assert legend == ["政务APP", "小程序", "工作群"]


def test_a_township_under_five_respondents_is_left_out_and_counted_in_a_note():
    chart = township_kinds_chart(TOWNSHIPS)
    assert not any("小村镇" in label for label in tick_labels(chart))
    assert "小村镇" not in chart.finding
    assert "另有 1 个乡镇答卷人少于 5 人" in chart.figure.axes[0].get_xlabel()


def test_rules_chart_names_the_most_violated_rule_in_the_words_of_a_meeting():
    chart = rules_chart(RULES)
    assert chart.finding == "违规率最高的是 Q7（每日打卡），60% 的答卷人回答「是」。"  # 31 of 50, to 5 %
    labels = tick_labels(chart)
    assert "Q7 每日打卡" in labels
    assert not any(label.startswith(("Q10 ", "Q24 ")) for label in labels)  # too few answers; no problem answer


def test_for_q27_the_problem_answer_is_no():
    chart = rules_chart([RuleFigure("Q27", "您使用的应用是否设有投诉或意见建议入口？", answered=40, problems=10, unknown=20)])
    assert chart.finding == "违规率最高的是 Q27（无投诉建议入口），25% 的答卷人回答「否」。"


def test_quotas_compare_target_and_achieved_and_name_the_biggest_target():
    chart = quotas_chart(QUOTAS)
    assert chart.finding == ("摊派下载目标合计 760 个，已完成 500 个（70%），"
                             "指标最多的是「苏服办」（目标 400 个，完成 260 个）。")
    assert " 260/400（65%）" in texts_of(chart)


def test_quotas_of_fewer_than_five_respondents_are_not_drawn():
    few = QuotaFigures(quotas=3, respondents_with_quota=Share(3, 50), target_total=300, achieved_total=100,
                       counted_in_assessment=Share(1, 3), hours_total=6.0, by_tool=[("灵锡", 300, 100)])
    chart = quotas_chart(few)
    assert chart.figure is None and "灵锡" not in chart.finding and "少于 5 人" in chart.finding


def test_waves_show_burden_moving_from_apps_to_mini_programs():
    chart = waves_chart(WAVES)
    assert chart.finding == "与上一批次「2025年调查」相比，小程序人均每工作日用时增加 12 分钟，政务APP减少 9 分钟。"
    assert [t.get_text() for t in chart.figure.axes[0].get_xticklabels()] == ["政务APP", "小程序", "工作群"]


def test_a_wave_under_five_respondents_is_not_compared():
    tiny = WaveFigures("W2027", "2027年调查", 4, 10.0, {"app": 1.0})
    chart = waves_chart([*WAVES, tiny])
    assert "2025年调查" in chart.finding
    assert not any("2027" in text for text in texts_of(chart))


def test_only_one_wave_means_no_comparison():
    chart = waves_chart(WAVES[:1])
    assert chart.figure is None and "只有一个调查批次" in chart.finding


@pytest.mark.parametrize("chart", [
    top_tools_chart([]), workday_minutes_chart([], Distribution(n=0)), township_kinds_chart([]), rules_chart([]),
    quotas_chart(QuotaFigures(0, Share(0, 0), 0, 0, Share(0, 0), 0.0)), waves_chart([]),
], ids=lambda c: c.key)
def test_no_data_gives_no_figure_and_says_so_in_chinese(chart):
    assert chart.figure is None
    assert chart.finding and chart.finding.endswith("。") and chart.title


def test_everything_suppressed_gives_no_figure():
    assert top_tools_chart([TOOLS[3]]).figure is None
    assert workday_minutes_chart([], Distribution(n=2, mean=15.0)).figure is None
    # Twelve people have a mean but no histogram: the guard makes none below 20.
    twelve = workday_minutes_chart([], Distribution(n=12, mean=40.0))
    assert twelve.figure is None and "少于 20 人" in twelve.finding and "40 分钟" in twelve.finding
    assert township_kinds_chart([TOWNSHIPS[2]]).figure is None
    assert rules_chart([RULES[2]]).figure is None


def test_chinese_text_is_drawn_in_the_bundled_noto_sans_sc():
    family = chinese_font_family()
    assert family == "Noto Sans SC"
    for chart in all_six():
        chinese = [t for t in chart.figure.findobj(Text) if any("\u4e00" <= ch <= "\u9fff" for ch in t.get_text())]
        assert chinese, chart.key
        assert {t.get_fontname() for t in chinese} == {family}, chart.key


def indicators_of_the_small_county() -> Indicators:
    return Indicators(
        filters=Filters(), respondents=60, returned_of_expected=None, tools_per_respondent={},
        minutes_per_workday=DIST, formality_minutes_per_workday=Distribution(0), formality_share=None, after_hours={},
        top_tools_by_minutes=TOOLS, top_tools_by_respondents=[], by_sponsor_level=[], by_line_department=[],
        groups_per_respondent=Distribution(0), groups_instant_response=Share(0, 0),
        respondents_with_instant_groups=Share(0, 0), repeated_reporting=Share(0, 0),
        repeated_reporting_systems=Distribution(0), quotas=QUOTAS, rules=RULES, township_kinds=TOWNSHIPS,
        minutes_histogram=BINS, waves=[],
    )


def test_all_charts_come_in_the_dashboard_order():
    charts = all_charts(indicators_of_the_small_county())
    assert [c.key for c in charts] == ["top_tools", "workday_minutes", "township_kinds", "rules", "quotas", "waves"]
    assert [c.figure is not None for c in charts] == [True, True, True, True, True, False]


def test_an_exported_chart_carries_its_title_but_the_shown_figure_does_not(tmp_path):
    chart = top_tools_chart(TOOLS)
    svg = save_chart(chart, tmp_path / "工具.svg")
    png = save_chart(chart, tmp_path / "工具.PNG")
    assert svg.read_text(encoding="utf-8").startswith("<?xml") and png.read_bytes()[:4] == b"\x89PNG"
    assert "耗时最多的工具" not in [t.get_text() for t in chart.figure.findobj(Text) if t.get_visible()]


def test_exporting_to_another_format_or_an_empty_chart_is_refused(tmp_path):
    with pytest.raises(ValueError, match="PNG 或 SVG"):
        save_chart(top_tools_chart(TOOLS), tmp_path / "tools.pdf")
    with pytest.raises(ValueError, match="暂无数据"):
        save_chart(top_tools_chart([]), tmp_path / "tools.png")


def test_a_distribution_of_fewer_than_five_says_so_rather_than_no_data():
    chart = workday_minutes_chart([], Distribution(n=3))
    assert chart.figure is None and "少于 5 人" in chart.finding


def test_when_every_kind_grew_the_waves_finding_says_none_fell():
    later = WaveFigures("W2026", "2026年调查", 28, 90.0, {"app": 41.0, "mini_program": 15.0, "work_group": 34.0})
    assert waves_chart([WAVES[0], later]).finding == (
        "与上一批次「2025年调查」相比，小程序人均每工作日用时增加 5 分钟，没有类别减少。")


def test_small_minutes_keep_one_decimal_and_halves_round_up():
    tools = [ToolFigure("灵锡", respondents=9, total_minutes=100, minutes_per_workday=4.25)]
    assert top_tools_chart(tools).finding == "「灵锡」总耗时最多，9 名使用者共 100 分钟，使用者人均每工作日 4.3 分钟。"


def test_the_report_can_have_the_charts_drawn_straight_onto_its_a4_pages(tmp_path):
    from matplotlib.figure import Figure

    ind = indicators_of_the_small_county()
    page = Figure(figsize=(8.27, 11.69), layout="constrained")
    slots = iter(page.subfigures(5, 1))
    charts = all_charts(ind, new_figure=lambda: next(slots))
    assert [c.finding for c in charts] == [c.finding for c in all_charts(ind)]
    assert all(c.figure is None or c.figure.figure is page for c in charts)
    page.savefig(tmp_path / "page.pdf")
    assert (tmp_path / "page.pdf").read_bytes()[:5] == b"%PDF-"


def test_the_top_tools_chart_ranks_as_its_table_does_by_total_minutes_not_by_minutes_per_user():
    # 智慧党建 costs its few users most per workday; 河长制 costs most in all and heads the pack's table.
    tools = [ToolFigure("河长制", respondents=60, total_minutes=30_000, minutes_per_workday=12.0),
             ToolFigure("智慧党建", respondents=8, total_minutes=6_000, minutes_per_workday=40.0)]
    chart = top_tools_chart(tools)

    assert chart.finding.startswith("「河长制」总耗时最多")
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert labels[-1].startswith("河长制")  # on top
    assert "按总分钟" in chart.title


def test_the_histogram_counts_people_in_whole_ticks():
    few = [Bin(0.0, 30.0, 5), Bin(30.0, 60.0, 6), Bin(60.0, None, 5)]  # before: ticks at 0, 1.5, 3, 4.5 … people
    chart = workday_minutes_chart(few, Distribution(n=16, mean=40.0, median=35.0, k=5, suppressed=False))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(chart.figure)
    chart.figure.set_size_inches(4, 1.6)  # a small chart box: room for three ticks
    chart.figure.canvas.draw()
    [ax] = chart.figure.axes
    assert all(float(t).is_integer() for t in ax.get_yticks())
