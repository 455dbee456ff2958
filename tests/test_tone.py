"""The analyser's tone must be VADER's compound score, to the last digit, whatever the sentence."""

from __future__ import annotations

import ast
import json
import random
from pathlib import Path

import pytest
from vaderSentiment import vaderSentiment as vader

from monitor.indicators import Analyser
from monitor.indicators.text import split_sentences
from monitor.indicators.tone import Tone

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reference():
    return vader.SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def tone():
    return Tone()


def _real_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    gold = json.loads((ROOT / "bench/data/plover_gsr/PLOVER_GSR_CAMEO.clean.json").read_text(encoding="utf-8"))
    texts += [r["text"] for r in gold if r.get("text")]
    sentences = [t[s:e] for t in texts for s, e in split_sentences(t)]
    # Every string written in the engine's tests: wire copy from many theatres.
    for path in sorted((ROOT / "tests").glob("test_engine_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and " " in node.value:
                sentences.append(node.value)
    return sentences


def _generated(count: int, seed: int) -> list[str]:
    """Sentences made of the words VADER's rules look for, in every order, case and punctuation."""
    rng = random.Random(seed)
    lexicon = sorted(vader.SentimentIntensityAnalyzer().lexicon)
    words = [
        *vader.BOOSTER_DICT, *vader.NEGATE, *vader.SPECIAL_CASES,
        "no", "but", "least", "at", "very", "never", "so", "this", "without", "doubt", "kind", "of", "or",
        "nor", "not", "isn't", "the", "bomb", "good", "bad", "great", "war", "attack", "peace", "killed",
        "!", "?", "!!", "??", "???", "????", ":)", ":(", ":D", "(good)", "'bad'", "--", "\u201cwar\u201d",
        "but,", "(but", "no,", "least,", "kind,", "of.", "never,", "VERY,", "\"so",
        "\U0001F601", "\U0001F498", "caf\u00e9", "\u00c9TAT", "na\u00efve",
        *rng.sample(lexicon, 400),
    ]
    sentences = []
    for _ in range(count):
        chosen = [rng.choice(words) for _ in range(rng.randint(0, 14))]
        shaped = [w.upper() if rng.random() < 0.15 else w.title() if rng.random() < 0.1 else w for w in chosen]
        glue = rng.choice([" ", " ", "  ", "\t", "\n"])
        sentence = glue.join(shaped)
        if rng.random() < 0.3:
            sentence += rng.choice(["!", "?", "!!!", "??", ".", "!?!?!!", "\U0001F601"])
        sentences.append(sentence)
    return sentences


def test_tone_is_vaders_compound_on_real_sentences(tone, reference):
    sentences = _real_sentences()
    assert len(sentences) > 1000
    differ = [(s, tone.compound(s), reference.polarity_scores(s)["compound"]) for s in sentences]
    differ = [d for d in differ if d[1] != d[2]]
    assert differ == []
    # The sentences do exercise the scores: most news sentences carry some sentiment.
    assert sum(tone.compound(s) != 0 for s in sentences) > len(sentences) / 2


def test_tone_is_vaders_compound_on_sentences_built_from_its_rules(tone, reference):
    sentences = _generated(20000, seed=20261122)
    differ = [(s, tone.compound(s), reference.polarity_scores(s)["compound"]) for s in sentences]
    differ = [d for d in differ if d[1] != d[2]]
    assert differ == []


@pytest.mark.parametrize(
    "sentence",
    [
        "",
        "   ",
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
        "The plot was good, but the characters are uncompelling and the dialog is not great.",
        "At least it isn't a horrible book.",
        "Roger Dodger is one of the least compelling variations on this theme.",
        "Without a doubt, an excellent idea.",
        "Sentiment analysis has never been this good!",
        "On the other hand, VADER is quite bad ass",
        "The book was only kind of good.",
        "Catch utf-8 emoji such as \U0001F498 and \U0001F48B and \U0001F601",
        "No, the talks were not a failure, no",
        "The strike killed 12 but the truce, a good truce, a good truce, held.",
    ],
)
def test_vaders_own_examples_and_edge_cases(tone, reference, sentence):
    assert tone.compound(sentence) == reference.polarity_scores(sentence)["compound"]


def test_the_analyser_gives_each_hit_the_tone_of_its_sentence(reference):
    text = "North Korea fired two ballistic missiles on Tuesday. The launch was a grave and reckless provocation!"
    hits = Analyser().analyse(text).hits
    assert hits
    for hit in hits:
        assert hit.tone == reference.polarity_scores(hit.sentence)["compound"]
