"""Figures read the same in every output: one module formats them and says 「<5」."""

from burden_survey.charts import dashboard_charts
from burden_survey.indicators import shown
from burden_survey.report import report_tables


def test_every_output_rounds_a_figure_the_same_way():
    """The charts rounded 82.5 % up and the meeting pack down; both now read their figures from one place."""
    assert shown.percent(0.825) == "83%" and shown.minutes(4.25) == "4.3" and shown.minutes(5.0) == "5"
    assert report_tables.percent is shown.percent and report_tables.minutes is shown.minutes
    assert dashboard_charts.fmt is shown
