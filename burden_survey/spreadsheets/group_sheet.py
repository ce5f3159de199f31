"""The 按乡镇汇总 sheet: respondents and burden per township, every number asked of the disclosure guard.

A township of fewer than k respondents gets no row at all (not its name, not its count); the note says only how
many townships are not shown. The means are the guard's, under the statistics the dashboard asks for the same
people ("tools:all", "minutes:all", "formality:all"): a township here and the dashboard filtered to it show the
same figures, so comparing the two reveals nothing. There is no total row, which would invite subtraction.
"""

from __future__ import annotations

from collections import defaultdict

from burden_survey.disclosure.guard import Guard
from burden_survey.store import microdata_sql
from burden_survey.store.storage import Storage
from burden_survey.survey import divisions

from .safe_cells import Code
from .spreadsheets import Table

# Each burden column a mean over the township's respondents, and said so: as the cards and the pack's tables say it.
HEADERS = ["县（市、区）", "乡镇（街道）", "答卷人数", "人均数字任务数（均值）", "人均每工作日分钟（均值）", "其中留痕分钟（均值）"]


def suppression_note(guard: Guard) -> str:
    return f"少于 {guard.k} 人的组不显示，以保护答卷人"


def township_table(storage: Storage, wave_id: str | None, guard: Guard) -> Table:
    groups: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row in microdata_sql.group_rows(storage, wave_id):
        groups[row[1], row[2]].append(row)
    rows, hidden = [], 0
    for (county, township), people in groups.items():
        if guard.hidden(len(people)):
            hidden += 1
            continue
        rows.append([divisions.full_name(county) or (Code(county) if county else "（未填县区）"), township or "（未填乡镇）",
                     len(people), *_burden(guard, people)])
    note = f"未显示的乡镇：{hidden} 个。{suppression_note(guard)}。"
    return Table("按乡镇汇总", HEADERS, rows, [note, "各数字经过保护处理（加入少量固定扰动并取整），与负担看板一致。"])


def _burden(guard: Guard, people: list[tuple]) -> list:
    """Tools per respondent, minutes per logged workday (over those with one) and trace-leaving minutes per logged
    workday (over those who gave a 留痕占比 for every minute, as the dashboard: 未填 is not 0 %): a guarded mean
    each, or 「少于 k 人，不显示」 when too few logged a workday or gave every share."""
    tools = guard.mean("tools:all", {p[0]: p[6] for p in people}, unit="count")
    logged = [p for p in people if p[3]]
    if guard.hidden(len(logged)):
        return [tools, guard.policy.hidden_text, guard.policy.hidden_text]
    minutes = guard.mean("minutes:all", {p[0]: p[4] / p[3] for p in logged})
    complete = [p for p in logged if p[7] >= p[4]]
    if guard.hidden(len(complete)):
        return [tools, minutes, guard.policy.hidden_text]
    formality = guard.mean("formality:all", {p[0]: p[5] / p[3] for p in complete})
    return [tools, minutes, formality]
