"""The figures: a supervisor's indicators with small groups suppressed (indicators, and its figures, JSON and SQL)
and a cadre's own burden (metrics).

Others use: indicators (compute, Filters and the figure dataclasses, MIN_GROUP, SUPPRESSED_TEXT), metrics.
"""
