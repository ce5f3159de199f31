"""Name suggestions: a small bundled catalogue of common tools, plus what the cadre typed before."""

from __future__ import annotations

import csv
from functools import lru_cache

from burden_survey.system.paths import resource


@lru_cache(maxsize=1)
def catalogue() -> dict[str, str]:
    """Common tool names and their kind (name → tool_kind code)."""
    with open(resource("data", "catalogue.csv"), encoding="utf-8", newline="") as f:
        return {row["name"]: row["kind"] for row in csv.DictReader(f)}


def suggestions(typed_before: list[str]) -> list[str]:
    """The cadre's own names first, then the catalogue's, each once."""
    seen: dict[str, None] = dict.fromkeys(typed_before)
    seen.update(dict.fromkeys(catalogue()))
    return list(seen)


def kind_of(name: str) -> str | None:
    return catalogue().get(name)
