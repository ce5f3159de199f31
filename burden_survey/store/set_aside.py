"""Answers set aside at import: an empty or nearly empty file is kept, said, and left out of every figure until the
supervisor takes it in (issue 15). Before, a file with nothing in it counted as one more 答卷人.

Who is left out of every figure for it is store/counted.py's `LEFT_OUT`.

The rule is survey/completeness.py's (`Completeness.set_aside`), which the cadre's export dialog warns by: an answer
with no tool, no logged minutes, no rule answer and no quota is empty; one with no logged minute and fewer than half
the rule answers, which lists neither a tool nor a quota or says not where it is from, is nearly empty. Both are set
aside. An answer lacking less (its township, or minutes while half its rule answers are there) is counted as it is.
"""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from burden_survey.survey import completeness
from burden_survey.survey.questions import QUESTIONS

from . import audit
from .storage import Storage, now



class SetAside(NamedTuple):
    respondent_id: str
    wave_id: str | None
    township: str
    missing: str  # what the answer lacks, in the cadre's words (completeness.MISSING_TEXTS), one per line
    taken_in: bool


def judge(conn: sqlite3.Connection, respondent_ids: list[str]) -> int:
    """Set aside those of these (just written) respondents whose answer is empty or nearly empty, and clear the mark
    of the others: a new version is judged afresh. A supervisor's taking in stays with the respondent: a later
    version still as empty is not quietly left out again. Runs in the caller's transaction; returns how many it set
    aside (and left out)."""
    ids = json.dumps(sorted(set(respondent_ids)))
    taken_in = dict(conn.execute("SELECT respondent_id, taken_in_at FROM main.set_aside WHERE taken_in_at IS NOT NULL "
                                 "AND respondent_id IN (SELECT value FROM json_each(?))", [ids]).fetchall())
    conn.execute("DELETE FROM main.set_aside WHERE respondent_id IN (SELECT value FROM json_each(?))", [ids])
    rows = conn.execute(
        """SELECT r.id, trim(r.township_name) != '' AND coalesce(r.unit_type, '') != '',  -- completeness.has_place
                  (SELECT count(*) FROM main.tool t WHERE t.respondent_id = r.id AND t.deleted_at IS NULL),
                  coalesce((SELECT s.logged_days FROM main.summary_respondent s WHERE s.respondent_id = r.id), 0),
                  (SELECT count(*) FROM main.rule_answer a WHERE a.respondent_id = r.id
                   AND a.answer IS NOT NULL AND a.answer != ''),
                  (SELECT count(*) FROM main.quota q WHERE q.respondent_id = r.id AND q.deleted_at IS NULL)
           FROM main.respondent r WHERE r.id IN (SELECT value FROM json_each(?))""", [ids]).fetchall()
    at, marked = now(), 0
    for rid, has_place, tools, days, answered, quotas in rows:
        found = completeness.completeness(bool(has_place), tools, days, answered, len(QUESTIONS), quotas)
        if found.set_aside:
            conn.execute("INSERT INTO main.set_aside (respondent_id, missing, set_at, taken_in_at) VALUES (?, ?, ?, ?)",
                         [rid, "\n".join(found.missing), at, taken_in.get(rid)])
            marked += rid not in taken_in
        elif rid in taken_in:  # counted anyway; the decision kept for a later version as thin as the first
            conn.execute("INSERT INTO main.set_aside (respondent_id, missing, set_at, taken_in_at) "
                         "VALUES (?, '', ?, ?)", [rid, at, taken_in[rid]])
    return marked


def listed(storage: Storage, wave_id: str | None = None) -> list[SetAside]:
    """The answers set aside (of one wave, or all), those not yet taken in first."""
    rows = storage.db.execute(
        """SELECT s.respondent_id, r.wave_id, trim(r.township_name), s.missing, s.taken_in_at IS NOT NULL
           FROM set_aside s JOIN respondent r ON r.id = s.respondent_id
           WHERE s.missing != '' AND (? IS NULL OR r.wave_id = ?)
           ORDER BY s.taken_in_at IS NOT NULL, r.township_name, s.respondent_id""",
        [wave_id, wave_id]).fetchall()
    return [SetAside(rid, wave, town, missing, bool(taken)) for rid, wave, town, missing, taken in rows]


def take_in(storage: Storage, respondent_ids: list[str], taken: bool = True) -> int:
    """Count these answers after all (or, with `taken` False, leave them out again); audited. Returns how many
    changed."""
    ids = json.dumps(sorted(set(respondent_ids)))
    with storage.db.atomic():
        changed = storage.db.execute(
            f"""UPDATE set_aside SET taken_in_at = {'?' if taken else 'NULL'}
                WHERE respondent_id IN (SELECT value FROM json_each(?)) AND (taken_in_at IS NULL) = ?
                      AND missing != ''""",
            [now(), ids, 1] if taken else [ids, 0]).rowcount
        if changed:
            audit.record(storage.db.conn, "set_aside",
                         f"{'纳入统计' if taken else '移出统计'}：{changed} 份空的或几乎是空的答卷")
    return changed
