"""Swedish, Norwegian, Danish and German shapes of real news (issue 10): appositions after an inverted
subject, hearsay frames after a fronted adverbial, a tag that restates the sentence before, sentence ends
after a number, and source types read from the name form and general word lists. Every sentence is written
for its test."""
from __future__ import annotations

import pytest

from enligt.analyze.attribution import attribute
from enligt.analyze.quotes import find_quotes
from enligt.analyze.sentences import split, tokenize
from enligt.analyze.wordtypes import word_type
from enligt.models import Article

from .conftest import Row, rows
from .conftest import attributions as _attributions

run = rows


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
    ("Analytiker räknar dock med att räntan stiger.", "sv", [("Analytiker", "räknar med", "räntan stiger")]),
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
    # a neuter definite noun in "-et" after an adjective is the head of the source, no past tense
    ("Det norske militæret opplyser at to soldater er savnet.", "no",
     [("Det norske militæret", "opplyser", "to soldater er savnet")]),
    ("To soldater er savnet, opplyser det svenske luftforsvaret.", "no",
     [("det svenske luftforsvaret", "opplyser", "To soldater er savnet")]),
    # an echo tag takes the speaker of the sentence before, else it has none; its preposition gives a source
    ("Ejeren fortalte, at ruden var knust. Muligvis var det en sten, lød det.", "da",
     [("Ejeren", "fortalte", "ruden var knust"), ("Ejeren", "lød det", "Muligvis var det en sten")]),
    ("Vejen er spærret. Muligvis er der flere skadede, lyder det.", "da",
     [(None, "lyder det", "Muligvis er der flere skadede")]),
    ("- Vi holder lukket, lyder det i en pressemeddelelse klokken 9.30.", "da",
     [("en pressemeddelelse", "lyder det", "Vi holder lukket")]),
    ("Vegen er stengd, lyder det frå kommunen.", "no", [("kommunen", "lyder det frå", "Vegen er stengd")]),
    # a place or an event before an impersonal cue is no source; a colon leaves the answer to the next paragraph
    ("På mødet lyder det, at skolen lukker.", "da", [(None, "lyder det", "skolen lukker")]),
    ("På spørgsmålet om skolen lyder det:", "da", []),
    # "visa sig" (turn out) reports nothing
    ("När vakterna kom in visade det sig att dörren var olåst.", "sv", []),
    ("Da vagterne kom, viste det sig, at døren var åben.", "da", []),
    ("Da vaktene kom, viste det seg at døren var åpen.", "no", []),
    # a fronted adverbial clause puts the cue second and its subject after it, with or without a comma
    ("När brandkåren kom fram sa Eva Lind att huset var tomt.", "sv", [("Eva Lind", "sa", "huset var tomt")]),
    ("Da brandvæsenet kom, sagde Eva Lind, at huset var tomt.", "da", [("Eva Lind", "sagde", "huset var tomt")]),
    ("Mens brannvesenet jobbet sa Eva Lind at huset var tomt.", "no", [("Eva Lind", "sa", "huset var tomt")]),
    ("Eftersom bron är stängd säger kommunen att bussarna tar en omväg.", "sv",
     [("kommunen", "säger", "bussarna tar en omväg")]),
    # a lone "da" is an adverb: the inverted subject follows the verb or the auxiliary
    ("Da sagde Eva Lind, at huset var tomt.", "da", [("Eva Lind", "sagde", "huset var tomt")]),
    ("Da har brandvæsenet oplyst, at huset var tomt.", "da", [("brandvæsenet", "oplyst", "huset var tomt")]),
    # the document an inverted subject wrote in is no part of it
    ("På onsdagen uppgav kommunen i ett pressmeddelande att skolan stängs.", "sv",
     [("kommunen", "uppgav", "skolan stängs")]),
    # "Det oplyser X." opening a paragraph covers the whole short paragraph before it, if no cue is in it
    ("Broen er lukket. Færgerne sejler ekstra.\n\nDet oplyser vejdirektoratet.", "da",
     [("vejdirektoratet", "oplyser", "Broen er lukket. Færgerne sejler ekstra")]),
    ("Bron är stängd. Färjorna går extra.\n\nDet uppger Trafikverket.", "sv",
     [("Trafikverket", "uppger", "Bron är stängd. Färjorna går extra")]),
    ("Broen er lukket. Færgerne sejler ekstra. Det oplyser vejdirektoratet.", "da",
     [("vejdirektoratet", "oplyser", "Færgerne sejler ekstra")]),
    ("Rederiet siger, at broen er lukket. Færgerne sejler ekstra.\n\nDet oplyser vejdirektoratet.", "da",
     [("Rederiet", "siger", "broen er lukket"), ("vejdirektoratet", "oplyser", "Færgerne sejler ekstra")]),
    # a reporting participle in the passive has no speaker; a belief in the passive reports nobody's words
    ("Ved mødet bliver det oplyst, at skolen lukker.", "da", [(None, "bliver det oplyst", "skolen lukker")]),
    ("Det er blevet oplyst, at skolen lukker.", "da", [(None, "er blevet oplyst", "skolen lukker")]),
    ("To fiskere ble i går meldt savnet.", "no", [(None, "meldt", "To fiskere ble i går meldt savnet")]),
    ("Det er meldt om at brua er stengt.", "no", [(None, "meldt om", "brua er stengt")]),
    ("Det blir frykta at brua er skadd.", "no", []),
    ("Det er meldt kraftig vind i kveld.", "no", []),
    ("Saken ble meldt til politiet.", "no", []),
    # nordic42: a tip cue before an infinitive is a directive, no tag of the clause before it
    ("Kampen ble avlyst, og supporterne får beskjed om å bli hjemme.", "no", []),
    ("Kampen er avlyst, har Nordlys fått beskjed om.", "no", [(None, "fått beskjed om", "Kampen er avlyst")]),
    # nordic42: a passive in a relative clause, then a comma and the next "at" of a list, reports nothing
    ("Feilen er at det ble lovet mye som aldri burde vært sagt, at ingen fulgte opp og at alt stoppet.", "no", []),
    # a hearsay perfect after a fronted source: the subject between the modal and "ha" speaks, via the source
    ("Enligt Sydposten ska vakten ha sagt att dörren var olåst.", "sv",
     [("Sydposten", "Enligt", "ska vakten ha sagt att dörren var olåst"), ("vakten", "sagt", "dörren var olåst")]),
    ("Enligt Sydposten ska vakten ha varit trött och sagt att dörren var olåst.", "sv",
     [("Sydposten", "Enligt", "ska vakten ha varit trött och sagt att dörren var olåst"),
      ("vakten", "sagt", "dörren var olåst")]),
    # phrasal "säga ja/nej" and "meddela dom" report nothing
    ("Nämnden sa nej till ansökan.", "sv", []),
    ("Hovrätten meddelade dom i målet i går.", "sv", []),
    # informing someone "om at": the one informed is a recipient; with no clause nothing is reported
    ("Kommunen informerer NRK om at skolen holder stengt.", "no",
     [("Kommunen", "informerer", "skolen holder stengt")]),
    ("Kommunen informerte foreldrene i går.", "no", []),
    # raising the alarm about a clause reports it; about a thing it does not
    ("Grannar larmade om att det brann i källaren.", "sv", [("Grannar", "larmade om", "det brann i källaren")]),
    ("Grannar larmade om en brand.", "sv", []),
    # plural findings are documents that show
    ("Foreløbige målinger viste, at vandet var forurenet.", "da",
     [("Foreløbige målinger", "viste", "vandet var forurenet")]),
    # a role's organisation and the name in apposition after it belong to the speaker after the cue
    ("Brua er stengt, sier vakthavende i Nord politidistrikt, Siri Dahl, til avisen.", "no",
     [("vakthavende i Nord politidistrikt, Siri Dahl", "sier", "Brua er stengt")]),
    # a name in apposition after "Det siger X" is the speaker's name; the medium after it a via
    ("Broen er lukket. Det siger den lokale borgmester, Siri Dahl, til DR.", "da",
     [("den lokale borgmester", "siger", "Broen er lukket")]),
    # "Sådan/Slik/Så" before a cue with no clause after it points back at the sentence before, as "Det" does
    ("Vi er lettede. Sådan lyder det fra Eva Lind.", "da", [("Eva Lind", "lyder det fra", "Vi er lettede")]),
    ("Vi er lettet. Slik sier Eva Lind til NRK.", "no", [("Eva Lind", "sier", "Vi er lettet")]),
    ("Vi är lättade. Så skriver Eva Lind på Facebook.", "sv", [("Eva Lind", "skriver", "Vi är lättade")]),
    ("Så sa Eva Lind att hon var lättad.", "sv", [("Eva Lind", "sa", "hon var lättad")]),
    # a tagless dash quote that a back-pointing tag attributes is that record only
    ("Politiet siger, at vejen er spærret.\n\n- Vi er lettede.\n\nSådan lyder det fra Eva Lind.", "da",
     [("Politiet", "siger", "vejen er spærret"), ("Eva Lind", "lyder det fra", "Vi er lettede")]),
    # "Af X fremgår det, at C": C
    ("Af rapporten fremgår det, at broen var utæt.", "da", [("rapporten", "fremgår", "broen var utæt")]),
    ("Av rapporten framgår det att bron var otät.", "sv", [("rapporten", "framgår", "bron var otät")]),
    # reporting verbs and participles of each language
    ("Anklageren påstod, at tiltalte løj.", "da", [("Anklageren", "påstod", "tiltalte løj")]),
    ("Hun har tidligere udtalt, at hun stopper.", "da", [("Hun", "udtalt", "hun stopper")]),
    ("Politiet har opplyst at veien er stengt.", "no", [("Politiet", "opplyst", "veien er stengt")]),
    ("Hon tycker att beslutet är fel.", "sv", [("Hon", "tycker", "beslutet är fel")]),
    ("Landet erklærede krig.", "da", []),
    # a relative clause ending in a stranded preposition is part of the speaker
    ("Grannar som tidningen talat med berättar att det brann länge.", "sv",
     [("Grannar som tidningen talat med", "berättar", "det brann länge")]),
    # an existential report: the reports are the source; with no clause there is no claim
    ("Det finns uppgifter om att bron är stängd.", "sv", [("uppgifter", "finns uppgifter om", "bron är stängd")]),
    ("Der er meldinger om, at broen er lukket.", "da", [(None, "meldinger om", "broen er lukket")]),  # (da42: no source)
    ("Det finns uppgifter om förseningar.", "sv", []),
    # "som sagt" (as said) is an adverb; in a relative clause before "att" it reports
    ("Som sagt blir det dyrt.", "sv", []),
    ("Som sagt bliver det dyrt.", "da", []),
    ("Mannen, som sagt att han är oskyldig, släpptes.", "sv", [("som", "sagt", "han är oskyldig")]),
    # a past form used as an adjective before its noun reports nothing
    ("Den befarade stormen uteblev.", "sv", []),
    ("Antallet af bekræftede tilfælde stiger.", "da", []),
    ("Talet på bekrefta tilfelle aukar.", "no", []),
    # a quotation left open at its paragraph's end is spoken by whoever closes it in the next paragraph
    ("Rådet siger, at broen lukker.\n\n»Vi beklager.\n\nVi åbner snart igen,« siger Eva Lind.", "da",
     [("Rådet", "siger", "broen lukker"), ("Eva Lind", None, "Vi beklager"), ("Eva Lind", "siger", "Vi åbner snart igen")]),
    ("”Vi beklagar.\n\n”Vi öppnar snart igen”, säger Eva Lind.", "sv",
     [("Eva Lind", None, "Vi beklagar"), ("Eva Lind", "säger", "Vi öppnar snart igen")]),
    # "X melder det samme": the claim of the sentence before, again
    ("Vitner forteller at det brant. Lokale medier melder det samme.", "no",
     [("Vitner", "forteller", "det brant"), ("Lokale medier", "melder", "det brant")]),
    ("Vittnen säger att det brann. Polisen säger detsamma.", "sv",
     [("Vittnen", "säger", "det brann"), ("Polisen", "säger", "det brann")]),
    # a shared compound part before "og"/"&" stays in the subject
    ("Politiet i Nord- og Midtjylland oplyser, at broen er lukket.", "da",
     [("Politiet i Nord- og Midtjylland", "oplyser", "broen er lukket")]),
    ("Politiet i Nord- & Midtjylland oplyser, at broen er lukket.", "da",
     [("Politiet i Nord- & Midtjylland", "oplyser", "broen er lukket")]),
    # assuming before a clause reports a belief; departing from a place does not
    ("Rederiet går ud fra, at færgen sejler igen.", "da", [("Rederiet", "går ud fra", "færgen sejler igen")]),
    ("Färjan utgår från Ystad.", "sv", []),
    ("Kommunen har utlovat nya bussar.", "sv", [("Kommunen", "utlovat", "nya bussar")]),
    # a noun complement ends at a coordinated verb phrase; a clause does not
    ("Kommunen har utlovat nya bussar och har anställt fler förare.", "sv", [("Kommunen", "utlovat", "nya bussar")]),
    ("Kommunen uppger att bussarna är nya och har testats.", "sv",
     [("Kommunen", "uppger", "bussarna är nya och har testats")]),
    # a weekday between the cue and its recipient: the content is still the clause after "at"
    ("Butikkens ejer, Niels Vang, fortalte lørdag til avisen, at ruden var knust.", "da",
     [("Butikkens ejer", "fortalte", "ruden var knust")]),
]


@pytest.mark.parametrize("text,lang,expected", CONSTRUCTIONS)
def test_constructions(text: str, lang: str, expected: list[Row]) -> None:
    assert run(text, lang) == expected


def test_an_embedded_post_is_its_signatures_author() -> None:
    text = "Vegvesenet melder at brua er stengt.\n\nBrua er stengt. Bruk ferja.\n\n— Vegtrafikksentralen (@vtsvest) 3. mai 2021"
    assert run(text, "no") == [("Vegvesenet", "melder", "brua er stengt"),
                               ("Vegtrafikksentralen", None, "Brua er stengt. Bruk ferja")]


def test_a_quotation_opened_by_its_own_source_is_one_record() -> None:
    assert run("- Beredskabsstyrelsen oplyser, at broen er lukket, skriver Beredskabsstyrelsen.", "da") == [
        ("Beredskabsstyrelsen", "skriver", "Beredskabsstyrelsen oplyser, at broen er lukket")]


@pytest.mark.parametrize("text,lang,via", [
    # a recipient after an adverbial of the tag, and an abbreviated outlet whose full stop closes it
    ("Broen er lukket, udtaler borgmesteren i en skriftlig kommentar til DR.", "da", ("DR",)),
    ("Advokaten oplyser til B.T., at klienten er løsladt.", "da", ("B.T",)),
    ("Bron är stängd. Det bekräftar polisen i Malmö för Sydsvenskan.", "sv", ("Sydsvenskan",)),
    ("Bron är stängd, uppger Eva Lind, presstalesperson vid polisen, för Sydsvenskan.", "sv", ("Sydsvenskan",)),
    # the medium that held an interview relays like one told
    ("Bron är stängd, säger Eva Lind i en intervju med SVT.", "sv", ("SVT",)),
    ("Eva Lind säger i en intervju med SVT att bron är stängd.", "sv", ("SVT",)),
    ("Bron är stängd, säger Eva Lind i ett samtal med sin advokat.", "sv", ()),
])
def test_recipients_in_tags(text: str, lang: str, via: tuple[str, ...]) -> None:
    (a,) = _attributions(text, lang)
    assert a.via == via and not a.content.startswith(".")


def test_a_role_in_apposition_introduces_its_name() -> None:
    text = ("»Sagen er alvorlig,« siger direktør Niels Holm.\n\nChefinspektør i politiet, Søren Berg, reagerer:\n\n"
            "»Vi er rystede,« siger han.")
    assert [a.source_name for a in _attributions(text, "da")] == ["Niels Holm", "Søren Berg"]


@pytest.mark.parametrize("text,lang,via", [
    # unbylined copy that names its wire ("NTB" on a line of its own) is the home wire's: another wire told
    # is a relay, the home wire is not
    ("Vitner forteller til Reuters at det brant.", "no", ("Reuters",)),
    ("Vitner forteller til NTB at det brant.", "no", ()),
    ("Vittnen säger till AFP att det brann.", "sv", ("AFP",)),
    ("Vidner fortæller til Ritzau, at det brændte.", "da", ()),
])
def test_the_home_wire_is_no_via(text: str, lang: str, via: tuple[str, ...]) -> None:
    wire = {"sv": "TT", "no": "NTB", "da": "Ritzau"}[lang]
    (a,) = attribute(Article(title=None, body=(text,), language=lang, boilerplate=(wire,)))
    assert a.via == via


def test_an_adjective_before_a_bare_noun_is_no_anaphor() -> None:
    text = "Kanalen NRK melder at det brant. Lokale medier melder det samme."
    assert [a.source_name for a in _attributions(text, "no")][1] is None


def test_a_verb_first_tag_takes_a_role_at_a_body_and_the_whole_short_paragraph_before() -> None:
    text = "En mand er anholdt efter en brand i Vejby. To er kørt på hospitalet.\n\n" \
           "Det oplyser vagtchef ved Fyns Politi Peter Lund til Ritzau."
    (a,) = _attributions(text, "da")
    assert (a.source, a.source_name, a.content) == (
        "vagtchef ved Fyns Politi Peter Lund", "Peter Lund",
        "En mand er anholdt efter en brand i Vejby. To er kørt på hospitalet")


def test_a_sourced_hearsay_claim_inside_a_quotation_nests() -> None:
    text = "– Det finns uppgifter om att dörren ska ha stått öppen, säger Per Ek till Sydposten."
    inner = [a for a in _attributions(text, "sv") if a.source == "uppgifter"]
    assert [(a.content, a.via) for a in inner] == [("dörren ska ha stått öppen", ("Per Ek", "Sydposten"))]


def test_a_coordinated_cue_inside_a_quotation_has_the_clauses_subject() -> None:
    inner = _attributions("»Han lo og sagde, at døren var låst,« siger Eva Lind.", "da")[1]
    assert (inner.source, inner.content, inner.via) == ("Han", "døren var låst", ("Eva Lind",))


def test_a_claim_inside_a_quotation_ends_with_its_sentence() -> None:
    inner = _attributions("»Han sagde, at døren var låst. Så gik han,« siger Eva Lind.", "da")[1]
    assert inner.content == "døren var låst"


def test_an_apposed_name_after_a_verb_first_tag_names_the_speaker() -> None:
    (a,) = _attributions("Broen er lukket. Det siger den lokale borgmester, Siri Dahl, til DR.", "da")
    assert (a.source_name, a.via) == ("Siri Dahl", ("DR",))


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
    # witnesses and owners are people, a release is a document, a bare-form hospital an organisation
    ("Vitner forteller at det smalt to ganger.", "no", "person"),
    ("Øjenvidner fortæller, at det bragede to gange.", "da", "person"),
    ("Ejeren fortæller, at ruden var knust.", "da", "person"),
    ("Ruden var knust, lyder det i en pressemeddelelse.", "da", "document"),
    ("Berga sjukhus uppger att två är skadade.", "sv", "organization"),
    ("Naboer fortæller, at det brændte længe.", "da", "person"),
    ("Vegen er stengd, seier dei lokale styresmaktene.", "no", "official"),
    # bare "uppgifter" are nobody's; owned ones are a document
    ("Enligt obekräftade uppgifter är bron stängd.", "sv", "unnamed"),
    ("Trafikverkets uppgifter visar att bron är stängd.", "sv", "document"),
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
