"""The dialog that adds or edits one digital duty: every per-tool field of DOMAIN.md §3."""

from __future__ import annotations

from dataclasses import asdict, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from burden_survey.survey import catalogue, validation
from burden_survey.survey.choices import FORMALITY_SHARES, TOOL_KINDS, WORK_GROUP
from burden_survey.system.errors import InputRejected
from burden_survey.survey.fields import TOOL_FIELDS
from burden_survey.survey.model import Tool, suggested_formality_share
from ui.common.record_dialog import RecordDialog
from ui.common.record_form import RecordForm
from ui.common.widgets import choice_label
from ui.common.screen_fit import ScrollingPage

# The tabs, by the sections of the field table; the group's fields sit in a box of their own on the first.
SECTIONS = (("basics", QT_TRANSLATE_NOOP("ToolDialog", "基本情况")),
            ("demands", QT_TRANSLATE_NOOP("ToolDialog", "要求与留痕")),
            ("opinion", QT_TRANSLATE_NOOP("ToolDialog", "评价")))


class ToolDialog(RecordDialog):
    """Fill in one tool; 保存 saves it through storage and stays open if the storage refuses."""

    tab_of_section = {"basics": 0, "group": 0, "demands": 1, "opinion": 2}

    def __init__(self, storage, tool: Tool | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.original = tool if tool is not None else Tool(name="")
        is_new = self.original.id is None
        self.setObjectName("toolDialog")
        self.setWindowTitle(self.tr("添加数字任务") if is_new else self.tr("编辑「{0}」").format(self.original.name))
        # An edited tool keeps its kind; a new one has none until the cadre picks one or its name tells it (the
        # catalogue, or a word such as 「工作群」), and then a note says so: a kind is never stored unseen.
        # A tool handed in carries a kind someone chose: an edited one, or the page's 「添加工作群」.
        self._kind_chosen = tool is not None
        # A work group (most cadres list ten to sixty) is entered on one screen: its sections one under another,
        # with no tabs to go through (issue 16).
        self.one_screen = self.original.kind == WORK_GROUP
        self._create_widgets()
        self._lay_out()
        self._connect()
        self._load(self.original)

    # build ---------------------------------------------------------------------------
    def _create_widgets(self) -> None:
        self.form = RecordForm(TOOL_FIELDS, self)
        completer = QCompleter(catalogue.suggestions(self.storage.known_tool_names()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # typing 「强国」 finds 「学习强国」
        self.form["name"].setCompleter(completer)
        self.group_box = QGroupBox(self.tr("工作群"), self)
        self.group_box.setObjectName("groupBox")
        self.privacy_label = QLabel(self)
        self.privacy_label.setObjectName("privacyWarning")
        self.privacy_label.setWordWrap(True)
        self.privacy_label.setStyleSheet("color: #a15c00;")
        self.privacy_label.hide()
        self.kind_note = QLabel(self)
        self.kind_note.setObjectName("kindNote")
        self.kind_note.setWordWrap(True)
        self.kind_note.hide()
        # 留痕占比 is the cadre's answer: the ticked actions only suggest one, taken with a click, never on their own.
        self.share_note = QLabel(self)
        self.share_note.setObjectName("shareNote")
        self.share_note.setWordWrap(True)
        self.share_note.setTextFormat(Qt.TextFormat.RichText)
        self.share_note.hide()

    def _lay_out(self) -> None:
        self.form.add_rows(QFormLayout(self.group_box), "group")
        layout = QVBoxLayout(self)
        if self.one_screen:
            page = QWidget(self)
            sections = QVBoxLayout(page)
            for section, title in SECTIONS:
                box = QGroupBox(QCoreApplication.translate("ToolDialog", title), page)
                box.setObjectName(f"section_{section}")
                self._add_section(QFormLayout(box), section)
                sections.addWidget(box)
            layout.addWidget(ScrollingPage(page, self))  # one page, scrolled where the screen is small
        else:
            self.tabs = QTabWidget(self)
            self.tabs.setObjectName("tabs")
            for section, title in SECTIONS:
                page = QWidget(self)
                self._add_section(QFormLayout(page), section)
                # Each tab scrolls when the screen is smaller than the form (150 % scaling on a 1366×768 screen).
                self.tabs.addTab(ScrollingPage(page, self), QCoreApplication.translate("ToolDialog", title))
            layout.addWidget(self.tabs)
        layout.addWidget(self.privacy_label)
        layout.addWidget(self.buttons)

    def _add_section(self, rows: QFormLayout, section: str) -> None:
        self.form.add_rows(rows, section)
        if section == "basics":
            kind_row, _ = rows.getWidgetPosition(self.form["kind"])
            rows.insertRow(kind_row + 1, "", self.kind_note)  # under the kind it explains
            rows.addRow(self.group_box)
        if section == "demands":
            share_row, _ = rows.getWidgetPosition(self.form["formality_share"])
            rows.insertRow(share_row + 1, "", self.share_note)

    def _connect(self) -> None:
        name = self.form["name"]
        name.completer().activated.connect(self._name_picked)
        name.textChanged.connect(self._name_typed)
        self.form["kind"].activated.connect(self._kind_picked)
        self.form["kind"].currentIndexChanged.connect(self._update_group_box)
        self.form["actions"].changed.connect(self._suggest_share)
        self.form["formality_share"].currentIndexChanged.connect(self._suggest_share)
        self.share_note.linkActivated.connect(self._take_suggested_share)
        self.form.changed.connect(self._update_privacy_warning)

    def _load(self, tool: Tool) -> None:
        values = asdict(tool)
        if not self._kind_chosen:
            values["kind"] = None  # 「（请选择）」 until chosen or told by the name
        self.form.load(values)
        self._suggest_share()
        self._update_group_box()

    # reactions -----------------------------------------------------------------------
    def _name_picked(self, name: str) -> None:
        self._kind_chosen = False  # a name picked from the list brings its own kind
        self._name_typed(name)

    def _name_typed(self, text: str) -> None:
        if self._kind_chosen:
            return
        inferred = catalogue.infer_kind(text)
        self.form["kind"].set_value(inferred[0] if inferred else None)
        if inferred:
            label = choice_label(TOOL_KINDS, inferred[0])
            note = (self.tr("「{0}」是常见的{1}，类型已按此选好；不对请改选。") if inferred[1] == "catalogue"
                    else self.tr("按名称判断是「{1}」，类型已按此选好；不对请改选。")).format(text.strip(), label)
        self.kind_note.setText(note if inferred else "")
        self.kind_note.setVisible(bool(inferred))

    def _kind_picked(self) -> None:
        self._kind_chosen = True
        self.kind_note.hide()

    def _suggest_share(self) -> None:
        suggested = suggested_formality_share(self.form.value("actions"))
        unanswered = self.form.value("formality_share") is None
        if unanswered and suggested is not None:
            label = choice_label(FORMALITY_SHARES, str(suggested))
            self.share_note.setText(self.tr("还未填。按勾选的操作，约为「{0}」：<a href=\"take\">就选这个</a>").format(label))
        elif unanswered:
            self.share_note.setText(self.tr("还未填：未填的工具不计入留痕统计，不会当作 0%。"))
        self.share_note.setVisible(unanswered)

    def _take_suggested_share(self) -> None:
        suggested = suggested_formality_share(self.form.value("actions"))
        if suggested is not None:
            self.form["formality_share"].set_value(str(suggested))

    def _update_group_box(self) -> None:
        self.group_box.setVisible(self.form.value("kind") == WORK_GROUP)

    def _update_privacy_warning(self, *_) -> None:
        warnings = [validation.personal_data_warning(text) for text in self.form.free_texts()]
        warning = next((w for w in warnings if w), "")
        self.privacy_label.setText(warning)
        self.privacy_label.setVisible(bool(warning))

    # result --------------------------------------------------------------------------
    def tool(self) -> Tool:
        """The tool as the widgets describe it, keeping the original's id."""
        values = self.form.values()
        if not values["kind"]:
            raise InputRejected(self.tr("类型"), self.tr("还没有选择。"),
                                self.tr("请选择这项任务是政务APP、小程序、公众号、工作群还是其他类型。"))
        return replace(self.original, **values)

    def save(self) -> Tool:
        return self.storage.save_tool(self.tool())
