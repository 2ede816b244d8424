"""Word tables for quote attribution: speech verbs, titles, pronouns, speaker nouns.

Every group is a literal ``frozenset`` or ``tuple`` with a comment giving its rationale.
The tables are meant to grow: add a language by adding its words to each group. Nothing
here is tuned to one article: the lists are the ordinary vocabulary of reported speech in
news writing (AP and Reuters style guides; the verbs PolNeAR and PARC annotate as cues).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "ABBREVIATIONS",
    "ACCORDING_TO",
    "CALENDAR_WORDS",
    "CLAUSE_WORDS",
    "CONNECTORS",
    "CUT_WORDS",
    "DETERMINERS",
    "FEMALE_TITLES",
    "INTRO_WORDS",
    "IRREGULAR_VERBS",
    "LINK_WORDS",
    "MALE_TITLES",
    "NAME_PARTICLES",
    "NAMING_VERBS",
    "NOT_NAMES",
    "ORGANIZATION_WORDS",
    "PLACE_OPENERS",
    "PLACE_WORDS",
    "PRONOUNS",
    "RELATIVE_PRONOUNS",
    "SPEAKER_NOUNS",
    "SPEECH_VERBS",
    "SPEECH_VERBS_BEFORE",
    "THING_NOUNS",
    "TIME_UNITS",
    "TITLES",
    "VERB_ADVERBS",
]

# Speech verbs, as written (inflected forms listed, no stemming). English: the reporting
# verbs of news prose (say, tell, add, ...), plus verbs of writing and posting that wire
# copy uses as cues ("wrote", "tweeted"). Other languages: the common past and present
# forms of the verbs that introduce or follow a quotation in French, Spanish, German,
# Portuguese and Italian news. Multi-word cues ("went on", "a déclaré") are listed whole.
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        # English: say/tell/add and their common synonyms in news prose
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds",
        "asked", "asks", "wrote", "writes", "explained", "explains", "noted", "notes",
        "argued", "argues", "insisted", "insists", "continued", "continues",
        "declared", "declares", "stated", "states", "claimed", "claims", "replied",
        "replies", "responded", "responds", "recalled", "recalls", "warned", "warns",
        "tweeted", "tweets", "posted", "joked", "jokes", "quipped", "quips",
        "acknowledged", "acknowledges", "admitted", "admits", "announced", "announces",
        "observed", "observes", "remarked", "remarks", "suggested", "suggests",
        "shouted", "shouts", "yelled", "yells", "cried", "exclaimed", "whispered",
        "conceded", "concedes", "countered", "counters", "contended", "contends",
        "maintained", "maintains", "predicted", "predicts", "promised", "promises",
        "vowed", "vows", "pledged", "pledges", "urged", "urges", "complained",
        "complains", "boasted", "boasts", "lamented", "laments", "concluded",
        "concludes", "interjected", "interrupted", "offered", "opined", "mused",
        "reiterated", "reiterates", "repeated", "recounted", "recounts", "testified",
        "confirmed", "confirms", "emphasized", "emphasised", "stressed", "stresses",
        "pointed out", "points out", "went on", "goes on", "chimed in", "wondered",
        "wonders", "agreed", "agrees", "cautioned", "cautions", "charged",
        "proclaimed", "bragged", "scoffed", "snapped", "sniffed", "told reporters",
        "chanted", "chant", "chanting", "shouting", "yelling", "reads", "read",
        "reading", "writing", "began", "explaining", "adding", "telling", "asking",
        "noting", "arguing", "declaring", "warning", "tweeting", "announcing",
        "responding", "replying", "insisting", "quoted", "quoting", "reported",
        "reports", "reporting", "retorted", "retorts", "pressed", "demanded",
        "demands", "exhorted", "surmised", "assured", "assures", "put it", "puts it",
        "conclude", "write", "argue", "explain", "add", "insist",
        "warn", "contend", "beamed", "answered", "answers", "elaborated", "reasoned",
        "reminded", "confided", "confessed", "implored", "pleaded", "begged", "gushed",
        "fumed", "groused", "griped", "grumbled", "sighed", "muttered", "murmured",
        "thundered", "shot back", "fired back", "weighed in", "summed up", "piped up",
        "wrote in", "explained it", "spoke", "speaks",
        # French
        "a dit", "dit", "disait", "a déclaré", "déclare", "a affirmé", "affirme",
        "a ajouté", "ajoute", "a expliqué", "explique", "a indiqué", "indique",
        "a souligné", "souligne", "a estimé", "estime", "a précisé", "précise",
        "raconte", "a raconté", "confie", "a confié", "assure", "a assuré",
        "a lancé", "lance", "a martelé", "martèle", "a averti", "avertit",
        "a réagi", "réagit", "a répondu", "répond", "a poursuivi", "poursuit",
        "a-t-il dit", "a-t-elle dit", "a-t-il déclaré", "a-t-elle déclaré",
        "a-t-il ajouté", "a-t-elle ajouté", "a-t-il expliqué", "a-t-elle expliqué",
        "a-t-il affirmé", "a-t-elle affirmé", "a-t-il souligné", "a-t-elle souligné",
        "explique-t-il", "explique-t-elle", "ajoute-t-il", "ajoute-t-elle",
        "affirme-t-il", "affirme-t-elle", "estime-t-il", "estime-t-elle",
        "souligne-t-il", "souligne-t-elle", "précise-t-il", "précise-t-elle",
        "dit-il", "dit-elle", "assure-t-il", "assure-t-elle",
        # Spanish
        "dijo", "dice", "afirmó", "afirma", "aseguró", "asegura", "explicó", "explica",
        "añadió", "añade", "agregó", "agrega", "señaló", "señala", "indicó", "indica",
        "declaró", "declara", "manifestó", "manifiesta", "comentó", "comenta",
        "sostuvo", "sostiene", "advirtió", "advierte", "expresó", "expresa",
        "subrayó", "destacó", "precisó", "insistió", "respondió", "reconoció",
        "apuntó", "aseveró", "recalcó", "sentenció", "concluyó", "denunció",
        # German
        "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
        "fügte hinzu", "sagten", "schrieb", "schreibt", "warnte", "warnt",
        "kritisierte", "teilte mit", "bestätigte", "ergänzte", "forderte",
        "sagte er", "sagte sie", "erklärte er", "erklärte sie", "betonte er",
        "betonte sie", "fügte er hinzu", "fügte sie hinzu",
        # Portuguese
        "disse", "diz", "afirmou", "declarou", "explicou", "acrescentou", "garantiu",
        "garante", "ressaltou", "destacou", "contou", "avaliou", "comentou",
        "completou", "defendeu", "observou", "admitiu",
        # Italian
        "ha detto", "detto", "ha affermato", "afferma", "ha dichiarato",
        "dichiara", "ha spiegato", "spiega", "ha aggiunto", "aggiunge", "ha sottolineato",
        "sottolinea", "ha commentato", "commenta", "ha scritto", "scrive",
    }
)  # fmt: skip

# Words that introduce a quotation only when they stand right before the opening mark:
# a report "found", a sign "read", a crowd "chanted". They are not cues after a quote.
SPEECH_VERBS_BEFORE: frozenset[str] = frozenset(
    {
        "found", "finds", "concluded", "chanted", "chanting", "read", "reads", "reading",
        "declared", "declaring", "yelled", "yelling", "shouted", "shouting", "wrote",
        "writing", "saying", "said", "says", "mouthing", "echoing", "typed", "asking",
        "adding", "telling", "explaining", "tweeting", "claims", "argues", "declares",
        "states", "proclaimed", "screamed", "sang", "singing", "whispered",
    }
)  # fmt: skip

# Adverbs and auxiliaries that sit between a speaker and the cue ("Nuri also said",
# "she later told", "he has said"). Words ending in "-ly" are handled by rule.
VERB_ADVERBS: frozenset[str] = frozenset(
    {
        "also", "then", "later", "again", "still", "now", "once", "has", "had", "have",
        "would", "will", "just", "even", "further", "simply", "previously", "recently",
        "earlier", "often", "never", "always", "repeatedly", "initially", "finally",
        "did", "does", "could", "might", "may", "reportedly", "privately",
        "publicly", "subsequently", "quickly", "immediately", "has also", "ultimately",
        "only", "first", "sometimes", "frequently", "not",
    }
)  # fmt: skip

# Personal pronouns that stand for a speaker, by language. Gender where it is marked:
# used to resolve the pronoun to the nearest compatible earlier speaker.
PRONOUNS: Mapping[str, str] = MappingProxyType({
    # English
    "he": "male", "she": "female", "they": "plural", "it": "neuter", "i": "any",
    "we": "plural", "you": "any",
    # French
    "il": "male", "elle": "female", "ils": "plural", "elles": "plural",
    # Spanish
    "él": "male", "ella": "female", "ellos": "plural", "ellas": "plural",
    # German ("sie" is she or they: taken as any)
    "er": "male", "sie": "any",
    # Portuguese
    "ele": "male", "ela": "female", "eles": "plural", "elas": "plural",
    # Italian
    "lui": "male", "lei": "female", "loro": "plural",
    # Chinese (written without spaces: matched by the patterns of ``_cjk``)
    "他": "male", "她": "female", "他们": "plural", "她们": "plural",
})  # fmt: skip

# Titles and honorifics written before a name (AP style abbreviations and the full
# words; military and civil ranks; honorifics in the supported languages). Compared
# case-folded, without a trailing period.
TITLES: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
        "lady", "president", "vice", "prime", "minister", "secretary", "senator", "sen",
        "representative", "rep", "congressman", "congresswoman", "governor", "gov",
        "lt", "lieutenant", "gen", "general", "brig", "brigadier", "col", "colonel",
        "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "cmdr",
        "commander", "rev", "reverend", "father", "bishop", "cardinal", "pope", "rabbi",
        "imam", "sheikh", "king", "queen", "prince", "princess", "mayor", "judge",
        "justice", "chief", "commissioner", "chairman", "chairwoman", "chair",
        "ambassador", "chancellor", "speaker", "attorney", "deputy", "acting",
        "former", "ceo", "cfo", "coo", "director", "executive", "president-elect",
        "superintendent", "inspector", "foreign", "interior", "defense", "defence",
        "finance", "treasury", "senior", "assistant", "associate", "managing",
        "detective", "officer", "sheriff", "councilman", "councilwoman", "councillor",
        "councilor", "assemblyman", "assemblywoman", "delegate", "leader", "minority",
        "majority", "whip", "emir", "ayatollah", "gov.", "pres", "supt", "insp", "det",
        "cpl", "corporal", "pvt", "private", "marshal", "field", "air", "vice-president",
        "st", "saint", "mme", "mlle", "m", "herr", "frau", "señor", "señora", "sr", "sra",
        "bundeskanzler", "bundeskanzlerin", "kanzler", "kanzlerin", "präsident",
        "präsidentin", "ministerin", "président", "présidente", "ministre", "presidente",
        "ministro", "ministra", "primer", "premier", "alcalde", "alcaldesa", "maire",
        "bürgermeister", "sindaco", "prefeito", "governador", "gobernador",
        "dott", "dottssa", "don", "doña", "dona", "sig", "signor", "signora",
    }
)  # fmt: skip

# Titles that tell the speaker's gender, for pronoun resolution.
MALE_TITLES: frozenset[str] = frozenset(
    {"mr", "sir", "lord", "king", "prince", "father", "congressman", "councilman",
     "assemblyman", "chairman", "m", "herr", "señor", "sr", "don", "signor", "sheikh"}
)  # fmt: skip
FEMALE_TITLES: frozenset[str] = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman",
     "councilwoman", "assemblywoman", "chairwoman", "mme", "mlle", "frau", "señora",
     "sra", "doña", "dona", "signora"}
)  # fmt: skip

# Abbreviations that end in a period inside a name or title ("Mr. Barrett",
# "George W. Bush", "Martin Luther King Jr."): the period does not end the sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "brig", "col",
        "maj", "capt", "sgt", "adm", "cmdr", "rev", "st", "jr", "sr", "supt", "insp",
        "det", "cpl", "pvt", "pres", "mme", "mlle", "sra", "dott", "sig", "no", "co",
        "corp", "inc", "ltd", "u.s", "u.k", "u.n", "d.c", "vs", "mt", "ft",
    }
)  # fmt: skip

# Lower-case particles inside personal names ("Ursula von der Leyen", "Bashar al-Assad"
# is one token already, "Luiz Inácio Lula da Silva").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "bin", "ibn", "abu", "de", "del", "della", "der", "den", "di", "da",
     "dos", "das", "do", "du", "la", "le", "van", "von", "ter", "ten", "y", "e", "bint",
     "ben", "mac", "st."}
)  # fmt: skip

# Words that open a description rather than a name: articles, possessives, quantifiers
# ("a U.S. official", "its spokesman", "one of two witnesses").
DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "one", "two", "three", "another", "this", "that", "these",
     "those", "his", "her", "its", "their", "our", "my", "your", "some", "several",
     "many", "other", "most", "few", "both", "each", "any", "all", "no", "le", "la",
     "les", "un", "une", "el", "los", "las", "una", "der", "die", "das", "ein", "eine",
     "o", "os", "um", "uma", "il", "lo", "gli", "uno"}
)  # fmt: skip

# Connectors that open a clause before its subject ("But Nuri said").
CONNECTORS: frozenset[str] = frozenset(
    {"and", "but", "so", "yet", "then", "still", "now", "meanwhile", "however",
     "instead", "later", "earlier", "also", "or", "because", "while", "although",
     "though", "as", "when", "where", "after", "before", "since", "if", "et", "mais",
     "even", "only", "just", "perhaps", "indeed",
     "y", "pero", "und", "aber", "e", "mas", "ma"}
)  # fmt: skip

# Words that end a speaker phrase written after its cue ("said Nuri on Monday", "said
# the minister, who ..."): time words, relative pronouns, and prepositions of
# circumstance. "in"/"at"/"from" end it only before a lower-case word ("in a
# statement"), not before a place ("a U.S. official in Baghdad").
CUT_WORDS: frozenset[str] = frozenset(
    {"who", "whose", "which", "that", "whom", "on", "during", "after", "before",
     "while", "when", "as", "last", "this", "yesterday", "today", "tonight",
     "tomorrow", "earlier", "later", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "via", "through", "to", "about", "of", "with",
     "and", "but", "because", "since", "if", "in", "at", "from", "for", "by", "adding",
     "according", "referring", "speaking", "told", "said", "says", "is", "was", "has",
     "had", "will", "would", "said.", "than", "into", "over", "under", "without",
     # French, Spanish, German, Portuguese, Italian prepositions and time words
     "à", "au", "aux", "lors", "dans", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
     "durante", "tras", "ante", "el", "este", "am", "im", "vom", "beim", "nach", "bei",
     "gegenüber", "em", "no", "na", "nesta", "neste", "nel", "nella", "alla", "dopo",
     "durant", "pendant", "après", "avant", "selon"}
)  # fmt: skip

# Words that mark a clause, not a noun phrase: a subject candidate containing one of
# them (outside an appositive) is no speaker ("the plan was", "if elected he").
CLAUSE_WORDS: frozenset[str] = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "that", "if", "because",
     "when", "while", "whether", "than", "not", "can", "could", "should", "must",
     "do", "does", "did", "it's", "there", "what", "how", "why", "to", "would", "will",
     "has", "have", "had", "i'm", "we're", "they're", "you", "me", "us", "him", "them"}
)  # fmt: skip

# Head nouns of anonymous and institutional sources ("a spokesman", "police", "a U.S.
# official"): a description ending in one of them names a source, not a thing.
SPEAKER_NOUNS: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source",
     "sources", "aide", "aides", "adviser", "advisers", "advisor", "police", "officer",
     "officers", "minister", "ministry", "president", "secretary", "senator",
     "lawmaker", "lawmakers", "analyst", "analysts", "expert", "experts", "statement",
     "report", "campaign", "spokespeople", "representative", "witness", "witnesses",
     "resident", "residents", "leader", "leaders", "director", "chairman", "chief",
     "executive", "strategist", "pollster", "professor", "candidate", "nominee",
     "governor", "mayor", "member", "members", "person", "people", "man", "woman",
     "voter", "voters", "supporter", "supporters", "critic", "critics", "lawyer",
     "attorney", "diplomat", "commander", "general", "group", "organization",
     "company", "government", "agency", "department", "committee", "party", "ad",
     "letter", "memo", "study", "survey", "poll", "document", "website", "post"}
)  # fmt: skip

# Words that mark a capitalised phrase as an organisation, not a person ("the White
# House", "Badr Organization", "Interior Ministry", "Reuters").
ORGANIZATION_WORDS: frozenset[str] = frozenset(
    {"house", "ministry", "department", "party", "committee", "council", "commission",
     "agency", "office", "police", "organization", "organisation", "group", "inc",
     "inc.", "corp", "corp.", "company", "co.", "ltd", "ltd.", "association",
     "university", "institute", "foundation", "campaign", "government", "army",
     "coalition", "court", "bank", "times", "post", "news", "press", "reuters",
     "network", "union", "league", "federation", "board", "authority", "service",
     "bureau", "administration", "pentagon", "kremlin", "congress", "senate",
     "parliament", "center", "centre", "fund", "forces", "command", "corps",
     "television", "tv", "radio", "journal", "magazine", "club", "caucus", "ap",
     "afp", "cnn", "bbc", "nbc", "abc", "cbs", "fox", "msnbc"}
)  # fmt: skip

# Words that open an introductory phrase before a clause's subject ("In a statement,",
# "After the debate,", "Asked about it,"): such a comma-separated segment is skipped
# when looking for the subject.
INTRO_WORDS: frozenset[str] = frozenset(
    {"in", "on", "at", "after", "before", "during", "when", "while", "as", "for",
     "with", "without", "since", "although", "though", "asked", "speaking", "writing",
     "instead", "still", "later", "earlier", "meanwhile", "however", "then", "now",
     "today", "yesterday", "last", "this", "by", "from", "under", "over", "about",
     "like", "unlike", "despite", "according", "once", "again", "here", "there",
     "moreover", "indeed", "finally", "first", "second", "also", "so", "but", "and",
     "yet", "thus", "recently", "previously", "separately", "elsewhere", "overall",
     "if", "because", "to", "following", "responding", "addressing", "in response",
     "alongside", "amid", "among", "between", "throughout", "upon", "given"}
)  # fmt: skip

# Common irregular past tenses that end a subject ("She went on to say:", "Trump gave
# a statement:"); regular verbs are recognised by their "-ed" ending.
IRREGULAR_VERBS: frozenset[str] = frozenset(
    {"went", "made", "gave", "took", "put", "got", "came", "spoke", "began", "wrote",
     "read", "said", "told", "sent", "held", "left", "set", "felt", "kept", "brought",
     "thought", "found", "saw", "knew", "led", "ran", "stood", "sat", "won", "lost",
     "hit", "let", "meant", "paid", "sought", "taught", "struck", "threw", "drew",
     "chose", "rose", "fell", "broke", "spent", "built", "heard", "became", "offers",
     "goes", "makes", "gives", "takes", "puts", "gets", "comes", "speaks", "writes",
     "sends", "holds", "leaves", "keeps", "brings", "thinks", "finds", "sees", "knows",
     "leads", "runs", "stands", "wins", "loses", "hits", "means", "pays", "seeks",
     "issues", "tweets", "posts", "continues", "concludes", "explains",
     "argues", "adds", "notes", "says", "tells", "asks", "insists", "warns", "quips",
     "retorts", "responds", "replies", "recalls", "reads", "states", "claims",
     "describes", "described", "sums", "summed", "offered", "issued"}
)  # fmt: skip

# Verbs that name a thing with someone's words: 'Trump called the plan "a disaster"',
# 'what the group calls "sensible laws"', 'described as "an intentional act"'. A quote
# right after one of them is a quoted fragment of the subject's speech.
NAMING_VERBS: frozenset[str] = frozenset(
    {"called", "calls", "call", "calling", "dubbed", "dubs", "labeled", "labelled",
     "labels", "labeling", "labelling", "termed", "terms", "branded", "brands",
     "deemed", "deems", "described", "describes", "describing", "characterized",
     "characterised", "characterizes", "denounced", "denounces", "praised", "praises",
     "blasted", "slammed", "decried", "hailed", "touted", "promised", "vowed",
     "titled", "entitled", "headlined", "coined", "cited", "cites",
     "qualifiés", "calificó", "bezeichnete", "chamou", "definito"}
)  # fmt: skip

# Prepositions that link a name to the body it belongs to ("X of the University of Y").
LINK_WORDS: frozenset[str] = frozenset({"of", "at", "from", "with", "for", "the", "in"})

# Day and month names: a capitalised run holding one is a date, not a person.
CALENDAR_WORDS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip

# Capitalised words that open sentences but name nobody.
NOT_NAMES: frozenset[str] = (
    INTRO_WORDS
    | CONNECTORS
    | frozenset(
        {"however", "what", "why", "how", "hours", "minutes", "days", "weeks", "months",
         "years", "moments", "seconds", "later", "earlier", "ago", "yes", "no", "well"}
    )
)  # fmt: skip

# Units of "Hours later,", "Two days ago,": time phrases that open a sentence.
TIME_UNITS: frozenset[str] = frozenset(
    {"hours", "minutes", "days", "weeks", "months", "years", "moments", "seconds",
     "decades", "hour", "minute", "day", "week", "month", "year", "moment"}
)  # fmt: skip

# Relative pronouns: "X who spoke anonymously said" has X as its subject.
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "whose", "whom"})

# Sources that are things, not people ("a joint statement", "the report", "an ad"): a
# description ending in one of them can be "it" but never "he" or "she".
THING_NOUNS: frozenset[str] = frozenset(
    {"statement", "statements", "report", "reports", "ad", "ads", "letter", "memo",
     "study", "survey", "poll", "document", "website", "post", "tweet", "release",
     "message", "email", "video", "book", "article", "editorial", "paper", "analysis",
     "sign", "headline", "caption", "transcript", "complaint", "lawsuit", "filing",
     "ruling", "order", "bill", "platform", "page", "site", "account", "blog", "debate",
     "event", "conference", "meeting", "hearing", "panel", "show", "program", "programme",
     "film", "movie", "song", "album", "game", "speech", "interview", "campaign"}
)  # fmt: skip

# "According to X" and its equivalents: the source is named after the cue.
ACCORDING_TO: frozenset[str] = frozenset(
    {"according to", "según", "selon", "segundo", "secondo", "laut"}
)  # fmt: skip

# Words that make a capitalised run a place, a building, an event or a law rather than a
# person ("Little Rock", "Wall Street", "Capitol Hill", "Orange County", "Middle East",
# "Affordable Care Act"): generic geographic and civic head nouns, compared case-folded.
# A pronoun is never resolved to a run holding one of them.
PLACE_WORDS: frozenset[str] = frozenset(
    {"city", "county", "state", "states", "street", "avenue", "road", "boulevard",
     "square", "park", "bridge", "rock", "hill", "hills", "valley", "river", "lake",
     "mountain", "mountains", "island", "islands", "beach", "bay", "coast", "sea",
     "ocean", "gulf", "harbor", "harbour", "port", "airport", "station", "hall",
     "tower", "building", "plaza", "capitol", "district", "province", "region",
     "republic", "kingdom", "empire", "east", "west", "north", "south", "america",
     "africa", "asia", "europe", "act", "day", "week", "year", "war", "bill", "law",
     "amendment", "treaty", "accord", "plan", "program", "project", "summit",
     "convention", "games", "cup", "awards", "prize", "festival", "church", "cathedral",
     "mosque", "temple", "school", "college", "academy", "hospital", "clinic", "prison",
     "hotel", "stadium", "arena", "center", "centre", "museum", "library", "village",
     "town", "township", "borough", "heights", "springs", "falls", "creek",
     "canyon", "desert", "forest", "field", "fields", "gardens", "lane", "drive",
     "highway", "route", "way", "force", "palace", "castle", "fort", "base", "camp", "zone",
     "strip", "bank", "gate", "wall", "market", "exchange", "index", "media", "network",
     "online", "twitter", "facebook", "google", "apple", "microsoft", "amazon", "motors",
     "airlines", "systems", "technologies", "energy", "oil", "gas", "holdings",
     "partners", "capital", "group", "trust", "democrats", "republicans", "democratic",
     "republican", "liberal", "conservative", "labour", "labor", "socialist", "green",
     "greens", "national", "federal", "international", "united", "american", "british"}
)  # fmt: skip

# First words of many place names ("New York", "Los Angeles", "San Diego", "Hong
# Kong", "Sri Lanka", "Costa Rica", "Fort Worth", "Mount Everest", "Lake Tahoe").
PLACE_OPENERS: frozenset[str] = frozenset(
    {"new", "north", "south", "east", "west", "northern", "southern", "eastern",
     "western", "central", "upper", "lower", "greater", "great", "little", "old",
     "los", "las", "san", "santa", "são", "st", "st.", "saint", "sainte", "fort",
     "port", "lake", "mount", "mt", "cape", "hong", "sri", "costa", "puerto", "el",
     "la", "le", "rio", "buenos", "tel", "kuala", "grand", "palm", "silicon",
     "wall", "main", "capitol", "white", "downing", "middle", "far", "near",
     "supreme", "planned", "black", "islamic", "holy", "royal", "social", "homeland",
     "election", "christmas", "easter", "independence", "labor", "memorial",
     "thanksgiving", "super", "world", "olympic"}
)  # fmt: skip
