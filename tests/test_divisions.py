"""The bundled GB/T 2260 list: provinces, cascades, cities without counties and readable full names."""

import pytest

from burden_survey.survey import divisions


def test_there_are_31_provinces():
    provinces = divisions.provinces()
    assert len(provinces) == 31
    assert {"北京市", "江苏省", "新疆维吾尔自治区"} <= {p.name for p in provinces}


def test_every_code_has_six_digits_and_a_known_parent():
    for division in divisions._all().values():
        assert len(division.code) == 6 and division.code.isdigit()
        if division.level != "province":
            assert divisions.get(division.parent) is not None, division


def test_wuxi_lists_xishan_among_its_counties():
    assert divisions.get("320200").name == "无锡市"
    assert "锡山区" in [c.name for c in divisions.counties("320200")]


@pytest.mark.parametrize("code, name", [("441900", "东莞市"), ("442000", "中山市"),
                                        ("460400", "儋州市"), ("620200", "嘉峪关市")])
def test_a_city_without_counties_stands_for_itself(code, name):
    (only,) = divisions.counties(code)
    assert only.code == code
    assert name in only.name
    assert only.level == "county"


def test_full_name_joins_province_city_and_county():
    assert divisions.full_name("320205") == "江苏省无锡市锡山区"


def test_a_municipality_district_skips_the_pseudo_city():
    assert divisions.get("110100").name == "市辖区"
    assert divisions.full_name("110105") == "北京市朝阳区"


def test_a_county_directly_under_the_province_skips_the_pseudo_parent():
    assert "省直辖县级行政区划" in [c.name for c in divisions.cities("410000")]
    assert divisions.full_name("419001") == "河南省济源市"


def test_a_city_without_counties_is_named_once():
    assert divisions.full_name("441900") == "广东省东莞市"


def test_unknown_or_missing_codes_give_nothing():
    assert divisions.get(None) is None
    assert divisions.get("999999") is None
    assert divisions.full_name("") == ""
    assert divisions.counties("999999") == []
