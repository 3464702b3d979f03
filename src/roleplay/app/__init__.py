"""Composition root: builds configuration, adapters and services, and hands them to ui or cli."""
