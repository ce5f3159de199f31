"""The app registry (户籍制): what an entry holds (app_fields: its vocabularies and field table), registry records and
their workbook (registry, registry_xlsx), matching reported tool names to registered apps (matching), and the
governance figures and candidates to close or merge (governance).

Others use: app_fields, registry, registry_xlsx, matching, governance.
"""
