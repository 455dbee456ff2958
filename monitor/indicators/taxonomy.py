"""Load and compile the indicator taxonomy (``taxonomy.toml``, shipped in the package)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import TaxonomyError
from .regexes import lowered

CONTEXT_FLAGS = ("negated", "hedged", "hypothetical", "future", "historical", "background")
_MACRO = re.compile(r"<([A-Z][A-Z0-9_]*)>")
_PATTERN_KEYS = frozenset({"cues", "re", "confidence", "requires", "unless", "preceded_by", "actor", "parties"})
_ACTOR_ROLES = frozenset({"supplier", "speaker"})
_PARTIES = frozenset({"named"})


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    confidence: float
    cues: tuple[str, ...]
    requires: re.Pattern[str] | None = None
    # Voids a match when it matches the text just before the trigger (up to `LOOKBACK_CHARS` characters),
    # so authors anchor it with `$`: "the flood destroyed roads" is no destruction by anyone.
    unless: re.Pattern[str] | None = None
    # The mirror of `unless`: the match counts only when the text just before it matches this, so that
    # the trigger is the verb ("fired") while the subject it needs ("troops") stays outside it.
    preceded_by: re.Pattern[str] | None = None
    # "supplier": the trigger receives weapons, so the actor is who supplied them (see `actors.py`).
    # "speaker": the trigger labels another's acts ("had taken provocative actions"), so in a reported
    # clause the actor is who says so, not the subject labelled.
    actor: str | None = None
    # "named": the match stands only when one country is named right before it, as its subject, and
    # another right after it, as its object ("Russia attacked Ukraine"): states that attack states need
    # no word for weapons, but "attack" between anything else is too often a word or a heart attack.
    parties: str | None = None


LOOKBACK_CHARS = 60


@dataclass(frozen=True)
class Indicator:
    id: str
    label: str
    definition: str
    weight: float
    cameo: tuple[str, ...]
    plover: tuple[str, ...]
    cues: tuple[str, ...]
    patterns: tuple[Pattern, ...]
    examples: tuple[str, ...] = ()
    # The indicator reports threats themselves, so "threatened to use nuclear weapons" is a threat made
    # (future), not a hypothetical use.
    threat_is_event: bool = False


@dataclass(frozen=True)
class Taxonomy:
    version: str
    indicators: tuple[Indicator, ...]
    multipliers: dict[str, float] = field(default_factory=dict)

    def by_id(self) -> dict[str, Indicator]:
        return {indicator.id: indicator for indicator in self.indicators}


def default_taxonomy_path() -> Path:
    return Path(str(resources.files("monitor.indicators").joinpath("taxonomy.toml")))


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Parse, validate and compile a taxonomy file; errors name the indicator and the field."""
    path = Path(path) if path else default_taxonomy_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TaxonomyError(f"{path}: {exc}") from exc
    return parse_taxonomy(data, source=str(path))


def parse_taxonomy(data: dict, source: str = "taxonomy") -> Taxonomy:
    version = data.get("version")
    if not isinstance(version, str) or not version:
        raise TaxonomyError(f"{source}: 'version' must be a non-empty string")
    macros = {k: str(v) for k, v in data.get("macros", {}).items()}
    contexts = {k: str(v) for k, v in data.get("context", {}).items()}
    multipliers = {k: float(v) for k, v in data.get("multipliers", {}).items()}
    missing = [flag for flag in CONTEXT_FLAGS if flag not in multipliers]
    if missing:
        raise TaxonomyError(f"{source}: [multipliers] lacks {', '.join(missing)}")

    seen: set[str] = set()
    indicators = []
    for raw in data.get("indicators", []):
        indicator = _parse_indicator(raw, macros, contexts, source)
        if indicator.id in seen:
            raise TaxonomyError(f"{source}: indicator '{indicator.id}' is defined twice")
        seen.add(indicator.id)
        indicators.append(indicator)
    if not indicators:
        raise TaxonomyError(f"{source}: no [[indicators]]")
    return Taxonomy(version=version, indicators=tuple(indicators), multipliers=multipliers)


def _expand(text: str, macros: dict[str, str], where: str) -> str:
    # Macros may use other macros; three rounds is deeper than any real nesting.
    for _ in range(3):
        text = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), text)
    unknown = _MACRO.search(text)
    if unknown:
        raise TaxonomyError(f"{where}: unknown macro <{unknown.group(1)}>")
    return text


def _compile(text: str, where: str) -> re.Pattern[str]:
    try:
        compiled = re.compile(text, re.IGNORECASE)
        lowered(compiled)  # the engine runs it on lower-cased text: it must survive lower-casing
    except (re.error, ValueError) as exc:
        raise TaxonomyError(f"{where}: bad pattern: {exc}") from exc
    return compiled


def _parse_indicator(raw: dict, macros: dict, contexts: dict, source: str) -> Indicator:
    ident = raw.get("id")
    if not isinstance(ident, str) or not re.fullmatch(r"[a-z_]+", ident):
        raise TaxonomyError(f"{source}: indicator id {ident!r} must be lower_snake_case")
    where = f"{source}: indicator '{ident}'"
    for key in ("label", "definition"):
        if not isinstance(raw.get(key), str):
            raise TaxonomyError(f"{where}: '{key}' must be a string")
    weight = raw.get("weight")
    if not isinstance(weight, (int, float)) or not -10 <= weight <= 0:
        raise TaxonomyError(f"{where}: 'weight' must be a number from -10 to 0")
    patterns = []
    for number, spec in enumerate(raw.get("patterns", ()), start=1):
        at = f"{where} pattern {number}"
        if not isinstance(spec, dict) or "re" not in spec:
            raise TaxonomyError(f"{at}: needs 're'")
        unknown = sorted(set(spec) - _PATTERN_KEYS)
        if unknown:
            raise TaxonomyError(f"{at}: unknown key '{unknown[0]}' (a pattern has {', '.join(sorted(_PATTERN_KEYS))})")
        confidence = float(spec.get("confidence", 0.7))
        if not 0 < confidence <= 1:
            raise TaxonomyError(f"{at}: confidence must be in (0, 1]")
        # `requires`, `unless` and `preceded_by` each name a [context] entry or are a regex themselves.
        required, voids, needs = (
            _compile(_expand(contexts.get(spec[key], spec[key]), macros, at), at) if spec.get(key) else None
            for key in ("requires", "unless", "preceded_by")
        )
        if spec.get("actor") is not None and spec["actor"] not in _ACTOR_ROLES:
            raise TaxonomyError(f"{at}: actor must be one of {', '.join(sorted(_ACTOR_ROLES))}")
        if spec.get("parties") is not None and spec["parties"] not in _PARTIES:
            raise TaxonomyError(f"{at}: parties must be one of {', '.join(sorted(_PARTIES))}")
        cues = tuple(spec.get("cues", ()))
        if not cues or any(not isinstance(c, str) or not re.fullmatch(r"[a-z0-9' -]+\$?", c) for c in cues):
            raise TaxonomyError(f"{at}: 'cues' must be a list of literal lower-case word starts (a final $: whole word)")
        patterns.append(
            Pattern(_compile(_expand(spec["re"], macros, at), at), confidence, cues, required, voids, needs, spec.get("actor"), spec.get("parties"))
        )
    if not patterns:
        raise TaxonomyError(f"{where}: no patterns")
    return Indicator(
        id=ident,
        label=raw["label"],
        definition=raw["definition"],
        weight=float(weight),
        cameo=tuple(str(c) for c in raw.get("cameo", ())),
        plover=tuple(str(p) for p in raw.get("plover", ())),
        cues=tuple(dict.fromkeys(c for p in patterns for c in p.cues)),
        patterns=tuple(patterns),
        examples=tuple(raw.get("examples", ())),
        threat_is_event=bool(raw.get("threat_is_event", False)),
    )
