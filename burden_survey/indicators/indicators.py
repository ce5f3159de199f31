"""The burden indicators of DOMAIN.md §3 and issue 4, as plain dataclasses; computed by `compute()`.

Every figure that describes a group of respondents carries `n` (how many respondents it rests on) and
`suppressed` (True when n < k, the disclosure policy's): a suppressed figure reads "<k" and is left out of charts.
No composite index: each indicator stands alone.

How each figure is computed (the meeting pack's method note quotes these):

- Respondents: those matching the filters (wave, township name as typed and trimmed, unit type). The tool-kind
  filter narrows tools and minutes, never respondents. Filters(wave_id=None) covers every respondent, also those
  without a wave (a cadre's own database).
- Logged workday: a workday (survey/workdays.py: the official calendar) on which the respondent logged minutes on
  at least one live tool, inside the diary window of the respondent's wave (its period; only its workdays when the
  wave says so): days outside the window are in no summary (store/summaries.py).
- Minutes per workday of a respondent: their workday minutes ÷ their logged workdays (summary_respondent).
  Respondents with no logged workday are left out of this distribution. With a tool-kind filter: the workday
  minutes on tools of that kind ÷ the same logged workdays (so the kinds of one respondent add up to the total).
- Formality (留痕) minutes: each tool's minutes × the share of its time the cadre called pure trace-leaving;
  per workday as above. Formality share = Σ formality minutes ÷ Σ minutes, workdays of all respondents pooled.
- Mean, median, 90th percentile: over respondents, exact. Median: the middle value, or the mean of the two
  middle values when n is even. 90th percentile by the nearest-rank method: the value at rank ⌈0.9 × n⌉ of the
  values sorted from smallest (the smallest value that at least 90 % of respondents do not exceed).
- Tools per respondent: live (not deleted) tools, by kind; "all" counts every kind. Respondents with none count 0.
- After-hours demand: for each level 从不 < 偶尔 < 每周多次 < 每天, the respondents with at least one tool
  at that level or a more frequent one, of all respondents.
- Top tools: tools grouped by name (trimmed). Respondents burdened = distinct respondents reporting it; total
  minutes = every minute logged on it (all days); minutes per workday = its workday minutes ÷ the logged workdays
  of those respondents. The 10 with the most minutes (tools with none left out), and the 10 reported by the most
  respondents. A tool reported by fewer than 5 respondents stays in the list, flagged suppressed.
- By sponsor level and by line department: the same figures over all tools of that level (label: the Chinese
  name of the level) or department (as typed); fewer than 5 respondents → suppressed.
- Work groups per respondent: live tools of kind 工作群. Groups demanding instant response: groups whose
  instant-response answer is anything but 否 or blank, of all groups; and respondents with at least one.
- Repeated reporting: Q15 answered 是, of respondents who answered Q15 (是/否/不清楚); the number of systems
  named in the follow-up, over the 是 answers that give one.
- Download quotas: live quotas. Target, achieved and hours are sums (blanks count 0); "counted in assessment"
  is a share of the quotas whose answer is 是 or 否; per tool, the 8 biggest targets among the tools named by
  at least 5 respondents.
- Rule questions Q1–Q28: answered = 是, 否 or 不清楚 (不适用 and blanks left out); problems = answers equal to
  the question's problem answer (Q27: 否; Q24 is informational: none); rate = problems ÷ answered.
- Township breakdown: per township, per tool kind, the mean over respondents with a logged workday of
  (that kind's workday minutes ÷ logged workdays); the kinds add up to the township's mean minutes per workday.
- Waves: with two or more waves in the database, the same mean and kind breakdown for each wave (all other
  filters apply, the wave filter does not).
- Returns: respondents counted by the wave's roster ÷ the roster's expected count (of the township's roster
  units when a township is chosen). Without a wave filter, the roster of the database's only wave; none with a
  unit-type filter (a roster counts units, not unit types).
- Diary against estimate: the respondents who gave their usual minutes per workday (asked once per wave, before
  the diary) and logged a workday; the mean of their logged minutes per workday (every tool kind, whatever the
  kind filter: the estimate covers them all) beside the mean of their estimates; ratio = the first ÷ the second.
- Entered within two days: logged days (every day, not only workdays) whose every entry was made on the day or one
  or two days after, of the logged days whose every entry carries its band (paper sheets and entries from before
  the band was recorded have none).
- Suppression: every figure that rests on fewer than 5 respondents (a distribution's n, a share's n, a rule's
  answered, a tool's respondents, a township's or a wave's respondents with a logged workday) is suppressed;
  a share of items (groups, quotas) is suppressed also when the items come from fewer than 5 respondents.
  A suppressed distribution, tool, township or wave carries no mean, median, p90, minutes per workday or kind
  breakdown (None or empty); tables show "<5" in their place and charts leave them out.
"""

from __future__ import annotations

from collections import Counter

from burden_survey.disclosure.guard import Cell, Guard, guard_for
from burden_survey.disclosure.policy import to_step
from burden_survey.store import report_sql
from burden_survey.survey.choices import TOOL_KINDS, WORK_GROUP

from . import indicator_figures as fig
from . import indicator_sql as sql
from . import by_kind, tool_groups
from .figures import Distribution, Filters, Indicators, Share
from .indicator_json import to_json


def compute(storage, filters: Filters = Filters(), guard: Guard | None = None,
            use_summaries: bool = True) -> Indicators:
    """Every indicator for the filtered respondents (definitions in the module docstring), each number through
    the disclosure guard: `guard_for(storage)` unless a test of the arithmetic passes one without noise.

    Reads summary_respondent, the tools by kind (summary_respondent_kind), the strata's tool groups and rule
    answers (store/group_summaries.py, brought up to date first), and the quotas: a few queries, however many
    figures. `use_summaries` False, or a database whose summaries cannot be brought up to date, reads every live tool
    and rule answer instead: the same figures (tests compare the two).
    """
    guard = guard or guard_for(storage)
    conn = storage.db.conn
    waves = sql.waves_with_respondents(conn)
    chosen_params = sql.params(filters.wave_id, filters.township, filters.unit_type, filters.tool_kind)
    # With waves to compare, every wave is read once and the chosen wave picked out here.
    read_params = {**chosen_params, "wave": None} if len(waves) >= 2 else chosen_params
    people = sql.respondents(conn, read_params)
    workdays = {p.id: p.logged_workdays for p in people}
    # The tools by kind from their summary (about 5 rows a respondent), or from the tool rows (15) to compare.
    use_summaries = use_summaries and tool_groups.summaries_ready(guard, storage.db)
    tools = None if use_summaries else sql.tools(conn, read_params)
    every = by_kind.from_rows(sql.kinds(conn, read_params)) if use_summaries else by_kind.from_tools(tools)
    kind_minutes, kind_formality, kind_share_given = every.minutes, every.formality, every.share_given

    def load(p: sql.RespondentRow) -> tuple[float, float, float]:
        """(workday minutes, formality minutes, minutes on tools whose share was given) of a respondent, of the
        chosen tool kind only when one is set."""
        if filters.tool_kind is None:
            return p.workday_minutes, p.workday_formality_minutes, p.workday_share_given_minutes
        key = p.id, filters.tool_kind
        return kind_minutes[key], kind_formality[key], kind_share_given[key]

    kind = filters.tool_kind or "all"
    chosen = [p for p in people if filters.wave_id is None or p.wave_id == filters.wave_id]
    chosen_ids = {p.id for p in chosen}
    mine = every.only(chosen_ids) if len(chosen_ids) < len(people) else every
    logged = [p for p in chosen if p.logged_workdays]
    per_day = fig.per_workday(logged, lambda p: load(p)[0])
    minutes = fig.distribution(guard, f"minutes:{kind}", per_day, counted_as="logged:n", of=len(chosen))
    formality_share = formality_interval = None
    # The share pools the minutes whose share was given; minutes per workday count only the people who gave a share
    # for every minute they logged (a 未填 tool would read as 0 minutes of formality otherwise).
    rated = [p for p in logged if load(p)[2] > 0]
    complete = [p for p in logged if load(p)[2] >= load(p)[0]]
    if not minutes.suppressed and not guard.policy.hidden(len(rated)):
        spent = guard.total(f"share_given_minutes:{kind}", {p.id: load(p)[2] for p in rated})
        trace = guard.total(f"formality_minutes:{kind}", {p.id: load(p)[1] for p in rated})
        formality_share = to_step(min(trace / spent, 1.0), guard.policy.rate_step(len(rated))) if spent else None
        formality_interval = guard.ratio_interval(f"formality_share:{kind}", {p.id: load(p)[1:3] for p in rated},
                                                  formality_share, spent / len(rated), ceiling=1.0)

    per_kind = mine.tools
    per_person = mine.per_person()
    kinds = [filters.tool_kind] if filters.tool_kind else TOOL_KINDS.codes()
    groups = mine.groups()
    instant = mine.instant
    # The groups from the strata's summaries (their cost follows the groups, not the tools), else from the rows.
    grouped = tool_groups.from_summaries(guard, conn, chosen_params) if use_summaries else None
    if grouped is None:
        tools = sql.tools(conn, read_params) if tools is None else tools
        grouped = tool_groups.from_tools(guard, [t for t in tools if t.respondent_id in chosen_ids], workdays)
    breakdowns = fig.ToolBreakdowns(guard, grouped, len(chosen))
    top_by_minutes, top_by_respondents = breakdowns.top_tools()

    if use_summaries:  # the strata's answers added up, else every answer read
        answers = {key: Cell(n, key_sum) for key, (n, key_sum) in sql.answer_cells(conn, chosen_params).items()}
    else:
        answers = {key: guard.cell(people) for key, people in sql.answer_sets(conn, chosen_params).items()}
    rules = fig.rules(guard, answers)
    q15 = next(r for r in rules if r.code == "Q15")
    q15_answered = fig.answered_cell(answers, "Q15").n

    everyone = guard.cell(chosen_ids)  # the people of every count per respondent

    def counted(statistic: str, per: Counter) -> Distribution:
        return fig.distribution(guard, statistic, {p.id: per[p.id] for p in chosen}, unit="count", known=True,
                                cell=everyone)

    return Indicators(
        filters=filters,
        respondents=len(chosen),
        returned_of_expected=_returns(storage, filters),
        tools_per_respondent={"all": counted("tools:all", per_person),
                              **{k: counted(f"tools:{k}", Counter({p.id: per_kind[p.id, k] for p in chosen}))
                                 for k in kinds}},
        minutes_per_workday=minutes,
        formality_minutes_per_workday=fig.distribution(guard, f"formality:{kind}",
                                                       fig.per_workday(complete, lambda p: load(p)[1]),
                                                       of=len(chosen)),
        formality_share=formality_share,
        after_hours=fig.after_hours(guard, mine.worst, chosen_ids),
        top_tools_by_minutes=top_by_minutes,
        top_tools_by_respondents=top_by_respondents,
        by_sponsor_level=breakdowns.sponsor_levels(),
        by_line_department=breakdowns.line_departments(),
        groups_per_respondent=counted(f"tools:{WORK_GROUP}", groups),
        groups_instant_response=fig.item_share(guard, "groups_instant", instant, groups),
        respondents_with_instant_groups=fig.share(guard, "respondents_instant", instant, chosen_ids),
        repeated_reporting=Share(q15.problems, q15.answered, respondents=q15_answered, k=guard.k),
        repeated_reporting_systems=fig.distribution(
            guard, "rule:Q15:systems", sql.follow_up_numbers(conn, chosen_params, "Q15", "systems"), unit="count"),
        quotas=fig.quota_figures(guard, sql.quotas(conn, chosen_params), chosen_ids),
        rules=rules,
        township_kinds=fig.township_kinds(guard, chosen, kind_minutes, mine.kinds_present()),
        minutes_histogram=[] if minutes.suppressed else guard.histogram(
            f"minutes:{kind}", per_day, _bin_width(minutes.mean)),
        waves=fig.wave_figures(guard, waves, people, kind_minutes, every.kinds_present(), f"minutes:{kind}", load)
        if len(waves) >= 2 else [],
        diary_check=fig.diary_check(guard, logged),
        entered_promptly=fig.entered_promptly(guard, chosen),
        formality_share_interval=formality_interval,
        k=guard.k,
    )


def _bin_width(mean: float | None) -> float:
    """Minutes per bar of the histogram: a round number that gives about a dozen bars for a typical spread."""
    for width in (5, 10, 20, 30, 60):
        if (mean or 0) <= width * 6:
            return width
    return 120


def _returns(storage, filters: Filters) -> tuple[int, int] | None:
    """(returned, expected) from the roster of the chosen wave (or of the only wave); None without a roster.

    A roster counts units, not unit types: with a unit-type filter there is nothing comparable to show.
    """
    registered = sql.registered_waves(storage.db.conn)
    wave = filters.wave_id or (registered[0] if len(registered) == 1 else None)
    if wave is None or filters.unit_type or not report_sql.roster_size(storage, wave):
        return None
    if filters.township:
        units = [u for u in report_sql.roster_returns(storage, wave) if u[0] == filters.township.strip()]
        return (sum(u[3] for u in units), sum(u[2] for u in units)) if units else None
    expected, returned, _ = report_sql.roster_totals(storage, wave)
    return returned, expected


def indicators_to_json(ind: Indicators) -> dict:
    """The indicators with stable snake_case keys, suppressed values as "<5" (documented in docs/STATS.md)."""
    return to_json(ind)
