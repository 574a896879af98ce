"""The words of a report's own clause around its content, in one sentence ("Amnesty said on Monday that …", "The
paper cited in March officials who estimated that …"): they date and place the report, not the counted events, so the
number stage reads them as it reads a source (`quantities.count`)."""
from __future__ import annotations

import re
from typing import Final

from enligt.analyze.outputs import make_span
from enligt.models import Attribution, Span

REPORT_ZONE: Final = 60  # characters: the longest stretch between a source or cue and its content read as the report's


def report_zone(a: Attribution, text: str) -> Span | None:
    """The words between the source and cue of a report and its content ("Amnesty said on Monday
    that …") in one sentence: they date and place the report, not the counted events."""
    src, cue, c = a.source_span, a.cue_span, a.content_span
    if src is None and cue is None:
        return None
    last = max(src.end if src else -1, cue.end if cue else -1)
    first = min(src.start if src else last, cue.start if cue else last)
    if last <= c.start and c.start - last <= REPORT_ZONE:
        zone = make_span(last, c.start)
    elif first >= c.end and first - c.end <= REPORT_ZONE:
        zone = make_span(c.end, first)
    else:
        return None
    return None if _STOP.search(text, zone.start, zone.end) else zone


_STOP: Final = re.compile(r"[.!?]\s")


def relay_zone(a: Attribution, text: str, others: tuple[Attribution, ...]) -> Span | None:
    """The words of a relay's clause before a relayed report's source in its sentence ("The paper cited in August
    officials who estimated that …", its `via`): they date and place the relay's report, not the counted events.
    None when another record's content holds them ("Politiet anslår at 2000 deltok, mens arrangørene mener at …": a
    claim nested in a report, whose words before it are that report's claim)."""
    src, c = a.source_span, a.content_span
    if not a.via or src is None or src.end > c.start:
        return None
    reach = src.start - 2 * REPORT_ZONE
    stops = [m.end() for m in _STOP.finditer(text, max(0, reach), src.start)]
    begin = max(text.rfind("\n", 0, src.start) + 1, stops[-1] if stops else 0)
    if begin < reach or begin >= src.start or any(
            o is not a and o.content_span.start < src.start and o.content_span.end > begin for o in others):
        return None
    return make_span(begin, src.start)
