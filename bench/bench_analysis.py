"""Analysis speed against its floor, VADER alone over the same sentences, measured in one run.

    python bench/bench_analysis.py            # prints the figures
    python bench/bench_analysis.py --repeat 5

Corpus: the seed articles and the 322 PLOVER sentences, analysed as documents. VADER must score every
sentence (each one needs a tone), so "VADER alone" is the floor; the target is analysis at most 1.5x it.
Both are timed in the same process, interleaved, best of --repeat rounds, so machine noise hits both.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from monitor.indicators import Analyser  # noqa: E402
from monitor.indicators.text import split_sentences  # noqa: E402


def corpus() -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted((HERE.parent / "seeds").glob("*.txt"))]
    gold = json.loads((HERE / "data/plover_gsr/PLOVER_GSR_CAMEO.clean.json").read_text(encoding="utf-8"))
    docs += [r["text"] for r in gold if r.get("text")]
    return docs


def measure(analyser: Analyser, docs: list[str], repeat: int) -> tuple[float, float, int, int]:
    """Best-of-``repeat`` seconds for VADER alone and for the full analysis, interleaved."""
    sentences = [d[s:e] for d in docs for s, e in split_sentences(d)]
    vader_best = analysis_best = float("inf")
    hits = 0
    for _ in range(repeat):
        started = time.perf_counter()
        for sentence in sentences:
            analyser.tone(sentence)
        vader_best = min(vader_best, time.perf_counter() - started)
        started = time.perf_counter()
        hits = sum(len(analyser.analyse(d).hits) for d in docs)
        analysis_best = min(analysis_best, time.perf_counter() - started)
    return vader_best, analysis_best, len(sentences), hits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--copies", type=int, default=20, help="how many times the corpus is analysed per round")
    parser.add_argument("--parts", action="store_true", help="also measure the seed articles and the PLOVER sentences apart")
    args = parser.parse_args(argv)
    docs = corpus() * args.copies
    analyser = Analyser()
    size = sum(len(d.encode("utf-8")) for d in docs)
    vader_best, analysis_best, sentences, hits = measure(analyser, docs, args.repeat)
    ratio = analysis_best / vader_best
    print(f"corpus: {len(docs)} documents, {sentences} sentences, {size / 1e6:.2f} MB, {hits} hits")
    print(f"VADER alone, per sentence: {vader_best:.3f} s ({size / 1e6 / vader_best:.2f} MB/s)")
    print(f"full analysis:             {analysis_best:.3f} s ({size / 1e6 / analysis_best:.2f} MB/s)")
    print(f"ratio analysis / VADER: {ratio:.2f}x (target at most 1.5x)")
    if args.parts:
        everything = corpus()
        # The seed articles are few: repeat them so that both parts take about as long to measure.
        for name, part in (("seed articles", everything[:2] * 20 * args.copies), ("PLOVER sentences", everything[2:] * args.copies)):
            vader, analysis, n, found = measure(analyser, part, args.repeat)
            print(f"  {name}: {n} sentences, {found / n:.2f} hits per sentence, ratio {analysis / vader:.2f}x")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
