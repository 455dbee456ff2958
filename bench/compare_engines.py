"""The indicator engine of this tree against the engine of a past commit, timed in one process.

    python bench/compare_engines.py 090c854            # this tree against commit 090c854
    python bench/compare_engines.py HEAD~3 --rounds 15

Separate runs of bench_analysis.py drift by several percent on a shared machine, more than most
changes to the engine are worth. Here both engines (the past one is copied out of git into a
temporary package) analyse the same corpus in turns, VADER left out, best of --rounds each, so drift
hits both alike. It also checks that both find the same hits, and says so when they do not.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_analysis import corpus  # noqa: E402

PACKAGE = "monitor/indicators"


def past_engine(revision: str, into: Path) -> str:
    """Copy the engine at ``revision`` into ``into`` as a package of its own; return its name."""
    name = "engine_" + "".join(c for c in revision if c.isalnum())
    target = into / name / "indicators"
    target.mkdir(parents=True)
    (into / name / "__init__.py").write_text("")
    files = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{revision}:{PACKAGE}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    for file in files:
        text = subprocess.run(
            ["git", "show", f"{revision}:{PACKAGE}/{file}"], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
        # Its data files are read as resources of its own package; the error classes stay shared.
        text = text.replace("monitor.indicators", f"{name}.indicators").replace("from ..errors", "from monitor.errors")
        (target / file).write_text(text, encoding="utf-8")
    return name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revision", help="the past commit, e.g. HEAD~1 or a hash")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="engines-"))
    try:
        sys.path.insert(0, str(workdir))
        name = past_engine(args.revision, workdir)
        engines = {
            args.revision: importlib.import_module(f"{name}.indicators").Analyser(),
            "this tree": importlib.import_module("monitor.indicators").Analyser(),
        }
        for analyser in engines.values():
            analyser.tone = lambda sentence: 0.0  # VADER is the same in both: leave it out
        docs = corpus() * args.copies
        found = {label: [[h.to_dict() for h in a.analyse(d).hits] for d in docs[: len(docs) // args.copies]] for label, a in engines.items()}
        best = dict.fromkeys(engines, float("inf"))
        for _ in range(args.rounds):
            for label, analyser in engines.items():
                started = time.perf_counter()
                for doc in docs:
                    analyser.analyse(doc)
                best[label] = min(best[label], time.perf_counter() - started)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    past, now = best[args.revision], best["this tree"]
    print(f"corpus: {len(docs)} documents, VADER left out, best of {args.rounds} rounds, taken in turns")
    print(f"{args.revision}: {past * 1000:.1f} ms")
    print(f"this tree: {now * 1000:.1f} ms ({(now / past - 1) * 100:+.1f}%)")
    same = found[args.revision] == found["this tree"]
    print("hits: the same" if same else "hits: different (the engines do not find the same things)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
