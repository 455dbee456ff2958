"""The seed articles: what an analyst must see in them (issue: indicator engine, item 5)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from conftest import SEED_000, SEED_001, SEEDS

from monitor.ingest.seeds import parse_seed


def _hits(analyser, name):
    record = parse_seed(name, (SEEDS / name).read_bytes(), ZoneInfo("UTC"))
    return analyser.analyse(record.text, published=record.published_at).hits


def _find(hits, indicator, **expected):
    found = [h for h in hits if h.indicator == indicator and all(getattr(h, k) == v for k, v in expected.items())]
    assert found, f"no {indicator} hit with {expected}; got {[(h.indicator, h.actor, h.quantity, h.trigger) for h in hits]}"
    return found


@pytest.fixture(scope="module")
def hits_000(analyser):
    return _hits(analyser, SEED_000)


@pytest.fixture(scope="module")
def hits_001(analyser):
    return _hits(analyser, SEED_001)


def test_seed_000_cut_ties(hits_000):
    severed = _find(hits_000, "severance")
    sentences = " ".join(h.sentence for h in severed)
    assert "road and rail connections" in sentences
    assert "block the southern border" in sentences


def test_seed_000_reinforced_defences_enemy_drills_and_nuclear_assets(hits_000):
    assert any("defensive structures" in h.sentence for h in _find(hits_000, "force_buildup"))
    assert any("invariable principal enemy" in h.sentence for h in _find(hits_000, "hostile_rhetoric", actor="PRK"))
    assert any("joint military exercises" in h.sentence for h in _find(hits_000, "military_exercise"))
    assert any("nuclear assets" in h.sentence for h in _find(hits_000, "nuclear", actor="USA"))


def test_seed_000_arms_personnel_and_alignment(hits_000):
    assert any("supplying weapons" in h.sentence for h in _find(hits_000, "arms_transfer", actor="PRK"))
    deployed = _find(hits_000, "foreign_deployment", actor="PRK", target="UKR")
    assert any(h.hedged and "allegedly" in h.sentence for h in deployed)
    assert _find(hits_000, "hostile_alignment", actor="PRK", target="RUS")


def test_seed_001_infrastructure_severance_incursion(hits_001):
    blown = _find(hits_001, "infrastructure_destruction", actor="PRK")
    assert any("blowing up roads and rail bridges" in h.sentence for h in blown)
    assert _find(hits_001, "severance")
    incursion = _find(hits_001, "incursion")
    assert any("drone" in h.sentence and "leaflets" in h.sentence for h in incursion)


def test_seed_001_numbers(hits_001):
    _find(hits_001, "mobilisation", actor="PRK", quantity=1_400_000, unit="citizens")
    _find(hits_001, "force_buildup", quantity=10_000, unit="artillery pieces")
    _find(hits_001, "foreign_deployment", actor="PRK", quantity=10_000, unit="soldiers")
    _find(hits_001, "defection", quantity=18, unit="soldiers")


def test_seed_001_readiness_alignment_drills(hits_001):
    assert any("moment's notice" in h.sentence for h in _find(hits_001, "readiness", negated=False))
    aligned = _find(hits_001, "hostile_alignment")
    assert any(all(c in h.sentence for c in ("North Korea", "Russia", "China", "Iran")) for h in aligned)
    _find(hits_001, "military_exercise", actor="CHN", target="TWN")


def test_seed_001_nuclear_and_missile_strikes_are_hypothetical(hits_001):
    assert all(h.hypothetical for h in _find(hits_001, "nuclear"))
    scenario = [h for h in hits_001 if "would likely involve" in h.sentence]
    assert {h.indicator for h in scenario} >= {"nuclear", "armed_clash"}
    assert all(h.hypothetical for h in scenario if h.indicator == "armed_clash")


def test_hits_point_into_the_text(analyser):
    record = parse_seed(SEED_001, (SEEDS / SEED_001).read_bytes(), ZoneInfo("UTC"))
    for hit in analyser.analyse(record.text).hits:
        assert record.text[hit.start : hit.end] == hit.sentence
        assert record.text[hit.trigger_start : hit.trigger_end] == hit.trigger
        assert hit.start <= hit.trigger_start < hit.trigger_end <= hit.end
        assert 0 <= hit.confidence <= 1
        assert -1 <= hit.tone <= 1
        assert -10 <= hit.weight <= 0
