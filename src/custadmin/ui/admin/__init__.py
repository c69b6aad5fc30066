"""For administrators: operators and roles, system-wide portal settings, the audit trail."""
