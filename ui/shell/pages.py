"""The pages of the main window, in their order: one entry each, read by the navigation list, the 页面 menu and its
Ctrl+digit shortcuts, the help guide and the screenshots. A new page is one entry here and a Page subclass
(ui/common/page.py)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .page_loader import PageClass


class PageEntry(NamedTuple):  # a NamedTuple: read before the window appears, when dataclasses is not yet loaded
    key: str  # the page's object name is page_<key>; its help section's anchor is the key
    page: PageClass  # imported when the page is first shown: the window appears before the heavy pages load
    title: str  # in the navigation list, the heading and the menu (translated in the MainWindow context)
    help: str  # what the page is for, in the help guide (translated in the help context)
    supervisor: bool = False  # listed under 「汇总（上级）」


PAGES: tuple[PageEntry, ...] = (
    PageEntry("profile", PageClass("cadre.profile_page", "ProfilePage"), QT_TRANSLATE_NOOP("MainWindow", "基本情况"),
              QT_TRANSLATE_NOOP("help", "填写您工作的地区和岗位。这里不收集姓名、电话或身份证号；每一项都可以不填，改动立即保存。")),
    PageEntry("tools", PageClass("cadre.tools_page", "ToolsPage"), QT_TRANSLATE_NOOP("MainWindow", "我的数字任务"),
              QT_TRANSLATE_NOOP("help", "列出要求您安装、登录、打卡或回复的每一个政务应用、公众号和工作群。点击「添加」（Ctrl+N）新增一项，"
                                "工作群用「添加工作群」（Ctrl+G），所有问题在一页上；选中后按回车编辑，按 Delete 删除，Ctrl+Z 撤销。")),
    PageEntry("daily_log", PageClass("cadre.daily_log_page", "DailyLogPage"), QT_TRANSLATE_NOOP("MainWindow", "每日用时"),
              QT_TRANSLATE_NOOP("help", "每天花在每一项上的分钟数，一行一项、一列一天。用方向键移动，直接输入数字，回车保存；"
                                "「复制前一天」可以省去重复填写。")),
    PageEntry("quotas", PageClass("cadre.quotas_page", "QuotasPage"), QT_TRANSLATE_NOOP("MainWindow", "摊派下载"),
              QT_TRANSLATE_NOOP("help", "记录被要求动员他人下载、注册、关注或完成指标的情况（Ctrl+N 添加）。")),
    PageEntry("rules", PageClass("cadre.rules_page", "RulesPage"), QT_TRANSLATE_NOOP("MainWindow", "规定对照"),
              QT_TRANSLATE_NOOP("help", "逐条对照减负规定回答问题，Ctrl+J 跳到下一道还没有回答的题。")),
    PageEntry("burden", PageClass("cadre.burden_page", "BurdenPage"), QT_TRANSLATE_NOOP("MainWindow", "我的负担"),
              QT_TRANSLATE_NOOP("help", "根据您填写的内容自动算出的汇总：每周用时、留痕占比等，只读。")),
    PageEntry("export", PageClass("cadre.export_page", "ExportPage"), QT_TRANSLATE_NOOP("MainWindow", "导出调查文件"),
              QT_TRANSLATE_NOOP("help", "最后一步：查看调查文件将包含什么、还缺什么，再点击「导出调查文件…」（Ctrl+E），"
                                "把文件交给组织方。导出后仍可修改，改完再导出一次即可。")),
    PageEntry("waves", PageClass("supervisor.waves_page", "WavesPage"), QT_TRANSLATE_NOOP("MainWindow", "调查批次"),
              QT_TRANSLATE_NOOP("help", "每一轮调查是一个批次。「新建批次…」（Ctrl+N）时设置口令，填报人交来的答卷就会加密，只有您能打开；"
                                "口令无法找回，请妥善保管。「导出批次文件…」把批次文件发给填报人，再打电话核对密钥编号。"), supervisor=True),
    PageEntry("import", PageClass("supervisor.import_page", "ImportPage"), QT_TRANSLATE_NOOP("MainWindow", "导入答卷"),
              QT_TRANSLATE_NOOP("help", "上级收集答卷时使用：把下级交来的调查文件拖进窗口，或按 Ctrl+I 选择文件。"), supervisor=True),
    PageEntry("returns", PageClass("supervisor.returns_page", "ReturnsPage"), QT_TRANSLATE_NOOP("MainWindow", "回收情况"),
              QT_TRANSLATE_NOOP("help", "按地区查看已收回多少份答卷、还缺哪些。"), supervisor=True),
    PageEntry("dashboard", PageClass("supervisor.dashboard_page", "DashboardPage"), QT_TRANSLATE_NOOP("MainWindow", "负担看板"),
              QT_TRANSLATE_NOOP("help", "汇总指标和图表；人数太少（默认少于 5 人）的分组只显示「<5」以保护匿名。可打印或导出会议材料 PDF。"), supervisor=True),
    PageEntry("report", PageClass("supervisor.report_page", "ReportPage"), QT_TRANSLATE_NOOP("MainWindow", "导出与上报"),
              QT_TRANSLATE_NOOP("help", "把所选批次导出为交给上级的汇总文件（上级导入时不会重复计数）、去标识化的 Excel 和 CSV、"
                                "仅限组织者的完整数据，或给不用本程序的干部的填报模板；填好的模板交回后在这里导入。"
                                "会议材料（打印、PDF）也在这里，按「负担看板」的筛选条件。"), supervisor=True),
    PageEntry("registry", PageClass("registry.registry_page", "RegistryPage"), QT_TRANSLATE_NOOP("MainWindow", "应用登记"),
              QT_TRANSLATE_NOOP("help", "登记辖区内的政务应用，并记录清理整合的决定和进度。"), supervisor=True),
    PageEntry("matching", PageClass("registry.matching_page", "MatchingPage"), QT_TRANSLATE_NOOP("MainWindow", "名称匹配"),
              QT_TRANSLATE_NOOP("help", "把答卷中五花八门的应用名称对应到登记表中的同一个应用。"), supervisor=True),
    PageEntry("governance", PageClass("supervisor.governance_page", "GovernancePage"), QT_TRANSLATE_NOOP("MainWindow", "清理进度"),
              QT_TRANSLATE_NOOP("help", "对照登记表查看整合、关停的进展。"), supervisor=True),
    PageEntry("safety", PageClass("safety.safety_page", "SafetyPage"), QT_TRANSLATE_NOOP("MainWindow", "数据安全"),
              QT_TRANSLATE_NOOP("help", "「备份」：每天自动备份，也可立即备份；选中一个备份可恢复（恢复前先备份当前数据）。"
                                "导入错了的答卷在「导入答卷」页的「导入记录」里撤销。"
                                "「保留期限」：为每个批次设定保留日期，到期后销毁全部答卷（连同备份）并留下销毁记录，无法撤销。"
                                "「操作记录」：导出、导入、解密、恢复和销毁都记在这里。"), supervisor=True),
)
BY_KEY = {p.key: p for p in PAGES}
SUPERVISOR_PAGES = tuple(p.key for p in PAGES if p.supervisor)
