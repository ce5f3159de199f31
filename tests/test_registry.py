"""The app registry: entries keep every field, statuses follow the workflow with history, data plans are complete."""

from dataclasses import asdict
from datetime import date

import pytest

from burden_survey.registry import app_fields
from burden_survey.registry import registry
from burden_survey.system.errors import InputRejected
from burden_survey.registry.registry import DataPlanItem, RegistryApp

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code(first17: str) -> str:
    """A valid 统一社会信用代码, its check character worked out by GB 32100 here, independently of the app."""
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(first17, WEIGHTS))
    return first17 + CODE_CHARS[(31 - total % 31) % 31]


VALID_CODE = credit_code("11320583MB1234567")


def full_app() -> RegistryApp:
    return RegistryApp(
        name="昆山民情通", kind="app", owner_unit="昆山市政务服务管理办公室", owner_code=VALID_CODE,
        owner_level="county", functions="民情走访登记、事件上报", audience=["internal", "public"],
        forced_features=["check_in", "online_time"], forced_basis="2024年第3号通知", registered_users=12000,
        monthly_actives=3400, launch_date=date(2021, 5, 1), filing_number="苏ICP备2021000001号-3",
        yearly_budget=35.5, similar_apps="苏服办走访模块", status="rectifying", disposition="migrate_province",
        target_platform="苏服办", planned_date=date(2027, 3, 31), done_date=None, note="试点后再定")


def test_every_field_survives_saving_and_reopening(storage, reopen):
    saved = registry.save_app(storage, full_app())
    assert saved.id is not None
    assert asdict(registry.get_app(storage, saved.id)) == asdict(saved)
    storage.close()
    assert asdict(registry.get_app(reopen(), saved.id)) == asdict(saved)


def test_a_new_app_starts_its_history_and_edits_keep_the_fields(storage):
    app = registry.save_app(storage, RegistryApp("村务通", kind="mini_program"), changed_on=date(2026, 1, 5))
    [first] = registry.status_history(storage, app.id)
    assert (first.from_status, first.to_status, first.changed_on) == (None, "in_use", date(2026, 1, 5))
    app.functions = "三务公开"
    registry.save_app(storage, app)
    assert registry.get_app(storage, app.id).functions == "三务公开"
    assert len(registry.status_history(storage, app.id)) == 1


def test_walking_the_workflow_records_three_dated_changes_and_the_done_date(storage):
    app = registry.save_app(storage, RegistryApp("掌上党建", owner_unit="县委组织部"))
    registry.change_status(storage, app.id, "migrating", date(2026, 3, 1), "并入省平台")
    registry.change_status(storage, app.id, "migrated", date(2026, 6, 30))
    registry.change_status(storage, app.id, "deregistered", date(2026, 9, 15))
    steps = [(c.from_status, c.to_status, c.changed_on) for c in registry.status_history(storage, app.id)[1:]]
    assert steps == [("in_use", "migrating", date(2026, 3, 1)), ("migrating", "migrated", date(2026, 6, 30)),
                     ("migrated", "deregistered", date(2026, 9, 15))]
    assert registry.status_history(storage, app.id)[1].note == "并入省平台"
    after = registry.get_app(storage, app.id)
    assert after.status == "deregistered"
    assert after.done_date == date(2026, 6, 30)  # set when it first ended, not overwritten later


def test_a_forbidden_jump_is_refused_in_chinese_and_changes_nothing(storage):
    app = registry.save_app(storage, RegistryApp("随手拍"))
    with pytest.raises(InputRejected) as refused:
        registry.change_status(storage, app.id, "deregistered", date(2026, 3, 1))
    assert "在用" in str(refused.value) and "已注销备案" in str(refused.value)
    assert registry.get_app(storage, app.id).status == "in_use"
    assert len(registry.status_history(storage, app.id)) == 1


def test_retiring_hides_an_entry_and_restoring_brings_it_back(storage):
    app = registry.save_app(storage, RegistryApp("旧版平安通"))
    registry.retire_app(storage, app.id)
    assert registry.list_apps(storage) == []
    assert registry.list_apps(storage, include_retired=True)[0].retired
    registry.restore_app(storage, app.id)
    assert [a.name for a in registry.list_apps(storage)] == ["旧版平安通"]


def test_the_data_plan_is_replaced_as_a_whole_or_not_at_all(storage):
    app = registry.save_app(storage, RegistryApp("网格通"))
    registry.save_data_plan(storage, app.id, [DataPlanItem("身份信息", "migrate", date(2026, 5, 1)),
                                              DataPlanItem("联系方式", "destroy")])
    registry.save_data_plan(storage, app.id, [DataPlanItem("业务数据", "seal", None, date(2026, 6, 1), "县档案馆")])
    assert [(i.category, i.action) for i in registry.data_plan(storage, app.id)] == [("业务数据", "seal")]
    with pytest.raises(InputRejected, match="重复"):
        registry.save_data_plan(storage, app.id, [DataPlanItem("身份信息", "seal"), DataPlanItem("身份信息", "destroy")])
    [kept] = registry.data_plan(storage, app.id)
    assert (kept.category, kept.signed_off_by, kept.complete) == ("业务数据", "县档案馆", True)


def test_closed_apps_without_a_completed_plan_are_listed(storage):
    unfinished = registry.save_app(storage, RegistryApp("河长通"))
    finished = registry.save_app(storage, RegistryApp("防汛通"))
    running = registry.save_app(storage, RegistryApp("政务通"))
    for app in (unfinished, finished):
        registry.change_status(storage, app.id, "closed", date(2026, 4, 1))
    registry.save_data_plan(storage, unfinished.id, [DataPlanItem("身份信息", "destroy", done_date=date(2026, 4, 2)),
                                                     DataPlanItem("业务数据", "seal")])
    registry.save_data_plan(storage, finished.id, [DataPlanItem("身份信息", "destroy", None, date(2026, 4, 2), "县数据局")])
    assert [a.name for a in registry.apps_lacking_plan(storage)] == ["河长通"]
    assert running.id not in [a.id for a in registry.apps_lacking_plan(storage)]


def test_the_credit_code_check_accepts_a_valid_code_and_refuses_a_wrong_check_character():
    assert app_fields.validate_credit_code(VALID_CODE)
    wrong = VALID_CODE[:17] + next(c for c in CODE_CHARS if c != VALID_CODE[17])
    assert not app_fields.validate_credit_code(wrong)
    assert not app_fields.validate_credit_code("12345")


def test_a_wrong_credit_code_is_refused_but_none_at_all_is_fine(storage):
    with pytest.raises(InputRejected, match="统一社会信用代码"):
        registry.save_app(storage, RegistryApp("镇村通", owner_code=VALID_CODE[:17] + "I"))
    assert registry.save_app(storage, RegistryApp("镇村通", owner_unit="某镇党政办")).owner_code == ""
    assert registry.list_apps(storage)[0].name == "镇村通"


def test_a_sign_off_that_looks_like_a_person_gets_a_warning():
    assert registry.sign_off_warning("张伟")
    assert not registry.sign_off_warning("县数据局")
    assert not registry.sign_off_warning("网信办主任")


@pytest.mark.parametrize("key", ["kind", "owner_level", "disposition"])
def test_a_blank_code_is_not_a_choice(storage, key):
    """Found by the red-team pass: the field table's check took 「」 for "not answered" and stored it."""
    with pytest.raises(InputRejected):
        registry.save_app(storage, RegistryApp("某某通", **{key: ""}))
    assert registry.list_apps(storage) == []


def test_a_date_that_is_not_a_date_is_refused_and_the_registry_stays_readable(storage):
    with pytest.raises(InputRejected):
        registry.save_app(storage, RegistryApp("某某通", launch_date="2026-13-45"))
    with pytest.raises(InputRejected):
        registry.save_app(storage, RegistryApp("某某通", audience=None))
    assert registry.list_apps(storage) == []
