"""The hint beside a wave's passphrase: short, common or self-describing phrases are weak; a private sentence is
strong."""

import pytest

from burden_survey.survey_files.passphrase_strength import FAIR, STRONG, WEAK, strength

WAVE_WORDS = ["XS2026A", "锡山区2026年第四季度", "东港镇"]


@pytest.mark.parametrize("passphrase", ["12345678", "password2026", "qwertyuiop", "XS2026A2026"])
def test_common_or_guessable_phrases_are_weak(passphrase):
    assert strength(passphrase, WAVE_WORDS).level == WEAK


def test_a_phrase_built_on_the_waves_own_words_is_said_to_be_so_and_counts_weaker():
    built = strength("东港镇的老槐树开花了", WAVE_WORDS)
    alone = strength("东港镇的老槐树开花了")
    assert built.uses_known and not alone.uses_known and built.level < alone.level


@pytest.mark.parametrize("passphrase", ["Grandmother planted ginkgo 1987 by the well", "我家门口那棵银杏树今年黄得特别早"])
def test_a_long_private_sentence_is_strong_in_either_script(passphrase):
    found = strength(passphrase, WAVE_WORDS)
    assert found.level == STRONG and found.years > 100


def test_the_hint_is_quick_even_for_a_pasted_page():
    assert strength("长" * 100_000).level in (WEAK, FAIR, STRONG)


@pytest.mark.parametrize("passphrase", ["锡山区减负办公室2026", "xishanqu2026", "东港镇老街"])
def test_a_place_of_the_wave_in_characters_or_pinyin_counts_as_known(passphrase):
    """Found by the red-team pass: each title was one word to zxcvbn, so its parts were never matched."""
    found = strength(passphrase, WAVE_WORDS)
    assert found.uses_known and found.level < STRONG
