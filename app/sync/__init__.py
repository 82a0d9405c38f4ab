"""Sync: clock, change capture, and (later) bundles and trust. No Qt here."""
