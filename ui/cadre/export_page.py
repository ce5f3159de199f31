"""「导出调查文件」, the cadre's last step: what the survey file will hold, what it still lacks, and 导出."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.common.page import Page

from .export_dialog import ExportDialog, missing_text, preview


class ExportPage(Page):
    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.last_path = None
        self.intro = QLabel(self.tr(
            "填完前面几步后，在这里把答卷导出为一个调查文件，再按组织方的要求交上去（发给联络员、拷到 U 盘等）。"
            "文件不含姓名、电话或身份证号；导出后仍可修改，改完再导出一次即可，组织方只保留最新的一份。"), self)
        self.intro.setWordWrap(True)
        self.contents = QLabel(self)
        self.contents.setObjectName("exportContents")
        self.contents.setWordWrap(True)
        self.contents.setTextFormat(Qt.TextFormat.RichText)
        self.missing = QLabel(self)
        self.missing.setObjectName("warningNote")
        self.missing.setWordWrap(True)
        self.export_button = QPushButton(self.tr("导出调查文件…"), self)
        self.export_button.setObjectName("exportSurveyFileButton")
        self.export_button.setToolTip(self.tr("选择调查批次和保存位置，写出调查文件（Ctrl+E）"))
        self.done_label = QLabel(self)
        self.done_label.setObjectName("exportDone")
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        button_row = QHBoxLayout()
        button_row.addWidget(self.export_button)
        button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.contents)
        layout.addWidget(self.missing)
        layout.addLayout(button_row)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        self.export_button.clicked.connect(self.export)

    def refresh(self) -> None:
        lines, found = preview(self.storage)
        self.contents.setText(self.tr("调查文件将包含：") + "<ul>" + "".join(
            f"<li>{escape(line)}</li>" for line in lines) + "</ul>")
        warning = missing_text(found)
        self.missing.setText(warning)
        self.missing.setVisible(bool(warning))

    def export(self) -> None:
        path = ExportDialog.ask(self, self.storage)
        if path is not None:
            self.last_path = path
            self.done_label.setText(self.tr("已导出：{0}\n请把这个文件交给组织方；之后又有改动，再导出一次即可。").format(path))
        self.refresh()
