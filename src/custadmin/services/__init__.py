"""One function per operator action; each is one transaction. No Qt here."""
