"""Accounting bureaus: clients, access, programs, activation (issue 17)."""
