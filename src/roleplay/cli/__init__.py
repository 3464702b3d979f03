"""Command line: text-mode practice, scenarios, sessions, scoring, speech, LLM checks."""
