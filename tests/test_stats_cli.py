"""`burden-survey stats` prints the indicators: JSON with stable keys for scripts, a few lines for people."""

import json
import re
import subprocess
import sys

import pytest

from burden_survey.indicators.figures import Filters

from burden_survey.indicators.indicators import compute
from burden_survey.store.storage import Storage
from known_county import add_known_respondents

TOP_KEYS = {
    "filters", "respondents", "returned_of_expected", "minutes_per_workday", "formality_minutes_per_workday",
    "formality_share", "formality_share_interval", "tools_per_respondent", "after_hours", "top_tools_by_minutes",
    "top_tools_by_respondents",
    "by_sponsor_level", "by_line_department", "groups_per_respondent", "groups_instant_response",
    "respondents_with_instant_groups", "repeated_reporting", "repeated_reporting_systems", "quotas", "rules",
    "township_kinds", "waves", "k", "minutes_histogram", "diary_check", "entered_promptly",
}


def run(*args):
    return subprocess.run([sys.executable, "-m", "burden_survey", "stats", *map(str, args)],
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("county") / "county.db"
    storage = Storage.open(path)
    add_known_respondents(storage)
    storage.close()
    return path


def test_stats_json_prints_the_same_figures_as_compute(db):
    result = run("--db", db, "--json")
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    storage = Storage.open(db)
    ind = compute(storage)
    storage.close()
    assert set(printed) == TOP_KEYS
    assert printed["respondents"] == ind.respondents == 7
    minutes = printed["minutes_per_workday"]
    # The same noise every time it is asked, by the CLI or in the program: 50 minutes give or take the noise, to 5.
    assert (minutes["mean"], minutes["median"], minutes["p90"]) == (ind.minutes_per_workday.mean, None, None)
    assert minutes["mean"] in (40, 45, 50, 55, 60) and printed["k"] == 5
    labels = [t["label"] for t in printed["top_tools_by_minutes"]]
    assert labels == ["学习强国", "其他（少于 5 人填报）"]  # 网格通 (four people) is never named


def test_stats_filters_by_township_and_suppresses_small_ones(db):
    printed = json.loads(run("--db", db, "--json", "--township", "锡北镇").stdout)
    assert printed["respondents"] == "<5"  # two, but a small group is never given with its count
    assert printed["filters"]["township"] == "锡北镇"
    assert printed["minutes_per_workday"]["mean"] == "<5"
    storage = Storage.open(db)
    assert compute(storage, Filters(township="锡北镇")).minutes_per_workday.mean is None
    storage.close()


def test_stats_without_json_prints_a_short_summary_in_chinese(db):
    result = run("--db", db)
    assert result.returncode == 0
    first, second = result.stdout.splitlines()[:2]
    assert first == "答卷 7 份"
    assert re.fullmatch(r"人均每工作日用时（分钟）：平均 (40|45|50|55|60)\.0，中位数 —，90%分位 —", second)


def test_stats_refuses_a_missing_database_or_an_unknown_wave(db, tmp_path):
    missing = run("--db", tmp_path / "nowhere.db", "--json")
    assert missing.returncode == 2 and "找不到数据文件" in missing.stderr
    assert not (tmp_path / "nowhere.db").exists()
    unknown = run("--db", db, "--json", "--wave", "2099Q1")
    assert unknown.returncode == 2 and "没有调查批次" in unknown.stderr
