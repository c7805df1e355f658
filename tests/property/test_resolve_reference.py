"""Overlap resolution gives what the plain quadratic statement of the strategy gives."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.redact.findings import Finding
from intake.redact.policy import Policy
from intake.redact.resolve import _RANK, AUTHORITATIVE, resolve

POLICY = Policy.default()
KINDS = ["person", "public_person", "name", "phone", "date", "place", "pseudonym", "tag"]


def _covered(finding: Finding, authoritative: list[Finding]) -> bool:
    """Every character of ``finding`` lies in an authoritative span or in a gap of at most
    two characters between two of them."""

    def inside(p: int) -> bool:
        return any(a.start <= p < a.end for a in authoritative)

    def bridged(p: int) -> bool:
        return any(
            a.end <= p < b.start and b.start - a.end <= 2
            for a in authoritative
            for b in authoritative
        )

    return all(inside(p) or bridged(p) for p in range(finding.start, finding.end))


def _reference(findings: list[Finding], policy: Policy) -> list[Finding]:
    authoritative = [f for f in findings if f.kind in AUTHORITATIVE]
    kept = [f for f in findings if f.kind in AUTHORITATIVE or not _covered(f, authoritative)]
    clusters: list[list[Finding]] = []
    for finding in sorted((f for f in kept if policy.redacts(f.kind)), key=lambda f: f.start):
        if clusters and finding.start < max(f.end for f in clusters[-1]):
            clusters[-1].append(finding)
        else:
            clusters.append([finding])
    out = []
    for cluster in clusters:
        lead = min(cluster, key=lambda f: (-f.length, _RANK.get(f.kind, 5)))
        out.append(
            replace(
                lead,
                start=min(f.start for f in cluster),
                end=max(f.end for f in cluster),
                score=max(f.score for f in cluster),
            )
        )
    for finding in sorted(
        (f for f in kept if not policy.redacts(f.kind)), key=lambda f: (f.start, -f.length)
    ):
        if not any(finding.overlaps(o) for o in out):
            out.append(finding)
    return sorted(out, key=lambda f: f.start)


FINDING = st.builds(
    lambda kind, start, length, score: Finding(kind, start, start + length, score, "test"),
    st.sampled_from(KINDS),
    st.integers(0, 60),
    st.integers(1, 12),
    st.sampled_from([0.5, 0.8, 1.0]),
)


@settings(max_examples=400, deadline=None)
@given(findings=st.lists(FINDING, max_size=14))
def test_resolution_matches_the_plain_statement(findings: list[Finding]) -> None:
    assert resolve(findings, POLICY) == _reference(findings, POLICY)
