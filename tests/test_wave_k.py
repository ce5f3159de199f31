"""A wave may raise k, the smallest group its figures describe, never lower it: from the organiser's setting through
the wave file to every output of the database that holds the wave."""

import json
import shutil
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from burden_survey.cli.demo import DEMO_WAVE, write_demo
from burden_survey.indicators.indicator_json import to_json
from burden_survey.indicators.indicators import Filters, compute
from burden_survey.spreadsheets import microdata
from burden_survey.store import audit
from burden_survey.store.storage import Storage
from burden_survey.store.wave_k import largest_k, raise_wave_k, wave_k
from burden_survey.survey.survey_file import Wave
from burden_survey.survey_files.wave_file import WaveFileRejected, load_wave_file, read_wave_file, write_wave_file
from burden_survey.system.errors import InputRejected


@pytest.fixture(scope="module")
def county_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("county") / "county.db"
    write_demo(path, 40, 7)
    return path


@pytest.fixture
def county(county_file, tmp_path):
    """A copy of 40 demo cadres in six townships of 3 to 11 (羊尖镇 has 7), with the demo wave at the floor k."""
    shutil.copyfile(county_file, tmp_path / "county.db")
    store = Storage.open(tmp_path / "county.db")
    store.add_wave(DEMO_WAVE)
    yield store
    store.close()


def townships(store) -> dict[str, bool]:
    return {t.township: t.suppressed for t in compute(store).township_kinds}


def test_a_wave_that_raises_k_hides_every_group_smaller_than_it(county):
    assert townships(county)["羊尖镇"] is False  # 7 cadres: shown at the floor of 5

    raise_wave_k(county, DEMO_WAVE.id, 10)

    assert townships(county)["羊尖镇"] is True
    figures = to_json(compute(county))
    assert figures["k"] == 10 and figures["respondents"] == 40  # the county itself is still shown
    hidden = next(t for t in figures["township_kinds"] if t["township"] == "羊尖镇")
    assert hidden["n"] == "<10"


def test_a_township_filter_of_fewer_than_k_reads_less_than_k_not_its_count(county):
    raise_wave_k(county, DEMO_WAVE.id, 10)

    figures = to_json(compute(county, Filters(township="羊尖镇")))

    assert figures["respondents"] == "<10"


def test_lowering_k_is_refused_in_chinese_and_changes_nothing(county):
    raise_wave_k(county, DEMO_WAVE.id, 8)

    for lower in (7, 5, 3):
        with pytest.raises(InputRejected) as refused:
            raise_wave_k(county, DEMO_WAVE.id, lower)
        assert "最少显示人数" in str(refused.value) and "只能提高" in refused.value.advice
    with pytest.raises(InputRejected):
        raise_wave_k(county, DEMO_WAVE.id, 51)
    assert wave_k(county, DEMO_WAVE.id) == 8


def test_raising_k_is_in_the_audit_log(county):
    raise_wave_k(county, DEMO_WAVE.id, 12)

    last = audit.entries(county, "wave_k", limit=1)[0]
    assert last.wave_id == DEMO_WAVE.id and "5" in last.detail and "12" in last.detail


def test_a_wave_raised_in_one_wave_raises_it_for_every_output_of_the_database(county):
    county.add_wave(Wave("OTHER", "另一批次", DEMO_WAVE.questionnaire_version))
    raise_wave_k(county, "OTHER", 10)

    # The demo wave's figures, too: a threshold that changed with the chosen wave would let a group hidden in one
    # view be read off another.
    assert townships(county)["羊尖镇"] is True


def test_the_wave_file_carries_k_and_a_collector_who_loads_it_uses_it(county, tmp_path):
    raise_wave_k(county, DEMO_WAVE.id, 10)
    write_wave_file(county, DEMO_WAVE.id, tmp_path / "wave.bwave")
    collector = Storage.open(tmp_path / "township.db")
    try:
        load_wave_file(collector, tmp_path / "wave.bwave")
        assert wave_k(collector, DEMO_WAVE.id) == 10
        assert largest_k(collector) == 10
    finally:
        collector.close()


def test_a_wave_file_without_k_never_lowers_the_k_a_database_already_has(county, tmp_path):
    raise_wave_k(county, DEMO_WAVE.id, 10)
    other = Storage.open(tmp_path / "plain.db")
    try:
        other.add_wave(DEMO_WAVE)
        write_wave_file(other, DEMO_WAVE.id, tmp_path / "plain.bwave")
    finally:
        other.close()
    assert "k" not in json.loads((tmp_path / "plain.bwave").read_text(encoding="utf-8"))

    load_wave_file(county, tmp_path / "plain.bwave")

    assert wave_k(county, DEMO_WAVE.id) == 10


@pytest.mark.parametrize("k", [3, 0, -5, 51, 10_000, "10", 7.5, True, [10]])
def test_a_wave_file_asking_for_an_impossible_k_is_refused_naming_the_field(county, tmp_path, k):
    write_wave_file(county, DEMO_WAVE.id, tmp_path / "wave.bwave")
    data = json.loads((tmp_path / "wave.bwave").read_text(encoding="utf-8"))
    data["k"] = k
    (tmp_path / "bad.bwave").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    with pytest.raises(WaveFileRejected) as refused:
        read_wave_file(tmp_path / "bad.bwave")
    assert "bad.bwave" in str(refused.value) and "「k」" in str(refused.value)


def test_the_de_identified_workbook_merges_to_groups_of_the_waves_k(tmp_path):
    write_demo(tmp_path / "big.db", 120, 3)
    store = Storage.open(tmp_path / "big.db")
    try:
        store.add_wave(DEMO_WAVE)
        raise_wave_k(store, DEMO_WAVE.id, 15)
        path = microdata.export_xlsx(store, tmp_path / "out.xlsx")
    finally:
        store.close()
    book = load_workbook(path, read_only=True)
    rows = list(book["答卷"].iter_rows(values_only=True))
    book.close()
    heading, body = rows[0], [r for r in rows[1:] if r and r[0] is not None]
    profile = [i for i, h in enumerate(heading) if h in ("乡镇（街道）", "单位类型", "岗位", "任职年限", "编制性质")]
    groups = {}
    for row in body:
        key = tuple(row[i] for i in profile)
        groups[key] = groups.get(key, 0) + 1
    assert body and min(groups.values()) >= 15


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "burden_survey", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_the_command_line_registers_a_wave_with_k_and_refuses_a_lower_one(tmp_path):
    db = tmp_path / "cli.db"

    made = run_cli("wave", "--db", str(db), "--id", "W1", "--title", "批次一", "--k", "8")
    lower = run_cli("wave", "--db", str(db), "--id", "W1", "--title", "批次一", "--k", "6")
    below_floor = run_cli("wave", "--db", str(db), "--id", "W2", "--title", "批次二", "--k", "3")

    assert made.returncode == 0 and "最少显示人数 8 人" in made.stdout
    assert lower.returncode != 0 and "只能提高" in lower.stderr and "Traceback" not in lower.stderr
    assert below_floor.returncode == 2 and "--k" in below_floor.stderr
    store = Storage.open(db)
    try:
        assert wave_k(store, "W1") == 8 and wave_k(store, "W2") is None
    finally:
        store.close()


def test_restoring_an_older_backup_never_lowers_k(county):
    from burden_survey.store.backups import make_backup, restore

    older = make_backup(county, "manual")
    raise_wave_k(county, DEMO_WAVE.id, 10)

    restore(county, older)

    assert wave_k(county, DEMO_WAVE.id) == 10 and townships(county)["羊尖镇"] is True


def test_a_wave_file_that_raises_k_says_so_in_the_audit_log(county, tmp_path):
    other = Storage.open(tmp_path / "organiser.db")
    try:
        other.add_wave(DEMO_WAVE)
        raise_wave_k(other, DEMO_WAVE.id, 9)
        write_wave_file(other, DEMO_WAVE.id, tmp_path / "wave.bwave")
    finally:
        other.close()

    load_wave_file(county, tmp_path / "wave.bwave")

    last = audit.entries(county, "wave_k", limit=1)[0]
    assert "wave.bwave" in last.detail and "9" in last.detail and wave_k(county, DEMO_WAVE.id) == 9
