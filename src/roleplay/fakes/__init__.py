"""In-package fakes for the tests and ``roleplay --demo`` (never a production fallback). No Qt.

- ``demo``: the demo scenario, plan and the scripted manager's lines.
- ``speech``: ``ScriptedSpeech`` and ``WavSpeech`` (listener factories), ``SilentSpeaker``.
- ``voices``: ``SlowVoice``, ``FailingVoice``.
- ``scoring``: ``PreviewScorer``.
- ``ollama``: ``FakeOllama``, Ollama's own API on loopback (pulls that stream progress, fail
  midway and resume), behind the demo's "Use a local model".

The adapters' own fakes live beside them: ``roleplay.speech.fakes``, ``roleplay.persona.fakes``,
``roleplay.builder.fakes``.
"""
