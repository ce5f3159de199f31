"""A deterministic sample county: realistic respondents, tools, minutes, quotas and answers (DOMAIN.md §5)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from burden_survey.store.first_look import ROLE_SETTING
from burden_survey.store.storage import SELF_KEY, Storage
from burden_survey.survey.choices import (
    ACTIONS,
    CONSEQUENCES,
    FORMALITY_ACTIONS,
    GROUP_PURPOSES,
    GROUP_SIZES,
    INSTANT_RESPONSE,
    MESSAGE_BANDS,
    POSTS,
    QUOTA_METHODS,
    QUOTA_TARGET_GROUPS,
    STAFFING,
    TENURE_BANDS,
    UNIT_TYPES,
    WORK_GROUP,
)
from burden_survey.survey.divisions import DIVISION_YEAR
from burden_survey.survey.model import Profile, Quota, RuleAnswer, Tool, suggested_formality_share
from burden_survey.survey.notice import NOTICE_VERSION
from burden_survey.survey.questions import QUESTIONNAIRE_VERSION, QUESTIONS
from burden_survey.survey.survey_file import Wave, default_file_name
from burden_survey.survey.workdays import is_workday
from burden_survey.survey_files.filestore import export_response
from burden_survey.system import fileops
from burden_survey.system.scratch import ScratchFolder

# 江苏省无锡市锡山区 and some of its townships; codes follow the 6 + 3 + 3 pattern.
COUNTY = ("320000", "320200", "320205")
TOWNSHIPS = [("东港镇", "101"), ("锡北镇", "102"), ("羊尖镇", "103"), ("鹅湖镇", "104"),
             ("东北塘街道", "002"), ("东亭街道", "003")]

APPS = [
    ("学习强国", "app", "central", "宣传部"), ("i国网", "app", "central", "国资"),
    ("智慧党建", "app", "city", "组织部"), ("网格通", "app", "county", "政法委"),
    ("平安建设", "app", "county", "政法委"), ("安全生产巡查", "app", "county", "应急管理"),
    ("河长制", "app", "province", "水利"), ("全国防返贫监测信息系统", "pc_system", "central", "农业农村"),
    ("一表通", "pc_system", "county", "大数据局"), ("苏服办", "app", "province", "数据局"),
    ("防溺水打卡", "mini_program", "county", "教育"), ("文明实践", "mini_program", "county", "宣传部"),
    ("志愿汇", "mini_program", "city", "团委"), ("青年大学习", "official_account", "province", "团委"),
    ("本地融媒体中心", "official_account", "county", "宣传部"), ("融媒体视频号", "video_account", "county", "宣传部"),
    ("掌上工会", "app", "province", "工会"), ("林长制巡护", "app", "province", "林业"),
]
GROUP_TOPICS = ["镇干部", "村两委", "网格员", "防汛抗旱", "森林防火", "创文创卫", "乡村振兴", "党建", "综治维稳",
                "安全生产", "环境整治", "医保征缴", "养老认证", "人口普查", "疫苗接种", "消防检查", "信访维稳", "河长"]
GROUP_PLATFORMS = ["wechat", "wecom", "dingtalk", "gov_wechat", "qq"]


DEMO_WAVE = Wave("DEMO2026", "示例县2026年第四季度调查", QUESTIONNAIRE_VERSION)


def write_demo(path: Path | str, respondents: int, seed: int, replace: bool = False,
               until: date | None = None, days: int = 30, apps: tuple[int, int] = (5, 15),
               groups: tuple[int, int] = (10, 60)) -> str:
    """Fill a database with `respondents` sample cadres; the same seed and `until` give the same data."""
    path = Path(path)
    if replace and path.exists():
        for suffix in ("", "-wal", "-shm"):
            fileops.unlink(Path(str(path) + suffix))
    until = until or date.today()
    rng = random.Random(seed)
    recall = random.Random(f"{seed} recall")  # its own stream: the rest of the county stays as it was
    storage = Storage.open(path)
    try:
        first = None
        for _ in range(respondents):
            profile, tools, minutes, quotas, answers = _respondent(rng, until, days, apps, groups)
            profile.usual_minutes, minutes = _recalled(recall, minutes, until)
            rid = storage.add_respondent_bundle(profile, tools, minutes, quotas, answers)
            first = first or rid
        if storage.get_setting(SELF_KEY) is None:
            storage.set_setting(SELF_KEY, first)
        if storage.notice_acknowledged_at() is None:
            storage.acknowledge_notice(NOTICE_VERSION)
        if storage.get_setting(ROLE_SETTING) is None:  # a sample to look round in: a cadre's pages and a supervisor's
            storage.set_setting(ROLE_SETTING, "both")
        counts = storage.counts()
    finally:
        storage.close()
    return f"{counts['respondents']} 名干部，{counts['tools']} 个工具，{counts['daily_minutes']} 条每日用时"


def write_demo_files(out_dir: Path | str, respondents: int, seed: int, until: date | None = None,
                     wave: Wave = DEMO_WAVE, **sizes) -> list[Path]:
    """One cadre survey file per sample respondent, as a supervisor would receive them."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    until = until or date.today()
    with ScratchFolder("demo") as scratch:
        write_demo(scratch.file("county.db"), respondents, seed, until=until, **sizes)
        storage = Storage.open(scratch.file("county.db"), identity=False)
        try:
            paths = []
            ids = [r[0] for r in storage.db.execute("SELECT id FROM respondent ORDER BY rowid")]
            for rid in ids:
                profile = storage.load_profile(rid)
                name = default_file_name(profile.county_code, profile.township_name, wave.id, until)
                while out_dir / name in paths:  # random suffixes: two alike in one folder would overwrite
                    name = default_file_name(profile.county_code, profile.township_name, wave.id, until)
                export_response(storage, wave, out_dir / name, source_id=rid)
                paths.append(out_dir / name)
        finally:
            storage.close()
    return paths


def _respondent(rng: random.Random, until: date, days: int, apps: tuple[int, int], groups: tuple[int, int]):
    township, code = rng.choice(TOWNSHIPS)
    profile = Profile(
        province_code=COUNTY[0], city_code=COUNTY[1], county_code=COUNTY[2], division_year=DIVISION_YEAR,
        township_name=township, township_code=f"{COUNTY[2]}{code}000",
        unit_type=rng.choice(UNIT_TYPES.codes()), post=rng.choice(POSTS.codes()),
        tenure=rng.choice(TENURE_BANDS.codes()), staffing=rng.choice(STAFFING.codes()),
        work_phone=rng.random() < 0.3,
    )
    tools = [_app(rng, *spec) for spec in rng.sample(APPS, rng.randint(*apps))]
    tools += [_group(rng, topic) for topic in _group_names(rng, rng.randint(*groups))]
    minutes = _minutes(rng, tools, until, days)
    quotas = [_quota(rng, until) for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))]
    answers = [_answer(rng, q.code, q.problem_answer) for q in QUESTIONS]
    return profile, tools, minutes, quotas, answers


def _app(rng, name, kind, level, department) -> Tool:
    actions = rng.sample(ACTIONS.codes(), rng.randint(1, 4))
    ranked = rng.choice(["no", "no", "internal", "notified"])
    return Tool(
        name=name, kind=kind, platform="standalone" if kind in ("app", "pc_system") else "wechat",
        sponsor_level=level, line_department=department, obligation=rng.choice(["verbal", "document", "assessed", "voluntary"]),
        frequency=rng.choice(["daily", "daily", "weekly", "irregular"]), after_hours=rng.choice(["never", "sometimes", "weekly", "daily"]),
        actions=actions, ranked=ranked, rank_metric="积分" if ranked != "no" else "",
        rank_frequency="weekly" if ranked != "no" else None,
        consequences=rng.sample(CONSEQUENCES.codes()[1:], rng.randint(1, 2)) if ranked != "no" else ["none"],
        usefulness=rng.choices([1, 2, 3, 4, 5], weights=[3, 4, 3, 2, 1])[0],
        formality_share=suggested_formality_share(actions),  # the sample cadre picks the share the actions suggest
    )


def _group_names(rng, n: int) -> list[str]:
    names = []
    for i in range(n):
        topic = GROUP_TOPICS[i % len(GROUP_TOPICS)]
        names.append(f"{topic}工作群" if i < len(GROUP_TOPICS) else f"{topic}专项群{i // len(GROUP_TOPICS) + 1}")
    return names


def _group(rng, name: str) -> Tool:
    purpose = rng.choice(GROUP_PURPOSES.codes())
    actions = rng.sample(["chain_reply", "instant_reply", "photo_video", "report_form", "screenshot"], rng.randint(1, 3))
    return Tool(
        name=name, kind=WORK_GROUP, platform=rng.choice(GROUP_PLATFORMS), sponsor_level=rng.choice(["county", "township"]),
        obligation=rng.choice(["verbal", "document"]), frequency="daily", after_hours=rng.choice(["sometimes", "weekly", "daily"]),
        actions=actions, usefulness=rng.randint(1, 5), group_purpose=purpose,
        group_temporary_undissolved=purpose == "temporary" and rng.random() < 0.6,
        group_size=rng.choice(GROUP_SIZES.codes()), group_instant_response=rng.choice(INSTANT_RESPONSE.codes()),
        group_messages=rng.choice(MESSAGE_BANDS.codes()),
        formality_share=100 if all(a in FORMALITY_ACTIONS for a in actions) else rng.choice([25, 50, 75]),
    )


def _minutes(rng, tools: list[Tool], until: date, days: int) -> list[tuple[int, date, int]]:
    """A daily load of 20–180 minutes on workdays (less on days off, holidays too), spread over the tools by weight."""
    mean = rng.uniform(20, 180)
    weights = [rng.uniform(0.5, 3.0) if not t.is_group else rng.uniform(0.05, 0.6) for t in tools]
    return spread_minutes(rng, weights, mean, until, days, wobble=0.25, day_off=0.3)


def spread_minutes(rng, weights: list[float], load: float, until: date, days: int, wobble: float,
                   day_off: float) -> list[tuple[int, date, int]]:
    """Each of `days` up to `until`: a day's load around `load` (± `wobble` of it; `day_off` of it on a day off),
    shared out over the tools by weight, each share itself ± 40 %."""
    entries = []
    for offset in range(days):
        day = until - timedelta(days=offset)
        today = max(5.0, rng.gauss(load, load * wobble)) * (1.0 if is_workday(day) else day_off)
        share = today / sum(weights)
        for i, weight in enumerate(weights):
            minutes = min(600, round(weight * share * rng.uniform(0.6, 1.4)))
            if minutes > 0:
                entries.append((i, day, minutes))
    return entries


def _recalled(rng, minutes: list[tuple[int, date, int]], until: date) -> tuple[int | None, list[tuple]]:
    """The cadre's estimate of a workday (most give one, above what they log: recall overstates) and each day's
    entry band (most days on the day, some caught up a few days later: a cadre's habit, not each day's chance)."""
    totals: dict[date, int] = {}
    for _, day, m in minutes:
        totals[day] = totals.get(day, 0) + m
    workdays = [total for day, total in totals.items() if is_workday(day)]
    logged = sum(workdays) / len(workdays) if workdays else 0
    estimate = None if rng.random() < 0.15 else min(1440, round(logged * rng.lognormvariate(0.3, 0.25), -1))
    late = rng.choice([0.05, 0.1, 0.2, 0.5])
    bands = {day: "same_day" if day == until or rng.random() > late else
             "within_two_days" if rng.random() < 0.5 else "later" for day in sorted(totals)}
    return estimate, [(i, day, m, bands[day]) for i, day, m in minutes]


def _quota(rng, until: date) -> Quota:
    target = rng.choice([50, 100, 160, 200, 300])
    return Quota(
        tool_name=rng.choice(["苏服办", "国家反诈中心", "个人所得税", "国家医保服务平台", "掌上12348"]),
        assigned_by=rng.choice(["province", "city", "county", "township"]),
        target_group=rng.choice(QUOTA_TARGET_GROUPS.codes()), target_count=target, target_basis="fixed",
        deadline=until + timedelta(days=rng.randint(-40, 40)), counted_in_assessment=rng.random() < 0.6,
        methods=rng.sample(QUOTA_METHODS.codes(), rng.randint(1, 3)),
        achieved_count=round(target * rng.uniform(0.3, 1.1)), hours_spent=round(rng.uniform(2, 40), 1),
    )


def _answer(rng, code: str, problem_answer: str) -> RuleAnswer:
    answer = rng.choices(["yes", "no", "unknown", "na"], weights=[4, 4, 2, 1])[0]
    details = {}
    if answer == "yes" and code == "Q15":
        details = {"systems": rng.randint(2, 6)}
    elif answer == "yes" and code == "Q14":
        details = {"frequency": rng.choice(["weekly", "monthly"]), "consequences": ["written_notice"]}
    return RuleAnswer(code, answer, details)
