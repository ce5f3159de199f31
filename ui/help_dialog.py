"""使用帮助 (F1): a short Chinese guide inside the app, one anchored section per page, opened at the current one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .screen_fit import FittedDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


# (anchor, title, what the page is for); anchors are the page keys of main_window.PAGES.
# QT_TRANSLATE_NOOP marks the texts for pyside6-lupdate; help_html() translates them when shown.
PAGE_SECTIONS = [
    ("profile", QT_TRANSLATE_NOOP("help", "基本情况"), QT_TRANSLATE_NOOP(
        "help", "填写您工作的地区和岗位。这里不收集姓名、电话或身份证号；每一项都可以不填，改动立即保存。")),
    ("tools", QT_TRANSLATE_NOOP("help", "我的数字任务"), QT_TRANSLATE_NOOP(
        "help", "列出要求您安装、登录、打卡或回复的每一个政务应用、公众号和工作群。点击「添加」（Ctrl+N）新增一项；"
                "选中后按回车编辑，按 Delete 删除，Ctrl+Z 撤销。")),
    ("daily_log", QT_TRANSLATE_NOOP("help", "每日用时"), QT_TRANSLATE_NOOP(
        "help", "每天花在每一项上的分钟数，一行一项、一列一天。用方向键移动，直接输入数字，回车保存；"
                "「复制前一天」可以省去重复填写。")),
    ("quotas", QT_TRANSLATE_NOOP("help", "摊派下载"), QT_TRANSLATE_NOOP(
        "help", "记录被要求动员他人下载、注册、关注或完成指标的情况（Ctrl+N 添加）。")),
    ("rules", QT_TRANSLATE_NOOP("help", "规定对照"), QT_TRANSLATE_NOOP(
        "help", "逐条对照减负规定回答问题，Ctrl+J 跳到下一道还没有回答的题。")),
    ("burden", QT_TRANSLATE_NOOP("help", "我的负担"), QT_TRANSLATE_NOOP(
        "help", "根据您填写的内容自动算出的汇总：每周用时、留痕占比等，只读。")),
    ("waves", QT_TRANSLATE_NOOP("help", "调查批次（上级）"), QT_TRANSLATE_NOOP(
        "help", "每一轮调查是一个批次。「新建批次…」（Ctrl+N）时设置口令，填报人交来的答卷就会加密，只有您能打开；"
                "口令无法找回，请妥善保管。「导出批次文件…」把批次文件发给填报人，再打电话核对密钥编号。")),
    ("import", QT_TRANSLATE_NOOP("help", "导入答卷（上级）"), QT_TRANSLATE_NOOP(
        "help", "上级收集答卷时使用：把下级交来的调查文件拖进窗口，或按 Ctrl+I 选择文件。")),
    ("returns", QT_TRANSLATE_NOOP("help", "回收情况（上级）"), QT_TRANSLATE_NOOP(
        "help", "按地区查看已收回多少份答卷、还缺哪些。")),
    ("dashboard", QT_TRANSLATE_NOOP("help", "负担看板（上级）"), QT_TRANSLATE_NOOP(
        "help", "汇总指标和图表；少于 5 人的分组显示为「<5」以保护匿名。可打印或导出会议材料 PDF。")),
    ("registry", QT_TRANSLATE_NOOP("help", "应用登记（上级）"), QT_TRANSLATE_NOOP(
        "help", "登记辖区内的政务应用，并记录清理整合的决定和进度。")),
    ("matching", QT_TRANSLATE_NOOP("help", "名称匹配（上级）"), QT_TRANSLATE_NOOP(
        "help", "把答卷中五花八门的应用名称对应到登记表中的同一个应用。")),
    ("governance", QT_TRANSLATE_NOOP("help", "清理进度（上级）"), QT_TRANSLATE_NOOP(
        "help", "对照登记表查看整合、关停的进展。")),
    ("safety", QT_TRANSLATE_NOOP("help", "数据安全（上级）"), QT_TRANSLATE_NOOP(
        "help", "「备份」：每次导入前和每天自动备份，也可立即备份；选中一个备份可恢复（恢复前先备份当前数据）。"
                "「保留期限」：为每个批次设定保留日期，到期后销毁全部答卷（连同备份）并留下销毁记录，无法撤销。"
                "「操作记录」：导出、导入、解密、恢复和销毁都记在这里。")),
]

SHORTCUTS = [
    ("F1", QT_TRANSLATE_NOOP("help", "打开本帮助，并跳到当前页面的说明")),
    ("Ctrl+1 … Ctrl+0", QT_TRANSLATE_NOOP("help", "切换到第 1 到第 10 个页面")),
    ("Ctrl+N / Insert", QT_TRANSLATE_NOOP("help", "在当前页面添加一项")),
    ("Enter", QT_TRANSLATE_NOOP("help", "编辑选中的一项")),
    ("Delete", QT_TRANSLATE_NOOP("help", "删除选中的一项")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("help", "撤销刚才的删除或修改")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("help", "导出调查文件")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("help", "导入答卷（上级）")),
    ("Ctrl+P / Ctrl+Shift+P", QT_TRANSLATE_NOOP("help", "打印会议材料 / 打印预览（上级）")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("help", "在输入框之间移动")),
    ("Alt+F4 / Ctrl+Q", QT_TRANSLATE_NOOP("help", "关闭窗口，退出程序")),
]

PRIVACY = QT_TRANSLATE_NOOP(
    "help", "本调查是匿名的：不收集姓名、电话、身份证号，也不联网。您填写的内容只保存在本机的数据文件中，"
            "只有在您自己导出调查文件并交出时才会离开这台电脑。程序的日志文件只记录程序的运行和出错情况。")

EXPORT = QT_TRANSLATE_NOOP(
    "help", "填写完成后，点击菜单「文件」→「导出调查文件」（Ctrl+E），选择保存位置，把生成的文件按组织方的要求交回"
            "（例如拷贝到 U 盘或通过单位内网发送）。导出前请核对文件中没有任何人的姓名或电话。"
            "以后继续填写，可以再次导出。")


def help_html() -> str:
    """The whole guide as one HTML page; every piece goes through the translator."""
    tr = _tr
    parts = [f"<h2>{escape(QCoreApplication.translate('help', '指尖减负调查 使用帮助'))}</h2>",
             f"<p>{escape(QCoreApplication.translate('help', '左侧列表中的每一项是一个页面。下面依次说明每个页面的用途、常用快捷键、隐私保护和如何交回答卷。'))}</p>",
             f"<h3>{escape(QCoreApplication.translate('help', '各页面的用途'))}</h3>"]
    for anchor, title, body in PAGE_SECTIONS:
        parts.append(f'<a name="{anchor}"></a><h4>{escape(tr(title))}</h4><p>{escape(tr(body))}</p>')
    parts.append(f'<a name="shortcuts"></a><h3>{escape(QCoreApplication.translate("help", "快捷键"))}</h3>')
    rows = "".join(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(tr(what))}</td></tr>" for keys, what in SHORTCUTS)
    parts.append(f'<table cellpadding="4" border="1" cellspacing="0">{rows}</table>')
    parts.append(f'<a name="privacy"></a><h3>{escape(QCoreApplication.translate("help", "隐私保护"))}</h3>'
                 f"<p>{escape(tr(PRIVACY))}</p>")
    parts.append(f'<a name="export"></a><h3>{escape(QCoreApplication.translate("help", "如何导出调查文件"))}</h3>'
                 f"<p>{escape(tr(EXPORT))}</p>")
    return "\n".join(parts)


class HelpDialog(FittedDialog):
    """A non-modal window beside the app, so the user can read and work at the same time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("使用帮助 — 指尖减负调查"))
        self.resize(620, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html())
        self.browser.setAccessibleName(self.tr("使用帮助正文"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.section = ""

    def show_section(self, anchor: str) -> None:
        """Show the dialog scrolled to one section (a page key, or shortcuts / privacy / export)."""
        self.section = anchor
        self.show()
        self.raise_()
        self.activateWindow()
        # The browser lays out lazily; scrolling before it is shown would land at the top.
        self.browser.scrollToAnchor(anchor)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)


def open_help(parent: QWidget, anchor: str) -> HelpDialog:
    """One help window per main window: F1 again re-aims the same window instead of stacking new ones."""
    dialog = parent.findChild(HelpDialog, "helpDialog")
    if dialog is None:
        dialog = HelpDialog(parent)
    dialog.show_section(anchor)
    return dialog
