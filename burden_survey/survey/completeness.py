"""What an answer still lacks: an empty answer is not a respondent, a nearly empty one is worth a second look."""

from __future__ import annotations

from dataclasses import dataclass

# What is missing, in the words the cadre reads (and the translations find: tools/extract_core_strings.py).
NO_PLACE = "基本情况里没有填乡镇（街道）或单位类型"
NO_TOOLS = "还没有列出任何数字任务（应用、公众号、工作群等）"
NO_MINUTES = "还没有记录任何一天的用时"
FEW_RULES = "规定对照题答了不到一半"
MISSING_TEXTS = (NO_PLACE, NO_TOOLS, NO_MINUTES, FEW_RULES)


@dataclass(frozen=True)
class Completeness:
    missing: tuple[str, ...]
    empty: bool  # nothing the figures could count: no tool, no minutes, no rule answer, no quota
    quotas: bool = False  # download quotas listed: the quota figures count them (摊派下载)

    @property
    def nearly_empty(self) -> bool:
        return bool(self.missing) and not self.empty

    @property
    def set_aside(self) -> bool:
        """Left out of the figures at import until the supervisor takes it in: empty, or with no minutes and fewer
        than half the rule answers, and no tool or no place to say whose burden the tools are. Half the rule
        answers count on their own (the rule figures); tools or download quotas with a township and unit type count
        too (tools per person, the quota figures), minutes still to come."""
        thin = NO_MINUTES in self.missing and FEW_RULES in self.missing
        listed = NO_TOOLS not in self.missing or self.quotas
        return self.empty or thin and (not listed or NO_PLACE in self.missing)


def has_place(profile) -> bool:
    """Whether the profile says whose burden it is: a township and a unit type (a model.Profile; the import asks the
    same of the database in store/set_aside.py)."""
    return bool(profile.township_name.strip() and profile.unit_type)


def completeness(has_place: bool, tools: int, logged_days: int, answered: int, questions: int,
                 quotas: int = 0) -> Completeness:
    """The parts of an answer the figures rest on, and which of them are missing."""
    missing = []
    if not has_place:
        missing.append(NO_PLACE)
    if not tools:
        missing.append(NO_TOOLS)
    if not logged_days:
        missing.append(NO_MINUTES)
    if answered * 2 < questions:
        missing.append(FEW_RULES)
    return Completeness(tuple(missing), empty=not tools and not logged_days and not answered and not quotas,
                        quotas=bool(quotas))
