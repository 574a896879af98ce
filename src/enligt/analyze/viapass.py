"""The vias a record has of its own as `passes.nest` starts: a medium told to a cue coordinated after another
("confirmed it to Reuters and said C"), and the page's own outlet inferred from the media it interviewed; and
a report inside a quotation cut at the quotation's end, before its tag, so that it nests."""
from __future__ import annotations

from functools import cache
from typing import Final

from enligt.analyze.continuing import speaker_name
from enligt.analyze.cues import lexicon
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.via import ViaContext, coordinated_told, listed_title, media_name
from enligt.analyze.wordtypes import word_type
from enligt.lang import all_function_words, words
from enligt.lang.gazetteers import is_masthead, is_site_address, outlet_names


def own_vias(ctx: Ctx, ordered: list[Draft]) -> tuple[list[tuple[str, ...]], ViaContext]:
    """Each record's own vias (records in text order) and the via context with any inferred own outlet."""
    vias = coordinated_told(ctx.text, ctx.lang, [(d.source[0].start if d.source and d.source[0].end else -1,
                                                  *(d.cue or (-1, -1)), d.via) for d in ordered])
    if ctx.via.outlet_known or any(d.type == "media" and d.cue for d in ordered):
        return vias, ctx.via  # `told_own` infers an outlet only for a page that names none, and that cites no
        # medium as a reporter ("rapporterade X.se", "ifølge VG"): a page retelling others' reporting retells
        # their interviews too ("säger Y till DN": DN a via), as `structure.told` reads the outlet
    reporters = frozenset(w.lower() for d in ordered for w in (d.name, d.source_text()) if w)
    told = [(d.cue[0] if d.cue else d.start, d.via) for d in ordered]
    low = ctx.text.lower()
    relayed = frozenset(v.lower() for d in ordered for v in d.via if _cited(low, ctx.lang, v))
    return vias, told_own(ctx.via, told, reporters | relayed, ctx.text)


OWN_TOLD: Final = 2  # sentences: a medium told this often on a page with no outlet of its own is that page's


def told_own(ctx: ViaContext, told: list[tuple[int, tuple[str, ...]]], reporters: frozenset[str],
             text: str) -> ViaContext:
    """`ctx` with the page's own outlet inferred when the page names none: a news medium told something in
    `OWN_TOLD` sentences or more (`told`: each record's cue position and its own vias: "sier X til VG", "sa Y til
    VG") and never cited as a reporter (`reporters`, lower-cased sources: "skriver VG", "ifølge VG") is the paper
    that did the interviews, when `text` also names it so often (not "til TV 2 … til mediet": another medium's
    interview). A wire or agency is left to `context` (its copy names it elsewhere)."""
    if ctx.outlet_known:
        return ctx
    seen: dict[str, set[int]] = {}
    names: dict[str, str] = {}
    for pos, vias in told:
        for v in vias:
            if _is_medium(v):
                seen.setdefault(v.lower(), set()).add(pos)
                names[v.lower()] = v
    own = {m for m, at in seen.items() if len(at) >= OWN_TOLD and m not in reporters and m not in _agencies()
           and text.count(_as_written(names[m])) >= OWN_TOLD}
    return ViaContext(ctx.own | own, ctx.outlet_known) if own else ctx


def _as_written(name: str) -> str:
    """A medium's name as the text may write it: without the article `nominative_title` gave it ("Der Spiegel" ->
    "Spiegel", as in "dem Spiegel")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in all_function_words("definite_article") and name.lower() in outlet_names() \
        else name


def _is_medium(name: str) -> bool:
    """A news medium by its name alone: a listed outlet, a masthead ("Bygdens Nyheter"), a site's address."""
    return name.lower() in outlet_names() or is_masthead(name) or is_site_address(name)


@cache
def _agencies() -> frozenset[str]:
    """News agencies and wire services, lower-cased once (lang/agencies.txt, wires.txt)."""
    return frozenset(a.lower() for name in ("agencies", "wires") for a in words(None, name))


def _cited(low: str, lang: str, medium: str) -> bool:
    """Whether the lower-cased text `low` names `medium` after a one-source preposition ("… säger X enligt BBC"):
    a paper does not write "according to" itself, so the medium is another's, never the page's own."""
    return any(f"{' '.join(p)} {medium.lower()}" in low for p in _one_source_preps(lang))


@cache
def _one_source_preps(lang: str) -> tuple[tuple[str, ...], ...]:
    """The language's prepositional cues before their source ("enligt", "ifølge", "according to", "laut")."""
    return tuple(p for rows in lexicon(lang).prep.values() for p, pos in rows if pos == "pre")


def cut_at_tag(drafts: list[Draft]) -> tuple[list[Draft], list[Draft]]:
    """`drafts` as given and in text order, a report in the last sentence of a quotation ("– S1. Mannskapet informerte
    oss om at C, opplyste X.") cut where the quotation ends: its content ran on over the quotation's tag
    (", opplyste X"), read as a sentence of its own, and so was no part of X's words (no via X)."""
    ordered = sorted(drafts, key=lambda d: d.start)
    cut: dict[int, Draft] = {}
    for i, n in enumerate(ordered):
        if n.cue is None or n.direct or len(n.parts) != 1:
            continue
        for o in ordered[max(0, i - TAG_NEAR):i]:
            if o.direct and o.cue and o.start < n.cue[0] < o.end <= o.cue[0] < n.end \
                    and o.cue[0] - o.end <= TAG_GAP and o.end > n.start:
                cut[id(n)] = ordered[i] = replaced(n, parts=((n.start, o.end),))
                break
    return ([cut.get(id(d), d) for d in drafts] if cut else drafts), ordered


TAG_NEAR: Final = 4  # records before a report searched for the quotation around it
TAG_GAP: Final = 4  # characters between a quotation's end and its tag's cue (", " or ",« ")


def relay_name(ctx: Ctx, outer: Draft) -> str:
    """The name an outer record's speaker goes by as the via of a claim nested in it: a news medium by its name
    alone, without its description ("Die französische Nachrichtenagentur AFP" -> AFP, "Xinhua news agency" ->
    Xinhua), as a medium told is named; any other speaker as `speaker_name` gives it."""
    if outer.type == "media" and outer.source and (named := media_name(list(outer.source), ctx.lex)):
        if outer.name and " " not in named and word_type(named.lower(), ctx.lang) == "media":
            return outer.name  # "Avisen hevder …" after "Varden melder": the paper named, not its kind
        return listed_title(named, ctx.lex)
    return speaker_name(outer)

