"""Session storage adapters."""
