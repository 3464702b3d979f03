"""Ports: the narrow interfaces the engine and the app depend on. Adapters implement them."""

from roleplay.ports.coding import BehaviourCoder
from roleplay.ports.persona import PersonaVoice, ReplyRequest, VoiceError
from roleplay.ports.store import SessionNotFound, SessionStore, SessionSummary

__all__ = [
    "BehaviourCoder",
    "PersonaVoice",
    "ReplyRequest",
    "SessionNotFound",
    "SessionStore",
    "SessionSummary",
    "VoiceError",
]
