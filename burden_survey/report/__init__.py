"""The meeting pack: one report pipeline (report) for print preview, PDF, the CLI and the tests, built from its pages
(report_layout, report_tables, report_charts, report_governance, report_method, report_scope_sql).

Others use: report.
"""
