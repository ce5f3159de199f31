"""The database keeps what a cadre records, refuses what the rules refuse, and loses nothing on a refusal."""

from datetime import date

import pytest

from burden_survey.system.errors import InputRejected
from burden_survey.survey.model import DailyTotal, Profile, Quota, RuleAnswer, Tool

DAY = date(2026, 11, 20)
TODAY = date(2026, 11, 22)


def test_a_saved_tool_reads_back_with_every_field(storage, reopen):
    tool = Tool("学习强国", kind="app", platform="standalone", sponsor_level="central", line_department="宣传部",
                obligation="assessed", frequency="daily", after_hours="weekly", actions=["points", "check_in"],
                ranked="notified", rank_metric="积分", rank_frequency="weekly", consequences=["written_notice"],
                same_data_as="一表通", usefulness=2, note="每天刷分")
    storage.save_tool(tool)
    again = reopen().list_tools()[0]
    assert again == tool
    assert again.formality_share is None  # trace-leaving actions suggest a share; only the cadre's choice sets it


def test_each_new_database_gets_a_random_anonymous_respondent_id(tmp_path):
    from burden_survey.store.storage import Storage

    ids = {Storage.open(tmp_path / f"{i}.db").self_id for i in range(3)}
    assert len(ids) == 3
    assert all(rid.startswith("R") and len(rid) == 17 for rid in ids)


def test_the_profile_has_no_place_for_a_name_phone_or_id_number(storage):
    columns = {c.name for c in storage.db["respondent"].columns}
    assert not columns & {"name", "phone", "id_number", "姓名"}
    assert columns >= {"county_code", "township_name", "unit_type", "post", "tenure", "staffing", "work_phone"}


def test_a_profile_saves_and_a_township_code_outside_the_county_is_refused(storage, reopen):
    profile = Profile(county_code="320205", township_name="东港镇", township_code="320205101000", work_phone=False)
    storage.save_profile(profile)
    with pytest.raises(InputRejected, match="前 6 位"):
        storage.save_profile(Profile(county_code="320205", township_code="110101001000"))
    saved = reopen().load_profile()
    assert (saved.township_name, saved.township_code, saved.work_phone) == ("东港镇", "320205101000", False)


def test_minutes_over_a_day_are_refused_and_none_of_the_batch_is_kept(storage, reopen):
    a, b, c = (storage.save_tool(Tool(n)).id for n in "ABC")
    storage.set_minutes(a, DAY, 30, today=TODAY)
    with pytest.raises(InputRejected, match="24 小时"):
        storage.set_minutes_many([(a, DAY, 600), (b, DAY, 600), (c, DAY, 300)], today=TODAY)
    assert reopen().minutes_between(DAY, DAY) == {(a, DAY): 30}


def test_future_days_and_absurd_minutes_are_refused_with_the_field_named(storage):
    tool = storage.save_tool(Tool("A")).id
    with pytest.raises(InputRejected, match="将来"):
        storage.set_minutes(tool, date(2026, 11, 23), 10, today=TODAY)
    with pytest.raises(InputRejected, match="600"):
        storage.set_minutes(tool, DAY, 601, today=TODAY)
    with pytest.raises(InputRejected, match="不是整数"):
        storage.set_minutes(tool, DAY, "abc", today=TODAY)


def test_zero_minutes_is_kept_apart_from_nothing_logged(storage):
    tool = storage.save_tool(Tool("A")).id
    storage.set_minutes(tool, DAY, 0, today=TODAY)
    assert storage.minutes_between(DAY, DAY) == {(tool, DAY): 0}
    storage.set_minutes(tool, DAY, None, today=TODAY)
    assert storage.minutes_between(DAY, DAY) == {}


def test_copying_a_day_replaces_the_target_days_minutes(storage):
    a, b = (storage.save_tool(Tool(n)).id for n in "AB")
    storage.set_minutes_many([(a, date(2026, 11, 19), 15), (b, DAY, 40)], today=TODAY)
    assert storage.copy_day(date(2026, 11, 19), DAY, today=TODAY) == 1
    assert storage.minutes_between(DAY, DAY) == {(a, DAY): 15}


def test_a_deleted_tool_and_its_minutes_come_back_on_restore(storage):
    tool = storage.save_tool(Tool("A")).id
    storage.set_minutes(tool, DAY, 20, today=TODAY)
    storage.delete_tool(tool)
    assert storage.list_tools() == [] and storage.daily_totals(DAY, DAY) == []
    storage.restore_tool(tool)
    assert [t.name for t in storage.list_tools()] == ["A"]
    assert storage.daily_totals(DAY, DAY) == [DailyTotal(DAY, 20, 0.0, 0)]  # no share given: 0 minutes rated


def test_quotas_and_rule_answers_read_back(storage, reopen):
    storage.save_quota(Quota("苏服办", assigned_by="county", target_group="residents", target_count=160,
                             deadline=date(2026, 12, 31), counted_in_assessment=True, methods=["door_to_door"],
                             achieved_count=120, hours_spent=12.5))
    storage.save_answer(RuleAnswer("Q15", "yes", {"systems": 3}))
    again = reopen()
    quota = again.list_quotas()[0]
    assert (quota.target_count, quota.deadline, quota.methods) == (160, date(2026, 12, 31), ["door_to_door"])
    assert again.load_answers()["Q15"] == RuleAnswer("Q15", "yes", {"systems": 3})


def test_a_refused_quota_leaves_nothing_behind(storage):
    with pytest.raises(InputRejected, match="应用名称"):
        storage.save_quota(Quota("  "))
    assert storage.list_quotas() == []


def test_the_database_file_uses_wal_and_foreign_keys(storage):
    assert storage.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert storage.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_response_holds_at_most_300_tools_as_the_import_allows(storage):
    """The import refuses a response with more (an attack added 20,000 apps to one answer); the form stops first."""
    from burden_survey.store.response_tables import MOST_TOOLS
    for i in range(MOST_TOOLS):
        storage.save_tool(Tool(name=f"工具{i}", kind="app"))
    with pytest.raises(InputRejected) as refused:
        storage.save_tool(Tool(name="再一个", kind="app"))
    assert "最多 300 项" in refused.value.message


def test_text_a_supervisor_reads_may_not_hold_a_phone_number_or_control_characters(storage):
    with pytest.raises(InputRejected):
        storage.save_tool(Tool(name="联系13912345678", kind="app"))
    with pytest.raises(InputRejected):
        storage.save_tool(Tool(name="学习强国", kind="app", line_department="应急\x07"))
    saved = storage.save_tool(Tool(name="学习强国", kind="app", note="王科长 13912345678"))  # a private note: warned only
    assert saved.id


def test_waves_registered_within_one_second_list_in_the_order_they_were_registered(storage):
    """The sample county registers its third quarter, then its fourth ("DEMO2026"): on a fast machine both fell in
    one second and the fourth, sorted by id, came first, so the dashboard compared the waves the wrong way round."""
    from burden_survey.survey.survey_file import Wave

    storage.add_wave(Wave("DEMO2026Q3", "第三季度", "2026.1"))
    storage.add_wave(Wave("DEMO2026", "第四季度", "2026.1"))
    assert [w.id for w in storage.list_waves()] == ["DEMO2026Q3", "DEMO2026"]
