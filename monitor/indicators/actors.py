"""Who acts and on whom: the actor and target of a hit, chosen among the country mentions around its
trigger (`gazetteer.Gazetteer` finds them).
"""

from __future__ import annotations

from .gazetteer import Gazetteer, Mention
from .roles import (
    _FORCE_NOUN,
    _SOURCE_BEFORE,
    _SAID_BEFORE,
    _ATTRIBUTION_AFTER,
    _PREPOSITION_BEFORE,
    _CLAUSE_BREAK,
    _SPEECH_AFTER,
    _VERB_BEFORE,
    _WARNS_AFTER,
    _MODIFIER_GAP,
    _SUFFERED,
    _PASSIVE_VICTIM,
    _ACCUSER_BEFORE,
    _ACCUSED_PASSIVE,
    _ACCUSED_OF,
    _AGENT_BEFORE,
    _IN_ATTACK_BEFORE,
    _ATTACK_AFTER,
    _FLAG_STATE,
    _REACTS_TO,
    _VERB_START,
    _CASUALTIES_AFTER,
    _CLASH_WITH_BEFORE,
    _DEATHS_OF_BEFORE,
    _NOUN_ACT_BY,
    _RELATIVE_SUBJECT,
    _COPULA,
    _INSTITUTION_IN,
    _VERB_NEXT,
    _RELATIVE_PRONOUN,
    _TERRITORY_AFTER,
    _DEATHS,
    _REACTION_TRIGGER,
    _ACT_BY,
    _FROM_BEFORE,
    _REPROACH,
    _LABEL_TRIGGER,
    _PASSIVE_LAUNCH,
    _FROM,
    _BETWEEN,
    _AIMED_AT,
    _EACH_OTHER,
    _ASKS_BEFORE,
    _INFINITIVE_AFTER,
    _ACCUSED_THEN_ACTED,
    _OF_FORCES_BEFORE,
    _LOCATIVE_BEFORE,
    _TOLD_BEFORE,
    _TOLD_AFTER,
    _CONSEQUENCE_THREAT,
    _PRONOUN,
    _SUFFERED_NOUN,
    _OF_BEFORE,
    _INSTITUTION_AFTER,
    _VERBISH,
    _PARTICIPLE,
    _VERB_TRIGGER,
)

__all__ = ["Gazetteer", "Mention", "choose_actor_target", "suffers"]

def _attributions(lower: str, mentions: list[Mention], trigger_end: int) -> list[bool]:
    """For each mention, whether it only says who reported the news ("according to Ukrainian
    intelligence") rather than who acted."""
    # Words without which the attribution patterns cannot match: substring tests over the sentence
    # are far cheaper than trying the patterns around every country it names.
    said = "said" in lower or "says" in lower or "told" in lower or "report" in lower or "announced" in lower
    source = "according to" in lower or "quoted by" in lower or "reported by" in lower or "citing" in lower
    attribution = said or "reported" in lower or "reports" in lower or "claimed" in lower or (
        "confirmed" in lower or "stated" in lower
    )
    if not (source or attribution):
        return [False] * len(mentions)
    return [_is_attribution(lower, m, trigger_end, source, said, attribution) for m in mentions]


def _is_attribution(
    lower: str, mention: Mention, trigger_end: int, source: bool = True, said: bool = True, attribution: bool = True
) -> bool:
    before = lower[max(0, mention.start - 40) : mention.start]
    if source and _SOURCE_BEFORE.search(before):
        return True
    if mention.start < trigger_end:
        return False
    # "..., said Russian officials" after the event; before it, "Kyiv said Moscow shelled" names the actor.
    if said and _SAID_BEFORE.search(before):
        return True
    # "..., South Korea's defense ministry said" after the event; before it, "X said it will" is the actor.
    return attribution and bool(_ATTRIBUTION_AFTER.match(lower[mention.end : mention.end + 60]))


def choose_actor_target(
    sentence: str,
    lower: str,
    mentions: list[Mention],
    trigger_start: int,
    trigger_end: int,
    suffered: bool | None = None,
    threat_is_event: bool = False,
) -> tuple[str | None, str | None]:
    """Who acts and on whom, from the country mentions around the trigger.

    ``lower`` is ``sentence`` lower-cased (`lower_same_length`); ``suffered`` is `suffers` (lower), when
    the caller has worked it out once for the sentence; ``threat_is_event`` is the indicator's (a state
    that warns is then the threatener, not a reporter).

    Never the actor: an attribution ("according to Ukrainian intelligence"), a flag state, sponsor or
    maker ("Iranian-backed"), a country's watchers, and whoever suffered the act ("US servicemen were
    killed", "Indian casualties"). Then, in order: the agent of a passive or the attack victims fell in
    ("attacked by Burundian militiamen", "killed in Pakistani firing", "killed in a clash with Chinese
    troops", "launched from North Korea"); a country qualifying the trigger ("U.S. nuclear assets",
    "Russian tactical nuclear weapons", "the U.S. decision to sanction"); the parties an act is
    "between"; the forces a nominal trigger is "of"; the accused ("accused Pyongyang of supplying");
    the subject of the trigger's clause, skipping objects of prepositions and of verbs, speakers who
    report another subject, and whoever only reacts to an act named by a noun ("Poland condemned the
    attack"); a demonym qualifying armed forces; the speaker of a quotation holding the trigger.
    The target is the first other country from the trigger on, or else the one that suffered the act.
    """
    if not mentions:
        return None, None
    usable = [
        m
        for m, reports in zip(mentions, _attributions(lower, mentions, trigger_end))
        if not reports and not _FLAG_STATE.match(lower, m.end)
    ]
    if suffered is None:
        suffered = suffers(lower)
    # Who suffered it, named before the trigger or after it ("... were killed and Armenian soldiers and
    # police wounded in border clashes").
    victims = (
        [
            m
            for m in usable
            if (m.end <= trigger_start and _is_victim(lower, m, trigger_end)) or (m.start >= trigger_end and _is_victim(lower, m, len(lower)))
        ]
        if suffered
        else []
    ) + [
        m
        for m in usable
        if _CASUALTIES_AFTER.match(lower, m.end)
        or (_FORCE_NOUN.match(lower, m.end) and _DEATHS_OF_BEFORE.search(lower, max(0, m.start - 40), m.start))
    ]
    # "no missiles had entered Japan's territory": the owner of the territory is acted on, but other
    # mentions of the same country may still act ("Aliyev vowed to protect Azerbaijan's territory").
    territories = [m for m in usable if lower.startswith(("'s", "’s"), m.end) and _TERRITORY_AFTER.match(lower, m.end)]
    if victims or territories:
        usable = [m for m in usable if m not in victims and m not in territories]
    before = [m for m in usable if m.end <= trigger_start]
    actor = None
    # "an attack by Burundian militiamen"; but in "measures against any provocation by the South", the
    # by-phrase belongs to the trigger's object.
    aimed = lower.endswith((" against", " on", " at", " upon", " toward", " towards", " into", " with"), trigger_start, trigger_end)
    # "a missile was launched from North Korea": a passive launch names its launcher by where it is from.
    launched = _PASSIVE_LAUNCH.search(lower, trigger_start, trigger_end) is not None
    # "spoke of reckless provocations by the South": a label for another's act; who is labelled is no agent.
    labels = _LABEL_TRIGGER.search(lower, trigger_start, trigger_end) is not None
    # "condemned the missile launches by Pyongyang": the by-phrase names who launched, not who condemned.
    reaction = _REACTION_TRIGGER.match(lower, trigger_start) is not None
    # The agent may sit inside the trigger ("were destroyed by Indian shelling") or after it, as the
    # attack the victims fell in ("four soldiers were killed in Pakistani firing").
    # An act named after the trigger still says who did it when the trigger is aimed ("the drone
    # incursions into Poland's airspace were deliberate acts by Russia").
    for m in [] if labels else usable:
        if m.start < trigger_start:
            continue
        if m.start - trigger_end >= 30:
            # "the drone was shot down in a hostile premeditated action by the Algerian regime": an act
            # named after the trigger, and who it was by.
            if m.start - trigger_end < 80 and (
                # Not after an accusation or a reaction: "accused Thailand of aggressive military operations by
                # Thai forces" names what Thailand is accused of.
                (not reaction and not lower.startswith(("accus", "blam"), trigger_start) and _ACT_BY.search(lower, max(trigger_end, m.start - 40), m.start))
                or (launched and _FROM.fullmatch(lower, trigger_end, m.start))
                or (
                    not aimed
                    and not _VERB_START.match(lower, trigger_start)
                    and _NOUN_ACT_BY.search(lower, max(trigger_end, m.start - 40), m.start)
                    and not _CLAUSE_BREAK.search(sentence, trigger_end, m.start)
                )
            ):
                actor = m
                break
            continue
        if aimed:
            continue
        window = lower[max(trigger_start, m.start - 30) : m.start]
        if (
            (not reaction and _AGENT_BEFORE.search(window))
            # "drawing sharp condemnation from Venezuela's president": who a reproach comes from.
            or (_FROM_BEFORE.fullmatch(lower, trigger_end, m.start) is not None and _REPROACH.search(lower[trigger_start:trigger_end]) is not None)
            or (launched and m.start >= trigger_end and _FROM.fullmatch(lower, trigger_end, m.start))
            or (_COPULA.fullmatch(lower, trigger_end, m.start) is not None and lower.startswith(("'s", "’s"), m.end))
            or (_IN_ATTACK_BEFORE.search(window) and _ATTACK_AFTER.match(lower, m.end))
            # "20 Indian soldiers were killed in a clash with Chinese troops": the other side of the clash.
            or ((suffered or bool(victims) or _DEATHS.search(lower) is not None) and _CLASH_WITH_BEFORE.search(lower, max(0, m.start - 60), m.start) is not None)
        ):
            actor = m
            break
    # "Khamenei said that the U.S. would face irreparable damage": who is told to expect the price is the
    # threatened, not the threatener.
    consequence = threat_is_event and _CONSEQUENCE_THREAT.search(lower, trigger_start, trigger_end) is not None
    if actor is None and before and not consequence and (
        _MODIFIER_GAP.match(lower, before[-1].end, trigger_start)
        or (
            (relative := _RELATIVE_SUBJECT.fullmatch(lower, before[-1].end, trigger_start)) is not None
            # Without "that", only a participle hangs on the forces: "Chinese aircraft conducting drills".
            and (relative.group("pronoun") is not None or _PARTICIPLE.match(lower, trigger_start) is not None)
            and not _PREPOSITION_BEFORE.search(lower[max(0, before[-1].start - 30) : before[-1].start])
        )
    ):
        # "U.S. nuclear assets", "the presence of U.S. nuclear assets"; but in "a diplomat stationed in
        # Cuba defected", a place named by a preposition is not who did the verb that follows it.
        # Nor is the last of coordinated subjects ("Russia and Belarus began drills"): the clause's
        # subject rule below names the first.
        nearest = before[-1]
        placed = _VERB_TRIGGER.match(lower, trigger_start) and _PREPOSITION_BEFORE.search(lower[max(0, nearest.start - 30) : nearest.start])
        coordinated = len(before) > 1 and _joined(lower, before[-2], nearest)
        if not (placed or coordinated):
            actor = nearest
    if actor is None:
        # "military cooperation between Moscow and Pyongyang", "drills between South Korea and the U.S.":
        # the parties an act is "between" are named with it, before any subject of the clause.
        actor = next((m for m in usable if m.start >= trigger_end and _BETWEEN.fullmatch(lower, trigger_end, m.start)), None)
    if actor is None:
        # "the presence of North Korean soldiers", "there are 10,000 North Korean soldiers in": the forces a
        # nominalised trigger is "of", or that "there are", are its actor (in "assisting Russian forces
        # with", the forces are the object, and the rules below decide).
        actor = next(
            (
                m
                for m in usable
                if trigger_start <= m.start
                and m.end <= trigger_end
                # "the capture of two North Korean soldiers": what is done to them, not by them.
                and not _SUFFERED_NOUN.match(lower, trigger_start)
                and _OF_FORCES_BEFORE.search(lower, trigger_start, m.start) is not None
                and _FORCE_NOUN.match(lower, m.end)
            ),
            None,
        )
    if actor is None:
        actor = next(
            (
                m
                for m in reversed(before)
                if (_ACCUSED_OF.fullmatch(lower, m.end, trigger_start) and _ACCUSER_BEFORE.search(lower[max(0, m.start - 30) : m.start]))
                or _ACCUSED_PASSIVE.fullmatch(lower, m.end, trigger_start)
            ),
            None,
        )
    if actor is None:
        # The subject: the first country of the trigger's clause that is not a preposition's object.
        # ", and" inside a list of countries ("North Korea, Russia, China, and Iran are coordinating")
        # joins subjects; it does not start a clause.
        joints = {(a.end, b.start) for a, b in zip(mentions, mentions[1:]) if _joined(lower, a, b)}
        breaks = [b for b in _CLAUSE_BREAK.findall(sentence, trigger_start) if (b.start(), b.end() + 1) not in joints]
        clause_start = breaks[-1].end() if breaks else 0
        # "telling AFP it confirmed that the Ukrainian military had captured": a that-clause naming a
        # country has its own subject.
        that = lower.rfind(" that ", clause_start, trigger_start)
        if (
            not consequence
            and that >= 0
            and not _PRONOUN.match(lower, that + 6)
            and any(
                m.start > that and not _PREPOSITION_BEFORE.search(lower[max(0, m.start - 30) : m.start]) and not _verb_object(lower, m)
                for m in before
            )
        ):
            clause_start = that + 5
        if breaks and not lower[clause_start:trigger_start].strip() and _PARTICIPLE.match(lower, trigger_start):
            # "Thailand deployed a drone before opening fire": a participle with no subject of its own
            # shares the subject of the clause it follows.
            clause_start = breaks[-2].end() if len(breaks) > 1 else 0
        in_clause = [m for m in before if m.start >= clause_start]
        if not in_clause and not _VERB_START.match(lower, trigger_start):
            # "Hizbollah declared a ceasefire after 12 days of battles": a noun after "after" has no
            # subject of its own; a verb ("after the rebels launched") does, even if it is no country.
            in_clause = before
        told = "told" in lower or "tells" in lower or "warn" in lower or "inform" in lower or "notif" in lower or "assur" in lower or "remind" in lower
        objects = {
            m.start
            for m in in_clause
            if (_PREPOSITION_BEFORE.search(lower[max(0, m.start - 30) : m.start]) and not _owns_subject(lower, m, clause_start))
            # "warned US forces stationed in South Korea that it intended to": who is told is no subject.
            or (told and _TOLD_BEFORE.search(lower, max(0, m.start - 20), m.start) is not None and _TOLD_AFTER.match(lower, m.end) is not None)
        }
        # "between Ethiopia and Eritrea": the second of two joined objects is an object too.
        for a, b in zip(in_clause, in_clause[1:]):
            if a.start in objects and _joined(lower, a, b):
                objects.add(b.start)
        subjects = [
            m
            for m in in_clause
            if m.start not in objects
            # "threatened Ukraine and NATO with a nuclear attack": a country right after a verb is its object.
            and not _verb_object(lower, m)
        ]
        # "Kyiv said Moscow shelled Kharkiv", "Seoul, Washington and Kyiv have said there are North
        # Korean soldiers in Russia": speakers followed by another subject only report.
        while len(subjects) > 1:
            speakers = 1
            while speakers < len(subjects) and _joined(lower, subjects[speakers - 1], subjects[speakers]):
                speakers += 1
            last = subjects[speakers - 1]
            if not (
                speakers < len(subjects)
                and _SPEECH_AFTER.match(lower, last.end)
                # Who warns that others "would pay a dear price" makes the threat.
                and not (threat_is_event and (_WARNS_AFTER.match(lower, last.end) or consequence))
                # "Azerbaijan and Armenia accused each other": coordinated subjects, not speakers.
                and not _EACH_OTHER.match(lower, last.end)
                and not _ACCUSED_THEN_ACTED.match(lower, last.end, trigger_start)
            ):
                break
            subjects = subjects[speakers:]
        # "Poland condemned the attack", "requested a meeting on the drone incursion": whoever reacts to
        # an act named by a noun did not commit it.
        if subjects and len(subjects) == 1 and _REACTS_TO.match(lower, subjects[0].end, trigger_start) and not _VERB_START.match(lower, trigger_start):
            subjects = []
            in_clause = []
        # "Iranian state media report that two Iranian soldiers were killed": a side does not inflict
        # its own losses.
        if victims:
            suffered_by = {v.code for v in victims}
            subjects = [m for m in subjects if m.code not in suffered_by]
        # "Seoul urged Pyongyang to halt the shelling": who is asked, led or helped to act is the subject of
        # the act.
        asked = [
            m
            for m in in_clause
            if " to " in lower[m.end : m.end + 6]
            and _INFINITIVE_AFTER.match(lower, m.end)
            and _ASKS_BEFORE.search(lower, max(0, m.start - 24), m.start)
            # "authorized troops from Mali to come to its defense, raising the stakes with nations who are
            # threatening": the act asked of them ends at a comma or a relative clause.
            and "," not in lower[m.end : trigger_start]
            and not _RELATIVE_PRONOUN.search(lower, m.end, trigger_start)
        ]
        if asked and subjects and not labels and asked[-1].start > subjects[0].start:
            subjects = [asked[-1]]
        if subjects:
            actor = subjects[0]
        else:
            # Only prepositions' objects: the last of them ("a former president of Russia"), unless it is
            # the side that suffered, a verb's object, or a place ("the violence in Kosovo").
            last = next(
                (
                    m
                    for m in reversed(in_clause)
                    if not _verb_object(lower, m)
                    and not _LOCATIVE_BEFORE.search(lower, max(0, m.start - 30), m.start)
                    and not _RELATIVE_PRONOUN.search(lower, m.end, trigger_start)
                ),
                None,
            )
            if last is not None and last.code not in {v.code for v in victims}:
                actor = last
    if actor is None:
        # "the deployment of North Korean troops": a demonym qualifying armed forces, unless they are
        # what the act is aimed at ("sanctions on North Korean officials").
        actor = next(
            (
                m
                for m in usable
                if _FORCE_NOUN.match(lower, m.end)
                and not _AIMED_AT.search(lower, max(0, m.start - 12), m.start)
            ),
            None,
        )
    if actor is None:
        actor = _quoted_speaker(sentence, mentions, trigger_end)
    actor_code = actor.code if actor else None
    target = next((m.code for m in usable if m.start >= trigger_start and m.code != actor_code and m is not actor), None)
    if target is None:
        target = next((m.code for m in victims + territories if m.code != actor_code), None)
    return actor_code, target


def _owns_subject(lower: str, mention: Mention, clause_start: int) -> bool:
    """Whether a preposition's object is the state a subject belongs to: "The upper house of Russian
    parliament has ratified", "the head of North Korea's army said" (an "of" phrase before any verb of
    its clause, naming an institution), "the ruling military authorities in Niger announced" (an
    institution "in" a state, right before the verb)."""
    return (
        _VERBISH.search(lower, clause_start, mention.start) is None
        and _OF_BEFORE.search(lower, max(clause_start, mention.start - 8), mention.start) is not None
        and _INSTITUTION_AFTER.match(lower, mention.end) is not None
    ) or (
        _INSTITUTION_IN.search(lower, max(clause_start, mention.start - 30), mention.start) is not None
        and _VERB_NEXT.match(lower, mention.end) is not None
    )


def _verb_object(lower: str, mention: Mention) -> bool:
    """Whether a mention is a verb's object ("threatened Ukraine"), not a possessor ("indicates North
    Korea's increasing bellicosity", where the country qualifies what follows) nor the subject of an
    infinitive ("led Thailand to withdraw its ambassador")."""
    return (
        not lower.startswith(("'s", "’s"), mention.end)
        and _VERB_BEFORE.search(lower, max(0, mention.start - 30), mention.start) is not None
        and not _INFINITIVE_AFTER.match(lower, mention.end)
    )


def _quoted_speaker(sentence: str, mentions: list[Mention], trigger_end: int) -> Mention | None:
    """The country a quotation is attributed to, when the trigger is inside the quotation and names no
    one else: "'The military will carry out loudspeaker broadcasts,' the South's Joint Chiefs said"."""
    if not sentence.startswith(('"', "“")):
        return None
    close = min((i for i in (sentence.find('"', trigger_end), sentence.find("”", trigger_end)) if i >= 0), default=-1)
    return next((m for m in mentions if close >= 0 and close < m.start < close + 40), None)


def _joined(lower: str, first: Mention, second: Mention) -> bool:
    """Whether two mentions are items of one list: "Russia and Belarus", "China, and Iran"."""
    return lower[first.end : second.start] in (" and ", ", ", " or ", ", and ", ", or ")


def suffers(lower: str) -> bool:
    """Whether a (lower-cased) sentence says anyone suffered an act: worth asking once per sentence."""
    return _SUFFERED.search(lower) is not None


def _is_victim(lower: str, mention: Mention, trigger_end: int) -> bool:
    match = _PASSIVE_VICTIM.match(lower, mention.end)
    return match is not None and match.end() <= trigger_end
