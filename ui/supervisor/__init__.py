"""The supervisor's pages: waves, importing survey files, returns, the dashboard, cleanup progress, and the meeting
pack (report_print)."""
