"""The compiled engine (setup.py builds its modules with Cython) finds exactly what its Python sources find.

The sources are compiled as they are, with no C types, so every hit, field for field, must be the same;
this runs the same texts through the installed engine and through a copy of the sources, in a second
process, and compares. `.ci/run` sets MONITOR_EXPECT_COMPILED=1: there a pure Python install is a failure
(the README's install compiles), elsewhere it only skips this test.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from conftest import REPO, SEEDS

import monitor
import monitor.indicators
from monitor.indicators import Analyser

PLOVER = REPO / "bench/data/plover_gsr/PLOVER_GSR_CAMEO.clean.json"

# Runs in the second process, on the copy of the sources; prints every hit of every text, and the tones.
_ANALYSE = """
import json, sys
from datetime import datetime, timezone
import monitor.indicators as engine
assert not engine.COMPILED, engine.engine.__file__
texts = json.load(sys.stdin)
analyser = engine.Analyser()
published = datetime(2024, 11, 1, tzinfo=timezone.utc)
out = []
for text in texts:
    for exhaustive in (False, True):
        analysis = analyser.analyse(text, published, exhaustive=exhaustive)
        out.append({"tone": analysis.tone, "hits": [hit.to_dict() for hit in analysis.hits]})
json.dump(out, sys.stdout)
"""


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [record["text"] for record in json.loads(PLOVER.read_text(encoding="utf-8")) if record.get("text")]
    return texts


def test_the_compiled_engine_finds_what_its_sources_find(tmp_path):
    if not monitor.indicators.COMPILED:
        if os.environ.get("MONITOR_EXPECT_COMPILED") == "1":
            pytest.fail(f"the indicator engine is pure Python ({monitor.indicators.engine.__file__}): setup.py did not compile it")
        pytest.skip("the indicator engine is installed as pure Python here (see setup.py): nothing compiled to compare")
    # The sources, without any compiled module that may sit beside them.
    shutil.copytree(REPO / "monitor", tmp_path / "monitor", ignore=shutil.ignore_patterns("*.so", "*.pyd", "__pycache__"))
    texts = _texts()
    result = subprocess.run(
        [sys.executable, "-c", _ANALYSE],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    from_sources = json.loads(result.stdout)

    from datetime import datetime, timezone

    analyser = Analyser()
    published = datetime(2024, 11, 1, tzinfo=timezone.utc)
    compiled = [
        {"tone": analysis.tone, "hits": [hit.to_dict() for hit in analysis.hits]}
        for text in texts
        for analysis in (analyser.analyse(text, published), analyser.analyse(text, published, exhaustive=True))
    ]
    assert sum(len(c["hits"]) for c in compiled) > 300  # the comparison covers real hits, not empty lists
    differ = [(i, texts[i // 2][:80]) for i, (a, b) in enumerate(zip(compiled, from_sources)) if a != b]
    assert len(compiled) == len(from_sources) and not differ, differ[:5]


def test_version_says_which_build_is_installed(tmp_path):
    # Not from the repository's folder, where `python -m` would find the sources before the installed package.
    result = subprocess.run([sys.executable, "-m", "monitor", "--version"], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"monitor {monitor.__version__} (indicator engine: {monitor.indicators.BUILD})"
    assert monitor.indicators.BUILD in ("compiled", "pure Python")
