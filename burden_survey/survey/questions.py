"""The rule-check questionnaire Q1–Q28 (DOMAIN.md §2): wording, short names, topics, the answer that signals a
problem, follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field

from .choices import CONSEQUENCES, FREQUENCIES
from .fields import CODE, CODES, INT, Field

# Raise it with every question added; question codes, like vocabulary codes, are never reused.
QUESTIONNAIRE_VERSION = "2026.1"


@dataclass(frozen=True)
class Question:
    code: str
    short: str  # a few words for chart axes and findings: 「每日打卡」
    section: str
    text: str
    rule: str
    problem_answer: str = "yes"  # the answer that signals a probable violation
    note: str = ""
    follow_ups: tuple[Field, ...] = field(default_factory=tuple)  # asked when the answer is 是: the details' table

    @property
    def about(self) -> str:
        """What the question is about: "groups" (work groups) or "apps" (apps and the tools in general)."""
        return SECTION_ABOUT[self.section]


_ONE_2024 = "《整治形式主义为基层减负若干规定》(2024)"
_APP_2026 = "《政务移动互联网应用程序规范化管理办法》(2026)"
_FINGER_2023 = "《关于防治\u201c指尖上的形式主义\u201d的若干意见》(2023)"

_APPS = "应用程序"
_TRACES = "留痕与排名"
_DATA = "重复填报"
_GROUPS = "工作群"
_TOOLS = "工具整合"
SECTION_ABOUT = {_APPS: "apps", _TRACES: "apps", _DATA: "apps", _GROUPS: "groups", _TOOLS: "apps"}

QUESTIONS: tuple[Question, ...] = (
    Question("Q1", "下载非上级要求的应用", _APPS, "是否被要求下载并非中央或省级明确要求使用的政务应用？", _ONE_2024),
    Question("Q2", "安装率、使用率指标", _APPS, "是否存在安装率、注册率、使用率等指标要求或排名？", _APP_2026),
    Question("Q3", "定期登录", _APPS, "是否被要求定期登录某个应用（如每日登录）？", _APP_2026),
    Question(
        "Q4", "摊派下载注册", _APPS, "是否被分配动员群众、企业下载或注册应用的任务（有指标、时限或与考核挂钩）？", _APP_2026,
        note="具体任务请在「摊派下载」页逐条记录。",
        follow_ups=(Field("quota_count", "这类任务有几项", INT, low=0, high=50),),
    ),
    Question("Q5", "关注账号指标", _APPS, "是否被要求关注政务公众号、视频号，或有关注数量指标？", _FINGER_2023),
    Question(
        "Q6", "使用未备案应用", _APPS, "是否被要求使用未经备案的政务应用？", _APP_2026,
        note="多数干部无法知道应用是否备案，回答「不清楚」是正常的。",
    ),
    Question(
        "Q7", "每日打卡", _TRACES, "是否被要求每日打卡签到（安全生产、应急等特殊场景除外）？", _ONE_2024,
    ),
    Question("Q8", "积分排名", _TRACES, "是否有必须完成的积分排名（如学习积分）？", _ONE_2024),
    Question("Q9", "在线、学习时长计入考核", _TRACES, "在线时长或学习时长是否被计入考核？", _APP_2026),
    Question("Q10", "点赞投票计入考核", _TRACES, "点赞、投票、转发、评论是否被用作考核依据？", _APP_2026),
    Question("Q11", "不必要的照片轨迹", _TRACES, "是否被要求上传不必要的照片、视频或活动轨迹？", _ONE_2024),
    Question("Q12", "截图证明", _TRACES, "是否被要求以截图作为工作完成的证明？", _FINGER_2023),
    Question("Q13", "线上检查代替实地", _TRACES, "是否以线上检查代替实地考核评价？", _ONE_2024),
    Question(
        "Q14", "排名通报", _TRACES, "是否有根据应用数据发布的排名通报？", _FINGER_2023,
        follow_ups=(
            Field("frequency", "通报频率", CODE, FREQUENCIES),
            Field("consequences", "通报后果", CODES, CONSEQUENCES),
        ),
    ),
    Question(
        "Q15", "重复填报", _DATA, "同一项数据是否需要在两个或更多系统中重复填报？", _APP_2026,
        follow_ups=(Field("systems", "涉及几个系统", INT, low=2, high=50),),
    ),
    Question("Q16", "各应用单独注册", _DATA, "是否每个应用都要单独注册账号？", _ONE_2024),
    Question("Q17", "同一部门多个应用", _DATA, "是否有同一中央部门的多个面向基层的应用要求使用？", _ONE_2024),
    Question("Q18", "县级及以下自建应用", _DATA, "是否仍被要求使用县级及以下自建的政务应用？", _APP_2026),
    Question("Q19", "群内打卡接龙", _GROUPS, "工作群里是否要求打卡、接龙或回复\u201c收到\u201d？", _FINGER_2023),
    Question("Q20", "即时响应（含下班后）", _GROUPS, "工作群是否要求即时响应，包括下班后？", _FINGER_2023),
    Question("Q21", "群内布置任务交材料", _GROUPS, "是否通过工作群布置任务并要求提交材料？", _FINGER_2023),
    Question("Q22", "重复工作群", _GROUPS, "是否存在同一项工作的重复工作群？", _FINGER_2023),
    Question("Q23", "临时群未解散", _GROUPS, "是否有临时工作群在任务结束后未解散？", _FINGER_2023),
    Question(
        "Q24", "工作群数量上限", _GROUPS, "您所在单位是否对工作群数量设有上限？", _FINGER_2023,
        problem_answer="", note="本题仅作了解，回答「是」说明有管控措施。",
    ),
    Question("Q25", "功能重叠", _TOOLS, "是否有功能重叠的多个工具要求同时使用？", _ONE_2024),
    Question(
        "Q26", "僵尸或崩溃工具", _TOOLS, "是否仍要求使用长期不更新（两个月以上）、经常崩溃或无人使用的工具？", _APP_2026,
    ),
    Question(
        "Q27", "无投诉建议入口", _TOOLS, "您使用的应用是否设有投诉或意见建议入口？", _APP_2026,
        problem_answer="no", note="回答「否」表示不符合规定。",
    ),
    Question("Q28", "用于商业活动", _TOOLS, "应用是否被用于商业活动（如推销、广告）？", _APP_2026),
)

QUESTIONS_BY_CODE = {q.code: q for q in QUESTIONS}

# The questions about apps (all but the work groups'): an app's possible violations are counted over these.
APP_QUESTIONS = tuple(q.code for q in QUESTIONS if q.about == "apps")


def code_ranges(codes: tuple[str, ...] | list[str]) -> str:
    """「Q1–Q18、Q25–Q28」: question codes in runs, as report prose names them."""
    runs: list[list[int]] = []
    for n in sorted(int(c[1:]) for c in codes):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return "、".join(f"Q{r[0]}–Q{r[-1]}" if len(r) > 1 else f"Q{r[0]}" for r in runs)


ALL_QUESTIONS = code_ranges([q.code for q in QUESTIONS])  # 「Q1–Q28」
# The exceptions to "是 signals a problem", in words: where 否 does, and the questions only asked to learn.
NO_IS_PROBLEM = code_ranges([q.code for q in QUESTIONS if q.problem_answer == "no"])  # 「Q27」
INFORMATIONAL = code_ranges([q.code for q in QUESTIONS if not q.problem_answer])  # 「Q24」
