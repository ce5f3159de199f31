"""How long a wave's passphrase would hold against someone with a copy of the database: a hint, never a refusal."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pypinyin import lazy_pinyin
from zxcvbn import zxcvbn

# What one guess costs here: the key is wrapped with scrypt tuned to about half a second on an office PC.
# An attacker with a copy of a backup and a hundred such cores tries about 200 a second.
GUESSES_PER_SECOND = 200
WEAK, FAIR, STRONG = 0, 1, 2
_LONGEST = 72  # zxcvbn refuses longer phrases (its matching grows fast); the first 72 characters are judged


@dataclass(frozen=True)
class Strength:
    level: int  # WEAK, FAIR or STRONG
    years: float  # about how long the attacker above needs to try half of the guesses
    uses_known: bool  # built on the wave's own words (its id, title, organiser, place names)


def strength(passphrase: str, known_words: list[str] = ()) -> Strength:
    """The passphrase's strength; `known_words` are what a colleague would guess first, so a phrase built on
    them counts one level weaker."""
    if not passphrase:
        return Strength(WEAK, 0.0, False)
    result = zxcvbn(passphrase[:_LONGEST], user_inputs=_guessable(known_words))
    guesses = float(result["guesses"])
    years = guesses / 2 / GUESSES_PER_SECOND / (365 * 24 * 3600)
    level = WEAK if guesses < 1e8 else FAIR if guesses < 1e11 else STRONG
    uses_known = any(m.get("dictionary_name") == "user_inputs" for m in result["sequence"])
    return Strength(max(WEAK, level - uses_known), years, uses_known)


def _guessable(known_words) -> list[str]:
    """The words a colleague tries first: each known text whole, its runs of letters, digits and Han characters, and
    every 2–4 character piece of the Han runs (「锡山区」 of 「锡山区2026年第四季度」), in the order given."""
    found: list[str] = []
    for word in known_words:
        if not word:
            continue
        found.append(word)
        for run in _RUNS.findall(word):
            found.append(run)
            if _HAN.match(run):
                pieces = [run[i:i + n] for n in (len(run), 4, 3, 2) for i in range(len(run) - n + 1)]
                found += pieces
                found += ["".join(lazy_pinyin(piece)) for piece in pieces]  # 「xishanqu」 for 「锡山区」
    return list(dict.fromkeys(found))[:2000]


_HAN = re.compile(r"[\u4e00-\u9fff]")
_RUNS = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]{3,}")  # years and numbers zxcvbn guesses well by itself
