"""The guided first start: after the notice, profile essentials, a first tool, and where to log minutes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.store.first_look import ROLE_SETTING
from burden_survey.store.storage import Storage
from burden_survey.survey import catalogue
from burden_survey.survey.choices import ACTIONS, FORMALITY_SHARES, FREQUENCIES, OBLIGATIONS, TOOL_KINDS
from burden_survey.survey.model import Tool
from burden_survey.survey.validation import MAX_NAME_LENGTH
from burden_survey.system.errors import InputRejected
from ui.cadre.profile_page import ProfilePage
from ui.common.errors import show_error
from ui.common.screen_fit import FittedDialog
from ui.common.widgets import ChoiceCombo, MultiChoice

SETTING = "first_start"  # "finished" or "skipped": either way it is not shown again
STEP_STYLE = "padding: 4px 10px; border-radius: 10px; color: #555555;"
CURRENT_STYLE = "padding: 4px 10px; border-radius: 10px; background: #3d5a80; color: white; font-weight: bold;"


def needed(storage: Storage) -> bool:
    """Only a cadre's fresh database: never shown twice, not to someone who already listed tools, and never to a
    supervisor, who answers no survey."""
    return (storage.get_setting(SETTING) is None and not storage.list_tools()
            and storage.get_setting(ROLE_SETTING) != "supervisor")


def _share(code: str | None) -> int | None:
    return None if code is None else int(code)


class FirstStartDialog(FittedDialog):
    """Three short steps with a banner saying where the user is; 「跳过」 on every step."""

    def __init__(self, storage: Storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.first_tool: Tool | None = None
        self.setObjectName("firstStartDialog")
        self.setWindowTitle(self.tr("开始使用 — 指尖减负调查"))
        self.resize(760, 640)

        titles = [self.tr("告知书 ✓"), self.tr("① 基本情况"), self.tr("② 第一项任务"), self.tr("③ 记录用时")]
        self.banner = [QLabel(text, self) for text in titles]
        self.stack = QStackedWidget(self)
        self.profile_page = ProfilePage(storage, self)
        self.stack.addWidget(self._step(self.tr(
            "欢迎！先用一分钟说明您在哪里工作：选到县/区和岗位就够了，其余可以以后在「基本情况」页面补充。"
            "这里不问姓名，改动立即保存在本机。"), self.profile_page))
        self.stack.addWidget(self._step(self.tr(
            "想一想：哪一个政务应用、公众号或工作群最让您费时间？先记下这一个。"
            "要做哪些事、多少时间只为留痕，请在这里选；排名等更多细节以后在「我的数字任务」页面补充。"
            "也可以不填，直接点「下一步」。"),
            self._tool_form()))
        self.log_text = QLabel(self)
        self.log_text.setObjectName("firstStartLogText")
        self.log_text.setWordWrap(True)
        self.log_text.setTextFormat(Qt.TextFormat.RichText)
        self.log_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self._step("", self.log_text))

        self.skip_button = QPushButton(self.tr("跳过向导"), self)
        self.skip_button.setObjectName("firstStartSkip")
        self.skip_button.setToolTip(self.tr("不再显示本向导；随时可以从「帮助 → 入门向导」再次打开。"))
        self.back_button = QPushButton(self.tr("上一步"), self)
        self.back_button.setObjectName("firstStartBack")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("firstStartNext")
        self.next_button.setDefault(True)

        top = QHBoxLayout()
        for label in self.banner:
            top.addWidget(label)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.skip_button)
        bottom.addStretch(1)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self.go(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self.next_step)
        self.go(0)

    # build ---------------------------------------------------------------------------
    def _step(self, intro: str, body: QWidget) -> QWidget:
        step = QWidget(self)
        column = QVBoxLayout(step)
        if intro:
            label = QLabel(intro, step)
            label.setWordWrap(True)
            label.setObjectName("warningNote")
            column.addWidget(label)
        column.addWidget(body, 1)
        return step

    def _tool_form(self) -> QWidget:
        form_widget = QWidget(self)
        form = QFormLayout(form_widget)
        self.tool_name = QLineEdit(form_widget)
        self.tool_name.setObjectName("firstToolName")
        self.tool_name.setMaxLength(MAX_NAME_LENGTH)
        self.tool_name.setPlaceholderText(self.tr("如：学习强国、某某镇工作群"))
        self.tool_name.setToolTip(self.tr("应用、公众号或工作群的名称；输入两个字即可从常见名称中选择。"))
        completer = QCompleter(catalogue.suggestions(self.storage.known_tool_names()), self.tool_name)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tool_name.setCompleter(completer)
        self.tool_kind = ChoiceCombo(TOOL_KINDS, form_widget)
        self.tool_kind.setObjectName("firstToolKind")
        self._kind_picked = False  # until then the name chooses the kind it tells (catalogue.infer_kind), or none
        self.tool_kind.activated.connect(lambda *_: setattr(self, "_kind_picked", True))
        self.tool_name.textChanged.connect(self._name_tells_kind)
        completer.activated.connect(self._name_tells_kind)
        self.tool_obligation = ChoiceCombo(OBLIGATIONS, form_widget)
        self.tool_obligation.setObjectName("firstToolObligation")
        self.tool_obligation.setToolTip(self.tr("是谁、以什么方式要求您使用它：自愿、口头要求、发文要求，还是与考核挂钩。"))
        self.tool_frequency = ChoiceCombo(FREQUENCIES, form_widget)
        self.tool_frequency.setObjectName("firstToolFrequency")
        self.tool_frequency.setToolTip(self.tr("被要求多久使用一次（打卡、上报、学习等）。"))
        self.tool_actions = MultiChoice(ACTIONS, 3, form_widget)
        self.tool_actions.setObjectName("firstToolActions")
        self.tool_actions.setToolTip(self.tr("在这个工具上被要求做的事，可多选。"))
        # Asked, never filled in from the actions: an unanswered share is 「未填」 and counts in no formality figure.
        self.tool_share = ChoiceCombo(FORMALITY_SHARES, form_widget, empty_text=self.tr("（未填）"))
        self.tool_share.setObjectName("firstToolShare")
        self.tool_share.setToolTip(self.tr("这个工具上的时间有多少只是为了留痕（打卡、截图、刷积分…）；"
                                           "不选就是「未填」，不计入留痕统计。"))
        form.addRow(self.tr("名称"), self.tool_name)
        form.addRow(self.tr("类型"), self.tool_kind)
        form.addRow(self.tr("要求方式"), self.tool_obligation)
        form.addRow(self.tr("要求频率"), self.tool_frequency)
        form.addRow(self.tr("要求的操作"), self.tool_actions)
        form.addRow(self.tr("留痕占比"), self.tool_share)
        return form_widget

    def _name_tells_kind(self, name: str) -> None:
        if not self._kind_picked:
            inferred = catalogue.infer_kind(name)
            self.tool_kind.set_value(inferred[0] if inferred else None)

    # steps ---------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, self.stack.count() - 1))
        self.stack.setCurrentIndex(index)
        for number, label in enumerate(self.banner):
            label.setStyleSheet(CURRENT_STYLE if number == index + 1 else STEP_STYLE)
        self.back_button.setEnabled(index > 0)
        last = index == self.stack.count() - 1
        self.next_button.setText(self.tr("开始记录用时") if last else self.tr("下一步"))
        if last:
            self.log_text.setText(self._log_html())
        focus = {0: self.profile_page.province, 1: self.tool_name}.get(index, self.next_button)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_step(self) -> None:
        index = self.stack.currentIndex()
        if index == 0:
            self.profile_page.refresh()  # saves a township name still being typed
        if index == 1 and not self._save_tool():
            return
        if index == self.stack.count() - 1:
            self.accept()
        else:
            self.go(index + 1)

    def _save_tool(self) -> bool:
        """Save (or, after 「上一步」, update) the first tool; an empty name simply adds nothing."""
        if not self.tool_name.text().strip():
            return True
        base = self.first_tool or Tool(name="")
        try:
            if not self.tool_kind.value():  # never guessed: 「村务通」 may be an app or a mini-program
                raise InputRejected(self.tr("类型"), self.tr("还没有选择。"),
                                    self.tr("请选择「{0}」是政务APP、小程序、公众号、工作群还是其他类型。").format(
                                        self.tool_name.text().strip()))
            tool = replace(base, name=self.tool_name.text().strip(), kind=self.tool_kind.value(),
                           obligation=self.tool_obligation.value(), frequency=self.tool_frequency.value(),
                           actions=self.tool_actions.value(), formality_share=_share(self.tool_share.value()))
            self.first_tool = self.storage.save_tool(tool)
        except InputRejected as exc:
            show_error(self, exc)
            (self.tool_kind if exc.field == self.tr("类型") else self.tool_name).setFocus()
            return False
        return True

    def _log_html(self) -> str:
        example = self.first_tool.name if self.first_tool else self.tr("某个应用")
        return self.tr(
            "<p>以后每天下班前（或每周一次），打开左侧的<b>「每日用时」</b>页面（快捷键 <b>Ctrl+3</b>）。</p>"
            "<p>表格中一行是一项任务，一列是一天。例如「{0}」今天用了 20 分钟，就在它那一行、今天那一列输入 "
            "<b>20</b> 并按回车。方向键移动，「复制前一天」可以省去重复填写。</p>"
            "<p>调查结束时，点击菜单<b>「文件 → 导出调查文件」</b>（Ctrl+E），把文件交给组织方。</p>"
            "<p>任何时候按 <b>F1</b> 可以查看当前页面的帮助。</p>").format(example)

    # result --------------------------------------------------------------------------
    def done(self, result: int) -> None:
        """Finishing and skipping (button, Esc or the close box) are both remembered in the file."""
        self.profile_page.refresh()
        accepted = result == QDialog.DialogCode.Accepted
        self.storage.set_setting(SETTING, "finished" if accepted else "skipped")
        super().done(result)


def start(window, force: bool = False) -> FirstStartDialog | None:
    """Open the guide over the main window (window-modal, without a nested event loop) when it is needed."""
    if not force and not needed(window.storage):
        return None
    dialog = FirstStartDialog(window.storage, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def after(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            window.show_page("daily_log")
        window.stack.currentWidget().refresh()  # the guide wrote to the file behind this page's back

    dialog.finished.connect(after)
    dialog.open()
    return dialog
