"""Scoring: the behaviour coder, conversation metrics and competency scores."""
