"""The indicators as JSON-ready dicts with stable keys (docs/STATS.md): what `burden-survey stats --json` prints."""

from __future__ import annotations

from .figures import Distribution, Indicators, QuotaFigures, RuleFigure, Share, ToolFigure, TownshipKinds, WaveFigures
from .shown import SUPPRESSED_TEXT

# Rounded so that the output is stable and readable; minutes to 0.01, rates to 0.0001.
MINUTE_DIGITS = 2
RATE_DIGITS = 4


def to_json(ind: Indicators) -> dict:
    """Every figure of `ind`; in a suppressed figure every number reads "<5" (labels and codes stay)."""
    f = ind.filters
    minutes = ind.minutes_per_workday
    return {
        "filters": {"wave_id": f.wave_id, "township": f.township, "unit_type": f.unit_type, "tool_kind": f.tool_kind},
        "respondents": ind.respondents,
        "returned_of_expected": None if ind.returned_of_expected is None else
        {"returned": ind.returned_of_expected[0], "expected": ind.returned_of_expected[1]},
        "minutes_per_workday": distribution(minutes),
        "formality_minutes_per_workday": distribution(ind.formality_minutes_per_workday),
        "formality_share": SUPPRESSED_TEXT if minutes.suppressed else _rate(ind.formality_share),
        "tools_per_respondent": {kind: distribution(d) for kind, d in ind.tools_per_respondent.items()},
        "after_hours": {level: share(s) for level, s in ind.after_hours.items()},
        "top_tools_by_minutes": [tool(t) for t in ind.top_tools_by_minutes],
        "top_tools_by_respondents": [tool(t) for t in ind.top_tools_by_respondents],
        "by_sponsor_level": [tool(t) for t in ind.by_sponsor_level],
        "by_line_department": [tool(t) for t in ind.by_line_department],
        "groups_per_respondent": distribution(ind.groups_per_respondent),
        "groups_instant_response": share(ind.groups_instant_response),
        "respondents_with_instant_groups": share(ind.respondents_with_instant_groups),
        "repeated_reporting": share(ind.repeated_reporting),
        "repeated_reporting_systems": distribution(ind.repeated_reporting_systems),
        "quotas": quotas(ind.quotas),
        "rules": [rule(r) for r in ind.rules],
        "township_kinds": [township(t) for t in ind.township_kinds],
        "waves": [wave(w) for w in ind.waves],
    }


def distribution(d: Distribution) -> dict:
    if d.suppressed:
        return {"n": SUPPRESSED_TEXT, "mean": SUPPRESSED_TEXT, "median": SUPPRESSED_TEXT, "p90": SUPPRESSED_TEXT,
                "suppressed": True}
    return {"n": d.n, "mean": _minutes(d.mean), "median": _minutes(d.median), "p90": _minutes(d.p90),
            "suppressed": False}


def share(s: Share) -> dict:
    if s.suppressed:
        return {"count": SUPPRESSED_TEXT, "n": SUPPRESSED_TEXT, "rate": SUPPRESSED_TEXT, "suppressed": True}
    return {"count": s.count, "n": s.n, "rate": _rate(s.rate), "suppressed": False}


def tool(t: ToolFigure) -> dict:
    hidden = t.suppressed
    return {"label": t.label,
            "respondents": SUPPRESSED_TEXT if hidden else t.respondents,
            "total_minutes": SUPPRESSED_TEXT if hidden else t.total_minutes,
            "minutes_per_workday": SUPPRESSED_TEXT if hidden else _minutes(t.minutes_per_workday),
            "suppressed": hidden}


def quotas(q: QuotaFigures) -> dict:
    hidden = q.suppressed
    return {
        "quotas": SUPPRESSED_TEXT if hidden else q.quotas,
        "respondents_with_quota": share(q.respondents_with_quota),
        "target_total": SUPPRESSED_TEXT if hidden else q.target_total,
        "achieved_total": SUPPRESSED_TEXT if hidden else q.achieved_total,
        "achieved_rate": SUPPRESSED_TEXT if hidden else _rate(q.achieved_rate),
        "counted_in_assessment": share(q.counted_in_assessment),
        "hours_total": SUPPRESSED_TEXT if hidden else _minutes(q.hours_total),
        "by_tool": [{"tool": name, "target": target, "achieved": achieved} for name, target, achieved in q.by_tool],
        "suppressed": hidden,
    }


def rule(r: RuleFigure) -> dict:
    hidden = r.suppressed
    return {"code": r.code, "text": r.text,
            "answered": SUPPRESSED_TEXT if hidden else r.answered,
            "problems": SUPPRESSED_TEXT if hidden else r.problems,
            "unknown": SUPPRESSED_TEXT if hidden else r.unknown,
            "rate": SUPPRESSED_TEXT if hidden else _rate(r.rate),
            "suppressed": hidden}


def township(t: TownshipKinds) -> dict:
    if t.suppressed:
        return {"township": t.township, "n": SUPPRESSED_TEXT, "minutes_by_kind": SUPPRESSED_TEXT, "suppressed": True}
    return {"township": t.township, "n": t.n,
            "minutes_by_kind": {kind: _minutes(v) for kind, v in t.minutes_by_kind.items()}, "suppressed": False}


def wave(w: WaveFigures) -> dict:
    if w.suppressed:
        return {"wave_id": w.wave_id, "title": w.title, "n": SUPPRESSED_TEXT, "minutes_per_workday": SUPPRESSED_TEXT,
                "minutes_by_kind": SUPPRESSED_TEXT, "suppressed": True}
    return {"wave_id": w.wave_id, "title": w.title, "n": w.n, "minutes_per_workday": _minutes(w.minutes_per_workday),
            "minutes_by_kind": {kind: _minutes(v) for kind, v in w.minutes_by_kind.items()}, "suppressed": False}


def _minutes(value: float | None) -> float | None:
    return None if value is None else round(value, MINUTE_DIGITS)


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, RATE_DIGITS)
