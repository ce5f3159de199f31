"""What the core says, in the English UI: a finished Chinese text is recognised by its template and translated with
its parts; the Chinese UI shows it unchanged.

The core writes its findings, errors and chart texts in Chinese (the database, the log and the meeting pack keep
them so). tools/extract_core_strings.py lists every string and f-string of the core as a template in
ui/common/core_strings.py ({0}, {1}… for an f-string's fields); this module finds the template a text was made
from, translates it through Qt, and puts the parts back, each translated in turn (a vocabulary label, a nested
message) or left as it is (a name someone typed). A text no template makes is translated sentence by sentence and
item by item (「、」); Chinese punctuation left in English becomes English punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from .core_strings import CORE_STRINGS

FIELD = re.compile(r"\{[^{}]*\}")
IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
CHINESE_MARKS = re.compile(r"[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff《》]")
SENTENCE_END = re.compile(r"(?<=[。！？；\n])")
# Straight quotes: the bundled Chinese font draws “ and ” a full character wide, which reads as a gap in English.
PUNCTUATION = str.maketrans({
    "，": ", ", "。": ". ", "：": ": ", "；": "; ", "、": ", ", "（": " (", "）": ") ", "「": '"', "」": '"',
    "『": "'", "』": "'", "《": '"', "》": '"', "！": "! ", "？": "? ", "～": "–", "　": " ",
})
LEADING_TAG = re.compile(r"([A-Za-z0-9][\w.,%/+-]*\s+)(.*[\u4e00-\u9fff].*)", re.DOTALL)
TRAILING_NUMBER = re.compile(r"(.*[\u4e00-\u9fff].*?)(\s+[\d.,%/+-]+)", re.DOTALL)
LEADING_QUOTE = re.compile(r"「([^「」]+)」(.*[\u4e00-\u9fff].*)", re.DOTALL)
DEPTH = 4  # a message inside a message inside a message: no deeper in practice


LONGEST = 1000  # characters: a longer text is not matched against templates, only its punctuation is changed


class _Template:
    """A template's literal parts and fields, matched by plain search (a regex of several `(.*?)` fields took
    seconds on a hostile file name repeating the literals: it backtracks through every combination)."""

    __slots__ = ("context", "text", "literals", "fields", "quoted", "weight", "longest")

    def __init__(self, context: str, text: str):
        self.context, self.text = context, text
        self.literals = FIELD.split(text)
        self.fields = FIELD.findall(text)
        # A field in 「」 holds a name as someone typed it (a wave's title, a file's), or a word of the core (「是」):
        # never read as a message of its own, so a title cannot pass for one (_word).
        self.quoted, depth = set(), 0
        for i, literal in enumerate(self.literals[:-1]):
            depth = max(depth + literal.count("「") - literal.count("」"), 0)
            if depth:  # inside 「…」 («「{0} {1}」» holds two)
                self.quoted.add(i)
        self.weight = sum(len(part) for part in self.literals)
        self.longest = max(self.literals, key=len)

    def readings(self, text: str) -> list[tuple[str, ...]]:
        """The fields' values where text is this template filled in: each field as short as it can be from the left,
        then each as long as it can be; [] when it is not."""
        first, last = self.literals[0], self.literals[-1]
        if not (text.startswith(first) and text.endswith(last)) or len(first) + len(last) > len(text):
            return []
        found = []
        lazy, at = [], len(first)
        for literal in self.literals[1:-1]:
            found_at = text.find(literal, at)
            if found_at < 0:
                break
            lazy.append(text[at:found_at])
            at = found_at + len(literal)
        else:
            if at <= len(text) - len(last):
                found.append((*lazy, text[at:len(text) - len(last)]))
        greedy, end = [], len(text) - len(last)
        for literal in reversed(self.literals[1:-1]):
            found_at = text.rfind(literal, len(first), end)
            if found_at < 0:
                return found
            greedy.insert(0, text[found_at + len(literal):end])
            end = found_at
        if end >= len(first):
            reading = (text[len(first):end], *greedy)
            if reading not in found:
                found.append(reading)
        return found


@lru_cache(maxsize=1)
def _catalogue() -> tuple[dict[str, str], list[_Template]]:
    """Built at the first English text: the Chinese UI never pays for it."""
    exact: dict[str, str] = {}
    templates: list[_Template] = []
    for context, text in CORE_STRINGS:
        exact.setdefault(text, context)
        if FIELD.search(text):  # which texts are worth a template is the extractor's rule
            templates.append(_Template(context, text))
    templates.sort(key=lambda t: -t.weight)  # the most specific template first
    return exact, templates



_language = {"code": "zh_CN"}  # what ui/shell/app.install_translators installed last


def set_language(code: str) -> None:
    """The UI's language from now on; what was said in the previous one is forgotten."""
    _language["code"] = code
    _said.cache_clear()
    _whole.cache_clear()


def english() -> bool:
    """Whether the UI speaks a language other than Chinese (only then are the core's texts translated)."""
    return not _language["code"].startswith("zh")


def said(text: str) -> str:
    """The text in the UI's language: unchanged in Chinese, translated where the core's templates know it."""
    if not text or not english() or not CHINESE_MARKS.search(text):
        return text
    return _said(text)


@lru_cache(maxsize=20_000)
def _said(text: str) -> str:
    result = _english_marks(_part(text, 0))
    return result.rstrip() if not text[-1].isspace() else result


def _part(text: str, depth: int) -> str:
    stripped = text.strip()
    if not stripped or not CHINESE_MARKS.search(stripped):
        return text
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    whole = _whole(stripped, depth)
    if whole is None or whole.absorbed:  # a field took a clause with it: the clauses may read better one by one
        pieces = _pieces(stripped, depth)
        whole = pieces if whole is None else min((whole, pieces), key=_cost)
    return lead + whole + trail


class Reading(str):
    """A translation, and how many clause marks (「，」「；」「。」, a closing quote) a template's field swallowed:
    a reading that swallowed none is the better one (the core built the sentence of several templates)."""

    absorbed = 0


def _reading(text: str, absorbed: int = 0) -> Reading:
    reading = Reading(text)
    reading.absorbed = absorbed
    return reading


def _cost(reading: str) -> tuple[int, int]:
    return _chinese_left(reading), getattr(reading, "absorbed", 0)


@lru_cache(maxsize=20_000)
def _whole(text: str, depth: int) -> Reading | None:
    exact, templates = _catalogue()
    context = exact.get(text)
    if context is not None:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return _reading(translated)
    if depth >= DEPTH or len(text) > LONGEST:
        return None
    for template in templates:
        if template.longest not in text:
            continue
        matches = template.readings(text)
        if not matches:
            continue
        translated = QCoreApplication.translate(template.context, template.text)
        if translated == template.text:
            continue
        readings = []
        for groups in matches:
            parts = [_word(g) if i in template.quoted else _part(g, depth + 1) for i, g in enumerate(groups)]
            absorbed = sum(g.count(mark) for g in groups for mark in "，；。」")
            readings.append(_reading(_fill(translated, template.fields, parts), absorbed))
            if not IDEOGRAPH.search(readings[-1]) and not absorbed:
                break
        return min(readings, key=_cost)
    return None


def _word(text: str) -> str:
    """A quoted field: one of the core's own words translated (「是」), anything else as it is."""
    exact, _ = _catalogue()
    context = exact.get(text)
    return text if context is None else QCoreApplication.translate(context, text)


def _fill(translated: str, fields: list[str], parts: list[str]) -> str:
    """Put the parts into the translation: named and numbered fields by name, "{}" in order."""
    values = dict(zip(fields, parts))
    anonymous = iter(part for field, part in zip(fields, parts) if field == "{}")
    return FIELD.sub(lambda m: next(anonymous, "") if m.group(0) == "{}" else values.get(m.group(0), m.group(0)),
                     translated)


def _pieces(text: str, depth: int) -> str:
    """Sentence by sentence, clause by clause, then item by item; a piece no template knows stays as it is."""
    sentences = [s for s in SENTENCE_END.split(text) if s]
    if len(sentences) > 1:
        return " ".join(_ended(s.strip(), depth) for s in sentences)
    built = _sentence(text, depth)
    if built is not None:
        return built
    quoted = LEADING_QUOTE.fullmatch(text)
    if quoted and depth < DEPTH:  # 「分钟数」必须是整数。: a refusal names its field first (errors.InputRejected)
        return f"「{_part(quoted.group(1), depth + 1)}」 {_part(quoted.group(2), depth + 1)}"
    tagged = LEADING_TAG.fullmatch(text) or TRAILING_NUMBER.fullmatch(text)
    if tagged and depth < DEPTH:  # 「Q7 每日打卡」, 「均值 76」: a code or a number beside words
        return "".join(_part(piece, depth + 1) for piece in tagged.groups())
    if "、" in text:  # a list the core joined: English separates it with commas, names included
        return ", ".join(_part(item, depth + 1).strip() for item in text.split("、"))
    return text


def _ended(sentence: str, depth: int) -> str:
    """A sentence of several: whole with its end mark (a template may end with it), else without it, so that the
    mark never becomes part of the template's last field."""
    readings = [_whole(sentence, depth)]
    if sentence[-1:] in "。；！？" and sentence[:-1]:
        readings.append(_part(sentence[:-1], depth) + sentence[-1])
    readings = [r for r in readings if r is not None]
    return min(readings, key=_cost) if readings else _part(sentence, depth)


def _sentence(sentence: str, depth: int) -> str | None:
    """One sentence without its end mark, read whole or as known clauses (whichever leaves less Chinese); None
    when neither reads it."""
    body, end = (sentence[:-1], sentence[-1:]) if sentence[-1:] in "。；！？" and sentence[:-1] else (sentence, "")
    readings = [r for r in (_whole(body, depth), _clauses(body, depth)) if r is not None]
    return min(readings, key=_cost) + end if readings else None


def _chinese_left(text: str) -> int:
    return len(IDEOGRAPH.findall(text))


def _clauses(text: str, depth: int) -> str | None:
    """A sentence the core built clause by clause (「…最多，59 名使用者…」 + 「，使用者人均…」, or a text and a note
    in brackets): cut at some of its commas and brackets so that each clause is a known text, leaving the least Chinese, then in the fewest clauses. None when
    no cut works."""
    commas = [i for i, mark in enumerate(text) if mark == "，" and i > 0]
    remarks = [i for i, mark in enumerate(text) if mark == "（" and i > 0]  # a note added in brackets
    if not (commas or remarks) or len(commas) + len(remarks) > 8:
        return None
    # A clause's own text may begin or end with the comma (「与上一批次「{0}」相比，」): cut on both sides of each.
    bounds = sorted({0, len(text), *commas, *(i + 1 for i in commas), *remarks})
    best: dict[int, tuple[int, int, int, str] | None] = {len(bounds) - 1: (0, 0, 0, "")}

    def clause(start: int, stop: int) -> str | None:
        piece = text[bounds[start]:bounds[stop]]
        if piece == "，":
            return _reading(", ")
        readings = [_whole(piece, depth)]
        if piece.startswith("，"):  # the comma belongs to the clause's own text, or only joins it to the last
            inner = _whole(piece[1:], depth)
            readings.append(None if inner is None else _reading(", " + inner, inner.absorbed))
        readings = [r for r in readings if r is not None]
        return min(readings, key=_cost) if readings else None

    for start in range(len(bounds) - 2, -1, -1):
        options = []
        for stop in range(start + 1, len(bounds)):
            head, tail = clause(start, stop), best[stop]
            if head is not None and tail is not None:
                left, absorbed = _cost(head)
                options.append((left + tail[0], absorbed + tail[1], 1 + tail[2], head + tail[3]))
        best[start] = min(options) if options else None
    if best[0] is None or best[0][2] < 2:
        return None
    return _reading(best[0][3], best[0][1])


def _english_marks(text: str) -> str:
    """Chinese punctuation in an English sentence becomes English punctuation, spaced as English is."""
    if IDEOGRAPH.search(text) and not re.search(r"[A-Za-z]", text):
        return text  # Chinese still: a name as its user wrote it
    text = text.translate(PUNCTUATION)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.;:!?)])", r"\1", text)
    return re.sub(r"\( +", "(", text)


def message_of(error: BaseException) -> str:
    """An error's message (without its advice) in the UI's language."""
    return said(getattr(error, "message", None) or str(error))


def full_message(error: BaseException) -> str:
    """An error's message and advice, in the UI's language."""
    advice = getattr(error, "advice", "")
    return " ".join(part for part in (message_of(error), said(advice)) if part)


def joined(items) -> str:
    """A list in the UI's language: 「甲、乙」, "A, B"."""
    return QCoreApplication.translate("lists", "、").join(items)
