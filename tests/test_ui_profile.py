"""The profile page: location and job are saved on every change; no name, phone or ID is ever asked."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QSpinBox

from ui.cadre.profile_page import ProfilePage
from uihelpers import type_chinese


def make_page(qtbot, storage):
    page = ProfilePage(storage)
    qtbot.addWidget(page)
    page.show()
    return page


def pick(combo: QComboBox, code) -> None:
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def choose_xishan(page) -> None:
    pick(page.province, "320000")
    pick(page.city, "320200")
    pick(page.county, "320205")




def type_code(qtbot, page, code: str) -> None:
    page.township_code.clear()
    qtbot.keyClicks(page.township_code, code)
    qtbot.keyClick(page.township_code, Qt.Key.Key_Return)


def test_choosing_a_place_and_a_job_saves_all_of_it(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    choose_xishan(page)
    type_chinese(page.township_name, "东港镇")
    qtbot.keyClick(page.township_name, Qt.Key.Key_Return)
    pick(page.unit_type, "township_organ")
    pick(page.post, "staff")
    pick(page.tenure, "3_5")
    pick(page.staffing, "civil_servant")
    pick(page.work_phone, False)

    saved = reopen().load_profile()
    assert (saved.province_code, saved.city_code, saved.county_code) == ("320000", "320200", "320205")
    assert saved.division_year == 2025
    assert saved.township_name == "东港镇"
    assert (saved.unit_type, saved.post, saved.tenure, saved.staffing) == (
        "township_organ", "staff", "3_5", "civil_servant")
    assert saved.work_phone is False
    assert "已保存" in page.saved_indicator.text()


def test_every_saved_change_is_announced(qtbot, storage):
    page = make_page(qtbot, storage)
    with qtbot.waitSignal(page.changed, timeout=1000):
        pick(page.post, "grid")


def test_the_township_name_is_saved_after_a_pause_in_typing(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    type_chinese(page.township_name, "锡北镇")
    with qtbot.waitSignal(page.changed, timeout=2000):
        pass  # no Enter, no focus change: the typing pause alone saves
    assert reopen().load_profile().township_name == "锡北镇"


def test_a_code_from_another_county_is_refused_and_not_saved(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    choose_xishan(page)
    type_code(qtbot, page, "320206001001")

    assert page.township_code.text() == "320206001001"
    assert page.township_code.property("invalid") is True
    assert "320205" in page.code_message.text()
    boxes = page.findChildren(QMessageBox, "errorBox")
    assert boxes and "区划代码" in boxes[-1].text()
    assert reopen().load_profile().township_code == ""


def test_a_code_inside_the_county_is_saved(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    choose_xishan(page)
    type_code(qtbot, page, "320205")  # too short: refused first
    assert page.township_code.property("invalid") is True
    type_code(qtbot, page, "320205100201")

    assert page.township_code.property("invalid") is False
    assert page.code_message.isHidden()
    assert reopen().load_profile().township_code == "320205100201"


def test_the_code_field_takes_digits_only(qtbot, storage):
    page = make_page(qtbot, storage)
    qtbot.keyClicks(page.township_code, "32a02-05")
    assert page.township_code.text() == "320205"


def test_moving_to_another_county_drops_a_code_that_no_longer_fits(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    choose_xishan(page)
    type_code(qtbot, page, "320205100201")
    pick(page.county, "320206")

    assert reopen().load_profile().township_code == ""
    assert page.township_code.text() == "320205100201"
    assert page.township_code.property("invalid") is True


def test_changing_the_province_clears_city_and_county(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    choose_xishan(page)
    pick(page.province, "330000")

    assert page.city.currentData() is None and page.county.currentData() is None
    assert not page.county.isEnabled()
    saved = reopen().load_profile()
    assert (saved.province_code, saved.city_code, saved.county_code) == ("330000", None, None)


def test_a_city_without_counties_stands_for_itself(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    pick(page.province, "440000")
    pick(page.city, "441900")

    assert page.county.count() == 2  # 「请选择」 and 东莞市 itself, already chosen
    assert "东莞市" in page.county.currentText()
    assert reopen().load_profile().county_code == "441900"


def test_a_municipality_offers_its_only_pseudo_city_at_once(qtbot, storage):
    page = make_page(qtbot, storage)
    pick(page.province, "110000")
    assert page.city.currentText() == "市辖区"
    assert page.city.itemData(page.city.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert page.county.findData("110105") >= 0


def test_the_page_asks_for_no_name_phone_or_id_number(qtbot, storage):
    page = make_page(qtbot, storage)
    for label in page.findChildren(QLabel):
        if label is page.privacy_line:
            continue
        for word in ("姓名", "电话", "身份证"):
            assert word not in label.text(), label.text()
    # The only free-text inputs are the place name and its code (the estimate's box takes digits only).
    typed = [e for e in page.findChildren(QLineEdit) if not isinstance(e.parent(), QSpinBox)]
    assert {e.objectName() for e in typed} == {"townshipName", "townshipCode"}
    assert "不收集姓名、电话、身份证号" in page.privacy_line.text()
    assert storage.self_id in page.privacy_line.text()


def test_a_phone_number_in_the_township_name_brings_a_warning(qtbot, storage):
    page = make_page(qtbot, storage)
    type_chinese(page.township_name, "东港镇 13812345678")
    assert page.name_warning.isVisible()
    assert "手机号码" in page.name_warning.text()


def test_reopening_the_page_shows_the_saved_values(qtbot, storage, reopen):
    first = make_page(qtbot, storage)
    choose_xishan(first)
    type_chinese(first.township_name, "东港镇")
    qtbot.keyClick(first.township_name, Qt.Key.Key_Return)
    type_code(qtbot, first, "320205100201")
    pick(first.unit_type, "village_committee")
    pick(first.work_phone, True)

    again = make_page(qtbot, reopen())
    assert again.province.currentText() == "江苏省"
    assert again.city.currentText() == "无锡市"
    assert again.county.currentText() == "锡山区"
    assert again.township_name.text() == "东港镇"
    assert again.township_code.text() == "320205100201"
    assert again.unit_type.value() == "village_committee"
    assert again.work_phone.value() is True
    assert again.post.value() is None


def test_the_estimate_is_typed_once_and_saved_and_can_be_taken_back_to_unanswered(qtbot, storage, reopen):
    page = make_page(qtbot, storage)
    assert page.usual_minutes.text() == "未填"  # nothing is assumed
    page.usual_minutes.lineEdit().selectAll()
    qtbot.keyClicks(page.usual_minutes, "90")
    assert reopen().load_profile().usual_minutes is None  # not saved at each digit (9 would be a wrong answer)
    qtbot.keyClick(page.usual_minutes, Qt.Key.Key_Return)
    assert reopen().load_profile().usual_minutes == 90
    page.usual_minutes.setValue(page.usual_minutes.minimum())
    assert reopen().load_profile().usual_minutes is None
    assert page.usual_minutes.text() == "未填"
