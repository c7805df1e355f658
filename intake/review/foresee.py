"""What the export would refuse, foreseen in review.

Review reads the original text; the export reads what the decisions make of it. The two
differ where a decision writes words the review never checked: a possessive rebuilt as
its noun and the pseudonym ("Алёшиной жене" at a sentence start becomes "Жене Марка",
and "Жене" is a form of a registered Женя to the check), a kept finding inside which the
check asks about a word, a form the engine's guards admit only in the new context. So
review applies the decisions it has (stored, else the defaults), reads the result as the
export does (the publication check with the kept strings, and the leak gate's scan with
the strings to redact) and maps each hit back to the original text:

- a hit in text no decision changed is a new finding there (recognizer
  :data:`RECOGNIZER`), to decide like any other;
- a hit inside what a decision wrote is a *companion* of that finding: a check finding
  over the word it came from ("жене" inside "Алёшиной жене"). Deciding the companion
  "keep" publishes that word as written; any other decision turns its finding into a
  category tag, which writes no word of the original (:func:`overridden`).

Not foreseen, left to the export's refusal, which names them: a word the engine wrote
itself (a pseudonym that has become a registered name's form: the refusal says which
pseudonym to redraw) and a hit inside a finding the reviewer decided "keep" where the
default was another action (their own decision about that text). A hit inside a finding
kept by default, or kept as the defaults are taken, is foreseen: a date
kept as a date that is also a date of birth redacted elsewhere ("дата рождения
14.02.1991" ... "каждый год 14.02.1991") is asked about.

The foresight reads the decisions of the ordinary findings only, never its own findings',
so what it lists does not change when they are decided. Generalisations of details that
still point to one person are not applied here (they are kept), and the export reads
other testimonies' kept strings too: both only make the export ask less.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from intake.check import NEAR_NAME, NEAR_TERM
from intake.check.setup import EXPLAINING, check_for, doubtful
from intake.redact import Decision, Finding, Redactor
from intake.redact.findings import PUBLIC_PERSON, TAG, Applied
from intake.redact.normalize import skeleton
from intake.redact.rewrite import covering

RECOGNIZER = "foresee"
_NOT_LEAKS = frozenset({PUBLIC_PERSON, "pseudonym", TAG})  # as the leak gate reads
_EXTRA = "extra"  # the gate's hits on strings decided "redact"
_PEOPLE = frozenset({"person", "ambiguous", "name", "plural"})


def foresee(  # noqa: PLR0917 (one call site)
    redactor: Redactor,
    text: str,
    lang: str,
    decisions: Sequence[Decision],
    kept: Iterable[str],
    originals: Iterable[str],
    chosen: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """Findings (in ``text``) for every hit the export would have on ``text`` after
    ``decisions``, the publication check explaining ``kept``, the gate looking for
    ``originals``; none inside ``chosen``, the spans the reviewer decided "keep" against
    the default."""
    output, applied = redactor.apply_traced(text, decisions, lang)
    check = check_for(redactor).with_kept(kept)
    hits = [
        Finding(h.kind, h.start, h.end, 1.0, RECOGNIZER)
        for h in check.run(output, _explained(redactor, output, lang))
    ]
    for leak in redactor.scan_for_leaks(output, tuple(originals)):
        if leak.kind not in _NOT_LEAKS:
            hits.append(_as_question(leak))
    found = [_mapped(h, output, text, applied) for h in hits]
    return _first_of_each_span(f for f in found if f is not None and not _overlaps(f, chosen))


def _first_of_each_span(found: Iterable[Finding]) -> list[Finding]:
    """One finding where several overlap, the first (the check's before the gate's): the
    check and the gate's scan may both ask about one word ("Tbilisi", unexplained and a
    string decided "redact" elsewhere), and two decisions over one word cannot both be
    applied."""
    kept: list[Finding] = []
    for finding in found:
        if not _overlaps(finding, [(k.start, k.end) for k in kept]):
            kept.append(finding)
    return kept


def _overlaps(finding: Finding, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < finding.end and finding.start < end for start, end in spans)


def _explained(redactor: Redactor, output: str, lang: str) -> list[tuple[int, int]]:
    """What the export takes as explained in ``output`` (:func:`intake.check.setup.
    explained_spans`), read as the export reads: without the NER model."""
    found = redactor.analyze(output, lang, ner=False)
    return [
        (f.start, f.end)
        for f in found
        if f.kind in EXPLAINING and not doubtful(redactor, output, f)
    ]


def _as_question(leak: Finding) -> Finding:
    """A gate hit as a finding to decide: a redacted string found again, or a registered
    form, is asked about as the check asks about near-misses."""
    kind = NEAR_TERM if leak.recognizer == _EXTRA or leak.kind == "term" else NEAR_NAME
    kind = kind if leak.kind in _PEOPLE or kind == NEAR_TERM else leak.kind
    return Finding(kind, leak.start, leak.end, 1.0, RECOGNIZER)


def _mapped(hit: Finding, output: str, text: str, applied: list[Applied]) -> Finding | None:
    """``hit`` (in ``output``) over the original text it came from; None for a word the
    engine wrote itself (a pseudonym that has become a registered name's form: the
    export's refusal says which one to redraw)."""
    a, shift = covering(hit.start, hit.end, applied)
    if a is not None:
        return _inside(hit, output[hit.start : hit.end], text, a.start, a.end)
    return replace(hit, start=hit.start - shift, end=hit.end - shift)


def _inside(hit: Finding, word: str, text: str, start: int, end: int) -> Finding | None:
    """``hit`` over the word ``word`` inside ``text[start:end]`` (over all of it if the
    folded views differ in length), or None if the original does not hold the word."""
    original = text[start:end]
    folded, wanted = skeleton(original), skeleton(word).strip()
    if not wanted or wanted not in folded:
        return None
    if len(folded) != len(original):
        return replace(hit, start=start, end=end)
    index = folded.index(wanted)
    return replace(hit, start=start + index, end=start + index + len(wanted))


def overridden(decision: Decision, companions: Iterable[str]) -> Decision:
    """``decision`` for a finding whose companions were decided as ``companions`` (their
    actions): a category tag unless every companion is kept."""
    if all(action == "keep" for action in companions):
        return decision
    return Decision(decision.finding, "tag")
