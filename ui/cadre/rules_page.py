"""The 「规定对照」 page: questions Q1–Q28, each answered with one click and saved at once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from burden_survey.survey.choices import ANSWERS
from burden_survey.survey.model import RuleAnswer
from burden_survey.survey.questions import QUESTIONS, Question
from burden_survey.survey.validation import personal_data_warning
from ui.common.page import Page
from ui.common.said import said
from ui.common.record_form import RecordForm
from ui.common.widgets import choice_label


def _tr_question(text: str) -> str:
    """Question wording lives in the core; its translation context is "questions"."""
    return QCoreApplication.translate("questions", text) if text else ""


class QuestionBox(QWidget):
    """One question: code, wording, four answer buttons, a warning marker and the follow-ups for 是."""

    answer_changed = Signal(object)  # RuleAnswer

    def __init__(self, question: Question, parent: QWidget | None = None):
        super().__init__(parent)
        self.question = question
        self._loading = False
        self.setObjectName(f"question_{question.code}")
        tip = self.tr("依据：{0}").format(said(question.rule))
        if question.note:
            tip += "\n" + _tr_question(question.note)
        self.setToolTip(tip)

        code = QLabel(f"<b>{question.code}</b>", self)
        text = QLabel(_tr_question(question.text), self)
        text.setWordWrap(True)
        self.marker = QLabel(self.tr("● 可能不符合规定"), self)
        self.marker.setObjectName(f"{question.code}_marker")
        self.marker.setStyleSheet("color: #d35400;")
        self.marker.setToolTip(self.tr("这个回答说明可能违反了{0}").format(said(question.rule)))
        self.marker.hide()
        self.group = QButtonGroup(self)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QRadioButton] = {}
        for choice in ANSWERS:
            button = QRadioButton(choice_label(ANSWERS, choice.code), self)
            button.setObjectName(f"{question.code}_{choice.code}")
            self.group.addButton(button)
            buttons.addWidget(button)
            self.buttons[choice.code] = button
        buttons.addStretch(1)
        buttons.addWidget(self.marker)

        self.follow_up_box = QWidget(self)
        self.follow_up_box.setObjectName(f"{question.code}_follow_ups")
        form = QFormLayout(self.follow_up_box)
        form.setContentsMargins(24, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # The details are a record of their own, on the question's field table.
        self.details = RecordForm(question.follow_ups, self.follow_up_box)
        for key, widget in self.details.widgets.items():
            widget.setObjectName(f"{question.code}_{key}")
        self.details.add_rows(form, "")
        self.details.changed.connect(self._emit)
        self.follow_up_warning = QLabel(self.follow_up_box)
        self.follow_up_warning.setStyleSheet("color: #b35c00;")
        self.follow_up_warning.hide()
        form.addRow(self.follow_up_warning)
        self.follow_up_box.hide()

        heading = QHBoxLayout()
        heading.addWidget(code, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(heading)
        if question.note:
            note = QLabel(_tr_question(question.note), self)
            note.setWordWrap(True)
            # A question read the other way round (否 is the problem) or for information only says so in the
            # warning colour, not in grey: before, Q24 and Q27 read like the others (issue 16).
            unusual = question.problem_answer != "yes"
            note.setObjectName(f"{question.code}_reading" if unusual else f"{question.code}_note")
            note.setStyleSheet("color: #b35c00; font-weight: bold;" if unusual else "color: gray;")
            layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.follow_up_box)
        self.group.buttonClicked.connect(self._emit)

    def answer(self) -> RuleAnswer:
        """The answer as shown; follow-ups count only while the answer is 是."""
        checked = self.group.checkedButton()
        code = next((c for c, b in self.buttons.items() if b is checked), None)
        details = {}
        if code == "yes":  # what is left empty is not a detail
            details = {k: v for k, v in self.details.values().items() if v not in (None, "", [])}
        return RuleAnswer(self.question.code, code, details)

    def set_answer(self, answer: RuleAnswer | None) -> None:
        """Show a stored answer without saving it again."""
        self._loading = True
        try:
            self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
            for button in self.buttons.values():
                button.setChecked(answer is not None and button is self.buttons.get(answer.answer))
            self.group.setExclusive(True)
            self.details.load(answer.details if answer else {})
        finally:
            self._loading = False
        self._update_look()

    def is_answered(self) -> bool:
        return self.group.checkedButton() is not None

    def lacks_details(self) -> bool:
        """Answered 是, with follow-up questions and none of them filled in."""
        answer = self.answer()
        return answer.answer == "yes" and bool(self.question.follow_ups) and not answer.details

    def focus_answer(self) -> None:
        if self.lacks_details():  # the follow-ups are what is open here
            self.details[self.question.follow_ups[0].key].setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        (self.group.checkedButton() or self.buttons["yes"]).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _emit(self, *_args) -> None:
        self._update_look()
        if not self._loading:
            self.answer_changed.emit(self.answer())

    def _update_look(self) -> None:
        answer = self.answer()
        self.follow_up_box.setVisible(answer.answer == "yes" and bool(self.question.follow_ups))
        problem = self.question.problem_answer
        self.marker.setVisible(bool(problem) and answer.answer == problem)
        texts = [str(v) for v in answer.details.values() if isinstance(v, str)]
        warning = personal_data_warning(" ".join(texts))
        self.follow_up_warning.setText(warning)
        self.follow_up_warning.setVisible(bool(warning))


class RulesPage(Page):
    """Questions grouped by section in a scroll area, a progress line, and a jump to the next open question."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.progress = QLabel(self)
        self.progress.setObjectName("progress")
        self.next_button = QPushButton(self.tr("跳到下一道未答题"), self)
        self.next_button.setObjectName("next_unanswered")
        self.next_button.setToolTip(self.tr("跳到下一道还没有回答的题（Ctrl+J）"))
        # An action, not a button shortcut: a button would take the focus and lose the cadre's place.
        self.next_action = QAction(self.tr("跳到下一道未答题"), self)
        self.next_action.setShortcut(QKeySequence("Ctrl+J"))
        self.addAction(self.next_action)
        self._last_jump: QuestionBox | None = None
        intro = QLabel(self.tr("对照有关规定，回答您实际遇到的情况。点选即保存；把鼠标停在题目上可查看依据。"), self)
        intro.setWordWrap(True)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("questions_scroll")
        self.scroll.setWidgetResizable(True)
        content = QWidget(self.scroll)
        content_layout = QVBoxLayout(content)
        self.boxes: dict[str, QuestionBox] = {}
        sections: dict[str, QVBoxLayout] = {}
        for question in QUESTIONS:
            if question.section not in sections:
                group = QGroupBox(_tr_question(question.section), content)
                content_layout.addWidget(group)
                sections[question.section] = QVBoxLayout(group)
            box = QuestionBox(question, content)
            sections[question.section].addWidget(box)
            self.boxes[question.code] = box
        content_layout.addStretch(1)
        self.scroll.setWidget(content)

        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)

        for box in self.boxes.values():
            box.answer_changed.connect(self._save)
        self.next_button.clicked.connect(self.jump_to_next_unanswered)
        self.next_action.triggered.connect(self.jump_to_next_unanswered)
        self.refresh()

    def refresh(self) -> None:
        answers = self.storage.load_answers()
        for code, box in self.boxes.items():
            box.set_answer(answers.get(code))
        self._update_progress()

    def _save(self, answer: RuleAnswer) -> None:
        self.storage.save_answer(answer)
        self._update_progress()
        self.changed.emit()

    def _update_progress(self) -> None:
        done = sum(box.is_answered() for box in self.boxes.values())
        details = sum(box.lacks_details() for box in self.boxes.values())
        text = self.tr("已回答 {0}/{1}").format(done, len(self.boxes))
        if details:  # before: 28/28 while Ctrl+J passed over the follow-ups of a 是
            text += self.tr("；{0} 道回答「是」的题还没填补充问题").format(details)
        self.progress.setText(text)
        self.next_button.setEnabled(done < len(self.boxes) or details > 0)
        self.next_action.setEnabled(done < len(self.boxes) or details > 0)

    def jump_to_next_unanswered(self) -> QuestionBox | None:
        """The first open question after the one in focus (or the last jumped to), wrapping round: unanswered, or
        answered 是 with its follow-ups still empty."""
        boxes = list(self.boxes.values())
        focused = self.focusWidget()
        current = next((box for box in boxes if focused is not None and box.isAncestorOf(focused)), self._last_jump)
        start = boxes.index(current) + 1 if current is not None else 0
        for box in boxes[start:] + boxes[:start]:
            if not box.is_answered() or box.lacks_details():
                self.scroll.ensureWidgetVisible(box)
                box.focus_answer()
                self._last_jump = box
                return box
        return None
