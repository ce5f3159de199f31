"""Placeholder notice dialog, replaced by the real one."""

from PySide6.QtWidgets import QDialog


class NoticeDialog(QDialog):
    @classmethod
    def ask(cls, parent, storage) -> bool:
        storage.acknowledge_notice("2026.1")
        return True
