"""The questionnaire says what each question is about and how to name it short, so groupings and prose follow."""

from __future__ import annotations

from burden_survey.survey import questions
from burden_survey.registry.governance import APP_QUESTIONS


def test_every_question_has_a_short_name_and_a_topic():
    for question in questions.QUESTIONS:
        assert 0 < len(question.short) <= 12, question.code
        assert question.about in ("apps", "groups"), question.code


def test_the_app_signal_takes_every_question_not_about_work_groups():
    """A new question about apps (say Q29) joins the app signal by its section, without a range to edit."""
    assert APP_QUESTIONS == tuple(q.code for q in questions.QUESTIONS if q.section != "工作群")
    assert questions.code_ranges(APP_QUESTIONS) == "Q1–Q18、Q25–Q28"


def test_report_prose_names_questions_in_runs():
    assert questions.code_ranges(["Q1", "Q2", "Q3", "Q5", "Q7", "Q8"]) == "Q1–Q3、Q5、Q7–Q8"
    assert (questions.ALL_QUESTIONS, questions.NO_IS_PROBLEM, questions.INFORMATIONAL) == ("Q1–Q28", "Q27", "Q24")

