"""The survey database: opening and migrating it (storage, migrations), its identity, the tables one response is made
of (response_tables), the summary tables (summaries; the per-tool figures' groups: group_summaries), backups, retention, the audit log, what the window reads before it opens a
database (first_look), and the SQL that merges survey files (importer_sql) and reads the sheets (report_sql).

Others use: storage.Storage, migrations (names, apply, pending, applied), response_tables, first_look, backups,
retention, audit, summaries, group_summaries and record_keys (for indicators and disclosure), counted.LEFT_OUT,
report_sql, importer_sql (for survey_files).
"""
