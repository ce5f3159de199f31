"""「数据安全」: the supervisor's backups, retention dates and destruction, and the audit log, one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.common.page import Page

from .audit_tab import AuditTab
from .backups_tab import BackupsTab
from .retention_tab import RetentionTab


class SafetyPage(Page):
    """Each tab reloads from the database when the page or the tab is shown."""

    def __init__(self, storage, parent: QWidget | None = None):
        super().__init__(parent)
        self.storage = storage
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("safetyTabs")
        self.backups_tab = BackupsTab(storage, self.tabs)
        self.retention_tab = RetentionTab(storage, self.tabs)
        self.audit_tab = AuditTab(storage, self.tabs)
        self.tabs.addTab(self.backups_tab, self.tr("备份"))
        self.tabs.addTab(self.retention_tab, self.tr("保留期限"))
        self.tabs.addTab(self.audit_tab, self.tr("操作记录"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.tabs.currentChanged.connect(lambda _: self.tabs.currentWidget().refresh())
        # A restore replaces everything and a destruction removes backups: every tab shows something new.
        self.backups_tab.restored.connect(self.refresh)
        self.retention_tab.data_destroyed.connect(self.refresh)
        self.refresh()

    def stop_background_work(self) -> None:
        self.backups_tab.stop_background_work()

    def refresh(self) -> None:
        for tab in (self.backups_tab, self.retention_tab, self.audit_tab):
            tab.refresh()
