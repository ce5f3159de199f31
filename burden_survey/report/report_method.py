"""The meeting pack's method note: how each figure is computed, the suppression rule, the data source."""

from __future__ import annotations

from burden_survey.disclosure.policy import K_DEFAULT, Policy
from burden_survey.survey import workdays
from burden_survey.survey.questions import ALL_QUESTIONS, INFORMATIONAL, NO_IS_PROBLEM

from .report_layout import MUTED, PageFlow


def ground_rules(k: int = K_DEFAULT) -> list[tuple[str, str]]:
    p = Policy(k)
    return [
    ("数据来源", "干部本人在「指尖减负调查」程序中匿名填写、导出并交回的调查文件，经逐项检查后导入。调查不收集姓名、"
     "电话、身份证号，答卷编号随机生成，每个批次重新生成，不能把不同批次的答卷对应到同一个人。用时为干部自报，是估计值。"),
    ("小样本保护", f"任何依据不足 {k} 名答卷人的数值（一个乡镇、一个工具、一道题、一个批次）都只显示"
     f"「{p.short_text}」，不给出人数，也不出现在图表中；工作群、摊派任务等按项计算的比例，"
     f"这些项来自不足 {k} 名干部时同样不显示。填报人数不足 {k} 人的工具、部门名称不单列，合并为「{p.other_label}」。"),
    ("防止相减反推", "其余每个数字都加有一个固定的微小扰动（按国家统计部门通行的「单元格键值」方法：同一群人的同一个数字"
     "每次都得到同一个扰动），并按人数取整：不足 20 人的平均用时取到 5 分钟、比例取到 10%。因此总数减去各部分"
     "不能得出被隐藏的小组或个人的数值，各部分相加也可能与总数略有出入。"),
    ("不合成综合指数", "各项指标分别列示、分别解读。用时、工具数、违规比例等性质不同，未经验证不宜加权合成一个「负担指数」。"),
    ]

# (heading, definition): the definitions of indicators.py's docstring, in words a meeting can read.
DEFINITIONS = [
    ("答卷人数", "符合筛选条件（调查批次、乡镇名称、单位类型）的答卷份数，每份答卷是一名干部。选择工具类型时只限制工具和用时，"
     "不减少答卷人数。回收比例 = 该批次回收名单计入的答卷数 ÷ 名单应交份数（选乡镇时只计该乡镇的名单单位）。"),
    ("工作日", "干部在至少一个未删除的工具上记录了用时的工作日。工作日按国务院公布的节假日安排：法定节假日不算，"
     "调休上班的周六、周日算；本程序收录的安排到 {known_until} 年，此后的日期暂按周一至周五计算。"),
    ("每工作日用时", "每名干部：工作日用时合计 ÷ 本人记录的工作日数；没有记录工作日的干部不计入。选择工具类型时只计该类工具的用时，"
     "除以同样的工作日数，因此各类型相加等于总数。"),
    ("平均数、中位数、P90", "平均数在干部之间计算后加扰动、取整。中位数为居中的值（人数为偶数时取中间两个值的平均），"
     "至少 {median_min} 人才给出；P90 用最近秩法，即从小到大排在第「0.9 × 人数，向上取整」位的值：至少九成干部"
     "不超过它，反映负担最重的一成人，至少 {p90_min} 人才给出（人数少时它就是某一个人的数值）。"),
    ("纯留痕用时与占比", "每个工具的用时 × 干部判断其中纯留痕（打卡、截图、刷积分、接龙等）所占比例，按每工作日计算同上。"
     "留痕占比 = 全部干部工作日留痕分钟合计 ÷ 工作日分钟合计。"),
    ("人均工具数", "每名干部登记的、未删除的工具个数，按类型统计；「全部类型」含工作群，没有某类工具的干部按 0 个计。"),
    ("下班后要求", "按 从不 < 偶尔 < 每周多次 < 每天 排序，至少有一个工具达到该频率或更频繁的干部占全部答卷人的比例。"),
    ("工具排名、发起层级、条线部门", "按工具名称（去掉首尾空格）、发起层级或条线部门汇总。填报人数 = 填报该项的不同干部数；"
     "总分钟 = 在该项上记录的全部分钟；人均每工作日 = 该项的工作日分钟 ÷ 这些干部记录的工作日数。"
     "列出总分钟最多的 10 项和填报人数最多的 10 项。"),
    ("工作群与即时响应", "人均所在工作群为每人登记的工作群个数；要求即时响应的工作群 = 即时响应一项不是「否」也不是空白的群"
     "占全部工作群的比例；另列至少有一个这种群的干部比例。"),
    ("重复填报", "规定对照 Q15 回答「是」的人数 ÷ 回答 Q15（是、否、不清楚）的人数；涉及系统数取回答「是」并填写了个数的答卷。"),
    ("摊派下载", "干部逐条记录的摊派下载任务。指标数、已完成数、花费工时为合计（空白按 0 计）；计入考核的比例以回答了"
     "「是」或「否」的任务为分母；按应用列出指标最多的 8 个应用（只列至少 5 名干部提到的应用，其余合并为「其他」）。"),
    (f"规定对照 {ALL_QUESTIONS}", "作答人数为回答「是」「否」「不清楚」的人数（「不适用」和未答不计）；比例 = 回答问题答案"
     f"（多数题为「是」，{NO_IS_PROBLEM} 为「否」）的人数 ÷ 作答人数。比例表示「可能违规」，不是认定结论；"
     f"{INFORMATIONAL} 仅作了解。"),
    ("各乡镇、各批次", "每个乡镇内、每类工具：有工作日记录的干部的（该类工作日分钟 ÷ 工作日数）的平均，各类相加等于该乡镇的"
     "人均每工作日用时。库中有两个及以上批次时，每个批次同样计算（其他筛选条件照用），可以看出负担是否从政务APP"
     "转到小程序和工作群（「换马甲」）。"),
]

def method_note(flow: PageFlow, k: int = K_DEFAULT) -> None:
    """Write the method note from the current position of `flow`: the ground rules first, then each figure."""
    flow.heading("方法说明")
    for heading, text in ground_rules(k):
        flow.subheading(heading)
        flow.paragraph(text, 9.5, indent=0.2, after=0.1)
    flow.space(0.1)
    flow.heading("各项数字怎样计算", 12, keep=0.8)
    p = Policy(k)
    for heading, text in DEFINITIONS:
        text = text.replace("{median_min}", str(p.median_min)).replace("{p90_min}", str(p.p90_min))
        text = text.replace("{known_until}", str(workdays.known_until()))
        flow.subheading(heading)
        flow.paragraph(text, 9.5, indent=0.2, after=0.1)
    flow.paragraph("以上说明也适用于仪表盘和导出的表格。", 8.5, MUTED)
