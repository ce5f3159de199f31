"""The rule-check questionnaire Q1–Q28 (DOMAIN.md §2): wording, which answer signals a problem, follow-ups."""

from __future__ import annotations

from dataclasses import dataclass, field

from .choices import CONSEQUENCES, FREQUENCIES, Vocabulary

# Raise it with every question added; question codes, like vocabulary codes, are never reused.
QUESTIONNAIRE_VERSION = "2026.1"


@dataclass(frozen=True)
class FollowUp:
    """An extra field asked when the answer is 是: a number, a choice, several choices or text."""

    key: str
    label: str
    kind: str  # "int", "choice", "multi", "text"
    vocabulary: Vocabulary | None = None
    minimum: int = 0
    maximum: int = 100


@dataclass(frozen=True)
class Question:
    code: str
    section: str
    text: str
    rule: str
    problem_answer: str = "yes"  # the answer that signals a probable violation
    note: str = ""
    follow_ups: tuple[FollowUp, ...] = field(default_factory=tuple)


_ONE_2024 = "《整治形式主义为基层减负若干规定》(2024)"
_APP_2026 = "《政务移动互联网应用程序规范化管理办法》(2026)"
_FINGER_2023 = "《关于防治\u201c指尖上的形式主义\u201d的若干意见》(2023)"

_APPS = "应用程序"
_TRACES = "留痕与排名"
_DATA = "重复填报"
_GROUPS = "工作群"
_TOOLS = "工具整合"

QUESTIONS: tuple[Question, ...] = (
    Question("Q1", _APPS, "是否被要求下载并非中央或省级明确要求使用的政务应用？", _ONE_2024),
    Question("Q2", _APPS, "是否存在安装率、注册率、使用率等指标要求或排名？", _APP_2026),
    Question("Q3", _APPS, "是否被要求定期登录某个应用（如每日登录）？", _APP_2026),
    Question(
        "Q4", _APPS, "是否被分配动员群众、企业下载或注册应用的任务（有指标、时限或与考核挂钩）？", _APP_2026,
        note="具体任务请在「摊派下载」页逐条记录。",
        follow_ups=(FollowUp("quota_count", "这类任务有几项", "int", maximum=50),),
    ),
    Question("Q5", _APPS, "是否被要求关注政务公众号、视频号，或有关注数量指标？", _FINGER_2023),
    Question(
        "Q6", _APPS, "是否被要求使用未经备案的政务应用？", _APP_2026,
        note="多数干部无法知道应用是否备案，回答「不清楚」是正常的。",
    ),
    Question(
        "Q7", _TRACES, "是否被要求每日打卡签到（安全生产、应急等特殊场景除外）？", _ONE_2024,
    ),
    Question("Q8", _TRACES, "是否有必须完成的积分排名（如学习积分）？", _ONE_2024),
    Question("Q9", _TRACES, "在线时长或学习时长是否被计入考核？", _APP_2026),
    Question("Q10", _TRACES, "点赞、投票、转发、评论是否被用作考核依据？", _APP_2026),
    Question("Q11", _TRACES, "是否被要求上传不必要的照片、视频或活动轨迹？", _ONE_2024),
    Question("Q12", _TRACES, "是否被要求以截图作为工作完成的证明？", _FINGER_2023),
    Question("Q13", _TRACES, "是否以线上检查代替实地考核评价？", _ONE_2024),
    Question(
        "Q14", _TRACES, "是否有根据应用数据发布的排名通报？", _FINGER_2023,
        follow_ups=(
            FollowUp("frequency", "通报频率", "choice", FREQUENCIES),
            FollowUp("consequences", "通报后果", "multi", CONSEQUENCES),
        ),
    ),
    Question(
        "Q15", _DATA, "同一项数据是否需要在两个或更多系统中重复填报？", _APP_2026,
        follow_ups=(FollowUp("systems", "涉及几个系统", "int", minimum=2, maximum=50),),
    ),
    Question("Q16", _DATA, "是否每个应用都要单独注册账号？", _ONE_2024),
    Question("Q17", _DATA, "是否有同一中央部门的多个面向基层的应用要求使用？", _ONE_2024),
    Question("Q18", _DATA, "是否仍被要求使用县级及以下自建的政务应用？", _APP_2026),
    Question("Q19", _GROUPS, "工作群里是否要求打卡、接龙或回复\u201c收到\u201d？", _FINGER_2023),
    Question("Q20", _GROUPS, "工作群是否要求即时响应，包括下班后？", _FINGER_2023),
    Question("Q21", _GROUPS, "是否通过工作群布置任务并要求提交材料？", _FINGER_2023),
    Question("Q22", _GROUPS, "是否存在同一项工作的重复工作群？", _FINGER_2023),
    Question("Q23", _GROUPS, "是否有临时工作群在任务结束后未解散？", _FINGER_2023),
    Question(
        "Q24", _GROUPS, "您所在单位是否对工作群数量设有上限？", _FINGER_2023,
        problem_answer="", note="本题仅作了解，回答「是」说明有管控措施。",
    ),
    Question("Q25", _TOOLS, "是否有功能重叠的多个工具要求同时使用？", _ONE_2024),
    Question(
        "Q26", _TOOLS, "是否仍要求使用长期不更新（两个月以上）、经常崩溃或无人使用的工具？", _APP_2026,
    ),
    Question(
        "Q27", _TOOLS, "您使用的应用是否设有投诉或意见建议入口？", _APP_2026,
        problem_answer="no", note="回答「否」表示不符合规定。",
    ),
    Question("Q28", _TOOLS, "应用是否被用于商业活动（如推销、广告）？", _APP_2026),
)

QUESTIONS_BY_CODE = {q.code: q for q in QUESTIONS}
