"""Disclosure control: the one layer every supervisor output goes through (docs/PRIVACY.md).

`policy` holds the rules and their parameters (k, when a quantile or a histogram may be shown, how precise a figure
may be, what a hidden figure says); `cell_key` the deterministic noise (each respondent's secret record key, each
cell's key, the noise a cell key gives a count or a total); `guard` turns a group of respondents and their values into
the numbers an output may show.

Others use: policy (Policy), guard (Guard, guard_for).
"""
