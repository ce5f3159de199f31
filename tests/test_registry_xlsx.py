"""The registry as a spreadsheet: what is exported imports back unchanged; a bad row is pointed at and nothing is written."""

from dataclasses import asdict
from datetime import date

import pytest
from openpyxl import load_workbook

from burden_survey.registry import registry
from burden_survey.store.storage import Storage
from burden_survey.registry.registry import DataPlanItem, RegistryApp
from burden_survey.registry.registry_xlsx import (
    RegistryRejected,
    export_registry,
    import_registry,
    write_registry_template,
)
from tests.test_registry import VALID_CODE, full_app


def comparable(app: RegistryApp) -> dict:
    values = asdict(app)
    values.pop("id")
    return values


def filled_registry(storage) -> None:
    kept = registry.save_app(storage, full_app())
    closed = registry.save_app(storage, RegistryApp("平安打卡", kind="mini_program", owner_unit="某镇综治办",
                                                    forced_features=["check_in"], registered_users=0))
    registry.change_status(storage, closed.id, "closed", date(2026, 8, 1))
    registry.save_data_plan(storage, closed.id, [DataPlanItem("身份信息", "destroy", date(2026, 8, 15), date(2026, 8, 20),
                                                              "县数据局"),
                                                 DataPlanItem("业务数据", "seal", date(2026, 9, 1))])
    registry.save_data_plan(storage, kept.id, [DataPlanItem("联系方式", "migrate")])


def test_export_shows_chinese_labels_under_a_frozen_header(storage, tmp_path):
    filled_registry(storage)
    book = load_workbook(export_registry(storage, tmp_path / "登记.xlsx"))
    apps = book["应用登记"]
    assert apps.freeze_panes == "A2"
    headers = [c.value for c in apps[1]]
    row = {h: c.value for h, c in zip(headers, apps[3])}
    assert row["名称"] == "昆山民情通" and row["类型"] == "政务APP" and row["状态"] == "整改中"
    assert row["服务对象"] == "内部、群众" and row["统一社会信用代码"] == VALID_CODE
    assert [c.value for c in book["数据处置方案"][2]][:4] == ["平安打卡", "某镇综治办", "身份信息", "销毁"]


def test_an_exported_registry_imports_back_into_an_empty_database_unchanged(storage, tmp_path, reopen):
    filled_registry(storage)
    path = export_registry(storage, tmp_path / "登记.xlsx")
    from burden_survey.store.storage import Storage

    other = Storage.open(tmp_path / "other.db")
    try:
        assert import_registry(other, path) == 2
        assert [comparable(a) for a in registry.list_apps(other)] == [comparable(a) for a in registry.list_apps(storage)]
        for mine, theirs in zip(registry.list_apps(storage), registry.list_apps(other)):
            assert ([(i.category, i.action, i.planned_date, i.done_date, i.signed_off_by)
                     for i in registry.data_plan(storage, mine.id)] ==
                    [(i.category, i.action, i.planned_date, i.done_date, i.signed_off_by)
                     for i in registry.data_plan(other, theirs.id)])
    finally:
        other.close()


def test_importing_the_same_file_again_updates_rather_than_duplicates(storage, tmp_path):
    filled_registry(storage)
    path = export_registry(storage, tmp_path / "登记.xlsx")
    book = load_workbook(path)
    book["应用登记"]["F3"] = "民情走访、事件上报、积分兑换"
    book.save(path)
    assert import_registry(storage, path) == 2
    apps = registry.list_apps(storage)
    assert len(apps) == 2
    assert registry.get_app(storage, apps[1].id).functions == "民情走访、事件上报、积分兑换"


def test_a_bad_row_is_reported_by_sheet_row_and_column_and_nothing_is_written(storage, tmp_path):
    path = write_registry_template(tmp_path / "模板.xlsx")
    book = load_workbook(path)
    sheet = book["应用登记"]
    sheet.append(["好应用", "政务APP"])
    sheet.append(["坏应用", "手机游戏", None, VALID_CODE[:17] + "I"])
    sheet.append([None, "小程序", None, None, None, None, None, None, None, -5, None, "2026-13-45"])
    sheet.append(["另一个", "小程序", None, None, None, None, None, None, None, None, None, None, None, None, None, "拆了"])
    book.save(path)
    with pytest.raises(RegistryRejected) as rejected:
        import_registry(storage, path)
    places = {(p.sheet, p.row, p.column) for p in rejected.value.problems}
    assert places == {("应用登记", 3, "B"), ("应用登记", 3, "D"), ("应用登记", 4, "A"), ("应用登记", 4, "J"),
                      ("应用登记", 4, "L"), ("应用登记", 5, "P")}
    assert "手机游戏" in str(rejected.value) and "第3行" in str(rejected.value)
    assert registry.list_apps(storage, include_retired=True) == []


def test_a_status_jump_in_the_sheet_is_refused_at_its_cell(storage, tmp_path):
    filled_registry(storage)
    path = export_registry(storage, tmp_path / "登记.xlsx")
    book = load_workbook(path)
    book["应用登记"]["P3"] = "已注销备案"  # 整改中 → 已注销备案 skips the workflow
    book["应用登记"]["F2"] = "改过的功能"
    book.save(path)
    with pytest.raises(RegistryRejected) as rejected:
        import_registry(storage, path)
    [problem] = rejected.value.problems
    assert (problem.row, problem.column) == (3, "P") and "整改中" in problem.message
    assert all(a.functions != "改过的功能" for a in registry.list_apps(storage))


def test_a_plan_row_for_an_unknown_app_is_refused(storage, tmp_path):
    path = write_registry_template(tmp_path / "模板.xlsx")
    book = load_workbook(path)
    book["应用登记"].append(["网格通", "政务APP"])
    book["数据处置方案"].append(["网络通", None, "身份信息", "销毁"])
    book.save(path)
    with pytest.raises(RegistryRejected) as rejected:
        import_registry(storage, path)
    assert [(p.sheet, p.row, p.column) for p in rejected.value.problems] == [("数据处置方案", 2, "A")]
    assert registry.list_apps(storage) == []


def test_the_template_offers_drop_down_lists_and_explains_itself(tmp_path):
    book = load_workbook(write_registry_template(tmp_path / "模板.xlsx"))
    assert book.sheetnames == ["应用登记", "数据处置方案", "说明"]
    lists = [v.formula1 for v in book["应用登记"].data_validations.dataValidation]
    assert any("整合迁移中" in f for f in lists) and any("迁移至省级平台" in f for f in lists)


def test_a_phone_number_as_sign_off_is_refused_at_its_cell(storage, tmp_path):
    path = write_registry_template(tmp_path / "模板.xlsx")
    book = load_workbook(path)
    book["应用登记"].append(["网格通", "政务APP"])
    book["数据处置方案"].append(["网格通", None, "身份信息", "销毁", None, "2026-10-01", "13912345678"])
    book.save(path)
    with pytest.raises(RegistryRejected) as rejected:
        import_registry(storage, path)
    assert [(p.row, p.column) for p in rejected.value.problems] == [(2, "G")]
    assert registry.list_apps(storage) == []


def test_an_app_named_like_a_formula_is_exported_as_text_and_imports_back_unchanged(storage, tmp_path):
    registry.save_app(storage, RegistryApp("=1+1", owner_unit="@县数据局"))
    path = export_registry(storage, tmp_path / "登记.xlsx")
    first = load_workbook(path)["应用登记"][2]
    assert (first[0].value, first[0].data_type, first[2].value, first[2].data_type) == ("=1+1", "s", "@县数据局", "s")
    other = Storage.open(tmp_path / "other.db")
    assert import_registry(other, path) == 1
    assert [(a.name, a.owner_unit) for a in registry.list_apps(other)] == [("=1+1", "@县数据局")]


def test_a_cancel_while_the_apps_are_written_keeps_the_registry_as_it_was(storage, tmp_path):
    """The registry import runs off the window thread and may be cancelled at any row: all or nothing still."""
    from burden_survey.spreadsheets.sheet_cells import ReadCancelled, Watch

    for number in range(450):
        registry.save_app(storage, RegistryApp(f"应用{number:03d}", kind="mini_program", owner_unit="县数据局"))
    path = export_registry(storage, tmp_path / "登记.xlsx")
    other = Storage.open(tmp_path / "other.db")
    try:
        reported = []
        with pytest.raises(ReadCancelled):  # asked after the rows are read, while the apps are written
            import_registry(other, path, Watch(lambda *seen: reported.append(seen), lambda: len(reported) >= 3))
        assert registry.list_apps(other) == []
        assert reported[0] == (200, 451, "应用登记")  # rows of the sheet, as the progress dialog counts them
        assert import_registry(other, path, Watch(lambda *seen: None)) == 450
    finally:
        other.close()
