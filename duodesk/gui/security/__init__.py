"""Keeping the project safe from the window: its passphrase, locking the screen, backups and
the audit trail."""
