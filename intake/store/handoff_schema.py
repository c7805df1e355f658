"""Tables for sealed bundles between vaults: the vault's own identity, its contacts, and
the bundles it sent and received. Applied by a migration of :mod:`intake.store.migrations`.

The identity's private keys are stored here, inside the encrypted database, and
nowhere else. A removed contact stays as a row with ``removed_at`` set, so a
bundle it signs is refused as "removed" rather than taken for a stranger's.
``testimony_origins`` records which card sent each received testimony: only
that sender's later bundles may replace it.
"""

from __future__ import annotations

HANDOFF_SQL = """
CREATE TABLE handoff_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    age_secret TEXT NOT NULL,
    sign_secret BLOB NOT NULL CHECK (length(sign_secret) = 32),
    created_at TEXT NOT NULL
);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    card TEXT NOT NULL,
    added_at TEXT NOT NULL,
    verified_at TEXT,
    removed_at TEXT
);
CREATE UNIQUE INDEX contacts_active_name ON contacts (name) WHERE removed_at IS NULL;
CREATE UNIQUE INDEX contacts_active_card ON contacts (card) WHERE removed_at IS NULL;
CREATE TABLE bundles_sent (
    bundle_id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    file_name TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    testimonies TEXT NOT NULL,
    deleted INTEGER NOT NULL CHECK (deleted IN (0, 1))
);
CREATE TABLE bundle_recipients (
    bundle_id TEXT NOT NULL REFERENCES bundles_sent (bundle_id),
    contact TEXT NOT NULL,
    receipt TEXT NOT NULL,
    confirmed_at TEXT,
    PRIMARY KEY (bundle_id, contact)
) WITHOUT ROWID;
CREATE TABLE bundles_received (
    bundle_id TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    sender TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    receipt TEXT NOT NULL,
    counts TEXT NOT NULL
);
CREATE TABLE testimony_origins (
    testimony_id TEXT PRIMARY KEY REFERENCES testimonies (id) ON DELETE CASCADE,
    sender TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE handoff_conflicts (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    note TEXT NOT NULL,
    resolved_at TEXT
)
"""
