"""Write ui/common/core_strings.py: every string lupdate cannot see on its own, as QT_TRANSLATE_NOOP entries.

lupdate reads only literal strings inside tr()/translate() calls. Two kinds of user-facing text escape it:
- the core's Chinese vocabulary (choices.py, fields.py, questions.py, notice.py), shown through
  QCoreApplication.translate("choices" / "fields" / "questions" / "notice", label) with a variable;
- literals passed to a module-level helper such as `def _tr(text): return QCoreApplication.translate("Ctx", text)`,
  which lupdate files under the wrong (empty) context or skips.
- everything else the core says in Chinese (import findings, errors, chart texts, governance reasons): each string
  and f-string of burden_survey/ (not the command line's or the meeting pack's, which stay Chinese) becomes a
  template in the context "said", an f-string's fields numbered {0}, {1}…; ui/common/said.py recognises a finished
  text by its template and translates it with its parts.
Run it (the Makefile's `translations-update` does) whenever those modules change, then run lupdate.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from burden_survey.indicators import key_figures  # noqa: E402
from burden_survey.registry import app_fields  # noqa: E402
from burden_survey.survey import choices, completeness, fields, notice, questions, workdays  # noqa: E402  (no Qt)

OUTPUT = ROOT / "ui" / "common" / "core_strings.py"


def core_strings() -> list[tuple[str, str]]:
    """(context, text) for the core's vocabularies, questionnaire and notice, in file order."""
    found: list[tuple[str, str]] = []
    for module in (choices, app_fields):
        for value in vars(module).values():
            if isinstance(value, choices.Vocabulary):
                found += [("choices", c.label) for c in value]
    for table in (*fields.RECORDS.values(), app_fields.APP_FIELDS, *(q.follow_ups for q in questions.QUESTIONS)):
        for field in table:
            found += [("fields", t) for t in (field.short_label, field.tip, field.example, field.unit) if t]
            found += [("choices", c.label) for c in field.vocabulary or ()]  # the ones fields.py defines
    found.append(("fields", fields.ANONYMITY_TIP))
    for question in questions.QUESTIONS:
        found += [("questions", t) for t in (question.section, question.text, question.note) if t]
    found += [("notice", notice.DEFAULT_ORGANISER), ("notice", notice.NOTICE_TITLE), ("notice", notice.NOTICE_INTRO)]
    for heading, body in notice.NOTICE_SECTIONS:
        found += [("notice", heading), ("notice", body)]
    found.append(("notice", notice.NOTICE_CLOSING))
    found += [("workdays", note) for note in workdays.NOTES]
    found += [("completeness", text) for text in completeness.MISSING_TEXTS]
    found += [(key_figures.CONTEXT, label) for label in key_figures.LABELS.values()]
    found += [(key_figures.CONTEXT, text) for text in _text_templates(Path(key_figures.__file__))]
    return found


CORE = ROOT / "burden_survey"
SAID_SKIPPED = ("cli", "report")  # the command line and the meeting pack speak Chinese only
IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
FIELD = re.compile(r"\{[^{}]*\}")


def said_templates() -> list[tuple[str, str]]:
    """("said", template) for each Chinese string or f-string of the core that reaches a person, in file order."""
    found: list[tuple[str, str]] = []
    for path in sorted(CORE.rglob("*.py")):
        if path.relative_to(CORE).parts[0] in SAID_SKIPPED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and ast.get_docstring(node) is not None}
        inside_fstrings = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                           for part in ast.walk(node) if part is not node}
        for node in ast.walk(tree):
            if id(node) in docstrings or id(node) in inside_fstrings:
                continue
            template = _template(node)
            if template and _worth_translating(template):
                found.append(("said", template))
    return found


def _template(node: ast.AST) -> str | None:
    """A string's text, or an f-string's text with its fields as {0}, {1}… (None for anything else)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    parts, fields = [], 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            if "{" in value.value or "}" in value.value:
                return None  # a literal brace would read as a field
            parts.append(value.value)
        else:
            parts.append(f"{{{fields}}}")
            fields += 1
    return "".join(parts)


def _worth_translating(template: str) -> bool:
    """Chinese words outside the fields: with fields, two ideographs at least, or one within three marks or spaces
    (「{0}（{1}人）」, 「{0} {1} 人」), so that a short template such as "{0}人" never claims a name that ends the same way."""
    if "\\" in template or template.startswith("^") or template.endswith("$") or ("|" in template and "(" in template):
        return False  # a pattern, not a sentence
    words = FIELD.sub("", template)
    ideographs = len(IDEOGRAPH.findall(words))
    if not FIELD.search(template):
        return ideographs >= 1
    return ideographs >= 2 or (ideographs == 1 and len(words) >= 3)


def _text_templates(path: Path) -> list[str]:
    """The literal templates of `Text("…")` in a core module."""
    return [node.args[0].value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Text"
            and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            and node.args[0].value]


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level functions whose body is `return QCoreApplication.translate("Ctx", text)`."""
    helpers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr == "translate" and inner.args
                        and isinstance(inner.args[0], ast.Constant) and len(inner.args) == 2
                        and isinstance(inner.args[1], ast.Name)):
                    helpers[node.name] = inner.args[0].value
    return helpers


def ui_helper_strings() -> list[tuple[str, str]]:
    """(context, text) for literals given to translate helpers in ui/**/*.py."""
    found: list[tuple[str, str]] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name == OUTPUT.name:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helper_contexts(tree)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in helpers:
                found.append((helpers[func.id], node.args[0].value))
    return found


def all_strings() -> list[tuple[str, str]]:
    """What ui/common/core_strings.py lists, in its order: the said templates last, so they defer to the others."""
    return core_strings() + ui_helper_strings() + said_templates()


def render(entries: list[tuple[str, str]]) -> str:
    """The module: (context, text) pairs, each text marked for lupdate; a text already in an earlier context is
    not repeated under "said" (ui/common/said.py looks in every context)."""
    lines = [
        '"""Generated by tools/extract_core_strings.py — do not edit: strings lupdate cannot find by itself."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "CORE_STRINGS = (",
    ]
    seen, texts = set(), set()
    for context, text in entries:
        if (context, text) not in seen and not (context == "said" and text in texts):
            seen.add((context, text))
            texts.add(text)
            lines.append(f"    ({context!r}, QT_TRANSLATE_NOOP({context!r}, {text!r})),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def main() -> int:
    OUTPUT.write_text(render(all_strings()), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
