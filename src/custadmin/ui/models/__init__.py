"""Qt item models over service results (IDs and frozen rows, never ORM objects)."""
