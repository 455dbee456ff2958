"""Who acts and on whom: the actor and target of a hit, chosen among the country mentions around its
trigger (`gazetteer.Gazetteer` finds them).
"""

from __future__ import annotations

from .agents import agent_with_act
from .gazetteer import Gazetteer, Mention
from .roles import (
    joined, relative_head, owns_subject, supplier_and_receiver, verb_object, _FORCE_NOUN, _PREPOSITION_BEFORE,
    _CLAUSE_BREAK, _MODIFIER_GAP, _ACCUSER_BEFORE, _ACCUSED_PASSIVE, _ACCUSED_OF, _FLAG_STATE, _REACTS_TO,
    _VERB_START, _RELATIVE_SUBJECT, _NOUN_VERB_TRIGGER, _RELATIVE_PRONOUN, _TERRITORY_AFTER, _LABEL_TRIGGER, _BETWEEN,
    _AIMED_AT, _EACH_OTHER, _ASKS_BEFORE, _INFINITIVE_AFTER, _ACCUSED_THEN_ACTED, _OF_FORCES_BEFORE, _LOCATIVE_BEFORE,
    _CONSEQUENCE_THREAT, _PRONOUN, _SUFFERED_NOUN, _PARTICIPLE, _VERB_TRIGGER, _LAUNCHED_BY, _SUBJECTLESS,
    _FINITE_VERB, _KEPT_FROM_BEFORE, _ANSWERS, _PASSIVE_TRIGGER, _ENVOY_AFTER, _ADDRESSED_TO, _SUMMONED_ENVOY_TO,
    _FORCES_FROM, _MISSION_AFTER, _IF_BEFORE,
)
from .speech import (
    attributions, quoted_speaker, _BELIEF_CLAUSE, _DETERMINER_ONLY, _FORCES_SUBJECT, _NAMED_SUBJECT,
    _OTHERS_REPORTED, _REPORT_BEFORE_THAT, _SPEECH_AFTER, _SPOKESPEOPLE, _TOLD_AFTER, _TOLD_BEFORE,
    _WARNS_AFTER, act_as_subject, speaker_before, speaker_goes_on, who_warned,
)
from .targets import choose_target
from .victims import suffers, victims_among

__all__ = ["Gazetteer", "Mention", "choose_actor_target", "suffers"]


def choose_actor_target(
    sentence: str,
    lower: str,
    mentions: list[Mention],
    trigger_start: int,
    trigger_end: int,
    suffered: bool | None = None,
    threat_is_event: bool = False,
    receipt: bool = False,
    labelling: bool = False,
) -> tuple[str | None, str | None]:
    """Who acts and on whom, from the country mentions around the trigger.

    ``lower`` is ``sentence`` lower-cased (`lower_same_length`); ``suffered`` is `suffers` (lower), when
    the caller has worked it out once for the sentence; ``threat_is_event`` is the indicator's (a state
    that warns is then the threatener, not a reporter); ``receipt`` says the trigger receives weapons
    (a pattern's ``actor = "supplier"``): the supplier acts, the receiver is the target; ``labelling`` says
    the trigger labels another's acts (``actor = "speaker"``): whoever reports them is the actor.

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
        for m, reports in zip(mentions, attributions(lower, mentions, trigger_end))
        # "anti-North Korean leaflets": what a thing is against is not who made it.
        if not reports and not _FLAG_STATE.match(lower, m.end) and not lower.endswith("anti-", 0, m.start)
    ]
    if suffered is None:
        suffered = suffers(lower)
    victims = victims_among(lower, usable, trigger_start, trigger_end, suffered)
    # "no missiles had entered Japan's territory": the owner of the territory is acted on, but other
    # mentions of the same country may still act ("Aliyev vowed to protect Azerbaijan's territory").
    territories = [m for m in usable if lower.startswith(("'s", "’s"), m.end) and _TERRITORY_AFTER.match(lower, m.end)]
    if victims or territories:
        usable = [m for m in usable if m not in victims and m not in territories]
    if lower.endswith("summoned", trigger_start, trigger_end):
        # "Russia's charge d'affaires in Tallinn had been summoned": the envoy's state is summoned, by the
        # state he is posted to, when the trigger names it.
        owner = next((m for m in usable if m.end <= trigger_start and lower[m.end : trigger_start] in ("'s ", "’s ")), None)
        if owner is not None:
            host = next((m for m in usable if trigger_start <= m.start and m.end <= trigger_end and lower.endswith(" in ", 0, m.start)), None)
            return (host.code if host else None), owner.code
    if (labelling or (threat_is_event and act_as_subject(lower, trigger_start))) and (
        speaker := speaker_before(lower, usable, trigger_start)
    ) is not None:
        # Who is labelled or threatened is named between the speaker and the trigger.
        named = [m for m in usable if speaker.end <= m.start and m.end <= trigger_start]
        return speaker.code, choose_target(lower, usable, speaker, victims + territories + named, trigger_start, trigger_end)
    if receipt:
        # The receiver of weapons did not transfer them; without a named supplier the actor is unknown.
        supplier, receiver = supplier_and_receiver(lower, usable, trigger_start, trigger_end)
        return (supplier.code if supplier else None), (receiver.code if receiver else None)
    before = [m for m in usable if m.end <= trigger_start]
    reported_from = 0  # where a reported clause with a subject of its own starts
    # "spoke of reckless provocations by the South": a label for another's act; who is labelled is no agent.
    labels = _LABEL_TRIGGER.search(lower, trigger_start, trigger_end) is not None
    actor = None if labels else agent_with_act(sentence, lower, usable, victims, trigger_start, trigger_end, suffered)
    # "Khamenei said that the U.S. would face irreparable damage": who is told to expect the price is the
    # threatened, not the threatener.
    consequence = threat_is_event and _CONSEQUENCE_THREAT.search(lower, trigger_start, trigger_end) is not None
    relative = head = None
    if actor is None and before and not consequence and (
        (
            _MODIFIER_GAP.match(lower, before[-1].end, trigger_start)
            # "criticised Seoul and fired artillery shells": a country and then a verb is no qualifier.
            and not (lower.endswith(" and ", 0, trigger_start) and _VERB_START.match(lower, trigger_start))
        )
        or (head := relative_head(lower, before, trigger_start)) is not None
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
        nearest = head or before[-1]
        placed = _VERB_TRIGGER.match(lower, trigger_start) and _PREPOSITION_BEFORE.search(lower[max(0, nearest.start - 30) : nearest.start])
        coordinated = len(before) > 1 and joined(lower, before[-2], nearest)
        if not (placed or coordinated):
            actor = nearest
        elif coordinated and relative is not None and not _MODIFIER_GAP.match(lower, nearest.end, trigger_start):
            # "in response to Chinese and Russian military planes entering their air defense zones": the
            # forces a participle hangs on are the pair's; the first of them is named, as subjects are.
            first = len(before) - 1
            while first > 0 and joined(lower, before[first - 1], before[first]):
                first -= 1
            actor = before[first]
    if actor is None:
        # "military cooperation between Moscow and Pyongyang", "drills between South Korea and the U.S.":
        # the parties an act is "between" are named with it, before any subject of the clause.
        actor = next((m for m in usable if m.start >= trigger_end and _BETWEEN.fullmatch(lower, trigger_end, m.start)), None)
    if actor is None:
        # "the presence of North Korean soldiers", "there are 10,000 North Korean soldiers in": the forces a
        # nominalised trigger is "of", or that "there are", are its actor (in "assisting Russian forces
        # with", the forces are the object, and the rules below decide); and whose envoy is recalled.
        actor = next(
            (
                m
                for m in usable
                if trigger_start <= m.start
                and m.end <= trigger_end
                # "the capture of two North Korean soldiers": what is done to them, not by them.
                and not _SUFFERED_NOUN.match(lower, trigger_start)
                and (
                    (_OF_FORCES_BEFORE.search(lower, trigger_start, m.start) is not None and _FORCE_NOUN.match(lower, m.end))
                    or _FORCES_FROM.fullmatch(lower, trigger_start, m.start) is not None
                    or (lower.startswith("recall", trigger_start) and _ENVOY_AFTER.match(lower, m.end))
                )
            ),
            None,
        )
    if actor is None and lower.startswith("summon", trigger_start):
        actor = next((m for m in usable if m.start >= trigger_end and _SUMMONED_ENVOY_TO.fullmatch(lower, trigger_start, m.start)), None)
    if actor is None:
        # "injuries from the Iranian-launched missiles": who launched or fired the weapons named.
        actor = next((m for m in usable if trigger_start <= m.start and m.end <= trigger_end and _LAUNCHED_BY.match(lower, m.end)), None)
    # Both accusation patterns need "of" or "for" between the accused and the trigger.
    if actor is None and before and (lower.find("of", before[0].end, trigger_start) != -1 or lower.find("for", before[0].end, trigger_start) != -1):
        actor = next(
            (
                m
                for m in reversed(before)
                if (_ACCUSED_OF.fullmatch(lower, m.end, trigger_start) and _ACCUSER_BEFORE.search(lower[max(0, m.start - 40) : m.start]))
                or _ACCUSED_PASSIVE.fullmatch(lower, m.end, trigger_start)
            ),
            None,
        )
    if actor is None:
        # The subject: the first country of the trigger's clause that is not a preposition's object.
        # ", and" inside a list of countries ("North Korea, Russia, China, and Iran are coordinating")
        # joins subjects; it does not start a clause.
        joints = {(a.end, b.start) for a, b in zip(mentions, mentions[1:]) if joined(lower, a, b)}
        breaks = [b for b in _CLAUSE_BREAK.findall(sentence, trigger_start) if (b.start(), b.end() + 1) not in joints]
        clause_start = breaks[-1].end() if breaks else 0
        # "Netanyahu, who has raised the alarm about Iran's programme, said he authorised the air assault":
        # a relative clause closed by a comma before the trigger is set in the clause around it.
        if breaks and breaks[-1].group() in (", who", ", which") and "," in lower[clause_start:trigger_start]:
            clause_start = breaks[-2].end() if len(breaks) > 1 else 0
        # "warned that if Japan refuses ..., China will take countermeasures": a condition closed by a comma
        # comes before the main clause; the trigger is in that clause, with its own subject.
        elif breaks and breaks[-1].group().lower() in ("if", "unless") and (comma := lower.rfind(",", clause_start, trigger_start)) >= 0:
            clause_start = comma + 1
            breaks = breaks[:-1]
        # "telling AFP it confirmed that the Ukrainian military had captured": a that-clause naming a
        # country has its own subject.
        that = lower.rfind(" that ", clause_start, trigger_start)
        if (
            not consequence
            and that >= 0
            and not _PRONOUN.match(lower, that + 6)
            and any(
                m.start > that and not _PREPOSITION_BEFORE.search(lower[max(0, m.start - 30) : m.start]) and not verb_object(lower, m)
                for m in before
            )
        ):
            clause_start = that + 5
        # "officials expressed concerns that Kim might provide weapons", "its allies believe that defense
        # cooperation is a priority": what is reported has a subject of its own, named (not a country) or
        # the trigger itself; the reporter is not it.
        reported = (
            not consequence
            and that >= 0
            and clause_start < that
            and _REPORT_BEFORE_THAT.search(lower, max(0, that - 30), that) is not None
            and (
                _NAMED_SUBJECT.match(sentence, that + 6) is not None
                or _FORCES_SUBJECT.match(lower, that + 6) is not None
                or _DETERMINER_ONLY.fullmatch(lower, that + 6, trigger_start) is not None
            )
        )
        if reported:
            clause_start = reported_from = that + 5
        elif not consequence and (belief := _BELIEF_CLAUSE.search(lower, clause_start, trigger_start)) is not None:
            # "The South Korean military believes the missile may be a ballistic missile launched ...": a
            # belief with a clause of its own, without "that"; the believer is not its subject.
            reported = True
            clause_start = reported_from = belief.end() - 1
        if breaks and (
            (not lower[clause_start:trigger_start].strip() and _PARTICIPLE.match(lower, trigger_start))
            # "Rwanda denies backing the rebels, but last year acknowledged that it has troops": a verb after
            # "but" with no subject of its own shares the subject before it.
            or (breaks[-1].group() == "but" and _SUBJECTLESS.fullmatch(lower, clause_start, trigger_start) and _FINITE_VERB.match(lower, trigger_start))
        ):
            # "Thailand deployed a drone before opening fire": a participle with no subject of its own
            # shares the subject of the clause it follows.
            clause_start = breaks[-2].end() if len(breaks) > 1 else 0
        in_clause = [m for m in before if m.start >= clause_start]
        conditional = bool(breaks) and breaks[-1].group().lower() in ("if", "unless")
        if not in_clause and not conditional and not reported and not _VERB_START.match(lower, trigger_start) and not _NOUN_VERB_TRIGGER.match(lower, trigger_start):
            # "Hizbollah declared a ceasefire after 12 days of battles": a noun after "after" has no
            # subject of its own; a verb ("after the rebels launched") does, even if it is no country.
            # A condition's noun is not the speaker's: "resume broadcasts if the balloon launches continued".
            in_clause = before
        told = "told" in lower or "tells" in lower or "warn" in lower or "inform" in lower or "notif" in lower or "assur" in lower or "remind" in lower
        objects = {
            m.start
            for m in in_clause
            if (_PREPOSITION_BEFORE.search(lower[max(0, m.start - 30) : m.start]) and not owns_subject(lower, m, clause_start))
            # "warned US forces stationed in South Korea that it intended to": who is told is no subject.
            or (told and _TOLD_BEFORE.search(lower, max(0, m.start - 20), m.start) is not None and _TOLD_AFTER.match(lower, m.end) is not None)
        }
        # "between Ethiopia and Eritrea": the second of two joined objects is an object too.
        for a, b in zip(in_clause, in_clause[1:]):
            if a.start in objects and joined(lower, a, b):
                objects.add(b.start)
        subjects = [
            m
            for m in in_clause
            if m.start not in objects
            # "threatened Ukraine and NATO with a nuclear attack": a country right after a verb is its object.
            and not verb_object(lower, m)
        ]
        # "Kyiv said Moscow shelled Kharkiv", "Seoul, Washington and Kyiv have said there are North
        # Korean soldiers in Russia": speakers followed by another subject only report.
        while len(subjects) > 1:
            speakers = 1
            while speakers < len(subjects) and joined(lower, subjects[speakers - 1], subjects[speakers]):
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
        if subjects and len(subjects) == 1 and not _VERB_START.match(lower, trigger_start) and _REACTS_TO.match(lower, subjects[0].end, trigger_start):
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
            if (
                (" to " in lower[m.end : m.end + 6] and _INFINITIVE_AFTER.match(lower, m.end) and _ASKS_BEFORE.search(lower, max(0, m.start - 24), m.start))
                # "to prevent Iran from building nuclear weapons": who is kept from an act would do it.
                or (lower.startswith(" from ", m.end) and _KEPT_FROM_BEFORE.search(lower, max(0, m.start - 24), m.start))
            )
            # "authorized troops from Mali to come to its defense, raising the stakes with nations who are
            # threatening": the act asked of them ends at a comma or a relative clause.
            and "," not in lower[m.end : trigger_start]
            and not _RELATIVE_PRONOUN.search(lower, m.end, trigger_start)
        ]
        if asked and subjects and not labels and asked[-1].start > subjects[0].start:
            subjects = [asked[-1]]
        if (
            len(subjects) == 1
            and _OTHERS_REPORTED.search(lower, subjects[0].end, trigger_start)
            and not speaker_goes_on(lower, trigger_start)
        ):
            subjects = []
            in_clause = []
        if subjects and _PASSIVE_TRIGGER.match(lower, trigger_start):
            # "The second British tanker, ..., was only boarded": a passive's subject suffered it.
            victims, subjects, in_clause = victims + subjects[:1], [], []
        # "Pakistan warned that any attempt by India to ... would be considered an act of war": whoever warns
        # makes the threat, not the agent of a noun in it nor a preposition's object.
        warner = None
        if threat_is_event and that >= 0 and all(lower.endswith("by ", 0, m.start) for m in subjects):
            warner = who_warned(lower, before, that)
        if warner is not None:
            actor = warner
        elif subjects:
            actor = subjects[0]
        else:
            # Only prepositions' objects: the last of them ("a former president of Russia"), unless it is
            # the side that suffered, a verb's object, or a place ("the violence in Kosovo").
            # A place joined to a place is a place too: "in northern Syria and Iraq".
            places: set[int] = set()
            for i, m in enumerate(in_clause):
                if _LOCATIVE_BEFORE.search(lower, max(0, m.start - 30), m.start) or (i and in_clause[i - 1].start in places and joined(lower, in_clause[i - 1], m)):
                    places.add(m.start)
            last = next(
                (
                    m
                    for m in reversed(in_clause)
                    if not verb_object(lower, m) and m.start not in places and not _RELATIVE_PRONOUN.search(lower, m.end, trigger_start)
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
                and m.start >= reported_from
                # "The drills ... occur just days after Polish forces shot down drones": forces in a later
                # clause did not do the trigger, unless they inflicted what the sentence says was suffered.
                and not (m.start > trigger_end and not (suffered and victims) and _CLAUSE_BREAK.search(sentence, trigger_end, m.end))
                # "were hit by airstrikes, with Ukrainian officials warning of disruptions": officials who comment
                # did not do it ("with Afghan forces launching attacks" name who did).
                and not (m.start > trigger_end and ", with " in lower[trigger_end : m.start] and _SPOKESPEOPLE.match(lower, m.end))
                # "accused Russia of ..., saying he was upset by versions put forward by Russian officials": a
                # by-phrase far after the trigger is another verb's (the near ones were weighed above).
                and not (m.start - trigger_end >= 30 and lower.endswith(("by ", "by the "), 0, m.start))
                # "in response to the detainment of a tanker by British Royal Marines": the forces of the act answered.
                and not (m.start > trigger_end and _ANSWERS.search(lower, trigger_end, m.start))
                and not _AIMED_AT.search(lower, max(0, m.start - 24), m.start)
                and not (threat_is_event and _ADDRESSED_TO.search(lower, max(0, m.start - 24), m.start))
            ),
            None,
        )
        if actor is not None:
            # "a joint fleet of Chinese and Russian warships": the first of a pair of states, as subjects are named.
            position = usable.index(actor)
            while position > 0 and joined(lower, usable[position - 1], usable[position]):
                position -= 1
            actor = usable[position]
    if actor is None:
        actor = quoted_speaker(sentence, mentions, trigger_end, trigger_start)
    if actor is None and lower.startswith(("clos", "shut"), trigger_start):
        # "announced the closure of Sudan's embassy", with no state for its subject: a state closes its own.
        actor = next((m for m in usable if trigger_start <= m.start and m.end <= trigger_end and _MISSION_AFTER.match(lower, m.end)), None)
    actor_code = actor.code if actor else None
    # "warned that if Japan refuses ..., China will take countermeasures": a threat is aimed at the party
    # its condition names.
    conditioned = [m for m in usable if m.end <= trigger_start and _IF_BEFORE.search(lower, max(0, m.start - 12), m.start)] if threat_is_event else []
    return actor_code, choose_target(lower, usable, actor, victims + territories + conditioned, trigger_start, trigger_end)
