"""The dialog that adds or edits one digital duty: every per-tool field of DOMAIN.md §3."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QTabWidget,
    QVBoxLayout, QWidget,
)

from burden_survey import catalogue, validation
from burden_survey.choices import (
    ACTIONS, AFTER_HOURS, CONSEQUENCES, FORMALITY_SHARES, FREQUENCIES, GROUP_PURPOSES, GROUP_SIZES,
    INSTANT_RESPONSE, MESSAGE_BANDS, OBLIGATIONS, PLATFORMS, RANKED, SPONSOR_LEVELS, TOOL_KINDS,
)
from burden_survey.errors import InputRejected
from burden_survey.model import Tool, suggested_formality_share

from .screen_fit import FittedDialog, ScrollingPage
from .errors import show_error
from .widgets import ChoiceCombo, MultiChoice, YesNoCombo, run_modal

RANKINGS = ("internal", "notified")


class ToolDialog(FittedDialog):
    """Fill in one tool; OK saves it through storage and stays open if the storage refuses."""

    def __init__(self, storage, tool: Tool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.original = tool if tool is not None else Tool(name="")
        self.saved_tool: Tool | None = None
        is_new = self.original.id is None
        self.setObjectName("toolDialog")
        self.setWindowTitle(self.tr("添加数字任务") if is_new else self.tr("编辑「{0}」").format(self.original.name))
        # An edited tool keeps its kind; a new one takes the kind of a catalogue name typed in full.
        self._kind_chosen = not is_new
        # The share follows the ticked actions until the user picks one; a stored share that equals
        # the suggestion is taken as never picked, so editing the actions still moves it.
        self._share_chosen = (
            self.original.formality_share is not None
            and self.original.formality_share != suggested_formality_share(self.original.actions)
        )
        self._create_widgets()
        self._lay_out()
        self._connect()
        self._load(self.original)

    # build ---------------------------------------------------------------------------
    def _create_widgets(self) -> None:
        self.name_edit = self._line("name", self.tr("如：学习强国、某某镇工作群"), people_warning=False)
        self.name_edit.setMaxLength(60)
        completer = QCompleter(catalogue.suggestions(self.storage.known_tool_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # typing 「强国」 finds 「学习强国」
        self.name_edit.setCompleter(completer)
        self.kind_combo = self._choice("kind", TOOL_KINDS)
        self.platform_combo = self._choice("platform", PLATFORMS, self.tr("这个工具在哪里使用：独立的手机应用、微信、钉钉、电脑等"))
        self.sponsor_combo = self._choice("sponsor_level", SPONSOR_LEVELS, self.tr("这个工具由哪一级部门建设或要求使用"))
        self.line_department_edit = self._line("line_department", self.tr("如：组织部、民政、应急"))
        self.installed_combo = QComboBox(self)
        self.installed_combo.setObjectName("installed")
        self.installed_combo.addItem(self.tr("是"), True)
        self.installed_combo.addItem(self.tr("否"), False)
        self.installed_combo.setToolTip(self.tr("是否已安装这个应用、关注这个账号或加入这个群"))

        self.obligation_combo = self._choice("obligation", OBLIGATIONS, self.tr(
            "是谁、以什么方式要求您使用它：自愿使用、口头要求、发文要求，还是与考核挂钩"))
        self.frequency_combo = self._choice("frequency", FREQUENCIES, self.tr("被要求多久使用一次（打卡、上报、学习等）"))
        self.after_hours_combo = self._choice("after_hours", AFTER_HOURS, self.tr("下班后、周末或节假日还被要求使用的频率"))
        self.actions_box = MultiChoice(ACTIONS, 3, self)
        self.actions_box.setObjectName("actions")
        self.actions_box.setToolTip(self.tr("在这个工具上被要求做的事，可多选；它们决定「留痕占比」的估计"))
        self.share_combo = self._choice("formality_share", FORMALITY_SHARES, self.tr(
            "这个工具上的时间有多少只是为了留痕（打卡、截图、刷积分…）。\n未选择时按勾选的要做的事自动估计。"))
        self.ranked_combo = self._choice("ranked", RANKED, self.tr("使用情况是否被排名，排名是只在内部看还是被通报"))
        self.rank_metric_edit = self._line("rank_metric", self.tr("如：积分、在线时长、安装率"))
        self.rank_frequency_combo = self._choice("rank_frequency", FREQUENCIES, self.tr("多久通报或公布一次排名"))
        self.consequences_box = MultiChoice(CONSEQUENCES, 3, self)
        self.consequences_box.setObjectName("consequences")
        self.consequences_box.setToolTip(self.tr("没有按要求完成时会怎样，可多选"))

        self.same_data_edit = self._line("same_data_as", self.tr("还有哪些工具要报同样的数据，如：一表通"))
        self.usefulness_combo = QComboBox(self)
        self.usefulness_combo.setObjectName("usefulness")
        self.usefulness_combo.addItem(self.tr("（未评）"), None)
        for score, text in enumerate(
                [self.tr("很没用"), self.tr("较没用"), self.tr("一般"), self.tr("较有用"), self.tr("很有用")], 1):
            self.usefulness_combo.addItem(f"{score} {text}", score)
        self.usefulness_combo.setToolTip(self.tr("对您的实际工作有多大用处"))
        self.note_edit = self._line("note", self.tr("其他说明"))

        self.group_box = QGroupBox(self.tr("工作群"), self)
        self.group_box.setObjectName("groupBox")
        self.group_purpose_combo = self._choice("group_purpose", GROUP_PURPOSES)
        self.group_undissolved_combo = YesNoCombo(self)
        self.group_undissolved_combo.setObjectName("group_temporary_undissolved")
        self.group_undissolved_combo.setToolTip(self.tr("临时专项群在任务结束后是否仍未解散"))
        self.group_size_combo = self._choice("group_size", GROUP_SIZES)
        self.group_response_combo = self._choice(
            "group_instant_response", INSTANT_RESPONSE, self.tr("是否要求即时回复，例如回“收到”、限时回复或24小时待命"))
        self.group_messages_combo = self._choice("group_messages", MESSAGE_BANDS, self.tr("这个群平均每天的消息条数"))
        self.group_overlaps_edit = self._line("group_overlaps", self.tr("与哪些群内容重复，如：某某条线群"))

        self.privacy_label = QLabel(self)
        self.privacy_label.setObjectName("privacyWarning")
        self.privacy_label.setWordWrap(True)
        self.privacy_label.setStyleSheet("color: #a15c00;")
        self.privacy_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))

    def _choice(self, name: str, vocabulary, tip: str = "") -> ChoiceCombo:
        combo = ChoiceCombo(vocabulary, self)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        return combo

    def _line(self, name: str, placeholder: str, people_warning: bool = True) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        if people_warning:
            edit.setToolTip(self.tr("本调查是匿名的：请不要写任何人的姓名、电话或身份证号。"))
        return edit

    def _lay_out(self) -> None:
        basics = QWidget(self)
        form = QFormLayout(basics)
        form.addRow(self.tr("名称"), self.name_edit)
        form.addRow(self.tr("类型"), self.kind_combo)
        form.addRow(self.tr("平台"), self.platform_combo)
        form.addRow(self.tr("建设/要求层级"), self.sponsor_combo)
        form.addRow(self.tr("条线部门"), self.line_department_edit)
        form.addRow(self.tr("已安装/已加入"), self.installed_combo)
        group_form = QFormLayout(self.group_box)
        group_form.addRow(self.tr("群的用途"), self.group_purpose_combo)
        group_form.addRow(self.tr("临时群未解散"), self.group_undissolved_combo)
        group_form.addRow(self.tr("群人数"), self.group_size_combo)
        group_form.addRow(self.tr("即时回复要求"), self.group_response_combo)
        group_form.addRow(self.tr("每天消息数"), self.group_messages_combo)
        group_form.addRow(self.tr("与其他群重复"), self.group_overlaps_edit)
        form.addRow(self.group_box)

        demands = QWidget(self)
        form = QFormLayout(demands)
        form.addRow(self.tr("要求来源"), self.obligation_combo)
        form.addRow(self.tr("要求频率"), self.frequency_combo)
        form.addRow(self.tr("下班后"), self.after_hours_combo)
        form.addRow(self.tr("要做的事"), self.actions_box)
        form.addRow(self.tr("留痕占比"), self.share_combo)
        form.addRow(self.tr("是否排名"), self.ranked_combo)
        form.addRow(self.tr("排名依据"), self.rank_metric_edit)
        form.addRow(self.tr("排名频率"), self.rank_frequency_combo)
        form.addRow(self.tr("不达标后果"), self.consequences_box)

        opinion = QWidget(self)
        form = QFormLayout(opinion)
        form.addRow(self.tr("重复填报"), self.same_data_edit)
        form.addRow(self.tr("有用程度"), self.usefulness_combo)
        form.addRow(self.tr("备注"), self.note_edit)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        # Each tab scrolls when the screen is smaller than the form (150 % scaling on a 1366×768 screen).
        self.tabs.addTab(ScrollingPage(basics, self), self.tr("基本情况"))
        self.tabs.addTab(ScrollingPage(demands, self), self.tr("要求与留痕"))
        self.tabs.addTab(ScrollingPage(opinion, self), self.tr("评价"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.name_edit.completer().activated.connect(self._name_picked)
        self.name_edit.textChanged.connect(self._name_typed)
        self.kind_combo.activated.connect(self._kind_picked)
        self.kind_combo.currentIndexChanged.connect(self._update_group_box)
        self.actions_box.changed.connect(self._follow_actions)
        self.share_combo.activated.connect(self._share_picked)
        self.ranked_combo.currentIndexChanged.connect(self._update_ranking)
        for edit in self._free_text_edits():
            edit.textChanged.connect(self._update_privacy_warning)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _load(self, tool: Tool) -> None:
        self.name_edit.setText(tool.name)
        self.kind_combo.set_value(tool.kind)
        self.platform_combo.set_value(tool.platform)
        self.sponsor_combo.set_value(tool.sponsor_level)
        self.line_department_edit.setText(tool.line_department)
        self.installed_combo.setCurrentIndex(0 if tool.installed else 1)
        self.obligation_combo.set_value(tool.obligation)
        self.frequency_combo.set_value(tool.frequency)
        self.after_hours_combo.set_value(tool.after_hours)
        self.actions_box.set_value(tool.actions)
        self.ranked_combo.set_value(tool.ranked)
        self.rank_metric_edit.setText(tool.rank_metric)
        self.rank_frequency_combo.set_value(tool.rank_frequency)
        self.consequences_box.set_value(tool.consequences)
        self.same_data_edit.setText(tool.same_data_as)
        self.usefulness_combo.setCurrentIndex(max(self.usefulness_combo.findData(tool.usefulness), 0))
        self.note_edit.setText(tool.note)
        self.group_purpose_combo.set_value(tool.group_purpose)
        self.group_undissolved_combo.set_value(tool.group_temporary_undissolved)
        self.group_size_combo.set_value(tool.group_size)
        self.group_response_combo.set_value(tool.group_instant_response)
        self.group_messages_combo.set_value(tool.group_messages)
        self.group_overlaps_edit.setText(tool.group_overlaps)
        if self._share_chosen:
            self.share_combo.set_value(str(tool.formality_share))
        self._follow_actions()
        self._update_group_box()
        self._update_ranking()

    # reactions -----------------------------------------------------------------------
    def _name_picked(self, name: str) -> None:
        kind = catalogue.kind_of(name)
        if kind is not None:
            self.kind_combo.set_value(kind)

    def _name_typed(self, text: str) -> None:
        kind = catalogue.kind_of(text.strip())
        if kind is not None and not self._kind_chosen:
            self.kind_combo.set_value(kind)

    def _kind_picked(self) -> None:
        self._kind_chosen = True

    def _share_picked(self) -> None:
        # Picking the empty entry hands the share back to the automatic estimate.
        self._share_chosen = self.share_combo.value() is not None
        self._follow_actions()

    def _follow_actions(self) -> None:
        if not self._share_chosen:
            self.share_combo.set_value(str(suggested_formality_share(self.actions_box.value())))

    def _update_group_box(self) -> None:
        self.group_box.setVisible(self.kind_combo.value() == "work_group")

    def _update_ranking(self) -> None:
        ranked = self.ranked_combo.value() in RANKINGS
        self.rank_metric_edit.setEnabled(ranked)
        self.rank_frequency_combo.setEnabled(ranked)

    def _free_text_edits(self) -> list[QLineEdit]:
        return [self.line_department_edit, self.rank_metric_edit, self.same_data_edit, self.note_edit,
                self.group_overlaps_edit]

    def _update_privacy_warning(self) -> None:
        warnings = [validation.personal_data_warning(e.text()) for e in self._free_text_edits()]
        warning = next((w for w in warnings if w), "")
        self.privacy_label.setText(warning)
        self.privacy_label.setVisible(bool(warning))

    # result --------------------------------------------------------------------------
    def tool(self) -> Tool:
        """The tool as the widgets describe it, keeping the original's id."""
        ranked = self.ranked_combo.value() in RANKINGS
        is_group = self.kind_combo.value() == "work_group"
        share = self.share_combo.value()
        return replace(
            self.original,
            name=self.name_edit.text(),
            kind=self.kind_combo.value() or "app",
            platform=self.platform_combo.value(),
            sponsor_level=self.sponsor_combo.value(),
            line_department=self.line_department_edit.text().strip(),
            installed=bool(self.installed_combo.currentData()),
            obligation=self.obligation_combo.value(),
            frequency=self.frequency_combo.value(),
            after_hours=self.after_hours_combo.value(),
            actions=self.actions_box.value(),
            formality_share=None if share is None else int(share),
            ranked=self.ranked_combo.value(),
            # Details of a ranking that is not there would be noise in the figures.
            rank_metric=self.rank_metric_edit.text().strip() if ranked else "",
            rank_frequency=self.rank_frequency_combo.value() if ranked else None,
            consequences=self.consequences_box.value(),
            same_data_as=self.same_data_edit.text().strip(),
            usefulness=self.usefulness_combo.currentData(),
            note=self.note_edit.text().strip(),
            group_purpose=self.group_purpose_combo.value() if is_group else None,
            group_temporary_undissolved=self.group_undissolved_combo.value() if is_group else None,
            group_size=self.group_size_combo.value() if is_group else None,
            group_instant_response=self.group_response_combo.value() if is_group else None,
            group_messages=self.group_messages_combo.value() if is_group else None,
            group_overlaps=self.group_overlaps_edit.text().strip() if is_group else "",
        )

    def accept(self) -> None:
        try:
            self.saved_tool = self.storage.save_tool(self.tool())
        except InputRejected as exc:
            show_error(self, exc)
            if exc.field == "名称":
                self.tabs.setCurrentIndex(0)
                self.name_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, storage, tool: Tool | None = None) -> Tool | None:
        """Show the dialog; the saved tool, or None if the user cancelled."""
        return run_modal(cls(storage, tool, parent), lambda dialog: dialog.saved_tool)
