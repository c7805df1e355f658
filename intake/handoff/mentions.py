"""Which registered people a set of testimonies mentions, so a bundle carries their entries.

A person goes into a bundle when a testimony links them (source, subject, victim
of an event) or when any form of their name or aliases appears in its title,
summary, transcript or events, as the redaction engine's own matcher reads it
(case forms, transliterations, look-alike letters). Without these entries the
receiving vault's redaction would not know the name. A form shared by several
people brings all of them: more entries, never a name left unknown.
"""

from __future__ import annotations

from collections.abc import Iterable

from intake.models import Person, Testimony


def mentioned(everyone: list[Person], testimonies: Iterable[Testimony]) -> set[str]:
    """Ids of the people ``testimonies`` link or name."""
    # late: the name tables (phonenumbers, iuliia; 0.1 s) load only to compare names
    from intake.redact.expand import expand
    from intake.redact.matcher import Matcher
    from intake.redact.normalize import Normalized
    from intake.redact.pseudonyms import guess_gender

    chosen: set[str] = set()
    texts: list[str] = []
    for t in testimonies:
        chosen |= t.people()
        texts += [t.title, t.summary, t.transcript, *(e.description for e in t.events)]
    if not everyone:
        return chosen
    table = expand(
        tuple(
            (p.name, p.aliases, p.gender.value if p.gender else guess_gender(p.name), p.public)
            for p in everyone
        ),
        (),
    )
    matcher = Matcher(table)
    for text in texts:
        for _start, _end, info, owners, _both in matcher.hits(Normalized.of(text).skeleton):
            for owner in owners or (info.owner,):
                chosen.add(everyone[owner].id)
    return chosen
