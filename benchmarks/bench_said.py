"""The English UI's reading of the core's Chinese (ui/common/said.py) on a hostile file name.

A zip member's name that repeats a six-field template's literal parts once made said() backtrack through every
combination of them: 15 s for one 600-character import reason, in the GUI thread. Prints `said_plain_ms` (a reason
of the same length with an ordinary name), `said_hostile_ms` and `said_hostile_vs_plain_ratio` (target ≤ 5).
Run with `make bench`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET = 5
LITERALS = ["摊派下载目标合计 ", " 个，已完成 ", " 个（", "），指标最多的是「", "」（目标 ", " 个，完成 "]


def reason(name: str) -> str:
    return f"压缩包中的「{name}」是符号链接，为安全起见整个压缩包未导入。"  # inputs.archive_problem


def hostile_name(length: int) -> str:
    repeated = "".join(part * ((length - 12) // 5 // len(part)) for part in LITERALS[1:])
    return "a。" + LITERALS[0] + repeated + ".bsurvey"


def timed_ms(texts: list[str]) -> float:
    from ui.common import said

    best = float("inf")
    for _ in range(3):
        said._said.cache_clear()
        said._whole.cache_clear()
        start = time.perf_counter()
        for text in texts:
            said.said(text)
        best = min(best, (time.perf_counter() - start) * 1000 / len(texts))
    return best


def main() -> None:
    from ui.shell.app import create_application

    create_application([], language="en")
    hostile = [reason(hostile_name(600 + i)) for i in range(5)]
    plain = [reason("乡镇答卷" * (len(h) // 4 - 6) + f"{i}.bsurvey") for i, h in enumerate(hostile)]
    plain_ms, hostile_ms = timed_ms(plain), timed_ms(hostile)
    print(f"said_plain_ms: {plain_ms:.2f}")
    print(f"said_hostile_ms: {hostile_ms:.2f}")
    print(f"said_hostile_vs_plain_ratio: {hostile_ms / plain_ms:.2f}  (target ≤ {TARGET})")


if __name__ == "__main__":
    main()
