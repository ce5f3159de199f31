"""Workdays follow the State Council's schedule: the National Day week of 2026 has three workdays, one a Saturday,
and every figure per workday — the county's, the cadre's own, the week grid's — divides by those."""

from datetime import date, timedelta

from PySide6.QtCore import Qt

from burden_survey.indicators.indicators import Filters, compute
from burden_survey.indicators.metrics import summarize_period
from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy
from burden_survey.store import workday_calendar
from burden_survey.store.storage import Storage
from burden_survey.survey.catalogue import infer_kind
from burden_survey.survey import workdays
from burden_survey.survey.model import DailyTotal, Profile, Tool
from ui.cadre.daily_log_page import DailyLogPage

# Monday 5 October to Sunday 11 October 2026: 5–7 October are the end of the National Day holiday, Thursday 8 and
# Friday 9 are workdays, and Saturday 10 October is worked in lieu (调休上班).
WEEK = [date(2026, 10, 5) + timedelta(days=n) for n in range(7)]
WORKED = {date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 10)}
MINUTES = {day: 90 if day in WORKED else 10 for day in WEEK}  # a little on holidays, the load on workdays


def test_the_schedule_knows_holidays_and_days_worked_in_lieu():
    assert [workdays.is_workday(d) for d in WEEK] == [False, False, False, True, True, True, False]
    assert workdays.day_note(date(2026, 10, 5)) == "国庆节" and workdays.day_note(date(2026, 10, 10)) == "调休上班"
    assert workdays.day_note(date(2026, 10, 12)) is None and workdays.is_workday(date(2026, 10, 12))
    assert workdays.day_note(date(2026, 2, 17)) == "春节" and not workdays.is_workday(date(2026, 2, 17))


def test_a_year_not_yet_published_counts_monday_to_friday_and_says_it_is_not_known():
    later = workdays.known_until() + 1
    first_of_october = date(later, 10, 1)

    assert not workdays.known(first_of_october) and workdays.known(date(2026, 10, 1))
    assert workdays.is_workday(first_of_october) == (first_of_october.weekday() < 5)


def holiday_week_county(path, cadres: int = 5) -> Storage:
    """Five cadres (k) who each logged the holiday week alike."""
    store = Storage.open(path)
    for _ in range(cadres):
        store.add_respondent_bundle(Profile(township_name="东港镇", unit_type="township_organ"),
                                    [Tool("学习强国", kind="app", formality_share=50)],
                                    [(0, day, minutes) for day, minutes in MINUTES.items()], [], [])
    return store


def test_the_countys_minutes_per_workday_divide_by_the_real_workdays(tmp_path):
    store = holiday_week_county(tmp_path / "county.db")
    try:
        exact = Guard(Policy(), keys=None)
        figure = compute(store, Filters(), exact).minutes_per_workday
        logged = set(store.db.execute("SELECT logged_workdays, workday_minutes FROM summary_respondent").fetchall())
    finally:
        store.close()

    assert logged == {(3, 270)}  # Monday to Friday would have said 5 days and 210 minutes: 42 a workday
    assert figure.mean == 90


def test_the_cadres_own_week_divides_by_the_same_workdays():
    days = [DailyTotal(day, minutes, 0.0, minutes) for day, minutes in MINUTES.items()]
    week = summarize_period(days, WEEK[0], WEEK[-1])

    assert week.logged_workdays == 3 and week.minutes_per_workday == 90


def test_a_database_kept_by_an_older_rule_is_recounted_when_it_is_opened(tmp_path):
    store = holiday_week_county(tmp_path / "county.db")
    with store.db.atomic():  # as a program that only knew Monday to Friday left it
        store.db.execute("DELETE FROM workday_calendar")
        store.db.execute("UPDATE summary_respondent SET logged_workdays = 5, workday_minutes = 210")
    store.close()

    store = Storage.open(tmp_path / "county.db")
    try:
        held = store.db.execute("SELECT day, workday FROM workday_calendar ORDER BY day").fetchall()
        logged = set(store.db.execute("SELECT logged_workdays, workday_minutes FROM summary_respondent").fetchall())
    finally:
        store.close()

    assert tuple(held) == workdays.exceptions() and logged == {(3, 270)}


def test_the_week_grid_names_the_holidays_tints_the_days_off_and_counts_the_saturday(qtbot, storage):
    tool = storage.save_tool(Tool("学习强国", kind="app", formality_share=0))
    for day, minutes in MINUTES.items():
        storage.set_minutes(tool.id, day, minutes, today=date(2026, 10, 11))
    page = DailyLogPage(storage, today=lambda: date(2026, 10, 11))
    qtbot.addWidget(page)
    page.show()
    model = page.model

    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert "国庆节" in headers[0] and "调休上班" in headers[5] and "调休" not in headers[6]
    tip = model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "2026-10-10" in tip and "计为工作日" in tip
    tinted = [model.data(model.index(0, c), Qt.ItemDataRole.BackgroundRole) is not None for c in range(7)]
    assert tinted == [True, True, True, False, False, False, True]
    assert "已记录 3 个工作日，平均每个工作日 90 分钟" in page.summary_label.text()


def test_a_week_of_a_year_not_yet_published_warns_the_cadre(qtbot, storage):
    later = date(workdays.known_until() + 1, 3, 3)
    tool = storage.save_tool(Tool("学习强国", kind="app", formality_share=0))
    storage.set_minutes(tool.id, later, 30, today=later)
    page = DailyLogPage(storage, today=lambda: later)
    qtbot.addWidget(page)
    page.show()

    assert page.warning_label.isVisibleTo(page)
    assert f"{later.year}年的节假日和调休安排本程序尚未收录" in page.warning_label.text()


def test_restoring_a_backup_an_older_program_made_recounts_its_workdays_at_once(tmp_path):
    from burden_survey.store.backups import make_backup, restore

    store = holiday_week_county(tmp_path / "county.db")
    with store.db.atomic():  # the backup as a Monday-to-Friday program left it
        store.db.execute("DELETE FROM workday_calendar")
        store.db.execute("UPDATE summary_respondent SET logged_workdays = 5, workday_minutes = 210")
    older = make_backup(store, "manual")
    workday_calendar.sync(store.db)
    try:
        restore(store, older)
        logged = set(store.db.execute("SELECT logged_workdays, workday_minutes FROM summary_respondent").fetchall())
    finally:
        store.close()

    assert logged == {(3, 270)}


def test_a_name_suggests_a_kind_only_when_it_says_one():
    assert infer_kind("东港镇工作群") == ("work_group", "name") and infer_kind("村两委群")[0] == "work_group"
    assert infer_kind("学习强国") == ("app", "catalogue")
    assert infer_kind("党建管理系统APP")[0] == "app"  # the ending speaks first
    assert infer_kind("河长制ＡＰＰ")[0] == "app"  # full-width letters
    assert infer_kind("某某服务号")[0] == "official_account" and infer_kind("智慧党建小程序")[0] == "mini_program"
    assert infer_kind("Happy打卡") is None and infer_kind("村务通") is None and infer_kind("群众路线") is None
