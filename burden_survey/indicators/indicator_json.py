"""The indicators as JSON-ready dicts with stable keys (docs/STATS.md): what `burden-survey stats --json` prints.

The numbers are those the disclosure guard gave (perturbed, rounded); a suppressed figure's numbers read "<k"
("<5" by default) and a group below k is never given with its count.
"""

from __future__ import annotations

from burden_survey.disclosure.policy import Policy

from .figures import (
    DiaryCheck, Distribution, Indicators, QuotaFigures, RuleFigure, Share, ToolFigure,
    TownshipKinds, WaveFigures,
)

# Rounded so that the output is stable and readable; minutes to 0.01, rates to 0.0001 (the guard has rounded
# them more coarsely already, as the group's size supports).
MINUTE_DIGITS = 2
RATE_DIGITS = 4


def to_json(ind: Indicators) -> dict:
    """Every figure of `ind`; in a suppressed figure every number reads "<k" (labels and codes stay)."""
    w = _Writer(Policy(ind.k).short_text)
    f = ind.filters
    minutes = ind.minutes_per_workday
    return {
        "filters": {"wave_id": f.wave_id, "township": f.township, "unit_type": f.unit_type, "tool_kind": f.tool_kind},
        "k": ind.k,
        "respondents": w.hidden if 0 < ind.respondents < ind.k else ind.respondents,
        "returned_of_expected": None if ind.returned_of_expected is None else
        {"returned": ind.returned_of_expected[0], "expected": ind.returned_of_expected[1]},
        "minutes_per_workday": w.distribution(minutes),
        "minutes_histogram": [{"low": b.low, "high": b.high, "count": b.count} for b in ind.minutes_histogram],
        "formality_minutes_per_workday": w.distribution(ind.formality_minutes_per_workday),
        "formality_share": w.hidden if minutes.suppressed else _rate(ind.formality_share),
        "formality_share_interval": w.hidden if minutes.suppressed else _rates(ind.formality_share_interval),
        "tools_per_respondent": {kind: w.distribution(d) for kind, d in ind.tools_per_respondent.items()},
        "after_hours": {level: w.share(s) for level, s in ind.after_hours.items()},
        "top_tools_by_minutes": [w.tool(t) for t in ind.top_tools_by_minutes],
        "top_tools_by_respondents": [w.tool(t) for t in ind.top_tools_by_respondents],
        "by_sponsor_level": [w.tool(t) for t in ind.by_sponsor_level],
        "by_line_department": [w.tool(t) for t in ind.by_line_department],
        "groups_per_respondent": w.distribution(ind.groups_per_respondent),
        "groups_instant_response": w.share(ind.groups_instant_response),
        "respondents_with_instant_groups": w.share(ind.respondents_with_instant_groups),
        "repeated_reporting": w.share(ind.repeated_reporting),
        "repeated_reporting_systems": w.distribution(ind.repeated_reporting_systems),
        "quotas": w.quotas(ind.quotas),
        "rules": [w.rule(r) for r in ind.rules],
        "township_kinds": [w.township(t) for t in ind.township_kinds],
        "waves": [w.wave(x) for x in ind.waves],
        "diary_check": w.diary_check(ind.diary_check),
        "entered_promptly": w.share(ind.entered_promptly),
    }


class _Writer:
    def __init__(self, hidden: str):
        self.hidden = hidden

    def distribution(self, d: Distribution) -> dict:
        if d.suppressed:
            h = self.hidden
            return {"n": h, "mean": h, "median": h, "p90": h, "interval": h, "suppressed": True}
        return {"n": d.n, "mean": _minutes(d.mean), "median": _minutes(d.median), "p90": _minutes(d.p90),
                "interval": None if d.interval is None else [_minutes(v) for v in d.interval], "suppressed": False}

    def diary_check(self, d: DiaryCheck) -> dict:
        if d.suppressed:
            h = self.hidden
            return {"n": h, "diary_mean": h, "estimate_mean": h, "ratio": h, "interval": h, "suppressed": True}
        return {"n": d.n, "diary_mean": _minutes(d.diary_mean), "estimate_mean": _minutes(d.estimate_mean),
                "ratio": _rate(d.ratio), "interval": _rates(d.interval), "suppressed": False}

    def share(self, s: Share) -> dict:
        if s.suppressed:
            return {"count": self.hidden, "n": self.hidden, "rate": self.hidden, "interval": self.hidden,
                    "suppressed": True}
        return {"count": s.count, "n": s.n, "rate": _rate(s.rate),
                "interval": _rates(s.interval), "suppressed": False}

    def tool(self, t: ToolFigure) -> dict:
        h = t.suppressed
        return {"label": t.label,
                "respondents": self.hidden if h else t.respondents,
                "total_minutes": self.hidden if h else t.total_minutes,
                "minutes_per_workday": self.hidden if h else _minutes(t.minutes_per_workday),
                "suppressed": h, "other": t.other}

    def quotas(self, q: QuotaFigures) -> dict:
        h = q.suppressed
        return {
            "quotas": self.hidden if h else q.quotas,
            "respondents_with_quota": self.share(q.respondents_with_quota),
            "target_total": self.hidden if h else q.target_total,
            "achieved_total": self.hidden if h else q.achieved_total,
            "achieved_rate": self.hidden if h else _rate(q.achieved_rate),
            "counted_in_assessment": self.share(q.counted_in_assessment),
            "hours_total": self.hidden if h else _minutes(q.hours_total),
            "by_tool": [{"tool": name, "target": target, "achieved": achieved} for name, target, achieved in q.by_tool],
            "suppressed": h,
        }

    def rule(self, r: RuleFigure) -> dict:
        h = r.suppressed
        return {"code": r.code, "text": r.text,
                "answered": self.hidden if h else r.answered,
                "problems": self.hidden if h else r.problems,
                "unknown": self.hidden if h else r.unknown,
                "rate": self.hidden if h else _rate(r.rate),
                "suppressed": h}

    def township(self, t: TownshipKinds) -> dict:
        if t.suppressed:
            return {"township": t.township, "n": self.hidden, "minutes_by_kind": self.hidden, "suppressed": True}
        return {"township": t.township, "n": t.n,
                "minutes_by_kind": {kind: _minutes(v) for kind, v in t.minutes_by_kind.items()}, "suppressed": False}

    def wave(self, w: WaveFigures) -> dict:
        if w.suppressed:
            h = self.hidden
            return {"wave_id": w.wave_id, "title": w.title, "n": h, "minutes_per_workday": h,
                    "minutes_by_kind": h, "suppressed": True}
        return {"wave_id": w.wave_id, "title": w.title, "n": w.n,
                "minutes_per_workday": _minutes(w.minutes_per_workday),
                "minutes_by_kind": {kind: _minutes(v) for kind, v in w.minutes_by_kind.items()}, "suppressed": False}


def _minutes(value: float | None) -> float | None:
    return None if value is None else round(value, MINUTE_DIGITS)


def _rate(value: float | None) -> float | None:
    return None if value is None else round(value, RATE_DIGITS)


def _rates(interval: tuple[float, float] | None) -> list[float] | None:
    return None if interval is None else [_rate(v) for v in interval]
