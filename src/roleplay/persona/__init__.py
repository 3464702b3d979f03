"""Persona voices: the offline scripted voice and (later) the LLM voice."""
