"""Word tables for metadata and dates: months, weekdays, zones, agencies, job titles.

Every table is a literal, with a comment giving its source and why it is shaped as it is.
Nothing here is tuned to one site: the tables list the closed classes that news headers are
made of (month and weekday names, time-zone abbreviations, wire agencies, newsroom job
titles), taken from their standard lists.
"""

from __future__ import annotations

__all__ = [
    "AGENCIES",
    "BIO_ROLES",
    "JOB_HEADS",
    "JOB_TITLES",
    "LABEL_WORDS",
    "MONTHS",
    "OUTLET_WORDS",
    "RELATIVE_UNITS",
    "RELATIVE_WEEKDAYS",
    "US_ZONES",
    "WEEKDAYS",
    "WEEKDAY_NUMBERS",
    "ZONES",
]

# Month names and their usual abbreviations, folded to lower case, to the month number.
# English, French, German, Spanish, Italian, Portuguese and Dutch: the languages of the
# scraped news we see most. Accents are kept and also listed without them, because scrapers
# drop them. Abbreviations are listed without their full stop (the grammar allows one).
MONTHS: dict[str, int] = {
    # English (CLDR abbreviated and wide forms, plus the AP style "Sept").
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French.
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3,
    "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12, "déc": 12,
    # German.
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # Spanish.
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6,
    "julio": 7, "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12, "dic": 12,
    # Italian.
    "gennaio": 1, "gen": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "mag": 5,
    "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "settembre": 9, "set": 9, "ottobre": 10,
    "ott": 10, "dicembre": 12,
    # Portuguese.
    "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "marco": 3, "maio": 5,
    "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "out": 10, "novembro": 11,
    "dezembro": 12,
    # Dutch.
    # Dutch (the other Dutch names are spelled as the German or English ones above).
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}  # fmt: skip

# Weekday names and abbreviations (same languages), which may precede a date: "Tuesday 6
# Feb 2018", "Tue, 09/10/2012", to their number (Monday 0, as ``date.weekday()``). A weekday
# never overrides the date it precedes; it only settles the order of an ambiguous numeric
# date ("Tue, 09/10/2012" is 9 October, a Tuesday, not 10 September, a Monday).
WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonntag": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sábado": 5, "sabado": 5, "domingo": 6,
    "lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
}  # fmt: skip
WEEKDAYS: frozenset[str] = frozenset(WEEKDAY_NUMBERS)

# The English weekday names written out, which alone can stand for a day relative to the
# reference ("Published Tuesday"): abbreviations are left out ("Sun", "Sat", "Wed" are words
# and names too).
RELATIVE_WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Time-zone abbreviations to their offset from UTC in minutes. Only abbreviations with one
# meaning in news use are listed (the IANA abbreviations of North America, Europe and the
# big Asian and Australian newsrooms). Ambiguous ones are left out on purpose, so a time
# that names them stays naive rather than wrong: "IST" (India, Ireland or Israel). "ET"
# (EST or EDT, depending on the date) is read through ``US_ZONES`` below. "CST" is read as
# US Central, the newsroom use; China Standard Time copy mostly writes "Beijing time".
ZONES: dict[str, int] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 60, "bst": 60,
    "cet": 60, "cest": 120, "met": 60, "mest": 120, "eet": 120, "eest": 180,
    "msk": 180, "gst": 240, "pkt": 300, "ict": 420, "wib": 420,
    "hkt": 480, "sgt": 480, "awst": 480, "pht": 480, "jst": 540, "kst": 540,
    "acst": 570, "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
    "ast": -240, "adt": -180, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
    "mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "akst": -540, "akdt": -480,
    "hst": -600,
}  # fmt: skip

# North American zones named without standard or daylight ("6:02 PM ET", "10:45 a.m. PT"):
# the standard offset in minutes. The date settles which one applies, by the United States
# daylight-saving rules (``_calendar.us_daylight``); US-centred copy writes them, so reading
# them as US zones is the sensible default. "IST" stays ambiguous (India, Ireland, Israel).
US_ZONES: dict[str, int] = {"et": -300, "ct": -360, "mt": -420, "pt": -480}

# Units of relative dates ("2 hours ago") to (days, minutes) per unit and the precision
# the result can honestly claim. Months and years have no fixed length and are left out.
RELATIVE_UNITS: dict[str, tuple[int, int]] = {
    "minute": (0, 1), "minutes": (0, 1), "min": (0, 1), "mins": (0, 1),
    "hour": (0, 60), "hours": (0, 60), "hr": (0, 60), "hrs": (0, 60),
    "day": (1, 0), "days": (1, 0), "week": (7, 0), "weeks": (7, 0),
}  # fmt: skip

# News agencies and wire services, folded, to the short form users and style guides use
# ("AP", "AFP", "Reuters"): the members of the MINDS and EANA agency alliances and the
# big national wires, which is the closed class of "agencies" a credit line names.
AGENCIES: dict[str, str] = {
    "reuters": "Reuters", "reuter": "Reuters", "thomson reuters": "Reuters",
    "ap": "AP", "associated press": "AP", "the associated press": "AP",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "upi": "UPI", "united press international": "UPI",
    "dpa": "dpa", "deutsche presse-agentur": "dpa",
    "ani": "ANI", "pti": "PTI", "press trust of india": "PTI", "ians": "IANS",
    "efe": "EFE", "ansa": "ANSA", "xinhua": "Xinhua", "tass": "TASS", "itar-tass": "TASS",
    "ria novosti": "RIA Novosti", "kyodo": "Kyodo", "kyodo news": "Kyodo",
    "yonhap": "Yonhap", "anadolu": "Anadolu", "anadolu agency": "Anadolu",
    "mena": "MENA", "wam": "WAM", "apa": "APA", "ats": "ATS", "belga": "Belga",
    "anp": "ANP", "ntb": "NTB", "tt": "TT", "stt": "STT", "ctk": "CTK", "pap": "PAP",
    "bloomberg": "Bloomberg", "cnn": "CNN", "bbc": "BBC", "aap": "AAP",
    "australian associated press": "AAP", "canadian press": "The Canadian Press",
    "the canadian press": "The Canadian Press", "cp": "CP", "pa": "PA",
    "press association": "PA", "bernama": "Bernama", "antara": "Antara",
    "irna": "IRNA", "sana": "SANA", "qna": "QNA", "spa": "SPA", "kuna": "KUNA",
    "news wires": "News wires", "wires": "wires", "agencies": "agencies",
}  # fmt: skip

# Words that make a capitalised name an organisation rather than a person: the common
# nouns of outlet names ("Ahram Online", "Daily Mail", "Los Angeles Times", "Elections
# Watch") and of institutions. A byline or credit whose name holds one is a source, not an
# author. Folded to lower case.
OUTLET_WORDS: frozenset[str] = frozenset({
    "online", "news", "newsroom", "press", "times", "post", "daily", "weekly", "mail",
    "herald", "tribune", "journal", "gazette", "guardian", "telegraph", "observer",
    "chronicle", "courier", "examiner", "independent", "standard", "star", "sun",
    "express", "mirror", "globe", "review", "report", "reporter", "reports", "monitor",
    "watch", "wire", "wires", "service", "services", "agency", "network", "networks",
    "media", "magazine", "radio", "tv", "television", "channel", "broadcasting",
    "today", "world", "insider", "digest", "bulletin", "dispatch", "record", "register",
    "inquirer", "enquirer", "free", "culture", "institute", "foundation", "center",
    "centre", "council", "association", "staff", "desk", "team", "editors", "editorial",
    "board", "bureau", "office", "ministry", "department", "party", "committee",
    "university", "group", "inc", "ltd", "llc", "corp", "company", "co", "website",
    "blog", "org", "com", "net", "outpost", "tribune-review",
})  # fmt: skip

# Newsroom job titles that follow or precede a name in a byline ("Jane Doe, Staff Writer",
# "By Political Editor John Smith"): removed so authors are people only. Folded.
JOB_TITLES: frozenset[str] = frozenset({
    "staff writer", "staff reporter", "reporter", "writer", "senior writer",
    "contributing writer", "contributor", "correspondent", "senior correspondent",
    "foreign correspondent", "political correspondent", "chief correspondent",
    "white house correspondent", "editor", "senior editor", "deputy editor",
    "political editor", "business editor", "news editor", "associate editor",
    "managing editor", "executive editor", "editor-at-large", "editor at large",
    "columnist", "guest columnist", "opinion columnist", "contributing editor",
    "staff", "photographer", "analyst", "special correspondent", "guest writer",
    "guest author", "author", "freelance writer", "investigative reporter",
    "science writer", "health reporter", "digital producer", "producer",
})  # fmt: skip

# Nouns that an author's closing bio names them by ("Judi McLeod is an award-winning
# journalist", "James W. King is Commander of ..."): occupations of people who write for
# news sites. A closing "X is a ..." line is a bio only when one of these follows, so "Food
# Investigations is a series of films" is not read as a person. Folded.
BIO_ROLES: frozenset[str] = frozenset({
    "journalist", "writer", "author", "reporter", "columnist", "editor", "contributor",
    "correspondent", "blogger", "commentator", "professor", "scholar", "fellow", "analyst",
    "researcher", "economist", "lawyer", "attorney", "commander", "director", "founder",
    "co-founder", "president", "host", "producer", "veteran", "activist", "consultant",
    "expert", "historian", "novelist", "poet", "physician", "doctor", "teacher", "pastor",
    "chairman", "ceo", "officer", "publisher", "lecturer", "student", "candidate",
    "strategist", "adviser", "advisor", "retired", "former", "freelance", "award-winning",
    "senior", "chief", "investigator", "photographer", "filmmaker", "broadcaster",
})  # fmt: skip

# The head nouns of newsroom job titles: a short capitalised line that ends in one
# ("Chief Political Correspondent", "Washington Bureau Chief", "Senior Writer") is a job
# line under a byline, whatever its modifiers. "Staff" is left out: "Ledger Staff" is an
# outlet's staff, not a job. Folded.
JOB_HEADS: frozenset[str] = frozenset({
    "correspondent", "editor", "writer", "reporter", "columnist", "contributor", "chief",
    "producer", "photographer", "analyst", "critic", "commentator", "blogger", "journalist",
    "anchor", "host", "intern", "stringer", "staffer", "author",
})  # fmt: skip

# Labels that open a line or stand above a headline like a place or a section would, but
# name none: editorial kickers ("Analysis:", "EXCLUSIVE"), Q&A and fact-check labels, and
# the words of navigation. A word here before a colon or dash is never a dateline. Folded.
LABEL_WORDS: frozenset[str] = frozenset({
    "background", "update", "updated", "updates", "note", "editor's note", "editors note",
    "editor’s note", "summary", "analysis", "opinion", "comment", "commentary",
    "editorial", "watch", "video", "videos", "photos", "photo", "gallery", "exclusive",
    "breaking", "breaking news", "context", "why", "what", "how", "who", "where", "when",
    "question", "answer", "q", "a", "correction", "clarification", "disclosure",
    "disclaimer", "warning", "spoiler", "transcript", "source", "sources", "credit",
    "image", "caption", "read", "related", "also", "plus", "tip", "tips", "step", "part",
    "chapter", "live", "latest", "fyi", "ps", "abstract", "introduction", "conclusion",
    "bottom line", "the bottom line", "key points", "highlights", "takeaway", "takeaways",
    "fact", "facts", "fact check", "verdict", "claim", "rating", "first", "second",
    "third", "finally", "meanwhile", "however", "yes", "no", "listen", "look", "here",
    "now", "today", "tonight", "yesterday", "tomorrow", "sponsored", "advertisement",
    "promoted", "trending", "recommended", "more", "next", "previous", "share",
    "subscribe", "follow", "contact", "email", "phone", "address", "location", "price",
    "details", "info", "information", "review", "interview", "feature", "features",
    "news", "world", "politics", "business", "sport", "sports", "culture", "science",
    "health", "tech", "technology", "entertainment", "lifestyle", "travel", "money",
    "markets", "economy", "home", "local", "national", "international", "world news",
    "us news", "uk news", "letters", "obituaries", "obituary", "podcast", "satire",
    "explainer", "perspective", "viewpoint", "column", "blog", "essay", "special report",
    "investigation", "in depth", "in pictures", "quiz", "poll", "must read", "top stories",
    "update 1", "update 2", "update 3", "wrapup", "factbox", "instant view", "refile",
    "corrected", "urgent", "alert", "flash", "op-ed", "q&a", "faq", "the latest",
    "headline", "headlines", "title", "subject", "topic", "tags", "category", "section",
    "description", "keywords", "author", "posted", "published", "guide", "report",
})  # fmt: skip
