"""Charts: matplotlib Figures drawn from plain numbers (never pyplot): the font (charts), the style (chart_style) and
the dashboard's charts (dashboard_charts).

Others use: charts, chart_style, dashboard_charts.
"""
