"""Pure domain: pydantic models and logic. Imports only the standard library and pydantic."""
