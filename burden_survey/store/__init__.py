"""The survey database: opening and migrating it (storage, migrations), its identity, the summary tables, backups,
retention, the audit log, and the SQL that merges survey files (importer_sql) and reads the sheets (report_sql).

Others use: storage.Storage, migrations (names, apply, pending, applied), backups, retention, audit, summaries,
report_sql, importer_sql (for survey_files).
"""
