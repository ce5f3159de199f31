"""What a registry entry holds (DOMAIN.md §4): its vocabularies and its field table, which the registry's storage and
checks, its workbook's columns and the entry dialog all read.
"""

from __future__ import annotations

from burden_survey.survey import text_rules
from burden_survey.survey.choices import SPONSOR_LEVELS, TOOL_KINDS, Vocabulary
from burden_survey.survey.fields import CODE, CODES, DATE, INT, NAME, NUMBER, TEXT, Field

APP_STATUSES = Vocabulary("app_status", [
    ("in_use", "在用"),
    ("rectifying", "整改中"),
    ("migrating", "整合迁移中"),
    ("migrated", "已迁移（原应用已关停）"),
    ("closed", "已关停"),
    ("deregistered", "已注销备案"),
])
DISPOSITIONS = Vocabulary("disposition", [
    ("keep", "保留"),
    ("merge_local", "整合至本级平台"),
    ("migrate_province", "迁移至省级平台"),
    ("close", "关停注销"),
])
AUDIENCES = Vocabulary("audience", [("internal", "内部"), ("public", "群众"), ("business", "企业")])
FORCED_FEATURES = Vocabulary("forced_feature", [
    ("check_in", "打卡"), ("points_ranking", "积分排名"), ("online_time", "在线时长"),
])
OWNER_LEVELS = SPONSOR_LEVELS
DATA_ACTIONS = Vocabulary("data_action", [("migrate", "迁移"), ("seal", "封存"), ("destroy", "销毁")])
BUDGET_UNIT = "万元"  # yearly_budget is kept in 万元, as county budget tables give it
MAX_TEXT = text_rules.MAX_TEXT_LENGTH  # characters of any text of an entry, as of every free text
MAX_USERS = 2_000_000_000

# GB 32100-2015: 统一社会信用代码 uses these 31 characters (no I, O, Z, S, V); the 18th is a mod-31 check.
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def validate_credit_code(code: str) -> bool:
    """True for an 18-character 统一社会信用代码 whose last character is the GB 32100 check character."""
    code = (code or "").strip().upper()
    if len(code) != 18 or any(c not in CREDIT_CODE_CHARS for c in code):
        return False
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(code, CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31] == code[17]


# Sections: the dialog's tabs. Labels are the workbook's headings, so exported registries keep importing.
APP_FIELDS: tuple[Field, ...] = (
    Field("name", "名称", NAME, section="basics", required=True, example="如：学习强国、某某通"),
    Field("kind", "类型", CODE, TOOL_KINDS, section="basics", required=True),
    Field("owner_unit", "主管单位", TEXT, section="basics", example="建设或主管单位，如：县应急管理局"),
    Field("owner_code", "统一社会信用代码", TEXT, section="basics", example="18 位统一社会信用代码，没有可以留空"),
    Field("owner_level", "主管单位层级", CODE, OWNER_LEVELS, section="basics"),
    Field("functions", "主要功能", TEXT, section="basics", lines=3, example="主要功能，如：隐患排查上报、值班打卡"),
    Field("audience", "服务对象", CODES, AUDIENCES, section="basics"),
    Field("forced_features", "强制功能", CODES, FORCED_FEATURES, section="use"),
    Field("forced_basis", "强制依据", TEXT, section="use", example="强制使用的依据，如：县委办通知〔2024〕3号"),
    Field("registered_users", "注册用户数", INT, low=0, high=MAX_USERS, section="use"),
    Field("monthly_actives", "月活跃用户数", INT, low=0, high=MAX_USERS, section="use"),
    Field("launch_date", "上线日期", DATE, section="use", example="不详"),  # a date's example: its "unknown" box
    Field("filing_number", "备案号", TEXT, section="use", example="备案编号"),
    Field("yearly_budget", "年度运维经费", NUMBER, low=0, high=10_000_000, section="use", unit=BUDGET_UNIT,
          decimals=2, tip="每年的运维经费"),
    Field("similar_apps", "同类应用", TEXT, section="basics", example="功能相近的其他应用，如：某某APP、某某小程序"),
    Field("status", "状态", CODE, APP_STATUSES, section="disposal",
          tip="登记时的状态；以后的变化请用「变更状态…」记录，留下变更历史"),
    Field("disposition", "处置方式", CODE, DISPOSITIONS, section="disposal"),
    Field("target_platform", "目标平台", TEXT, section="disposal", example="整合或迁移到哪个平台"),
    Field("planned_date", "计划完成日期", DATE, section="disposal"),
    Field("done_date", "实际完成日期", DATE, section="disposal", example="未完成"),
    Field("note", "备注", TEXT, section="disposal", example="其他说明"),
)
