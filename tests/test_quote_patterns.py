"""Quote battery: attribution in the styles of many outlets, and the parser tools' failures.

Every text here is invented for this table (no outlet's copy). Each case lists the quotes
expected, in order: the quoted words, the kind (``d`` direct, ``p`` partial, ``i``
indirect), the speaker (its resolved name or its mention as written; ``None`` for no
speaker) and the cue as written (``None`` for none). Cases where a quote is expected to be
absent list nothing. The adversarial table at the end holds the shapes where parser-based
extractors fail (no subject, unbalanced marks, quotes in parentheses, speakers in another
paragraph).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import Quote, QuoteKind, attribute_quotes

ALL_KINDS = frozenset(QuoteKind)
_KINDS = {"d": QuoteKind.DIRECT, "p": QuoteKind.PARTIAL, "i": QuoteKind.INDIRECT}

Expected = tuple[str, str, str | None, str | None]


def case(label: str, text: str, *quotes: Expected, marks: Any = ()) -> Any:
    """One table row: ``text`` and the quotes it must give."""
    return pytest.param(text, list(quotes), id=label, marks=marks)


def _check(text: str, expected: list[Expected], *, kinds: frozenset[QuoteKind]) -> None:
    quotes = attribute_quotes(text, kinds=kinds)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        if quote.cue is not None:
            assert text[quote.cue_start : quote.cue_end] == quote.cue
    got = [_row(q) for q in quotes]
    want = [(words, _KINDS[kind], speaker, cue) for words, kind, speaker, cue in expected]
    # A speaker matches by resolved name or by mention as written.
    got_matched = [
        (w, k, s if s is None or any(s == e[2] for e in want) else m, c) for (w, k, s, m, c) in got
    ]
    assert got_matched == want


def _row(quote: Quote) -> tuple[str, QuoteKind, str | None, str | None, str | None]:
    speaker = quote.speaker
    return (
        quote.text,
        quote.kind,
        speaker.name if speaker else None,
        speaker.mention if speaker else None,
        quote.cue,
    )


# The gaps of the first version, each with its general rule.
GAPS = [
    case(
        "partial-says-fragment",
        'The mayor says he is "not worried" about the budget.',
        ("not worried", "p", "The mayor", "says"),
    ),
    case(
        "partial-said-clause",
        'Okafor said the plan was "dead on arrival" and would be withdrawn.',
        ("dead on arrival", "p", "Okafor", "said"),
    ),
    case(
        "partial-called",
        'Senator Lindqvist called the deal "a disaster" for farmers.',
        ("a disaster", "p", "Lindqvist", "called"),
    ),
    case(
        "partial-described-as",
        'The union described the offer as "unacceptable".',
        ("unacceptable", "p", "The union", "described"),
    ),
    case("title-after-read", 'She read "War and Peace" last summer.'),
    case("title-after-watched", 'They watched "The Long Night" twice.'),
    case("title-film-noun", 'The film "Harbour Lights" opens on Friday.'),
    case("scare-quote-cuties", 'My cats are "cuties", she wrote in her blog.'),
    case("nickname-known-as", 'He is known as "the Hammer" in the league.'),
    case("word-as-term", 'He used the word "literally" four times.'),
    case("terms-such-as", 'The filter caught words such as "refund" and "urgent".'),
    case(
        "single-quotes-british",
        "'We will fight on,' the general said.",
        ("We will fight on,", "d", "the general", "said"),
    ),
    case(
        "single-quotes-apostrophes",
        "'It's a rock 'n' roll night at the students' union,' said Ms Patel. The '90s are back.",
        ("It's a rock 'n' roll night at the students' union,", "d", "Patel", "said"),
    ),
    case(
        "chinese-corner-brackets",
        "「我们准备好了」，他说。",
        ("我们准备好了", "d", "他", "说"),
    ),
    case(
        "chinese-speaker-before",
        "外交部发言人表示：「我们反对这一决定。」",
        ("我们反对这一决定。", "d", "外交部发言人", "表示"),
    ),
    case(
        "japanese-to-nobeta",
        "「準備はできている」と述べた。",
        ("準備はできている", "d", None, "述べた"),
    ),
    case(
        "japanese-double-brackets",
        "『必ず勝つ』と田中氏は語った。",
        ("必ず勝つ", "d", "田中氏", "語った"),
    ),
]

INDIRECT = [
    case(
        "indirect-told-that",
        "Smith told reporters that the plan was dead.",
        ("the plan was dead", "i", "Smith", "told reporters"),
    ),
    case(
        "indirect-said-on-monday",
        "Smith said on Monday that the plan was dead.",
        ("the plan was dead", "i", "Smith", "said"),
    ),
    case(
        "indirect-according-to-before",
        "According to the ministry, the border will reopen next week.",
        ("the border will reopen next week", "i", "the ministry", "According to"),
    ),
    case(
        "indirect-according-to-after",
        "The border will reopen next week, according to the ministry.",
        ("The border will reopen next week", "i", "the ministry", "according to"),
    ),
    case(
        "indirect-believes-that",
        "Ortega believes that the vote was rigged.",
        ("the vote was rigged", "i", "Ortega", "believes"),
    ),
    case(
        "indirect-warned-that",
        "The central bank warned that inflation would rise again.",
        ("inflation would rise again", "i", "The central bank", "warned"),
    ),
    case("indirect-stance-without-that", "Ortega thinks so too, and he is not alone."),
]

# Outlet styles.
STYLES = [
    # Wire services (AP, Reuters, AFP)
    case(
        "wire-name-said",
        '"We have not seen anything like this in decades," Moreno said.',
        ("We have not seen anything like this in decades,", "d", "Moreno", "said"),
    ),
    case(
        "wire-role-name-said",
        '"The port is closed," harbour master Piet de Vries told Reuters.',
        ("The port is closed,", "d", "Piet de Vries", "told"),
    ),
    case(
        "wire-said-in-statement",
        '"We regret the delay," the airline said in a statement on Tuesday.',
        ("We regret the delay,", "d", "the airline", "said"),
    ),
    case(
        "wire-colon-lead",
        'A senior U.S. official said: "The talks are over for now."',
        ("The talks are over for now.", "d", "A senior U.S. official", "said"),
    ),
    case(
        "wire-told-reporters-comma",
        'Halvorsen told reporters, "Nobody expected the storm to turn."',
        ("Nobody expected the storm to turn.", "d", "Halvorsen", "told reporters"),
    ),
    case(
        "wire-anonymous-source",
        '"The decision could come as soon as Friday," a person familiar with the matter said.',
        (
            "The decision could come as soon as Friday,",
            "d",
            "a person familiar with the matter",
            "said",
        ),
    ),
    case(
        "wire-pentagon",
        '"No U.S. personnel were hurt," the Pentagon said.',
        ("No U.S. personnel were hurt,", "d", "the Pentagon", "said"),
    ),
    case(
        "wire-police-said",
        '"The suspect was known to us," police said.',
        ("The suspect was known to us,", "d", "police", "said"),
    ),
    case(
        "wire-spokeswoman-for",
        '"The minister will not comment," a spokeswoman for the ministry said.',
        ("The minister will not comment,", "d", "a spokeswoman for the ministry", "said"),
    ),
    case(
        "wire-he-said-adding",
        '"We will appeal," he said, adding that the ruling was flawed.',
        ("We will appeal,", "d", "he", "said"),
    ),
    case(
        "wire-split-quote",
        '"This is not over," Adeyemi said, "and we will be back next year."',
        ("This is not over,", "d", "Adeyemi", "said"),
        ("and we will be back next year.", "d", "Adeyemi", "said"),
    ),
    case(
        "wire-multi-paragraph",
        '"The first thing we did was count the boats.\n\n'
        '"Then we counted the people," Lindgren said.',
        (
            'The first thing we did was count the boats.\n\n"Then we counted the people,',
            "d",
            "Lindgren",
            "said",
        ),
    ),
    # Titles
    case(
        "title-sen",
        '"The bill is dead," said Sen. Maria Ortiz, D-N.M.',
        ("The bill is dead,", "d", "Maria Ortiz", "said"),
    ),
    case(
        "title-rep",
        '"We need answers," Rep. Tom Harlan said on Thursday.',
        ("We need answers,", "d", "Tom Harlan", "said"),
    ),
    case(
        "title-gov",
        'Gov. Lena Brooks said, "The state will cover the cost."',
        ("The state will cover the cost.", "d", "Lena Brooks", "said"),
    ),
    case(
        "title-dr",
        '"The virus is spreading faster than we thought," said Dr. Amir Haddad.',
        ("The virus is spreading faster than we thought,", "d", "Amir Haddad", "said"),
    ),
    case(
        "title-prof",
        '"Most of the ice is already gone," said Prof. Ingrid Solberg of the University of Oslo.',
        ("Most of the ice is already gone,", "d", "Ingrid Solberg", "said"),
    ),
    case(
        "title-lt-gen",
        '"Our troops are ready," Lt. Gen. Marcus Bell told the committee.',
        ("Our troops are ready,", "d", "Marcus Bell", "told"),
    ),
    case(
        "title-mayor",
        '"The streets will be cleared by noon," Mayor Ana Ruiz said.',
        ("The streets will be cleared by noon,", "d", "Ana Ruiz", "said"),
    ),
    case(
        "title-ceo-appositive",
        '"Sales doubled," said Jane Doe, CEO of Acme.',
        ("Sales doubled,", "d", "Jane Doe", "said"),
    ),
    # British papers
    case(
        "british-said-mr",
        "'The railway will not be ready in time,' said Mr Hughes.",
        ("The railway will not be ready in time,", "d", "Hughes", "said"),
    ),
    case(
        "british-curly-singles",
        "‘We were lied to,’ she told the BBC.",
        ("We were lied to,", "d", "she", "told"),
    ),
    case(
        "british-colon-single",
        "The chancellor said: 'There is no money left.'",
        ("There is no money left.", "d", "The chancellor", "said"),
    ),
    case(
        "british-nested-double-in-single",
        "'He told me \"never again\", and I believed him,' said Mrs Clarke.",
        ('He told me "never again", and I believed him,', "d", "Clarke", "said"),
    ),
    # Magazine features
    case(
        "feature-verb-after",
        '"I never wanted to be famous," Delgado says, stirring her coffee.',
        ("I never wanted to be famous,", "d", "Delgado", "says"),
    ),
    case(
        "feature-question-asked",
        '"Why would anyone live here?" she asked.',
        ("Why would anyone live here?", "d", "she", "asked"),
    ),
    case(
        "feature-exclamation",
        '"Get out of the water!" shouted the lifeguard.',
        ("Get out of the water!", "d", "the lifeguard", "shouted"),
    ),
    case(
        "feature-em-dash-interruption",
        '"I was going to say —" Kowalski began, then stopped.',
        ("I was going to say —", "d", "Kowalski", "began"),
    ),
    case(
        "feature-ellipsis",
        '"Well... maybe next year," Tanaka said.',
        ("Well... maybe next year,", "d", "Tanaka", "said"),
    ),
    case(
        "feature-line-break-inside",
        '"We drove all night and\nnever saw a light," Brennan recalled.',
        ("We drove all night and\nnever saw a light,", "d", "Brennan", "recalled"),
    ),
    case(
        "feature-embedded-quote",
        "\"My father used to say 'never sell the land,'\" Okoro said.",
        ("My father used to say 'never sell the land,'", "d", "Okoro", "said"),
    ),
    # Pronouns and alternating speakers
    case(
        "pronoun-next-paragraph",
        '"The budget is balanced," Finance Minister Karin Holt said.\n\n'
        '"Nobody believed us," she added.',
        ("The budget is balanced,", "d", "Karin Holt", "said"),
        ("Nobody believed us,", "d", "Karin Holt", "added"),
    ),
    case(
        "pronoun-she-after-woman-introduced",
        "Maria Santos runs the only bakery in town.\n\n"
        '"Bread is all we have left," Santos said.\n\n'
        '"People come at five in the morning," she said.',
        ("Bread is all we have left,", "d", "Maria Santos", "said"),
        ("People come at five in the morning,", "d", "Maria Santos", "said"),
    ),
    case(
        "two-speakers-alternating",
        '"We will strike," union leader Paul Weber said.\n\n'
        '"That would be a mistake," company chief Eva Lund replied.\n\n'
        '"We have no choice," Weber said.',
        ("We will strike,", "d", "Paul Weber", "said"),
        ("That would be a mistake,", "d", "Eva Lund", "replied"),
        ("We have no choice,", "d", "Paul Weber", "said"),
    ),
    case(
        "surname-linked-to-full-name",
        '"It is a fair deal," said Jonathan Braga.\n\n"We will sign it," Braga added.',
        ("It is a fair deal,", "d", "Jonathan Braga", "said"),
        ("We will sign it,", "d", "Jonathan Braga", "added"),
    ),
    # Press releases
    case(
        "release-said-name-role",
        '"We are thrilled to join forces," said Jane Doe, chief executive officer of Acme Corp.',
        ("We are thrilled to join forces,", "d", "Jane Doe", "said"),
    ),
    case(
        "release-according-to",
        '"Demand has never been higher," according to Raj Mehta, head of sales.',
        ("Demand has never been higher,", "d", "Raj Mehta", "according to"),
    ),
    # Sports
    case(
        "sports-coach",
        '"We left everything on the pitch," coach Dario Russo said after the match.',
        ("We left everything on the pitch,", "d", "Dario Russo", "said"),
    ),
    case(
        "sports-player-added",
        '"The crowd carried us," the striker added.',
        ("The crowd carried us,", "d", "the striker", "added"),
    ),
    # Dash lines
    case(
        "dash-line-credit",
        '"Democracy dies in silence." — Commissioner Helen Park',
        ("Democracy dies in silence.", "d", "Helen Park", None),
    ),
    # Other languages
    case(
        "french-guillemets-inverted",
        "« Nous ne céderons pas », a-t-il dit.",
        ("Nous ne céderons pas", "d", "il", "a-t-il dit"),
    ),
    case(
        "french-name-after",
        "« La situation est grave », a déclaré le ministre.",
        ("La situation est grave", "d", "le ministre", "a déclaré"),
    ),
    case(
        "spanish-dijo",
        "«Vamos a ganar», dijo Martínez.",
        ("Vamos a ganar", "d", "Martínez", "dijo"),
    ),
    case(
        "spanish-afirmo",
        "«Me encantan los gatos», afirmó Burtón.",
        ("Me encantan los gatos", "d", "Burtón", "afirmó"),
    ),
    case(
        "german-low-high",
        "„Wir sind bereit“, sagte Müller.",
        ("Wir sind bereit", "d", "Müller", "sagte"),
    ),
    case(
        "german-sagte-er",
        "„Das ist nicht akzeptabel“, sagte er.",
        ("Das ist nicht akzeptabel", "d", "er", "sagte er"),
    ),
    case(
        "portuguese-disse",
        "“Não vamos desistir”, disse Oliveira.",
        ("Não vamos desistir", "d", "Oliveira", "disse"),
    ),
    case(
        "italian-ha-detto",
        "«Non abbiamo paura», ha detto Rossi.",
        ("Non abbiamo paura", "d", "Rossi", "ha detto"),
    ),
]

# Transcripts and interviews.
TRANSCRIPTS = [
    case(
        "tv-transcript-labels",
        "SMITH: We are not going anywhere.\n\nJONES: Then we have a problem.",
        ("We are not going anywhere.", "d", "SMITH", None),
        ("Then we have a problem.", "d", "JONES", None),
    ),
    case(
        "tv-transcript-full-name-then-surname",
        "JAKE MORROW: Senator, thank you for joining us.\n\n"
        "SEN. ANA PINTO: Glad to be here.\n\nMORROW: Let us start with the budget.",
        ("Senator, thank you for joining us.", "d", "JAKE MORROW", None),
        ("Glad to be here.", "d", "ANA PINTO", None),
        ("Let us start with the budget.", "d", "JAKE MORROW", None),
    ),
    case("dateline-colon-is-no-transcript", "LONDON: Prices rose again in March."),
    case(
        "interview-qa-answer-quoted",
        'Q: Will you run again?\n\nA: "I have not decided," Moreno said.',
        ("I have not decided,", "d", "Moreno", "said"),
    ),
    case(
        "interview-qa-said",
        'Asked whether he would run again, Lindqvist said: "Not this time."',
        ("Not this time.", "d", "Lindqvist", "said"),
    ),
    case(
        "transcript-colon-paragraph",
        'The senator continued:\n\n"We owe the voters an answer."',
        ("We owe the voters an answer.", "d", "The senator", "continued"),
    ),
]

# Failure modes of parser-based extractors.
ADVERSARIAL = [
    case(
        "no-subject-came-the-reply",
        '"Not now," came the reply from the back of the room.',
        ("Not now,", "d", None, "came"),
    ),
    case(
        "unbalanced-newswire-reopening",
        '"We lost the harvest.\n\n"We lost the animals too," the farmer said.\n\nPrices rose.',
        ('We lost the harvest.\n\n"We lost the animals too,', "d", "the farmer", "said"),
    ),
    case(
        "stray-mark-own-stretch",
        'The price rose 5" overnight.\n\n"Costs are up," Ivanova said.',
        ("Costs are up,", "d", "Ivanova", "said"),
    ),
    case(
        "quote-in-parentheses",
        'The mayor (who once said, "We are broke.") has changed course.',
        ("We are broke.", "d", "The mayor", "said"),
    ),
    case(
        "quote-in-parentheses-speaker-outside",
        'The plan ("It will cost nothing," Okafor said) was approved.',
        ("It will cost nothing,", "d", "Okafor", "said"),
    ),
    case(
        "speaker-previous-paragraph-colon",
        'Here is what the governor said:\n\n"The roads will stay closed."',
        ("The roads will stay closed.", "d", "the governor", "said"),
    ),
    case(
        "cue-less-continuation",
        '"We will rebuild," Mayor Ruiz said. "Every house, every road."',
        ("We will rebuild,", "d", "Ruiz", "said"),
        ("Every house, every road.", "d", "Ruiz", "said"),
    ),
    case(
        "said-ten-times-no-quotes",
        "He said said said said said said said said said said.",
    ),
]

# More wire, feature and foreign-language shapes.
MORE = [
    case(
        "relative-clause-before-cue",
        '"It was chaos," one witness, who asked not to be named, told AFP.',
        ("It was chaos,", "d", "one witness", "told"),
    ),
    case(
        "replied-another",
        '"What now?" asked one protester. "We wait," replied another.',
        ("What now?", "d", "one protester", "asked"),
        ("We wait,", "d", "another", "replied"),
    ),
    case(
        "pronoun-resolves-to-earlier-name",
        'Prime Minister Olaf Berg arrived late.\n\n"Sorry," he said. "The traffic was bad."',
        ("Sorry,", "d", "he", "said"),
        ("The traffic was bad.", "d", "he", "said"),
    ),
    case(
        "split-quote-with-appositive",
        '"We won," said Mr Smith, the club\'s chairman, "and we deserved it."',
        ("We won,", "d", "Smith", "said"),
        ("and we deserved it.", "d", "Smith", "said"),
    ),
    case(
        "said-of-then-continuation",
        '"I\'m done," Garcia said of the sport. "Really done."',
        ("I'm done,", "d", "Garcia", "said"),
        ("Really done.", "d", "Garcia", "said"),
    ),
    case(
        "british-multi-paragraph-singles",
        "'The first year was hard.\n\n'The second was harder,' she said.",
        ("The first year was hard.\n\n'The second was harder,", "d", "she", "said"),
    ),
    case(
        "replied-colon",
        'Asked about the deal, the minister replied: "No comment."',
        ("No comment.", "d", "the minister", "replied"),
    ),
    case(
        "statement-read",
        'The statement read: "All flights are cancelled until further notice."',
        ("All flights are cancelled until further notice.", "d", "The statement", "read"),
    ),
    case(
        "tweet-wrote-exclamation",
        'In a tweet, the president wrote: "Big win tonight!"',
        ("Big win tonight!", "d", "the president", "wrote"),
    ),
    case(
        "said-adding-colon-second-quote",
        '"It\'s over," she said, adding: "We start again tomorrow."',
        ("It's over,", "d", "she", "said"),
        ("We start again tomorrow.", "d", "she", "adding"),
    ),
    case(
        "leader-party-state-told-reporters",
        '"We have the votes," Senate Majority Leader Rosa Kim, R-Ohio, told reporters Tuesday.',
        ("We have the votes,", "d", "Rosa Kim", "told reporters"),
    ),
    case("no-quote-police-said-plain", "Police said the man, 34, was arrested at the scene."),
    case("album-title-in-commas", 'The band\'s new album, "Quiet Storms," comes out in May.'),
    case("fragment-no-verb", 'He signed off with a "see you later" and left.'),
    case(
        "speaker-before-with-relative-clause",
        'Kim Lee, who runs a shop nearby, said: "It was like a bomb went off."',
        ("It was like a bomb went off.", "d", "Kim Lee", "said"),
    ),
    case(
        "verb-before-name-muttered",
        '"Unbelievable," muttered the referee.',
        ("Unbelievable,", "d", "the referee", "muttered"),
    ),
    case(
        "french-lance",
        "«C'est fini», lance le président.",
        ("C'est fini", "d", "le président", "lance"),
    ),
    case(
        "german-reversed-guillemets",
        "»Wir schaffen das«, sagte die Kanzlerin.",
        ("Wir schaffen das", "d", "die Kanzlerin", "sagte"),
    ),
    case(
        "german-erklaerte-am-montag",
        "„Wir sind bereit“, erklärte der Minister am Montag.",
        ("Wir sind bereit", "d", "der Minister", "erklärte"),
    ),
    case(
        "italian-il-ministro",
        "«Non è finita», ha detto il ministro.",
        ("Non è finita", "d", "il ministro", "ha detto"),
    ),
    case(
        "portuguese-afirmou",
        "“O país está pronto”, afirmou o presidente.",
        ("O país está pronto", "d", "o presidente", "afirmou"),
    ),
]

MORE += [
    case(
        "three-paragraph-reopening",
        '"The first year was hard.\n\n"The second was harder.\n\n'
        '"The third almost broke us," Novak said.',
        (
            'The first year was hard.\n\n"The second was harder.\n\n"The third almost broke us,',
            "d",
            "Novak",
            "said",
        ),
    ),
    case(
        "speaker-previous-paragraph-spoke",
        'Smith spoke to us in an interview on Monday.\n\n"We did what we had to do."',
        ("We did what we had to do.", "d", "Smith", "spoke"),
    ),
    case(
        "colon-after-appositives-keeps-cue",
        'Jones, 52, a teacher from Ohio, said: "We are tired."',
        ("We are tired.", "d", "Jones", "said"),
    ),
    case(
        "title-after-work-noun-and-comma",
        'The network spoke with her on its podcast, "So, That Happened."',
    ),
    case(
        "inches-mark-is-no-quote",
        'He is 6\'2" tall. "I was always the tallest," Ruiz said.',
        ("I was always the tallest,", "d", "Ruiz", "said"),
    ),
    case(
        "sen-party-state-after",
        '"It is a great day," said Sen. John Kerrigan, D-Mass., at a news conference.',
        ("It is a great day,", "d", "John Kerrigan", "said"),
    ),
    case(
        "organisation-warned-in-post",
        '"Expect delays," the Department of Transportation warned in a post on X.',
        ("Expect delays,", "d", "the Department of Transportation", "warned"),
    ),
    case(
        "said-then-according-to-document",
        '"I am not a crook," Nixon said, according to the transcript.',
        ("I am not a crook,", "d", "Nixon", "said"),
    ),
    case(
        "anonymous-condition",
        '"They are lying," said the former aide, speaking on condition of anonymity.',
        ("They are lying,", "d", "the former aide", "said"),
    ),
]

MORE += [
    case(
        "middle-initial-and-party",
        '"He would be a great senator," Rep. Elijah E. Cummings (D-Md.) said in a phone call.',
        ("He would be a great senator,", "d", "Elijah E. Cummings", "said"),
    ),
    case(
        "country-in-capitals-before-title",
        '"We are proud," US Senator Jeff Sessions said.',
        ("We are proud,", "d", "Jeff Sessions", "said"),
    ),
]

ALL = GAPS + MORE + STYLES + TRANSCRIPTS + ADVERSARIAL


@pytest.mark.parametrize(("text", "expected"), ALL)
def test_quote_patterns(text: str, expected: list[Expected]) -> None:
    _check(text, expected, kinds=frozenset({QuoteKind.DIRECT, QuoteKind.PARTIAL}))


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_patterns(text: str, expected: list[Expected]) -> None:
    _check(text, expected, kinds=ALL_KINDS)


# Hostile shapes of the rules added with this table (runs of corner brackets, transcript
# labels, terms, titles, fragments): each parses, with sound offsets, and returns at most
# one quote per mark pair.
HOSTILE = [
    pytest.param("「" * 5000, id="run-open-corner"),
    pytest.param("」" * 5000, id="run-close-corner"),
    pytest.param("「x」，他说。" * 800, id="corner-pairs"),
    pytest.param("AB: x\n" * 2000, id="transcript-labels"),
    pytest.param("AB: x " * 2000, id="colons-one-line"),
    pytest.param('words such as "a" ' * 500, id="terms"),
    pytest.param('She read "War And Peace" ' * 400, id="titles"),
    pytest.param('He says he is "not worried" ' * 400, id="fragments"),
    pytest.param('"x," came the reply ' * 500, id="replies"),
    pytest.param("'a " * 3000, id="apostrophes"),
    pytest.param("said " * 10000, id="said"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_shapes(text: str) -> None:
    quotes = attribute_quotes(text, kinds=ALL_KINDS)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    assert len(quotes) <= len(text) // 2
