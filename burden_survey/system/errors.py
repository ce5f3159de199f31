"""Exceptions that carry what the user needs: a Chinese title, what went wrong and what to do."""

from __future__ import annotations


class BurdenSurveyError(Exception):
    """Base of every error the user may see; the UI shows title, message and advice."""

    title = "操作未完成"

    def __init__(self, message: str, advice: str = ""):
        super().__init__(message)
        self.message = message
        self.advice = advice

    def __str__(self) -> str:
        return f"{self.message} {self.advice}".strip()


class InputRejected(BurdenSurveyError):
    """A value the rules refuse; `field` names the field in Chinese so the user can find it."""

    title = "输入有误"

    def __init__(self, field: str, message: str, advice: str = ""):
        super().__init__(f"「{field}」{message}", advice)
        self.field = field


class DatabaseUnavailable(BurdenSurveyError):
    """The database file cannot be opened, is damaged or is newer than this program."""

    title = "无法打开数据文件"

    def __init__(self, path: str, message: str, advice: str = ""):
        super().__init__(f"{message}（文件：{path}）", advice)
        self.path = path
