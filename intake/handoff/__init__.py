"""Sealed, signed bundles of testimonies from one vault to the vaults of named contacts."""
