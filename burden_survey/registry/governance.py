"""The governance view: the burden each registry app puts on cadres, the 关停并转 candidates, clean-up progress.

Burden per registry app (`app_burdens`): the reported tools that resolve to the app (matching.tool_apps:
confirmed aliases, rejections and kinds honoured), of one wave's respondents or of all.
- respondents: distinct respondents reporting such a tool (burdened); below k the app is `suppressed`
  and every figure resting on those people (minutes per workday, usefulness, forced features, ranking, quotas,
  violations) must be shown as "<5"; the figures are then None or empty. Every figure shown comes from the
  disclosure guard (perturbed by cell key, rounded to what the group supports), and apps are ordered by those
  shown figures, the suppressed ones after them by name: a place in the list never tells a hidden number.
- minutes per workday: the workday minutes on those tools ÷ those respondents' logged workdays.
- forced features: per action (打卡, 签到, 刷积分, 在线时长, 截图, 照片/视频, 轨迹), respondents who must do it
  on the app; ranked: respondents whose answer on ranking is not 否.
- quotas: download quotas whose tool name resolves (matching.resolve) to the app: count, target, achieved.
- violations: burdened respondents who gave the problem answer to at least one app-related rule question
  (questions.APP_QUESTIONS: all but the work groups'). The questionnaire asks about apps in general, so this is per respondent, not proof that
  this app broke the rule.

Candidates to close or merge (`candidates`) — not a composite index. An app still 在用 or 整改中 is listed when
at least two of these three signals hold, each printed as a reason with its figure:
1. heavy burden: minutes per workday ≥ the median of the registry apps that have the figure (apps with at
   least 5 respondents and a logged workday), or one forced feature (an action above, or ranking) reported
   by ≥ 5 respondents;
2. little use: usefulness ≤ 2.5 on average (1–5), or monthly actives < 10% of registered users;
3. overlapping functions: similar apps named in the registry, or another live registry app of the same owner
   level whose name is similar (matching.similarity ≥ 0.8).
Little use + overlap → 整合 (迁移至省级平台 when a target platform is set); otherwise → 关停. A county cannot close
or merge an app that a central or provincial department runs: for those the list says 向上级反映. An app with fewer
than 5 burdened respondents can be listed only on registry facts (monthly actives, overlap), never on figures
that rest on those few people. Forced features recorded in the registry are added as a reason, not a signal.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from burden_survey.disclosure.guard import Guard, guard_for
from burden_survey.disclosure.policy import K_DEFAULT, Policy, to_step
from burden_survey.indicators import shown
from burden_survey.survey.choices import ACTIONS
from burden_survey.survey.questions import APP_QUESTIONS, QUESTIONS_BY_CODE

from . import app_fields
from . import governance_sql as sql
from . import matching, registry

FORCED_ACTIONS = ("check_in", "sign_in", "points", "online_time", "screenshot", "photo_video", "track")
LIVE_STATUSES = ("in_use", "rectifying")  # the statuses a candidate can have
HEAVY_FORCED = 5  # respondents reporting forced features that make a burden heavy
LOW_USEFULNESS = 2.5
LOW_ACTIVE_SHARE = 0.10
SIMILAR_NAME = 0.8
CLOSE, MERGE, MIGRATE = "关停", "整合", "迁移至省级平台"
REPORT_UP = "向上级反映"
UPPER_LEVELS = ("central", "province")


@dataclass(frozen=True)
class AppBurden:
    app_id: int
    name: str
    kind: str
    status: str
    disposition: str | None
    respondents: int  # perturbed; 0 only when nobody reports it
    minutes_per_workday: float | None
    total_minutes: int | None
    forced_reported: dict[str, int]
    ranked_respondents: int | None
    usefulness_mean: float | None
    quotas: tuple[int, int, int] | None  # (quotas, target total, achieved total); None when fewer than k hold them
    violations: int | None
    monthly_actives: int | None
    registered_users: int | None
    yearly_budget: float | None
    suppressed: bool
    k: int = K_DEFAULT  # the disclosure policy's: figures of fewer than k respondents read hidden_text

    @property
    def hidden_text(self) -> str:
        return Policy(self.k).short_text


@dataclass(frozen=True)
class Candidate:
    burden: AppBurden
    recommendation: str  # CLOSE, MERGE or MIGRATE
    reasons: list[str]


@dataclass(frozen=True)
class CleanupProgress:
    total: int
    by_status: dict[str, int]
    planned: int  # a disposition other than 保留 is set
    done: int  # migrated, closed or deregistered
    overdue: list[str]
    lacking_plan: list[str]


def app_burdens(storage, wave_id: str | None = None, guard: Guard | None = None) -> list[AppBurden]:
    """Every live registry app with its burden, the most minutes first (then most respondents, then name); the
    suppressed and the unreported last, by name. `guard` None: the database's own (a test of the sums passes one
    without noise)."""
    return [burden for _, burden in _burdens_with_apps(storage, wave_id, guard)]


def candidates(storage, wave_id: str | None = None, guard: Guard | None = None) -> list[Candidate]:
    """The 关停并转建议清单: apps with at least two signals (module docstring), in the order of app_burdens()."""
    return _candidates(_burdens_with_apps(storage, wave_id, guard))


def overview(storage, wave_id: str | None = None, today: date | None = None, guard: Guard | None = None):
    """(app_burdens, candidates, cleanup_progress) read once, for the meeting pack."""
    pairs = _burdens_with_apps(storage, wave_id, guard)
    return [b for _, b in pairs], _candidates(pairs), cleanup_progress(storage, today)


def _candidates(pairs: list[tuple[registry.RegistryApp, AppBurden]]) -> list[Candidate]:
    measured = [b.minutes_per_workday for _, b in pairs if b.minutes_per_workday is not None]
    median = statistics.median(measured) if measured else None
    apps = [app for app, _ in pairs]
    result = []
    for app, burden in pairs:
        if app.status not in LIVE_STATUSES:
            continue
        heavy, low_use, overlap = _heavy(burden, median), _low_use(burden), _overlap(app, apps)
        if sum(bool(s) for s in (heavy, low_use, overlap)) < 2:
            continue
        if app.owner_level in UPPER_LEVELS:
            recommendation = REPORT_UP  # not ours to close: the figures go to the department that runs it
        elif low_use and overlap:
            recommendation = MIGRATE if app.target_platform else MERGE
        else:
            recommendation = CLOSE
        reasons = heavy + low_use + overlap
        if app.forced_features:
            reasons.append("要求" + "、".join(app_fields.FORCED_FEATURES.label(f) for f in app.forced_features))
        result.append(Candidate(burden, recommendation, reasons))
    return result


def cleanup_progress(storage, today: date | None = None) -> CleanupProgress:
    """Where the clean-up stands over the live registry apps; overdue = planned date passed and not done."""
    today = today or date.today()
    apps = registry.list_apps(storage)
    by_status = {code: sum(app.status == code for app in apps) for code in app_fields.APP_STATUSES.codes()}
    done = [app for app in apps if app.status in registry.DONE_STATUSES]
    overdue = [app.name for app in apps
               if app.planned_date and app.planned_date < today and app.status not in registry.DONE_STATUSES]
    return CleanupProgress(
        total=len(apps), by_status=by_status,
        planned=sum(app.disposition not in (None, "keep") for app in apps), done=len(done), overdue=overdue,
        lacking_plan=[app.name for app in registry.apps_lacking_plan(storage)])


# -- burdens ------------------------------------------------------------------------------------------------------
def _burdens_with_apps(storage, wave_id: str | None,
                       guard: Guard | None) -> list[tuple[registry.RegistryApp, AppBurden]]:
    guard = guard or guard_for(storage)
    apps = registry.list_apps(storage)
    tools_of = defaultdict(list)
    answers = sql.tool_answers(storage.db, wave_id)
    for tool_id, app_id in matching.tool_apps(storage, wave_id).items():
        if tool_id in answers:
            tools_of[app_id].append(answers[tool_id])
    workdays = sql.logged_workdays(storage.db, wave_id)
    problems = {code: QUESTIONS_BY_CODE[code].problem_answer for code in APP_QUESTIONS
                if QUESTIONS_BY_CODE[code].problem_answer}
    violators = sql.respondents_answering(storage.db, wave_id, problems)
    quotas = _quotas_by_app(storage, wave_id)
    pairs = [(app, _burden(guard, app, tools_of[app.id], workdays, violators, quotas.get(app.id, {})))
             for app in apps]
    # The shown figures order the list; the suppressed and the unreported follow by name.
    return sorted(pairs, key=lambda pair: (pair[1].suppressed or not pair[1].respondents,
                                           -(pair[1].total_minutes or 0), -pair[1].respondents, pair[1].name))


def _burden(guard: Guard, app, tools: list[sql.ToolAnswers], workdays: dict[str, int], violators: set[str],
            quotas: dict[str, list[int]]) -> AppBurden:
    people = {t.respondent_id for t in tools}
    suppressed = guard.hidden(len(people))
    facts = dict(app_id=app.id, name=app.name, kind=app.kind, status=app.status, disposition=app.disposition,
                 monthly_actives=app.monthly_actives, registered_users=app.registered_users,
                 yearly_budget=app.yearly_budget)
    if suppressed:
        return AppBurden(**facts, respondents=guard.count(f"app:{app.id}:respondents", people),
                         minutes_per_workday=None, total_minutes=None, forced_reported={}, ranked_respondents=None,
                         usefulness_mean=None, quotas=None, violations=None, suppressed=True, k=guard.k)
    stat = f"app:{app.id}"
    minutes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rated: dict[str, list[int]] = defaultdict(list)
    done: dict[str, set[str]] = defaultdict(set)
    for t in tools:
        minutes[t.respondent_id][0] += t.minutes
        minutes[t.respondent_id][1] += t.workday_minutes
        if t.usefulness is not None:
            rated[t.respondent_id].append(t.usefulness)
        for action in set(json.loads(t.actions or "[]")) & set(FORCED_ACTIONS):
            done[action].add(t.respondent_id)
    days = sum(workdays.get(person, 0) for person in people)
    workday = guard.total(f"{stat}:workday_minutes", {p: m[1] for p, m in minutes.items()})
    usefulness = {p: sum(v) / len(v) for p, v in rated.items()}
    forced = {action: guard.count(f"{stat}:forced:{action}", done[action]) for action in FORCED_ACTIONS}
    return AppBurden(
        **facts, respondents=max(guard.k, guard.count(f"{stat}:respondents", people)),  # shown: never below k
        minutes_per_workday=to_step(workday / days, guard.policy.mean_step(len(people))) if days else None,
        total_minutes=round(guard.total(f"{stat}:minutes", {p: m[0] for p, m in minutes.items()})),
        forced_reported={action: n for action, n in forced.items() if n},
        ranked_respondents=guard.count(f"{stat}:ranked",
                                       {t.respondent_id for t in tools if t.ranked not in (None, "no")}),
        usefulness_mean=guard.mean(f"{stat}:usefulness", usefulness, unit="count"),
        quotas=_quota_totals(guard, stat, quotas), violations=guard.count(f"{stat}:violations", people & violators),
        suppressed=False, k=guard.k)


def _quota_totals(guard: Guard, stat: str, quotas: dict[str, list[int]]) -> tuple[int, int, int] | None:
    """(quotas, target, achieved) over the respondents holding them; None when they are fewer than k."""
    if not quotas:
        return 0, 0, 0
    if guard.hidden(len(quotas)):
        return None
    return tuple(round(guard.total(f"{stat}:quota:{part}", {p: v[i] for p, v in quotas.items()}))
                 for i, part in enumerate(("count", "target", "achieved")))


def _quotas_by_app(storage, wave_id: str | None) -> dict[int, dict[str, list[int]]]:
    """App id → respondent → [quotas, target, achieved] of the quotas whose tool name resolves to the app."""
    resolved = matching.resolve(storage)
    totals: dict[int, dict[str, list[int]]] = defaultdict(dict)
    for quota in sql.quotas(storage.db, wave_id):
        app_id = resolved.get(matching.normalize(quota.tool_name))
        if app_id is not None:
            entry = totals[app_id].setdefault(quota.respondent_id, [0, 0, 0])
            entry[0] += 1
            entry[1] += quota.target_count
            entry[2] += quota.achieved_count
    return totals


# -- the three signals: each returns its reasons, empty when the signal does not hold -----------------------------
def _heavy(b: AppBurden, median: float | None) -> list[str]:
    if b.suppressed:
        return []  # rests on fewer than five people: never a reason
    reasons = []
    if b.minutes_per_workday is not None and median is not None and b.minutes_per_workday >= median:
        mine, middle = shown.minutes(b.minutes_per_workday), shown.minutes(median)
        above = "高于" if mine != middle else "达到"  # "高于 6.1 … 6.1" would read as a mistake
        reasons.append(f"人均每工作日 {mine} 分钟，{above}登记应用的中位数 {middle} 分钟")
    # Each forced feature reported by at least HEAVY_FORCED people, the most reported first, at most three named.
    counts = {ACTIONS.label(a): n for a, n in b.forced_reported.items()}
    counts["排名"] = b.ranked_respondents
    heavy = sorted(((n, label) for label, n in counts.items() if n and n >= HEAVY_FORCED), key=lambda item: -item[0])
    if heavy:
        named = "、".join(f"{label} {n} 人" for n, label in heavy[:3])
        reasons.append(f"报告被要求的留痕操作：{named}（共 {len(heavy)} 项）" if len(heavy) > 3
                       else f"报告被要求的留痕操作：{named}")
    return reasons


def _low_use(b: AppBurden) -> list[str]:
    reasons = []
    if b.usefulness_mean is not None and b.usefulness_mean <= LOW_USEFULNESS:  # None when suppressed
        reasons.append(f"有用程度平均 {shown.number(b.usefulness_mean, 1)} 分（满分 5）")
    if b.monthly_actives is not None and b.registered_users and b.monthly_actives < LOW_ACTIVE_SHARE * b.registered_users:
        share = b.monthly_actives / b.registered_users * 100
        reasons.append(f"月活 {b.monthly_actives:,} 人，仅为注册用户的 {shown.number(share, 1)}%")
    return reasons


def _overlap(app, apps: list) -> list[str]:
    reasons = []
    if app.similar_apps:
        reasons.append(f"与「{app.similar_apps}」功能重叠")
    for other in apps:
        if (other.id != app.id and app.owner_level is not None and other.owner_level == app.owner_level
                and matching.similarity(app.name, other.name) >= SIMILAR_NAME):
            reasons.append(f"与同级登记应用「{other.name}」名称相近、功能重叠")
    return reasons


