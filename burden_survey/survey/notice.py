"""The privacy notice (告知书) shown before the first answer, as plain text the UI and the reports share."""

from __future__ import annotations

# Bump the version whenever the wording changes in substance: the acknowledgement
# stored in the file records which text the respondent agreed to.
NOTICE_VERSION = "2026.1"

# Until a survey file names the organiser (the supervisor's unit), the notice says who in general terms.
DEFAULT_ORGANISER = "组织本次调查的单位"

NOTICE_TITLE = "个人信息处理告知书"

NOTICE_INTRO = (
    "「指尖减负调查」用来记录基层干部被要求使用的政务应用、小程序、公众号和工作群"
    "给日常工作带来的负担。开始填写之前，请花两分钟读完下面的说明。"
)

# (heading, paragraph) pairs, in the order the personal information law lists them:
# who, why, what, where, how long, your rights, contact. "{organiser}" is filled in by notice_sections().
NOTICE_SECTIONS: list[tuple[str, str]] = [
    (
        "一、谁收集",
        "本次调查的组织者是{organiser}，调查文件中会写明单位名称。"
        "您在本程序中填写的内容由您自己保管，在您交出调查文件之前，任何单位和个人都看不到。",
    ),
    (
        "二、为什么收集",
        "为了弄清政务应用、公众号、工作群等数字工具给基层带来的负担有多重，"
        "对照整治“指尖上的形式主义”的有关规定查找问题，推动精简整合、切实减负。"
        "调查结果只以汇总统计的形式使用，不用于对任何个人的考核、评价或追责。",
    ),
    (
        "三、收集什么",
        "只收集工作情况：所在地区（到乡镇/街道）、单位类型、岗位、任职年限、编制类型、是否配发工作手机；"
        "以及您使用各项数字工具的情况：工具名称、被要求做什么、每天用时、排名通报、摊派下载、规定对照。"
        "本调查不收集姓名、电话号码、身份证号。程序会为您生成一个随机的匿名编号（以 R 开头），"
        "它不包含关于您的任何信息。请不要在填写的文字中写入任何人的姓名、电话或身份证号。",
    ),
    (
        "四、存放在哪里",
        "所有内容只保存在这台电脑上。本程序完全不使用网络，不会自动上传任何数据。"
        "只有当您自己导出调查文件并交出时，数据才会离开这台电脑；导出的文件不含姓名。"
        "汇总时，不足 5 人的分组不单独显示，以免推断出是谁填写的。",
    ),
    (
        "五、保存多久",
        "保存到本轮调查结束为止。调查结束后，收到的调查文件予以销毁，并留存销毁记录。"
        "您本机上的数据，您可以随时自行删除。",
    ),
    (
        "六、您的权利",
        "参加与否由您自己决定。您可以跳过任何问题，可以随时修改或删除已填写的内容，也可以随时停止填写。",
    ),
    (
        "七、有疑问找谁",
        "对本告知书或数据的处理有疑问，请向{organiser}咨询。",
    ),
]

NOTICE_CLOSING = "点击「同意并开始」，表示您已阅读并理解以上内容，自愿参加本次调查。"


def notice_sections(organiser: str | None = None) -> list[tuple[str, str]]:
    """The sections with the organiser's name filled in (the generic wording when none is known)."""
    who = organiser or DEFAULT_ORGANISER
    return [(heading, body.format(organiser=who)) for heading, body in NOTICE_SECTIONS]


def notice_text(organiser: str | None = None) -> str:
    """The whole notice as plain text, e.g. for a report appendix or the command line."""
    parts = [f"{NOTICE_TITLE}（版本 {NOTICE_VERSION}）", NOTICE_INTRO]
    for heading, body in notice_sections(organiser):
        parts.append(f"{heading}\n{body}")
    parts.append(NOTICE_CLOSING)
    return "\n\n".join(parts)
