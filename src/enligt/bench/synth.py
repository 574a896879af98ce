"""Generated news pages for benchmarks: varied, deterministic, written here (no corpus text).

Each page is a plain-text crawl dump with furniture, a byline, dates, a caption, quotes and
attributed figures, in Swedish or English, so that every stage of the pipeline does real work.
"""
from __future__ import annotations

import random
from collections.abc import Iterator

_SV = """Nyhetsdagen
Nyheter  Sverige  Världen  Ekonomi
{place}: {n1} soldater har dödats i striderna

Striderna kring {place} fortsatte under {day}en, enligt {src1}. Flera byar ska ha evakuerats.

Räddningsarbetare i {place}.Området har varit utsatt för beskjutning.Foto: {photog}/TT
Av {author}
Publicerad {d} mars 2023 kl. 08.{mm} · Uppdaterad {d} mars 2023 kl. 1{h}.05

Enligt {src1} har {n1} soldater dödats sedan i fredags. {src2} uppger att omkring {n2} soldater har dödats.
ANNONS
– Vi hör explosioner hela natten och ingen vet vad som händer, säger {person}, som bor i {place}.

Hon berättar att familjen har sovit i källaren i tre dygn.

Läget i staden

{outlet2} skriver att minst {n3} personer har skadats. Uppgifterna har inte kunnat bekräftas.

Läs också:
Så påverkas elpriset av kylan
Ny rapport om skogsbränderna

Prenumerera på vårt nyhetsbrev
"""

_EN = """THE DAILY LEDGER
World  Politics  Business  Opinion
{n1} soldiers killed near {place}, officials say

Fighting around {place} intensified on {day}, {src1} said, in what analysts described as the heaviest clashes in months.

Rescue workers in {place}. The area has been shelled for weeks. Photo: {photog}/Reuters
By {author}
Published {d} March 2023 8:{mm} AM EST
Updated {d} March 2023 1{h}:05 PM EST

{src1} said {n1} soldiers had been killed since Friday. According to {src2}, about {n2} soldiers were killed.
Advertisement
"We hear explosions all night and nobody knows what is happening," said {person}, who lives in {place}.

She said her family had slept in the basement for three days.

The situation in the city

{outlet2} reported that at least {n3} people were wounded. The figures could not be independently verified.

Related
How the cold snap drives up power prices
New report on forest fires

Sign up for our newsletter
"""

_PLACES = ["Kramatorsk", "Bachmut", "Odesa", "Cherson", "Avdijivka", "Sumy", "Charkiv", "Pokrovsk"]
_PEOPLE = ["Anna Kovalenko", "Olena Shevtjenko", "Maria Bondar", "Iryna Melnyk", "Natalia Lysenko"]
_AUTHORS = ["Karin Ek", "Johan Berg", "Sara Lind", "Peter Holm", "Emma Dahl", "Lars Norén"]
_SV_SRC = [("ukrainska källor", "Ryska försvarsministeriet"), ("den ukrainska armén", "Ryska källor"),
           ("regionala myndigheter", "Kreml")]
_EN_SRC = [("Ukrainian officials", "Russian sources"), ("the Ukrainian army", "the Kremlin"),
           ("the regional governor", "Russia's Defense Ministry")]


def synthetic_page(i: int, *, seed: int = 0) -> tuple[str, str]:
    """The i-th generated page as (name, text); half Swedish, half English."""
    rnd = random.Random(seed * 1_000_003 + i)
    sv = i % 2 == 0
    src1, src2 = rnd.choice(_SV_SRC if sv else _EN_SRC)
    n1 = rnd.randint(50, 9000)
    fields = {
        "place": rnd.choice(_PLACES), "n1": f"{n1:,}".replace(",", " " if sv else ","),
        "n2": rnd.randint(10, 900) * 10, "n3": rnd.randint(2, 300), "day": "måndag" if sv else "Monday",
        "src1": src1, "src2": src2[0].upper() + src2[1:], "person": rnd.choice(_PEOPLE),
        "author": rnd.choice(_AUTHORS), "photog": rnd.choice(_AUTHORS), "d": rnd.randint(1, 28),
        "mm": f"{rnd.randint(0, 59):02d}", "h": rnd.randint(0, 9),
        "outlet2": "Tidningen Kyiv Post" if sv else "The Kyiv Post",
    }
    text = (_SV if sv else _EN).format(**fields)
    return f"synthetic-{i:06d}-{'sv' if sv else 'en'}.txt", text


def synthetic_pages(n: int, *, seed: int = 0) -> Iterator[tuple[str, str]]:
    for i in range(n):
        yield synthetic_page(i, seed=seed)
