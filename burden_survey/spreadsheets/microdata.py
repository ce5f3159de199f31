"""The default per-respondent export (.xlsx or CSV): de-identified microdata, k-anonymous on the profile.

What it holds, and what it never does (docs/PRIVACY.md):
- the profile fields that describe a person are generalised or dropped until every combination in the file has at
  least k respondents, and the few respondents no generalisation covers are left out (deidentify, its 说明 sheet
  says what was done and how many);
- a fresh random id per respondent per export, never the database's id, and rows in the order of those ids, so two
  exports cannot be linked, nor one export to the database;
- no free text (notes, 排名依据, 与哪些工具数据重复, 重叠的群), no revision numbers and no timestamps: the dates of
  daily minutes and quota deadlines are data and stay;
- a tool or quota app name only if the registry or the built-in catalogue knows it or at least k of the exported
  respondents typed it, and a line department only if at least k typed it; any other becomes 「其他（少于 k 人填报）」;
- the 按乡镇汇总 sheet through the disclosure guard (group_sheet).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from burden_survey.disclosure.guard import Guard, guard_for
from burden_survey.store import audit, microdata_sql, report_sql
from burden_survey.store.storage import Storage
from burden_survey.survey import fields
from burden_survey.survey.catalogue import catalogue

from . import spreadsheets
from .deidentify import AllowedNames, Plan, plan
from .group_sheet import suppression_note, township_table
from .spreadsheets import Progress, Table

# Free text stays with the level that collected it; the line department is kept under the k rule for names.
TOOL_FIELDS = tuple(f for f in report_sql.TOOL_FIELDS if f.kind != fields.TEXT or f.key == "line_department")
_TOOL_KEEP = [i for i, f in enumerate(report_sql.TOOL_FIELDS) if f in TOOL_FIELDS]


class Microdata:
    """One de-identified export of a wave: the plan (who, under which ids, how generalised) and the names allowed."""

    def __init__(self, storage: Storage, wave_id: str | None, guard: Guard | None = None):
        self.storage, self.wave_id = storage, wave_id
        self.guard = guard or guard_for(storage)
        self.plan: Plan = plan(microdata_sql.profiles(storage, wave_id), self.guard.k)
        typed: dict[str, dict[str, set[str]]] = {"tool": defaultdict(set), "quota": defaultdict(set),
                                                 "department": defaultdict(set)}
        for rid, name, department, source in microdata_sql.typed_names(storage, wave_id):
            if rid in self.plan.ids:  # counted among the respondents the file keeps
                typed[source][name].add(rid)
                if department:
                    typed["department"][department].add(rid)
        known = microdata_sql.registry_names(storage) | set(catalogue())
        other = self.guard.policy.other_label
        self.tool_names = AllowedNames(known, typed["tool"], self.guard.k, other)
        self.quota_names = AllowedNames(known, typed["quota"], self.guard.k, other)
        self.departments = AllowedNames(set(), typed["department"], self.guard.k, other)
        self.replaced = (self.tool_names.replaced(set(typed["tool"])) + self.quota_names.replaced(set(typed["quota"]))
                         + self.departments.replaced(set(typed["department"])))

    def builders(self, wide_minutes: bool) -> spreadsheets.Builders:
        """The tables; they read under the fresh ids, so only inside `self.reading()`."""
        def minutes() -> Table:
            if wide_minutes:
                return spreadsheets.minutes_wide(self._minutes(), microdata_sql.minute_days(self.storage))
            return spreadsheets.minutes_long(self._minutes())

        return [self.respondents_table, self.tools_table, minutes, self.quotas_table,
                lambda: spreadsheets.answers_table(microdata_sql.answers(self.storage)),
                lambda: township_table(self.storage, self.wave_id, self.guard), self.about_table]

    def reading(self):
        return microdata_sql.renamed(self.storage, self.plan.ids)

    def respondents_table(self) -> Table:
        p = self.plan
        rows = sorted([p.ids[rid], p.waves[rid] or "", *shown] for rid, shown in p.shown.items())
        return Table("答卷", ["答卷编号", "调查批次", *p.headings], rows)

    def tools_table(self) -> Table:
        name, department = (report_sql.TOOL_COLUMNS.index(key) for key in ("name", "line_department"))

        def rows():
            for rid, *stored in microdata_sql.tools(self.storage):
                stored[name] = self.tool_names(stored[name])
                stored[department] = self.departments(stored[department])
                yield [rid, *(stored[i] for i in _TOOL_KEEP)]

        headers = ["答卷编号", *(f.sheet_label() for f in TOOL_FIELDS)]
        return Table("数字任务", headers, spreadsheets.record_rows(TOOL_FIELDS, rows()))

    def _minutes(self):
        for rid, tool_id, name, kind, day, minutes in microdata_sql.minutes(self.storage):
            yield rid, tool_id, self.tool_names(name), kind, day, minutes

    def quotas_table(self) -> Table:
        name = report_sql.QUOTA_COLUMNS.index("tool_name")

        def rows():
            for rid, *stored in microdata_sql.quotas(self.storage):
                stored[name] = self.quota_names(stored[name])
                yield [rid, *stored]

        headers = ["答卷编号", *(f.sheet_label() for f in report_sql.QUOTA_FIELDS)]
        return Table("摊派下载", headers, spreadsheets.record_rows(report_sql.QUOTA_FIELDS, rows()))

    def about_table(self) -> Table:
        p, k = self.plan, self.guard.k
        rows = [
            ["数据", "去标识化的个人答卷数据（每名答卷人的情况与回答，已按下列方法处理）"],
            ["调查批次", self.wave_id or "全部批次"],
            ["批次名称", report_sql.wave_title(self.storage, self.wave_id)],
            ["导出日期", date.today()],
            ["答卷数", len(p.ids)],
            ["未导出的答卷", f"{p.suppressed} 份：其基本情况与不足 {k} 人相同，无法合并到至少 {k} 人的组中"],
            ["基本情况", f"下列各项经过合并或去掉，使表中每一种基本情况组合都至少有 {k} 名答卷人："
                     + ("；".join(p.changes) if p.changes else "无需处理")],
            ["不导出", "乡镇/村区划代码、区划年份、修订版本、填写和修改时间，以及备注、排名依据、与哪些工具数据重复、"
                    "重叠的群等自由填写的文字"],
            ["答卷编号", "每次导出重新随机生成，与数据库中的编号无关；两次导出的编号不能互相对应"],
            ["工具名称", f"只显示应用登记或内置名录中的名称，以及至少 {k} 名答卷人填写的名称；"
                     f"其余 {self.replaced} 个名称显示为「{self.guard.policy.other_label}」（条线部门同样处理）"],
            ["分组", f"按组汇总时，{suppression_note(self.guard)}。"],
            ["已删除", "答卷人删除的数字任务和摊派任务不导出。"],
        ]
        return Table("说明", ["项目", "内容"], rows, freeze="A2")


def export_xlsx(storage: Storage, path: Path | str, wave_id: str | None = None,
                progress: Progress | None = None) -> Path:
    """The de-identified workbook of a wave (every wave when None)."""
    data = Microdata(storage, wave_id)
    with data.reading():
        written = spreadsheets.write_xlsx(path, data.builders(wide_minutes=True), progress)
    audit.log(storage, "export", f"去标识化 Excel 表格：{written.name}（{len(data.plan.ids)} 份答卷）", wave_id)
    return written


def export_csv(storage: Storage, folder: Path | str, wave_id: str | None = None,
               progress: Progress | None = None) -> list[Path]:
    """The de-identified tables as CSV files (UTF-8 with BOM) in `folder`."""
    data = Microdata(storage, wave_id)
    with data.reading():
        written = spreadsheets.write_csv(folder, data.builders(wide_minutes=False), f"{wave_id}-" if wave_id else "",
                                         progress)
    audit.log(storage, "export", f"去标识化 CSV 文件 {len(written)} 个：{'、'.join(p.name for p in written)}", wave_id)
    return written
