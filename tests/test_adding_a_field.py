"""Adding a per-tool field is one entry in the field table (plus its attribute, migration and content version)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from burden_survey.survey_files.content import CONTENT_VERSION

SCRIPT = Path(__file__).with_name("next_field_program.py")


def test_a_field_added_to_the_table_shows_in_the_dialog_the_file_the_import_and_the_sheets(tmp_path):
    # A program of its own: the changed tables must be in place before any module reads them.
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen == {
        "dialog_tab": "评价",  # its section's tab
        "saved": 35, "import": "imported", "imported": 35, "fingerprint_version": CONTENT_VERSION + 1,
        "export_value": 35, "in_template": True,
    }
