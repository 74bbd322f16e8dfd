"""The words the attribution reader knows: verbs of saying, thinking and feeling, and the
nouns that say who a source is. Each list is one constant, kept here and nowhere else."""

from __future__ import annotations

from typing import Final

from newsroom.checks.text import verb_forms, word_set

# Verbs that make an attribution whoever their subject is ('the hospital said').
SPEECH: Final = verb_forms(
    "say:said tell:told ask add write:wrote state explain note announce testify recall reply "
    "acknowledge confirm argue warn suggest claim admit:admitted concede insist contend predict "
    "caution maintain complain describe report"
) | word_set("according")
# Verbs of saying that attribute only when their subject names a source: 'Pickens quipped',
# but not 'a drug called donexumab'.
REPORTING: Final = verb_forms(
    "recount quip:quipped joke urge beg:begged plead shout yell exclaim remark observe "
    "respond answer counter object emphasize stress vow pledge threaten "
    "demand estimate disclose reveal allege accuse criticize praise denounce boast lament muse "
    "wonder whisper assert affirm deny dispute reiterate speculate hint grumble tweet post text "
    "email blog inform advise recommend propose remember reflect repeat confess call:called"
)
# Forms of the verbs of saying that are never nouns: no other test of their subject.
PLAIN_SPEECH: Final = word_set("said says say told tell tells wrote writes asked asks according")
# Forms of verbs of saying that are nouns as well: 'this report', 'the state', 'a note'.
NOUN_FORMS: Final = word_set(
    "report reports state states note notes claim claims caution cautions complaint warns "
    "estimate estimates call calls post posts email emails text texts answer answers"
)
# Verbs that attribute only next to a quotation: '"...," she continued.'
BESIDE_QUOTES: Final = verb_forms("continue")
# Verbs whose subject is a document or a study: 'records show', 'the study found'.
FINDINGS: Final = verb_forms("show:showed find:found list indicate conclude document") | (
    word_set("shown")
)
# Verbs of opinion, belief or feeling: attribution only when the subject is an unnamed group
# ('many believe', 'Iranian officials have long dismissed').
OPINION: Final = verb_forms(
    "believe think:thought feel:felt fear worry expect question know:knew doubt hope blame "
    "welcome rally link raise express oppose support want wonder fault celebrate cheer protest "
    "applaud dismiss see:saw view consider grow:grew agree"
) | word_set("grown")
# Words of feeling after 'be': 'others were more upbeat', 'many customers were devastated'.
FEELINGS: Final = word_set(
    "upbeat cautious skeptical sceptical optimistic pessimistic devastated worried concerned "
    "divided furious relieved hopeful doubtful unconvinced confident critical wary "
    "thrilled delighted disappointed frustrated outraged alarmed unhappy pleased upset nervous "
    "anxious excited enthusiastic supportive heartbroken saddened shocked stunned dismayed"
)
# Between 'be' and a word of feeling: 'were more upbeat', 'are deeply divided'.
DEGREE: Final = word_set("more less very so deeply increasingly too quite somewhat even")
EDITORIAL: Final = word_set(
    "admitted admits conceded concedes claimed claims insisted insists confessed boasted "
    "boasts revealed reveals believes believed complained complains lamented"
)
# Verbs that speak only of anonymity: 'They spoke on condition of anonymity'.
SPOKE: Final = word_set("spoke speak speaks speaking")

AUX: Final = word_set(
    "has have had also later previously again then would will did does do is are was were been "
    "widely generally often long repeatedly privately publicly recently once still frequently "
    "not never always just already since soon first"
)
BE: Final = word_set("be been being is was were are")
NOT_NAMES: Final = word_set(
    "The A An This That These Those It Its At In On For But And As After Before When While "
    "Then There Here His Her Their Our We He She They I"
)
NEGATIONS: Final = word_set("not never declined refused n't")
REQUESTS: Final = word_set("asked asks told tells")
SOFT: Final = word_set("widely generally often commonly long also")
LEADING: Final = word_set(
    "and but or while as because although though so if when whether after before since that "
    "where yet"
)
# Words that end the words naming a speaker: 'officials familiar with', 'analysts at'.
RELATIVE: Final = word_set(
    "who whom which that familiar close briefed with at from for of in on to speaking involved "
    "knowledgeable working representing inside not near across around along outside between "
    "among during under over like than through throughout beyond behind without by"
)
# Words that say how many of a group speak: 'two of the officials', 'some in Ohio'.
QUANTIFIERS: Final = word_set(
    "some many most several few all both one two three four five six seven eight nine ten "
    "dozens hundreds thousands lot lots number majority half none each other others"
)
DETERMINERS: Final = word_set("the his her their its our this these those my your")
ARTICLES: Final = word_set("a an each every no any another")
# Words after which a verb's form is a noun or an infinitive: 'this report', 'to say'.
NOT_BEFORE_VERBS: Final = word_set(
    "a an the this that these those his her their its our my your to of in on for with by "
    "from at per each every no any into about"
)
PRONOUNS: Final = word_set("he she they we i it")
ANON_HEADS: Final = word_set(
    "official officials authorities source sources aide aides insider insiders adviser advisers "
    "advisor advisors diplomat diplomats staffer staffers person persons individual individuals "
    "organizers organisers investigators prosecutors"
)
VAGUE_GROUPS: Final = word_set(
    "critics experts observers analysts some many others supporters opponents skeptics "
    "sceptics detractors commentators pundits people scientists economists researchers "
    "historians advocates activists residents studies reports everyone everybody nobody "
    "someone somebody few most several fans scholars watchers groups lawmakers legislators "
    "democrats republicans survivors forecasters scouts boosters locals families"
)
# Endings of plural nouns for people ('seismologists', 'forecasters'): a bare plural of
# these, with no article, names a group and no one in it.
PEOPLE_PLURALS: Final = ("ists", "ers", "ors", "ians", "ants", "ents")
UNNAMED_HEADS: Final = word_set(
    "resident neighbor neighbour woman man witness passenger voter customer shopper parent "
    "student teacher worker fisherman homeowner owner driver bystander member visitor nurse "
    "doctor patient tenant farmer officer"
)
ROLE_HEADS: Final = word_set(
    "mayor governor president spokesman spokeswoman spokesperson chief director chairman "
    "chairwoman chair senator superintendent sheriff judge commissioner councilman "
    "councilwoman secretary minister ceo founder manager attorney lawyer prosecutor coach "
    "principal engineer administrator treasurer clerk auditor inspector executive "
    "coroner meteorologist"
)
DOC_HEADS: Final = word_set(
    "plan report study survey statement record records minutes filing filings documents "
    "document data analysis audit lawsuit complaint memo letter email emails estimate "
    "estimates figures website release budget ruling order census poll flyer sign notice "
    "poster announcement message post inventory rankings ranking readings results disclosures "
    "copy outlook forecast transcript transcripts"
)
ORG_HEADS: Final = word_set(
    "department agency company city county council court office police university ministry "
    "government administration board commission committee authority service bureau center "
    "institute association union group firm state district town village laboratory "
    "hospital school system"
)
# Words that make a capitalized name an organization's, not a person's.
ORG_WORDS: Final = word_set(
    "inc inc. corp corp. co co. llc ltd ltd. group health rescue series department agency "
    "association council court ledger times news post journal bank capital partners holdings "
    "systems therapeutics research securities industries foundation institute university "
    "college school hospital church club party festival theater theatre services society "
    "company commission committee office bureau ministry police fire county city state "
    "alliance coalition network center centre laboratory lab museum league federation union "
    "authority board service administration department press swimming"
)
TITLES: Final = word_set(
    "Mayor Gov. Governor Sen. Senator Rep. Representative President Dr. Mr. Mrs. Ms. Judge "
    "Chief Police Fire Council Councilman Councilwoman Commissioner Sheriff Gen. Lt. Col. "
    "Capt. Sgt. Prof. Professor Rev. Secretary Superintendent Director Attorney General "
    "Justice Speaker Chairman Chairwoman Chair"
)
# AP's abbreviations of states and titles: a period after them ends no name.
ABBREVIATIONS: Final = word_set(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont "
    "Neb Nev Okla Ore Pa Tenn Vt Va Wash Wis Wyo Gen Lt Col Capt Sgt Rep Sen Gov"
)
PREPOSITIONS: Final = word_set(
    "outside inside across despite during among throughout beyond near under over without "
    "within behind above below along around amid after before since until"
)
# Words just before a quotation that make it a title, a sign or a name, not someone's words.
TITLE_CUES: Final = word_set(
    "titled entitled dubbed read reads reading headlined billed labeled labelled "
    "caption slogan banner motto sign signs album song book memoir film drama play show "
    "series report"
)
