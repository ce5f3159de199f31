"""What the survey is, without storage or screens: the vocabularies (choices), the rule questions (questions), one
declaration per recorded field (fields), the records (model), the input rules (validation), the workday rule
(workdays), the divisions, the catalogue of known tools, the privacy notice and what a survey file and a wave are
called (survey_file).

Others use every module here; nothing here reads a database.
"""
