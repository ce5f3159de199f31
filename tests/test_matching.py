"""Matching the tool names cadres type to the county's app registry: what merges, what never does, and decisions."""

from datetime import date

import pytest

from burden_survey.registry import registry
from burden_survey.system.errors import InputRejected
from burden_survey.registry.matching import confirm, initials, mark_unregistered, normalize, reject, resolve, similarity
from burden_survey.registry.matching import suggest_matches, tool_apps, unregistered
from burden_survey.survey.model import Profile, Tool
from burden_survey.registry.registry import RegistryApp

from burden_survey.disclosure.guard import Guard
from burden_survey.disclosure.policy import Policy

EXACT = Guard(Policy(), keys=None)  # counts by hand; the noise is test_disclosure*.py's
MONDAY = date(2026, 11, 16)


def register(storage, name, kind="app"):
    return registry.save_app(storage, RegistryApp(name=name, kind=kind, owner_unit="县委组织部")).id


def report(storage, name, kind="app", minutes=0, respondents=1):
    """`respondents` cadres each report a tool by this name, with `minutes` logged on one Monday each (an import)."""
    for _ in range(respondents):
        logged = [(0, MONDAY, minutes)] if minutes else []
        storage.add_respondent_bundle(Profile(township_name="城关镇"), [Tool(name=name, kind=kind)], logged, [], [])


# -- normalising ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["学习强国APP", "学习强国 ", " 学习 强国", "学习强国app", "学习强国ＡＰＰ",
                                   "学习强国（手机版）", "学习强国客户端", "学习强国·", "学习强国APP客户端"])
def test_the_ways_cadres_type_one_app_share_one_key(typed):
    assert normalize(typed) == "学习强国"


def test_full_width_letters_and_digits_become_half_width_and_lower_case():
    assert normalize("ＸＸＱＧ") == "xxqg"
    assert normalize("掌上１２３４５") == "掌上12345"


def test_words_that_tell_tools_apart_are_kept():
    assert normalize("防汛群") == "防汛群"
    assert normalize("人口信息系统") == "人口信息系统"
    assert normalize("平台") == "平台"
    assert normalize("WhatsApp") == "whatsapp"


def test_initials_are_pinyin_first_letters_with_latin_and_digits_kept():
    assert initials("学习强国") == "xxqg"
    assert initials("学习强国APP") == "xxqg"
    assert initials("掌上12345") == "zs12345"
    assert initials("i国网") == "igw"


# -- what merges and what never does --------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["学习强国APP", "学习强国 ", "xxqg", "XXQG", "學習強國", "学习强国（手机版）"])
def test_names_of_the_same_app_score_above_the_threshold(typed):
    assert similarity(typed, "学习强国") >= 0.8


@pytest.mark.parametrize("a, b", [("学习强国", "学习兴税"), ("掌上12345", "掌上12348"), ("i国网", "国网"),
                                  ("浙里办", "浙里学"), ("粤省事", "粤商通"), ("防汛群", "防汛APP")])
def test_names_of_different_tools_score_below_the_threshold(a, b):
    assert similarity(a, b) < 0.8


def test_digits_must_agree_exactly_however_alike_the_rest():
    assert similarity("浙江省掌上12345热线", "浙江省掌上12348热线") == 0


def test_traditional_characters_are_suggested_but_never_matched_automatically(storage):
    app = register(storage, "学习强国")
    report(storage, "學習強國", respondents=2)
    assert tool_apps(storage) == {}
    [suggestion] = suggest_matches(storage)
    assert (suggestion.app_id, suggestion.reason) == (app, "读音相同（可能是繁体或错别字）")


# -- suggestions ------------------------------------------------------------------------------------------------
def test_suggestions_explain_themselves_and_put_the_most_reported_name_first(storage):
    app, other = register(storage, "学习强国"), register(storage, "浙政钉")
    report(storage, "xxqg", respondents=2)
    report(storage, "学习强国APP", respondents=5)
    report(storage, "浙政钉客户端", respondents=6)
    suggestions = suggest_matches(storage, guard=EXACT)
    assert [(s.reported, s.respondents, s.app_id, s.reason) for s in suggestions] == [
        ("浙政钉客户端", 6, other, "去掉「客户端」后相同"),
        ("学习强国APP", 5, app, "去掉「APP」后相同"),
        ("xxqg", None, app, "拼音首字母相同"),  # two people: named for the match, never counted, listed last
    ]


def test_a_name_spelt_like_the_registry_is_matched_without_asking(storage):
    app = register(storage, "学习强国")
    report(storage, "学习强国 ")
    assert suggest_matches(storage) == []
    assert list(tool_apps(storage).values()) == [app]


def test_a_work_group_is_never_matched_to_the_app_of_the_same_name(storage):
    register(storage, "防汛")
    report(storage, "防汛", kind="work_group")
    assert suggest_matches(storage) == []
    assert tool_apps(storage) == {}
    assert unregistered(storage) == [("防汛", "work_group", None, None)]


def test_a_retired_registry_entry_is_not_suggested(storage):
    app = register(storage, "浙政钉")
    registry.retire_app(storage, app)
    report(storage, "浙政钉APP")
    assert suggest_matches(storage) == []
    assert tool_apps(storage) == {}


# -- decisions ----------------------------------------------------------------------------------------------------
def test_a_confirmed_alias_resolves_later_respondents_without_a_new_suggestion(storage):
    app = register(storage, "学习强国")
    report(storage, "xxqg")
    confirm(storage, "xxqg", app)
    report(storage, "XXQG ")  # a later import: a new respondent types the same name
    assert suggest_matches(storage) == []
    assert resolve(storage)["xxqg"] == app
    assert set(tool_apps(storage).values()) == {app}
    assert len(tool_apps(storage)) == 2


def test_a_rejected_pair_is_never_suggested_or_matched_again(storage):
    app = register(storage, "学习强国")
    report(storage, "学习强国APP")
    reject(storage, "学习强国APP", app)
    report(storage, "学习强国app")
    assert suggest_matches(storage) == []
    assert "学习强国" not in resolve(storage)
    assert tool_apps(storage) == {}


def test_a_name_marked_unregistered_is_listed_and_no_longer_suggested(storage):
    register(storage, "浙里办")
    report(storage, "浙里办事", minutes=30)
    mark_unregistered(storage, "浙里办事")
    assert suggest_matches(storage, threshold=0.5) == []
    assert unregistered(storage) == [("浙里办事", "app", None, None)]  # one person: no count, no minutes


def test_deciding_about_an_app_that_does_not_exist_or_an_empty_name_is_refused(storage):
    with pytest.raises(InputRejected):
        confirm(storage, "学习强国", 999)
    with pytest.raises(InputRejected):
        reject(storage, "学习强国", 999)
    with pytest.raises(InputRejected):
        mark_unregistered(storage, "（ ）")


def test_resolve_maps_registry_names_and_confirmed_aliases(storage):
    study, tax = register(storage, "学习强国APP"), register(storage, "学习兴税")
    confirm(storage, "xxqg", study)
    assert resolve(storage) == {"学习强国": study, "学习兴税": tax, "xxqg": study}


# -- unregistered tools -------------------------------------------------------------------------------------------
def test_a_mini_program_that_took_over_a_closed_app_is_listed_with_respondents_and_minutes(storage):
    register(storage, "安全生产通")
    report(storage, "安全生产通APP", minutes=20, respondents=2)
    report(storage, "安全生产通小程序", kind="mini_program", minutes=25, respondents=6)
    report(storage, "村务接龙群", kind="work_group", minutes=10, respondents=1)
    assert unregistered(storage, guard=EXACT) == [("安全生产通小程序", "mini_program", 6, 150),
                                                  ("村务接龙群", "work_group", None, None)]


def test_unregistered_can_be_narrowed_to_one_wave(storage):
    report(storage, "村务接龙群", kind="work_group", minutes=10)
    assert unregistered(storage, wave_id="NO-SUCH-WAVE") == []


def test_deleted_tools_are_not_listed(storage):
    report(storage, "临时防疫群", kind="work_group")
    [tool_id] = [row[0] for row in storage.db.execute("SELECT id FROM tool")]
    storage.delete_tool(tool_id)
    assert unregistered(storage) == []

