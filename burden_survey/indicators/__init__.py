"""The figures: what a supervisor sees, as dataclasses (figures), computed with small groups suppressed (indicators,
from indicator_sql, indicator_figures, tool_groups and by_kind), as JSON (indicator_json), written as people read them (shown), the key figures the dashboard and the
meeting pack show (key_figures), and a cadre's own burden (metrics).

Others use: indicators (compute, indicators_to_json), figures, shown, key_figures, metrics.
"""
