"""The session engine: UI-independent; drives a rehearsal through the ports."""

from roleplay.engine.session import ReplyFailed, SessionEngine

__all__ = ["ReplyFailed", "SessionEngine"]
