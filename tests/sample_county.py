"""A 300-cadre sample county with the cases that single people out: a one-person township, a one-person unit type,
a tool name and a note only one cadre typed; every respondent in one wave that has a key and a passphrase."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from burden_survey.cli.demo import COUNTY, DEMO_WAVE, write_demo
from burden_survey.store.storage import Storage
from burden_survey.survey.model import Profile, Quota, Tool
from burden_survey.survey_files.wave_keys import create_wave_key

RESPONDENTS = 300
PASSPHRASE = "锡山区减负调查口令2026"
LONE_TOWNSHIP = "孤山镇"
LONE_UNIT_TYPE = "state_enterprise"
LONE_TOOL = "张队长督办APP"
LONE_NOTE = "张三让我每天截图"
LONE_DEPARTMENT = "某某专班"
UNTIL = date(2026, 11, 20)


def build(path: Path) -> dict[str, str]:
    """The county at `path`; the database ids of the lone cadres."""
    write_demo(path, RESPONDENTS, seed=14, until=UNTIL, days=7, apps=(3, 6), groups=(2, 4))
    storage = Storage.open(path)
    try:
        profile = Profile(province_code=COUNTY[0], city_code=COUNTY[1], county_code=COUNTY[2],
                          township_name=LONE_TOWNSHIP, township_code=f"{COUNTY[2]}199000", unit_type="township_organ",
                          post="staff", tenure="gt10", staffing="civil_servant", work_phone=False)
        lone_town = storage.add_respondent_bundle(
            profile, [Tool(LONE_TOOL, "app", line_department=LONE_DEPARTMENT, note=LONE_NOTE)],
            [(0, date(2026, 11, 16), 45)], [Quota("孤山镇专用APP", target_count=50, note=LONE_NOTE)], [])
        with storage.db.atomic():
            # One cadre of 基层国有企事业单位 in the whole county; the others of that type become 乡镇机关.
            ids = [r[0] for r in storage.db.execute(
                "SELECT id FROM respondent WHERE unit_type = ? ORDER BY id", [LONE_UNIT_TYPE])]
            storage.db.execute("UPDATE respondent SET unit_type = 'township_organ' WHERE unit_type = ? AND id != ?",
                               [LONE_UNIT_TYPE, ids[0]])
        storage.add_wave(DEMO_WAVE)
        with storage.db.atomic():
            storage.db.execute("UPDATE respondent SET wave_id = ?", [DEMO_WAVE.id])
        create_wave_key(storage, DEMO_WAVE.id, PASSPHRASE)
    finally:
        storage.close()
    return {"township": lone_town, "unit_type": ids[0]}


def copy_to(source: Path, folder: Path) -> Path:
    """A copy of the county for one test, so that what a test writes (audit lines) stays its own."""
    target = folder / "county.db"
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return target
