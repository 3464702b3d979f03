"""Shared widgets: small, each in its own module."""
