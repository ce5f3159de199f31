"""「完整数据（仅限组织者）」: the whole per-respondent data of one wave, for the organiser who holds its passphrase.

The file holds every respondent's database id, revision and whole profile (township, code, unit type, post, tenure,
staffing, work phone) beside all their answers and every tool name as typed: most cadres can be singled out in it.
So it is only written for a wave with a key pair (「调查批次」), after the wave's passphrase unlocked the private key
(`unlock`, before anything is written), and every such export is an audit line of its own ("export_full").

A wave without a key has no passphrase that could tell the organiser from anyone else holding the database, so
its full data is refused with the reason; the organiser may create the wave's key (an audited step) and try
again, or use the de-identified export. Free-text notes stay out here too, and the 按乡镇汇总 sheet is the
guarded one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from burden_survey.disclosure.guard import guard_for
from burden_survey.store import audit, report_sql
from burden_survey.store.storage import Storage
from burden_survey.survey_files import wave_keys
from burden_survey.system.errors import BurdenSurveyError

from . import spreadsheets
from .group_sheet import suppression_note, township_table
from .spreadsheets import Progress, Table

WARNING = ("完整数据包含每名答卷人的全部基本情况（乡镇、区划代码、单位类型、岗位、任职年限、编制性质、工作手机）、"
           "数据库中的答卷编号和原样填写的工具名称：多数答卷人可以据此被认出。只供组织者本人分析使用，"
           "请勿转发、打印分发或放在共享文件夹中；用完请删除。导出会记入操作记录。")


class FullExportRefused(BurdenSurveyError):
    title = "不能导出完整数据"


@dataclass(frozen=True)
class FullAccess:
    """Proof that the wave's passphrase was given: what the writing functions ask for."""

    wave_id: str
    key_id: str


def require_key(storage: Storage, wave_id: str | None) -> wave_keys.WaveKey:
    """The wave's key with its private half, or FullExportRefused saying why and what the organiser can do."""
    if not wave_id:
        raise FullExportRefused("完整数据一次只能导出一个调查批次。", "请选择或用 --wave 指定一个调查批次。")
    key = wave_keys.wave_key(storage, wave_id)
    if key is None:
        raise FullExportRefused(
            f"调查批次「{wave_id}」没有批次密钥，无法核实您是组织者，因此不能导出完整数据。",
            "可以导出去标识化的 Excel 或 CSV。如确需完整数据，请先在「调查批次」页为这个批次生成密钥"
            "（设定口令，此操作会记入操作记录），再凭口令导出。")
    if not key.has_private:
        raise FullExportRefused(
            f"本数据文件只有批次「{wave_id}」的公钥，没有组织者的私钥，因此不能导出完整数据。",
            "完整数据只能在生成这一批次密钥的组织者的数据文件中导出。")
    return key


def unlock(storage: Storage, wave_id: str | None, passphrase: str) -> FullAccess:
    """Check the passphrase against the wave's private key; crypto.WrongPassphrase when it does not open it."""
    key = require_key(storage, wave_id)
    wave_keys.unlock_wave(storage, key.wave_id, passphrase)
    return FullAccess(key.wave_id, key.key_id)


def builders(storage: Storage, access: FullAccess, wide_minutes: bool) -> spreadsheets.Builders:
    wave_id = access.wave_id
    guard = guard_for(storage)
    return [
        lambda: spreadsheets.respondents_table(storage, wave_id),
        lambda: spreadsheets.tools_table(storage, wave_id),
        lambda: spreadsheets.minutes_table(storage, wave_id, wide_minutes),
        lambda: spreadsheets.quotas_table(storage, wave_id),
        lambda: spreadsheets.answers_table(report_sql.answers(storage, wave_id)),
        lambda: township_table(storage, wave_id, guard),
        lambda: about_table(storage, wave_id, suppression_note(guard)),
    ]


def about_table(storage: Storage, wave_id: str, note: str) -> Table:
    rows = [
        ["数据", "完整数据（仅限组织者）"],
        ["注意", WARNING],
        ["调查批次", wave_id],
        ["批次名称", report_sql.wave_title(storage, wave_id)],
        ["导出日期", date.today()],
        ["答卷数", report_sql.respondent_count(storage, wave_id)],
        ["隐私", "各表只有随机答卷编号，没有姓名、电话或身份证号；备注等自由填写的文字不导出。"],
        ["分组", f"按组汇总时，{note}。"],
        ["已删除", "答卷人删除的数字任务和摊派任务不导出。"],
    ]
    return Table("说明", ["项目", "内容"], rows, freeze="A2")


def export_full_xlsx(storage: Storage, path: Path | str, access: FullAccess,
                     progress: Progress | None = None) -> Path:
    written = spreadsheets.write_xlsx(path, builders(storage, access, wide_minutes=True), progress)
    audit.log(storage, "export_full", f"完整数据 Excel 表格：{written.name}", access.wave_id)
    return written


def export_full_csv(storage: Storage, folder: Path | str, access: FullAccess,
                    progress: Progress | None = None) -> list[Path]:
    written = spreadsheets.write_csv(folder, builders(storage, access, wide_minutes=False),
                                     f"{access.wave_id}-完整数据-", progress)
    audit.log(storage, "export_full", f"完整数据 CSV 文件 {len(written)} 个：{'、'.join(p.name for p in written)}",
              access.wave_id)
    return written
