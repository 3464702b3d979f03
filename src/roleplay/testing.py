"""In-package fakes for tests and the demo mode."""
