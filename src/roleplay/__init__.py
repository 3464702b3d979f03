"""roleplay: rehearse difficult 1:1 conversations with an AI direct report."""

__version__ = "0.1.0"
