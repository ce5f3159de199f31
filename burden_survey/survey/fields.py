"""One declaration per recorded field: what it holds, its limits, its label and where forms show it.

The storage conversions, the import value rules, the spreadsheet columns (export and intake template) and the record
dialogs all read these tables, so a new per-tool field is one entry here, its attribute in model.py, one migration and
its translation. A field's `since` is the content version that first carries it: what a file's fingerprint covers
follows from it (burden_survey/survey_files/content.py), so older files keep importing after a field is added.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from dataclasses import fields as dataclass_fields
from datetime import date

from burden_survey.system.errors import InputRejected

from . import choices, text_rules
from .choices import Vocabulary

# What a field holds, and so how it is stored, checked and edited.
NAME = "name"  # required text, one line, at most 60 characters
TEXT = "text"  # optional free text: the one place a cadre might type a person's name
CODE = "code"  # one code of a vocabulary
CODES = "codes"  # any number of codes of a vocabulary, stored as a JSON list
YES_NO = "yes_no"  # True / False (None when not answered, unless required)
INT = "int"  # a whole number in [low, high]; picked from `vocabulary` when it has one
NUMBER = "number"  # a decimal number in [low, high]
DATE = "date"
KINDS = (NAME, TEXT, CODE, CODES, YES_NO, INT, NUMBER, DATE)


@dataclass(frozen=True)
class Field:
    key: str  # the dataclass attribute and the database column
    label: str  # the heading in every sheet and the row label in the dialog; （…） is left out in the dialog
    kind: str
    vocabulary: Vocabulary | None = None
    low: float | None = None
    high: float | None = None
    section: str = ""  # where a record dialog shows it (each dialog names its sections)
    tip: str = ""  # what it asks, as a tooltip
    example: str = ""  # a placeholder in the dialog, a hint in the intake template
    sheet_hint: str = ""  # a hint that only the intake template needs
    required: bool = False
    group_only: bool = False  # asked of work groups only; empty for every other kind of tool
    when: tuple[str, frozenset] | None = None  # asked only while another field holds one of these codes
    private: bool = False  # free text left out of supervisor exports (DOMAIN.md §6)
    local: bool = False  # free text in the cadre's words: kept by the level that collected it, in no aggregate
    flag_prefix: str = ""  # a CODES field in the intake template: one 是/否 column per code, 「prefix：label」
    unit: str = ""  # of a number: after it in the dialog, in the heading of a sheet
    lines: int = 1  # of a text: how many lines its box shows in the dialog
    decimals: int = 1  # of a decimal number: the places the dialog shows
    since: int = 1  # the content version (burden_survey/survey_files/content.py) that first carries it
    former_labels: tuple[str, ...] = ()  # what older intake templates call it: their column still reads as this

    @property
    def short_label(self) -> str:
        """The label without its remark: 「人口比例（%）」 → 「人口比例」."""
        return re.sub(r"（.*?）", "", self.label)

    def sheet_label(self, numbers: bool = True) -> str:
        """The heading in a sheet: the unit where it holds numbers (not where a label is picked from a list), and
        「工作群：」 before a group's field, since the sheet holds every kind of tool."""
        return self._heading(self.label, numbers)

    def former_sheet_labels(self, numbers: bool = True) -> tuple[str, ...]:
        """The headings older intake templates gave it, in the same form."""
        return tuple(self._heading(label, numbers) for label in self.former_labels)

    def _heading(self, label: str, numbers: bool) -> str:
        heading = f"{label}（{self.unit.strip()}）" if numbers and self.unit else label
        return f"工作群：{heading}" if self.group_only else heading

    def empty(self) -> object:
        """The value of a field that is not asked (or not answered)."""
        if self.kind in (NAME, TEXT):
            return ""
        return [] if self.kind == CODES else None


USEFULNESS = Vocabulary("usefulness", [("1", "1 很没用"), ("2", "2 较没用"), ("3", "3 一般"), ("4", "4 较有用"),
                                       ("5", "5 很有用")])
RANKINGS = frozenset({"internal", "notified"})
SHARE_BASES = frozenset({"share_registered", "share_resident"})
ANONYMITY_TIP = "本调查是匿名的：请不要写任何人的姓名、电话或身份证号。"

TOOL_FIELDS: tuple[Field, ...] = (
    Field("name", "名称", NAME, section="basics", required=True, example="如：学习强国、某某镇工作群",
          sheet_hint="应用、小程序、公众号或工作群的名称，每行一个，不要重名"),
    Field("kind", "类型", CODE, choices.TOOL_KINDS, section="basics", required=True),
    Field("platform", "平台", CODE, choices.PLATFORMS, section="basics",
          tip="这个工具在哪里使用：独立的手机应用、微信、钉钉、电脑等"),
    Field("sponsor_level", "发起层级", CODE, choices.SPONSOR_LEVELS, section="basics",
          tip="这个工具由哪一级部门建设或要求使用"),
    Field("line_department", "条线部门", TEXT, section="basics", example="如：组织部、民政、应急"),
    Field("installed", "已安装/已加入", YES_NO, section="basics", required=True,
          tip="是否已安装这个应用、关注这个账号或加入这个群", sheet_hint="留空视为「是」"),
    # 「要求方式」: how binding the demand is (its codes), not who made it; intake templates before 2026-12 said 要求来源.
    Field("obligation", "要求方式", CODE, choices.OBLIGATIONS, section="demands",
          tip="以什么方式要求您使用它：自愿使用、口头要求、发文要求，还是与考核挂钩", former_labels=("要求来源",)),
    Field("frequency", "要求频率", CODE, choices.FREQUENCIES, section="demands",
          tip="被要求多久使用一次（打卡、上报、学习等）"),
    Field("after_hours", "下班后要求", CODE, choices.AFTER_HOURS, section="demands",
          tip="下班后、周末或节假日还被要求使用的频率"),
    Field("actions", "要求的操作", CODES, choices.ACTIONS, section="demands", flag_prefix="操作",
          tip="在这个工具上被要求做的事，可多选；据此会给出「留痕占比」的建议，由您确认"),
    Field("formality_share", "留痕占比", INT, choices.FORMALITY_SHARES, 0, 100, section="demands", unit="%",
          tip="这个工具上的时间有多少只是为了留痕（打卡、截图、刷积分…）。\n不选就是「未填」：不计入留痕统计，不会当作 0%。",
          sheet_hint="留空即「未填」，不计入留痕统计"),
    Field("ranked", "是否排名", CODE, choices.RANKED, section="demands",
          tip="使用情况是否被排名，排名是只在内部看还是被通报"),
    Field("rank_metric", "排名依据", TEXT, local=True, section="demands", when=("ranked", RANKINGS),
          example="如：积分、在线时长、安装率"),
    Field("rank_frequency", "排名频率", CODE, choices.FREQUENCIES, section="demands", when=("ranked", RANKINGS),
          tip="多久通报或公布一次排名"),
    Field("consequences", "不达标后果", CODES, choices.CONSEQUENCES, section="demands", flag_prefix="后果",
          tip="没有按要求完成时会怎样，可多选"),
    Field("same_data_as", "与哪些工具数据重复", TEXT, local=True, section="opinion", example="如：一表通",
          tip="还有哪些工具要报同样的数据"),
    Field("usefulness", "有用程度（1–5）", INT, USEFULNESS, 1, 5, section="opinion",
          tip="对您的实际工作有多大用处", sheet_hint="1 最没用，5 最有用"),
    Field("note", "备注", TEXT, section="opinion", example="其他说明", private=True),
    Field("group_purpose", "用途", CODE, choices.GROUP_PURPOSES, section="group", group_only=True),
    # Asked of a 专项临时 group only: of a 常设 group the question made no sense (issue 16).
    Field("group_temporary_undissolved", "临时群未解散", YES_NO, section="group", group_only=True,
          when=("group_purpose", frozenset({"temporary"})), tip="临时专项群在任务结束后是否仍未解散"),
    Field("group_size", "群规模", CODE, choices.GROUP_SIZES, section="group", group_only=True),
    Field("group_instant_response", "即时响应要求", CODE, choices.INSTANT_RESPONSE, section="group",
          group_only=True, tip="是否要求即时回复，例如回“收到”、限时回复或24小时待命"),
    Field("group_messages", "每日消息数", CODE, choices.MESSAGE_BANDS, section="group", group_only=True,
          tip="这个群平均每天的消息条数"),
    Field("group_overlaps", "重叠的群", TEXT, local=True, section="group", group_only=True,
          example="与哪些群内容重复，如：某某条线群"),
)

QUOTA_FIELDS: tuple[Field, ...] = (
    Field("tool_name", "应用名称", NAME, required=True, example="要求群众或企业下载、注册的应用名称"),
    Field("assigned_by", "下达层级", CODE, choices.QUOTA_LEVELS, tip="哪一级下达的这项任务"),
    Field("target_group", "任务对象", CODE, choices.QUOTA_TARGET_GROUPS, tip="要求动员哪些人下载或注册"),
    Field("target_count", "指标数量", INT, low=0, high=1_000_000, tip="要求下载或注册的人数（户数）"),
    Field("target_basis", "指标依据", CODE, choices.QUOTA_BASES, tip="指标是固定数量，还是按人口的一定比例下达"),
    Field("target_share_percent", "人口比例", NUMBER, low=0, high=100, unit="%", when=("target_basis", SHARE_BASES),
          tip="按人口比例下达时，要求达到的比例；只有按比例下达时才需要填"),
    Field("deadline", "截止日期", DATE, tip="没有明确的截止日期，或记不清了，就选「未定」"),
    Field("counted_in_assessment", "是否计入考核", YES_NO, tip="完成情况是否计入考核、排名或通报"),
    Field("methods", "完成方式", CODES, choices.QUOTA_METHODS, flag_prefix="方式", tip="为完成指标实际采用过的办法，可多选"),
    Field("achieved_count", "已完成数量", INT, low=0, high=1_000_000, tip="目前已经完成的数量"),
    Field("hours_spent", "耗费工时", NUMBER, low=0, high=10_000, unit="小时",
          tip="您本人为这项任务累计花费的工作时间（估计即可）"),
    Field("note", "备注", TEXT, private=True, lines=4, example="补充说明（请勿填写任何人的姓名、电话或身份证号）"),
)

PROFILE_FIELDS: tuple[Field, ...] = (
    Field("province_code", "省", CODE),
    Field("city_code", "市", CODE),
    Field("county_code", "县（市、区）", CODE),
    Field("division_year", "区划年份", INT),
    Field("township_name", "乡镇（街道）", TEXT, example="只填地名，如：东港镇；不要填人名"),
    Field("township_code", "乡镇/村区划代码", TEXT, example="12 位数字，不知道可以留空"),
    Field("unit_type", "单位类型", CODE, choices.UNIT_TYPES),
    Field("post", "岗位", CODE, choices.POSTS),
    Field("tenure", "任职年限", CODE, choices.TENURE_BANDS),
    Field("staffing", "编制性质", CODE, choices.STAFFING),
    Field("work_phone", "是否配发工作手机", YES_NO),
    # Issue 15: the cadre's own estimate, asked once per wave, against which the diary is read (recall overstates).
    Field("usual_minutes", "平时每个工作日用时（估计）", INT, low=0, high=1440, unit="分钟", since=3,
          tip="不看记录，凭印象估计：平时一个工作日，您在这些应用、公众号和工作群上大约一共花多少分钟？"),
)

MAX_MINUTES_PER_TOOL = 600  # a day on one tool, at the most (the schema's CHECK, since m001)

# One logged day of one tool: its minutes, and how late they were entered (the program fills that in).
DAY_FIELDS: tuple[Field, ...] = (
    Field("day", "日期", DATE, required=True),
    Field("minutes", "分钟", INT, low=0, high=MAX_MINUTES_PER_TOOL, unit="分钟", required=True),
    Field("entered", "记录时间", CODE, choices.ENTRY_DELAYS, since=3),
)

# The profile's answers after its place, which every sheet shows by the divisions' names.
PROFILE_ANSWERS = tuple(f for f in PROFILE_FIELDS if f.vocabulary is not None or f.kind == YES_NO)

def local_fields(table: tuple[Field, ...]) -> tuple[Field, ...]:
    """The free text in the cadre's own words (notes and open answers): the township or county that imported the
    cadre's file keeps it; an aggregate for the level above carries none of it (survey_files/content.py).
    Places, tool and department names are answers the figures count by, not free text."""
    return tuple(f for f in table if f.private or f.local)


def shared(table: tuple[Field, ...]) -> tuple[Field, ...]:
    """The fields that reach a supervisor's sheets: all but the private notes."""
    return tuple(f for f in table if not f.private)


RECORDS = {"tool": TOOL_FIELDS, "quota": QUOTA_FIELDS, "respondent": PROFILE_FIELDS, "daily_minutes": DAY_FIELDS}


def by_key(table: tuple[Field, ...]) -> dict[str, Field]:
    return {f.key: f for f in table}


def asked(field: Field, values: dict) -> bool:
    """Whether the field is asked of a record with these values: group fields of groups, conditional fields while
    their condition holds."""
    if field.group_only and values.get("kind") != choices.WORK_GROUP:
        return False
    if field.when is not None:
        other, codes = field.when
        return values.get(other) in codes
    return True


def clear_unasked(table: tuple[Field, ...], values: dict) -> dict:
    """The values with every field that is not asked emptied: details of a ranking that is not there, or of a
    group that is an app, would be noise in the figures."""
    declared = by_key(table)
    return {key: value if key not in declared or asked(declared[key], values) else declared[key].empty()
            for key, value in values.items()}


def check(table: tuple[Field, ...], values: dict) -> None:
    """Refuse, naming the field, a number outside its limits or a code outside its vocabulary."""
    for field in table:
        check_value(field, values.get(field.key))


def check_value(field: Field, value: object) -> object:
    """The value, or InputRejected naming the field when it is outside its limits or its vocabulary."""
    if value is None or value == "" or value == []:
        return value
    if field.kind in (NAME, TEXT) and isinstance(value, str):
        limit = text_rules.MAX_NAME_LENGTH if field.kind == NAME else text_rules.MAX_TEXT_LENGTH
        if problem := text_rules.text_problem(value, limit, lines=field.lines > 1):
            raise InputRejected(field.short_label, problem, "请删改后再保存。")
        # What a supervisor reads must not name anyone; a private note stays with the cadre (DOMAIN.md §6).
        if not field.private and (warning := text_rules.personal_data_warning(value)):
            raise InputRejected(field.short_label, warning)
    if field.kind in (INT, NUMBER) and field.low is not None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not field.low <= value <= field.high:
            raise InputRejected(field.short_label, f"应在 {field.low:.10g} 到 {field.high:.10g} 之间。", "请核对数字。")
        if field.kind == INT and isinstance(value, float) and not value.is_integer():  # 90.5 minutes: not a count
            raise InputRejected(field.short_label, "应为整数。", "请去掉小数部分。")
    if field.kind == CODE and field.vocabulary is not None and value not in field.vocabulary:
        raise InputRejected(field.short_label, f"「{value}」不是可选的选项。", "请从列表中选择。")
    if field.kind == CODES and field.vocabulary is not None and any(v not in field.vocabulary for v in value):
        raise InputRejected(field.short_label, "有不认识的选项。", "请从列表中勾选。")
    return value


def settle(table: tuple[Field, ...], record) -> dict:
    """Check a record (a Tool, Quota or Profile), empty in place what is not asked of it, and return its column
    values as stored, its id left out."""
    values = asdict(record)
    check(table, values)
    for key, value in clear_unasked(table, values).items():
        setattr(record, key, value)
    values = to_db(table, asdict(record))
    values.pop("id", None)
    return values


def to_db(table: tuple[Field, ...], values: dict) -> dict:
    """Column values as SQLite stores them: lists as JSON, booleans as 0/1, dates as ISO text."""
    kinds = {f.key: f.kind for f in table}
    out = {}
    for key, value in values.items():
        kind = kinds.get(key)
        if kind == CODES:
            value = json.dumps(value, ensure_ascii=False)
        elif kind == YES_NO and value is not None:
            value = int(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[key] = value
    return out


def from_db(table: tuple[Field, ...], row: dict) -> dict:
    """The dataclass values of a stored row (columns the table does not declare are left out)."""
    out = {}
    for field in table:
        if field.key not in row:
            continue
        value = row[field.key]
        if field.kind == CODES:
            value = json.loads(value or "[]")
        elif field.kind == YES_NO and value is not None:
            value = bool(value)
        elif field.kind == DATE and value:
            value = date.fromisoformat(value)
        out[field.key] = value
    return out


def covers(table: tuple[Field, ...], record_type: type) -> bool:
    """Whether the table declares every field of the dataclass but its id (a test keeps the two in step)."""
    names = {f.name for f in dataclass_fields(record_type)} - {"id", "respondent_id"}
    return names == {f.key for f in table}
