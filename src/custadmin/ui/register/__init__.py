"""The customer register: the search box, the table and its model."""
