"""The robustness tally: how many cases the fuzz and kill tests ran and how they ended, printed after the run."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass(eq=False)  # a pytest plugin: kept in a set
class Tally:
    """How many cases each test ran and how they ended; printed at the end of the pytest run."""

    outcomes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    notes: list[str] = field(default_factory=list)

    def add(self, test: str, status: str) -> None:
        self.outcomes[test][status] += 1

    def register(self, config) -> None:
        if not config.pluginmanager.is_registered(self):
            config.pluginmanager.register(self, "robustness-tally")

    # Under pytest-xdist the cases run in workers; each hands its tally to the controller, which prints them all.
    def pytest_sessionfinish(self, session) -> None:
        workeroutput = getattr(session.config, "workeroutput", None)
        if workeroutput is not None:
            workeroutput["robustness"] = {"outcomes": {t: dict(c) for t, c in self.outcomes.items()},
                                          "notes": self.notes}

    def merge(self, handed: dict | None) -> None:
        for test, counts in (handed or {}).get("outcomes", {}).items():
            self.outcomes[test].update(counts)
        self.notes.extend((handed or {}).get("notes", []))

    def pytest_terminal_summary(self, terminalreporter) -> None:
        if hasattr(terminalreporter.config, "workeroutput"):
            return
        if not self.outcomes and not self.notes:
            return
        terminalreporter.section("robustness: cases run")
        for test, counts in sorted(self.outcomes.items()):
            detail = ", ".join(f"{status} {n}" for status, n in sorted(counts.items()))
            terminalreporter.write_line(f"{test}: {sum(counts.values())} cases ({detail})")
        for note in self.notes:
            terminalreporter.write_line(note)


TALLY = Tally()  # one for the fuzz and the kill tests: one section at the end of the run
