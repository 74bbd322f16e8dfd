"""Who says what: reading the attribution a verb makes ('Mayor Dana Whitfield said', 'critics
say', 'a city official who spoke on condition of anonymity said') and naming its kind.

Only small windows around each attribution verb are examined; word look-ups go through sets
(the words are the newsroom's `lexicon.Lexicon`, handed to each reading function).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from newsroom.checks.checkable import WEEKDAY_WORDS
from newsroom.checks.lexicon import Lexicon
from newsroom.checks.naming import (
    ANONYMOUS as ANONYMOUS,
)
from newsroom.checks.naming import (
    NAMED as NAMED,
)
from newsroom.checks.naming import (
    UNKNOWN as UNKNOWN,
)
from newsroom.checks.naming import (
    UNNAMED as UNNAMED,
)
from newsroom.checks.naming import (
    VAGUE as VAGUE,
)
from newsroom.checks.naming import (
    abbreviation,
    adverb,
    anonymity_start,
    anonymous,
    classify,
    common,
    core_length,
    described,
    describes_person,
    document,
    first_name_only,
    head_word,
    known_head,
    may_be_unnamed,
    names_only,
    opening_adjective,
    people_plural,
    singular,
)


class Attribution(NamedTuple):
    kind: str  # named, anonymous, vague, unnamed (a bystander: 'one resident'), unknown
    start: int  # offset of the attribution verb in the paragraph
    verb: str
    speaker: str  # the words naming who speaks, e.g. 'Mayor Dana Whitfield', 'critics'
    name: str = ""  # a person's name when the speaker is one, titles removed
    editorializing: bool = False
    carried: bool = False  # the speaker named before: a quotation's next sentence, 'she said'


# what a response that is an act has after it: 'responded to the scene', 'responded by
# cutting places', 'responded the only way they can' (not 'responded to calls for his
# resignation by saying', where the deed, group 'deed', is words: _said_in_deed)
_RESPONDED_ACT: Final = re.compile(
    r" (?:to (?:the |a |an )?(?:scene|call|calls(?! for\b)|fire|blaze|crash|incident|alarm|"
    r"emergency|house|home|area|site|report of|reports of)\b(?:[^,.;:!?]*? by "
    r"(?P<after>[a-z]+ing)\b)?|by (?P<deed>[a-z]+ing)\b|"
    r"(?:the|in the) (?:only|same|best|usual) way\b|in kind\b)"
)
# one word alone before a noun form and a colon, opening the sentence: 'Weather forecast:',
# 'Traffic report:' (a label, where 'Critics claim:' is still a group that claims and
# 'Smith states:' a person who states)
_LABEL_BEFORE: Final = re.compile(r"\s*([A-Z][a-z]+) \Z")
# a verb of saying or showing right after a word that is a noun too: 'report says'
_VERB_AFTER: Final = re.compile(
    r" (?:says|said|shows|showed|found|finds|states|stated|notes|noted|recommends|"
    r"recommended|concludes|concluded|warns|warned|estimates|estimated|predicts|predicted|"
    r"forecasts|puts)\b"
)
# (not a clause with its own subject or verb: 'told officers they intend to stay', 'told
# the paper the aim was to build')
# (perhaps with when it was asked before 'to': 'asked Congress in February 2024 to freeze')
# (a title or an initial before a word: 'asked Gov. Esteban R. Celis to declare')
_REQUEST_AFTER: Final = re.compile(
    r" (?:that\b|(?:(?:[a-z]{1,4}\. )?(?!(?:they|he|she|we|i|you|was|is|were|are|would|will|"
    r"had|has)\b)[\w'’-]+ ){1,3}(?:(?:in|on|last|this|earlier) [\w'’-]+(?: \d{4})? )?to [a-z\x01])"
)
# the words a thing or someone says, as the sentence's last words: 'mean what they say.',
# 'do what it said.' (not 'what they said: ...', which goes on to give them)
_WHAT_IT_SAYS: Final = re.compile(r"\bwhat (?:it|they|he|she|we|you|i) \Z", re.I)
_ENDS_HERE: Final = re.compile(r"\s*(?:[.!?]|$)")
# 'asked the White House for a disaster declaration': a request, not a statement
_ASKED_FOR: Final = re.compile(
    r" (?!(?:why|what|how|when|where|whether|if|who|which|that)\b)(?:the |a |an )?"
    r"(?-i:[A-Z][\w'’.-]*|[a-z]+)(?: (?!(?:why|what|how|when|where|whether|if)\b)"
    r"[\w'’.-]+){0,3} for\b"
)
# 'reported from Indianapolis' (a reporter's line), 'reported him to the police' (an act),
# 'also reported for this story' (a reporter's credit).
_REPORTED_ACT: Final = re.compile(
    r" (?:from [A-Z]|(?:[\w'’-]+ ){1,3}to (?:the )?(?:[A-Z]|police)|"
    r"for (?:this|the) (?:story|report|article|piece|paper|bulletin)\b)"
)
# a name set after a group, ending its clause: ', the River Carriers Council.'
_NAME_APPOSED: Final = re.compile(
    r"\s*, (?:the (?-i:[A-Z])[\w'’&.-]*|(?-i:[A-Z])[\w'’&.-]* (?-i:[A-Z])[\w'’&.-]*)"
    r"(?: (?:(?-i:[A-Z])[\w'’&.-]*|of|for|and|the|&))*\s*(?:[.;:)]|,(?= [a-z])|$)"
)
# a name after 'called', not a possessive ('called Hale's budget reckless': a statement)
_CALLED_NAME: Final = re.compile(r" (?-i:[A-Z])[\w.&-]*(?![\w'’])")
_FOR_AT_END: Final = re.compile(r" for(?:$|[.,;:!?)\x01])")
# ('reported lost sales' reports a figure: 'lost' only where its phrase ends)
_REPORTED_STATE: Final = re.compile(
    r" (?:missing|dead|killed|injured|hurt|wounded|safe|stolen|sick|ill|trapped)\b|"
    r" lost(?=[.,;:!?)\x01]|$| (?:in|at|on|from|after|during|since|near|by|and|or|when|while)\b)"
)
# (or 'agreed early Saturday to', and after a longer time: 'agreed late on Friday to',
# 'agreed in the early hours of Sunday to')
_AGREED_TO: Final = re.compile(
    r" (?:[\w'’-]+ ){0,2}to |"
    rf" (?:early|late|on|in|at|during|last|this)\b(?: [\w'’-]+){{0,3}}? (?:{WEEKDAY_WORDS}|"
    r"morning|afternoon|evening|night|hours|day|"
    r"week|weekend|today|yesterday|tonight)(?: of [\w'’-]+)? to "
)  # (not 'agreed on the need to', a view)
# a crowd's act, with nothing it was for: 'Some in the gallery applauded.', 'fans cheered as
# the bus arrived' (not 'critics applauded the decision', a view)
_CROWD_ACTS: Final = ("applaud", "cheer", "celebrat", "protest")
_NO_OBJECT: Final = re.compile(r"\s*(?:[.;!]|$|,?\s+(?:as|when|while|after|before|and)\s)")
# a signal by hand, not a statement: 'The driver signalled left', 'signalled to the bench',
# 'Police signalled the car to stop' (not 'signalled to investors that', 'signalled its
# intention to')
_GESTURE: Final = re.compile(
    r" (?:left|right|(?:for|with) (?:a|an|the|his|her|their) [\w-]+|"
    r"to (?:the|his|her|their) [\w-]+(?: [\w-]+)?(?=[.,;]|$| and\b)|"
    r"(?:him|her|them|me|us|the (?:car|driver|vehicle|bus|players?|crowd|pilot)) to (?!be\b)\w+)"
)
# a point made, or a case argued for or that something is so: what a source says (not
# 'made the case better than we can', a judgement of how)
_MADE_POINT: Final = re.compile(
    r" (?:the|this|that|a|the same|a similar|a simple|his|her|their|its|our) (?:[\w'’-]+ )?"
    r"(?:point\b|(?:case|argument) (?:that|for|against)\b)"
)
# what a group voices is a view: 'voiced frustration', 'have voiced their concerns'
_VOICED: Final = re.compile(
    r" (?:(?:their|his|her|its|some|strong|deep|growing|serious|similar|renewed|"
    r"widespread|early|loud) )?(?:concerns?|frustrations?|support|opposition|doubts?|"
    r"skepticism|scepticism|anger|alarm|worry|worries|fears?|objections?|outrage|dismay|"
    r"disappointment|displeasure|reservations|misgivings|optimism|hopes?|criticism|"
    r"complaints?|approval|disapproval|unease|confidence|interest|sympathy|sympathies|"
    r"solidarity|regrets?|gratitude|relief|surprise|sadness|condolences)\b"
)
# what a named source finds, when a clause of what it found follows or comes before ('the
# board found that ...', '..., the researchers found'; not 'Police found a body')
_FOUND: Final = frozenset(("found", "finds", "concluded", "concludes", "determined"))
# (or the evidence found, or not: 'found no evidence that', 'found clear evidence of')
_THAT: Final = re.compile(
    r"\s*(?:(?:no|little|some|ample|sufficient|insufficient|clear|strong|new) evidence "
    r"(?:that|of)\b|that\b)"
)
_SENTENCE_ENDS: Final = re.compile(r"\s*(?:[.,;]|$)")


def _found_what(lower: str, v1: int, after_finding: bool) -> bool:
    """Whether a finding verb says what was found: 'that' follows (perhaps after 'no
    evidence'), or it ends a sentence after its finding ('..., the researchers found.'), not
    an ending ('When the concert concluded,', 'The hearing concluded.')."""
    return bool(_THAT.match(lower, v1) or (after_finding and _SENTENCE_ENDS.match(lower, v1)))


# a named source's verdict, which it gives as a statement: 'Stroud blamed shipping costs',
# 'the director credited the workforce' (a group's is its view: 'Critics praised her songs')
# with what must follow each for it to be one ('questioned whether', not 'questioned the
# driver'; 'welcomed the decision', not 'welcomed students back'; 'credited X with', not
# 'credited the refund to')
_ANY: Final = re.compile("")
_TO_CAUSE: Final = re.compile(r"[^.;:]{0,80}\bto\b")  # 'attributed the delays to ...'
_VERDICTS: Final = {
    "blamed": _ANY,
    "blames": _ANY,
    "praised": _ANY,
    "praises": _ANY,
    "faulted": _ANY,
    "criticized": _ANY,
    "criticizes": _ANY,
    "criticised": _ANY,
    # what someone gives as a cause: 'He attributed the delays to staff shortages'
    "attributed": _TO_CAUSE,
    "attributes": _TO_CAUSE,
    # (not money put to an account: 'credited the refund to residents' water bills')
    "credited": re.compile(
        r"(?![^.;:]{0,80}\bto\b[^.;:]{0,40}\b(?:accounts?|bills?|balances?|cards?|statements?)\b)"
    ),
    "questioned": re.compile(r" (?:whether|why|how|if|what|the (?:need|wisdom|decision|cost)\b)"),
    "welcomed": re.compile(
        r" (?:the|this|that|its|their|a|an) (?:[\w'’-]+ ){0,3}?(?:decision|deal|agreement|news|"
        r"ruling|plan|move|report|findings|vote|announcement|proposal|change|changes|law|bill|"
        r"order|investment|settlement|step|return)\b"
    ),
}
# what only people do: believe, fear, hope (where studies may link, question or find)
_MINDS: Final = frozenset(
    (
        *("believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels"),
        *("felt", "fear", "fears", "feared", "worry", "worries", "worried", "hope", "hopes"),
        *("hoped", "want", "wants", "wanted", "wonder", "wonders", "wondered", "love", "hate"),
    )
)
# the sides of an argument, whose word for a thing is their view of it: 'what critics call a
# giveaway'
_PARTISANS: Final = frozenset(
    ("critics", "opponents", "supporters", "detractors", "skeptics", "sceptics", "foes", "backers")
)
# the term a field uses, not what it says: 'offered what scientists call a natural experiment'
# (where 'what they call runaway verdicts' is the view of those named before)
_WHAT_THEY: Final = re.compile(r"\bwhat (?!(?:they|he|she|we|it|you|i)\b)(?:[\w'’-]+ ){1,3}$", re.I)
# what a group presses someone to do is its demand: 'have pressed the commission for years
# to adopt' (not a campaign's 'pushed for a later start', nor 'pushed by some Republicans')
_PRESSED_TO: Final = re.compile(
    r" (?!for\b|by\b)(?:(?:the|their|its|state|federal|local|city|county) )?"
    r"(?P<who>(?:[\w'’&.-]+ ){0,2}?[\w'’&.-]+)(?: for (?:years|months|decades|weeks))? to "
    r"(?!(?:the|a|an|their|its|his|her|our|my|your|this|that)\b)[a-z]"
)


def _pressed_someone(lex: Lexicon, masked: str, v1: int) -> bool:
    """Whether 'pressed' or 'pushed' presses people or a body to act ('pressed the commission
    for years to adopt', 'pushed Halvorsen to sell'), not a thing ('the grapes to make wine')."""
    found = _PRESSED_TO.match(masked, v1)
    if found is None:
        return False
    head = found.group("who").rsplit(None, 1)[-1]
    low = head.lower()
    return head[:1].isupper() or (known_head(lex, low) and not document(lex, low))


def _said_in_deed(lex: Lexicon, gerund: str) -> bool:
    """Whether what someone did in response ('by saying', 'by tweeting', 'by calling the
    claims absurd') is a verb of saying, so the response is words, not a deed."""
    if not gerund.endswith("ing"):
        return False
    stem = gerund[:-3]
    bases = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return gerund in lex.speech_participles or any(b in lex.sourcing_verbs for b in bases)


# what one rejects in words, not in a vote: 'rejected that account', 'rejected the findings'
# (a claim only as an account: 'rejected that claim', 'rejected claims that', not an
# insurer's 'rejected the claim' or 'rejected her claim for compensation')
_REJECTED_ACCOUNT: Final = re.compile(
    r" (?:(?:that|the|this|those|these|such|any|all|his|her|their|its)(?: [\w'’-]+)? )?"
    r"(?:(?<= )(?:accounts?|characteri[sz]ations?|suggestions?|allegations?|criticisms?|"
    r"findings|assertions?|descriptions?|versions?|accusations?|interpretations?|premise|"
    r"comparisons?)\b|claims? that\b|charges? that\b)"
    r"|^ (?:that|those|these|such) claims?\b"
)
# a sum or a count pledged is given, not said: 'has pledged €20,000 over two years'
_PLEDGED_SUM: Final = re.compile(
    r" (?:to (?:give|donate|spend|invest|pay|raise|match) )?(?:about |around |more than |up to "
    r"|nearly |almost |over |at least |another |an extra |a further |some |roughly |an "
    r"estimated |a total of |a combined |just over |just under )?(?:[$€£¥]|\d)"
)
# a crowd that saw a match watched it: 'A crowd of 6,850 saw the home side come from behind',
# 'A record 6,850 fans saw' (not 'Many in the crowd saw the decision as unfair')
_CROWD: Final = re.compile(
    r"(?:^|[^\w\s,]\s*)(?:an?|the|some|another)? ?(?:[\w-]+ )?(?:(?:crowd|attendance|audience|"
    r"gate)(?: of [\d,.]+(?: \w+)?)?|[\d,.]{3,} (?:fans|spectators|supporters|people))"
    r"(?:, [^,]{1,60},)?\s*$",
    re.I,
)
# a byline's sentence: 'Tara Lindgren wrote this article, with reporting from Raj Menon'
# (not 'wrote this post after the loss: "..."', which introduces what was written)
_THIS_ARTICLE: Final = re.compile(r" this (?:article|story|piece|report)(?=[.,;]|$| with\b)")
# a judge's or a board's ruling on what was asked of it: 'denied the request', 'denied bail'
_DENIED_ASKED: Final = re.compile(
    r" (?:(?:the|a|an|his|her|their|its|that|this|every|each) (?!(?:the|a|an|any)\b)"
    r"(?:[\w'’-]+ )?)?(?:requests?|motions?|appeals?|applications?|bail|petitions?|permits?|"
    r"permission|access|entry|parole|licen[cs]es?|waivers?|bids?|injunctions?|stay)\b"
    # (not a clause denied: 'denied the bid had been rigged')
    r"(?! (?:had|has|have|was|were|is|are|would|will|could|did|should|might|may)\b)"
)
# a chair opens a meeting: 'calls the Dec. 8 meeting to order'
_TO_ORDER: Final = re.compile(
    r" (?:the |a |this |that )?(?:[\w.'’-]+ ){0,3}(?:meeting|session|"
    r"hearing|board|council|house|chamber|assembly)? ?to order\b"
)
# a body's own study, as what it found is cited: 'The project found in a 2024 survey that'
# ('found, in a 2023 survey, that', 'found in 2023 that', 'found last year that', 'found in
# its 2023 survey of U.S. adults that')
_IN_STUDY: Final = re.compile(
    r",? (?:in (?:a|an|its|their|the) (?:new |recent |\d{4} |[\w-]+ )?(?:survey|study|report|"
    r"review|analysis|audit|poll|investigation)(?: [\w.,-]+){0,5}?|in \d{4}|last (?:year|month|"
    r"week|spring|summer|autumn|fall|winter)|this (?:year|month|week)),? that\b"
)
# verbs that ask something of a listener, who is then named before 'to' and a verb
_ASKS_OF: Final = ("urg", "beg", "ask", "implor", "encourag", "press", "push", "call on")
# (the ones asked, then 'to' and a verb: 'the council to act', not 'one parent who declined
# to be named')
_ASKED_TO: Final = re.compile(r"(?:(?!(?:who|which|that)\b)[\w'’.-]+ ){1,5}to (?-i:[a-z]+)\b")
# what a group reads as something is its view: 'Not everyone reads the numbers as a crisis'
# (not a while or a role: 'read the names as the bell tolled', 'as part of the assignment')
# (or reads it another way: 'Not all volcanologists read the data the same way', 'Some
# economists read the figures differently')
_READ_AS: Final = re.compile(
    r" (?:[\w'’-]+ ){1,5}as\b(?! (?:the|part|they|it|he|she|we|i|you|a result|well|soon|long|"
    r"usual|planned|expected|scheduled|required|assigned)\b)|"
    r" (?:the|those|these|this|that|its|their|our) (?:[\w'’-]+ ){0,3}[\w'’-]+ (?:the same way|"
    r"differently|another way|a different way)\b"
)
_ORDER: Final = re.compile(r" to [a-z]")
# what is answered as a job, not a question: 'answer calls', 'answered the phone'
_ANSWERED_THING: Final = re.compile(
    r" (?:(?:the |more |most |all |their |its |our )?(?:calls|phones?|door|pages?|alarms|"
    r"emergencies|911 calls))\b(?! for\b)"
)
# a thing put up, not words: 'posted its agenda online', 'posted photos of the damage' (not
# 'posted a statement', 'posted on Facebook that', 'posted a message saying')
_POSTED_THING: Final = re.compile(
    r" (?:its|their|his|her|our|the|a|an|some|new|more)?\s?(?:[\w-]+ ){0,2}"
    r"(?:agenda|agendas|minutes|transcriptions?|photos?|pictures?|videos?|footage|images?|"
    r"bail|bond|signs?|flyers?|maps?|records|documents?|data|results|schedule|menu|listing|"
    r"job|jobs|openings?|ads?|bond)\b(?! (?:statement|message|address|appeal|apology|response|"
    r"letter)s?\b)(?![^.;]{0,80}\b(?:saying|that|which said|urging|warning|denying|apologi[sz]ing|"
    r"calling|defending|accusing|blaming|claiming|critici[sz]ing|praising|thanking|explaining|"
    r"insisting|announcing|vowing|promising|pledging|admitting|arguing)\b)"
)
# verbs whose object is the one spoken to, in the passive a rebuke or a reminder: 'was
# warned by the chair', 'was reminded by a steward to sit down'
_REBUKES: Final = ("warn", "caution", "admonish", "reprimand")
# the end of a passive's agent when no words are reported after it ('was warned by the
# chair.', '... by the chair and left'), not 'that ...' or a quotation
_NOTHING_SAID: Final = re.compile(r"\s*(?:[.;!?)]|$|,? (?:and|but|before|after|when|as|for|to)\b)")
# a form of 'be' before a passive verb, adverbs or a time between: 'are not always added',
# 'was yesterday added', 'was on Tuesday added'
_PASSIVE_BEFORE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)(?: (?:not|never|always|also|then|"
    r"now|often|later|just|[a-z]+ly|yesterday|today|tonight|(?:last|this|on) [a-z]+))* \Z"
)
# a passive set off by commas after its noun, the sentence's verb after it: 'Whelan, added
# to the panel last week, started at midfield' (not '..., clearly moved, added to reporters:')
_SET_OFF_BEFORE: Final = re.compile(r"(?<![\"”’'])\s*,(?: [a-z]+ly)? \Z")
_SET_OFF_AFTER: Final = re.compile(r" (?:to|into|onto) [^,;:\"“”]{1,60}, [a-z]")
# a request for a sentence or a thing, not a view: 'asked for eight years', 'asked for more
# inspectors', 'asked for the maximum' (not 'asked for an inquiry', a demand, nor a body's
# appeal: 'has asked for $12 million to buy hay')
_ASKED_FOR_AMOUNT: Final = re.compile(
    r" for (?:(?:a|an|the) )?(?:maximum|minimum|more\b|additional\b|extra\b|another\b|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|\w+-\w+) "
    r"(?:years?|months?|days?|weeks?|hours?))"
)
# a protest held somewhere, not a view of something
_PROTEST_AT: Final = re.compile(
    r" (?:outside|at|in|on|near|along|in front of|across)\b(?![^.;]{0,100}\bthat\b)"
)
# a participle's phrase set off by commas before the clause's own verb: ', announced in the
# 2023 budget, pays for' (not an aside before 'that': ', in a letter to staff, that')
_PARTICIPLE_PHRASE: Final = re.compile(
    r" (?:in|at|on|by|during|with|from|under|for|last|this|earlier) [^,;\x01]{1,80}, "
    r"(?:[a-z]+ly )?(?!(?:[a-z]+ing|that|without|with|in|on|at|by|for|according|as|and|but|"
    r"dated|who|which)\b)[a-z]+\b"
)


def _participle_phrase(left: str, lower: str, v1: int) -> bool:
    """Whether a verb after a comma opens a participle's phrase set off by commas, and the
    clause's own verb follows it ('The grant, announced in the 2023 budget, pays'): only
    after a subject of one phrase ('The grant,'), not after an aside or a clause ('The
    president, speaking at a rally, claimed', 'Ruiz, 54, claimed', 'The firm, which ...,')."""
    s = left.rstrip()
    return s.count(",") == 1 and "\x01" not in s and bool(_PARTICIPLE_PHRASE.match(lower, v1))


_MARKET_GROUPS: Final = frozenset(("investors", "traders", "markets", "shareholders"))


def _market_reaction(left: str, speaker: str, verb: str) -> bool:
    """Whether a group of the market moves in a clause of a price's move ('Shares rose as
    investors welcomed the cost cuts'): a reaction, not a view anyone gave."""
    head = speaker.rsplit(None, 1)[-1].lower() if speaker else ""
    at = left.rfind(speaker)
    return (
        head in _MARKET_GROUPS
        and verb.startswith(_MARKET_MOVES)
        and at > 0
        and left[:at].split()[-1:] == ["as"]
    )


# what a market does, not says: 'welcomed the cuts', 'shrugged off the news'
_MARKET_MOVES: Final = ("welcom", "cheer", "shrug", "applaud", "embrac", "celebrat", "reward")


_ONE_OF: Final = ("one of ", "another of ")
# 'as one of our older members put it in the clubhouse': whose words they were, after 'as'
# (or after the quotation, how it was put: '"...," was how one fisherman put it')
_AS_PUT: Final = re.compile(
    r"(?:^|[\s,\x01])as (?:[\w'’-]+ ){1,6}$|\x01[\s,]*(?:was|is|that(?:'|’)s) how "
    r"(?:[\w'’-]+ ){1,6}$",
    re.I,
)
_AS_PUT_IT: Final = re.compile(r" it\b")
_HOW_PUT: Final = re.compile(r"(?:was|is|that(?:'|’)s) how ", re.I)
# a verb of a reduced relative clause, where the sentence's own verb comes after its place
# or time: 'messages found on his phone showed', 'Photographs posted online Monday show'
_PARTICIPLE_THEN_VERB: Final = re.compile(
    r" (?:on|in|at|inside|near|from|to|by|during|online|overnight|last|this)\b[^,;.:\x01]{0,60}?"
    r" (?:showed|shows|show|found|finds|revealed|reveals|indicated|indicates|suggested|"
    r"suggests|appeared to show|appear to show|confirmed|confirm|confirms)\b"
)
# a document arriving, not saying: 'showed up in a search', 'found its way to the desk'
_TURNED_UP: Final = re.compile(r" (?:up\b|(?:its|their|his|her) way\b)")
# the passives whose agent is a source: 'is projected by most draft analysts as'
_RATED: Final = frozenset(("projected", "predicted", "tipped", "rated", "ranked"))
_RATED_AS: Final = re.compile(r" (?:as|to|among|at|in|for)\b")
_AS_WHAT: Final = re.compile(r" as\b")
# what one maintains by saying so: 'has always maintained his innocence'
_INNOCENCE: Final = re.compile(r" (?:his|her|their|its|my|our) innocence\b")

# a call made for help, not a view: 'someone calls for help', 'a neighbor called 911',
# 'called deputies after hearing shots' (not 'called for help for veterans', a demand, nor
# 'called the police chief's decision a mistake', a view)
_CALL_FOR_HELP: Final = re.compile(
    r" (?:for (?:help(?! for)|an? (?:ambulance|tow|ride))\b|(?:911|999|000|112)\b|"
    r"(?:the |an? )?(?:police|sheriff|fire department|ambulance|paramedics|firefighters|"
    r"deputies|troopers|coast guard|dispatchers?|animal control|poison control|tow truck)"
    r"(?:['’]s (?:office|department|dispatch|deputies))?(?=[,.;]|$| (?:at|after|before|when|"
    r"to|for|about|and|as|from|but|because|while|once|around|shortly|just)\b)|"
    # a phone call to a body: 'tenants called the city to complain'
    r"(?:the |their |his |her |its )?(?:city|county|council|town|village|utility|landlord|"
    r"hotline|helpline|agency|school|district|station|newsroom|office)(?= to (?:complain|"
    r"report|ask|request|check|find out)\b))",
    re.I,
)
_OBJECT_AFTER: Final = re.compile(
    r" (?:a|an|two|three|four|five|six|seven|eight|nine|ten|more|new|another|several)\b"
)
# 'pleaded guilty', 'pleads not guilty', 'pleaded no contest': a plea in court, not a statement
_KNOWN_AS: Final = re.compile(r" (?:[a-z]+ly )?as\b")
# the means a source spoke by, not the one who did what a participle says: 'confirmed by phone'
_BY_MEANS: Final = re.compile(
    r" by (?:(?:tele)?phone|e-?mail|text(?: message)?|letter|fax|post|radio|video(?: ?link)?|"
    r"(?:video )?call)\b"
)
# or the deed a source spoke by, in lower case (a name in '-ing' is a doer: 'proposed by
# Manning'): 'responded by saying', 'responded by tweeting that'
_BY_DOING: Final = re.compile(r" by [a-z]+ing\b")
_PLEA: Final = re.compile(r" (?:not )?(?:guilty|innocent|no contest)\b")
# a reply in so many written things, which says something: 'replied with 12 pages of
# answers', 'responded with a 40-page letter' (not a reply in runs: 'replied with 176')
_WORDS_IN_REPLY: Final = re.compile(
    r" with [\d,]+(?:-| )(?:pages?|letters?|questions?|words?|e-?mails?|messages?|"
    r"documents?|submissions?|objections?|demands?|proposals?|points? of (?:order|objection)|"
    r"amendments?|conditions?)\b"
)
# the charges a defendant admits: 'admitted 14 counts of theft', 'admits both charges'
_CHARGES_ADMITTED: Final = re.compile(
    r" (?:(?:the|both|all|several|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve) )?(?:[a-z-]+ )?(?:counts?|charges?|offen[cs]es)\b"
    r"(?! (?:had|has|have|was|were|is|are|would|could|might)\b)"
)
# a quotation, then up to four words (the speaker) before a verb that attributes only next to
# one: '"Ask me in a month," he laughed'
_AFTER_QUOTE: Final = re.compile(r"\x01[\s,]*(?:[\w.'’-]+\s+){1,4}$")
# a quotation that opens the sentence, right before the verb, perhaps in the perfect, as
# translated copy puts it: '"...," declared Ruiz', '"...," has declared Ruiz'
# a quotation right after a verb, past a colon or a comma: 'continued Ruiz: "..."' is its
_QUOTE_RIGHT_AFTER: Final = re.compile(r"[\s,:]*\x01")
_RIGHT_AFTER_QUOTE: Final = re.compile(r"\s*\x01+[\s,]*(?:(?:has|have|had)\s+)?$")
# who speaks after such a verb, a name or someone described ('declared Ruiz', 'laughed the
# coach'), not what goes on ('"Hello Again" continued its run')
_SPEAKER_NEXT: Final = re.compile(r" (?:(?-i:[A-Z])|(?:the|a|an|one|another) )")
# the end of words said, in their quotation marks or just after them: '"...," declared Ruiz',
# '"...!" declared Ruiz', '"...", declared Ruiz' (not a title: '"Yesterday" continued The
# Beatles' run')
_SAID_END: Final = re.compile(r"[,!?…—–-]['’\"”]*$")


def _said_quote(text: str, masked: str, end: int) -> bool:
    """Whether the quotation that ends at end closes as words said do, with a comma, a mark
    of exclamation or question, or a break."""
    return bool(
        _SAID_END.search(text, max(0, end - 4), end)
        or masked[end : end + 3].lstrip().startswith(",")
    )


# the perfect's auxiliary between a quotation and its verb: '"...," has declared Ruiz'
_AUX_AFTER_QUOTE: Final = re.compile(r"\x01\s*(?:has|have|had)\s+$")
# 'privately' after the verb, how who speaks spoke ('said privately that'), not the adverb of
# a participle after it ('The data said privately held firms grew faster')
_PRIVATELY_AFTER: Final = re.compile(
    r" privately\b(?! (?:[a-z]+ed|[a-z]+en|held|run|built|sold|paid|made|kept|grown|known)\b)"
)
# A case's own filing: 'prosecutors wrote in a sentencing memo', 'defense lawyers argued in a
# motion' name the filing, a document on the record.
_IN_FILING: Final = re.compile(
    r" (?:[\w'’-]+ ){0,2}in (?:a|an|the|their|its|his|her) (?:[\w'’-]+ ){0,2}?(?:memo|memorandum|"
    r"filing|motion|(?:legal |amicus |court )brief|complaint|petition|indictment|affidavit|"
    r"court papers|court documents)\b",
    re.I,
)
# Verbs whose object is the next word, so that it is a noun: 'deserve credit', 'took note'.
_TAKE_A_NOUN: Final = frozenset(
    (
        *("deserve", "deserves", "deserved", "earn", "earns", "earned", "get", "gets", "got"),
        *("take", "takes", "took", "taken", "give", "gives", "gave", "given", "share"),
        *("shares", "shared"),
    )
)
# Modals that a speaker's words never hold: '... and that the system would free dispatchers
# to focus on the most serious calls' has a clause, not a speaker, before 'calls'.
_MODALS: Final = frozenset(("would", "will", "could", "should", "can", "may", "might", "must"))
# where a finding is published: 'reported Wednesday in the journal Ecology', 'wrote in a
# paper published in Science'
_IN_JOURNAL: Final = re.compile(
    r" (?:[\w'’-]+ ){0,3}in (?:the (?:journal|magazine) |an? (?:study|paper|report|article)"
    r" (?:published )?in (?:the (?:journal )?)?)(?-i:[A-Z])",
    re.I,
)


# Attribution to no one at all. Each pattern starts with a literal, so it is found by a fast
# substring search; the word boundary before it is checked by hand.
_VAGUE_PHRASES: Final = tuple(
    re.compile(p)
    for p in (
        r"it (?:is|was|has been|had been) (?:(?:now|still|also) )?"
        r"(?:widely |generally |often |commonly |long )?"
        r"(?:said|believed|thought|reported|known|rumored|feared|claimed|"
        r"understood(?= (?:by|among) )|"  # ('it is understood among fans': widely held)
        r"expected(?! to ))\b",  # not 'it is expected to pass': 'it' is the bill
        r"there are (?:those|some|many) who\b",
        r"by (?:most|some|many|several|other|one|all) (?:estimates?|accounts?|"
        r"measurements?|calculations?|counts?)\b",
        r"some have (?:said|suggested|argued|claimed|called|questioned|warned|described)\b",
        # the press at large: 'local media reported', 'according to local media reports'
        r"local (?:media|news outlets|press) (?:reported|reports|said|say|quoted)\b",
        # (a country's state media, unnamed: 'In Burkina Faso, state media reported'; not
        # 'Lebanese state media', which names whose)
        r"(?<![a-z] )(?:state|state-run|state-owned) (?:media|television|radio) "
        r"(?:reported|reports|said|say|quoted)\b",
        r"according to (?:local |news |press )?media reports\b",
        # what a family or a place tells, no one in it: 'Family tradition holds that', 'legend
        # has it that' (not 'the tradition holds up')
        r"tradition (?:holds|held|says|said) that\b|tradition (?:has|had) it\b",
        r"legend (?:holds|held|says|said) that\b|legend (?:has|had) it\b",
        # a description no one is said to give: 'is often described as the smallest' (not
        # 'was described as seaworthy by the harbourmaster', which has its source)
        r"is (?:often|commonly|sometimes|frequently) (?:described|billed|touted|hailed) as\b"
        r"(?![^.;]* by )",
        r"are (?:often|commonly|sometimes|frequently) (?:described|billed|touted|hailed) as\b"
        r"(?![^.;]* by )",
    )
)
# hearsay with no one behind it: 'Both were said to be cold but unhurt' (or a time: 'Prices
# are now said to be falling', 'was earlier reported to be')
_HEARSAY_PHRASE: Final = re.compile(
    r"(?:is|are|was|were|has been|have been|had been) "
    r"(?:also |widely |still |now |earlier |initially |subsequently )?"
    r"(?:said|rumou?red|reputed|reported|believed|thought) to (?:be|have)\b"
)


def _hearsay_of_no_one(lower: str, start: int, end: int) -> bool:
    """Whether hearsay at lower[start:end] is vague attribution: not in a relative clause with
    a subject of its own ('the lake, where stocks are thought to be healthier'), nor a belief
    the sentence says was wrong ('was thought to have been extinct until ...')."""
    if _RELATIVE_BEFORE.search(lower[max(0, start - 60) : start] + "is"):
        return False
    stop = lower.find(".", end)
    was = lower.startswith(("was ", "were "), start)
    return not (was and _UNTIL.search(lower, end, stop if stop > 0 else len(lower)))


# a passive that no one stands behind: 'The Mustangs are still widely projected to' (read only
# where 'widely' is: its opening alternatives have no literal for a fast search)
_WIDELY: Final = re.compile(
    r"(?<!it )(?:is|are|was|were|be|been) (?:(?:still|now|also|already|long) )?widely "
    r"(?:(?:expected|projected|predicted|believed|thought|tipped|tapped|favou?red)\b|"
    r"(?:seen|considered|regarded|viewed) as\b)"
)
# Everything up to the last break: the greedy run backs off from the end, so the search is
# as short as the last clause.
_TO_LAST_BREAK: Final = re.compile(r".*[,;:—–()\x01]", re.S)


# What a court or an inquiry heard: 'The court heard officers X-rayed the parcels', '...,
# the inquest was told': evidence given on the record, which court reporting cites as such
_PROCEEDINGS: Final = re.compile(
    r"\b(?:the (?:court|jury|inquest|tribunal|inquiry|hearing|committee|panel|old bailey|"
    r"meeting|conference)|"
    r"magistrates|court of (?:appeal|session|justiciary|protection)|"
    r"(?:crown|magistrates['’]?|sheriff|district|county|coroner['’]?s|high|youth|family|"
    r"circuit|superior|supreme|employment|local|criminal|appeals?) (?:court|tribunal)"
    r"(?: (?:in|at) [a-z]+)?) "  # ('the High Court in Glasgow heard')
    r"(?:heard|has heard|had heard|(?:was|were|has been|have been|had been) told)\b"
    # (not the court's own act, whom it heard from, what it heard not, or an order to it:
    # 'heard oral arguments', 'heard from residents', 'heard nothing', 'was told to disregard')
    r"(?! (?:(?:the|an?|its|his|her|their|this|oral|[\w'’-]+['’]s) ){0,2}(?:[\w-]+ ){0,2}"
    r"(?:appeals?|case|cases|arguments?|motions?|applications?|petitions?|challenges?|"
    r"matter|bid|submissions?|claims?|lawsuits?|suits?|complaints?|cross-appeals?|"
    # (what a meeting holds: 'heard a presentation', 'heard a minute's silence')
    r"presentations?|updates?|silence|tributes?|speech(?:es)?|address(?:es)?|debates?|"
    r"briefings?)\b|"
    r" from\b| (?:nothing|none)\b| no (?!doubt\b)| (?:not )?to\b|"
    r" (?:[\w-]+ ){0,2}(?:testimony|evidence|statements?) from\b)"
)


# a meeting or a conference after a word that places people in it: 'Those at the meeting
# heard shots', 'Residents leaving the conference heard': they heard, not the meeting
_PRESENT_AT: Final = re.compile(
    r"\b(?:at|in|of|from|to|into|during|after|before|outside|inside|left|leaving|attended|"
    r"attending|addressed|addressing|chaired|joined|quit|walked out of) \Z"
)


# What a paper has learned from someone it does not name, in British usage: 'The family will
# keep a 10 per cent stake, it is understood', 'It is understood that the list will be
# published' (but 'it is understood by fans', above, is a belief no one holds in particular)
_UNDERSTOOD: Final = re.compile(
    r"(?<!as )(?:it (?:is|was|has been|had been)|it['’]s) (?:(?:now|also|further) )?understood\b"
    r"(?! (?:by|among) )|"  # (not 'as it was understood at the time': how it was read)
    # what someone is understood to have done: 'The club are understood to be close to'
    r"(?:is|are|was|were|has been|have been|had been) (?:(?:now|also|further) )?understood "
    r"to (?:be|have)\b"
)


# An estimate or an account someone gave, by whose: 'By the audit's estimate, about 15,000
# people live there', 'by the council's count', 'by her own account' (not 'by one estimate',
# whose is no one's, above); a day or a year owns no count ('By Tuesday's count', 'by last
# year's figures'), and an office named for its work is none ('the company's accounts
# department')
_BY_WHOSE: Final = re.compile(
    rf"by (?!(?:(?:last|this|next|that|the) )?(?:{WEEKDAY_WORDS}|"
    r"today|yesterday|tonight|weekend|day|week|month|year|decade|season)['’]s? )"
    r"(?:(?:the |an? )?(?:[\w.-]+ ){0,5}?[\w.-]+['’]s?|his|her|their|its) (?:own )?"
    r"(?:estimates?|counts?|accounts?|reckoning|calculations?|tally|figures)\b"
    r"(?! (?:department|team|office|staff|committee|clerks?|officers?|section|unit|division)\b)"
)


def source_phrases(lower: str) -> Iterator[tuple[int, str, str]]:
    """(offset, phrase, kind) of each phrase in `lower` that says where a statement comes
    from without a speaker before a verb, in order: vague ('it is widely believed'),
    anonymous ('it is understood') or named proceedings ('the court was told'). One phrase
    inside another ('been widely believed' in 'it has been widely believed') counts once."""
    patterns = [(p, VAGUE) for p in (*_VAGUE_PHRASES, _HEARSAY_PHRASE)]
    if "widely " in lower:
        patterns.append((_WIDELY, VAGUE))
    if "understood" in lower:
        patterns.append((_UNDERSTOOD, ANONYMOUS))
    if " heard" in lower or " told" in lower:
        patterns.append((_PROCEEDINGS, NAMED))
    if "by " in lower:
        patterns.append((_BY_WHOSE, NAMED))
    found = sorted(
        (m.start(), m.end(), m.group(), kind)
        for pattern, kind in patterns
        for m in pattern.finditer(lower)
        if (m.start() == 0 or not lower[m.start() - 1].isalpha())
        and not (kind == NAMED and _PRESENT_AT.search(lower, 0, m.start()))
        and (pattern is not _HEARSAY_PHRASE or _hearsay_of_no_one(lower, m.start(), m.end()))
    )
    end = -1
    for start, stop, phrase, kind in found:
        if stop > end:
            yield start, phrase, kind
            end = stop


# a question that opens with its auxiliary and then asks someone to speak: 'Will the minister
# explain', 'Can the mayor tell the House', 'Did the council say', perhaps after a
# transcript's tag for who asks ('Mr Ruiz: Did the minister say ...?')
_QUESTION_PUT: Final = re.compile(
    r"\s*(?:[^:?!.]{1,100}(?<!\d):\s+)?(?-i:Will|Would|Can|Could|Did|Does|Do|Has|Have|Is|Should|Shall|May|Might|Must)"
    r" (?:the|a|an|this|that|my|his|her|their|its|our|your|my) [^,;:]*$"
)


def read_attribution(
    lex: Lexicon,
    masked: str,
    lower: str,
    span: tuple[int, int],
    v0: int,
    v1: int,
    verb: str,
    base: int,
    text: str,
) -> Attribution | None:
    """The attribution made by `verb` at masked[v0:v1], if it is one; its offset is taken
    from `base`, where the paragraph starts; `text` is the body unmasked, its quotations'
    words in place."""
    at = v0 - base
    if verb == "according":
        if not lower.startswith(" to ", v1):
            return None
        kind, speaker, name = classify(lex, _right(lex, masked, v1 + 4, span[1]))
        apposed = _NAME_APPOSED.match(masked, v1 + 4 + len(speaker)) if speaker else None
        if kind == UNNAMED and describes_person(lex, speaker) and not apposed:
            kind = ANONYMOUS  # 'according to a shipping agent': a source, not named
        elif kind in (UNKNOWN, UNNAMED) and speaker:
            kind = NAMED  # 'according to figures the system filed': a document
        if kind == VAGUE and apposed:
            kind = NAMED  # 'according to a towing industry group, the River Carriers Council'
        return Attribution(kind, at, verb, speaker, name)
    if verb in lex.speech_participles:
        return _participle(lex, masked, span[0], v0, verb, at)
    if verb.startswith(("mak", "made")) and not _MADE_POINT.match(lower, v1):
        return None  # only 'made this point', 'made the case that': not 'made a profit'
    left = masked[max(span[0], v0 - 160) : v0]
    if aux := _AUX_AFTER_QUOTE.search(left):
        left = left[: aux.start() + 1]  # '"...," has declared Ruiz': inverted, in the perfect
    if _QUESTION_PUT.match(masked, span[0], v0) and masked[span[0] : span[1]].rstrip()[-1:] == "?":
        return None  # 'Will the minister explain why ...?': a question put to him, not his words
    inverted = left.rstrip()[-1:] in (",", '"', "”", "\x01")  # '"...," added a spokesman'
    if not _verb_here(lex, masked, lower, text, span[0], left, v0, v1, verb):
        return None
    put = _PUT_INTO_WORDS.match(lower, v1) if verb.startswith("put") else None
    if put is None and verb.startswith("put") and _AS_PUT.search(left):
        put = _AS_PUT_IT.match(lower, v1)  # '"...," as one of our members put it afterwards'
    if verb.startswith("put") and (put is None or lower.startswith(":", put.end())):
        # only 'put it more bluntly', 'put its value at': not 'put the car in park'; and one
        # that opens a quotation after a colon is read as a colon's speaker is
        return None
    if verb in _URGED and _URGED_TO.match(lower, v1):
        return None  # 'Residents are encouraged to attend': an invitation, not a feeling
    if verb.startswith("attribut") and inverted and lower.startswith(" to ", v1):
        # 'The quote, attributed to Churchill, is false': a participle, no one saying so
        # (but 'a trend scientists attribute to habitat loss': the scientists)
        return None
    if verb.startswith("propos") and not _PROPOSED_WORDS.match(lower, v1):
        return None  # 'have proposed similar projects': a deed, where 'proposed that' says
    if verb.startswith("float") and not _FLOATED_IDEA.match(lower, v1):
        return None  # 'Mourners floated candles': not an idea floated
    if verb in lex.noun_forms and _COUNT_BEFORE.search(left):
        return None  # 'submitted more than 140 reports': things counted, not a verb
    if verb.endswith(("ed", "found", "shown")) and _PARTICIPLE_THEN_VERB.match(lower, v1):
        return None  # 'Photographs posted on social media showed': a participle's noun
    if (
        verb.startswith("maintain")
        and not _clause_follows(lower, v1)
        and not _INNOCENCE.match(lower, v1)
    ):
        return None  # 'maintains full editorial control': kept, not said
    if verb in lex.feelings and (verb not in lex.opinion_verbs or _be_before(lex, left)):
        return _feeling(lex, left, at, verb)  # but 'Some parents worried about': a verb
    last = _word_before(lex, left)
    if last in lex.be_forms:
        if (verb in lex.speech_verbs or verb in _RATED) and lower.startswith(" by ", v1):
            # 'was confirmed by an aide', 'is projected by most analysts as a top-five pick'
            right = _right(lex, masked, v1 + 4, span[1])
            if verb in _RATED:  # (what they rate it as, or to do: not who rates it)
                right = _RATED_AS.split(right, 1)[0]
            right = _AS_WHAT.split(right, 1)[0]  # 'described by two delegates as': who did
            kind, speaker, name = classify(lex, right)
            if kind == UNKNOWN or (verb in lex.request_forms and _ORDER.search(speaker)):
                return None  # 'had been told by insurers to stop': an order, not a statement
            if (
                (verb in lex.listener_verbs or verb.startswith(_REBUKES))
                and " that " not in f" {right} "
                and _NOTHING_SAID.match(lower, lower.find(right.lower(), v1) + len(right))
            ):
                return None  # 'was warned by the chair': someone rebuked, no words reported
            return Attribution(kind, at, verb, speaker, name)
        if (
            verb in _HEARSAY
            and lower.startswith((" to be ", " to have ") if verb == "reported" else " to ", v1)
            and _HEARSAY_BEFORE.search(left)
            and not _RELATIVE_BEFORE.search(left)
            and not (last in ("was", "were") and _UNTIL.search(lower, v1, span[1]))
        ):
            # 'northern Botswana is thought to hold one of the largest populations': no one
            # says who thinks so (not in a clause about a thing: 'a receptor that is thought
            # to make the cough reflex overly sensitive', 'the lake, where stocks are thought
            # to be healthier'; nor a belief the sentence says was wrong)
            return Attribution(VAGUE, at, verb, f"{last} {verb}")
        return None  # passive: 'would be announced', 'it is widely believed'
    if verb in lex.finding_verbs and _TURNED_UP.match(lower, v1):
        return None  # 'The report did not show up in the system': it came, or did not
    if last in lex.negations and verb not in lex.finding_verbs:
        return None  # 'has not said': no one is quoted (but 'records do not show' cites them)
    if last == "please":
        return None  # 'Please note that ...': the page asks its reader, no one speaks
    if _WHAT_IT_SAYS.search(left) and _ENDS_HERE.match(lower, v1):
        return None  # 'the signs will mean what they say.': its words, no statement
    if (
        verb in lex.request_forms
        and _REQUEST_AFTER.match(lower, v1)
        and not anonymous(lower[v1 : v1 + 40])  # 'asked not to be named': a source
        and not _ASKED_TO_SAY.match(lower, v1)  # 'asked me to say that she has read them'
    ):
        return None  # 'asked staff to prepare': a request, not a statement
    if (
        verb.startswith("ask")
        and not inverted
        and (
            _ASKED_FOR.match(masked, v1)
            or _FOR_AT_END.match(lower, v1)
            or _ASKED_FOR_AMOUNT.match(lower, v1)
        )
    ):
        return None  # 'a project few residents asked for', 'asked for eight years': a request
    if verb == "claimed" and lower.startswith(" by ", v1):
        kind, speaker, _ = classify(lex, _right(lex, masked, v1 + 4, span[1]))
        if kind != VAGUE:
            return None  # 'the land claimed by the band': a claim to a thing, not a statement
        return Attribution(VAGUE, at, verb, speaker)  # 'The benefits claimed by supporters'
    if verb.startswith("answer") and _ANSWERED_THING.match(lower, v1):
        return None  # 'will answer calls': a job done, not a statement
    if verb.startswith("post") and _POSTED_THING.match(lower, v1):
        return None  # 'posted its agenda online': a thing put up, not a statement
    if verb.startswith("protest") and _PROTEST_AT.match(lower, v1):
        return None  # 'Students protest outside Fenwick Hall': a protest held, not a view
    if (
        (verb not in lex.speech_verbs or verb.startswith("add"))
        and verb not in lex.finding_verbs  # ('the report counted 60% fewer fights')
        and lower[v1 + 1 : v1 + 2].isdigit()
    ):
        return None  # 'Price added 17': a score, not a statement
    if (
        verb.startswith("add")
        and lower.startswith((" to ", " into ", " onto "), v1)
        and (
            _PASSIVE_BEFORE.search(lower, max(0, v0 - 40), v0)
            or (
                _SET_OFF_BEFORE.search(lower, max(0, v0 - 30), v0)
                and _SET_OFF_AFTER.match(lower, v1)
            )
        )
    ):
        return None  # 'are not always added to the official list': a thing put on, no one
    if verb.startswith("add") and not inverted and _OBJECT_AFTER.match(lower, v1):
        return None  # 'and added four water stations': a thing added, not a statement
    if (
        verb.startswith("add")
        and not inverted
        and (last in _MODALS or last == "to")
        and not _clause_follows(lower, v1)
    ):
        return None  # 'the homes will add traffic': a thing added, not a statement
    if verb.startswith("voic") and not _VOICED.match(lower, v1):
        return None  # 'actors voice the characters': a part played, not a view
    if verb.startswith(("press", "push")) and not _pressed_someone(lex, masked, v1):
        return None  # 'Workers pressed the grapes to make wine': a push, not a demand
    if verb.startswith(("writ", "wrote")) and _THIS_ARTICLE.match(lower, v1):
        return None  # 'Tara Lindgren wrote this article': a byline, not a statement
    if verb.startswith("deni") and _DENIED_ASKED.match(lower, v1):
        return None  # 'She denied the request': a ruling, not a denial in words
    if verb.startswith("call") and _TO_ORDER.match(lower, v1):
        return None  # 'calls the meeting to order': the chair opens it
    if verb.startswith("pledg") and _PLEDGED_SUM.match(lower, v1):
        return None  # 'pledged €20,000': money given, not a promise made in words
    if verb in ("saw", "see", "sees") and _CROWD.search(left):
        return None  # 'A crowd of 6,850 saw the home side win': spectators, not a view
    if verb.startswith("reject") and not _REJECTED_ACCOUNT.match(lower, v1):
        return None  # 'rejected the offer', 'Voters rejected a bond': an act, not a statement
    if verb.startswith("read") and not _READ_AS.match(lower, v1):
        return None  # 'Many read the paper': reading, not a view
    if verb.startswith("call") and _CALL_FOR_HELP.match(lower, v1):
        return None  # 'the next time someone calls for help': a call made, not a view
    if verb.startswith("point") and not lower.startswith((" out", " to "), v1):
        return None  # 'pointed the camera': only 'point out' and 'point to' say something
    if lower.startswith(" with ", v1) and (
        verb in lex.reporting_verbs
        or (
            verb not in lex.plain_speech_forms
            and lower[v1 + 6 : v1 + 7].isdigit()
            and not _WORDS_IN_REPLY.match(lower, v1)
        )
    ):
        return None  # 'answered with 12 straight points', 'replied with 176': a play
    if (
        verb.startswith("respond")
        and (act := _RESPONDED_ACT.match(lower, v1))
        and not _said_in_deed(lex, act.group("deed") or act.group("after") or "")
    ):
        return None  # 'Firefighters responded to the scene': a call answered, not words
    if verb in lex.noun_forms and _VERB_AFTER.match(lower, v1):
        return None  # 'The staff report says': a noun before the verb, not a verb
    if (
        verb in lex.noun_forms
        and not verb.endswith("s")  # ('Smith states:': a verb after a name)
        and lower.startswith(":", v1)
        and (label := _LABEL_BEFORE.match(left))
        and not known_head(lex, label.group(1).lower())
    ):
        return None  # 'Weather forecast: Sunny, high of 75': a box's label, no one's words
    if verb == "reported" and _REPORTED_STATE.match(lower, v1):
        return None  # 'people reported missing': a state, not a statement
    if verb == "reported" and _REPORTED_ACT.match(masked, v1):
        return None  # 'Navarro reported from Indianapolis', 'reported the theft to police'
    if verb == "writes" and _WRITES_ON.match(lower, v1):
        # 'Ana Ruiz writes about Ann Arbor on Sundays', '... and writes on food and rural
        # life every Thursday': a columnist's tagline
        return None
    if verb.startswith(("writ", "wrote")) and _written_thing(lex, lower, v1):
        return None  # 'Dunn wrote checks': an act, not a statement
    if verb.startswith("plead") and _PLEA.match(lower, v1):
        return None  # 'Dunn pleaded guilty': a plea, not a statement
    if verb.startswith("admit") and _CHARGES_ADMITTED.match(lower, v1):
        return None  # 'had admitted 14 counts of theft': a plea too
    if verb == "called" and _name_given(lex, masked, left, v1):
        return None  # 'The plan, called Harbor Commons, would': a name given, not a speaker
    if (
        verb == "call"
        and (what := _WHAT_THEY.search(left))
        and not _PARTISANS & set(what.group().lower().split())
    ):
        return None  # 'what scientists call a natural experiment': a term, not a statement
    if verb == "known" and _KNOWN_AS.match(lower, v1):
        return None  # 'middlemen, known locally as vendors': a name, not a view
    if (
        verb.endswith("ed")
        and lower.startswith(" by ", v1)
        and not inverted
        and not _BY_MEANS.match(lower, v1)  # ('Smith confirmed by phone that ...': a source)
        and not _BY_DOING.match(masked, v1)  # ('She responded by saying ...': a source too)
    ):
        return None  # 'the scheme proposed by Castlegate': a participle after its noun
    kind, speaker, name = _subject(lex, masked, left, verb, v1, span[1])
    if put is not None and (how := _HOW_PUT.match(speaker)):
        kind, speaker, name = classify(lex, speaker[how.end() :])  # 'was how one fisherman'
    if speaker.split(None, 1)[:1] and speaker.split(None, 1)[0].lower() in lex.speech_participles:
        # 'Burch defended it, saying the forecast had suggested ...': what the forecast
        # suggested is what Burch says, read at his participle
        return None
    first = speaker.split(" and ", 1)[0] if kind == UNKNOWN and " and " in speaker else ""
    if first and classify(lex, first)[0] == VAGUE:
        kind = VAGUE  # 'Opposition parties and the dental profession warned': no one named
    if verb.startswith("put") and kind == VAGUE and speaker.lower().startswith(_ONE_OF):
        kind = UNNAMED  # 'as one of our older members put it': one person, not named
    if speaker and speaker.rsplit(None, 1)[-1].lower().rstrip("s") in SIGN_WORDS:
        return None  # 'the sign says': its words, not someone's
    if inverted and verb.endswith("ed") and _participle_phrase(left, lower, v1):
        return None  # 'The grant, announced in the 2023 budget, pays': a participle, no speaker
    if kind == VAGUE and not inverted and _market_reaction(left, speaker, verb):
        return None  # 'Shares rose as investors welcomed the cuts': a market's move
    opening = _document_opening(lex, masked[span[0] : v0]) if verb in lex.finding_verbs else ""
    if opening:  # 'A 2023 report by the inspector general of ... found': the report
        kind, speaker, name = NAMED, opening, ""
    if verb == "called" and kind in (VAGUE, UNKNOWN, UNNAMED) and _CALLED_NAME.match(masked, v1):
        return None  # 'a group called Save Harlow Pool': a name given, not a statement
    if kind == VAGUE and not inverted and _in_time_clause(left, speaker, verb):
        return None  # 'after neighbors reported a strong odor': an event, not a statement
    if kind == VAGUE and not inverted and _in_condition(left, speaker):
        return None  # 'If critics say the plan is flawed, ...': no one has said it
    group = (
        _group_who(lex, left, speaker) if speaker and not inverted and verb in _GROUP_VIEWS else ""
    )
    if group:
        return Attribution(VAGUE, at, verb, group)
    if (
        speaker
        and speaker.rsplit(None, 1)[-1].lower() in ("who", "whom")
        and (named := _NAME_WHO.search(left))
        and not opening_word(lex, named.group("name").split(None, 1)[0].lower())  # 'In Salina,'
        # (after a word of the clause, only a titled name: 'came from Trustee Anthony Brisco,
        # who', not 'in East Baton Rouge, who' or 'at General Mills, who')
        and (not named.group("after") or _titled(lex, named.group("name")))
    ):  # 'the deputy chief, Carla Beaudry, a 22-year veteran who said'
        if left[: named.start("name")].lower().endswith("according to "):
            return None  # 'according to Director Ann Lee, who said': her words, read once
        found = classify(lex, named.group("name"))  # (its title dropped: 'Trustee Anthony Brisco')
        return Attribution(NAMED, at, verb, named.group("name"), found[2] or named.group("name"))
    if (
        not inverted
        and (body := _BODY_WHICH.match(left))
        and classify(lex, body.group("name"))[0] == NAMED
        # ('The company, which says': a body by what it is; not 'The bridge, which says a lot')
        and (
            not body.group("name")[4:5].islower()
            or body.group("name")[4:] in lex.organization_heads
        )
    ):  # 'The Growers' Association, which says it has 900 members, welcomed': the body's claim
        return Attribution(NAMED, at, verb, body.group("name"))
    if not speaker or speaker.rsplit(None, 1)[-1].lower() in _RELATIVE_PRONOUNS:
        return None  # 'said one man, who said he had walked': the same speaker, not a new one
    if speaker.lower() in _WRITER and not inverted and not _quoted_here(masked, span, v0, v1):
        # 'I would urge anyone who ...', with no quotation: the writer's voice (but '"We are
        # out every night," I said': the writer quoted, who said it)
        return None
    if _clause_in(lex, speaker.split()):
        return None  # a clause ('the system would free dispatchers'), not who speaks
    if kind == VAGUE and _IN_JOURNAL.match(masked, v1):
        kind = NAMED  # 'researchers reported Wednesday in the journal Ecology': a publication
    if kind in (VAGUE, ANONYMOUS) and _IN_FILING.match(masked, v1):
        kind = NAMED  # 'prosecutors wrote in a sentencing memo': the filing, on the record
        return _judged(lex, kind, at, verb, speaker, name, _clause_follows(lower, v1))
    if verb in _MANDATIVE and not name and 0 <= anonymity_start(lower[v1 : v1 + 60]) < 12:
        kind = ANONYMOUS  # 'The winner asked that her name not be released': not named
    if (
        kind == NAMED
        and not name
        and (lower.endswith(" privately ", 0, v0) or _PRIVATELY_AFTER.match(lower, v1))
        and document(lex, head_word(speaker).lower())
    ):  # 'Industry figures privately concede', '... said privately': people, who are not
        # named (not 'The mayor')
        kind = ANONYMOUS
    unnamed = not name and kind != ANONYMOUS and may_be_unnamed(lex, kind, speaker)
    if (
        (unnamed or described(lex, speaker))
        and anonymous(_about_speaker(lower, span, v0, v1, speaker))
        and not _anonymity_of_another(lower, span, v0, v1, speaker)
    ):
        kind, name = ANONYMOUS, ""  # 'A spokesperson, who declined to be identified, said'
    elif kind == NAMED and first_name_only(lower[span[0] : span[1]], speaker):
        kind, name = ANONYMOUS, ""
    if verb.startswith("put") and kind == UNNAMED and lower.startswith((" it ", " it,"), v1):
        return None  # 'One grandmother ... put it more bluntly: "..."': no one to name
    if (
        kind == NAMED
        and verb in _VERDICTS
        and not inverted
        and not _be_before(lex, left)
        and _VERDICTS[verb].match(lower, v1)
    ):
        return Attribution(NAMED, at, verb, speaker, name)  # 'Stroud blamed shipping costs'
    if kind == NAMED and verb in _FOUND and _found_what(lower, v1, "," in left):
        return Attribution(NAMED, at, verb, speaker, name)  # 'the board found that ...'
    if kind == NAMED and verb in lex.finding_verbs and _IN_STUDY.match(lower, v1):
        return Attribution(NAMED, at, verb, speaker, name)  # 'The project found in a survey'
    return _judged(lex, kind, at, verb, speaker, name, _clause_follows(lower, v1))


# what is said or thought of something, with no one who says or thinks it: 'is thought to',
# 'are said to be recovering'
_HEARSAY: Final = frozenset(("said", "thought", "believed", "reported", "rumoured", "rumored"))
_HEARSAY_BEFORE: Final = re.compile(
    r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+(?:is|are|was|were)\s*$", re.I
)


# a relative clause with a subject of its own: 'the lake, where stocks are thought to be'
# (not 'that' after a verb, which opens what is feared or said: 'The worry is that the strain
# is thought to be')
_RELATIVE_BEFORE: Final = re.compile(
    r"\b(?:where|which|whose|(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bfear )"
    r"(?<!\bfears )(?<!\bfeared )(?<!\bmeans )(?<!\bhope )(?<!\bhopes )(?<!\bshows )that|who)"
    r"\s+(?:[\w'’-]+\s+){1,3}(?:is|are|was|were)\s*$",
    re.I,
)
# what was once thought, until the sentence says otherwise: 'was thought to have been extinct
# until a handful of pairs were found'
_UNTIL: Final = re.compile(r"\buntil\b")


# a quotation next to its verb: before it ('"...," I said'), or after it, past a listener
# at most ('I told her: "..."')
_QUOTE_NEXT: Final = re.compile(r"[^.;!?\x01]{0,16}\x01")


def _quoted_here(masked: str, span: tuple[int, int], v0: int, v1: int) -> bool:
    """Whether the verb at masked[v0:v1] has a quotation right before or after it."""
    return "\x01" in masked[max(span[0], v0 - 10) : v0] or bool(
        _QUOTE_NEXT.match(masked, v1, span[1])
    )


# a preposition that makes 'which' open a clause with a subject of its own: 'a challenge in
# which replays suggested'
_BEFORE_WHICH: Final = frozenset(("in", "on", "at", "by", "from", "during", "after", "under"))
# the writer, or the body whose page it is, speaking in its own words
_WRITER: Final = frozenset(("i", "we"))
# what a group 'who' still holds, in the present: 'parents who say', 'neighbors who fear'
_GROUP_VIEWS: Final = frozenset(
    ("say", "argue", "contend", "insist", "believe", "fear", "worry", "warn", "complain")
)
# what makes 'put' a verb of saying: 'put it more bluntly', 'put the cost at $85 million'
_PUT_INTO_WORDS: Final = re.compile(
    r" it (?:to (?:me|us|him|her|them|reporters) )?(?:(?:more |most |even |a bit |rather )?"
    r"(?:bluntly|simply|plainly|succinctly|"
    r"starkly|directly|differently|gently|mildly|best|well)|(?:another|this|that) way)"
    r"(?=[,.;:!?\x01]|$)| it(?=[,:])|"  # ('As Mayor Dana Ruiz put it, ...'; not 'put it well out')
    r" (?:(?:its|the|their|his|her) (?:\w+ )?(?:value|cost|price|number|toll|loss|losses|"
    r"damage|figure|total|estimate|tally|count)s?(?: of [\w ]{1,40}?)? at (?:about |roughly |"
    r"nearly |around |more than |at least |less than |up to )?[$\d]|"
    # any other thing put at an amount: 'puts unemployment at 4.1%', 'puts the shortfall at
    # 3,000 nurses' (not a place or a length: 'put the store at 400 Main Street', 'put the
    # kicker at 40 yards')
    r"(?:(?:its|the|their|his|her) )?(?:[\w-]+ ){0,2}[\w-]+ at (?:about |roughly |nearly |"
    r"around |more than |at least |less than |up to )?(?:[$£€]\s?\d|\d{1,3}(?:,\d{3})+\b|"
    r"\d+(?:\.\d+)?(?:\s?%| ?per ?cent\b| (?:million|billion|trillion|thousand)\b)))"
)
# feelings that are also what one is urged to do: 'encouraged to attend'
_URGED: Final = frozenset(("encouraged", "discouraged"))
# what an invitation or a warning to the public has after 'encouraged': 'to attend', 'from
# using', 'by the county to boil', ', but not required, to evacuate' (not 'to see the bill')
_URGED_TO: Final = re.compile(
    r" (?:from|to (?!(?:see|hear|learn|find|read|know|watch)\b))|"
    r",[^,.]{0,30}, to | by [^,.;]{0,40}? to \w"
)
# what is floated when a view is: 'floated the idea', 'floated replacing'
# what makes 'propose' a verb of saying: what should be done, not a thing put forward
# ('proposed that the port be sold', 'proposed cutting the fee', 'proposed to close it')
_PROPOSED_WORDS: Final = re.compile(r"\s*(?:that\b|to [a-z]|[:,\x01\"“]|[a-z]+ing\b)")
_FLOATED_IDEA: Final = re.compile(
    r" (?:the |a |an |another )?(?:idea|plan|proposal|possibility|notion|prospect|option|name|"
    r"compromise)s?\b| [a-z]+ing\b"
)
# a number right before a word: 'more than 140 reports' (a noun, not a verb)
# (a number, perhaps with a proper adjective after it: 'ministers from 11 Caribbean states
# agreed', but not a year: 'In 2024 Reuters reports')
_COUNT_BEFORE: Final = re.compile(
    r"\b(?!(?:19|20)\d\d\b)\d[\d,.]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+|member\s+)?$"
)

_OTHER_CLAUSE: Final = re.compile(r"\w, (?:who|whose)\b")
_ABOUT_WINDOW: Final = 400  # characters either side of a verb that can say who speaks


# words that open a clause of time: what a group did in it is an event of the story
_TIME_OPENERS: Final = frozenset(("after", "before", "when", "until", "once"))
_PAST_SPEECH: Final = frozenset(("said", "told", "wrote"))


def _in_time_clause(left: str, speaker: str, verb: str) -> bool:
    """Whether a group's past verb stands in a clause of time ('After neighbors reported a
    strong odor, police entered'): what it tells of happened; it vouches for nothing."""
    if not (verb.endswith("ed") or verb in _PAST_SPEECH) or not speaker:
        return False
    at = left.rfind(speaker)  # (not 'Workers leaving the plant after the shift said')
    before = left[:at].split()[-1:] if at > 0 else []
    return bool(before) and before[0].lower() in _TIME_OPENERS


def _document_opening(lex: Lexicon, before: str) -> str:
    """The document a sentence opens on, when all before a finding verb describes it ('A
    notice filed with the state under the WARN Act shows'; 'The survey of 4,200 beekeepers,
    who manage 12% of colonies, found'), or ""."""
    m = _OPENING_NOUN.match(before)
    if not m or _NEW_CLAUSE.search(before, m.end()):
        return ""
    words = m.group("np").split()
    head = words[-1].lower()
    return m.group("np") if document(lex, head) and len(head) > 3 else ""


# a noun phrase at a sentence's start, up to a word that describes it
_OPENING_NOUN: Final = re.compile(
    r"(?:(?:But|And|Still|Yet),? )?(?P<np>(?:A|An|The|This|That|Its|Their)"
    r"(?: (?!(?:by|of|from|filed|released|published|with|in|on|for|obtained|reviewed)\b)"
    r"[\w.'’-]+){1,4})\b(?=[ ,])"
)
_NEW_CLAUSE: Final = re.compile(
    r", (?:and|but|or) |;|\x01|\b(?:after|before|when|while|because|since|until|once|"
    r"although|though|if|as)\b"
)


def _in_condition(left: str, speaker: str) -> bool:
    """Whether a group speaks in a condition ('If critics say ...'): nothing said yet."""
    at = left.rfind(speaker)
    before = left[:at].split()[-1:] if at > 0 else []
    words = [w.lower() for w in before + speaker.split()[:1]]
    return any(w in ("if", "unless") for w in words)


# what a group's view comes from, or who is sided with: 'protest from parents who say',
# 'siding with year-round residents who say'
_GROUP_SOURCES: Final = frozenset(("from", "among", "with"))


def _group_who(lex: Lexicon, left: str, speaker: str) -> str:
    """The group a restrictive 'who' clause speaks for, after what comes from it ('protest
    from parents who say the plan ...': the parents), or "". Not 'said one man, who said',
    whose speaker is read."""
    words = speaker.split()
    if len(words) < 2 or words[-1].lower() != "who" or words[-2].endswith(","):
        return ""
    before = (left[: left.rfind(speaker)].split() + words)[:-2]
    modifiers = 0  # ('siding with year-round residents who say')
    while (
        modifiers < 2
        and before
        and before[-1].islower()
        and before[-1] not in lex.prepositions
        and before[-1] not in lex.determiners
        and before[-1] not in _GROUP_SOURCES
        and before[-1] not in ("by", "of", "for", "to", "in", "on", "at")
    ):
        before, modifiers = before[:-1], modifiers + 1
    if not before or before[-1].lower() not in _GROUP_SOURCES:
        return ""  # ('lets tenants who believe', 'a lawsuit by parents who say')
    group = words[-2]
    if group[:1].isupper() or not people_plural(lex, group.lower()):
        return ""
    return group if classify(lex, group)[0] == VAGUE else ""


def _anonymity_of_another(
    lower: str, span: tuple[int, int], v0: int, v1: int, speaker: str
) -> bool:
    """Whether what says that someone is not named says it only of someone before the speaker,
    set off from it ('The girl, who cannot be named for legal reasons, died at the scene,
    police said')."""
    before = lower[max(span[0], v0 - _ABOUT_WINDOW) : v0]
    at = anonymity_start(before)
    own = before.rfind(speaker.lower()) if speaker else -1
    return (
        0 <= at < own
        and before[:own].rstrip().endswith(",")
        and not anonymous(lower[v0 : min(span[1], v1 + _ABOUT_WINDOW)])
    )


def _about_speaker(lower: str, span: tuple[int, int], v0: int, v1: int, speaker: str) -> str:
    """The words of a sentence that can say its speaker is not named: all up to the verb, and
    from it on up to a clause about someone else ('said the caller, who would not give her
    name, ...' says it of the caller; 'said one House Democrat, who spoke on condition of
    anonymity' of the speaker)."""
    # (read within a window of the verb: a run-on sentence of many verbs is read once)
    after = lower[v0 : min(span[1], v1 + _ABOUT_WINDOW)]
    inverted = after.find(speaker.lower()) if speaker else -1
    skip = inverted + len(speaker) if 0 <= inverted < len(after) // 2 + 40 else 0
    other = _OTHER_CLAUSE.search(after, skip)
    return (
        lower[max(span[0], v0 - _ABOUT_WINDOW) : v1]
        + " "
        + (after[: other.start()] if other else after)
    )


# whom a participle tells, then what: 'telling a packed chamber the shire could not ask'
_TOLD_THAT: Final = re.compile(
    r" (?:[\w'’-]+ ){1,4}?(?:that\b|(?:the|a|an|it|he|she|they|we|his|her|their|its|this) "
    r"(?:[\w'’-]+ ){0,4}?(?:was|were|is|are|had|has|have|would|will|could|should|can|did|"
    r"does|do|must|may|might)\b)"
)


def _participle(
    lex: Lexicon, masked: str, start: int, v0: int, verb: str, at: int
) -> Attribution | None:
    """'The union cut its demands, saying talks had stalled': after a comma, or after a
    statement ('issued a statement saying'), a participle of saying attributes to the
    sentence's subject, the words before its first verb."""
    be = _PROGRESSIVE.search(masked, max(start, v0 - 30), v0)
    told = verb not in ("telling", "claiming") or bool(
        _TOLD_THAT.match(masked, v0 + len(verb))
        or _clause_follows(masked[v0 : v0 + 40].lower(), len(verb))
    )
    if not told:
        be = None  # 'was claiming the fields', 'are telling stories': no statement
    if be and _NO_STATEMENT_NEXT.match(masked[v0 : v0 + 140].lower(), len(verb)):
        return None  # 'were arguing outside the pub', 'were saying goodbye': nothing stated
    if be:  # 'Some people at the shed were saying ...': a verb of saying in the progressive
        subject = _left(lex, masked[max(start, v0 - 160) : be.start()])
        if subject.lower() in ("who", "what", "which"):
            return None  # 'Who is saying that?': a question, no one who speaks
        kind, speaker, name = classify(lex, subject) if subject else (UNKNOWN, "", "")
        return None if kind in (UNKNOWN, UNNAMED) else Attribution(kind, at, verb, speaker, name)
    if (
        told
        and (absolute := _WITH_SUBJECT.search(masked, max(start, v0 - 60), v0))
        and not _MET_WITH.search(masked, max(start, absolute.start() - 40), absolute.start())
        and not _NO_STATEMENT_NEXT.match(masked[v0 : v0 + 140].lower(), len(verb))
        and not _SAID_NOTHING.match(masked, v0 + len(verb))
    ):  # 'The treaty passed, with some MPs arguing that it went too far': who is between
        kind, speaker, name = classify(lex, absolute.group(1))
        if kind in (UNKNOWN, UNNAMED) or speaker.lower() in lex.pronouns:
            return None
        return Attribution(kind, at, verb, speaker, name)
    if masked[v0 - 2 : v0] != ", " and not _STATEMENT_BEFORE.search(
        masked, max(start, v0 - 60), v0
    ):
        return None
    if _SAID_NOTHING.match(masked, v0 + len(verb)):
        return None  # 'The crowd kept singing, saying nothing of the score'
    if verb == "telling" and not _TOLD_THAT.match(masked, v0 + len(verb)):
        return None  # 'drifted for hours, telling rescuers nothing': nothing told
    if verb == "claiming" and _LIVES.match(masked, v0 + len(verb)):
        return None  # 'The quake struck at 3 a.m., claiming 40 lives': a toll, not a claim

    words = masked[start:v0].split(None, 14)[:14]
    subject, clause = "", False
    for n, word in enumerate(words):
        if word in _RELATIVE_PRONOUNS:
            clause = True  # 'The teacher who led the walkout, Ana Ruiz, resigned'
        elif (
            n
            and not clause
            and word.islower()
            and (
                word in lex.auxiliaries
                or word.rstrip(",").endswith("ed")
                or word.rstrip(",") in _IRREGULAR_PAST
            )
        ):
            subject = " ".join(words[:n])
            break
        if word.endswith(","):
            clause = False
    kind, speaker, name = classify(lex, subject) if subject else (UNKNOWN, "", "")
    if subject and (named := _named_before_apposition(lex, subject)) is not None:
        kind, speaker, name = named  # 'Gov. Janet Mills, a Democrat,': the governor
    if (
        not name
        and (apposed := _APPOSED_NAME.search(subject))
        and not any(
            w in lex.prepositions
            or w in _OPENERS
            or w in _RELATIVE_PRONOUNS
            or w in ("like", "including", "unlike")
            or w.endswith("ing")
            for w in apposed.group(1).split()
        )
    ):
        kind, speaker, name = classify(lex, apposed.group(2))  # 'The fourth, Tomás Olivares,'
    if kind in (UNKNOWN, UNNAMED) or speaker.lower() in lex.pronouns:
        return None
    return Attribution(kind, at, verb, speaker, name)


# who does the saying in an absolute after 'with': 'with some MPs arguing', 'with critics in
# the party warning', 'with Mr. Ruiz telling' (a few words, no comma: not 'with, as Ruiz put
# it, everyone saying')
_WITH_SUBJECT: Final = re.compile(r"(?<![\w'’-])(?i:with) ((?:[\w'’.-]+ ){0,4}[\w'’-]+) $")
# a verb whose people are those after 'with', where a participle after them is the
# subject's: 'Ruiz spoke with reporters outside the court saying she would appeal', 'met
# briefly with union leaders on Tuesday saying' (no absolute)
_MET_WITH: Final = re.compile(
    r"(?<![\w'’-])(?:me(?:et|ets|eting|t)|spo(?:ke|ken)|speak(?:s|ing)?|talk(?:ed|s|ing)?|"
    r"sid(?:e|ed|es|ing)|agree(?:d|s|ing)?|work(?:ed|s|ing)?|deal(?:t|s|ing)?|"
    r"(?:sat|sit|sits|sitting)|plead(?:ed|s|ing)?|consult(?:ed|s|ing)?|chat(?:ted|s|ting)?|"
    r"negotiat(?:e|ed|es|ing)|clash(?:ed|es|ing)?|argu(?:e|ed|es|ing))(?: [a-z]+ly)? $",
    re.I,
)


# the verb 'be' of a progressive, perhaps with an adverb: 'were saying', 'are now warning',
# 'have long been saying'
_PROGRESSIVE: Final = re.compile(
    r"(?<=\w) (?:is|are|was|were|(?:have|has|had)(?: (?:long|also|still|now|already|"
    r"repeatedly|privately|publicly))? been)(?: (?:also|still|now|already|"
    r"increasingly|openly|quietly|privately|publicly))? $"
)


# what follows a verb of saying in the progressive and is no statement: a quarrel ('were
# arguing outside the pub', 'arguing with the referee', 'arguing loudly when police came'), a
# farewell or a prayer ('were saying goodbye', 'was saying her prayers'), where no 'that'
# follows ('were arguing with some force that the fine was unlawful' states it)
_NO_STATEMENT_NEXT: Final = re.compile(
    r"(?:(?<=arguing) (?:\w+ly )?(?:with|over|outside|inside|among|between|about|in the|at the|"
    r"on the|when|as|while|until|and|loudly|angrily|heatedly|bitterly)\b|"
    r"(?<=arguing)[.!?;]|"
    r"(?<=saying) (?:goodbye|good-?bye|farewell|hello|grace|sorry|(?:his|her|their|my|our|your) "
    r"(?:prayers|goodbyes|farewells|lines)|a prayer|prayers)\b)"
    r"(?![^.;\x01]{0,80}\bthat\b)"
)


# saying nothing, not that nothing happened: 'saying nothing of the score' (not 'saying
# nothing had changed')
_SAID_NOTHING: Final = re.compile(
    r" (?:nothing|little|not a word)(?: (?:of|about|more|else|further|at all|on|to|for)\b|"
    r"\s*[.,;]|$)",
    re.I,
)
# a toll, after 'claiming': '40 lives', 'the lives of two hikers'
_LIVES: Final = re.compile(
    r" (?:(?:at least |more than |nearly |about )?\S+ )?lives?\b|"
    r" the lives? of\b",
    re.I,
)
# past tenses not in -ed, which end a participle's subject: 'The union cut its demands, saying'
_IRREGULAR_PAST: Final = frozenset(
    (
        *("cut", "held", "laid", "made", "took", "gave", "kept", "set", "put", "sent", "left"),
        *("lost", "won", "paid", "sold", "bought", "brought", "built", "spent", "began", "broke"),
        *("chose", "drew", "fell", "got", "grew", "hit", "led", "let", "met", "ran", "rose"),
        *("shut", "sought", "stood", "struck", "threw", "went", "wrote", "quit", "bid", "shed"),
        *("heard", "saw", "knew", "felt"),
    )
)
# a name set off by commas in a subject, perhaps after what the person is: 'The fourth,
# graduate representative Tomás Olivares,'
_APPOSED_NAME: Final = re.compile(
    r", ((?:[a-z][\w-]* ){0,3})((?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2})),?$"
)
# a request to pass words on: 'asked me to say that ...'
_ASKED_TO_SAY: Final = re.compile(
    r" (?:me|us) to (?:say|pass (?:on|along)|stress|make clear|note)\b[^.;]{0,40}? that\b"
)


# a written statement, and perhaps when it came, right before a participle of saying
_STATEMENT_BEFORE: Final = re.compile(
    r"\b(?:statement|letter|release|post|message|memo|e-?mail|note|notice|filing)"
    r"(?: (?:on|late|early) \w+| \w+day| \w+day (?:morning|afternoon|evening|night))? $"
)


def _written_thing(lex: Lexicon, lower: str, v1: int) -> bool:
    """Whether what a verb of writing takes is a thing written, not words ('wrote checks',
    'wrote a prescription')."""
    words = lower[v1 : v1 + 60].split(None, 6)[:6]
    while words and (  # ('wrote more than 140 checks', 'wrote 214 checks', 'wrote dozens of')
        words[0] in lex.articles
        or words[0] in lex.determiners
        or words[0] in lex.quantifiers
        or words[0] in _AMOUNT_WORDS
        or words[0].replace(",", "").isdigit()
    ):
        words = words[1:]
    return bool(words) and words[0].strip(".,;:") in lex.written_things


_AMOUNT_WORDS: Final = frozenset(("more", "than", "about", "nearly", "almost", "over", "of"))


def _name_given(lex: Lexicon, masked: str, left: str, v1: int) -> bool:
    """Whether 'called' set off by a comma gives a thing its name ('the spray, called
    RX-12,'), not a speaker's words ('Ana Ruiz, a nurse, called it a disgrace')."""
    first = masked[v1 + 1 : v1 + 2]
    return (
        left.rstrip().endswith(",")
        and (first.isupper() or first.isdigit())
        and _named_before_apposition(lex, left) is None
    )


# what follows a noun that ends a phrase: 'for their continued support, and', '... support.'
_NOUN_ENDS: Final = re.compile(r"\s*(?:[,.;:!?)]|$| (?:and|of|for|from|to|in|with|this|that)\b)")
_NEXT_WORD: Final = re.compile(r" ([a-z]+)(?![\w'’-])")  # (not 'centre-back')


def _verb_here(
    lex: Lexicon,
    masked: str,
    lower: str,
    text: str,
    start: int,
    left: str,
    v0: int,
    v1: int,
    verb: str,
) -> bool:
    """Whether the word at masked[v0:v1] is used as a verb with a subject before it: not a
    name ('the United States'), a noun ('this report', 'a conference call'), an infinitive
    ('declined to say') or a participle ('a variant called APOE4')."""
    if v0 > start and masked[v0].isupper():
        return False
    if left.endswith(("-", "‑")):
        return False  # 'badly under-reported', 'self-described': part of a compound word
    following = _NEXT_WORD.match(lower, v1)
    if following and f"{verb}-{following.group(1)}" in lex.noun_compounds:
        return False  # 'Several credit union members': a noun of two words
    written = left.rsplit(None, 1)[-1] if left.strip() else ""
    before = written.lower()
    if before in lex.not_before_verbs and _subject_side(left) == left.rstrip():
        return False  # ('declined to say', but 'Landlords tend to argue', 'Riders I spoke with')
    if before in _TAKE_A_NOUN and verb not in lex.plain_speech_forms:
        return False  # 'the staff deserve credit', 'took note': a noun, not a verb
    if (
        verb.endswith("s")
        and not verb.endswith("ss")
        and (before in lex.quantifiers or before in lex.counts or before in lex.determiners)
    ):
        return False  # 'Some states have moved', 'two reports': a plural noun, not a verb
    if before.endswith(("'s", "’s")) and not (
        written[:1].isupper() and verb in lex.plain_speech_forms
    ):
        return False  # 'the board's estimated cost', but 'Hollister's said'
    if verb in lex.quote_verbs:  # '"...," she continued', 'continued Ruiz: "..."'
        if _QUOTE_RIGHT_AFTER.match(masked, v1, v1 + 4):
            return True  # (not one of the next sentence: 'she shrugged. "..."')
        if said := _RIGHT_AFTER_QUOTE.match(masked, start, v0):
            # a quotation that opens the sentence, right before the verb ('"...," declared
            # Ruiz', '"...," has declared Ruiz'), ends as words said do, and who said them
            # comes next (not a title: '"Gone" has continued A24's streak')
            end = masked.rfind("\x01", start, said.end()) + 1
            return _said_quote(text, masked, end) and _SPEAKER_NEXT.match(masked, v1) is not None
        return _AFTER_QUOTE.search(masked, max(start, v0 - 60), v0) is not None
    if verb.startswith("signal") and _GESTURE.match(lower, v1):
        return False  # 'The coach signalled to the bench': a gesture, not a statement
    if verb.startswith(_CROWD_ACTS) and _NO_OBJECT.match(lower, v1):
        return False  # 'Some in the gallery applauded.': an act, not a view
    if verb.startswith("agree") and _AGREED_TO.match(lower, v1):
        return False  # 'agreed Monday to phase in': an act, not an opinion
    article = left.rsplit(None, 2)[-2:-1]
    if before in lex.possessives or (
        before.endswith(("ed", "ing"))
        and article
        and article[0].lower() in lex.possessives
        and _NOUN_ENDS.match(lower, v1) is not None  # (not 'Tenants in their building say the')
    ):
        return False  # 'their support', 'for their continued support': a noun, not a verb
    if verb in lex.noun_forms and article and article[0].lower() in lex.articles:
        return False  # 'a conference call', 'an annual report'
    if verb in lex.noun_forms and _adjective_opens(left):
        return False  # 'Early reports suggest', 'Weekly reports from the clinic': a noun
    three = left.rsplit(None, 3)[-3:]
    if (
        verb in lex.noun_forms
        and len(three) == 3
        and three[0].lower() in lex.articles
        and all(w.isalpha() and w.islower() and w not in _RELATIVE_PRONOUNS for w in three[1:])
        and not any(w in lex.auxiliaries or w.endswith("ly") for w in three[1:])
        # (unless the word before can speak: 'A new study estimates', 'a few neighbours call')
        and not known_head(lex, head_word(three[-1]))
    ):
        return False  # 'at a makeshift command post': a noun after its article and two words
    if (
        verb in lex.noun_forms
        and article
        and article[0].lower() in lex.determiners
        and before.isalpha()
        and (third := left.rsplit(None, 3)[-3:-2])
        and third[0] in lex.prepositions
    ):
        return False  # 'at the near post', 'in their annual report': a preposition's noun
    if (
        verb in lex.noun_forms
        and verb not in lex.finding_verbs  # ('records do not show': what only a document does)
        and before.isalpha()
        and article
        and (article[0].lower() in lex.negations or article[0].lower() in lex.auxiliaries)
    ):
        return False  # 'did not return calls', 'would answer emails': a thing, not a verb
    if (
        verb in lex.plain_speech_forms
        or verb.startswith("put")  # (its shape read before: 'put its value at $2.1 million')
        or verb in lex.anonymity_forms  # an attribution only when the source is not named
        or verb in lex.feelings
        or verb in lex.finding_verbs
        or not left.strip()
    ):
        return True
    if verb in lex.speech_verbs and verb not in lex.noun_forms:
        return True
    if _subject_ends(lex, left):
        return True
    subject = _left(lex, left).split()  # 'Supporters of the bill insist'
    if verb in _MINDS and _bare_group(lex, subject):
        return True  # 'Aid agencies hope the restart will ...': bodies no one names, of a mind
    n = core_length(lex, subject)
    return (
        0 < n < min(len(subject), 5)
        and subject[n].lower() in lex.speaker_enders
        and known_head(lex, head_word(" ".join(subject[:n])))
    )


def _titled(lex: Lexicon, name: str) -> bool:
    """Whether a name opens with a title and has a name of two words after it: 'Trustee
    Anthony Brisco', 'Police Chief Dan Marsh' (not 'General Mills', 'Council Bluffs')."""
    words = name.split()
    n = 0
    while n < len(words) and words[n] in lex.titles:
        n += 1
    return n > 0 and len(words) - n >= 2


def _document_phrase(lex: Lexicon, phrase: str) -> bool:
    """Whether the words name a document by their head: '2024 figures from the CSO'."""
    words = phrase.split()
    return document(lex, head_word(" ".join(words[: core_length(lex, words)])))


def _adjective_opens(left: str) -> bool:
    """Whether the word before a verb is an adjective or an adverb in -ly that opens its
    clause ('Early', 'UPDATE: Early', 'In the end, Weekly'): the verb is a noun after it."""
    before, _, word = left.rstrip().rpartition(" ")
    return opening_adjective(word) and (not before.strip() or before.rstrip()[-1] in ":—–-(,;")


def _subject_ends(lex: Lexicon, left: str) -> bool:
    """Whether the words before a verb can end its subject: a name, a pronoun, a word for
    people or a document, a quotation or an apposition ('..., recounted')."""
    s = _subject_side(left)
    if s.endswith((",", "\x01")) or _ASIDE.search(s):
        return True  # (and 'Teachers, for their part, mostly love': an aside, an adverb)
    for word in reversed(s.rsplit(None, 4)):
        low = word.lower()
        if low in lex.auxiliaries or adverb(word):
            continue
        bare = low.strip("'’\".,").removesuffix("'s").removesuffix("’s")
        return word[:1].isupper() or known_head(lex, bare) or _quantified_group(lex, left)
    return False


def _quantified_group(lex: Lexicon, left: str) -> bool:
    """Whether the words before a verb are a group with a quantifier and no one in it:
    'Some regulars', 'Many longtime customers', 'Some parents who spoke at the meeting'."""
    words = _left(lex, left).split()
    n = core_length(lex, words)
    core = words[:n]
    head = core[-1] if core else ""
    one = singular(head)  # 'agencies': an agency
    return (
        1 < len(core) <= 4
        and (n == len(words) or words[n].lower() in _RELATIVE_PRONOUNS)
        and core[0].lower() in lex.quantifiers
        and all(w.replace("-", "").isalpha() and w.islower() for w in core[1:])
        and head.endswith("s")
        and one not in lex.organization_heads  # 'many health agencies recommend': no people
        and one not in lex.document_heads
    )


# what a document says as a person would: 'The report recommends that ...', 'the audit warns'
_DOCUMENTS_SAY: Final = (
    *("estimat", "recommend", "propos", "urg", "warn", "not", "acknowledg", "predict"),
    *("conclud", "advis", "accus", "put", "forecast"),
)


def _bare(lex: Lexicon, words: list[str]) -> bool:
    """Whether a group's words open with no article or determiner ('Climate scientists'),
    so that the group is no one the story has met ('the same researchers')."""
    first = words[0].lower() if words else ""
    return first not in lex.articles and first not in lex.determiners


# people whose work is finding things out: unnamed, what they have found is a claim with no
# one behind it ('Scientists have shown that ...'), as with 'studies'
_INQUIRERS: Final = frozenset(
    ("scientists", "researchers", "experts", "economists", "analysts", "historians", "scholars")
)
# what a lawsuit or a complaint does to whom it names: 'The lawsuit, filed in 2020, accused
# Ardent of dumping ...' (no participle: 'accused by' is not written of a document)
_DOCUMENTS_CHARGE: Final = ("accus",)


def _judged(
    lex: Lexicon, kind: str, at: int, verb: str, speaker: str, name: str, clause: bool
) -> Attribution | None:
    """The attribution `verb` makes with a speaker of `kind`, if that verb makes one."""
    if verb in lex.anonymity_forms:
        return Attribution(kind, at, verb, speaker, name) if kind == ANONYMOUS else None
    if verb in lex.finding_verbs and verb not in lex.speech_verbs:
        words = speaker.split()
        head = head_word(" ".join(words[: core_length(lex, words)]))
        if kind == VAGUE and document(lex, head):
            return Attribution(VAGUE, at, verb, speaker)  # 'some studies have found'
        if kind == VAGUE and clause and head.lower() in _INQUIRERS and _bare(lex, words):
            return Attribution(VAGUE, at, verb, speaker)  # 'Climate scientists have projected that'
        if (
            kind == VAGUE
            and clause
            and verb.startswith("conclud")
            and (words[0].lower() in lex.quantifiers or head.lower() in lex.vague_groups)
        ):  # 'Many young voters have concluded that', 'Critics concluded that' (not a
            # panel's finding: 'Jurors concluded that', 'Inspectors concluded that')
            return Attribution(VAGUE, at, verb, speaker)
        if (
            kind == NAMED
            and clause
            and verb.startswith(("found", "find", "conclud"))
            and head in lex.organization_heads
            and speaker.lower().startswith(("the ", "its ", "their "))
        ):  # (not 'Police searched the house and found, in a closet, two rifles')
            return Attribution(NAMED, at, verb, speaker)  # 'the panel found that'
        return Attribution(NAMED, at, verb, speaker) if document(lex, head) else None
    if (
        verb in lex.opinion_verbs
        and verb not in lex.speech_verbs
        and verb not in lex.reporting_verbs
    ):
        words = speaker.split()
        if kind in (VAGUE, ANONYMOUS) and not (
            verb in _MINDS and document(lex, head_word(" ".join(words[: core_length(lex, words)])))
        ):  # (documents have no minds: 'complaints ... believe' is no one's)
            return Attribution(kind, at, verb, speaker, name)
        if verb in lex.editorial_forms and kind in (NAMED, UNNAMED):
            return Attribution(kind, at, verb, speaker, name, editorializing=True)
        return None
    if kind == UNKNOWN and (
        verb in lex.reporting_verbs or verb in ("say", "tell", "warn", "argue")
    ):
        return None  # 'to say', 'a drug called donexumab': not someone speaking
    if kind == UNKNOWN and verb in ("suggest", "claim"):
        return None
    if verb in lex.reporting_verbs:
        words = speaker.split()
        if head_word(" ".join(words[: core_length(lex, words)])) in lex.document_heads and (
            not verb.startswith(_DOCUMENTS_SAY)
            or (verb.endswith("ed") and not clause and not verb.startswith(_DOCUMENTS_CHARGE))
        ):  # ('The plan proposed by the mayor would': a participle, not what it says)
            return None  # 'The plan calls it': a document does not quip or call
    editorial = verb in lex.editorial_forms and clause
    return Attribution(kind, at, verb, speaker, name, editorial)


def _subject(
    lex: Lexicon, masked: str, left: str, verb: str, v1: int, end: int
) -> tuple[str, str, str]:
    """(kind, speaker, name) of who speaks: before the verb, or after it when the verb
    follows a quotation or a comma ('..., said Diane Kowalski'), unless what follows it is
    the listener ('..., told reporters')."""
    left = _ASIDE.sub(" ", left)  # 'Plaintiffs' lawyers, on the other hand, said'
    named = _named_before_apposition(lex, left)
    if named is not None:
        return named  # 'Ana Ruiz, a nurse, said managers learned': not 'said managers'
    described = _DESCRIBED_NAME_LEFT.match(left.rstrip())
    if described:
        found = classify(lex, described.group("name"))
        if found[0] == NAMED and found[2]:
            return found  # 'Her spokesman, Tom Assadi, said the governor': he speaks
    first = _apposed_subject(left)
    if first > 0:  # 'Two aides, who requested anonymity, said the group ...': what stands
        # before the clause (which may hold a list: 'which has members in Ohio, Indiana and
        # Michigan,')
        subject = _left(lex, left[:first])
        found = classify(lex, subject) if subject else (UNKNOWN, "", "")
        if found[0] != UNKNOWN:
            return found
    if left.rstrip().endswith((",", "\x01")) and verb not in lex.listener_verbs:
        after = _right(lex, masked, v1, end)
        if verb in lex.finding_verbs and (
            (after[:1].isdigit() and not _document_phrase(lex, after))
            or after.split(None, 1)[:1] in (["in"], ["that"], ["on"])
        ):  # 'The count, carried out in April, found 118 people', '..., found in a 2024
            after = ""  # survey that': what it found, not who
        if after.lower() in _OBJECT_PRONOUNS:
            after = ""  # '..., who reviewed the paper, called it "careful"': what is called
        if after.rsplit(None, 1)[-1:] in (["of"], ["for"]):
            after = ""  # '..., an alliance of charities, accused the negotiators of': whom
        if verb.startswith(_ASKS_OF) and left.rstrip().endswith(",") and _ASKED_TO.match(after):
            after = ""  # 'Several speakers, most of them from Westbrook, urged the council to
            # act': the ones urged, not who urged
        spoken = bool(after) and _speaker_phrase(lex, after)
        found = classify(lex, after) if spoken else (UNKNOWN, "", "")
        if after and (found[0] in (UNNAMED, ANONYMOUS) or (not spoken and _described(lex, after))):
            name = _apposed_name(lex, masked, v1 + masked[v1:end].find(after) + len(after), end)
            if name:  # 'said one passenger, Alan Greaves,', 'said the lead author, Ana Ruiz'
                return NAMED, f"{after}, {name}", name
        if found[0] != UNKNOWN:
            return found
    given = _GIVEN_NAME_AFTER.search(left)
    if given and given.group("name") not in lex.not_names:
        subject = _left(lex, left[: given.start()])
        before = left[: given.start()].removesuffix(subject).rstrip()
        if (
            subject.lower().startswith(_ONE_OF)  # (one of someone's own people; not 'Another
            # mother, Keisha,', whom a first name alone leaves unnamed)
            and subject[-1:].islower()  # (not 'a schoolteacher in Tucson, Arizona,')
            and not before.endswith(",")  # (not 'Ana Ruiz, 44, a nurse in Ely, Nevada,')
            and classify(lex, subject)[0] == UNNAMED
        ):
            name = given.group("name")  # 'one of her daughters, Kate, said': she is named
            return NAMED, f"{subject}, {name}", name
    subject = _left(lex, left)
    return classify(lex, subject) if subject else (UNKNOWN, "", "")


# what stands after a verb as its object, never as who speaks: 'called it "careful"'
_OBJECT_PRONOUNS: Final = frozenset(("it", "them", "him", "her", "me", "us", "this", "that"))
# a given name set off after who someone is, before the verb: 'one of her daughters, Kate,'
_GIVEN_NAME_AFTER: Final = re.compile(r", (?P<name>[A-Z][a-z'’-]+),\s*$")


# a word or phrase set off by commas between a subject and its verb
_ASIDE: Final = re.compile(
    r",\s*(?:on the other hand|however|meanwhile|for (?:his|her|their|its|our) part|in turn|"
    r"too|though|in contrast|by contrast|likewise|instead|in response|in a statement|"
    r"in an? (?:[\w-]+ )?interview)\s*,\s*(?:[a-z]+ly\s*)?$",
    re.I,
)


def _named_before_apposition(lex: Lexicon, left: str) -> tuple[str, str, str] | None:
    """The person named at the start of the words before a verb, when the rest of them is
    an apposition set off by commas ('Ana Ruiz, a nurse who worked there for a decade,')."""
    s = left.rstrip()
    if not s.endswith(",") or "\x01" in s:
        return None
    head = s[: s.find(", ")]
    words = head.split()
    if not 1 < len(words) <= 6 or not (
        words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or (w.isalpha() and w.islower()) for w in words)
    ):
        return None  # (a title may stand lowercase inside: 'Knights coach Dana Whitlow,')
    if opening_word(lex, words[0].lower()):
        return None  # 'In Salina, a man who asked ...,': a place, then the subject
    found = classify(lex, head)
    return found if found[0] == NAMED and found[2] else None


def _apposed_subject(left: str) -> int:
    """Where the subject ends when the words before a verb are a subject with a clause set off
    after it ('Two aides involved in the talks, who requested anonymity,'), or -1: the clause
    opens right after the subject's first comma and ends at the comma before the verb."""
    s = left.rstrip()
    if not s.endswith(",") or "\x01" in s:
        return -1
    first = s.find(", ")
    apposed = 0 < first < len(s) - 1 and (
        s.startswith(("who ", "whose ", "which "), first + 2)
        or _PARTICIPLE_CLAUSE.match(s, first + 2) is not None
    )
    if not apposed and (named := _NAMED_THEN_WHO.match(s)):
        return named.end("name")  # 'An independent ecologist, Professor Alan Graves, who'
    return first if apposed else -1


# who someone is, their name set off after it, then a clause about them: 'An independent
# freshwater ecologist, Professor Alan Graves, who reviewed the paper,'
_NAMED_THEN_WHO: Final = re.compile(
    r"^[^,]{3,80}, (?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4}), (?:who|whose) "
)


# a clause of a participle set off after a subject: 'The research, published on Thursday in
# the journal ...,', 'the panel, chaired by former justice Margaret Elson,'
# ('The suit, brought by three families,', 'The indictment, unsealed Tuesday,', 'The
# complaint, sent to the regulator,')
_PARTICIPLE_CLAUSE: Final = re.compile(
    r"(?:[a-z]+ed|led|written|run|held|taken|made|done|given|shown|known|brought|sent|seen|"
    r"laid|paid|kept|built|sold|won|drawn|sought|struck|begun|set|put) "
    r"(?:by|in|on|at|last|this|earlier|for|from|with|over|after|to|against|under|during|"
    r"yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)


def _described(lex: Lexicon, phrase: str) -> bool:
    """Whether words after an inverted verb describe someone the text then names: 'the
    study's lead author', 'the team's general counsel' (an article or 'the', then no verb)."""
    words = phrase.split()
    return (
        1 < len(words) <= 6
        and (words[0].lower() in lex.articles or words[0].lower() in lex.determiners)
        and not any(w in lex.finite for w in words)
    )


def _speaker_phrase(lex: Lexicon, phrase: str) -> bool:
    """Whether the words after an inverted verb name a speaker ('said Diane Kowalski',
    'shouted flight director Anya Petrakis') rather than begin a clause ('said the emails
    were decisive')."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in ("one", "another"):
        return True  # '"...," said one': one of the people the story has just described
    if "who" in words or "whose" in words:
        n = core_length(lex, words)
        if n < len(words) and words[n] in ("who", "whose"):
            words = words[:n]  # 'said a woman who lives nearby and asked that ...'
    core = words[: core_length(lex, words)]
    if _finite_after(words, len(core)):
        return False  # 'said the inspection records weighed heavily': a clause
    participle = len(core) < len(words) and words[len(core)].endswith("ing")
    if len(core if participle else words) > 12 or any(w in lex.finite for w in words):
        return False  # but a speaker may go on: 'one customer picking up a prescription at'
    if words[0].lower() in lex.possessives or any(w[:1].isupper() for w in core):
        return True  # 'her son', 'meteorologist Karen Tulloch of the weather service'
    if len(words) > 2 and words[0].lower() in _ONE_PERSON and words[1].lower() == "of":
        return _speaker_phrase(lex, " ".join(words[2:]))  # 'said one of the organisers'
    head = head_word(" ".join(core))
    if (
        words[0].lower() in _ONE_PERSON
        and head.islower()
        and people_plural(lex, head + "s")
        and head not in lex.thing_nouns
        and not head.endswith("ment")  # 'an agreement', 'a statement'
    ):
        return True  # 'said a waiter at a beachfront cafe': a person by the noun's ending
    return known_head(lex, head)


_ONE_PERSON: Final = frozenset(("a", "an", "one", "another"))


def _clause_in(lex: Lexicon, words: list[str]) -> bool:
    """Whether a speaker's words hold a clause's modal ('the system would free dispatchers'),
    not one inside a relative clause ('Parents who fear the school will close') nor a noun
    ('the can plant')."""
    for i, word in enumerate(words):
        if word in _RELATIVE_PRONOUNS:
            return False
        before = words[i - 1].lower() if i else ""
        if word in _MODALS and i and before not in lex.articles and before not in lex.determiners:
            return True
    return False


def _finite_after(words: list[str], n: int) -> bool:
    """Whether the word after a noun phrase (`words[:n]`) is a verb in the past tense that
    goes on as a clause ('records weighed heavily', 'the emails showed'), not a participle
    that describes ('residents affected by the flood', 'a woman named Ana')."""
    if not 1 < n < len(words) or not words[n].endswith("ed") or words[n] in _DESCRIBING:
        return False
    after = words[n + 1].strip(".,;:").lower() if n + 1 < len(words) else ""
    return after not in _AFTER_PARTICIPLE


_DESCRIBING: Final = frozenset(("named", "called", "dubbed", "nicknamed", "identified"))
_AFTER_PARTICIPLE: Final = frozenset(
    ("by", "in", "at", "on", "with", "from", "to", "for", "near", "under", "as", "over")
)


def _be_before(lex: Lexicon, left: str) -> str:
    """The 'be' (or a verb like it) a word of feeling follows, perhaps with a word of degree
    or manner between ('Others were more upbeat', 'Investors appeared enthusiastic', 'Owners
    were cautiously hopeful'), or ""."""
    words = left.rsplit(None, 4)
    while words and (words[-1].lower() in lex.degree_words or _MANNER.fullmatch(words[-1])):
        words.pop()
    last = words[-1] if words else ""
    return last if last.lower() in lex.be_forms or last.lower() in _COPULAS else ""


_MANNER: Final = re.compile(r"[a-z]{3,}ly")  # 'cautiously', 'quietly'


# the idiom that says whom a statement is about: 'as far as residents are concerned',
# 'insofar as shareholders are concerned'
_AS_FAR_AS: Final = re.compile(r"\b(?:as far|so far|in ?so ?far) as (?:[\w'’-]+\s+){1,5}$", re.I)


def _feeling(lex: Lexicon, left: str, at: int, word: str) -> Attribution | None:
    """'Others were more upbeat': a group's feeling, after 'be'."""
    be = _be_before(lex, left)
    if not be or (word == "concerned" and _AS_FAR_AS.search(left)):
        return None  # ('insofar as shareholders are concerned': whom it is about, no feeling)
    subject = _left(lex, left[: left.rfind(be)])
    if word == "satisfied" and _TERMS.match(subject):
        return None  # 'All conditions of the loan were satisfied': met, no one's feeling
    kind, speaker, _ = classify(lex, subject) if subject else (UNKNOWN, "", "")
    return Attribution(VAGUE, at, word, speaker) if kind == VAGUE else None


# what is satisfied as it is met, not as anyone feels, heading the subject: 'All conditions
# of the loan', 'Most of the requirements' (not 'Residents who met the conditions')
_TERMS: Final = re.compile(
    r"^(?:[\w'’-]+ ){0,3}(?:conditions|requirements|criteria|terms|demands|obligations|tests|"
    r"standards|thresholds|needs|rules)\b",
    re.I,
)


def _word_before(lex: Lexicon, left: str) -> str:
    """The word before an attribution verb, lowercased, adverbs and softeners skipped (of
    the last three words); "" when there is none."""
    for word in reversed(left[-40:].rsplit(None, 3)[-3:]):
        if not adverb(word) and word.lower() not in lex.softeners:
            return word.lower()
    return ""


def _clause_follows(lower: str, end: int) -> bool:
    rest = lower[end : end + 12].lstrip()
    if not rest or rest[0] in ",.:;\x01":
        return True
    word = rest.split(" ", 1)[0]
    if word in _TIME_WORDS and _TIME_THEN_THAT.match(lower, end):
        return True  # 'estimated before the vote that', 'said on Tuesday that'
    return word in ("that", "he", "she", "they", "it", "we", "i", "there")


# a time between a verb and the clause it takes: 'estimated before the vote that'
_TIME_WORDS: Final = frozenset(
    ("on", "in", "before", "after", "during", "last", "this", "earlier", "late", "early")
)
_TIME_THEN_THAT: Final = re.compile(r" (?:[\w'’-]+ ){1,4}?that ")


# verbs whose 'that' clause asks for something to be done, not what someone thinks
_MANDATIVE: Final = frozenset(
    (
        *("ask", "asks", "asked", "urge", "urges", "urged", "request", "requests"),
        *("requested", "recommend", "recommends", "recommended", "demand", "demands"),
        *("demanded", "require", "requires", "required"),
    )
)


# the words a subject is read from, back from its verb to the clause's last break: long
# enough for 'Critics of the plan from the eastern neighborhoods of the old mill town said',
# and beyond the tenth word only up to another clause's verb
_WINDOW: Final = 16


def _left(lex: Lexicon, left: str) -> str:
    """The subject before an attribution verb: 'Mayor Dana Whitfield, who voted, said'."""
    s = _CATENATIVE.sub("", left.rstrip())  # 'Landlords tend to argue': 'Landlords'
    while s:  # drop auxiliaries and adverbs before the verb: 'has also said'
        j = s.rfind(" ")
        word = s[j + 1 :]
        if not (word.lower() in lex.auxiliaries or adverb(word)):
            break
        s = s[:j] if j >= 0 else ""
    s = _ACRONYM_AFTER.sub("", s.rstrip())  # 'Marlin County Public Health (MCPH)'
    for _ in range(6):  # appositions between commas: 'Holloway, 38, who lives nearby,'
        if s[-1:] != ",":
            break
        i = _last_comma(s, len(s) - 1)
        if i < 0:
            s = s[:-1]
            break
        if names_only(lex, s[i + 1 : -1]):  # 'Two neighbors, Luis Ortega and Pam Reddick,'
            return s[i + 1 : -1].strip()
        place = _place(s[i + 1 : -1])
        second = s[i + 1 : -1].split(None, 2)[:2] == ["and", "who"]
        who = s[i + 1 : -1].split(None, 1)[:1] == ["who"]
        s = s[:i].rstrip()
        if who and _DESCRIBES_BODY.search(s):
            s = s[: s.rfind(",")].rstrip()  # '..., ZESA's generation arm, who asked': the body's
        if second and " who " in s:  # 'A juror who spoke ..., and who asked ..., said'
            s = s[: s.rfind(" who ")]
        if place and "," in s and s.rsplit(None, 1)[-1][:1].isupper():
            s = s[: s.rfind(",") + 1]  # 'a conductor in North Platte, Nebraska,': one apposition
            continue
        person, _, age = s.rpartition(",")
        if person and age.strip().isdigit():
            s = person.rstrip()  # 'Ahmed Nuri, 29, who fled in 2021,': the age as well
        s = _ACRONYM_AFTER.sub("", s)  # 'Ronan Crowe (34), a physiotherapist,'
    met = _WRITER_MET.search(s)
    if met:  # 'Riders I spoke with': the riders, none of them named ('the families I have
        # talked to' are the writer's, not a group named before)
        s = _THE_BEFORE.sub("", s[: met.start()])
    # a body's name with a list in it is one name: its commas are no break
    brk = _TO_LAST_BREAK.match(_SERIAL_NAME.sub(lambda m: m[0].replace(",", " "), s))
    clause = s[brk.end() :] if brk else s
    # whom the writer heard or watched speak is who speaks: 'I listened to a young mother
    # describe'
    heard = [m.end() for m in _PERCEIVED.finditer(clause)]
    if heard and _heard_speak(clause, heard[-1]):
        clause = clause[heard[-1] :]

    parts = clause.rsplit(None, _WINDOW)[-_WINDOW:]
    for k in range(len(parts) - 11, -1, -1):  # beyond ten words, no verb of another clause
        if parts[k].lower() in lex.be_forms or parts[k].lower() in lex.auxiliaries:
            parts = parts[k + 1 :]  # ('The ferry was pulled from its route after crew ...')
            break
    if parts and parts[-1].lower() in ("and", "but", "then"):
        # 'Hollis thanked his players and wrote'; a longer first verb phrase read from the
        # clause's start: 'Judge Ana Soto ordered Keller to pay $612,000 ..., and said'
        words = _without_relative(s.split())  # (its own verbs are the clause's)
        said = any(
            ((w := word.strip('"“”,.').lower()) in lex.speech_verbs or w in lex.reporting_verbs)
            and not (w.startswith("deni") and _DENIED_ASKED.match(" " + " ".join(words[k + 1 :])))
            and not (w in lex.noun_forms and k and words[k - 1].lower() in lex.determiners)
            for k, word in enumerate(words)
        )  # (a verb of saying before: the same speaker, already read; not a ruling: 'Bowers
        # denied a motion to cap the award, but said'; nor a noun: 'cut its forecast and said')
        first = _name_set_off(lex, s) or _first_subject(lex, parts)
        if first and _aside_only(lex, first):
            first = ""  # 'has', 'quickly', 'on Tuesday' after a clause: the subject is before
        return first or ("" if said else clause_subject(lex, s))
    opener = ""
    for j in range(len(parts) - 1, -1, -1):
        word = parts[j].lower()
        if word in lex.clause_openers:
            if word in ("and", "or") and _joins_names(lex, parts, j):
                continue  # 'officials in Chicago and Milwaukee': places, not a new subject
            if word in ("and", "or") and _bare_group(lex, parts[:j]):
                continue  # 'Opposition parties and the dental profession': one subject
            if word == "and" and _in_serial_name(parts, j):
                continue  # 'the Ministry of Local Government, Rural Development and Housing'
            after_preposition = j > 0 and parts[j - 1].lower() in _BEFORE_WHICH
            if (
                _relative(lex, parts[j + 1 : j + 2])
                and not (word in ("which", "whom") and after_preposition)
                and not (word == "what" and _speaker_phrase(lex, " ".join(parts[j + 1 :])))
            ):  # ('a challenge in which replays suggested': the clause's own subject; 'with
                # what club officials said was': the officials)
                continue  # 'carriers that fly the jet': a clause inside the subject
            if (
                word in lex.prepositions
                and _described_speaker(lex, parts[:j])
                and not _speaks_after(lex, parts[j + 1 :])
            ):
                continue  # 'workers leaving the plant after the shift': a time, not a clause
            if word == "that" and j and parts[j - 1].lower() in _MANDATIVE:
                return ""  # 'the zoo asks that supporters consider a gift': a request
            if word == "that" and j and parts[j - 1].lower() == "condition":
                continue  # 'a nurse who spoke on condition that she not be named': the terms
            opener = word
            if word == "which" and after_preposition and _which_takes_noun(lex, parts[j + 1 :]):
                parts = parts[j + 2 :]  # 'at which point the chairman said': the noun is not
                break  # the subject
        elif (
            word not in lex.speech_verbs
            or (j == len(parts) - 1 and word in lex.noun_forms)
            or (parts[j][:1].isupper() and word in lex.noun_forms)
            or (word in lex.noun_forms and _PASSIVE_NEXT.match(" ".join(parts[j + 1 : j + 3])))
        ):
            continue  # not a verb, or the subject itself: 'The report said', 'State regulators'
        elif _in_relative(lex, parts, j):
            continue  # 'Residents who had complained about the allocations said': the clause's
            # own verb, inside the subject
        elif j and (
            parts[j - 1].lower() in lex.articles or parts[j - 1].lower() in lex.determiners
        ):
            continue  # a noun: 'A person familiar with the recall said', 'its report'
        parts = parts[j + 1 :]
        break
    parts = _reduced_relative(lex, parts)
    if parts and parts[0].lower() in lex.not_first and not _described_group(lex, parts):
        return ""  # 'Under state law': no subject
    with_others = [w.lower() for w in parts[:2]]
    if opener == "and" and (with_others[:1] == ["others"] or with_others[1:] == ["other"]):
        # 'Sen. Ana Ruiz, D-Ore., and 12 other senators': the one named first speaks
        return _left(lex, s[: s.rfind(" and ")]) or " ".join(parts)
    return (opener and _described_by_clause(lex, s, parts)) or " ".join(parts)


# a participle and 'by' after a noun form, which is a noun: 'an inspection report seen by'
_PASSIVE_NEXT: Final = re.compile(r"[a-z]+(?:ed|en|wn) by$")


# a body's name that lists its portfolios, whose commas do not end the subject: 'an official
# in the Ministry of Environment, Climate and Wildlife'
# ('the Department of Agriculture, Land Reform and Rural Development': a portfolio of more
# than one word ends on a thing's noun, where two names listed after a body ('the Ministry
# of Health, Kabo Tau and Ana Ruiz') end on surnames)
_PORTFOLIO: Final = (
    r"(?-i:(?:the )?(?:[A-Z][\w'’-]* ){0,2}?(?:[A-Z][\w'’-]*(?:ment|tion|sion|ure|ity|ics|ism|"
    r"ance|ence|ness|ship|ogy|ing|ies|ces|ry)|Affairs|Reform|Government|Resources|Works|Trade|"
    r"Relations|Water|Energy|Lands?|Safety|Defence|Defense|Health|Sports?|Tourism|Transport|"
    r"Youth|Women|Children|Arts|Labour|Labor|Wildlife|Parks|Mines|Minerals|Gender)|"
    r"[A-Z][\w'’-]*)"
)
_SERIAL_NAME: Final = re.compile(
    r"\b(?-i:Ministry|Department|Office|Committee|Commission|Bureau|Agency|Secretariat|School|"
    rf"Faculty|Institute) (?:of|for) {_PORTFOLIO}(?:, {_PORTFOLIO})+,? (?:and|&) (?:the )?"
    r"(?-i:[A-Z])"
)


# what sets off the body a speaker works for, before a clause about the speaker: 'a senior
# engineer at the power company, ZESA's generation arm, who asked not to be named' (the body
# named in lowercase and described with an article as well: 'a worker at the mine, the
# town's biggest employer, who', 'a teacher at Maru-a-Pula, a private school in the
# capital, who', 'an engineer at Debswana, a joint venture with De Beers, who')
_DESCRIBES_BODY: Final = re.compile(
    r"\b(?:at|of|for|with|in) (?:the )?[\w'’&-]+(?: [\w'’&-]+){0,5}, "
    r"(?:(?-i:[A-Z][\w&-]*)['’]s|its|the|an?) (?-i:[a-z][\w'’-]*)(?: [\w'’-]+){0,7}$"
)


# a body's initials in brackets after its name
# '(R-Ohio)', a party after a councillor's name: '(Con)', '(Lib Dem)'
# (or a person's age, as British and Irish papers print it: 'Ronan Crowe (34)')
_ACRONYM_AFTER: Final = re.compile(
    r"\s*\((?:(?-i:[A-Z][A-Za-z&.-]{0,11}(?: [A-Z][A-Za-z&.-]{0,11}){0,2})|\d{1,3})\)(?=,?$)"
)


# the writer or someone else hearing or watching a person speak, before that person: 'I
# listened to a young mother describe', 'we watched one farmer explain'
_PERCEIVED: Final = re.compile(
    r"\b(?:listened to|heard|watched|saw|hear|watch|see)\s+(?=(?:an?|one|another|two|three|"
    r"several|some)\s)",
    re.I,
)


def _in_relative(lex: Lexicon, parts: list[str], j: int) -> bool:
    """Whether the verb at parts[j] is the verb of a restrictive clause after a group of
    people ('Residents who had complained', 'parents who complained to the board'), which
    is part of who speaks."""
    k = j - 1
    while k > 0 and (parts[k].lower() in lex.auxiliaries or adverb(parts[k])):
        k -= 1
    if k <= 0 or parts[k].lower() != "who" or _reports_speaker(lex, parts, j):
        return False
    # the group right before 'who', or before a phrase that places it: 'Residents of
    # Mochudi who had complained', 'Employees at the plant who complained'
    for i in range(k - 1, max(k - 5, 0) - 1, -1):
        if parts[i].endswith(","):
            return False
        if i == k - 1 or (i > 0 and parts[i].lower() in lex.place_prepositions):
            group = parts[i - 1 if i < k - 1 else i].lower()
            if group in lex.vague_heads or people_plural(lex, group):
                return True
    return False


# verbs of saying that report a clause and take no listener: in 'Residents who complained
# the council said nothing', the words after the verb are the subject of what it reports
_REPORTS_A_CLAUSE: Final = (
    *("said", "say", "complain", "claim", "argu", "insist", "contend", "suggest"),
    *("maintain", "alleg", "admit", "acknowledg", "conced", "stat", "believ"),
)


def _reports_speaker(lex: Lexicon, parts: list[str], j: int) -> bool:
    """Whether the words between a relative clause's verb at parts[j] and the verb after
    them are a body or a person the clause reports ('who complained the council said
    nothing', 'who were told the company said'), not the clause's object or place ('who
    reported the fire', 'who complained to the board', 'who warned the ministry')."""
    after = parts[j + 1 :]
    return (
        (parts[j].lower().startswith(_REPORTS_A_CLAUSE) or parts[j - 1].lower() in lex.be_forms)
        and 0 < len(after) <= 4
        and core_length(lex, after) == len(after)
        and (after[0].lower() in lex.determiners or after[0][:1].isupper())
        and known_head(lex, head_word(" ".join(after)).lower())
    )


def _heard_speak(clause: str, at: int) -> bool:
    """Whether the words after a verb of hearing or watching are a person then speaking, the
    verb's subject ('I listened to a young mother describe'), not what a group heard or saw
    ('Residents who heard an explosion said', 'heard a rumor that the plant ... said')."""
    before = clause[:at].split()
    after = clause[at:].split()
    return (
        len(after) <= 4
        and not (len(before) >= 2 and before[-2].lower() in _RELATIVE_PRONOUNS)
        and not (len(before) >= 3 and before[-3].lower() in _RELATIVE_PRONOUNS)
        and all(w.isalpha() and w.lower() not in ("and", "that", "but", "then") for w in after)
    )


def _subject_side(left: str) -> str:
    """The words before a verb without what can stand between it and its subject: the
    writer's meeting ('Riders I spoke with suspect') and a verb that takes it ('Economists
    tend to agree')."""
    return _CATENATIVE.sub("", _WRITER_MET.sub("", left.rstrip()))


# a verb that takes another to its end, between a subject and its verb of saying
_CATENATIVE: Final = re.compile(
    r"\s+(?:like|likes|liked|love|loves|loved|tend|tends|tended|continue|continues|"
    r"continued|used)\s+to$",
    re.I,
)
# the article of a group the writer met, before it: 'The families I have talked to'
_THE_BEFORE: Final = re.compile(r"\b(?:[Tt]he|[Tt]hose)\s+(?=(?:[\w'’-]+\s+){0,2}[\w'’-]+$)")
# the writer's own meeting with a group, after it: 'Riders I spoke with', 'parents we talked to'
_WRITER_MET: Final = re.compile(
    r"\s+(?:I|we)\s+(?:(?:have|had)\s+|['’]ve\s+)?(?:spoke|spoken|talked|interviewed|met|"
    r"visited|reached)(?:\s+(?:with|to))?$"
)


def _reduced_relative(lex: Lexicon, parts: list[str]) -> list[str]:
    """The subject of a clause inside a noun phrase with no 'that': in 'a feature the authors
    write is', 'the authors'; in 'a pattern researchers have documented', 'researchers'."""
    if len(parts) < 3 or parts[0].lower() not in ("a", "an"):
        return parts
    for k in (2, 3):
        if k >= len(parts) or not parts[k - 1].isalpha() or not parts[k - 1].islower():
            return parts
        noun = parts[k - 1]
        if noun in lex.prepositions or noun in lex.quantifiers or noun in lex.not_before_verbs:
            return parts
        if k == 3 and noun.endswith(("ing", "ed")):
            return parts  # 'a doctor treating the victims': a participle's object, no subject
        word = parts[k].lower()
        if len(parts) - k > 3 or any(w.endswith("ed") for w in parts[k + 1 :]):
            return parts  # 'a lawyer the family hired said': the clause ends before the verb
        if word in lex.determiners or (
            parts[k].isalpha() and parts[k].islower() and word in lex.vague_groups
        ):
            return parts[k:]
    return parts


def _which_takes_noun(lex: Lexicon, words: list[str]) -> bool:
    """Whether the words after 'which' open with the noun it goes with, before the clause's
    own subject: 'at which point the chairman', 'by which time Ruiz' (not 'in which replays
    suggested', 'in which local residents')."""
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower():
        return False
    if words[0] in lex.determiners or words[0] in lex.articles or words[0] in lex.pronouns:
        return False
    after = words[1].lower()
    return (
        after in lex.articles
        or after in lex.determiners
        or after in lex.pronouns
        or words[1][:1].isupper()
    )


def _bare_group(lex: Lexicon, words: list[str]) -> bool:
    """Whether words are a group with no article, which names no one ('Opposition parties',
    'Local business owners'): what 'and' joins to it is the rest of one subject."""
    if not 1 <= len(words) <= 3 or words[0].lower() in lex.determiners:
        return False
    head = words[-1].lower()
    return all(w.isalpha() for w in words) and (
        head in lex.vague_groups or head in lex.organization_plurals
    )


def _in_serial_name(parts: list[str], j: int) -> bool:
    """Whether the 'and' at parts[j] ends the list of a body's portfolios ('the Department of
    Forestry, Fisheries and the Environment'), so that what follows it is the name's own."""
    before = len(" ".join(parts[:j]))
    return any(m.end() > before for m in _SERIAL_NAME.finditer(" ".join(parts[: j + 3])))


def _joins_names(lex: Lexicon, parts: list[str], j: int) -> bool:
    """Whether the 'and' at parts[j] joins two names after a preposition ('officials in
    Chicago and Milwaukee said'), so that the name after it is not the subject."""
    if j + 1 >= len(parts) or not parts[j + 1][:1].isupper() or not parts[j - 1][:1].isupper():
        return False
    for k in range(j - 2, max(-1, j - 5), -1):
        if parts[k].lower() in lex.place_prepositions:
            return True
        if not parts[k][:1].isupper():
            return False
    return False


def _described_speaker(lex: Lexicon, words: list[str]) -> bool:
    """Whether words are a speaker and what describes them ('Some workers leaving the
    plant'), so that 'after' or 'since' after them opens a phrase of time inside the subject,
    not a clause ('weeks after Vexa Home said')."""
    n = core_length(lex, words)
    return 0 < n < len(words) and known_head(lex, head_word(" ".join(words[:n])))


def _speaks_after(lex: Lexicon, words: list[str]) -> bool:
    """Whether the few words after 'after' or 'since' are who speaks, a clause's subject
    ('The board acted after Ana Ruiz said', 'after the ministry said', 'after neighbours
    said'), not a time ('after the shift')."""
    phrase = " ".join(words)
    head = head_word(phrase)
    return 0 < len(words) <= 4 and (
        names_only(lex, phrase)
        or (known_head(lex, head) and head not in lex.document_heads and head not in lex.pronouns)
    )


def _described_by_clause(lex: Lexicon, s: str, parts: list[str]) -> str:
    """The subject of a verb whose words before it end in a clause that a relative clause
    holds ('A clerk who asked not to be named because the case is open said'): the words
    before 'who', when the clause has a verb of its own; or ""."""
    if " who " not in s or not any(w.lower() in lex.finite for w in parts):
        return ""
    words = s[: s.rfind(" who ")].rsplit(None, 6)
    return " ".join(words) if words and words[0][:1].isupper() and len(words) < 7 else ""


def _described_group(lex: Lexicon, words: list[str]) -> bool:
    """'Outside experts', 'Inside observers': a word that may open a phrase of place used as
    an adjective of the group right after it."""
    head = head_word(words[-1])
    return (
        len(words) == 2
        and words[1].islower()
        and head not in lex.quantifiers
        and (head in lex.vague_heads or people_plural(lex, head))
    )


def clause_subject(lex: Lexicon, s: str) -> str:
    """The subject of a long first verb phrase read from its clause's start: from the
    sentence's start, or after an opening clause set off by a comma ('After the storm knocked
    out power ..., the utility brought in crews ... and said')."""
    apposed = _name_set_off(lex, s)
    if apposed:
        return apposed  # 'Havermill Furniture, the family-owned chain ..., filed'
    start = 0
    for _ in range(4):
        subject = _first_subject(lex, s[start:].split())
        first = subject.split(None, 1)[0].lower() if subject else ""
        if subject and first not in lex.not_first and first not in lex.clause_openers:
            return subject
        comma = s.find(", ", start)
        if comma < 0:
            return ""
        start = comma + 2
    return ""


# a name, and what it is set off by commas, before the clause's verb: 'Havermill Furniture,
# the family-owned chain that has sold sofas since 1954, filed'
_NAME_THEN_APPOSITION: Final = re.compile(
    r"^(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,4}[A-Z][\w&.'’-]*),\s+(?:the|a|an)\s+[^,]{1,160},\s+"
    r"(?P<verb>[a-z]+)\b"
)
# who someone is, then the name set off by commas, before the clause's verb: "Fiji's
# disaster management minister, Semi Tuilau, declared"
_DESCRIBED_NAME: Final = (
    r"^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s|[A-Z][\w.&-]*(?:'|’)s\s)"
    r"[a-z][^,]{0,80},\s+(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,4}[A-Z][\w&.'’-]*),"
)
_DESCRIBED_THEN_NAME: Final = re.compile(rf"{_DESCRIBED_NAME}\s+(?P<verb>[a-z]+)\b")
# (all the words before a verb: 'Her spokesman, Tom Assadi,')
_DESCRIBED_NAME_LEFT: Final = re.compile(rf"{_DESCRIBED_NAME}$")


def _name_set_off(lex: Lexicon, s: str) -> str:
    """The name a clause opens on, when what it is follows set off by commas and then the
    clause's verb ('Havermill Furniture, the family-owned chain ..., filed'), or "" (not an
    opening time or place: 'On Monday, a man in a red jacket walked in')."""
    apposed = _NAME_THEN_APPOSITION.match(s) or _DESCRIBED_THEN_NAME.match(s)
    if not apposed or not _verb_first(lex, apposed.group("verb")):
        return ""
    first = apposed.group("name").split(None, 1)[0].lower()
    return "" if opening_word(lex, first) else apposed.group("name")


# the first words of an opening phrase of time or place: 'On Monday,', 'In Salina,'
_OPENERS: Final = frozenset(
    ("on", "in", "at", "by", "from", "for", "to", "with", "of", "last", "this", "next", "early")
)


def opening_word(lex: Lexicon, word: str) -> bool:
    """Whether a clause's first word (lowercased) opens a phrase of time or place or a
    clause ('In Salina,', 'Last week,', 'But'), so what follows it is not a name."""
    return word in _OPENERS or word in lex.prepositions or word in lex.clause_openers


def _verb_first(lex: Lexicon, word: str) -> bool:
    """Whether a word that opens a clause's predicate is its verb: in the past tense or of
    saying, as _first_subject reads it."""
    return (
        word.endswith("ed")
        or word in lex.sourcing_verbs
        or word in lex.finite
        or word in _IRREGULAR_PAST
    )


def _aside_only(lex: Lexicon, phrase: str) -> bool:
    """Whether the words read as a subject are only what stands between a subject and its
    verb: an auxiliary, an adverb or a time ('has', 'quickly', 'on Tuesday')."""
    words = phrase.split()
    if not words:
        return False
    if all(w.lower() in lex.auxiliaries or adverb(w) for w in words):
        return True
    return len(words) <= 3 and words[0].lower() in _TIME_ASIDES


_TIME_ASIDES: Final = frozenset(("on", "last", "this", "earlier", "later", "late", "early"))


def _last_comma(s: str, end: int) -> int:
    """Where the last comma before `end` is, not one inside a figure ('about 1,300 workers'),
    or -1."""
    i = s.rfind(",", 0, end)
    while 0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit():
        i = s.rfind(",", 0, i)
    return i


def _without_relative(words: list[str]) -> list[str]:
    """The words without a relative clause set off by commas after the subject: 'The union,
    which represents about 1,300 workers, cut its demands and' reads 'The union, cut ...'."""
    for n, word in enumerate(words[:6]):
        if word.endswith(",") and words[n + 1 : n + 2] in (["which"], ["who"], ["whose"]):
            for m in range(n + 2, len(words) - 1):
                after = words[m + 1]
                if words[m].endswith(",") and after[:1].islower() and not after[:1].isdigit():
                    # (not a list's comma inside the clause: 'in Ohio, Indiana and Michigan,')
                    return [*words[: n + 1], *words[m + 1 :]]
            break
    return words


def _first_subject(lex: Lexicon, words: list[str]) -> str:
    """The subject of a clause whose verb comes first among `words`, in the past tense or a
    verb of saying: the words before it ('Hollis' of 'Hollis thanked his players and'), or ""."""
    words = _without_relative(words)
    for n, word in enumerate(words[:7]):
        low = word.lower()
        if (
            n
            and word.islower()
            and "-" not in word  # ('the family-owned chain': a word that describes)
            and words[n - 1].lower() not in lex.articles
            and words[n - 1].lower() not in lex.determiners
            and _verb_first(lex, low)
        ):
            while n > 1 and words[n - 1].lower() in lex.auxiliaries:
                n -= 1  # 'Trucking groups have (pushed)'
            subject = " ".join(words[:n])  # without an aside: 'Keller, wearing a jumpsuit,'
            head, comma, tail = subject.rpartition(",")
            if comma and _aside_only(lex, tail):
                return head  # 'The union, quickly', 'The union, on Tuesday'
            return subject.split(",", 1)[0] if subject.endswith(",") else subject
    return ""


def _place(words: str) -> bool:
    """Whether the words between two commas are a state or a country after its city
    ('Nebraska', 'Neb.', 'New Mexico'): one to three capitalized words."""
    parts = words.split()
    return 0 < len(parts) <= 3 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in parts)


def _relative(lex: Lexicon, after: list[str]) -> bool:
    """Whether the word after 'that' or 'which' makes it a relative pronoun: a verb follows
    ('carriers that fly'), not a subject ('said that officials', 'that the mayor')."""
    if not after or not after[0].isalpha() or not after[0].islower():
        return False
    word = after[0]
    return not (
        word in lex.not_before_verbs or word in lex.pronouns or word in lex.quantifiers
    ) and not known_head(lex, word)


_COPULAS: Final = frozenset(
    (
        *("appear", "appears", "appeared", "seem", "seems", "seemed", "remain", "remains"),
        *("remained", "grow", "grows", "grew", "grown", "become", "becomes", "became"),
    )
)
_RELATIVE_PRONOUNS: Final = frozenset(("who", "whom", "which", "that"))
# things that carry words for anyone to read: '"Closed," the sign says'
SIGN_WORDS: Final = (
    *("sign", "banner", "placard", "plaque", "poster", "inscription", "billboard"),
    *("marquee", "t-shirt", "shirt", "sticker", "screen", "message board"),
)
# a person's full name and what they are, set off by commas, before 'who': ', Carla Beaudry,
# a 22-year veteran who'; or a name a clause ends with: 'came from Trustee Anthony Brisco, who',
# 'worries Trustee Ray Castellano of Greensburg, who'
# what a columnist's tagline says she writes on, with no 'that' of a statement: 'writes
# about Ann Arbor', 'writes on food and rural life every Thursday' (not 'writes on her blog
# that the plan has failed', nor 'writes about the vote, saying it was rigged', nor 'writes
# about the case on his blog: the judge erred')
_WRITES_ON: Final = re.compile(
    r" (?:about|on) (?![^.;]*(?:\b(?:that|saying|arguing|claiming|warning|adding|noting)\b|:))"
)
# a body named at the sentence's start, with its own clause of saying: 'The Rose-Hill
# Hawkers' Association, which says', 'Coromandel Apparel Ltd, which said', or by what it is:
# 'The company, which says'
_BODY_WHICH: Final = re.compile(
    r"^(?:(?:But|And) )?(?P<name>(?:The )?(?-i:[A-Z][\w'’&.-]*)"
    r"(?: (?:of|for|and|&|the|(?-i:[A-Z][\w'’&.-]*))){0,8}|The (?-i:[a-z][\w'’-]*)), which\s*$"
)
_NAME_WHO: Final = re.compile(
    r"(?:^|, |(?P<after>(?<![\w'’.-])(?-i:[a-z][\w'’-]*) ))"
    r"(?P<name>(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}))"
    r"(?-i: of [A-Z][\w'’-]+)?,"
    r"(?: (?:a|an|the) (?:(?! (?:of|for|to|with|by|from) (?:a|an|the|his|her|their)\b)[^,]){1,60})?"
    r" who\s*$"
)


def _apposed_name(lex: Lexicon, masked: str, at: int, end: int) -> str:
    """The name set off by commas right after a described speaker ('one passenger, Alan
    Greaves,'), or ""."""
    if not masked.startswith(",", at):
        return ""
    given = _FIRST_NAME_GIVEN.match(masked, at, end)
    if given and " of " not in masked[max(0, at - 60) : at]:
        return given.group("name")  # ', who gave only his first name, Nuno': the name he gave
    phrase = _right(lex, masked, at + 1, end)  # up to a break, or a period that ends no title
    return phrase if 1 < len(phrase.split()) <= 4 and names_only(lex, phrase) else ""


_FIRST_NAME_GIVEN: Final = re.compile(
    r", who (?:gave|would give|offered) only (?:his|her|their) first name, "
    r"(?P<name>[A-Z][\w'’-]+)\b"
)


def _right(lex: Lexicon, masked: str, start: int, end: int) -> str:
    """The speaker after an inverted verb or 'according to': up to the next break."""
    s = masked[start:end]
    cut = min((i for i in (s.find(c) for c in ",;:—()\x01") if i >= 0), default=len(s))
    s = s[:cut]
    clause = _CLAUSE_AFTER.search(s)
    if clause:
        s = s[: clause.start()]  # 'said one fan as he walked to the car park': the fan
    for m in _PERIOD.finditer(s):
        word = s[: m.start()].rsplit(None, 1)[-1] if s[: m.start()].strip() else ""
        if not abbreviation(lex, word + "."):
            return s[: m.start()].strip()
    return s.strip()


_PERIOD: Final = re.compile(r"\.(?=\s|$)")
# a clause of time or reason after an inverted speaker, with a subject of its own
_CLAUSE_AFTER: Final = re.compile(
    r" (?:as|when|while|after|before|because|until|though|although) "
    r"(?:he|she|they|we|i|it|the|a|an|his|her|their)\b"
)


# words after which a capitalized name is an object, not who speaks: 'on the door of the Elm
# Grove town hall'
_PLACE_BEFORE: Final = frozenset(("of", "in", "at", "on", "from", "to", "near", "into", "by"))


def colon_speaker(lex: Lexicon, masked: str, start: int, quote: int) -> Attribution | None:
    """'Whitfield put it plainly: "..."': the named speaker introducing a quotation."""
    before = masked[start:quote].rstrip()
    if not before.endswith(":"):
        return None
    if anonymous(before.lower()):  # 'One, who asked not to be named, put it plainly:'
        return Attribution(ANONYMOUS, start, ":", before[:-1].split(",", 1)[0].strip())
    run: list[str] = []
    words = before[:-1].split()
    at = 0
    for n, word in enumerate(words):
        if word[:1].isupper() and word not in lex.not_names:
            at = n if not run else at
            run.append(word.strip(",'’"))
        elif run:
            break
    if not run or (len(run) == 1 and words[0] == run[0] and common(lex, run[0].lower())):
        return None  # 'Outside the courthouse, the mood was defiant:' names no one
    ahead = [w.lower() for w in words[max(0, at - 2) : at]]
    if ahead[-1:] == ["the"]:
        ahead.pop()
    if ahead and ahead[-1] in _PLACE_BEFORE:
        return None  # 'the door of the Elm Grove town hall, taped at eye level:' a place
    end = at + len(run)
    after = words[end] if end < len(words) else ""
    if (
        ahead[-1:] in (["one"], ["a"], ["an"], ["another"])
        and after.isalpha()
        and after.islower()
        and after not in lex.anonymous_heads
    ):
        return None  # 'As one Bryher diver put it:' where he is from, not his name
    if any(w.endswith(("'s", "’s")) for w in words[at:end]) and len(words) > end + 1:
        return None  # 'Whitfield's grandmother put it:' names her (but 'Quintero's advice:')
    if len(run) == 1 and (run[0].lower() in lex.counts or run[0].lower() in lex.articles):
        return None  # 'One grandmother put it more bluntly:' names no one
    name = " ".join(w for w in run if w not in lex.titles)
    return Attribution(NAMED, start + before.find(run[0]), ":", " ".join(run), name)
