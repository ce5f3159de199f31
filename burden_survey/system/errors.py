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


# SQLite's result codes that speak of the disk or the folder, not of the file's content (extended codes such as
# SQLITE_IOERR_WRITE or SQLITE_READONLY_DBMOVED start with these).
_PLACE_PROBLEMS = (
    ("SQLITE_FULL", "磁盘空间已满"),
    ("SQLITE_READONLY", "文件或所在的文件夹是只读的"),
    ("SQLITE_CANTOPEN", "无法打开或新建文件（文件夹可能是只读的、已移走，或没有写入权限）"),
    ("SQLITE_PERM", "没有写入权限"),
    ("SQLITE_IOERR", "读写磁盘出错（U盘或网络盘可能已断开）"),
    ("SQLITE_BUSY", "文件正被另一个程序使用"),
    ("SQLITE_LOCKED", "文件正被另一个程序使用"),
)
PLACE_ADVICE = ("请腾出磁盘空间、确认文件夹可以写入（不是写保护的U盘或只读的网络盘），"
                "或把数据文件复制到本机的文件夹后再打开。")


def place_problem(error: BaseException) -> str:
    """What a SQLite error says about where the file lives (full, read-only, unplugged), in Chinese; "" when
    the error is about the file's content instead. One rule, so a full disk is never called a damaged file."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return next((said for code, said in _PLACE_PROBLEMS if name == code or name.startswith(code + "_")), "")
