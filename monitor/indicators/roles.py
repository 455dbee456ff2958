"""The phrases around a country mention that tell its part in a hit: agent, object, owner of a
territory, party "between" others, and the predicates built on them (`verb_object`, `joined`, ...; who
only reports or speaks is in `speech.py`, who suffered an act in `victims.py`).
`actors.choose_actor_target` reads them; they live apart so that its rules stay readable.
"""

from __future__ import annotations

import re

from .gazetteer import Mention
from .regexes import PrefixSearch, lowered

# A region word between a preposition and a country: "from southern Russia", "in occupied Ukraine".
_REGION_WORD = r"(?:(?:southern|northern|eastern|western|central|occupied|north-eastern|north-western|south-eastern|south-western|neighbou?ring)\s+)?"
# Every pattern below but the clause breaks runs on the lower-cased sentence (see `regexes.lowered`).
_FORCE_NOUN = lowered(re.compile(
    # ("Congo by rebels" names no Congolese rebels: the word between is no preposition but "of", as in
    # "Russians of military age", which a mobilisation's own people are.)
    r"\s+(?:(?!(?:by|in|into|from|with|to|for|on|at|near|against|and|or)\s)[\w-]+\s+)?(?:troops|soldiers|forces|personnel|army|military|regime|government|officials|navy|"
    r"militiamen|guerr?illas|rebels|aircraft|warships|jets|artillery|leaders?|authorities|police|mercenaries|paratroopers|"
    r"marines|servicem[ae]n|conscripts|reservists|fighters|"
    # Aircraft, drones and missiles named by their designation: "Russian MiG-31s", "Iranian Shahed-136s".
    r"[a-z]{1,6}-\d{1,3}[a-z]{0,2}s?)\b"
    # "hitting two Cambodian military targets": what is hit, not who hits.
    r"(?!\s+(?:targets?|sites?|positions?|bases?|installations?|facilities|posts?)\b)",
    re.IGNORECASE,
))
_PREPOSITION_BEFORE = lowered(re.compile(
    r"\b(?:with|to|against|from|into|in|on|at|toward|towards|between|over|for|of|about|near|across|inside|"
    r"alongside|than|like|including|despite|amid|among|via|within|without|throughout|upon|onto|around|surrounding)\s+(?:the\s+|its\s+|their\s+)?"
    + _REGION_WORD + r"$",
    re.IGNORECASE,
))
# Case matters here: "But" or "After" opening a sentence does not split a clause. A subordinate clause
# has its own subject: "South Korea fired warning shots after North Korean soldiers crossed the line".
_CLAUSE_BREAK = PrefixSearch(re.compile(
    # ("will have no choice but to take countermeasures", "all but destroyed": no clause after "but".)
    r";|—|–|(?<!choice )(?<!nothing )(?<!anything )(?<!all )\bbut\b|\bwhile\b|\bwhereas\b|, and\b|, which\b|, who\b|\b(?:after|before)\b(?=\s+\w)|\bwhen\b|\bbecause\b"
    # "Seoul said it would resume broadcasts if the balloon launches continued": a condition has its own subject.
    r"|\bif\b|\bunless\b"
    # ("The day before, as rebels advanced": "before" with nothing after it is an adverb, no clause.)
    # "... reached a critical point as Ethiopia has deployed tanks": "as" before a name opens a clause.
    r"|(?<!such )(?<!well )(?<!known )\bas(?= (?:the |its |their )?[A-Z])"
), lower=False)
# Between a country and the trigger it qualifies: nothing, or words that only qualify a weapon or a force
# ("Russian tactical nuclear weapons", "a Russian drone and missile attack").
_VERB_BEFORE = re.compile(
    r"\b(?!(?:said|says|told|reported|claimed|announced|confirmed|stated|warned|insisted|added|noted|believed|feared|"
    r"suspected|alleged|argued|agreed|hoped|expected|ruled|accused|believes|estimates|concludes|argues|assesses|notes|"
    # ("with the military saying Iran had fired": who is said to act is no object.)
    r"saying|claiming|reporting|warning|adding|noting|stating|insisting|confirming|announcing|"
    r"and|as|is|was|has|its|this|his|us|news)\b)"
    # ("drones shut down Copenhagen airport": a particle may follow the verb.)
    r"(?:[a-z]+(?:ed|es|ing)|shut|hit|cut|struck|shot|sent)(?:\s+(?:down|off|up|out))?\s+(?:the\s+)?$"
)
_MODIFIER_GAP = re.compile(
    r"(?:['’]s)?\s{1,2}(?:(?:tactical|strategic|ballistic|cruise|hypersonic|military|naval|armed|special|air|"
    r"defen[cs]e|army|navy|combat|artillery|missile|drone|rocket|airborne|elite|ground|marine|nuclear|"
    r"long-range|short-range|medium-range|intermediate-range|new|latest|advanced|full-scale|large-scale|cross-border|and|"
    r"first|second|third|fourth|fifth|recent|last|previous|successful|failed|"
    # "Ukraine's three-month military incursion"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)-(?:day|week|month|year|hour)(?:-long|-old)?)\s{1,2}){0,3}$"
    # "the U.S. decision to sanction", "Moscow's plan to deploy": whose decision it is acts.
    r"|(?:['’]s)?\s+(?:decision|plans?|move|bid|attempt|order|refusal|pledge|intention)\s+to\s+$"
    # "North Korea's resumption of trash-carrying balloon launches": whose resumption it is acts.
    r"|['’]s\s+(?:resumption|continuation|series|campaign|wave|use|launch|launches|launching|sending)\s+of\s+(?:the\s+|its\s+)?$"
)
# "accused Pyongyang of supplying shells", "blamed Russia for the attack": the accused is the actor.
_ACCUSER_BEFORE = PrefixSearch(re.compile(
    # "thanked North Korea for the troops it had sent": whom one thanks or praises for an act did it.
    r"\b(?:accus\w*|suspect\w*|blam\w*|condemn\w*|denounc\w*|criticis\w*|criticiz\w*|charg\w*|punish\w*|penali[sz]\w*|sanction(?:s|ed|ing)|thank\w*|prais\w*|"
    # "have taken measures against Iran for transferring missiles": whom a measure is against, for an act.
    # "retaliated in kind against the UK for expelling 23 diplomats": whom a retaliation is against, too.
    r"(?:measures|action|actions|steps|sanctions)\s+against|retaliat\w*(?:\s+in\s+kind)?\s+against)\s+(?:the\s+)?$", re.IGNORECASE
))
# "with North Korea accused of sending troops": the accused of a passive accusation.
# ("two North Korean officials accused of helping to supply": the accused people of a state, and the help.)
_ACCUSED_PASSIVE = re.compile(
    r"(?:\s+(?:[\w-]+\s+)?(?:officials|entities|companies|firms|individuals|agents|nationals|citizens|banks|ships|vessels))?"
    r"\s+(?:(?:is|was|were|are|has been|have been|being|stands?)\s+)?(?:accused|suspected|blamed|charged)\s+(?:of|for)\s+"
    r"(?:(?:helping|aiding|assisting)\s+(?:(?:to|in)\s+)?)?"
)
_ACCUSED_OF = lowered(re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE))
_AGENT_BEFORE = re.compile(
    # "imposed by the EU, the United Kingdom and the United States": past a first agent that is no country.
    r"\bby\s+(?:the\s+|an?\s+)?(?:[\w.-]+,\s+(?:and\s+)?(?:the\s+)?)?(?:(?:(?![\w-]*ing\s)(?!(?:with|amid|as|while|after|before)\s)[\w-]+\s+)?|[\"“]?[\w-]+[\"”]?(?:\s+[\w-]+)?[\"”]?\s+of\s+)$"
)
# ("were wounded on Sunday when Israeli fire hit a watchtower": the fire that hit them then.)
# ("killed while repelling an overnight Taliban attack": the attack they fought off.)
_IN_ATTACK_BEFORE = re.compile(r"\b(?:in|during|when|repelling|repulsing|thwarting|foiling|resisting|fending off)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?$")
_ATTACK_AFTER = re.compile(
    r"(?:['’]s)?(?:-\w+)?\s+(?:(?:drone|missile|rocket|artillery|air|mortar|tank|sniper|heavy|cross-border|border|and)\s+){0,3}"
    r"(?:firing|fire|gunfire|shelling|shells?|attacks?|strikes?|air ?strikes?|bombing|clashes|fighting|battles?|skirmish\w*|"
    r"bombardment|missiles?|drones?|artillery|rockets?|ambush|raids?|offensive)\b"
)
# "a Cook Islands-registered vessel", "the Iranian-backed Houthis", "Russian-made drones": a ship's
# flag, a sponsor or a maker is not who acts.
_FLAG_STATE = re.compile(
    r"-(?:registered|flagged|owned|based|built|backed|allied|aligned|supported|funded|sponsored|made|supplied|designed|trained|controlled)\b"
    r"|\s+(?:watchers|analysts|experts|observers|specialists|scholars|researchers|hands)\b"
    # "Hamas ally Hezbollah": whose ally is named is not the one named after it.
    r"|\s+(?:ally|allies|proxy|proxies|client)\s+(?!(?:of|and|in|to|has|have|had|is|are|was|were|said|says)\b)"
)
_REACTS_TO = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,5}?\s+(?:has\s+|have\s+|had\s+)?(?:condemn\w*|denounc\w*|deplor\w*|protest\w*|criticis\w*|criticiz\w*|decr(?:y|ies|ied)|mourn\w*|"
    r"investigat\w*|discuss\w*|respond\w* to|react\w* to|request\w*|demand\w*|call\w* for|blam\w*|attribut\w*|"
    r"warn\w* (?:of|about|against)|see|sees|saw|view\w*|regard\w*|describ\w*|label\w*|brand\w*|"
    r"detect\w*|spot(?:s|ted|ting)?|track\w*|monitor\w*|observ\w*|count(?:s|ed|ing)?)\b"
    # ("condemned the sanctions ... and asserting that claims of missile sales are false": a new speech act
    # says what it is about.)
    # ("regards it as an honour to have an alliance": what is regarded is "it", not the trigger.)
    r"(?:(?!\b(?:asserting|saying|adding|insisting|stressing|noting|arguing|claiming|explaining|maintaining|declaring|stating|it as)\b)[^;])*?\b"
    # "counted about 330 balloons": what is counted is not the counter's act.
    r"(?:the|an?|this|that|these|those|numerous|several|(?:about|around|some|nearly|over|more than)\s+\d[\d,]*|\d[\d,]*)\s+(?:[\w-]+\s+){0,2}$"
    # "called the drills aggressive": what is named is not the namer's act; but in "called the drills a
    # rehearsal for war" and "launched what it called an operation" the name is the namer's.
    r"|(?:['’]s)?(?:\s+[\w-]+){0,5}?\s+(?<!what it )(?<!what they )(?<!what he )(?<!what she )(?<!what we )call(?:s|ed|ing)?\s+(?:the|this|these|those)\s+(?:[\w-]+\s+)?$"
)
_VERB_START = re.compile(
    r"[a-z]+(?:ed|ing)\b|(?:fired|shot|struck|hit|fought|sent|blew|drove)\b|(?:accuse|condemn|denounce|blame|warn|threaten)s?\b"
)
_CASUALTIES_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:casualties|losses|dead|deaths|fatalities|death toll)\b"
    # "North Korean troops had suffered casualties in combat with Ukraine"
    r"|(?:['’]s)?\s+(?:[\w-]+\s+)?(?:(?:had|have|has)\s+)?(?:suffered|sustained|incurred|taken)\s+(?:[\w-]+\s+)?(?:casualties|losses|fatalities|deaths)\b"
)
# "resulted in the deaths of 11 Pakistani soldiers": whose forces died.
_DEATHS_OF_BEFORE = re.compile(
    r"\b(?:(?:deaths?|killings?|wounding|lives)\s+of|injur(?:y|ies)\s+to)\s+(?:(?:at least|more than|over|about|nearly|some|up to)\s+)?(?:[\d,]+|\w+)?\s*$"
)
_CLASH_WITH_BEFORE = re.compile(
    r"\b(?:in|during)\s+(?:(?:an?|the)\s+)?(?:[\w\"“”-]+\s+){0,3}?(?:clash(?:es)?|skirmish(?:es)?|fighting|battles?|face-off|firefight|"
    r"gunfight|exchange of fire|confrontation)[\"”]?\s+with\s+(?:the\s+)?$"
)
# "no missiles had entered Japan's territory": whose territory, airspace or waters it is.
_TERRITORY_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:territory|territorial waters|airspace|air space|exclusive economic zone|eez|soil|waters)\b"
)
# "reported the death of three soldiers in border clashes with Cambodia": losses named by a noun.
_DEATHS = PrefixSearch(re.compile(r"\b(?:deaths? of|killing of|lost their lives|lose their lives|died|were dead)\b"), lower=False)
_REACTION_TRIGGER = re.compile(r"(?:condemn|denounc|deplor|criticis|criticiz|protest|rebuk|lambast|castigat|decr[iy])")
# Nouns that name an act of force or of defiance.
_ACT_NOUN = (
    r"(?:actions?|acts?|attacks?|strikes?|operations?|aggression|assaults?|provocations?|violations?|incursions?|"
    r"shelling|bombing|raids?)"
)
# An act named after the trigger restates it only when the trigger "was" it or happened "in" it: "shot
# down in a hostile premeditated action by the Algerian regime", "were deliberate acts by Russia"; not
# "airstrikes prompted by rocket attacks by Hezbollah".
_ACT_BY = re.compile(
    r"\b(?:in|was|were|is|are|as)\s+(?:an?\s+|the\s+)?[\"“‘']?(?:[\w-]+\s+){0,3}?" + _ACT_NOUN + r"[\"”]?\s+by\s+(?:the\s+)?$"
)
# "an incursion into its airspace, allegedly by Russian drones": who a noun trigger's act was by, set off
# by a comma after the trigger's own phrase.
_NOUN_ACT_BY = re.compile(
    r",\s+(?:(?:allegedly|reportedly|apparently|presumably|probably|likely|possibly|purportedly|mostly|mainly)\s+)?by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+of\s+)?$"
)
# "The attack was Ukraine's latest salvo": whose act a copula names it.
_COPULA = re.compile(r"\s+(?:was|is|were|are|marked|marks|became|represented|represents)\s+(?:the\s+)?")
# "Hezbollah, which has been launching rockets": a relative clause on the country itself.
# "North Korea, which Western officials estimate has sent at least 10,000 soldiers": a reporter may stand
# between the pronoun and its verb.
_MENTION_RELATIVE = re.compile(
    r",?\s+(?:which|who)\s+(?:(?:[\w-]+\s+){1,3}?(?:estimates?|estimated|says?|said|believes?|believed|thinks?|thought|claims?|claimed|alleges?|alleged)\s+)?"
    r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+)?"
)
_AGENT_NOUNS = (
    r"(?:troops|soldiers|forces|drones?|jets?|aircraft|planes?|warplanes?|warships?|ships?|vessels?|missiles?|"
    r"units|fighters|militants|rebels|helicopters?|bombers?|submarines?|boats?)"
)
# "several Russian drones that breached its airspace": the forces a relative clause hangs on act in it,
# or a participle does ("Chinese aircraft conducting takeoff and landing drills").
_RELATIVE_SUBJECT = re.compile(
    # ("two Chinese coast guard ships separately blasting water cannons": an adverb may stand before the participle.)
    r"(?:\s+[\w-]+){0,2}?\s+" + _AGENT_NOUNS + r"\s+(?:\w+ly\s+)?(?P<pronoun>(?:that|which|who)\s+(?:(?:had|have|has|were|was|is|are)\s+)?)?"
)
# "from Venezuela's president", "from North Korea": the words right after a trigger before a country.
_FROM_NEXT = r"\s+from\s+(?:the\s+)?(?:(?:two|three|four|several)\s+)?"
_FROM_BEFORE = re.compile(_FROM_NEXT)
# Nouns whose "from" names who acts: reproach ("condemnation from Venezuela's president") and supply
# ("the missile transfer from North Korea to Russia").
_REPROACH = re.compile(
    r"(?:condemnation|criticism|denunciation|protests?|accusations?|warnings?|rebukes?|threats?|transfers?|shipments?|"
    r"deliveries|delivery|supplies|supply|exports?|imports?|sales?|purchases?)(?:$|\s+of\b)"
)
_LABEL_TRIGGER = re.compile(r"provocations?[\"”]?$")
# "missiles have been transferred from Iran": a passive launch or transfer names its launcher or supplier
# by where it came from.
_PASSIVE_LAUNCH = re.compile(
    r"\b(?:was|were|been)\s+(?:\S+\s+)?(?:launched|fired|test-fired|transferred|supplied|delivered|shipped|sent|sold|provided|smuggled)$"
    # "missile launches from Russian warships", "missiles fired from the Sunan area": a launch named by a
    # noun, or by a participle after the missiles, too.
    r"|\blaunch(?:es)?$|\b(?:missiles?|projectiles?|icbms?|slbms?)\s+(?:launched|fired|test-fired)$"
    # "killed in missile strikes from Cambodia", "came under attack from Thailand's army": so is an attack.
    r"|\b(?:strikes|attacks?|shelling|rocket fire|artillery fire|blasts)$"
)
# "Russia received ballistic missiles from Iran", "shipments of Iranian missiles": what is received names
# its supplier after "from", or as the weapons' qualifier; the receiver is the target.
_FROM_SUPPLIER = re.compile(r"(?:[\s,]+[\w'’.-]+){0,4}?\s+from\s+(?:the\s+)?")


def supplier_and_receiver(lower: str, usable: list[Mention], trigger_start: int, trigger_end: int) -> tuple[Mention | None, Mention | None]:
    """For a trigger that receives weapons: who supplied them, and who received them."""
    supplier = next((m for m in usable if trigger_start < m.start and m.end <= trigger_end), None) or next(
        (m for m in usable if m.start >= trigger_end and _FROM_SUPPLIER.fullmatch(lower, trigger_end, m.start)), None
    )
    receiver = next((m for m in reversed(usable) if m.end <= trigger_start and (supplier is None or m.code != supplier.code)), None)
    return supplier, receiver
# "launched from North Korea", "fired from Kanggye, located in North Korea's northern region", "from
# the Sunan area of Pyongyang": where a passive launch came from.
# ("fired from an area near Pyongyang": a launch site near a capital is the state's.)
_FROM = re.compile(_FROM_NEXT + r"|\s+from\s+(?:[\w'’.-]+,?\s+){1,5}?(?:located\s+in|in|of|near|outside|around)\s+(?:the\s+)?")
# ("Clashes broke out on the eastern border between Thailand and Cambodia": a place may come first.)
# ("the 'firm militant friendship' between North Korea and Russia": a quotation may close first.)
_BETWEEN = re.compile(
    r"[\"”’]?\s+(?:(?:erupted|broke out|raged|continued|resumed|flared(?: up)?|escalated)\s+)?"
    r"(?:(?:on|along|at|near|across)\s+(?:the|their)\s+(?:[\w-]+\s+)?(?:border|frontier|boundary|line)\s+)?between\s+(?:the\s+)?"
)
# "sanctions on North Korean officials", "was targeting Armenian troops": forces the act is aimed at.
# "the 48-hour ultimatum it had issued to FARDC soldiers": forces a threat is addressed to.
_ADDRESSED_TO = re.compile(r"\b(?:issued|sent|delivered|given|handed|addressed)?\s*to\s+(?:the\s+)?$")
_AIMED_AT = re.compile(
    r"\b(?:on|against|at|upon|towards?|target(?:s|ed|ing)?|attack(?:s|ed|ing)?|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|"
    # ("sanctions on three Ukrainian officials": a count or a determiner may stand between.)
    r"pound(?:s|ed|ing)?|ambush(?:es|ed|ing)?|kill(?:s|ed|ing)?)\s+(?:(?:the|two|three|four|five|six|several|some|more|\d[\d,]*)\s+)?$"
)
_EACH_OTHER = re.compile(r"(?:\s+[\w-]+){1,3}?\s+(?:each other|one another)\b")
_ASKS_BEFORE = re.compile(
    r"\b(?:[a-z]+(?:ed|es)|urge|ask|asks|tell|tells|told|call(?:s|ed|ing)? (?:on|upon)|push|force|allow|help|helps|lead|leads|led|expect|expects)\s+(?:the\s+)?$"
)
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b")
# "Cambodia accused Thailand of brutality and announced a downgrade": the verb after the accusation's
# object is the accuser's.
_ACCUSED_THEN_ACTED = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:accus\w+|blam\w+)\b[^;]*?\b(?:of|for)\b[^;]*?\band\s+(?:then\s+|also\s+)?[a-z]+ed\b")
# "the deployment of up to 10,000 North Korean troops", "there are 10,000 North Korean soldiers in"
# "troops from North Korea have arrived to reinforce Russian forces": a trigger that opens on forces
# "from" a country names who sent them (not "sent troops from Syria", where "from" is a place left).
_FORCES_FROM = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|servicemen|fighters|mercenaries|units|marines|paratroopers)\s+from\s+(?:the\s+)?"
)
# "incursions by drones and jets linked to Russia", "incursions of smuggling balloons from Belarus": right
# after a trigger, the craft or forces it was done by, and the state they are linked to or came from.
_CRAFT_OF = re.compile(
    r"\s+(?:by\s+(?:[\w-]+\s+){1,4}?(?:linked|tied|belonging|attributed)\s+to"
    r"|(?:of|by)\s+(?:[\w-]+\s+){0,2}?(?:balloons|drones|aircraft|jets|planes|helicopters|vessels|ships|boats|troops|soldiers|forces|missiles|rockets)\s+from)"
    r"\s+(?:the\s+)?"
)
# "linked the drone incursions to Russia", "blamed the attack on Iran": whom an act is put down to did it.
_PUT_DOWN_BEFORE = re.compile(r"\b(?:link(?:s|ed|ing)?|attribut(?:e|es|ed|ing)|trac(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|pinn?(?:ed|ing|s)?)\s+(?:the\s+|these\s+|those\s+|this\s+)?(?:[\w-]+\s+){0,2}$")
_PUT_DOWN_TO = re.compile(r"\s+(?:to|on)\s+(?:the\s+)?")
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:the\s+)?$")
_OF_FORCES_BEFORE = re.compile(
    r"(?:\bof|\bthere (?:are|were|is)(?:\s+(?:now|still))?|\bus(?:e|es|ed|ing)|\bemploy(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:up to|about|around|some|more than|over|at least|nearly|roughly|an estimated|approximately|as many as)\s+)?"
    r"(?:(?:[\d][\d,.]*(?:\s+(?:million|thousand))?|thousands|hundreds|tens of thousands|dozens)\s+(?:of\s+)?)?"
    r"(?:(?:more|additional|extra|fresh|new)\s+)?$"
)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|across|inside|into|over|throughout|within|toward|towards|onto|around|surrounding|"
    # "Live footage of Tel Aviv showed": what is seen of a place is a place.
    r"(?:footage|images?|video|photos?|pictures?|skyline|streets|outskirts|suburbs|skies) of)\s+(?:the\s+|its\s+|their\s+)?"
    + _REGION_WORD + r"$"
)
_CONSEQUENCE_THREAT = re.compile(r"\b(?:pay|face|suffer)\b")
_PRONOUN = re.compile(r"(?:it|they|he|she|we|its|their)\b")
_SUFFERED_NOUN = re.compile(
    r"(?:capture|killing|shooting|shelling|bombing|attacks?|ambush|abduction|kidnapping|targeting|execution|massacre|downing)\b"
)
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_INSTITUTION_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:parliament|government|army|military|navy|air force|forces|troops|ministry|president|"
    r"leader|leadership|regime|cabinet|legislature|senate|congress|duma|general staff|people's army|intelligence)\b"
)
# "The ruling military authorities in Niger announced": a state's own institution, named before it.
_INSTITUTION_IN = re.compile(r"\b(?:authorities|government|officials|junta|regime|rulers|leaders(?:hip)?|department of foreign affairs|foreign ministry|ministry|embassy)\s+in\s+$")
# "after drones struck Port Sudan": a trigger that is a clause of its own, subject and verb.
_NOUN_VERB_TRIGGER = re.compile(r"[a-z-]+\s+(?:[a-z]+ed|struck|hit|shot|fought|fired|sank|stormed)\b")
# "hundreds of trash balloons the North sent across the border": a noun trigger and, right after it,
# the subject and verb of a relative clause without "that" (not a speaker: "shells, Kyiv said").
_RELATIVE_VERB_AFTER = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?!(?:said|claimed|reported|stated|added|noted|warned|alleged|believed)\b)"
    r"(?:[a-z]+ed|sent|flew|flown|threw|shot|built|brought|took|gave|sold|dropped|launched|fired)\b"
)
# Nothing but a time between "but" and a verb: the verb has no subject of its own.
_SUBJECTLESS = re.compile(r"\s*(?:(?:last|this|next|earlier this|later this) (?:year|week|month)|(?:on )?\w+day|earlier|later|also|then|previously|recently|since)?\s*")
_FINITE_VERB = re.compile(r"[a-z]+(?:ed|s)\b")
_LAUNCHED_BY = re.compile(r"-(?:launched|fired)\b")
_CONTACT = re.compile(
    r"\b(?!(?:was|has|this|its|his|hers|ours|theirs|as|is|us|thus|plus|across|towards|whereas|unless|always|perhaps|says)\s)[a-z]{2,}s\s+(?:the\s+)?$"
)
# Between a trigger and a later "by": "on alert for possible reactions by North Korea", "deployment to
# Russia and any support by Russia": the by-phrase belongs to another noun, not to the trigger.
_OTHER_NOUN_BETWEEN = re.compile(r"\b(?:for|against|over|about|toward|towards|and|or)\b")
# "reserves the right to retaliate to the provocation by Iran", "in response to the attacks by Israel": a
# by-phrase after another act, one the trigger answers, names who did that act.
_OTHER_ACT_BY = re.compile(
    r"\bto\s+(?:the\s+|this\s+|these\s+|that\s+|those\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + _ACT_NOUN + r"\s+by\s+(?:the\s+)?$"
)
# "summoned China's acting ambassador to Japan": the state an envoy is posted to summons him.
_SUMMONED_ENVOY_TO = re.compile(
    r"summon\w*\s+(?:[\w'’.-]+\s+){0,4}?(?:ambassadors?|envoys?|diplomats?|charg[eé]s? d['’]affaires)\s+(?:to|in)\s+(?:the\s+)?"
)
# "the recall of Pakistan's ambassador": a state recalls only its own envoys.
_ENVOY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:ambassadors?|envoys?|diplomats?|consuls?)\b")
_MISSION_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:embass(?:y|ies)|consulates?(?:-general)?|(?:diplomatic\s+)?missions?)\b")
_VERB_NEXT = re.compile(r"\s+(?:(?:has|have|had)\s+)?[a-z]+(?:ed|s)\b")
# "other West African nations who are threatening to use force": a relative clause's subject is the noun
# before its pronoun, not a country named earlier after a preposition.
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which|that)\b")
_VERBISH = re.compile(r"\b(?:[a-z]+(?:ed|ing)|is|are|was|were|has|have|had|says|said)\b")
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
_VERB_TRIGGER = re.compile(r"[a-z]+ed\b")  # a trigger that starts with a past tense: "defected", "crossed"


# "to prevent Iran from building nuclear weapons": who is kept from an act would do it.
_KEPT_FROM_BEFORE = re.compile(r"\b(?:prevent|stop|deter|keep|bar|block|discourage|dissuade)(?:s|ed|ped|ing|ping)?\s+(?:the\s+)?$")
# "The second British tanker ... was only boarded": a trigger that is a passive verb.
_PASSIVE_TRIGGER = re.compile(r"(?:was|were|been|being)\s+(?:\w+ly\s+)?\w+ed\b")
# "in response to the detainment of a tanker by British Royal Marines": the act a response answers.
_ANSWERS = re.compile(r"\b(?:in response to|in reaction to|in retaliation for|in reprisal for)\b")

# What a mention is, in one sentence: the predicates `actors.choose_actor_target` asks of each.


def owns_subject(lower: str, mention: Mention, clause_start: int) -> bool:
    """Whether a preposition's object is the state a subject belongs to: "The upper house of Russian
    parliament has ratified", "the head of North Korea's army said" (an "of" phrase before any verb of
    its clause, naming an institution), "the ruling military authorities in Niger announced" (an
    institution "in" a state, right before the verb)."""
    return (
        _VERBISH.search(lower, clause_start, mention.start) is None
        and _OF_BEFORE.search(lower, max(clause_start, mention.start - 8), mention.start) is not None
        and _INSTITUTION_AFTER.match(lower, mention.end) is not None
    ) or (
        _INSTITUTION_IN.search(lower, max(clause_start, mention.start - 40), mention.start) is not None
        and _VERB_NEXT.match(lower, mention.end) is not None
    )


def verb_object(lower: str, mention: Mention) -> bool:
    """Whether a mention is a verb's object ("threatened Ukraine"), not a possessor ("indicates North
    Korea's increasing bellicosity", where the country qualifies what follows) nor the subject of an
    infinitive ("led Thailand to withdraw its ambassador")."""
    return (
        not lower.startswith(("'s", "’s"), mention.end)
        and _VERB_BEFORE.search(lower, max(0, mention.start - 30), mention.start) is not None
        and not _INFINITIVE_AFTER.match(lower, mention.end)
    )


def joined(lower: str, first: Mention, second: Mention) -> bool:
    """Whether two mentions are items of one list: "Russia and Belarus", "China, and Iran"."""
    # "Russian-Belarusian maneuvers": a hyphen joins two qualifiers.
    return lower[first.end : second.start] in (" and ", ", ", " or ", ", and ", ", or ", "-")


def relative_head(lower: str, before: list[Mention], trigger_start: int) -> Mention | None:
    """The country a relative pronoun before the trigger stands for: "North Korea, which has sent"; also
    past a reporter naming another ("Iran, which US officials say has sent")."""
    for m in before[:-3:-1]:
        if _MENTION_RELATIVE.fullmatch(lower, m.end, trigger_start) is not None:
            return m
    return None
