"""基本情况: where the respondent works and in what job — never who they are. Every change is saved at once."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from burden_survey.store.storage import Storage
from burden_survey.survey import divisions, validation
from burden_survey.survey.choices import POSTS, STAFFING, TENURE_BANDS, UNIT_TYPES
from burden_survey.survey.model import Profile
from burden_survey.system.errors import BurdenSurveyError, InputRejected
from ui.common.errors import show_error
from ui.common.page import Page
from ui.common.said import full_message
from ui.common.widgets import ChoiceCombo, YesNoCombo

PSEUDO_PARENTS = ("市辖区", "省直辖县级行政区划")
NOTE_STYLE = "background: #fff4cc; border: 1px solid #e0c35a; padding: 4px 8px; color: #5a4500;"
INVALID_STYLE = "QLineEdit { border: 2px solid #c0392b; background: #fff0ee; }"
UNANSWERED = -1  # the estimate's spin box below its range: 「未填」
NAME_SAVE_DELAY_MS = 600  # typing pauses this long before the township name is written


class ProfilePage(Page):

    def __init__(self, storage: Storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self._profile = Profile()
        self._last_refused_code: str | None = None

        # create ------------------------------------------------------------------------
        intro = QLabel(self.tr("请选择您工作的地区和岗位情况。每一项都可以不填，改动会立即保存在本机。"), self)
        intro.setWordWrap(True)
        self.privacy_line = QLabel(self)
        self.privacy_line.setObjectName("privacyLine")
        self.privacy_line.setWordWrap(True)
        self.privacy_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.privacy_line.setStyleSheet(NOTE_STYLE)

        self.province = self._combo("province", self.tr(
            "按国家标准 GB/T 2260（{year} 年区划代码）选择省份。").format(year=divisions.DIVISION_YEAR))
        self.city = self._combo("city", self.tr(
            "地级市。直辖市的区县列在「市辖区」下；省直接管辖的县级市（如济源、仙桃、五指山）"
            "列在「省直辖县级行政区划」下。这两项只是区划代码中的归类，不是真正的地级市。"))
        self.county = self._combo("county", self.tr(
            "县/区/县级市。东莞、中山、儋州、嘉峪关不设区县，直接选城市本身即可。"))
        self.township_name = QLineEdit(self)
        self.township_name.setObjectName("townshipName")
        self.township_name.setMaxLength(40)
        self.township_name.setPlaceholderText(self.tr("例如：东港镇（只填地名，不填人名）"))
        self.township_name.setToolTip(self.tr("乡镇或街道的名称，可以加上村/社区名称。请不要填写任何人的姓名。"))
        self.name_warning = self._note("nameWarning")
        self.township_code = QLineEdit(self)
        self.township_code.setObjectName("townshipCode")
        self.township_code.setMaxLength(12)
        self.township_code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self))
        self.township_code.setPlaceholderText(self.tr("选填，12 位数字"))
        self.township_code.setToolTip(self.tr(
            "选填。12 位统计用区划代码：前 6 位是县级代码（GB/T 2260），中间 3 位是乡镇/街道，"
            "最后 3 位是村/社区，例如 320205 001 001。不知道可以留空。"))
        self.code_hint = QLabel(self)
        self.code_hint.setObjectName("codeHint")
        self.code_hint.setWordWrap(True)
        self.code_message = self._note("codeMessage")

        self.unit_type = ChoiceCombo(UNIT_TYPES, self)
        self.unit_type.setObjectName("unitType")
        self.post = ChoiceCombo(POSTS, self)
        self.post.setObjectName("post")
        self.tenure = ChoiceCombo(TENURE_BANDS, self)
        self.tenure.setObjectName("tenure")
        self.tenure.setToolTip(self.tr("在基层（乡镇/街道、村/社区）工作的总年限。"))
        self.staffing = ChoiceCombo(STAFFING, self)
        self.staffing.setObjectName("staffing")
        self.work_phone = YesNoCombo(self)
        self.work_phone.setObjectName("workPhone")
        self.work_phone.setToolTip(self.tr("单位是否给您配发了专门用于工作的手机。"))
        self.usual_minutes = QSpinBox(self)
        self.usual_minutes.setObjectName("usualMinutes")
        self.usual_minutes.setRange(UNANSWERED, 1440)
        self.usual_minutes.setSingleStep(10)
        self.usual_minutes.setSpecialValueText(self.tr("未填"))
        self.usual_minutes.setSuffix(self.tr(" 分钟"))
        self.usual_minutes.setKeyboardTracking(False)  # saved when typing ends, not at every digit
        self.usual_minutes.setToolTip(self.tr(
            "不看记录，凭印象估计：平时一个工作日，您在这些应用、公众号和工作群上大约一共花多少分钟？"))
        estimate_note = QLabel(self.tr(
            "请在开始记每日用时之前，凭印象估计一次，不必和日后的记录一致。汇总时会把大家的记录和估计放在一起比较，"
            "看凭印象的估计偏多还是偏少。"), self)
        estimate_note.setWordWrap(True)
        self.saved_indicator = QLabel(self)
        self.saved_indicator.setObjectName("savedIndicator")
        self.saved_indicator.setAlignment(Qt.AlignmentFlag.AlignRight)
        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(NAME_SAVE_DELAY_MS)

        # lay out -----------------------------------------------------------------------
        place = QGroupBox(self.tr("所在地区"), self)
        place_form = QFormLayout(place)
        place_form.addRow(self.tr("省份"), self.province)
        place_form.addRow(self.tr("地级市"), self.city)
        place_form.addRow(self.tr("县/区"), self.county)
        place_form.addRow(self.tr("乡镇/街道"), self.township_name)
        place_form.addRow(self.name_warning)  # spans the row, so a hidden note leaves no gap
        place_form.addRow(self.tr("区划代码（选填）"), self.township_code)
        place_form.addRow("", self.code_hint)
        place_form.addRow(self.code_message)
        job = QGroupBox(self.tr("工作情况"), self)
        job_form = QFormLayout(job)
        job_form.addRow(self.tr("单位类型"), self.unit_type)
        job_form.addRow(self.tr("岗位"), self.post)
        job_form.addRow(self.tr("任职年限"), self.tenure)
        job_form.addRow(self.tr("编制类型"), self.staffing)
        job_form.addRow(self.tr("是否配发工作手机"), self.work_phone)
        estimate = QGroupBox(self.tr("用时估计"), self)
        estimate_form = QFormLayout(estimate)
        estimate_form.addRow(estimate_note)
        estimate_form.addRow(self.tr("平时每个工作日大约"), self.usual_minutes)
        for form in (place_form, job_form, estimate_form):
            # With large text in a narrow window a field goes under its label instead of being cut off.
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        content = QWidget(self)
        column = QVBoxLayout(content)
        for widget in (intro, self.privacy_line, place, job, estimate, self.saved_indicator):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The form reflows to the window's width; only a short window needs to scroll.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)

        # connect -----------------------------------------------------------------------
        self.province.currentIndexChanged.connect(self._province_chosen)
        self.city.currentIndexChanged.connect(self._city_chosen)
        self.county.currentIndexChanged.connect(self._county_chosen)
        self.township_name.textEdited.connect(self._name_edited)
        self.township_name.editingFinished.connect(self._commit_name)
        self._name_timer.timeout.connect(self._commit_name)
        self.township_code.editingFinished.connect(self._commit_code)
        for combo, attribute in ((self.unit_type, "unit_type"), (self.post, "post"), (self.tenure, "tenure"),
                                 (self.staffing, "staffing"), (self.work_phone, "work_phone")):
            combo.currentIndexChanged.connect(lambda _i, c=combo, a=attribute: self._job_chosen(a, c.value()))
        self.usual_minutes.valueChanged.connect(
            lambda value: self._job_chosen("usual_minutes", None if value == UNANSWERED else value))

        # load --------------------------------------------------------------------------
        self._fill(self.province, divisions.provinces(), self.tr("（请选择省份）"))
        self.refresh()

    # loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show what the file holds; pending typing is saved first so nothing is lost."""
        self._commit_name()
        self._profile = self.storage.load_profile()
        p = self._profile
        self.privacy_line.setText(self.tr(
            "本调查不收集姓名、电话、身份证号。您的匿名编号：{rid}").format(rid=self.storage.self_id))
        self._select(self.province, p.province_code)
        self._fill(self.city, divisions.cities(p.province_code) if p.province_code else [])
        self._select(self.city, p.city_code)
        self._fill(self.county, divisions.counties(p.city_code) if p.city_code else [])
        self._select(self.county, p.county_code)
        self.township_name.setText(p.township_name)
        self.name_warning.setText(validation.personal_data_warning(p.township_name))
        self.name_warning.setVisible(bool(self.name_warning.text()))
        self.township_code.setText(p.township_code)
        self._mark_code(None)
        for combo, value in ((self.unit_type, p.unit_type), (self.post, p.post), (self.tenure, p.tenure),
                             (self.staffing, p.staffing), (self.work_phone, p.work_phone)):
            combo.blockSignals(True)
            combo.set_value(value)
            combo.blockSignals(False)
        self.usual_minutes.blockSignals(True)
        self.usual_minutes.setValue(UNANSWERED if p.usual_minutes is None else p.usual_minutes)
        self.usual_minutes.blockSignals(False)
        self._update_code_hint()

    def _combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setMinimumContentsLength(12)
        return combo

    def _note(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(NOTE_STYLE)
        label.hide()
        return label

    def _fill(self, combo: QComboBox, items: list[divisions.Division], empty: str | None = None) -> None:
        """Replace a picker's choices without firing its signal; a single choice is taken at once."""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(empty or self.tr("（请选择）"), None)
        for division in items:
            combo.addItem(division.name, division.code)
            if division.name in PSEUDO_PARENTS:
                combo.setItemData(combo.count() - 1, combo.toolTip(), Qt.ItemDataRole.ToolTipRole)
        if len(items) == 1:
            combo.setCurrentIndex(1)
        combo.setEnabled(bool(items))
        combo.blockSignals(False)

    def _select(self, combo: QComboBox, code: str | None) -> None:
        """Select a code; one from an older division list is kept and shown as such, not dropped."""
        combo.blockSignals(True)
        if code is not None and combo.findData(code) < 0:
            combo.addItem(self.tr("代码 {code}（旧区划）").format(code=code), code)
            combo.setEnabled(True)
        combo.setCurrentIndex(max(combo.findData(code), 0) if code is not None else 0)
        combo.blockSignals(False)

    # location ----------------------------------------------------------------------------
    def _province_chosen(self) -> None:
        self._profile.province_code = self.province.currentData()
        code = self._profile.province_code
        self._fill(self.city, divisions.cities(code) if code else [])
        self._city_chosen()

    def _city_chosen(self) -> None:
        self._profile.city_code = self.city.currentData()
        code = self._profile.city_code
        self._fill(self.county, divisions.counties(code) if code else [])
        self._county_chosen()

    def _county_chosen(self) -> None:
        """A new county may make the typed code fit, or the saved code no longer fit."""
        p = self._profile
        p.county_code = self.county.currentData()
        try:
            validation.check_township_code(p.township_code, p.county_code)
        except InputRejected:
            p.township_code = ""  # a code from another county must not stay in the file
        self._update_code_hint()
        text = self.township_code.text().strip()
        try:
            p.township_code = validation.check_township_code(text, p.county_code)
            self._mark_code(None)
        except InputRejected as exc:
            self._mark_code(exc)
        self._save()

    def _update_code_hint(self) -> None:
        county = self._profile.county_code
        self.code_hint.setText(self.tr("所选县区代码 {code}，12 位代码的前 6 位应与之相同。").format(code=county)
                               if county else self.tr("先选县区，再填代码。"))

    def _name_edited(self, text: str) -> None:
        warning = validation.personal_data_warning(text)
        self.name_warning.setText(warning)
        self.name_warning.setVisible(bool(warning))
        self._name_timer.start()

    def _commit_name(self) -> None:
        self._name_timer.stop()
        name = " ".join(self.township_name.text().split())
        if name != self._profile.township_name:
            self._profile.township_name = name
            self._save()

    def _commit_code(self) -> None:
        """Check the code when the user leaves the field; a refusal keeps the text, marked, unsaved."""
        text = self.township_code.text().strip()
        try:
            code = validation.check_township_code(text, self._profile.county_code)
        except InputRejected as exc:
            self._mark_code(exc)
            # Leaving the field again with the same text must not pop the same message twice.
            if text != self._last_refused_code:
                self._last_refused_code = text
                show_error(self, exc)
            return
        self._mark_code(None)
        if code != self._profile.township_code:
            self._profile.township_code = code
            self._save()

    def _mark_code(self, refusal: InputRejected | None) -> None:
        self.township_code.setProperty("invalid", refusal is not None)
        self.township_code.setStyleSheet(INVALID_STYLE if refusal else "")
        self.code_message.setText(full_message(refusal) if refusal else "")
        self.code_message.setVisible(refusal is not None)
        if refusal is None:
            self._last_refused_code = None

    # job ---------------------------------------------------------------------------------
    def _job_chosen(self, attribute: str, value: object) -> None:
        setattr(self._profile, attribute, value)
        self._save()

    # saving ------------------------------------------------------------------------------
    def _save(self) -> None:
        self._profile.division_year = divisions.DIVISION_YEAR
        try:
            self.storage.save_profile(self._profile)
        except BurdenSurveyError as exc:
            show_error(self, exc)
            return
        self.saved_indicator.setText(self.tr("✓ 已保存 {time}").format(time=datetime.now().strftime("%H:%M:%S")))
        self.changed.emit()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Switching pages within the typing delay must not lose the township name.
        self._commit_name()
        super().hideEvent(event)
