"""「数据安全」: backups, retention and the audit log."""
