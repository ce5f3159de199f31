"""The .xlsx intake template: what a cadre without the app receives, fills in Excel and hands back."""

import sqlite3
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from burden_survey.survey_files.content import response_content
from burden_survey.survey_files.filestore import export_response, read_manifest
from burden_survey.spreadsheets.intake_template import TemplateRejected, read_template, template_to_survey_file, write_template
from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool
from burden_survey.survey.survey_file import Wave

WAVE = Wave("XS2026A", "锡山区2026年第四季度", "2026.1", date(2026, 11, 1), date(2026, 11, 30))
TODAY = date(2026, 11, 20)


def put(sheet, row: int, values: dict) -> None:
    """Type values into a row under the named headers, as a cadre would in Excel."""
    columns = {cell.value: cell.column for cell in sheet[1] if cell.value is not None}
    for header, value in values.items():
        sheet.cell(row, columns[header]).value = value


def answer(book, key: str, value) -> None:
    sheet = book["规定对照"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == key)
    sheet.cell(row, 4, value)


def minutes(book, row: int, tool: str, by_day: dict) -> None:
    sheet = book["每日用时"]
    column_of = {cell.value.date(): cell.column for cell in sheet[1][1:] if isinstance(cell.value, datetime)}
    sheet.cell(row, 1, tool)
    for day, value in by_day.items():
        sheet.cell(row, column_of[day], value)


@pytest.fixture
def filled(tmp_path):
    """A template filled in correctly: a profile, an app and a work group, minutes, one quota, three answers."""
    book = load_workbook(write_template(tmp_path / "模板.xlsx", WAVE))
    put(book["基本情况"], 2, {"省（自治区、直辖市）": "江苏省", "市（地区、州、盟）": "无锡市", "县（市、区、旗）": "锡山区",
                             "乡镇（街道）": "东港镇", "乡镇/村区划代码（选填）": "320205101000",
                             "单位类型": "乡镇(街道)机关", "岗位": "一般工作人员", "任职年限": "3–5年",
                             "编制性质": "公务员", "是否配发工作手机": "否"})
    put(book["数字任务"], 2, {"名称": "学习强国", "类型": "政务APP", "平台": "独立APP/系统", "发起层级": "中央部门",
                             "条线部门": "宣传部", "要求方式": "与考核挂钩", "要求频率": "每日", "操作：学习刷积分": "是",
                             "操作：截图上传": "是", "是否排名": "通报排名", "排名依据": "积分", "后果：书面通报": "是",
                             "有用程度（1–5）": 2})
    put(book["数字任务"], 3, {"名称": "镇干部工作群", "类型": "工作群", "平台": "微信", "下班后要求": "每天",
                             "操作：接龙/回复\u201c收到\u201d": "是", "留痕占比": "约一半", "工作群：用途": "常设",
                             "工作群：群规模": "50–199人", "工作群：即时响应要求": "限时回复"})
    minutes(book, 2, "学习强国", {date(2026, 11, 16): 40, date(2026, 11, 17): 35})
    minutes(book, 3, "镇干部工作群", {date(2026, 11, 16): 20})
    put(book["摊派下载"], 2, {"应用名称": "苏服办", "下达层级": "县/区", "任务对象": "群众", "指标数量": 160,
                             "指标依据": "固定数量", "截止日期": datetime(2026, 12, 31), "是否计入考核": "是",
                             "方式：入户动员": "是", "已完成数量": 120, "耗费工时（小时）": 12.5})
    answer(book, "Q1", "是")
    answer(book, "Q14", "是")
    answer(book, "Q14-通报频率", "每周")
    answer(book, "Q14-通报后果", "书面通报；扣考核分")
    answer(book, "Q27", "否")
    book.save(tmp_path / "已填.xlsx")
    return tmp_path / "已填.xlsx"


def test_the_template_has_a_sheet_per_page_and_drop_downs_of_chinese_labels(tmp_path):
    book = load_workbook(write_template(tmp_path / "模板.xlsx", WAVE))

    assert book.sheetnames == ["说明", "基本情况", "数字任务", "每日用时", "摊派下载", "规定对照", "选项"]
    assert book["选项"].sheet_state == "hidden"
    kinds = next(v for v in book["数字任务"].data_validations.dataValidation if "B2" in str(v.sqref))
    letter = kinds.formula1.split("!$")[1][0]
    assert "政务APP" in [c.value for c in book["选项"][letter]]
    assert book["数字任务"].freeze_panes == "B2"
    headers = [c.value for sheet in book if sheet.title != "说明" for c in sheet[1]]
    assert not any(word in str(h) for h in headers for word in ("姓名", "电话", "身份证"))
    assert "不要" in str(book["说明"]["A7"].value) and "姓名" in str(book["说明"]["A7"].value)


def test_the_days_of_the_wave_stand_as_real_dates_and_every_question_has_a_row(tmp_path):
    book = load_workbook(write_template(tmp_path / "模板.xlsx", WAVE))

    days = [c.value for c in book["每日用时"][1][1:]]
    assert days[0] == datetime(2026, 11, 1) and days[-1] == datetime(2026, 11, 30) and len(days) == 30
    codes = [r[0] for r in book["规定对照"].iter_rows(min_row=2, values_only=True)]
    assert [c for c in codes if "-" not in c] == [f"Q{n}" for n in range(1, 29)]
    assert "Q14-通报频率" in codes


def test_a_filled_template_reads_back_as_what_was_typed(filled):
    response = read_template(filled, TODAY)

    assert (response.profile.county_code, response.profile.township_name) == ("320205", "东港镇")
    assert [t.name for t in response.tools] == ["学习强国", "镇干部工作群"]
    assert response.tools[0].actions == ["points", "screenshot"] and response.tools[0].consequences == ["written_notice"]
    assert response.minutes == [(0, date(2026, 11, 16), 40), (0, date(2026, 11, 17), 35), (1, date(2026, 11, 16), 20)]
    assert response.quotas[0].deadline == date(2026, 12, 31) and response.quotas[0].methods == ["door_to_door"]
    q14 = next(a for a in response.answers if a.question == "Q14")
    assert q14.details == {"frequency": "weekly", "consequences": ["written_notice", "score_deduction"]}
    assert response.wave_id == WAVE.id


def test_a_template_made_before_the_rename_still_reads_its_column_of_how_a_tool_is_demanded(filled):
    """「要求来源」 listed how binding a demand is, not its source: it is now 「要求方式」, and the templates already
    handed out with the old heading keep importing."""
    book = load_workbook(filled)
    [cell] = [c for c in book["数字任务"][1] if c.value == "要求方式"]
    cell.value = "要求来源"
    book.save(filled)

    assert read_template(filled, TODAY).tools[0].obligation == "assessed"


def test_a_filled_template_becomes_a_survey_file_with_the_content_the_app_would_write(filled, storage, tmp_path):
    from_template = template_to_survey_file(filled, WAVE, tmp_path / "表格.bsurvey", TODAY)
    # The same answers typed into the app by a cadre:
    storage.save_profile(Profile(storage.self_id, "320000", "320200", "320205", 2025, "东港镇", "320205101000",
                                 "township_organ", "staff", "3_5", "civil_servant", False))
    app = storage.save_tool(Tool("学习强国", "app", platform="standalone", sponsor_level="central",
                                 line_department="宣传部", obligation="assessed", frequency="daily",
                                 actions=["points", "screenshot"], ranked="notified", rank_metric="积分",
                                 consequences=["written_notice"], usefulness=2))
    group = storage.save_tool(Tool("镇干部工作群", "work_group", platform="wechat", after_hours="daily",
                                   actions=["chain_reply"], formality_share=50, group_purpose="standing",
                                   group_size="50_199", group_instant_response="timed"))
    storage.set_minutes_many([(app.id, date(2026, 11, 16), 40), (app.id, date(2026, 11, 17), 35),
                              (group.id, date(2026, 11, 16), 20)], TODAY)
    storage.save_quota(Quota("苏服办", assigned_by="county", target_group="residents", target_count=160,
                             target_basis="fixed", deadline=date(2026, 12, 31), counted_in_assessment=True,
                             methods=["door_to_door"], achieved_count=120, hours_spent=12.5))
    for rule in (RuleAnswer("Q1", "yes"), RuleAnswer("Q14", "yes", {"frequency": "weekly",
                 "consequences": ["written_notice", "score_deduction"]}), RuleAnswer("Q27", "no")):
        storage.save_answer(rule)
    from_app = export_response(storage, WAVE, tmp_path / "程序.bsurvey")

    file = sqlite3.connect(from_template)
    manifest = read_manifest(file)
    assert manifest.kind == "response" and manifest.wave_id == WAVE.id
    # The same content (version 1's text covers every column, free text included); the fingerprints differ, since
    # each response's free text is covered through a salt of its own (content.local_digest).
    app_file = sqlite3.connect(tmp_path / "程序.bsurvey")
    assert response_content(file, "main", manifest.responses[0].respondent_id, version=1) == response_content(
        app_file, "main", from_app.responses[0].respondent_id, version=1)
    app_file.close()
    assert "学习强国" in response_content(file, "main", manifest.responses[0].respondent_id)
    file.close()


def test_a_template_with_errors_names_the_sheet_row_and_column_of_each(filled):
    book = load_workbook(filled)
    put(book["基本情况"], 2, {"县（市、区、旗）": "锡山县"})
    put(book["数字任务"], 5, {"名称": "政务公众号", "类型": "公众好"})
    put(book["数字任务"], 6, {"名称": "", "类型": "政务APP", "有用程度（1–5）": 9})
    minutes(book, 2, "学习强国", {date(2026, 11, 18): 700})
    minutes(book, 4, "平安建设", {date(2026, 11, 18): 10})
    book["每日用时"]["Z1"] = datetime(2026, 12, 25)
    book["每日用时"]["Z2"] = 30
    answer(book, "Q2", "也许")
    answer(book, "Q15-涉及几个系统", 3)
    book.save(filled)

    with pytest.raises(TemplateRejected) as raised:
        read_template(filled, TODAY)

    assert [str(p) for p in raised.value.problems] == [
        "基本情况 第2行 C列（县）：「锡山县」不是江苏省无锡市的县级行政区，请填写全称，如「锡山区」。",
        "数字任务 第5行 B列（类型）：「公众好」不是可选的类型，请从下拉列表中选择。",
        "数字任务 第6行 A列（名称）：不能为空，请填写名称。",
        "数字任务 第6行 AH列（有用程度）：「9」不是可选的有用程度，请从下拉列表中选择。",
        "每日用时 第1行 Z列（日期）：2026-12-25 是将来的日期，只能记录今天及以前的用时。",
        "每日用时 第2行 S列（11月18日）：700 分钟超出范围：单个工具一天最多记录 600 分钟（10 小时）。",
        "每日用时 第4行 A列（工具名称）：「平安建设」不在「数字任务」表里。请先在「数字任务」表填写它，或从下拉列表中选择。",
        "规定对照 第3行 D列（回答）：「也许」不是可选的回答，请从下拉列表中选择。",
        "规定对照 第20行 D列（回答）：只有第15题回答「是」时才填写这一项，请清空或改答「是」。",
    ]
    assert raised.value.message.startswith("「已填.xlsx」有 9 处需要修改：\n基本情况 第2行")


def test_a_day_over_24_hours_is_refused_at_its_date(filled):
    book = load_workbook(filled)
    for row, name in enumerate(("甲", "乙", "丙"), 4):
        put(book["数字任务"], row, {"名称": name, "类型": "政务APP"})
        minutes(book, row, name, {date(2026, 11, 19): 600})
    book.save(filled)

    with pytest.raises(TemplateRejected) as raised:
        read_template(filled, TODAY)

    assert [str(p) for p in raised.value.problems] == [
        "每日用时 第1行 T列（日期）：2026-11-19 各工具合计 1800 分钟（30.0 小时），超过一天的 24 小时，请核对这一天的分钟数。"]


def test_every_problem_is_collected_but_only_the_first_fifty_are_listed(filled):
    book = load_workbook(filled)
    for row in range(2, 62):
        book["数字任务"].cell(row + 10, 2, "不存在的类型")
        book["数字任务"].cell(row + 10, 1, f"工具{row}")
    book.save(filled)

    with pytest.raises(TemplateRejected) as raised:
        read_template(filled, TODAY)

    assert len(raised.value.problems) == 50 and raised.value.total == 60
    assert "有 60 处需要修改（下面列出前 50 处）" in raised.value.message


def test_minutes_outside_the_waves_period_are_refused_when_the_wave_is_known(filled):
    book = load_workbook(filled)
    book["每日用时"]["AF1"] = datetime(2026, 10, 30)
    book["每日用时"]["AF2"] = 15
    book.save(filled)

    assert date(2026, 10, 30) in {day for _, day, _ in read_template(filled, TODAY).minutes}  # no wave, no period
    with pytest.raises(TemplateRejected) as raised:
        template_to_survey_file(filled, WAVE, filled.with_suffix(".bsurvey"), TODAY)

    assert "不在本次调查的时段（2026-11-01 至 2026-11-30）内" in str(raised.value.problems[0])
    assert not filled.with_suffix(".bsurvey").exists()


def test_a_template_of_another_wave_is_refused(filled, tmp_path):
    other = Wave("XS2027A", "锡山区2027年第一季度", "2026.1")

    with pytest.raises(TemplateRejected) as raised:
        template_to_survey_file(filled, other, tmp_path / "x.bsurvey", TODAY)

    assert str(raised.value.problems[0]).startswith("说明 第2行 B列（调查批次编号）：这份表格属于调查批次「XS2026A」")


def test_short_place_names_are_enough_and_a_municipality_needs_no_city(filled):
    book = load_workbook(filled)
    put(book["基本情况"], 2, {"省（自治区、直辖市）": "北京市", "市（地区、州、盟）": None, "县（市、区、旗）": "海淀",
                             "乡镇/村区划代码（选填）": None})
    book.save(filled)

    profile = read_template(filled, TODAY).profile

    assert (profile.province_code, profile.city_code, profile.county_code) == ("110000", "110100", "110108")


def test_a_phone_number_typed_into_a_text_cell_is_refused(filled):
    book = load_workbook(filled)
    put(book["数字任务"], 2, {"条线部门": "宣传部 13912345678"})
    book.save(filled)

    with pytest.raises(TemplateRejected) as raised:
        read_template(filled, TODAY)

    assert str(raised.value.problems[0]).startswith("数字任务 第2行 E列（条线部门）：这段文字里似乎有手机号码")


def test_without_a_period_the_cadre_types_the_dates_and_text_dates_are_understood(tmp_path):
    book = load_workbook(write_template(tmp_path / "模板.xlsx", Wave("XS2026A", "锡山区", "2026.1")))
    assert [c.value for c in book["每日用时"][1][1:]] == [None] * 31
    put(book["基本情况"], 2, {"省（自治区、直辖市）": "江苏省", "县（市、区、旗）": "锡山区", "乡镇（街道）": "东港镇"})
    put(book["数字任务"], 2, {"名称": "学习强国", "类型": "政务APP"})
    book["每日用时"]["B1"], book["每日用时"]["C1"] = "2026/11/16", "2026年11月17日"
    minutes(book, 2, "学习强国", {})
    book["每日用时"]["B2"], book["每日用时"]["C2"] = 30, "45"
    book.save(tmp_path / "已填.xlsx")

    response = read_template(tmp_path / "已填.xlsx", TODAY)

    assert response.minutes == [(0, date(2026, 11, 16), 30), (0, date(2026, 11, 17), 45)]
    assert response.profile.city_code == "320200"  # found from the county alone


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_chinese(tmp_path):
    fake = tmp_path / "照片.xlsx"
    fake.write_bytes(b"\x89PNG not a spreadsheet")

    with pytest.raises(TemplateRejected) as raised:
        read_template(fake, TODAY)

    assert "不是 Excel 表格（.xlsx）" in raised.value.message and raised.value.advice


def test_the_same_filled_sheet_converted_twice_is_the_same_response(filled, tmp_path):
    first = template_to_survey_file(filled, WAVE, tmp_path / "a.bsurvey", TODAY)
    again = template_to_survey_file(filled, WAVE, tmp_path / "b.bsurvey", TODAY)
    responses = [read_manifest(sqlite3.connect(p)).responses[0] for p in (first, again)]
    assert responses[0].respondent_id == responses[1].respondent_id
    assert responses[0].content_sha256 == responses[1].content_sha256
