"""Widgets: layout and signal wiring."""
