"""Contrast pairs: the same words in another context must change the answer."""

from __future__ import annotations

import pytest


def _hits(analyser, text, year=2024):
    from datetime import datetime, timezone

    return analyser.analyse(text, published=datetime(year, 6, 1, tzinfo=timezone.utc)).hits


def _only(analyser, text, indicator):
    hits = [h for h in _hits(analyser, text) if h.indicator == indicator]
    assert hits, f"expected {indicator} in {text!r}, got {[h.indicator for h in _hits(analyser, text)]}"
    return hits[0]


@pytest.mark.parametrize(
    "text",
    [
        "The company mobilised its sales force for the holiday season.",
        "The single blew up on the charts after the video went viral.",
        "The software deployment failed on Friday.",
        "The striker's shot hit the post in the final minute.",
        "Shares in the bank fell sharply after the quarterly report.",
        "The two universities signed a research partnership.",
        "She had a heart attack on the flight home.",
        "Fans attacked the referee's decision on social media.",
        "The band's world tour will cross the border into Canada next week.",
        "The coach warned his players about complacency.",
        "Workers launched a general strike over pensions.",
        "The startup's deployment of new servers cut costs.",
        "The children built a sandcastle near the shore.",
        "Investors fled the bond market as rates rose.",
        # What is shot down in words is no aircraft, and vowing to shoot down a bill threatens no one.
        "The spokesman shot down rumours of a merger.",
        "The senator vowed to shoot down the bill.",
        "Investors warned they would shoot down any proposal to raise fees.",
        # A police cordon, a cyber attack on a company, a gas explosion, critics of a court: none is a state's act.
        "Police sealed off roads linked to the crime scene.",
        "The company said the outage was a hybrid attack on its servers.",
        "The bridge collapsed after a gas explosion in the apartment block next to it.",
        "Critics described the ruling as a violation of international law.",
    ],
)
def test_everyday_language_gives_no_hit(analyser, text):
    assert _hits(analyser, text) == []


def test_negated(analyser):
    hit = _only(analyser, "North Korea did not mobilise its reserves.", "mobilisation")
    assert hit.negated and hit.actor == "PRK"
    assert _only(analyser, "North Korea mobilised its reserves.", "mobilisation").negated is False


def test_denial_and_reversal_negate(analyser):
    assert _only(analyser, "Moscow denied sending troops to Belarus.", "foreign_deployment").negated
    assert _only(analyser, "The European Union lifted sanctions on Belarus.", "sanctions").negated
    assert not _only(analyser, "The European Union imposed sanctions on Belarus.", "sanctions").negated


def test_hypothetical(analyser):
    hit = _only(analyser, "Russia could send more troops.", "foreign_deployment")
    assert hit.hypothetical and hit.actor == "RUS"
    assert not _only(analyser, "Russia sent more troops to Belarus.", "foreign_deployment").hypothetical
    assert _only(analyser, "If talks fail, China would impose sanctions on Taiwan.", "sanctions").hypothetical


def test_threat_makes_the_threatened_act_hypothetical(analyser):
    hits = _hits(analyser, "Iran threatened to shell Iraqi towns.")
    assert any(h.indicator == "military_threat" and not h.hypothetical for h in hits)
    assert all(h.hypothetical for h in hits if h.indicator == "armed_clash")


def test_historical(analyser):
    hit = _only(analyser, "In 1950 North Korean troops crossed the border.", "incursion")
    assert hit.historical and hit.actor == "PRK"
    assert _only(analyser, "During the Korean War, Chinese troops crossed the Yalu border.", "incursion").historical
    assert not _only(analyser, "North Korean troops crossed the border on Tuesday.", "incursion").historical


def test_since_a_war_does_not_date_the_event(analyser):
    text = "North Korea has positioned 10,000 artillery pieces along the border, threatening the armistice in place since the Korean War."
    assert not _only(analyser, text, "force_buildup").historical


def test_future(analyser):
    assert _only(analyser, "Pyongyang will close the border crossings on Wednesday.", "severance").future
    assert _only(analyser, "Russia plans to send 5,000 more troops to Belarus.", "foreign_deployment").future


def test_hedged(analyser):
    for text in (
        "North Korean soldiers are allegedly fighting in Kursk alongside Russian troops.",
        "North Korea has reportedly supplied artillery shells to Russia.",
        "Officials believed to be close to the matter say Iran shipped drones to Russia.",
    ):
        assert any(h.hedged for h in _hits(analyser, text)), text
    assert not any(h.hedged for h in _hits(analyser, "North Korea supplied artillery shells to Russia."))


def test_background_event_is_not_the_news(analyser):
    hit = _only(analyser, "Hizbollah declared a ceasefire after 12 days of battles with the Amal militia.", "armed_clash")
    assert hit.background
    assert not _only(analyser, "Rebels shelled the capital on Sunday.", "armed_clash").background


@pytest.mark.parametrize(
    ("text", "indicator", "quantity", "unit"),
    [
        ("Russia has mobilised 300,000 reservists.", "mobilisation", 300_000, "reservists"),
        ("North Korea sent about 12,000 troops to Russia.", "foreign_deployment", 12_000, "troops"),
        ("At least 18 soldiers have deserted from the front.", "defection", 18, "soldiers"),
        ("Dozens of soldiers have deserted their posts.", "defection", None, "soldiers"),
        ("Pyongyang shipped 1.5 million artillery shells to Moscow.", "arms_transfer", 1_500_000, "artillery shells"),
    ],
)
def test_numbers_and_units(analyser, text, indicator, quantity, unit):
    hit = _only(analyser, text, indicator)
    assert (hit.quantity, hit.unit) == (quantity, unit)
    assert hit.quantity_text


def test_year_is_not_a_quantity(analyser):
    hit = _only(analyser, "In 2019 the army mobilised reservists.", "mobilisation")
    assert hit.quantity is None


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Pyongyang sent troops to Russia.", "PRK", "RUS"),
        ("The DPRK fired two ballistic missiles toward Japan.", "PRK", "JPN"),
        ("Seoul expelled two North Korean diplomats.", "KOR", "PRK"),
        ("Kyiv said Moscow shelled Kharkiv overnight.", "RUS", None),
        ("A village was attacked by Burundian militiamen on Sunday.", "BDI", None),
        ("According to Ukrainian intelligence, North Korean soldiers have deserted.", "PRK", None),
        ("Despite tensions with South Korea, North Korea is forging closer military ties with Russia.", "PRK", "RUS"),
        ("Tehran supplied drones to Moscow.", "IRN", "RUS"),
        ("Washington imposed sanctions on Beijing.", "USA", "CHN"),
    ],
)
def test_actors(analyser, text, actor, target):
    hits = _hits(analyser, text)
    assert hits, text
    assert (hits[0].actor, hits[0].target) == (actor, target)


def test_the_north_and_the_south_in_a_korean_context(analyser):
    text = "Tensions rose on the Korean Peninsula. The South violated the North's airspace with a drone."
    hit = _only(analyser, text, "incursion")
    assert hit.actor == "KOR"
    # Elsewhere "the North" is not a country.
    assert _only(analyser, "The South violated the border with a drone, officials in Sudan said.", "incursion").actor != "KOR"


def test_one_hit_per_sentence_and_indicator(analyser):
    hits = _hits(analyser, "Russia shelled Kharkiv, and Russian artillery shelled Sumy, and rockets struck Odesa.")
    assert len([h for h in hits if h.indicator == "armed_clash"]) == 1
