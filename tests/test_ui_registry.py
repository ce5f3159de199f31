"""「应用登记」: the registry page and its dialogs, read back from the database file."""

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from burden_survey.registry import registry
from burden_survey.registry.registry import DataPlanItem, RegistryApp
from burden_survey.store.storage import Storage
from ui.common.file_widgets import FileDialogs
from ui.registry.registry_dialog import RegistryAppDialog
from ui.registry.registry_page import RegistryModel, RegistryPage
from ui.registry.registry_plan import DataPlanDialog
from ui.registry.registry_status import StatusChangeDialog
from uihelpers import show_active, tick
from uihelpers import type_chinese as type_text

CREDIT_CODE = "11320105014123456N"  # a well-formed 统一社会信用代码 (its check character is right)


def pick(combo, code):
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def show_page(qtbot, storage):
    page = RegistryPage(storage)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def column(page, header):
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    c = headers.index(header)
    return [page.model.index(r, c).data() for r in range(page.model.rowCount())]


def select(page, name):
    row = column(page, "名称").index(name)
    page.table.selectRow(row)
    return row


def change_status_as_user(monkeypatch, to_status, on, note):
    """The user picks `to_status` in the real status dialog, sets the date, types a note and clicks 记录变更."""
    offered = []

    def ask(cls, parent, storage, app):
        dialog = cls(storage, app, parent)
        offered.append(dialog.offered_statuses())
        pick(dialog.status_combo, to_status)
        dialog.date_edit.setDate(QDate(on))
        type_text(dialog.note_edit, note)
        dialog.accept()
        return dialog.changed_to

    monkeypatch.setattr(StatusChangeDialog, "ask", classmethod(ask))
    return offered


def test_adding_an_app_through_the_dialog_saves_every_field(qtbot, storage, reopen):
    dialog = RegistryAppDialog(storage)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_text(form["name"], "平安巡查通")
    pick(form["kind"], "app")
    type_text(form["owner_unit"], "县应急管理局")
    form["owner_code"].setText(CREDIT_CODE)
    pick(form["owner_level"], "county")
    form["functions"].setPlainText("隐患排查上报、值班打卡")
    tick(qtbot, form["audience"].boxes["internal"])
    type_text(form["similar_apps"], "安全生产APP")
    dialog.tabs.setCurrentIndex(1)
    tick(qtbot, form["forced_features"].boxes["check_in"])
    tick(qtbot, form["forced_features"].boxes["points_ranking"])
    type_text(form["forced_basis"], "县安委办通知")
    form["registered_users"].setValue(3200)
    form["monthly_actives"].setValue(450)
    form["launch_date"].set_value(date(2021, 3, 1))
    form["filing_number"].setText("苏备2021-017")
    form["yearly_budget"].setValue(12.5)
    dialog.tabs.setCurrentIndex(2)
    pick(form["disposition"], "migrate_province")
    form["target_platform"].setCurrentText("苏服办")
    form["planned_date"].set_value(date(2026, 12, 31))
    type_text(form["note"], "功能并入省平台")
    dialog.accept()

    [app] = registry.list_apps(reopen())
    assert (app.name, app.kind, app.owner_unit, app.owner_code, app.owner_level) == (
        "平安巡查通", "app", "县应急管理局", CREDIT_CODE, "county")
    assert (app.functions, app.audience, app.similar_apps) == ("隐患排查上报、值班打卡", ["internal"], "安全生产APP")
    assert (app.forced_features, app.forced_basis) == (["check_in", "points_ranking"], "县安委办通知")
    assert (app.registered_users, app.monthly_actives, app.yearly_budget) == (3200, 450, 12.5)
    assert (app.launch_date, app.filing_number) == (date(2021, 3, 1), "苏备2021-017")
    assert (app.status, app.disposition, app.target_platform) == ("in_use", "migrate_province", "苏服办")
    assert (app.planned_date, app.done_date, app.note) == (date(2026, 12, 31), None, "功能并入省平台")


def test_blank_numbers_and_dates_stay_unknown_and_a_bad_code_keeps_the_dialog_open(qtbot, storage, reopen):
    dialog = RegistryAppDialog(storage)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_text(form["name"], "某某通")
    form["owner_code"].setText("123")
    dialog.tabs.setCurrentIndex(2)
    dialog.accept()
    assert dialog.isVisible() and registry.list_apps(reopen()) == []
    assert dialog.tabs.currentIndex() == 0  # back on the tab of the field the refusal names

    form["owner_code"].clear()
    dialog.accept()
    [app] = registry.list_apps(reopen())
    assert (app.registered_users, app.yearly_budget, app.launch_date, app.planned_date) == (None, None, None, None)


def test_the_status_dialog_offers_only_the_steps_the_workflow_allows(qtbot, storage):
    app = registry.save_app(storage, RegistryApp(name="网格通"))
    dialog = StatusChangeDialog(storage, app)
    qtbot.addWidget(dialog)
    assert dialog.offered_statuses() == ["rectifying", "migrating", "closed"]
    assert dialog.date_edit.date() == QDate.currentDate()

    registry.change_status(storage, app.id, "closed", date(2026, 5, 1))
    registry.change_status(storage, app.id, "deregistered", date(2026, 6, 1))
    ended = StatusChangeDialog(storage, registry.get_app(storage, app.id))
    qtbot.addWidget(ended)
    assert ended.offered_statuses() == []
    assert not ended.buttons.buttons()[0].isEnabled()
    assert ended.history_list.count() == 3


def test_moving_an_app_along_the_workflow_through_the_page_keeps_its_history(qtbot, storage, reopen, monkeypatch):
    registry.save_app(storage, RegistryApp(name="智慧党建", owner_unit="县委组织部"))
    registry.save_app(storage, RegistryApp(name="网格通"))
    page = show_page(qtbot, storage)

    select(page, "智慧党建")
    first = change_status_as_user(monkeypatch, "migrating", date(2026, 3, 1), "并入省平台")
    page.status_action.trigger()
    select(page, "智慧党建")
    then = change_status_as_user(monkeypatch, "migrated", date(2026, 9, 30), "原应用已关停")
    page.status_action.trigger()

    assert first + then == [["rectifying", "migrating", "closed"], ["migrated", "closed"]]
    [app] = [a for a in registry.list_apps(reopen()) if a.name == "智慧党建"]
    history = registry.status_history(reopen(), app.id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, "in_use"), ("in_use", "migrating"), ("migrating", "migrated")]
    assert [(h.changed_on, h.note) for h in history[1:]] == [
        (date(2026, 3, 1), "并入省平台"), (date(2026, 9, 30), "原应用已关停")]
    assert app.done_date == date(2026, 9, 30)
    assert page.status_label.text() == "「智慧党建」已改为「已迁移（原应用已关停）」"

    # A migrated app without a data plan is flagged in red; the status filter narrows the list to it.
    row = select(page, "智慧党建")
    assert column(page, "方案")[row] == "方案未完成"
    assert page.model.index(row, RegistryModel.PLAN_COLUMN).data(Qt.ItemDataRole.ForegroundRole) is not None
    pick(page.status_filter, "migrated")
    assert column(page, "名称") == ["智慧党建"]
    pick(page.status_filter, "deregistered")
    assert page.stack.currentWidget() is page.empty_label


def test_a_completed_data_plan_saved_in_the_editor_reads_back_and_clears_the_marker(qtbot, storage, reopen,
                                                                                 monkeypatch):
    app = registry.save_app(storage, RegistryApp(name="防疫打卡"))
    registry.change_status(storage, app.id, "closed", date(2026, 4, 1))
    page = show_page(qtbot, storage)
    assert column(page, "方案") == ["方案未完成"]

    def fill_plan(cls, parent, storage, app):
        dialog = cls(storage, app, parent)
        qtbot.addWidget(dialog)
        for category, action in (("身份信息", "destroy"), ("健康打卡记录", "seal")):
            row = dialog.add_row()
            type_text(dialog.cell(row, 0), category)
            pick(dialog.cell(row, 1), action)
            dialog.cell(row, 2).set_value(date(2026, 5, 1))
            dialog.cell(row, 3).set_value(date(2026, 5, 20))
            type_text(dialog.cell(row, 4), "王小明")
        assert dialog.warning_label.isVisibleTo(dialog)  # a person's name, where a unit or post belongs
        for row in range(2):
            dialog.cell(row, 4).setText("县数据局")
        assert not dialog.warning_label.isVisibleTo(dialog)
        dialog.accept()
        return dialog.saved

    monkeypatch.setattr(DataPlanDialog, "ask", classmethod(fill_plan))
    select(page, "防疫打卡")
    page.plan_action.trigger()

    plan = registry.data_plan(reopen(), app.id)
    assert [(i.category, i.action, i.planned_date, i.done_date, i.signed_off_by) for i in plan] == [
        ("身份信息", "destroy", date(2026, 5, 1), date(2026, 5, 20), "县数据局"),
        ("健康打卡记录", "seal", date(2026, 5, 1), date(2026, 5, 20), "县数据局")]
    assert column(page, "方案") == [""]
    assert page.status_label.text() == "已保存「防疫打卡」的数据处置方案"


def test_the_plan_editor_shows_the_saved_plan_and_removes_the_row_being_edited(qtbot, storage, reopen):
    app = registry.save_app(storage, RegistryApp(name="防疫打卡"))
    registry.save_data_plan(storage, app.id, [DataPlanItem("身份信息", "destroy"), DataPlanItem("位置", "seal")])
    dialog = show_active(qtbot, DataPlanDialog(storage, app))
    assert [dialog.cell(r, 0).text() for r in range(dialog.table.rowCount())] == ["身份信息", "位置"]
    dialog.cell(1, 4).setFocus()  # the user is in the second row's sign-off box
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    dialog.add_row()  # an empty row left as it is is no part of the plan
    dialog.accept()
    assert [i.category for i in registry.data_plan(reopen(), app.id)] == ["身份信息"]


def test_delete_retires_the_selected_app_and_ctrl_z_brings_it_back(qtbot, storage, reopen):
    registry.save_app(storage, RegistryApp(name="网格通"))
    page = show_page(qtbot, storage)
    select(page, "网格通")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert registry.list_apps(reopen()) == []
    assert page.status_label.text() == "已停用「网格通」——按 Ctrl+Z 撤销"
    assert page.stack.currentWidget() is page.empty_label

    qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in registry.list_apps(reopen())] == ["网格通"]
    assert column(page, "名称") == ["网格通"]
    assert page.selected_app().name == "网格通"


def test_the_table_model_behaves(qtmodeltester, storage):
    app = registry.save_app(storage, RegistryApp(name="网格通", planned_date=date(2026, 6, 30)))
    model = RegistryModel()
    model.set_rows([(app, True), (RegistryApp(name="空"), False)])
    qtmodeltester.check(model)


def choose(monkeypatch, method, result):
    """The user picks `result` in the file dialog."""
    monkeypatch.setattr(FileDialogs, method, classmethod(lambda cls, *args: result))


def test_the_registry_exported_from_one_database_imports_into_another(qtbot, storage, tmp_path, monkeypatch):
    app = registry.save_app(storage, RegistryApp(name="智慧党建", owner_unit="县委组织部", audience=["internal"]))
    registry.change_status(storage, app.id, "closed", date(2026, 4, 1))
    registry.save_data_plan(storage, app.id, [DataPlanItem("党员信息", "migrate", done_date=date(2026, 5, 1),
                                                           signed_off_by="县委组织部")])
    registry.save_app(storage, RegistryApp(name="网格通", owner_unit="县政法委"))
    page = show_page(qtbot, storage)
    choose(monkeypatch, "save_file", tmp_path / "登记表")  # the suffix is added when the user leaves it out
    page.export_action.trigger()
    exported = tmp_path / "登记表.xlsx"
    assert exported.exists()

    other = Storage.open(tmp_path / "other.db")
    try:
        other_page = show_page(qtbot, other)
        choose(monkeypatch, "open_file", exported)
        other_page.import_action.trigger()
        rows = dict(zip(column(other_page, "名称"), zip(column(other_page, "状态"), column(other_page, "方案"))))
        assert rows == {"网格通": ("在用", ""), "智慧党建": ("已关停", "")}  # the signed-off plan came along
        assert other_page.status_label.text() == "已从「登记表.xlsx」导入 2 个应用"
    finally:
        other.close()


def test_a_bad_row_in_an_imported_registry_is_listed_by_row_and_nothing_is_taken(qtbot, storage, tmp_path,
                                                                                  monkeypatch, reopen):
    template = tmp_path / "模板.xlsx"
    page = show_page(qtbot, storage)
    choose(monkeypatch, "save_file", template)
    page.template_action.trigger()
    book = load_workbook(template)
    sheet = book["应用登记"]
    headers = [c.value for c in sheet[1]]
    for values in ({"名称": "网格通", "类型": "政务APP"}, {"名称": "巡查通", "类型": "政务APP", "状态": "快关了"}):
        sheet.append([values.get(h) for h in headers])
    book.save(template)

    choose(monkeypatch, "open_file", template)
    page.import_action.trigger()
    assert page.problems.isVisibleTo(page)
    [problem] = page.problems.problems()
    assert problem.startswith("应用登记 第3行") and "状态" in problem
    assert registry.list_apps(reopen()) == []
    assert page.stack.currentWidget() is page.empty_label


def test_the_registry_follows_the_exports_in_a_supervisors_window(qtbot, storage):
    from ui.shell import roles
    from ui.shell.main_window import MainWindow

    roles.set_role(storage, roles.SUPERVISOR)
    window = MainWindow(storage)
    show_active(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # 导出与上报
    assert window.heading.text() == "导出与上报"
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.pages["registry"]
    assert window.heading.text() == "应用登记"
