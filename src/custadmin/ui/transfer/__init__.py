"""Customers in and out: importing a file, exporting the register, demo data."""
