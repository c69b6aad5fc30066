"""Before the window: the database password and the operator's sign-in."""
