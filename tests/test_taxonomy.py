"""The taxonomy is data with a contract: 17 indicators, codes, weights, and patterns that work."""

from __future__ import annotations

import ast
import json
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import REPO, SEEDS

from monitor.errors import TaxonomyError
from monitor.indicators import Analyser, load_taxonomy
from monitor.indicators.taxonomy import default_taxonomy_path, parse_taxonomy

IDS = [
    "mobilisation", "readiness", "force_buildup", "infrastructure_destruction", "severance",
    "foreign_deployment", "arms_transfer", "hostile_alignment", "nuclear", "missile_launch",
    "military_threat", "hostile_rhetoric", "sanctions", "armed_clash", "incursion", "military_exercise",
    "defection",
]
WEIGHTS = {
    "mobilisation": -6, "readiness": -5, "force_buildup": -6, "infrastructure_destruction": -7, "severance": -5,
    "foreign_deployment": -8, "arms_transfer": -6, "hostile_alignment": -4, "nuclear": -9, "missile_launch": -6,
    "military_threat": -6, "hostile_rhetoric": -2, "sanctions": -4, "armed_clash": -9, "incursion": -5,
    "military_exercise": -3, "defection": -2,
}


def test_seventeen_indicators_with_their_weights_and_codes():
    taxonomy = load_taxonomy()
    assert taxonomy.version
    assert [i.id for i in taxonomy.indicators] == IDS
    for indicator in taxonomy.indicators:
        assert indicator.weight == WEIGHTS[indicator.id]
        assert indicator.label and indicator.definition
        assert indicator.patterns and indicator.cues
    by_id = taxonomy.by_id()
    assert by_id["infrastructure_destruction"].cameo == ("1712",)
    assert "MOBILIZE/troops" in by_id["mobilisation"].plover
    assert by_id["defection"].cameo == ()


def test_every_example_finds_its_indicator(analyser):
    for indicator in analyser.taxonomy.indicators:
        assert indicator.examples, indicator.id
        for example in indicator.examples:
            found = {h.indicator for h in analyser.analyse(example).hits}
            assert indicator.id in found, (indicator.id, example, found)


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    gold = json.loads((REPO / "bench/data/plover_gsr/PLOVER_GSR_CAMEO.clean.json").read_text(encoding="utf-8"))
    texts += [r["text"] for r in gold if r.get("text")]
    for indicator in load_taxonomy().indicators:
        texts += list(indicator.examples)
    # Every engine test's texts: each round's constructions, where a multi-word cue once hid a cue that
    # starts at its second word ("the U.S. military targeted" holds "military target" and "targeted").
    for path in sorted((REPO / "tests").glob("test_engine_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 20]
    texts.append("In a maritime operation, the U.S. military targeted and destroyed a vessel suspected of smuggling.")
    return texts


def test_cue_scan_loses_nothing(analyser):
    """The one-pass cue scan only skips work: trying every pattern on every sentence finds the same."""
    for text in _corpus():
        assert analyser.analyse(text).hits == analyser.analyse(text, exhaustive=True).hits, text[:80]


def test_multipliers_are_stated_for_every_flag():
    multipliers = load_taxonomy().multipliers
    assert multipliers["negated"] == 0 and multipliers["historical"] == 0
    assert 0 < multipliers["hypothetical"] < 1 and 0 < multipliers["future"] < 1 and 0 < multipliers["hedged"] < 1


def _raw() -> dict:
    return tomllib.loads(default_taxonomy_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("version"), "'version'"),
        (lambda d: d["indicators"][0].update(weight=3), "weight"),
        (lambda d: d["indicators"][0]["patterns"].append({"cues": ["x"], "re": "(unclosed"}), "bad pattern"),
        (lambda d: d["indicators"][0]["patterns"].append({"cues": ["x"], "re": "<NOPE>"}), "unknown macro <NOPE>"),
        # A capital written as an escape cannot be lower-cased, and the engine matches lower-cased text.
        (lambda d: d["indicators"][0]["patterns"].append({"cues": ["x"], "re": "x\\x41"}), "cannot lower-case"),
        (lambda d: d["indicators"].append(dict(d["indicators"][0])), "defined twice"),
        (lambda d: d["multipliers"].pop("hedged"), "hedged"),
        (lambda d: d["indicators"][0]["patterns"][0].pop("cues"), "'cues' must be a list"),
        (lambda d: d["indicators"][0]["patterns"][0].update(cues=["Mobili[sz]"]), "'cues' must be a list"),
        (lambda d: d["indicators"][0]["patterns"][0].update(unless="(oops"), "pattern 1: bad pattern"),
        # A misspelt key would otherwise be ignored, and the rule it was meant to add silently missing.
        (lambda d: d["indicators"][0]["patterns"][0].update(unles="NATURAL_CAUSE"), "unknown key 'unles'"),
        (lambda d: d["indicators"][0]["patterns"][0].update(actor="receiver"), "actor must be one of speaker, supplier"),
    ],
)
def test_a_broken_taxonomy_names_what_is_wrong(change, message):
    data = _raw()
    change(data)
    with pytest.raises(TaxonomyError, match=message):
        parse_taxonomy(data, source="taxonomy.toml")


def test_version_change_is_visible_to_the_analyser():
    data = _raw()
    data["version"] = "test-2"
    analyser = Analyser(taxonomy=parse_taxonomy(data))
    assert analyser.analyse("Russia sent troops to Belarus.").taxonomy_version == "test-2"


def test_plover_targets_hold():
    """The committed evaluation report must stay true: rerun it and check every target."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import eval_plover
    finally:
        sys.path.pop(0)
    analyser = Analyser()
    records = eval_plover.load_records()
    text, met = eval_plover.report(eval_plover.evaluate(analyser, records), len(records), 0.0, analyser.version)
    assert met, text


def test_version_is_bumped_when_the_taxonomy_changes():
    """Stored hits carry the taxonomy version; a changed taxonomy under an old version would never be
    re-analysed. Record each version's content hash in tests/data/taxonomy_versions.json. The alias table
    (actors.toml) decides actors as much as the patterns do, so it counts too (from 2026.11.22-32; the
    hashes recorded before it cover taxonomy.toml alone)."""
    import hashlib
    import re

    text = default_taxonomy_path().read_text(encoding="utf-8")
    version = tomllib.loads(text)["version"]
    aliases = (default_taxonomy_path().parent / "actors.toml").read_text(encoding="utf-8")
    content = re.sub(r'(?m)^version = ".*"$', "", text) + "\n" + aliases
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    recorded = json.loads((Path(__file__).parent / "data" / "taxonomy_versions.json").read_text(encoding="utf-8"))
    assert version in recorded, f"new taxonomy version {version}: record its hash {digest} in tests/data/taxonomy_versions.json"
    assert recorded[version] == digest, f"taxonomy.toml changed but its version {version} did not: bump it"
