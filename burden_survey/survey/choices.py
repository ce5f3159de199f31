"""The closed vocabularies of the survey: stored codes and their Chinese labels (DOMAIN.md §1, §3)."""

from __future__ import annotations

from dataclasses import dataclass

# Raise it with every code added to a vocabulary below. Codes are only ever added, never renamed or removed, so a file
# written under an older version reads as it is (tests/data/codebook-*.json hold every version's codes).
VOCABULARY_VERSION = "2026.2"  # 2026.2: entry_delay (issue 15)


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


class Vocabulary:
    """An ordered set of choices; codes are stored, labels are shown."""

    def __init__(self, name: str, pairs: list[tuple[str, str]]):
        self.name = name
        self.choices = [Choice(code, label) for code, label in pairs]
        self._labels = dict(pairs)

    def __iter__(self):
        return iter(self.choices)

    def __contains__(self, code: object) -> bool:
        return code in self._labels

    def codes(self) -> list[str]:
        return [c.code for c in self.choices]

    def label(self, code: str | None) -> str:
        """The Chinese label of a code; empty for None, the code itself if unknown."""
        if code is None:
            return ""
        return self._labels.get(code, code)


TOOL_KINDS = Vocabulary("tool_kind", [
    ("app", "政务APP"),
    ("mini_program", "小程序"),
    ("h5_page", "H5/网页"),
    ("official_account", "政务公众号/服务号"),
    ("video_account", "视频号/抖音号"),
    ("work_group", "工作群"),
    ("pc_system", "电脑端业务系统"),
])
WORK_GROUP = "work_group"  # the kind with questions of its own (Tool.is_group)

PLATFORMS = Vocabulary("platform", [
    ("standalone", "独立APP/系统"),
    ("wechat", "微信"),
    ("wecom", "企业微信"),
    ("dingtalk", "钉钉"),
    ("gov_wechat", "政务微信"),
    ("qq", "QQ"),
    ("alipay", "支付宝"),
    ("douyin", "抖音"),
    ("browser", "浏览器"),
    ("other", "其他"),
])

SPONSOR_LEVELS = Vocabulary("sponsor_level", [
    ("central", "中央部门"),
    ("province", "省级"),
    ("city", "地级市"),
    ("county", "县/区"),
    ("township", "乡镇/街道"),
    ("village", "村/社区"),
    ("unknown", "不清楚"),
])

OBLIGATIONS = Vocabulary("obligation", [
    ("voluntary", "自愿"),
    ("verbal", "口头要求"),
    ("document", "发文要求"),
    ("assessed", "与考核挂钩"),
])

FREQUENCIES = Vocabulary("frequency", [
    ("daily", "每日"),
    ("weekly", "每周"),
    ("monthly", "每月"),
    ("irregular", "不定期"),
    ("none", "无"),
])

AFTER_HOURS = Vocabulary("after_hours", [
    ("never", "从不"),
    ("sometimes", "偶尔"),
    ("weekly", "每周多次"),
    ("daily", "每天"),
])

# Actions marked True are pure trace-leaving (留痕): they produce evidence of work, not work.
ACTIONS = Vocabulary("action", [
    ("check_in", "打卡"),
    ("sign_in", "签到"),
    ("points", "学习刷积分"),
    ("online_time", "保持在线时长"),
    ("screenshot", "截图上传"),
    ("photo_video", "上传照片/视频"),
    ("track", "上传轨迹/定位"),
    ("chain_reply", "接龙/回复\u201c收到\u201d"),
    ("instant_reply", "即时回复"),
    ("like_share", "点赞/转发/评论"),
    ("vote", "网络投票"),
    ("report_form", "填表报数"),
    ("follow", "关注账号"),
])
FORMALITY_ACTIONS = frozenset({
    "check_in", "sign_in", "points", "online_time", "screenshot", "photo_video",
    "track", "chain_reply", "like_share", "vote", "follow",
})

RANKED = Vocabulary("ranked", [
    ("no", "否"),
    ("internal", "内部排名"),
    ("notified", "通报排名"),
])

CONSEQUENCES = Vocabulary("consequence", [
    ("none", "无"),
    ("verbal_criticism", "口头批评"),
    ("written_notice", "书面通报"),
    ("self_criticism", "写检讨"),
    ("score_deduction", "扣考核分"),
    ("affects_awards", "影响评优评先"),
])

# How late a day's minutes were entered, as a band: never the time itself, which would date the cadre's every
# session. A recall days later is the weaker measure; the indicators report the share entered within two days.
ENTRY_DELAYS = Vocabulary("entry_delay", [
    ("same_day", "当天记录"),
    ("within_two_days", "1–2 天后补记"),
    ("later", "3 天或更晚补记"),
])
PROMPT_ENTRIES = frozenset({"same_day", "within_two_days"})


def entry_delay(day, today) -> str:
    """The band of minutes for `day` entered on `today`."""
    late = (today - day).days
    return "same_day" if late <= 0 else "within_two_days" if late <= 2 else "later"


# How a wave's respondents were chosen: the organiser says so with the wave, the pack's cover repeats it. Not an
# answer of the cadre's (no codebook entry): a survey file never carries it.
SAMPLING_METHODS = Vocabulary("sampling", [
    ("census", "名单普查：名单上的单位和人员全部填报"),
    ("assigned", "指定抽样：组织者按名单抽取或指定填报人"),
    ("open", "公开征集：自愿填报，不代表全体"),
])


# Share of the time on a tool that is only trace-leaving, as a percentage.
FORMALITY_SHARES = Vocabulary("formality_share", [
    ("0", "无（都是实际工作）"),
    ("25", "少部分"),
    ("50", "约一半"),
    ("75", "大部分"),
    ("100", "全部（纯留痕）"),
])

GROUP_PURPOSES = Vocabulary("group_purpose", [
    ("standing", "常设"),
    ("temporary", "专项临时"),
    ("line", "条线"),
    ("party", "党建"),
])

GROUP_SIZES = Vocabulary("group_size", [
    ("lt50", "50人以下"),
    ("50_199", "50–199人"),
    ("200_499", "200–499人"),
    ("ge500", "500人及以上"),
])

INSTANT_RESPONSE = Vocabulary("instant_response", [
    ("no", "否"),
    ("ack", "回\u201c收到\u201d"),
    ("timed", "限时回复"),
    ("always_on", "24小时待命"),
])

MESSAGE_BANDS = Vocabulary("message_band", [
    ("lt10", "10条以下"),
    ("10_49", "10–49条"),
    ("50_199", "50–199条"),
    ("ge200", "200条及以上"),
])

UNIT_TYPES = Vocabulary("unit_type", [
    ("county_organ", "县直机关"),
    ("township_organ", "乡镇(街道)机关"),
    ("township_station", "乡镇站所/事业单位"),
    ("village_committee", "村(社区)\u201c两委\u201d"),
    ("grid_worker", "网格员/社区工作者"),
    ("resident_cadre", "驻村干部/第一书记"),
    ("state_enterprise", "基层国有企事业单位"),
    ("other", "其他"),
])

POSTS = Vocabulary("post", [
    ("leader", "领导班子成员"),
    ("middle", "中层/站所负责人"),
    ("staff", "一般工作人员"),
    ("village_head", "村(社区)书记/主任"),
    ("village_other", "村(社区)其他干部"),
    ("grid", "网格员"),
    ("other", "其他"),
])

TENURE_BANDS = Vocabulary("tenure", [
    ("lt3", "不满3年"),
    ("3_5", "3–5年"),
    ("6_10", "6–10年"),
    ("gt10", "10年以上"),
])

STAFFING = Vocabulary("staffing", [
    ("civil_servant", "公务员"),
    ("public_institution", "事业编制"),
    ("contract", "编外聘用"),
    ("community_worker", "社区工作者"),
    ("village_cadre", "村干部"),
    ("other", "其他"),
])

QUOTA_LEVELS = Vocabulary("quota_level", [
    ("province", "省级"),
    ("city", "地级市"),
    ("county", "县/区"),
    ("township", "乡镇/街道"),
    ("unknown", "不清楚"),
])

QUOTA_TARGET_GROUPS = Vocabulary("quota_target", [
    ("residents", "群众"),
    ("enterprises", "企业"),
    ("party_members", "党员"),
    ("parents", "学生家长"),
    ("staff", "本单位职工"),
])

QUOTA_BASES = Vocabulary("quota_basis", [
    ("fixed", "固定数量"),
    ("share_registered", "按户籍人口比例"),
    ("share_resident", "按常住人口比例"),
])

QUOTA_METHODS = Vocabulary("quota_method", [
    ("door_to_door", "入户动员"),
    ("on_site_scan", "现场扫码"),
    ("register_for_them", "代为注册"),
    ("others_accounts", "使用他人账号"),
])

ANSWERS = Vocabulary("answer", [
    ("yes", "是"),
    ("no", "否"),
    ("unknown", "不清楚"),
    ("na", "不适用"),
])
