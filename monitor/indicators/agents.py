"""Who an act was done by, where the sentence names them with the act itself: by-phrases, passives, the
attack that victims fell in, the craft or forces an act was done with and where they came from."""

from __future__ import annotations

from .gazetteer import Mention
from .roles import (
    _ACT_BY, _AGENT_BEFORE, _ATTACK_AFTER, _CLASH_WITH_BEFORE, _CLAUSE_BREAK, _CONTACT, _COPULA, _CRAFT_OF, _DEATHS,
    _FROM, _FROM_BEFORE, _IN_ATTACK_BEFORE, _NOUN_ACT_BY, _OTHER_ACT_BY, _OTHER_NOUN_BETWEEN, _PASSIVE_LAUNCH,
    _PUT_DOWN_BEFORE, _PUT_DOWN_TO, _REACTION_TRIGGER, _RELATIVE_VERB_AFTER, _REPROACH, _VERB_START,
)


def agent_with_act(
    sentence: str, lower: str, usable: list[Mention], victims: list[Mention], trigger_start: int, trigger_end: int, suffered: bool
) -> Mention | None:
    """The country named as the agent of the act, inside the trigger or after it, or None."""
    # "an attack by Burundian militiamen"; but in "measures against any provocation by the South", the
    # by-phrase belongs to the trigger's object.
    aimed = lower.endswith((" against", " on", " at", " upon", " toward", " towards", " into", " with"), trigger_start, trigger_end)
    # "a missile was launched from North Korea": a passive launch names its launcher by where it is from.
    # ("were fired from Iran": the auxiliary may stand just before a trigger that is only the verb.)
    # Asked only where a country follows "from", which few hits have.
    def launched() -> bool:
        return _PASSIVE_LAUNCH.search(lower, max(0, trigger_start - 24), trigger_end) is not None

    # "condemned the missile launches by Pyongyang": the by-phrase names who launched, not who condemned.
    reaction = _REACTION_TRIGGER.match(lower, trigger_start) is not None
    # The agent may sit inside the trigger ("were destroyed by Indian shelling") or after it, as the
    # attack the victims fell in ("four soldiers were killed in Pakistani firing").
    # An act named after the trigger still says who did it when the trigger is aimed ("the drone
    # incursions into Poland's airspace were deliberate acts by Russia").
    for m in usable:
        if m.start < trigger_start:
            continue
        if m.start >= trigger_end and (
            _CRAFT_OF.fullmatch(lower, trigger_end, m.start)
            or (_PUT_DOWN_TO.fullmatch(lower, trigger_end, m.start) and _PUT_DOWN_BEFORE.search(lower, max(0, trigger_start - 40), trigger_start))
        ):
            return m
        if m.start - trigger_end >= 30:
            # "the drone was shot down in a hostile premeditated action by the Algerian regime": an act
            # named after the trigger, and who it was by.
            if m.start - trigger_end < 80 and (
                # Not after an accusation or a reaction: "accused Thailand of aggressive military operations by
                # Thai forces" names what Thailand is accused of.
                (not reaction and not lower.startswith(("accus", "blam"), trigger_start) and _ACT_BY.search(lower, max(trigger_end, m.start - 60), m.start))
                or (_FROM.fullmatch(lower, trigger_end, m.start) and launched())
                # "soldiers were killed while repelling an overnight Taliban attack": the attack they fell in.
                or (suffered and _IN_ATTACK_BEFORE.search(lower, max(trigger_end, m.start - 30), m.start) and _ATTACK_AFTER.match(lower, m.end))
                or (
                    not aimed
                    and not _VERB_START.match(lower, trigger_start)
                    and _NOUN_ACT_BY.search(lower, max(trigger_end, m.start - 60), m.start)
                    and not _CLAUSE_BREAK.search(sentence, trigger_end, m.start)
                )
            ):
                return m
            continue
        if aimed:
            continue
        window = lower[max(trigger_start, m.start - 30) : m.start]
        if (
            (
                not reaction
                and _AGENT_BEFORE.search(window)
                and not (m.start > trigger_end and _OTHER_NOUN_BETWEEN.search(lower, trigger_end, m.start))
                and not (m.start > trigger_end and _OTHER_ACT_BY.search(lower, trigger_end, m.start))
            )
            or (
                m.start > trigger_start
                and not _VERB_START.match(lower, trigger_start)
                and _CONTACT.search(lower, max(trigger_start, m.start - 30), m.start) is not None
                and _RELATIVE_VERB_AFTER.match(lower, m.end) is not None
            )
            # "drawing sharp condemnation from Venezuela's president": who a reproach comes from.
            or (_FROM_BEFORE.fullmatch(lower, trigger_end, m.start) is not None and _REPROACH.search(lower[trigger_start:trigger_end]) is not None)
            or (m.start >= trigger_end and _FROM.fullmatch(lower, trigger_end, m.start) and launched())
            or (_COPULA.fullmatch(lower, trigger_end, m.start) is not None and lower.startswith(("'s", "’s"), m.end))
            or (_IN_ATTACK_BEFORE.search(window) and _ATTACK_AFTER.match(lower, m.end))
            # "20 Indian soldiers were killed in a clash with Chinese troops": the other side of the clash.
            or (_CLASH_WITH_BEFORE.search(lower, max(0, m.start - 60), m.start) is not None and (suffered or bool(victims) or _DEATHS.search(lower) is not None))
        ):
            return m
    return None
