"""Optional one-time participation codes: each printed code lets one response in, once; invented respondents,
guessed or reused codes are refused; the returns count codes per unit; who got which slip is never recorded."""

import sqlite3

import pytest
from test_import import TODAY, WAVE, Cadre

from burden_survey.store.storage import Storage
from burden_survey.survey_files import participation
from burden_survey.survey_files.filestore import export_aggregate, participation_key
from burden_survey.survey_files.importer import import_paths
from burden_survey.system.errors import InputRejected


@pytest.fixture
def organiser(storage):
    storage.add_wave(WAVE)
    return storage


@pytest.fixture
def slips(organiser):
    return participation.make_codes(organiser, WAVE.id, {"东港镇": 2, "锡北镇": 1})


def typed(cadre: Cadre, code: str | None) -> Cadre:
    """What the export dialog keeps when the cadre types the code from their slip."""
    cadre.storage.set_setting(participation_key(WAVE.id, cadre.storage.self_id), code or "")
    return cadre


def imported(storage, *paths):
    return [(r.status, r.reason) for r in import_paths(storage, list(paths), today=TODAY).results]


def test_only_hashes_and_units_are_kept_and_nothing_links_a_code_to_a_person(organiser, slips):
    stored = organiser.db.execute("SELECT code_hash, unit, respondent_id FROM participation_code").fetchall()
    assert len(stored) == 3 and {unit for _, unit, _ in stored} == {"东港镇", "锡北镇"}
    every_code = [code for codes in slips.values() for code in codes]
    assert not any(code in str(row) for row in stored for code in every_code)
    assert all(respondent is None for _, _, respondent in stored)


def test_a_code_lets_one_response_in_once_and_its_revisions_after_it(organiser, slips, tmp_path):
    code = slips["东港镇"][0]
    first, second = typed(Cadre(tmp_path / "a", 1), code), typed(Cadre(tmp_path / "b", 2), code)
    assert imported(organiser, first.export())[0][0] == "imported"
    status, reason = imported(organiser, second.export())[0]
    assert status == "rejected" and "已被另一份答卷使用" in reason
    first.change_an_answer()
    assert imported(organiser, first.export("again.bsurvey"))[0][0] == "replaced"
    assert participation.code_returns(organiser, WAVE.id) == [
        participation.UnitCodes("东港镇", 2, 1), participation.UnitCodes("锡北镇", 1, 0)]


@pytest.mark.parametrize("code, reason", [(None, "缺少参与码"), ("ACDEFGHJKM", "不是这一批次发出的")])
def test_a_response_without_a_code_or_with_an_invented_one_is_refused(organiser, slips, tmp_path, code, reason):
    status, said = imported(organiser, typed(Cadre(tmp_path / "c", 3), code).export())[0]
    assert status == "rejected" and reason in said


def test_a_code_moved_to_another_signed_response_breaks_its_signature(organiser, slips, tmp_path):
    """Someone who saw a code in an aggregate cannot put it on an invented response of their own."""
    path = typed(Cadre(tmp_path / "d", 4), slips["锡北镇"][0]).export()
    conn = sqlite3.connect(path)
    for table in ("manifest_response", "respondent"):
        column = "participation_code"
        conn.execute(f"UPDATE {table} SET {column} = ?", [slips["东港镇"][1]])
    conn.commit()
    conn.close()
    status, reason = imported(organiser, path)[0]
    assert status == "rejected" and "签名无效" in reason


def test_a_township_passes_codes_up_and_the_organiser_checks_each_response_alone(organiser, slips, tmp_path):
    township = Storage.open(tmp_path / "township.db")  # holds no codes: it takes what its cadres send
    township.add_wave(WAVE)
    good = typed(Cadre(tmp_path / "e", 5), slips["东港镇"][1]).export()
    invented = typed(Cadre(tmp_path / "f", 6), None).export()
    assert [s for s, _ in imported(township, good, invented)] == ["imported", "imported"]
    export_aggregate(township, WAVE.id, tmp_path / "up.bsurvey")
    [(status, reason)] = imported(organiser, tmp_path / "up.bsurvey")
    assert status == "imported" and "新增 1，拒绝 1" in reason and "缺少参与码" in reason
    township.close()


@pytest.mark.parametrize("typed_text, stored", [(" acdef-ghjkm ", "ACDEFGHJKM"), ("ACDEF GHJKM", "ACDEFGHJKM"),
                                                ("", None)])
def test_what_a_cadre_types_is_read_leniently(typed_text, stored):
    assert participation.normalised(typed_text) == stored


@pytest.mark.parametrize("typed_text", ["ACDEF-GHJK", "ACDEF-GHJK0", "=HYPERLINK()"])
def test_what_cannot_be_a_code_is_refused_at_the_field(typed_text):
    with pytest.raises(InputRejected, match="参与码"):
        participation.normalised(typed_text)
