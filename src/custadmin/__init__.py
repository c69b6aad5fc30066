"""custadmin: back-office administration of customer accounts."""

__version__ = "0.1.0"
