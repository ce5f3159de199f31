"""Figures read the same in every output: one module formats them and says 「<5」."""

from burden_survey.charts import dashboard_charts
from burden_survey.indicators import shown
from burden_survey.report import report_tables


def test_every_output_rounds_a_figure_the_same_way():
    """The charts rounded 82.5 % up and the meeting pack down; both now read their figures from one place."""
    assert shown.percent(0.825) == "83%" and shown.minutes(4.25) == "4.3" and shown.minutes(5.0) == "5"
    assert report_tables.percent is shown.percent and report_tables.minutes is shown.minutes
    assert dashboard_charts.fmt is shown


def test_a_half_rounds_up_even_where_binary_fractions_fall_just_short():
    """Found by the red-team pass: 23 of 40 (57.5 %) read 57 %, and 3.96 people read 4.0 but 3.96 minutes 4."""
    assert (shown.percent(23 / 40), shown.percent(57 / 200), shown.percent(0.665)) == ("58%", "29%", "67%")
    assert (shown.amount(3.96), shown.amount(2.5), shown.minutes(3.96)) == ("4", "2.5", "4")
    assert shown.number(2.25, 1) == "2.3"
