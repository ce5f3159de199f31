"""The bundled county-level list of GB/T 2260 divisions (2025 codes): provinces, cities, counties."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from burden_survey.system.paths import resource

DIVISION_YEAR = 2025


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # "province", "city" or "county"
    parent: str


@lru_cache(maxsize=1)
def _all() -> dict[str, Division]:
    with open(resource("data", f"divisions_{DIVISION_YEAR}.csv"), encoding="utf-8", newline="") as f:
        return {row["code"]: Division(**row) for row in csv.DictReader(f)}


def get(code: str | None) -> Division | None:
    return _all().get(code or "")


def provinces() -> list[Division]:
    return [d for d in _all().values() if d.level == "province"]


def cities(province_code: str) -> list[Division]:
    """Prefecture-level units, including the pseudo-parents 市辖区 and 省直辖县级行政区划."""
    return [d for d in _all().values() if d.level == "city" and d.parent == province_code]


def counties(city_code: str) -> list[Division]:
    """County-level units of a city; a city without counties (东莞, 中山, 儋州, 嘉峪关) stands for itself."""
    found = [d for d in _all().values() if d.level == "county" and d.parent == city_code]
    if not found and (city := get(city_code)) is not None:
        return [Division(city.code, f"{city.name}（不设区县）", "county", city.code)]
    return found


def full_name(code: str | None) -> str:
    """省 + 市 + 县 without the pseudo-parents, e.g. 江苏省无锡市锡山区."""
    parts = []
    division = get(code)
    while division is not None:
        if division.name not in ("市辖区", "省直辖县级行政区划") and division.name not in parts:
            parts.append(division.name)
        division = get(division.parent) if division.parent != division.code else None
    return "".join(reversed(parts))
