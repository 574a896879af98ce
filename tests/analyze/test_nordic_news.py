"""Swedish, Norwegian, Danish and German shapes of real news (issue 10): appositions after an inverted
subject, hearsay frames after a fronted adverbial, a tag that restates the sentence before, sentence ends
after a number, and source types read from the name form and general word lists. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quotes import find_quotes
from enligt.analyze.sentences import split, tokenize
from enligt.analyze.sources import word_type
from enligt.models import Article, Attribution

Row = tuple[str | None, str | None, str]  # source, cue, content


def _attributions(text: str, lang: str) -> tuple[Attribution, ...]:
    return attribute(Article(title=None, body=tuple(p for p in text.split("\n\n") if p), language=lang))


def run(text: str, lang: str) -> list[Row]:
    return [(a.source, a.cue, a.content) for a in _attributions(text, lang)]


CONSTRUCTIONS = [
    # an apposition between the inverted subject and its complementizer is no part of the content
    ("Senare berättade Anna Berg, chef för räddningstjänsten, att branden var släckt.", "sv",
     [("Anna Berg", "berättade", "branden var släckt")]),
    ("I går fortalte Peter Hansen, direktør i firmaet, at salget var steget.", "da",
     [("Peter Hansen", "fortalte", "salget var steget")]),
    ("I dag sier Kari Holm, leder i foreningen, at saken er løst.", "no",
     [("Kari Holm", "sier", "saken er løst")]),
    # an article after the cue opens the subject, it is no pronoun
    ("I går oplyste de danske myndigheder, at grænsen var lukket.", "da",
     [("de danske myndigheder", "oplyste", "grænsen var lukket")]),
    # a sentence adverb between the inverted subject and the complementizer
    ("I går oplyste politiet således, at vejen var spærret.", "da",
     [("politiet", "oplyste", "vejen var spærret")]),
    ("Nu uppger polisen därmed att vägen är öppen.", "sv", [("polisen", "uppger", "vägen är öppen")]),
    # a clock time opens a fronted phrase
    ("Klockan tio uppgav polisen att vägen var öppen.", "sv", [("polisen", "uppgav", "vägen var öppen")]),
    ("Klokka ti opplyste politiet at veien var åpen.", "no", [("politiet", "opplyste", "veien var åpen")]),
    ("Klokken ti oplyste politiet, at vejen var åben.", "da", [("politiet", "oplyste", "vejen var åben")]),
    # a hearsay frame after a fronted adverbial or an expletive: the clause after the complementizer
    ("På kvällen uppgavs att vägen var avstängd.", "sv", [(None, "uppgavs", "vägen var avstängd")]),
    ("Senere meldes det at veien er åpnet igjen.", "no", [(None, "meldes", "veien er åpnet igjen")]),
    ("Senere oplyses det, at vejen er spærret.", "da", [(None, "oplyses", "vejen er spærret")]),
    ("Det forlyder, at ministeren går af.", "da", [(None, "forlyder", "ministeren går af")]),
    ("Det opplyses at to personer er skadd.", "no", [(None, "opplyses", "to personer er skadd")]),
    # a tag that restates who said the sentence before: one record
    ("Borgmester Lise Holm fortæller, at budgettet holder. Det fortæller hun i et opslag på nettet.", "da",
     [("Borgmester Lise Holm", "fortæller", "budgettet holder")]),
    # German "der" after an inverted cue opens the subject when the content follows at once (no dative)
    ("Am Abend sagte der Sprecher, die Lage sei ruhig.", "de", [("der Sprecher", "sagte", "die Lage sei ruhig")]),
    ("Später sagte der Bürgermeister, dass die Stadt helfe.", "de",
     [("der Bürgermeister", "sagte", "die Stadt helfe")]),
    ("Der Sprecher sagte der Zeitung, die Lage sei ruhig.", "de", [("Der Sprecher", "sagte", "die Lage sei ruhig")]),
    # not ruling out is a belief: the negation is part of the cue
    ("Politiet kan ikke udelukke, at branden er påsat.", "da",
     [("Politiet", "kan ikke udelukke", "branden er påsat")]),
    ("Politiet udelukker ikke, at branden er påsat.", "da", [("Politiet", "udelukker ikke", "branden er påsat")]),
    ("Polisen utesluter inte att branden var anlagd.", "sv", [("Polisen", "utesluter inte", "branden var anlagd")]),
    ("Politiet utelukker ikke at brannen er påsatt.", "no", [("Politiet", "utelukker ikke", "brannen er påsatt")]),
    ("Die Polizei kann nicht ausschließen, dass das Feuer gelegt wurde.", "de",
     [("Die Polizei", "kann nicht ausschließen", "das Feuer gelegt wurde")]),
    ("Polisen utesluter att branden var anlagd.", "sv", []),
    # perceiving reports only a clause
    ("Han opfattede, at manden råbte noget.", "da", [("Han", "opfattede", "manden råbte noget")]),
    ("Hon uppfattade att bilen körde fort.", "sv", [("Hon", "uppfattade", "bilen körde fort")]),
    ("Han opfattede ham som en trussel.", "da", []),
    ("Saken ble oppfattet som alvorlig.", "no", []),
    # the platform a body wrote on is no part of the inverted subject
    ("Senere meldte politiet på Twitter at veien er åpen.", "no", [("politiet", "meldte", "veien er åpen")]),
    ("I går skrev Anna Berg på Instagram att hon slutar.", "sv", [("Anna Berg", "skrev", "hon slutar")]),
    # the organisation of a role and the name after it belong to the speaker of a tag; an adverbial does not
    ("– Vi vet ikke mer, sier operasjonsleder i Nordland politidistrikt, Per Olsen.", "no",
     [("operasjonsleder i Nordland politidistrikt, Per Olsen", "sier", "Vi vet ikke mer")]),
    ("«Vi vet ikke mer», sier operasjonsleder i Nordland politidistrikt, Per Olsen.", "no",
     [("operasjonsleder i Nordland politidistrikt, Per Olsen", "sier", "Vi vet ikke mer")]),
    ("- Vi ved ikke mere, siger pressechef i Region Syd, Lise Holm.", "da",
     [("pressechef i Region Syd, Lise Holm", "siger", "Vi ved ikke mere")]),
    ("– Vi vet ikke mer, sier operasjonsleder i en pressemelding.", "no",
     [("operasjonsleder", "sier", "Vi vet ikke mer")]),
    # "nach" alone opens a source before adjectives and a report noun, nowhere else
    ("Nach ukrainischen Angaben sind vier Menschen getötet worden.", "de",
     [("ukrainischen Angaben", "Nach", "sind vier Menschen getötet worden")]),
    ("Bei dem Angriff sind nach offiziellen Angaben vier Menschen getötet worden.", "de",
     [("offiziellen Angaben", "nach", "Bei dem Angriff sind vier Menschen getötet worden")]),
    ("Nach langen Verhandlungen ist der Vertrag unterschrieben.", "de", []),
    # posting on a platform reports; a worry voiced by a light verb and its noun is a belief
    ("„Wir sind bereit“, twitterte Präsident Anna Weber.", "de",
     [("Präsident Anna Weber", "twitterte", "Wir sind bereit")]),
    ("Ministern twittrade att läget är allvarligt.", "sv", [("Ministern", "twittrade", "läget är allvarligt")]),
    ("Ministeren tweetede, at situationen er alvorlig.", "da",
     [("Ministeren", "tweetede", "situationen er alvorlig")]),
    ("Die Behörde äußerte die Befürchtung, dass weitere Opfer hinzukommen.", "de",
     [("Die Behörde", "äußerte die Befürchtung", "weitere Opfer hinzukommen")]),
    # an adverb inside a two-word cue
    ("Die Polizei sprach allerdings von rund 3000 Teilnehmern.", "de",
     [("Die Polizei", "sprach von", "rund 3000 Teilnehmern")]),
    ("Analytiker räknar dock med att räntan stiger.", "sv", [("Analytiker", "räknar dock med", "räntan stiger")]),
    # pictures and estimates show; a word after a preposition is a noun, no verb ending the subject
    ("Bilder fra stedet viser at en vogn har veltet.", "no",
     [("Bilder fra stedet", "viser", "en vogn har veltet")]),
    ("Billeder fra stedet viser, at en vogn er væltet.", "da",
     [("Billeder fra stedet", "viser", "en vogn er væltet")]),
    ("Beregninger fra forsvaret viser at tusen soldater er døde.", "no",
     [("Beregninger fra forsvaret", "viser", "tusen soldater er døde")]),
    # an estimate in the perfect reports a clause; the passive of a value does not
    ("Landets myndigheder har anslået, at tusind mennesker er berørt.", "da",
     [("Landets myndigheder", "anslået", "tusind mennesker er berørt")]),
    ("Forsvaret har anslått at tusen soldater er døde.", "no", [("Forsvaret", "anslått", "tusen soldater er døde")]),
    ("Skaden er anslået til to millioner kroner.", "da", []),
    ("Skadan är uppskattat till två miljoner.", "sv", []),
    # a naming participle before a quoted name quotes nobody
    ("Rundt tusen personer hadde meldt seg på arrangementet kalt «Fredsmarsjen» via Facebook.", "no", []),
    ("Borgmesteren kaldte forslaget for «en skandale».", "da",
     [("Borgmesteren", "kaldte", "forslaget for «en skandale»")]),
    # Konjunktiv II of "werden" continues reported speech; in a sentence after no report it is no report
    ("Der Sprecher sagte, die Stadt plane nichts. Man würde den Fall aber prüfen.", "de",
     [("Der Sprecher", "sagte", "die Stadt plane nichts"), ("Der Sprecher", None, "Man würde den Fall aber prüfen")]),
    ("Die Stadt plant nichts. Das würde zu viel kosten.", "de", []),
]


@pytest.mark.parametrize("text,lang,expected", CONSTRUCTIONS)
def test_constructions(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


SOURCE_TYPES = [
    ("De ukrainske forsvarsstyrker oplyser, at angrebet er slået tilbage.", "da", "official"),
    ("Ifølge landenes beredskabsmyndigheder er vejen åben.", "da", "official"),
    ("Ifølge de lokale myndighetene er veien åpen.", "no", "official"),
    ("Styrkene opplyser at angrepet er slått tilbake.", "no", "official"),
    ("Enligt myndigheterna är vägen öppen.", "sv", "official"),
    ("Das Militär teilte mit, der Angriff sei abgewehrt.", "de", "official"),
    ("Den Sicherheitskräften zufolge ist die Lage ruhig.", "de", "official"),
    ("Rusland oplyser, at angrebet er slået tilbage.", "da", "official"),
    ("Russland opplyser at angrepet er slått tilbake.", "no", "official"),
    ("Russland teilte mit, der Angriff sei abgewehrt.", "de", "official"),
    # an acronym is no part of a person's name, so a later mention stays an organisation
    ("Toget blev standset af DSB Fjern i morges.\n\nDSB oplyser, at togene kører igen.", "da", "organization"),
    ("Tåget stoppades av SJ Norrtåg i morse.\n\nSJ uppger att tågen går igen.", "sv", "organization"),
    ("Kari Nordmann opplyser at saken granskes.", "no", "person"),
    ("Nyhetsbyråets reporter på stedet sier at det er rolig.", "no", "person"),
    ("Et bilde viste at toget sto på grusen.", "no", "document"),
    # an authority writing on a platform is typed by itself; a person's post stays a platform's
    ("Politiet på Twitter melder at veien er åpen.", "no", "official"),
    ("Kommunen på Facebook skriver att skolan stängs.", "sv", "official"),
    ("Enligt ett inlägg på Facebook stängs skolan.", "sv", "social_media"),
]


@pytest.mark.parametrize("text,lang,typ", SOURCE_TYPES)
def test_source_types(text: str, lang: str, typ: str) -> None:
    assert [a.source_type for a in _attributions(text, lang)] == [typ]


@pytest.mark.parametrize("word,lang,typ", [
    ("myndigheter", "sv", "official"),          # a plural ending off: "myndighet"
    ("beredskabsmyndigheder", "da", "official"),  # a compound's ending, plural
    ("sicherheitskräften", "de", "official"),
    ("tale", "da", None),                       # too short a stem to read without its ending
])
def test_inflected_word_types(word: str, lang: str, typ: str | None) -> None:
    assert word_type(word, lang) == typ


def _sentences(text: str, lang: str) -> list[str]:
    toks = tokenize(text)
    ranges = [(q.open, q.close + 1) for q in find_quotes(text, 0, len(text))]
    return [text[toks[s].start:toks[e - 1].end] for s, e in split(text, toks, lang, ranges)]


@pytest.mark.parametrize("text,lang,n", [
    ("Die Zahl stieg auf 110. Die Behörde teilte mit, die Lage sei ruhig.", "de", 2),
    ("Die Zahl stieg auf 110. Er sagte, die Lage sei ruhig.", "de", 2),
    ("Die Versammlung findet am 19. Januar statt.", "de", 1),
    ("UD räknar med att tio svenskar finns där. ■ Vid elva kom nya rapporter.", "sv", 2),
])
def test_a_sentence_ends_after_a_number_before_an_article(text: str, lang: str, n: int) -> None:
    assert len(_sentences(text, lang)) == n


RELATIVES = [
    # a relative pronoun with a sentence adverb before the cue is the subject; it names what it refers to
    ("Det oplyser politiet, der samtidig bekræfter, at to er døde.", "da", ("der", "politiet", "official")),
    ("Det uppger polisen, som därmed bekräftar att två har dött.", "sv", ("som", "polisen", "official")),
    ("Beslutet välkomnas av kommunen, som skriver att det var väntat.", "sv", ("som", "kommunen", "official")),
    ("Das meldete die Polizei, die außerdem mitteilte, dass zwei Menschen starben.", "de",
     ("die", "die Polizei", "official")),
]


@pytest.mark.parametrize("text,lang,expected", RELATIVES)
def test_a_relative_with_an_adverb_is_the_subject(text: str, lang: str,
                                                  expected: tuple[str, str | None, str]) -> None:
    assert [(a.source, a.source_name, a.source_type) for a in _attributions(text, lang)] == [expected]
