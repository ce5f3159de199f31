"""The app registry (户籍制): registry records and their workbook (registry, registry_xlsx), matching reported tool
names to registered apps (matching), and the governance figures and candidates to close or merge (governance).

Others use: registry, registry_xlsx, matching, governance.
"""
