"""Input rules: refusals name the field; privacy and plausibility warnings never block."""

from datetime import date, timedelta

import pytest

from burden_survey.survey import validation
from burden_survey.system.errors import InputRejected
from burden_survey.survey.model import Tool


@pytest.mark.parametrize("value", [0, 45, 600, "30", " 120 "])
def test_whole_minutes_from_0_to_600_are_accepted(value):
    assert validation.check_minutes(value) == int(str(value).strip())


@pytest.mark.parametrize("value", [601, -1, "abc", "-5", "1.5", 2.5, True, None])
def test_minutes_outside_the_rules_are_refused_naming_the_field(value):
    with pytest.raises(InputRejected) as caught:
        validation.check_minutes(value)
    assert caught.value.field == "分钟数"
    assert "分钟数" in caught.value.message


def test_a_future_date_is_refused_and_today_is_not():
    today = date(2026, 3, 10)
    assert validation.check_not_future(today, today) == today
    with pytest.raises(InputRejected, match="将来"):
        validation.check_not_future(today + timedelta(days=1), today)


def test_a_day_over_24_hours_is_refused_and_exactly_24_is_not():
    validation.check_day_total(date(2026, 3, 10), 24 * 60)
    with pytest.raises(InputRejected) as caught:
        validation.check_day_total(date(2026, 3, 10), 24 * 60 + 1)
    assert caught.value.field == "3月10日合计"


def test_storage_rolls_back_a_day_that_would_pass_24_hours(storage, reopen):
    tools = [storage.save_tool(Tool(name=f"应用{i}")) for i in range(3)]
    day = date(2026, 3, 10)
    with pytest.raises(InputRejected):
        storage.set_minutes_many([(t.id, day, 500) for t in tools], today=day)
    assert reopen().minutes_between(day, day) == {}


def test_a_phone_number_in_free_text_brings_a_warning():
    assert "手机号码" in validation.personal_data_warning("有事找王主任 13812345678")


@pytest.mark.parametrize("text", ["身份证 320205199001011234", "32020519900101123X"])
def test_an_id_number_in_free_text_brings_a_warning(text):
    assert "身份证" in validation.personal_data_warning(text)


@pytest.mark.parametrize("text", ["", "每天打卡两次", "区划代码 320205100201", "共 13812 条消息", "02512345678",
                                  "统一社会信用代码 913202001234567890"])  # all digits, an ID's length: no birth date
def test_ordinary_text_brings_no_warning(text):
    assert validation.personal_data_warning(text) == ""


def test_plausibility_warnings_fire_only_above_the_limits():
    assert validation.plausibility_warnings(25, 80, 180) == []
    warnings = validation.plausibility_warnings(26, 81, 181)
    assert len(warnings) == 3
    assert "26" in warnings[0] and "81" in warnings[1] and "181" in warnings[2]


@pytest.mark.parametrize("apps, groups, minutes", [(26, 0, 0), (0, 81, 0), (0, 0, 180.5)])
def test_each_plausibility_limit_warns_on_its_own(apps, groups, minutes):
    assert len(validation.plausibility_warnings(apps, groups, minutes)) == 1


def test_a_township_code_must_be_12_digits_inside_the_county():
    assert validation.check_township_code("", "320205") == ""
    assert validation.check_township_code(" 320205100201 ", "320205") == "320205100201"
    assert validation.check_township_code("441900003001", None) == "441900003001"
    for wrong in ("32020510020", "32020510020a", "3202051002011"):
        with pytest.raises(InputRejected, match="12 位"):
            validation.check_township_code(wrong, "320205")
    with pytest.raises(InputRejected, match="320205") as caught:
        validation.check_township_code("320206100201", "320205")
    assert caught.value.field == "乡镇/村区划代码"


def test_names_are_trimmed_and_must_be_short_and_present():
    assert validation.check_name("  苏服办   APP ") == "苏服办 APP"
    with pytest.raises(InputRejected, match="不能为空"):
        validation.check_name("   ")
    with pytest.raises(InputRejected, match="太长"):
        validation.check_name("名" * 61)


def test_usefulness_and_counts_stay_in_range():
    assert validation.check_usefulness(None) is None
    assert validation.check_usefulness(5) == 5
    with pytest.raises(InputRejected):
        validation.check_usefulness(6)
    assert validation.check_count(0, "指标数量") == 0
    with pytest.raises(InputRejected, match="指标数量"):
        validation.check_count(-1, "指标数量")
