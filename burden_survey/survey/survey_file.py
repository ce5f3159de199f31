"""The survey file: a small SQLite database in the app's schema plus a manifest; what it is and is called."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from datetime import date

from burden_survey import __version__

from .choices import VOCABULARY_VERSION
from .divisions import full_name
from .questions import QUESTIONNAIRE_VERSION
from .workdays import is_workday

FORMAT_VERSION = 2  # 2: responses signed (survey_files/signing.py). Of the container: manifest keys and their meaning; the schema has its own migrations
EXTENSION = ".bsurvey"
MAX_FILE_BYTES = 20 * 1024 * 1024  # a cadre's file is ~100 KB; an aggregate of a county stays well below
KINDS = ("response", "aggregate")
# k: the smallest group a published figure may describe (disclosure/policy.py). A wave may raise it, never lower it;
# above K_CEILING a county's townships would all read 「少于 k 人」 and the wave is more likely a typing error.
K_FLOOR, K_CEILING = 5, 50


@dataclass(frozen=True)
class Wave:
    """A survey round handed out by a supervisor: its id is what cadres type or load."""

    id: str
    title: str
    questionnaire_version: str
    period_start: date | None = None
    period_end: date | None = None
    k: int | None = None  # the smallest group its figures describe; None: the floor, K_FLOOR
    workdays_only: bool = False  # the diary window holds only the workdays of the period (store/summaries.py)
    sampling: str | None = None  # choices.SAMPLING_METHODS: how the respondents were chosen; None: not said

    def in_window(self, day: date) -> bool:
        """Whether a logged day counts for this wave: inside its period and, when it asks so, a workday."""
        inside = (self.period_start or date.min) <= day <= (self.period_end or date.max)
        return inside and (not self.workdays_only or is_workday(day))

    @property
    def window_text(self) -> str:
        return window_text(self.period_start, self.period_end, self.workdays_only)


def window_text(start, end, workdays_only) -> str:
    """A diary window in words, from dates or their ISO text: 「2026-11-01 至 2026-11-30，只计工作日」, 「不限」."""
    shown = "不限" if not start and not end else f"{start or '不限'} 至 {end or '不限'}"
    return shown + ("，只计工作日" if workdays_only else "")


def k_problem(k) -> str | None:
    """Why a wave's k cannot be taken (Chinese), or None."""
    if not isinstance(k, int) or isinstance(k, bool) or not K_FLOOR <= k <= K_CEILING:
        return f"应为 {K_FLOOR} 到 {K_CEILING} 之间的整数（最少显示人数只能提高，不能低于 {K_FLOOR}）"
    return None


@dataclass(frozen=True)
class ManifestResponse:
    respondent_id: str
    wave_id: str
    revision: int
    content_sha256: str
    public_key: str | None = None  # format 2: the key the respondent id derives from, and the response's signature
    signature: str | None = None
    participation_code: str | None = None  # the wave's one-time code the cadre typed, covered by the signature


@dataclass
class Manifest:
    """What a survey file says about itself; an aggregate lists every response it contains."""

    kind: str
    wave_id: str
    wave_title: str
    questionnaire_version: str
    created_at: str
    division: str = ""
    format_version: int = FORMAT_VERSION
    app_version: str = __version__
    encryption: str = "none"  # room for an encrypted envelope later (issue 7)
    responses: list[ManifestResponse] = field(default_factory=list)
    # The codes the answers use: this program's questionnaire and vocabularies (the wave's questionnaire_version says
    # which questionnaire the organiser handed out). Files from before these keys used the first of each.
    questionnaire: str = QUESTIONNAIRE_VERSION
    vocabulary: str = VOCABULARY_VERSION

    def items(self) -> dict[str, str]:
        """The key/value rows of the manifest table (responses have a table of their own)."""
        return {
            "format_version": str(self.format_version), "kind": self.kind, "wave_id": self.wave_id,
            "wave_title": self.wave_title, "questionnaire_version": self.questionnaire_version,
            "created_at": self.created_at, "division": self.division, "app_version": self.app_version,
            "encryption": self.encryption, "questionnaire": self.questionnaire, "vocabulary": self.vocabulary,
        }


_WAVE_ID = re.compile(r"^[A-Za-z0-9_-]{1,40}$")


FIRST_CODEBOOK = "2026.1"  # what a file without the questionnaire and vocabulary keys used
_VERSION = re.compile(r"([0-9]{4})\.([0-9]{1,3})")


def version_key(version: str) -> tuple[int, int] | None:
    """「2026.1」 → (2026, 1), to compare versions; None when it is not one."""
    match = _VERSION.fullmatch(version) if isinstance(version, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def valid_wave_id(wave_id: str) -> bool:
    """Letters, digits, - and _: it goes into file names and is typed by cadres."""
    return bool(_WAVE_ID.match(wave_id))


def file_suffix() -> str:
    """Six random hex digits, drawn afresh for every export: they keep two cadres of one township apart in one
    folder, and say nothing that a later file repeats (a part of the local id did: a cadre's waves linked up)."""
    return secrets.token_hex(3).upper()


def default_file_name(county_code: str | None, township: str, wave_id: str, today: date, suffix: str | None = None,
                      aggregate: bool = False) -> str:
    """E.g. 江苏省无锡市锡山区-东港镇-XS2026A-20261122-3F2A91.bsurvey: place, wave, date and a random suffix, never a
    person and nothing stable. `suffix`: one chosen already (a dialog keeps its own while it is open)."""
    place = full_name(county_code) or "未填地区"
    parts = [place, township.strip(), wave_id, "汇总" if aggregate else "", today.strftime("%Y%m%d"),
             suffix or file_suffix()]
    name = "-".join(p for p in parts if p)
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name) + EXTENSION
