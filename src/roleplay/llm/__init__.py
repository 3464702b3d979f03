"""The one LLM module (OpenAI-compatible): the only place, with ``roleplay.app``'s lazy imports,
where ``openai`` and ``httpx`` are imported.

- ``chat_model.OpenAIChatModel``: the ``ChatModel`` for the LLM voice (streaming, structured).
- ``structured.StructuredOutput``: JSON answers validated with pydantic, with the
  json_schema -> json_object -> prompt-only fallback (reusable, e.g. by an LLM judge).
- ``endpoint``: check an endpoint, list its models, probe the local defaults (Ollama, LM Studio).
- ``errors.chat_error``: any openai/httpx failure as a ``ChatError`` in plain words.

Import the submodules directly; this package's ``__init__`` stays free of heavy imports.
"""
