"""Qt user interface: thin adapters over the services."""
