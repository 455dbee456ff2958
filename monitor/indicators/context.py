"""Context flags: is the claim denied, alleged, hypothetical, future, historical or background?

Each flag looks at the words around the trigger, not the whole sentence: in "Russia could send more
troops", "could" governs the sending; in "the armistice in place since the Korean War", the war dates
the armistice, not the artillery build-up the sentence reports.
"""

from __future__ import annotations

import re

from .regexes import PrefixSearch
from .scene import VERB_FIRST as _VERB_FIRST, historical, may_be_dated
from .text import lower_same_length as _lower

_WORDS_BEFORE = 7  # how far back a modal or negator still governs the trigger

# Every pattern here runs on lower-cased text, without re.IGNORECASE, which makes the regex engine fold
# the case of every character it compares.

# One pass over the words before the trigger (and the trigger itself) finds every modal, negator and
# tense marker; the group says which. Reported speech comes first, so that "announced it would
# prohibit" is a decision announced (future), not a condition, and "warned it would use nuclear weapons"
# is a threat made, not a speculation.
_MARKERS = PrefixSearch(re.compile(
    r"(?P<reported>\b(?:said|says|announced|announces|decided|declared|confirmed|stated|told (?:[\w-]+ ){0,3}?\w+|warned|warns|threatened|threatens|vowed|vows|"
    r"reports? (?:circulated|emerged)(?: as well| widely)?)(?: on \w+| \w+day)?"
    r"(?: that)? (?:it|they|he|she|(?:the|its|their|his|her) \w+|\w+(?: \w+)?) would\b)"
    # A threat to act: the act may never come (hypothetical), unless the threat itself is what the
    # indicator reports ("threatened to use nuclear weapons" is a nuclear threat made now).
    r"|(?P<threat>\bthreat\w*(?: \w+)? to\b)"
    # A threatened act named by a noun: "threatened further strikes", "warned of attacks on US bases".
    r"|(?P<threatened>(?<!-)\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)? of|vow(?:s|ed|ing)?(?! to\b))\b)"
    # Not ruling something out leaves it possible: a hypothetical, not a denial.
    r"|(?P<possible>\b(?:not|never|refused to|refuses to|declined to|declines to)(?: \w+)? rul(?:e|es|ed|ing) out\b|n't(?: \w+)? rul(?:e|es|ed|ing) out\b)"
    # Not denying something leaves it standing: "did not deny Russia was using North Korean troops".
    r"|(?P<affirmed>\b(?:not|never)(?: \w+)? den(?:y|ies|ied|ying)\b|n't(?: \w+)? den(?:y|ies|ied|ying)\b)"
    r"|(?P<negated>\b(?:not(?! only| just| least| merely| to mention| (?:immediately |yet )?(?:clear|known)| deliberately| intentionally| knowingly| purposely)|no|never|neither|nor|without|no longer|denied|"
    r"denies|deny|denying|refused to|refuses to|rejected|ruled out|rules out|failed to|unable to)\b|n't\b)"
    # Conditions, threats and intentions: nothing has happened yet, and it may never. ("May have supplied"
    # doubts a past act: that is a hedge, not a condition.)
    # "since May", "on May 28": the month, not the modal.
    r"|(?P<hypothetical>\b(?:would|(?:could|might|(?<!since )(?<!in )(?<!early )(?<!late )(?<!mid-)(?<!of )(?<!last )(?<!next )(?<!this )(?<!until )(?<!from )(?<!through )may(?! \d))(?! have\b)|should|if|unless|whether|potential(?:ly)?|possible|possibly|"
    r"prospect of|risk of|in case of|in the event of|(?<!not )(?<!no )(?<!denied )(?<!deny )(?<!denies )(?<!denying )(?<!without )any|willing to|ready to|readiness to|willingness to|"
    # ("agreed to a mutual defence contract" concluded it: an agreement to act is one to a verb.)
    r"offer(?:s|ed)? to|agree(?:s|d)? to(?! (?:a|an|the|terms|this|that|its|their)\b)|"
    r"aims? to|aimed to|efforts? to|bid to|seeks? to|sought to|wants? to|wanted to|hopes? to|in order to|so as to|"
    r"consider(?:s|ed|ing)?|call(?:s|ed)? for|urg(?:es|ed|ing)|demand(?:s|ed)?|propos(?:es|ed|al)|"
    r"prepar(?:es|ing)\b|prepared(?: for| a| an| to)|preparations? (?:for|to)|poised to|hypothetical|scenario)\b)"
    # A vow or a pledge announces what a state will do, as "plans to" does.
    # An intention is a plan: "his country intended to deploy tactical nuclear weapons".
    r"|(?P<future>\b(?:will|shall|'ll|intends? to|intended to|plans?(?: on \w+)? to|plans? for|planned|planning to|promis(?:es|ed) to|pledg(?:es|ed) to|vow(?:s|ed) to|going to|set to|is to|are to|was to|about to|"
    r"expected to|scheduled to|upcoming|next (?:week|month|year)|starting|from next|"
    # "has moved to cancel air services agreements": a step begun, its act still to come.
    r"mov(?:es|ed|ing) to (?=(?:cancel|ban|block|expel|impose|close|shut|cut|suspend|sever|restrict|deploy|send|halt|end|sanction|freeze|bar)))\b)"
), lower=False)
# "lifted sanctions", "reducing nuclear missiles": the indicator being undone. Only the words before the
# trigger count, since "reduced food supplies" is itself a sanction.
_REVERSAL = re.compile(
    r"\b(?:lift(?:ed|s|ing)?|eas(?:ed|es|ing)|end(?:ed|s|ing)?|end to|remov(?:e|ed|es|ing|al of)|withdrawal of|"
    r"withdr[ae]w(?:s|ing)?|(?<!a )(?<!an )(?<!the )limit(?:ing|ed|s)?|reduc(?:e|es|ed|ing|tion of)|dismantl\w+|halt(?:s|ed|ing)?|"
    r"stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|ceas(?:es|ed|ing)|turn(?:s|ed|ing)? off|switch(?:es|ed|ing)? off|abandon(?:s|ed|ing)?|scrap(?:s|ped|ping)?|restor(?:e|es|ed|ing)|"
    r"suspen(?:d|ds|ded|ding|sion of)|call(?:s|ed|ing)? off|cancel(?:s|led|ed|ling|ing)?|cancell?ation of|"
    r"postpon(?:e|es|ed|ing)|quit(?:s|ting)?|exit(?:s|ed|ing)?|pull(?:s|ed|ing)? out of|"
    r"reopen(?:ed|ing)?|re-open(?:ed|ing)?|banned|banning|ban on|to ban|prohibit(?:s|ed|ing)?|prohibition (?:of|on))\s+"
    # "operations were suspended following an attack": what is undone stops at a word of cause.
    r"(?:(?!(?:after|before|when|because|while|since|following|amid|despite|due|over)\b)\S+\s+){0,4}$"
)
_INQUIRY = (
    r"(?:investigat\w*|prob(?:e|es|ed|ing)|examin\w*|look(?:s|ed|ing)? into|determin\w*|establish\w*|verif\w*|"
    r"unclear|not (?:immediately |yet )?clear|not (?:immediately |yet )?known|unknown)"
)
_INQUIRY_BEFORE = re.compile(r"\b" + _INQUIRY + r" (?:[\w-]+ ){0,2}?$")
_HEDGE = PrefixSearch(re.compile(
    r"\b(?:allegedly|alleged|reportedly|purportedly|supposedly|apparently|seemingly|believed to|thought to|"
    r"said to be|reported to(?: be| have)|suspected|unconfirmed|unverified|claim(?:ed|s)(?! responsibility)|rumou?r(?:s|ed)?|(?<!no )(?<!no immediate )(?<!no further )(?<!no other )reports? (?:indicate|say|said|"
    r"suggest|suggested|claim|have surfaced|circulated|emerged|of)|alleg(?:ing|es|ed) that|allegations? (?:of|that)|seem(?:s|ed)? to|(?<!\bthe )(?<!\ba )suspects? (?:that|an?|the)|(?<!\bwe )(?<!\bi )believes? that|believed that|according to (?:[\w-]+ (?:and )?){0,3}reports|estimates? (?:suggest|suggested|indicate|indicated|say|said|show|showed)|it is understood|"
    r"appears? to|appeared to|may have|might have|could have|accus(?:ed|es|ing)(?: \S+){0,4}? of|accusations? of|accusations?(?: by [\w-]+(?: [\w-]+)?)? that|"
    r"(?:on )?suspicion of|attributed to|blamed on|(?:investigators|officials|authorities|police|experts|analysts) (?:believe|suspect|estimate)s?|"
    # "probing whether a Russian ship sabotaged a cable": a question about what happened, not a condition.
    + _INQUIRY + r" (?:[\w-]+ ){0,2}?whether)\b"
), lower=False)
_BACKGROUND = PrefixSearch(re.compile(
    r"(?:\b(?:after|following|amid|during|in the wake of|in response to|in retaliation for|because of|"
    r"caused by|due to|(?<!has )(?<!have )(?<!had )(?<!time )(?<!times )since|in reprisal for|over)(?:\s+(?!(?:before|after|when|while|because|but|until|unless|although)\b)[^\s,;]+){0,5}|(?<!such )(?<!as well )\bas(?!\s+an?\s*[\"“'‘]?\s*$)(?:\s+[^\s,;]+){0,3})\s*$"
), lower=False)
_CLAUSE_BREAK = PrefixSearch(
    re.compile(
        r"[;—–]|:(?!\d)|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b|, (?:and|which|who|where|whose)\b|, (?:\w+ ){0,3}(?:after|before|when)\b"
        # "denied these allegations, asserting that the strikes ...": a new speech act.
        r"|, (?:asserting|saying|adding|insisting|stressing|noting|arguing|claiming|explaining|maintaining|declaring|stating)\b"
        # "fearing US preparations for war after a major naval build-up": a subordinate clause's own words.
        r"|(?<!as )(?<!than )(?<!ever )\b(?:after|before|because)\b(?=\s+\w)"
    ),
    lower=False,
)
_OPENING_CONDITIONAL = re.compile(r"\s*(?:if|should|were|unless|in the event)\b")
# After the trigger: "sanctions were not lifted" hides its negation there, and "the drills were cancelled"
# undoes the drills.
_NOT_AFTER = re.compile(
    r"\s*(?:(?:was|were|has|have)?\s*not\b(?! only| just| merely)|(?:was|were|is|are|has been|have been|had been|will be|would be)\s+"
    r"(?:cancell?ed|called off|postponed|scrapped|suspended|halted|lifted|withdrawn|abandoned)\b"
    # ("the attempt to launch a satellite ended in failure": it was made.)
    r"|\s+(?:has |have |had )?(?:ceased|stopped|ended(?! in (?:a )?(?:failure|fiasco|disaster|success))|subsided|halted)\b)"
)
_CAUSE_BETWEEN = re.compile(r"\b(?:in response to|in reaction to|in retaliation for|following|amid|after|because of|due to)\b")
_CONSEQUENCE_BEFORE = re.compile(
    r"\b(?:killed|wounded|injured|hurt|died|dead|crashed|crash-landed|sank|exploded|caught fire|warning shots|gunshots|warning fire|warning broadcasts|scrambled(?:\s+[\w-]+){0,2}?\s+(?:jets|fighters|aircraft|planes))(?:\s+[\w-]+){0,2}?\s*,?\s*$"
)
# After an accusation's "of", a new verb ("accusing Thailand of excessive force and announced a
# downgrade") is what the accuser did, not what it accuses of.
_NEW_PREDICATE = re.compile(r"\band\s+(?:then\s+|also\s+)?[a-z]+ed\b")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|declared|declares|announced|announces|stated|warned|vowed|decided)\b")
_THAT_SUBJECT = re.compile(r"\bthat\s+(?:it|they|he|she|we|the\s+\w+|\w+)\s+$")
_AND_BEFORE_TRIGGER = re.compile(r",?\s*\band\s+(?:to\s+)?$")
# ("in a bid to force an end to the Israeli assault on Gaza": an end sought, or to be forced, is no end
# yet; "force" stands just before the undoing verb, inside the seven words looked at.)
_DEMAND = re.compile(r"\b(?:urg\w*|call\w* [“\"]?(?:on|upon|for)|demand\w*|ask\w*|press\w*|appeal\w*|bid to|seek\w* to|sought to|push\w* for|efforts? to|force)\b")
_NAMING_BEFORE = re.compile(
    r"\b(?:denounc|describ|condemn|call|label|brand|view|regard|characteri[sz]|treat|dismiss|reject|see|saw|seen|defin|recogni[sz]|emerg|act(?=s\b|ed\b|ing\b))\w*(?:\s+\S+){0,5}\s*$"
)
_CLAIM_BEFORE = re.compile(r"\b(?:claims?|allegations?|reports?|accusations?|rumou?rs?|assertions?)\s+(?:of|that)\s+(?:[\w'’-]+\s+){0,3}$")
_DISMISSED_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,6}?\s+(?:(?:are|were|is|was|as)\s+(?:\w+\s+)?(?:false|baseless|unfounded|groundless|untrue|fabricated|lies|fake|nonsense|absurd)"
    # "claims of Armenian military fire did not correspond with reality".
    r"|(?:do|does|did) not (?:correspond|conform|accord) (?:to|with) (?:the\s+)?(?:reality|facts|truth))\b"
)
_FINAL_CLAIM = re.compile(r"[\s\"”'’.]*$")
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}(?:has\s+|have\s+|had\s+)?$")
_WHICH_AFTER = re.compile(r"(?:after|following|during) which\b")
_CONCERN_BEFORE = re.compile(r"\b(?:concerns?|unease|alarm|anger|outrage|worries|worry|fears?|disquiet|dismay)\s+$")
_RESPONDS = re.compile(r"\b(?:responded|responds|responding|retaliated|retaliates|retaliating|hit back|struck back)\b")
_ADJECTIVE_HEDGE = re.compile(
    r"(?:alleged|suspected|unconfirmed|unverified|purported)\s+[\"“‘']?(?!(?:to|that|by|of|in|on|at)\b)[a-z]"
    # "a strike on a vessel allegedly transporting narcotics": the adverb doubts the participle.
    r"|(?:allegedly|reportedly|purportedly|supposedly|apparently|seemingly)\s+[a-z]+ing\b"
)
_MODAL_HEDGE = re.compile(r"(?:may|might|could) have|appears? to|appeared to|believed to|thought to|said to be|claim(?:s|ed) to\b")
# "conducted missile strikes and claimed to have shot down jets": a hedge opening a coordinated
# predicate doubts that predicate.
_AND_BEFORE = re.compile(r"\band\s+(?:[\w-]+\s+)?$")
_RELATIVE_AFTER = re.compile(r"\b(?:that|which|who|whom|whose)\b")
_WHAT_BEFORE = re.compile(r"\bwhat (?:[\w-]+ )?$")
# "damaged as a result of suspected sabotage": a doubted cause doubts the act it caused.
_CAUSE_BEFORE_HEDGE = re.compile(
    r"\b(?:(?:as a (?:direct )?result of|caused by|the result of|resulting from|by|through)\s+(?:(?:a|an|the|what)\s+)?|in\s+(?:a|an|what)\s+)$"
)
# After a noun trigger, its own predicate: "nuclear weapons will not be used", "sending nuclear weapons to
# the neighbouring country will be completed by July", "strategic nuclear weapons might be deployed".
# Only a prepositional phrase may stand between: a comma, a relative pronoun or a new subject starts
# another clause, whose modal governs something else.
_ANY_OBJECT = re.compile(r"\s+(?:(?:it|them)\s+)?any\b")
_PREDICATE_AFTER = re.compile(
    r"(?:\s+(?:to|in|on|at|into|from|near|along|across|inside|toward|towards|for|of)"
    r"(?:\s+(?!(?:and|or|but|what|which|that|whom?|it|they|he|she|we)\b)[\w'’-]+){1,4}?)?"
    # "may have shared" doubts a past act: a hedge, not a condition.
    r"\s+(?P<modal>will|would|might|may|could|shall|should|won['’]t|is set to|are set to|is expected to|are expected to|is to|are to)"
    # Only a verb that says whether the act happens: "the deployment may violate UN resolutions" doubts the
    # violation, not the deployment.
    r"(?P<negator>\s+not|\s+never)?\s+(?:\w+ly\s+)?(?!be (?:seen|heard|felt|visible|observed)\b)"
    r"(?:be|begin|start|continue|resume|proceed|take place|take effect|go ahead|happen|arrive|follow|come|last|run|end|apply|cover|include|mean|see|involve|bring)\b"
)
_THREATENED_NOUN = re.compile(r"(?: (?!and\b|or\b|but\b|then\b)[a-z-]+){0,2}")
_WARNING = re.compile(r"\b(?:threat\w*|warn\w*|vow\w*|ultimatum)")
_UNSAID = re.compile(
    r"\s+(?:say|specify|disclose|reveal|detail)\s+(?:exactly\s+)?(?:how|whether|what|when|where|who|which)\b"
    # "has not commented on the attacks": silence about an act is no denial of it.
    r"|\s+(?:yet\s+)?(?:comment(?:ed)?|responded)\s+(?:publicly\s+)?(?:on|to)\b"
)
# "over ten drones crossed the border": "over" a number is "more than", when a verb follows.
_OVER_A_NUMBER = re.compile(
    r"over\s+(?:\d[\d,.]*|a (?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b"
)
# Nothing but the count between "over" and the trigger ("over 200 missiles", "over a hundred drones").
_OVER_A_COUNT = re.compile(r"over\s+(?:a\s+)?\S+\s*")
# "the potential implications of the incursions": the doubt is about the implications.
_QUALIFIED_NOUN_OF = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:implications|consequences|impact|effects|fallout|repercussions|ramifications|costs?|victims|targets)\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$"
)
_DENIAL_VERB = re.compile(r"den(?:y|ies|ied|ying)|rejected")
_HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "should"})


class SentenceContext:
    """What is true of the whole sentence, worked out once however many hits it has."""

    __slots__ = ("lower", "hedges", "opening_conditional", "dated")

    def __init__(self, sentence: str, lower: str | None = None) -> None:
        self.lower = _lower(sentence) if lower is None else lower
        # Where the hedges are: a hedge that is the trigger itself ("accused ... of" found as an
        # accusation) doubts what it accuses of, not the accusation.
        # "Fired what appeared to be a ballistic missile" doubts what was fired, not that it was.
        self.hedges = [m.span() for m in _HEDGE.findall(self.lower) if not _WHAT_BEFORE.search(self.lower, max(0, m.start() - 16), m.start())]
        # A sentence opening with "If" or "Should" makes its main clause conditional too.
        self.opening_conditional = bool(_OPENING_CONDITIONAL.match(self.lower))
        self.dated = may_be_dated(self.lower)


def _window_before(lower: str, trigger_start: int, words: int = _WORDS_BEFORE) -> str:
    """The words that govern the trigger: back to a clause break, at most a few words."""
    before = lower[max(0, trigger_start - 160) : trigger_start]
    breaks = _CLAUSE_BREAK.findall(before)
    cut = breaks[-1].end() if breaks else 0
    return " ".join(before[cut:].split()[-words:])


def context_flags(
    sentence: str,
    trigger_start: int,
    trigger_end: int,
    reference_year: int,
    known: SentenceContext | None = None,
    threat_is_event: bool = False,
) -> dict[str, bool]:
    known = known or SentenceContext(sentence)
    lower = known.lower
    window = _window_before(lower, trigger_start)
    # The trigger's own words count for negation and tense: "routes will be cut off".
    near = window + " " + lower[trigger_start:trigger_end]
    negated = hypothetical = future = False
    for marker in _MARKERS.findall(near):
        kind = marker.lastgroup
        if kind == "affirmed" or (marker.group() == "whether" and _INQUIRY_BEFORE.search(near, 0, marker.start())):
            continue
        if kind == "negated" and _UNSAID.match(near, marker.end()):
            # "did not say how many had been shot down": what is left unsaid is not denied.
            continue
        if kind == "negated":
            # "denies this and accuses Pakistan": a denial with its own object does not reach the verb
            # joined after it ("did not mobilise and deploy" still does: "not" is no verb).
            if not (_DENIAL_VERB.match(marker.group()) and " and " in near[marker.end() : len(window) + 1]):
                negated = True
        elif kind == "threatened":
            # Only when the threatened noun is the trigger, a word or two on: "threatened Seoul and fired
            # artillery" made a threat and fired.
            if not threat_is_event and _THREATENED_NOUN.fullmatch(near, marker.end(), len(window)):
                hypothetical = True
        elif kind == "threat" and threat_is_event:
            # A threat before the trigger governs it; inside the trigger it is the threat itself.
            future = future or marker.start() < len(window)
        elif kind in ("hypothetical", "possible", "threat"):
            if _QUALIFIED_NOUN_OF.fullmatch(near, marker.end(), len(window) + 1):
                continue
            if threat_is_event and marker.group() in ("if", "unless", "any") and _WARNING.search(lower, max(0, trigger_start - 200), trigger_start):
                # "warned that if the ceasefire collapses, Israel will target ...", "warning that any further
                # violation would invite a strong response": the condition is part of the threat made now.
                continue
            if marker.start() < len(window):
                # "warned US forces stationed in the South that it would destroy the roads": reported,
                # however far the reporting verb is; a decision to come, not a condition.
                if (
                    marker.group() == "would"
                    and _THAT_SUBJECT.search(near, max(0, marker.start() - 20), marker.start())
                    and _REPORTED_BEFORE.search(lower, max(0, trigger_start - 200), trigger_start)
                ):
                    future = True
                else:
                    hypothetical = True
            elif marker.group() in _HYPOTHETICAL_MODALS and not threat_is_event:
                # "more troops could be sent": a modal inside the trigger governs it.
                hypothetical = True
            elif marker.group() == "would" and not threat_is_event:
                # "declared that ... forces would be stationed": reported, a decision to come; without a
                # report, a condition.
                if _REPORTED_BEFORE.search(lower, max(0, trigger_start - 200), trigger_start):
                    future = True
                else:
                    hypothetical = True
        elif not (threat_is_event and (marker.start() >= len(window) or (kind == "reported" and marker.end() > len(window)))):
            # Future, or reported speech ("said it would"); inside the trigger of a threat ("warned that
            # Washington would pay a dear price") it is the threat being made, not a time to come.
            future = True
    # A threat's own words ("threatened to use nuclear weapons if attacked") make the threat, now.
    if not (threat_is_event and _WARNING.search(near)):
        predicate = _PREDICATE_AFTER.match(lower, trigger_end)
        if predicate is not None:
            modal = predicate.group("modal")
            negated = negated or predicate.group("negator") is not None or modal.startswith("won")
            if modal in _HYPOTHETICAL_MODALS or (
                modal == "would" and not _REPORTED_BEFORE.search(lower, max(0, trigger_start - 200), trigger_start)
            ):
                hypothetical = True
            else:
                future = True
    joined = _AND_BEFORE_TRIGGER.search(lower, max(0, trigger_start - 8), trigger_start)
    coordinated = joined is not None
    if not (future or hypothetical) and joined:
        # "said it will cancel all measures ... and deploy more forces": a verb joined by "and" shares the
        # modal of the verb before it, however far back, even after a comma ("will withdraw the steps
        # taken ..., and deploy more forces").
        for marker in _MARKERS.findall(_window_before(lower, joined.start(), words=30)):
            if marker.lastgroup in ("future", "reported"):
                future = True
            elif marker.lastgroup == "hypothetical":
                hypothetical = True
    # "will end the moratorium and deploy more missiles": what is undone is the verb before "and".
    reversal = None if coordinated else _REVERSAL.search(window + " ")
    if reversal is not None and _DEMAND.search(window, 0, reversal.start()):
        # "urged North Korea to halt the latest provocation": the act goes on; only its end is asked for.
        reversal = None
        hypothetical = known.opening_conditional
    if future and not threat_is_event and _ANY_OBJECT.match(lower, trigger_end):
        # "the military will shoot down any such balloons entering its airspace": an act promised against
        # whatever comes is a condition, not an act to come.
        hypothetical = True
    return {
        "negated": negated or reversal is not None or bool(_NOT_AFTER.match(lower, trigger_end)) or _dismissed(lower, trigger_start, trigger_end),
        "hedged": any(_doubts(lower, start, end, trigger_start, trigger_end) for start, end in known.hedges),
        "hypothetical": hypothetical or known.opening_conditional,
        "future": future,
        "historical": known.dated and historical(lower, trigger_start, trigger_end, reference_year),
        # "one day after a Serbian jet shot down a helicopter": the cause or setting of the news, not the news.
        "background": _background(lower, trigger_start),
    }


def _dismissed(lower: str, trigger_start: int, trigger_end: int) -> bool:
    """ "claims of missile sales to Russia are false", "dismissed reports of troop deployments as baseless"."""
    return _CLAIM_BEFORE.search(lower, max(0, trigger_start - 40), trigger_start) is not None and _DISMISSED_AFTER.match(lower, trigger_end) is not None


def _background(lower: str, trigger_start: int) -> bool:
    """Whether the trigger is in a clause that sets the scene ("after", "amid", "in response to").

    Not when the clause it hangs on reports losses or a response: in "seven civilians were killed after
    Thai shelling struck", the shelling is what killed them, and in "fired warning shots after North
    Korean soldiers crossed the line", the crossing is what they answered; either way, the news itself.
    """
    match = _BACKGROUND.search(lower, max(0, trigger_start - 60), trigger_start)
    # "exercises in February 2022, immediately after which Russia launched its invasion": a sequence told,
    # not a scene; "expressed unease over the presence of Polish troops": the matter of concern is news.
    if match is not None and (
        _WHICH_AFTER.match(lower, match.start()) or (match.group().startswith("over") and _CONCERN_BEFORE.search(lower, max(0, match.start() - 20), match.start()))
    ):
        return False
    # "as it responded with live-fire drills": the response is the news. "Denounced the attacks as
    # aggression and cut ties": "as" after a verb of naming is no time.
    return (
        match is not None
        and not _CONSEQUENCE_BEFORE.search(lower, max(0, match.start() - 40), match.start())
        and not _RESPONDS.search(match.group())
        and not (match.group().startswith("as") and _NAMING_BEFORE.search(lower, max(0, match.start() - 50), match.start()))
        # "Over 200 missiles and drones were fired": a count, not a scene.
        and not (_OVER_A_NUMBER.match(match.group()) and (_VERB_FIRST.match(lower, trigger_start) or _OVER_A_COUNT.fullmatch(match.group())))
    )


def _doubts(lower: str, start: int, end: int, trigger_start: int, trigger_end: int) -> bool:
    """Whether the hedge at ``start:end`` doubts the trigger.

    Not when the hedge is the trigger itself (an accusation found as "accused ... of" doubts only what
    it accuses of), nor when it stands in another clause ("fired at an Indian position, two days after
    suspected rebels killed 18 soldiers") or in the cause of the trigger ("placed on combat readiness in
    response to reports of alleged harassment").
    """
    if start == trigger_start or (trigger_start < start < trigger_end and lower.startswith("accus", start)):
        return False
    if start > trigger_end and _FINAL_CLAIM.match(lower, end) and _ATTRIBUTION_BEFORE.search(lower, max(trigger_end, start - 60), start):
        # "..., IDF spokesman Daniel Hagari has claimed.": an attribution that closes the sentence doubts all of it.
        return True
    if start > trigger_end:
        # "an exchange of fire, with Thailand accusing Cambodia of launching rockets": a hedge that
        # names what it doubts after "of" doubts only that.
        if lower.endswith(("of", "that"), start, end) or lower.startswith(" of ", end):
            return False
        # A modal governs the verb after it: "sharing technology, with suspicions that the missile could
        # have been developed with Russian help" doubts the developing, not the sharing.
        # "strikes by Israel, including one that reportedly claimed the life of": a relative clause's hedge
        # doubts the relative clause.
        if _RELATIVE_AFTER.search(lower, trigger_end, start):
            return False
        # "called for an inquiry into alleged Serbian involvement": an adjective doubts its noun.
        adjective = _ADJECTIVE_HEDGE.match(lower, start) is not None and not _CAUSE_BEFORE_HEDGE.search(lower, max(trigger_end, start - 30), start)
        if _MODAL_HEDGE.match(lower, start) or adjective or _AND_BEFORE.search(lower, max(trigger_end, start - 30), start):
            return False
        return not (_CLAUSE_BREAK.search(lower, trigger_end, start) or _CAUSE_BETWEEN.search(lower, trigger_end, start))
    if lower.endswith("of", start, end) and _NEW_PREDICATE.search(lower, end, trigger_start):
        return False
    # "While it denies allegations of backing the M23, it acknowledges the presence of its troops": what
    # "allegations of" doubts ends with its clause.
    if lower.endswith(("of", "that"), start, end) and "," in lower[end:trigger_start]:
        return False
    # "reportedly fled their positions following the exchange of fire": the hedge doubts the flight, not
    # the exchange that came before it.
    return not (_CLAUSE_BREAK.search(lower, end, trigger_start) or _CAUSE_BETWEEN.search(lower, end, trigger_start))
