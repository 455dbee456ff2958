"""Analysis speed against its floor, VADER alone over the same sentences, measured in one run.

    python bench/bench_analysis.py            # prints the figures
    python bench/bench_analysis.py --repeat 5   # fewer rounds (default 9)

Corpus: the seed articles and the 322 PLOVER sentences, analysed as documents. VADER must score every
sentence (each one needs a tone), so "VADER alone" is the floor; the target is analysis at most 1.5x it.
Both are timed in the same process, interleaved, best of --repeat rounds, so machine noise hits both.

"VADER alone" is vaderSentiment's own ``polarity_scores``, not the analyser's tone: the analyser computes
the same compound score faster (monitor/indicators/tone.py), so the figure also gives that tone alone
and the analysis against it, which is what the engine adds to the tone.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import NamedTuple

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# The installed engine, as users run it: compiled where setup.py could compile it (`pip install .`), pure
# Python in an editable install. The first line printed says which.
import monitor.indicators
from monitor.indicators import Analyser
from monitor.indicators.text import split_sentences

HERE = Path(__file__).resolve().parent


def corpus() -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "seeds").glob("*.txt"))]
    gold = json.loads((HERE / "data/plover_gsr/PLOVER_GSR_CAMEO.clean.json").read_text(encoding="utf-8"))
    docs += [r["text"] for r in gold if r.get("text")]
    return docs


class Timings(NamedTuple):
    vader: float  # vaderSentiment's polarity_scores on every sentence
    tone: float  # the analyser's tone (the same compound score) on every sentence
    analysis: float
    sentences: int
    hits: int


def measure(analyser: Analyser, docs: list[str], repeat: int) -> Timings:
    """Best-of-``repeat`` seconds for VADER alone, the analyser's tone alone and the full analysis, interleaved."""
    sentences = [d[s:e] for d in docs for s, e in split_sentences(d)]
    vader = SentimentIntensityAnalyzer()
    vader_best = tone_best = analysis_best = float("inf")
    hits = 0
    for _ in range(repeat):
        started = time.perf_counter()
        for sentence in sentences:
            vader.polarity_scores(sentence)
        vader_best = min(vader_best, time.perf_counter() - started)
        started = time.perf_counter()
        for sentence in sentences:
            analyser.tone(sentence)
        tone_best = min(tone_best, time.perf_counter() - started)
        started = time.perf_counter()
        hits = sum(len(analyser.analyse(d).hits) for d in docs)
        analysis_best = min(analysis_best, time.perf_counter() - started)
    return Timings(vader_best, tone_best, analysis_best, len(sentences), hits)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=9, help="rounds; the best of each is kept")
    parser.add_argument("--copies", type=int, default=20, help="how many times the corpus is analysed per round")
    parser.add_argument("--parts", action="store_true", help="also measure the seed articles and the PLOVER sentences apart")
    args = parser.parse_args(argv)
    docs = corpus() * args.copies
    analyser = Analyser()
    size = sum(len(d.encode("utf-8")) for d in docs)
    t = measure(analyser, docs, args.repeat)
    ratio = t.analysis / t.vader
    print(f"indicator engine: {monitor.indicators.BUILD} ({Path(monitor.indicators.engine.__file__).name}), Python {sys.version.split()[0]}")
    print(f"corpus: {len(docs)} documents, {t.sentences} sentences, {size / 1e6:.2f} MB, {t.hits} hits")
    print(f"VADER alone, per sentence:  {t.vader:.3f} s ({size / 1e6 / t.vader:.2f} MB/s)")
    print(f"the analyser's tone alone:  {t.tone:.3f} s ({size / 1e6 / t.tone:.2f} MB/s)")
    print(f"full analysis:              {t.analysis:.3f} s ({size / 1e6 / t.analysis:.2f} MB/s)")
    print(f"ratio analysis / VADER: {ratio:.3f}x (target at most 1.5x)")
    print(f"ratio analysis / the analyser's tone: {t.analysis / t.tone:.2f}x")
    if args.parts:
        everything = corpus()
        # The seed articles are few: repeat them so that both parts take about as long to measure.
        for name, part in (("seed articles", everything[:2] * 20 * args.copies), ("PLOVER sentences", everything[2:] * args.copies)):
            p = measure(analyser, part, args.repeat)
            print(f"  {name}: {p.sentences} sentences, {p.hits / p.sentences:.2f} hits per sentence, ratio {p.analysis / p.vader:.2f}x")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
