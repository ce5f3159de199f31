"""使用帮助 (F1): a short Chinese guide inside the app, one anchored section per page, opened at the current one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui.common.screen_fit import FittedDialog

from .pages import PAGES


def _tr(text: str) -> str:
    return QCoreApplication.translate("help", text)


SHORTCUTS = [
    ("F1", QT_TRANSLATE_NOOP("help", "打开本帮助，并跳到当前页面的说明")),
    ("Ctrl+1 … Ctrl+0", QT_TRANSLATE_NOOP("help", "切换到第 1 到第 10 个页面")),
    ("Ctrl+N / Insert", QT_TRANSLATE_NOOP("help", "在当前页面添加一项")),
    ("Ctrl+G", QT_TRANSLATE_NOOP("help", "添加一个工作群，所有问题在一页上（我的数字任务）")),
    ("Ctrl+Shift+N", QT_TRANSLATE_NOOP("help", "从常用清单一次添加多项（我的数字任务）")),
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


# Headings: marked here, since lupdate does not look inside f-strings (before, they stayed Chinese in English).
TITLE = QT_TRANSLATE_NOOP("help", "指尖减负调查 使用帮助")
INTRO = QT_TRANSLATE_NOOP("help", "左侧列表中的每一项是一个页面。下面依次说明每个页面的用途、常用快捷键、隐私保护和如何交回答卷。")
PAGES_HEADING = QT_TRANSLATE_NOOP("help", "各页面的用途")
SHORTCUTS_HEADING = QT_TRANSLATE_NOOP("help", "快捷键")
PRIVACY_HEADING = QT_TRANSLATE_NOOP("help", "隐私保护")
EXPORT_HEADING = QT_TRANSLATE_NOOP("help", "如何导出调查文件")


def help_html() -> str:
    """The whole guide as one HTML page; every piece goes through the translator."""
    tr = _tr
    parts = [f"<h2>{escape(tr(TITLE))}</h2>", f"<p>{escape(tr(INTRO))}</p>", f"<h3>{escape(tr(PAGES_HEADING))}</h3>"]
    for page in PAGES:  # each page's section, anchored at its key, in the window's order
        title = QCoreApplication.translate("MainWindow", page.title)
        if page.supervisor:
            title += QCoreApplication.translate("help", "（上级）")
        parts.append(f'<a name="{page.key}"></a><h4>{escape(title)}</h4><p>{escape(tr(page.help))}</p>')
    parts.append(f'<a name="shortcuts"></a><h3>{escape(tr(SHORTCUTS_HEADING))}</h3>')
    rows = "".join(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(tr(what))}</td></tr>" for keys, what in SHORTCUTS)
    parts.append(f'<table cellpadding="4" border="1" cellspacing="0">{rows}</table>')
    parts.append(f'<a name="privacy"></a><h3>{escape(tr(PRIVACY_HEADING))}</h3>'
                 f"<p>{escape(tr(PRIVACY))}</p>")
    parts.append(f'<a name="export"></a><h3>{escape(tr(EXPORT_HEADING))}</h3>'
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
