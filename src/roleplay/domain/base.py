"""Shared pydantic base classes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Frozen(BaseModel):
    """An immutable value object."""

    model_config = ConfigDict(frozen=True)


class FileModel(BaseModel):
    """A value read from a file a person wrote: unknown fields are errors, so typos never pass."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)
