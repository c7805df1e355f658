"""Overlap resolution, one named strategy: "redaction wins, longest names the span".

1. A detector finding (NER, lexicon rules, dates) wholly covered by registry
   findings (people, public people, terms, pseudonyms, tags) is dropped: the
   registry knows better ("Путин" registered public stays kept).
2. Overlapping findings that redact are merged into one span covering all of
   them; the longest member names it (ties: registry before patterns before
   names), so no part of any of them survives.
3. A finding that keeps is dropped where it overlaps a redacting one; the rest
   are resolved leftmost-longest.
Adjacent mentions of one person ("Алексея Викторовича Горшенина") and the
initials around them ("А. В. Горшенин") become one mention first.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from intake.redact import forms_ru
from intake.redact.findings import (
    AMBIGUOUS,
    BIRTH_DATE,
    CALL_SIGN,
    CARD,
    DEVICE_ID,
    EMAIL,
    HANDLE,
    ID_NUMBER,
    NAME,
    ORGANISATION,
    PERSON,
    PLACE,
    PLURAL,
    POSSESSIVE,
    PSEUDONYM,
    PUBLIC_PERSON,
    RELATIVE,
    TAG,
    TERM,
    UNIT,
    Finding,
)
from intake.redact.initials import Initials, by_initial, first_initial, fits
from intake.redact.policy import Policy

STRATEGY = "redaction-wins-longest-names"
# A handle or an address made of a registered name's forms ("larysa_pila") is redacted
# whole: its name parts replaced one by one ("Halyna_[name]") still read as a handle.
_WHOLE = frozenset({HANDLE, EMAIL})
AUTHORITATIVE = frozenset({PERSON, AMBIGUOUS, PUBLIC_PERSON, TERM, PSEUDONYM, TAG})
# Which finding names a merged span (lower first); a cue-anchored ID number or unit names
# its span rather than the phone recognizer that also read it as a number.
_RANK = {
    PERSON: 0,
    AMBIGUOUS: 0,
    TERM: 1,
    PUBLIC_PERSON: 2,
    DEVICE_ID: 2,  # an IMEI is also a Luhn-valid 15-digit "card"
    ID_NUMBER: 3,
    UNIT: 3,
    CARD: 3,
    BIRTH_DATE: 3,  # a date of birth names its date
    NAME: 9,
    PLACE: 10,
    ORGANISATION: 10,
}
# Gaps that join two mentions into one: spaces (one line break at most: a name wrapped in
# prose; a blank line is a paragraph break, which no finding spans) or initials, but no
# line break after an initial's dot ("Выдумкина Н. Р." then "Нино Р." on the next line
# are two mentions).
_GAP = re.compile(r"(?!.*\n\s*\n)(?:\s{1,3}|\s?(?:[A-ZА-ЯЁ]\.[^\S\n]?){1,2})", re.DOTALL)
# Initials before a mention: a capital and a dot that end no word ("КПП. Артём" has none).
# An initial: a capital and a dot, or a Latin digraph a Russian letter is spelt with
# ("Ye.", "Yu.", "Zh.": "Vydumkin Ye. S.").
_INITIAL = r"(?:[A-ZА-ЯЁ]|Y[aeou]|Zh|Kh|Ch|Sh|Ts)\."
_INITIALS_BEFORE = re.compile(rf"(?<![\w.])(?:{_INITIAL}[^\S\n]?){{1,2}}$")
# An English title before a Latin mention goes with it: "Mr Sokolov" -> "Ivan", not "Mr Ivan".
_TITLE_BEFORE = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx)\.?\s$")
_INITIALS_AFTER = re.compile(rf"[^\S\n](?:{_INITIAL}[^\S\n]?)?{_INITIAL}")
_COMMA_GAP = re.compile(r",\s{1,3}")  # "Sokolov, Artyom": the surname-first order of lists
_MAX_GAP = 40
_PATRONYMIC_GAP = re.compile(r"[^\S\n]{1,3}([А-ЯЁ][а-яё]{4,})[^\S\n]{1,3}")
_PATRONYMIC_AFTER = re.compile(r"[^\S\n]{1,3}([А-ЯЁ][а-яё]{4,})(?![\w-])")
# A man's surname read in the genitive that is also his family's feminine nominative
# ("Зуева" of Зуев), then a past-tense verb: "Зуева сказала" is his mother or wife.
_FEMININE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ск|цк)(?:ая|а)$")
_WORD_AFTER = re.compile(r"[^\S\n]{1,3}([а-яё]+)")
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+)[^\S\n]{1,3}$")


def _shared_owner(a: Finding, b: Finding) -> int | None:
    """The first owner of ``a`` (own-gender owners come first) that ``b`` shares."""
    theirs = b.owners or (b.owner,)
    for owner in a.owners or (a.owner,):
        if owner is not None and owner in theirs:
            return owner
    return None


def merge_mentions(
    text: str, findings: list[Finding], initials: Initials | None = None
) -> list[Finding]:
    """Join adjacent findings of one person (other kinds in between are ignored: a name
    detector's span over the same words must not split the mention), extend them over an
    unregistered patronymic and over initials; an initial then picks among the people a
    shared surname may be (``initials``: see :mod:`intake.redact.initials`)."""
    initials = initials or {}
    people: list[Finding] = []
    for finding in sorted(
        (f for f in findings if f.kind == PERSON), key=lambda f: (f.start, -f.end)
    ):
        last = people[-1] if people else None
        if last is not None and finding.end <= last.end:
            continue  # nested in a mention of a person: redacted with it
        if (
            last is not None
            and 0 <= finding.start - last.end <= _MAX_GAP
            and (owner := _joined_owner(last, finding, text)) is not None
            and fits(owner, first_initial(text[last.end : finding.start]), initials)
        ):
            people[-1] = Finding(
                PERSON,
                last.start,
                finding.end,
                last.score,
                last.recognizer,
                owner,
                _case(last.case, finding.case),
                last.script,
                (owner,),
            )  # one person: no longer ambiguous
            continue
        people.append(finding)
    others = [
        _public_with_initials(text, f, initials) if f.kind == PUBLIC_PERSON else f
        for f in findings
        if f.kind != PERSON
    ]
    out: list[Finding] = []
    for finding in people:
        extended = _with_title(text, _with_initials(text, _with_patronymic(text, finding)))
        extended = _as_relative(text, extended)
        if out and extended.start < out[-1].end:  # "Мухин Е. Андрей": the Е. is taken
            extended = replace(extended, start=finding.start)
        out.append(_ambiguous(by_initial(text, extended, initials)))
    return others + out


def _public_with_initials(text: str, finding: Finding, initials: Initials) -> Finding:
    """A public figure's surname with the initials beside it that fit the figure ("Русу В.
    И.", "В. И. Русу" for Виктор Иванович Русу): the whole is the figure's, kept, and no
    name detector's span over it is redacted in one place and kept in another."""
    extended = _with_initials(text, finding)
    if extended is finding or finding.owner is None:
        return finding
    written = text[extended.start : finding.start] + text[finding.end : extended.end]
    return extended if fits(finding.owner, first_initial(written), initials) else finding


def _ambiguous(finding: Finding) -> Finding:
    """A mention that still fits two or more registered people names none of them for
    sure: it becomes an "ambiguous" finding whose owners are the candidates."""
    if len(finding.candidates) < 2:
        return finding
    return replace(finding, kind=AMBIGUOUS, owner=None, owners=finding.candidates)


def _case(first: str | None, second: str | None) -> str | None:
    """The case of a joined mention: an inflected part tells more than a part that reads as
    nominative ("Магомед-Али Ибрагимова": the surname says genitive or accusative)."""
    return second if first in (None, "nomn") and second is not None else first


def _joined_owner(last: Finding, finding: Finding, text: str) -> int | None:
    """The person two mentions with ``text`` between them are one mention of, if they are.
    Two forms of one word after a comma or across a line break are two mentions ("о
    Хертеке, Хертеку передали"; "ask vitalik" and the next line's "vitalik: ..."). A
    comma joins only mentions whose first reading is the same person (in "Marina
    Sokolova, Sokolov's wife" the second is her husband, not her). A possessive
    ("Танькин сын") is a phrase of its own and joins nothing."""
    gap = text[last.end : finding.start]
    if POSSESSIVE in (str(last.case), str(finding.case)):
        return None
    if not gap:  # no gap at all: parts of one joined word, "#ЛенаКравченко"
        return _shared_owner(last, finding)
    if "\n" in gap and _one_word(text[last.start : last.end], text[finding.start : finding.end]):
        return None  # the same name ending a line and opening the next: two mentions
    if _joinable(gap):
        return _shared_owner(last, finding)
    first = (last.owners or (last.owner,))[0]
    if (
        _COMMA_GAP.fullmatch(gap)
        and first is not None
        and first == (finding.owners or (finding.owner,))[0]
        and not _one_word(text[last.start : last.end], text[finding.start : finding.end])
    ):
        return first
    return None


def _one_word(first: str, second: str) -> bool:
    """True if a word of ``second`` is a form of a word of ``first`` (they share all but
    their endings): the same name said twice, not its parts."""
    return any(_forms_of_one(a, b) for a in first.split() for b in second.split())


def _forms_of_one(a: str, b: str) -> bool:
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    shared = 0
    while shared < min(len(a), len(b)) and a[shared] == b[shared]:
        shared += 1
    return shared >= min(3, len(a), len(b)) and shared >= max(len(a), len(b)) - 3


def _joinable(gap: str) -> bool:
    """True if two mentions separated by ``gap`` are one: spaces, initials, a patronymic."""
    if _GAP.fullmatch(gap):
        return True
    match = _PATRONYMIC_GAP.fullmatch(gap)
    return match is not None and forms_ru.is_patronymic_form(match.group(1))


def _with_patronymic(text: str, finding: Finding) -> Finding:
    match = _PATRONYMIC_AFTER.match(text, finding.end)
    if match is None or not forms_ru.is_patronymic_form(match.group(1)):
        return finding
    return replace(finding, end=match.end())


def _as_relative(text: str, finding: Finding) -> Finding:
    """A man's surname in the genitive that a feminine past-tense verb follows, with no
    noun before it to govern the genitive ("Зуева сказала"; not "Мать Зуева плакала"), is
    a woman of his family: never his pseudonym."""
    mention = text[finding.start : finding.end]
    if finding.case not in ("gent", "accs") or not _FEMININE_SURNAME.search(mention.lower()):
        return finding
    after = _WORD_AFTER.match(text, finding.end)
    if after is None or not _feminine_past(after.group(1)):
        return finding
    before = _WORD_BEFORE.search(text, max(0, finding.start - 30), finding.start)
    if before is not None and forms_ru.parses(before.group(1).lower())[0].tag.POS == "NOUN":
        return finding
    return replace(finding, case=RELATIVE)


def _feminine_past(word: str) -> bool:
    return any(
        {"VERB", "past", "sing", "femn"} <= set(p.tag.grammemes) for p in forms_ru.parses(word)
    )


def _with_title(text: str, finding: Finding) -> Finding:
    if finding.script != "lat" or str(finding.case) in (PLURAL, RELATIVE):
        return finding  # "Ms [family name]" keeps its title
    title = _TITLE_BEFORE.search(text, max(0, finding.start - 6), finding.start)
    return replace(finding, start=title.start()) if title is not None else finding


def _with_initials(text: str, finding: Finding) -> Finding:
    start, end = finding.start, finding.end
    before = _INITIALS_BEFORE.search(text, max(0, start - 8), start)
    if before is not None:
        start -= len(before.group())
    after = _INITIALS_AFTER.match(text, end)
    if after is not None and (after.end() >= len(text) or not text[after.end()].isalnum()):
        end = after.end()
    return (
        replace(finding, start=start, end=end)
        if (start, end) != (finding.start, finding.end)
        else finding
    )


def union_spans(spans: list[tuple[int, int]], gap: int = 0) -> list[tuple[int, int]]:
    """Sorted, disjoint intervals covering exactly the given spans, and the gaps of at most
    ``gap`` characters between them."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start - merged[-1][1] <= gap:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def covered_by(start: int, end: int, union: list[tuple[int, int]]) -> bool:
    """True if one interval of ``union`` (from :func:`union_spans`) contains start..end."""
    index = bisect.bisect_right(union, (start, 1 << 62)) - 1
    return index >= 0 and union[index][0] <= start and end <= union[index][1]


def resolve(findings: list[Finding], policy: Policy) -> list[Finding]:
    """Non-overlapping findings, in text order, by the strategy above."""
    findings = _call_signs_first(findings)
    # a gap of two characters is closed: a space between two registered mentions ("Мухин Е.
    # Андрей Мухин") leaves no word of a detector's span uncovered (a word needs four)
    spans = union_spans([(f.start, f.end) for f in findings if f.kind in AUTHORITATIVE], gap=2)
    kept = [
        f
        for f in findings
        if f.kind in AUTHORITATIVE or f.kind in _WHOLE or not covered_by(f.start, f.end, spans)
    ]
    redacting = sorted((f for f in kept if policy.redacts(f.kind)), key=lambda f: f.start)
    clusters: list[list[Finding]] = []
    cluster_end = -1
    for finding in redacting:
        if clusters and finding.start < cluster_end:
            clusters[-1].append(finding)
            cluster_end = max(cluster_end, finding.end)
        else:
            clusters.append([finding])
            cluster_end = finding.end
    out = [_cluster_finding(c) for c in clusters]
    return sorted(out + _keeping(kept, out, policy), key=lambda f: f.start)


def _call_signs_first(findings: list[Finding]) -> list[Finding]:
    """A registered person's form where a call sign stands ("позывной у него (Ромыч)") is
    the call sign: a pseudonym there would read as one, so it gives way to the tag."""
    calls = [(f.start, f.end) for f in findings if f.kind == CALL_SIGN]
    if not calls:
        return findings
    return [
        f
        for f in findings
        if f.kind not in (PERSON, AMBIGUOUS)
        or not any(s <= f.start and f.end <= e for s, e in calls)
    ]


def _keeping(kept: list[Finding], redacted: list[Finding], policy: Policy) -> list[Finding]:
    """Findings that keep, leftmost-longest, where they overlap no redacted one
    (``redacted``: disjoint, sorted by start)."""
    starts = [f.start for f in redacted]
    out: list[Finding] = []
    for finding in sorted(
        (f for f in kept if not policy.redacts(f.kind)), key=lambda f: (f.start, -f.length)
    ):
        index = bisect.bisect_left(starts, finding.end) - 1  # last redacted starting before end
        if index >= 0 and redacted[index].end > finding.start:
            continue
        if out and out[-1].end > finding.start:
            continue
        out.append(finding)
    return out


def _cluster_finding(cluster: list[Finding]) -> Finding:
    if len(cluster) == 1:
        return cluster[0]
    lead = min(cluster, key=lambda f: (-f.length, _RANK.get(f.kind, 5)))
    return replace(
        lead,
        start=min(f.start for f in cluster),
        end=max(f.end for f in cluster),
        score=max(f.score for f in cluster),
    )
