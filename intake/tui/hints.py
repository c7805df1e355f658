"""The core's hints in the interface's words: keys and fields, never command-line options.

The core writes its hints for the command line ("--gender", "'intake review
ID'"). Every error the interface shows passes through :func:`for_interface`,
which rewrites the phrases that have an interface equivalent; a hint without
one is shown as the core wrote it.
"""

from __future__ import annotations

import re

REWRITES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words)
    for pattern, words in (
        (
            r"\('intake person edit (\S+) --new-pseudonym'\)",
            r"(p People, v, e on \1, Draw a new pseudonym)",
        ),
        (
            r"'intake person edit (\S+) --new-pseudonym'",
            r"p People, v, e on \1, Draw a new pseudonym",
        ),
        (r"Add --new-pseudonym to draw another one\.", "Tick Draw a new pseudonym."),
        (r" \(--gender on the command line\)", " (the Gender field)"),
        (r"leave --pseudonym out to draw one", "leave the Pseudonym field empty to draw one"),
        (r"\('intake person add'\)", "(p People, a)"),
        (r"'intake person add'", "p People, a"),
        (
            r"\('intake review \S+ --accept-defaults' on the command line\)",
            "(d Defaults in review)",
        ),
        (
            r"Generalise details \('intake review \S+', --redact N takes the first "
            r"generalisation\) or acknowledge the risk \('intake review \S+ --accept-risk'\)\.",
            "Generalise details (r Review, c on a detail offers generalisations) or "
            "acknowledge the risk (R in review).",
        ),
        (r"'intake review [^']*' lists it", "r Review lists it"),
        (r"\('intake review [^']*'\)", "(r Review on the list)"),
        (r"with 'intake review [^']*'", "in review (r on the list)"),
        (r"\('intake edit ID --title'\)", "(o on the list, then the Details tab)"),
        (r"See the terms with 'intake term list'\.", "v on the terms screen shows them."),
        (r", or give --format\.", "."),
        (r"Paste the whole line 'intake id' printed", "Paste the whole card line"),
        (r"as 'intake id' prints it", "as their contacts screen shows it"),
        (
            r"'intake contact add' or receive with --from-unknown",
            "a on the contacts screen, or tick 'Accept a sender who is not a contact'",
        ),
        (r"Choose another --out, or add --force to replace it\.", "Choose another file."),
        (r"\(--out\)", "(Write to)"),
        (r"--out\b", "the Write to path"),
    )
)


def for_interface(hint: str) -> str:
    """``hint`` with each command-line phrase that has an interface equivalent rewritten."""
    for pattern, words in REWRITES:
        hint = pattern.sub(words, hint)
    return hint
