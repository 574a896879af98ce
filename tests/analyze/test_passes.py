"""The attribution passes in isolation (analyze/passes.py, reader.cut_at_tags): each takes drafts and
returns a new list, leaving the drafts it was given as they were."""
from __future__ import annotations

from dataclasses import FrozenInstanceError, replace

import pytest

from enligt.analyze.backrelay import relay_back_reports
from enligt.analyze.colonbound import cut_at_colon
from enligt.analyze.contentless import drop_contentless
from enligt.analyze.continuing import continuations
from enligt.analyze.contnest import nest_in_continuations
from enligt.analyze.coordcues import join_coordinated_cues
from enligt.analyze.criticism import drop_criticism_senses
from enligt.analyze.cues import lexicon
from enligt.analyze.framecite import retarget_frame_citations
from enligt.analyze.interviewq import drop_interview_questions
from enligt.analyze.othersenses import drop_other_senses
from enligt.analyze.ownlearning import own_learning_unsourced
from enligt.analyze.passes import (
    PASSES,
    drop_echoed_beliefs,
    drop_restated,
    join_follows,
    merge_hearsay,
    nest,
    strip_tag_verb,
)
from enligt.analyze.reader import cut_at_tags
from enligt.analyze.records import Ctx, Draft, replaced
from enligt.analyze.refusals import drop_refusals
from enligt.analyze.relsource import cut_relative_source
from enligt.analyze.repeats import drop_repeated
from enligt.analyze.sentences import tokenize
from enligt.analyze.sourcecredit import credit_relays
from enligt.analyze.timesource import drop_time_sources
from enligt.analyze.titlecut import cut_title_tail
from enligt.analyze.unfit import drop_unfit
from enligt.analyze.via import ViaContext
from enligt.errors import InternalError


def _ctx(text: str, lang: str = "en", own: frozenset[str] = frozenset()) -> Ctx:
    return Ctx(text, lang, lexicon(lang), ViaContext(own))


def _at(text: str, words: str) -> tuple[int, int]:
    a = text.index(words)
    return a, a + len(words)


def _draft(text: str, content: str, cue: str | None, source: str = "", **kw: object) -> Draft:
    toks = tuple(tokenize(text, *_at(text, source))) if source else ()
    return Draft((_at(text, content),), _at(text, cue) if cue else None, cue, toks, **kw)  # type: ignore[arg-type]


TEXT = "The mayor said the bridge was reportedly closed by the army. The army said it was safe."

MERGE: list[tuple[Draft, list[tuple[str | None, bool, tuple[str, ...]]]]] = [
    # a marker in a small part of a larger sourced content: its own record, via the outer source
    (_draft(TEXT, "closed by the army", "reportedly", hearsay=True),
     [("The mayor", False, ()), (None, True, ("The mayor",))]),
    # a marker whose clause is (nearly) the whole sourced content: one record, the sourced one, marked hearsay
    (_draft(TEXT, "the bridge was reportedly closed by the army", "reportedly", hearsay=True),
     [("The mayor", True, ())]),
]


@pytest.mark.parametrize(("rumour", "expected"), MERGE, ids=["inside", "same clause"])
def test_merge_hearsay(rumour: Draft, expected: list[tuple[str | None, bool, tuple[str, ...]]]) -> None:
    sourced = _draft(TEXT, "the bridge was reportedly closed by the army", "said", "The mayor", name="The mayor")
    drafts = [sourced, rumour]
    out = merge_hearsay(_ctx(TEXT), drafts)
    assert [(d.source_text(), d.hearsay, d.via) for d in out] == expected
    assert drafts == [sourced, rumour] and not sourced.hearsay  # the input is left as it was


NEST = "The mayor said the army told Reuters the bridge was closed."


@pytest.mark.parametrize(("own", "via"), [
    (frozenset(), ("Reuters", "The mayor")),  # the medium told, then the outer source
    (frozenset({"reuters"}), ("The mayor",)),  # on Reuters' own page, Reuters is no via
])
def test_nest_gives_the_outer_source_as_via(own: frozenset[str], via: tuple[str, ...]) -> None:
    outer = _draft(NEST, "the army told Reuters the bridge was closed", "said", "The mayor", name="The mayor")
    inner = _draft(NEST, "the bridge was closed", "told", "the army", via=("Reuters",))
    out = nest(_ctx(NEST, own=own), [outer, inner])
    assert [d.via for d in out] == [(), via]
    assert inner.via == ("Reuters",)


QUOTES = "“We will rebuild,” the mayor said.\n\n“It will take a year.”\n\n“Nobody knows.”"


@pytest.mark.parametrize(("blocks", "expected"), [
    ((1, 2), ["the mayor", "the mayor", "the mayor"]),  # a tagless quote takes the speaker, and so does the next
    ((4, 5), ["the mayor"]),  # too far from any speaker: dropped
])
def test_continuations(blocks: tuple[int, int], expected: list[str]) -> None:
    said = _draft(QUOTES, "We will rebuild", "said", "the mayor", name="the mayor", type="person", direct=True)
    first = _draft(QUOTES, "It will take a year.", None, block=blocks[0], direct=True, continuation=True)
    second = _draft(QUOTES, "Nobody knows.", None, block=blocks[1], direct=True, continuation=True)
    out = continuations(_ctx(QUOTES), [said, first, second])
    assert [d.name for d in out] == expected
    assert all(d.type == "person" for d in out)
    assert first.source == () and first.name is None


CUT = "The army says the bridge is closed, Reuters reported."


def test_cut_at_tags_ends_a_content_where_another_records_tag_starts() -> None:
    reported = _draft(CUT, "The army says the bridge is closed", "reported", "Reuters")
    says = _draft(CUT, "the bridge is closed, Reuters reported", "says", "The army")
    out = cut_at_tags([reported, says])
    assert out[0] is reported
    assert CUT[out[1].start:out[1].end] == "the bridge is closed"
    assert CUT[says.start:says.end] == "the bridge is closed, Reuters reported"


def test_the_passes_run_in_order() -> None:
    assert PASSES == (drop_contentless, drop_unfit, cut_at_colon, cut_relative_source, drop_time_sources, cut_title_tail, strip_tag_verb,
                      join_coordinated_cues, drop_interview_questions, own_learning_unsourced, join_follows,
                      drop_echoed_beliefs, drop_restated, retarget_frame_citations,
                      merge_hearsay, nest, continuations, nest_in_continuations, relay_back_reports, credit_relays,
                      drop_refusals,
                      drop_other_senses, drop_criticism_senses, drop_repeated)


def test_resolved_is_replace_spelt_out() -> None:
    d = _draft(TEXT, "the bridge was reportedly closed", "said", "The mayor", tail="x", direct=True, via=("TT",))
    src = tuple(tokenize(TEXT, *_at(TEXT, "mayor")))
    assert d.resolved(src, "Anna", "person", 3, True) == replace(d, source=src, name="Anna", type="person", block=3,
                                                                 in_title=True)


@pytest.mark.parametrize("changes", [
    {}, {"via": ("AP", "TT")}, {"hearsay": True}, {"parts": ((0, 3), (5, 9))}, {"cue": None, "cue_text": None},
    {"continuation": True, "name": "Anna", "type": "person"}, {"mixed": True, "follows": True, "answer": True},
    {"antecedent": (), "tail": "som vill vara anonym", "block": 4, "direct": False, "in_title": True, "source": ()},
])
def test_replaced_is_replace(changes: dict[str, object]) -> None:
    d = _draft(TEXT, "the bridge was reportedly closed", "said", "The mayor", tail="x", direct=True, via=("TT",))
    assert replaced(d, **changes) == replace(d, **changes)


def test_replaced_refuses_an_unknown_field() -> None:
    d = _draft(TEXT, "the bridge was reportedly closed", "said", "The mayor")
    with pytest.raises(InternalError):
        replaced(d, speaker="Anna")


def test_a_draft_is_frozen() -> None:
    d = _draft(TEXT, "the bridge was reportedly closed", "said", "The mayor")
    with pytest.raises(FrozenInstanceError):
        d.name = "Anna"  # type: ignore[misc]


FOLLOW = "Near the harbour, “we are tired,” one guard said. “Nobody listens to us.” The mayor said nothing."
FOLLOW2 = "“We are tired,” one guard said at the gate. The gates opened at noon. “Nobody listens to us.”"


@pytest.mark.parametrize(
    ("text", "tag", "joined"),
    [
        (FOLLOW, _draft(FOLLOW, "Near the harbour, “we are tired,”", "said", "one guard"), True),  # only the tag between
        (FOLLOW2, _draft(FOLLOW2, "We are tired", "said", "one guard"), False),  # another sentence between
    ],
    ids=["tag-only", "sentence-between"],
)
def test_a_tagless_quote_joins_the_record_before_it(text: str, tag: Draft, joined: bool) -> None:
    ctx = _ctx(text)
    follow = _draft(text, "Nobody listens to us.", None, direct=True, continuation=True, follows=True)
    out = join_follows(ctx, [tag, follow])
    if joined:
        assert len(out) == 1 and out[0].parts == (*tag.parts, follow.parts[0]) and out[0].mixed
    else:
        assert out == [tag]
    assert len(tag.parts) == 1  # the draft given is left as it was


BELIEF = "Most voters say they believe the tax is unfair."


def test_a_belief_echoing_the_speaker_of_a_report_is_dropped() -> None:
    ctx = _ctx(BELIEF)
    outer = _draft(BELIEF, "they believe the tax is unfair", "say", "Most voters")
    inner = _draft(BELIEF, "the tax is unfair", "believe", "they")
    assert drop_echoed_beliefs(ctx, [outer, inner]) == [outer]
    other = _draft(BELIEF, "the tax is unfair", "say", "Most voters")  # no belief: kept
    assert drop_echoed_beliefs(ctx, [outer, other]) == [outer, other]
