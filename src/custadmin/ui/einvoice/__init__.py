"""E-invoicing (issue 16): the network window, the catalogue, each account's state, the report."""
