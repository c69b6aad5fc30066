"""Support tools for a caller on the phone: the login check."""
