"""Live coaching helpers (nudges): pure logic, no Qt."""
