"""Excel and CSV: supervisor exports (spreadsheets), the intake template and its reading (intake_template,
intake_reading, sheet_cells) and the roster of expected returns (roster).

Others use: spreadsheets, intake_template, roster, sheet_cells.
"""
