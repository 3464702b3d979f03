"""Session bundles: one ``.roleplay.zip`` file with a session (JSON), its score and its audio, to
move a session between machines when a team has no shared database.

Layout::

    manifest.json      {"format": "roleplay-session-bundle", "version": 1, "session_id": ...,
                        "exported_at": ..., "files": {"session.json": "<sha256>", ...}}
    session.json       {"session": {...}, "score": {...} | null, "share": {...} | null}
    audio/turn-0003.wav

Import checks everything before writing anything: a zip, only the expected entry names (no
absolute paths, ``..``, backslashes, links or duplicate names), entry and total sizes (counted
while reading, not trusted from the headers), the manifest's format, version and checksums, the
session's schema, audio references, and that the session is not already in the store. Any
problem raises BundleError with one clear message, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from roleplay.domain.cohorts import Share
from roleplay.domain.scores import SessionScore
from roleplay.domain.session import SESSION_ID_PATTERN, Session
from roleplay.ports.store import SessionNotFound, SessionStore
from roleplay.speech.audio import session_audio_folder

FORMAT = "roleplay-session-bundle"
VERSION = 1
SUFFIX = ".roleplay.zip"
MAX_JSON_BYTES = 20 * 1024 * 1024
MAX_AUDIO_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 2_000
_AUDIO_NAME = re.compile(r"^audio/([A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.wav)$")


class BundleError(Exception):
    """The bundle cannot be exported or imported; the message says why."""


class BundleManifest(BaseModel):
    """What every bundle's manifest.json holds besides its format."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int
    session_id: str = Field(pattern=SESSION_ID_PATTERN)
    exported_at: dt.datetime
    files: dict[str, str]


class Manifest(BundleManifest):
    format: Literal["roleplay-session-bundle"]


class Content(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    session: Session
    score: SessionScore | None = None
    # How the manager had shared it when exporting (the facilitator's copy keeps it, and the
    # 48-hour clock with it); None: private.
    share: Share | None = None


def export_bundle(store: SessionStore, session_id: str, data_dir: Path, path: Path, *,
                  include_audio: bool = True, share: Share | None = None) -> Path:
    """Write the session (and, unless told not to, its audio) as one bundle file, with its
    share state when it is shared."""
    session = store.get(session_id)
    score = store.get_score(session_id)
    files: dict[str, bytes] = {}
    turns = []
    for turn in session.turns:
        ref = turn.audio_ref
        if ref and include_audio:
            source = (data_dir / ref).resolve()
            if source.is_file() and data_dir.resolve() in source.parents:
                name = f"audio/{Path(ref).name}"
                if name in files or not _AUDIO_NAME.match(name):
                    name = f"audio/turn-{turn.index:04d}.wav"
                files[name] = source.read_bytes()
                turn = turn.model_copy(update={"audio_ref": name})
            else:
                turn = turn.model_copy(update={"audio_ref": None})
        elif ref:
            turn = turn.model_copy(update={"audio_ref": None})
        turns.append(turn)
    if share is not None and not include_audio:
        share = share.model_copy(update={"audio": False})
    content = Content(session=session.model_copy(update={"turns": tuple(turns)}), score=score,
                      share=share)
    files["session.json"] = content.model_dump_json(indent=1).encode("utf-8")
    manifest = Manifest(format=FORMAT, version=VERSION, session_id=session.id,
                        exported_at=dt.datetime.now(dt.UTC),
                        files={n: hashlib.sha256(b).hexdigest() for n, b in files.items()})
    return write_zip(path, manifest.model_dump_json(indent=1), files)


def _read_limited(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise BundleError(f"entry {info.filename!r} is too large "
                          f"({info.file_size} bytes; the limit is {limit})")
    out = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 16):
            out += chunk
            if len(out) > limit:
                raise BundleError(f"entry {info.filename!r} is larger than it claims "
                                  f"(over {limit} bytes)")
    return bytes(out)


def _check_name(info: zipfile.ZipInfo) -> None:
    name = info.filename
    if (name.startswith(("/", "\\")) or "\\" in name or re.match(r"^[A-Za-z]:", name)
            or any(part in ("..", ".", "") for part in name.split("/"))):
        raise BundleError(f"unsafe path in bundle: {name!r}")
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise BundleError(f"links are not allowed in a bundle: {name!r}")
    if name not in ("manifest.json", "session.json") and not _AUDIO_NAME.match(name):
        raise BundleError(f"unexpected file in bundle: {name!r}")


def read_entries(path: Path, check_name: Callable[[zipfile.ZipInfo], None],
                 what: str = "roleplay bundle") -> dict[str, bytes]:
    """Every entry of the zip at ``path``, read within the size limits; ``check_name`` refuses
    names that do not belong. Raise BundleError on any problem."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError as exc:  # the caller names the file: the message does not
        raise BundleError("no such file") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise BundleError(f"not a {what} (not a valid zip file)") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleError(f"too many entries in bundle ({len(infos)})")
        seen: set[str] = set()
        total = 0
        data: dict[str, bytes] = {}
        for info in infos:
            if info.is_dir():
                if info.filename.rstrip("/") == "audio":
                    continue
                raise BundleError(f"unexpected folder in bundle: {info.filename!r}")
            check_name(info)
            if info.filename in seen:
                raise BundleError(f"duplicate entry in bundle: {info.filename!r}")
            seen.add(info.filename)
            limit = MAX_AUDIO_BYTES if info.filename.endswith(".wav") else MAX_JSON_BYTES
            try:
                blob = _read_limited(zf, info, limit)
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                raise BundleError(f"entry {info.filename!r} is damaged: {exc}") from exc
            total += len(blob)
            if total > MAX_TOTAL_BYTES:
                raise BundleError(f"bundle is too large (over {MAX_TOTAL_BYTES} bytes unpacked)")
            data[info.filename] = blob
    return data


def verify_manifest(data: dict[str, bytes], fmt: str, version: int) -> dict[str, Any]:
    """Pop and check ``manifest.json``: format, version and every file's checksum. Returns the
    raw manifest."""
    if "manifest.json" not in data:
        raise BundleError("not a roleplay bundle: manifest.json is missing")
    try:
        raw = json.loads(data.pop("manifest.json"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BundleError(f"manifest.json is not valid JSON ({exc})") from exc
    if not isinstance(raw, dict) or raw.get("format") != fmt:
        kind = "session" if fmt == FORMAT else "feedback"
        raise BundleError(f"not a roleplay {kind} bundle (wrong format in manifest.json)")
    if raw.get("version") != version:
        raise BundleError(f"bundle version {raw.get('version')!r} is not supported "
                          f"(this roleplay reads version {version})")
    files = raw.get("files")
    if not isinstance(files, dict):
        raise BundleError("manifest.json: files: not a list of checksums")
    if set(files) != set(data):
        missing = sorted(set(files) - set(data))
        extra = sorted(set(data) - set(files))
        raise BundleError("bundle does not match its manifest"
                          + (f"; missing {', '.join(missing)}" if missing else "")
                          + (f"; not listed {', '.join(extra)}" if extra else ""))
    for name, digest in files.items():
        if hashlib.sha256(data[name]).hexdigest() != digest:
            raise BundleError(f"checksum mismatch for {name}: the bundle is damaged or edited")
    return raw


def write_zip(path: Path, manifest_json: str, files: dict[str, bytes]) -> Path:
    """Write the bundle atomically, readable by its owner only (like the data)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", manifest_json)
        for name, data in files.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_STORED
                        if name.endswith(".wav") else zipfile.ZIP_DEFLATED)
    tmp.replace(path)
    return path


def read_bundle(path: Path) -> tuple[Manifest, Content, dict[str, bytes]]:
    """Open and validate a bundle fully, in memory. Raise BundleError on any problem."""
    data = read_entries(path, _check_name)
    raw = verify_manifest(data, FORMAT, VERSION)
    try:
        manifest = Manifest.model_validate(raw)
    except ValidationError as exc:
        raise BundleError(f"manifest.json: {first_error(exc)}") from exc
    if "session.json" not in data:
        raise BundleError("bundle has no session.json")
    try:
        content = Content.model_validate_json(data.pop("session.json"))
    except ValidationError as exc:
        raise BundleError(f"session.json does not match the session schema: "
                          f"{first_error(exc)}") from exc
    if content.session.id != manifest.session_id:
        raise BundleError("session.json is for a different session than the manifest says")
    refs = {t.audio_ref for t in content.session.turns if t.audio_ref}
    if refs - set(data):
        raise BundleError(f"session refers to audio not in the bundle: {sorted(refs - set(data))}")
    if set(data) - refs:
        raise BundleError(f"audio not used by any turn: {sorted(set(data) - refs)}")
    for name, blob in data.items():
        if len(blob) < 12 or blob[:4] != b"RIFF" or blob[8:12] != b"WAVE":
            raise BundleError(f"{name} is not a WAV recording")
    return manifest, content, data


def first_error(exc: ValidationError) -> str:
    err: dict[str, Any] = dict(exc.errors()[0])
    where = ".".join(str(p) for p in err.get("loc", ()))
    return f"{where}: {err.get('msg')}" if where else str(err.get("msg"))


def import_bundle(store: SessionStore, path: Path, data_dir: Path) -> Session:
    """Validate the bundle, then add the session, its score and its audio. All or nothing."""
    return import_content(store, *read_bundle(path)[1:], data_dir)


def import_content(store: SessionStore, content: Content, audio: dict[str, bytes],
                   data_dir: Path) -> Session:
    """Add a validated bundle's session, score and audio (see ``import_bundle``)."""
    session = content.session
    try:
        store.get(session.id)
    except SessionNotFound:
        pass
    else:
        raise BundleError(f"session {session.id} is already here; nothing was imported")
    target = session_audio_folder(data_dir / "audio", session.id)
    if audio and (target.exists() or target.is_symlink()):
        raise BundleError(f"{target} already exists; nothing was imported")
    rel = f"audio/{session.id}"
    turns = tuple(t.model_copy(update={"audio_ref": f"{rel}/{Path(t.audio_ref).name}"})
                  if t.audio_ref else t for t in session.turns)
    session = session.model_copy(update={"turns": turns})
    staged: Path | None = None
    if audio:
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=".import-", dir=target.parent))
        staged.chmod(0o700)
        for name, blob in audio.items():
            out = staged / Path(name).name
            os.close(os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            out.write_bytes(blob)
    try:
        store.create(session)
        try:
            if content.score is not None:
                store.save_score(session.id, content.score)
        except BaseException:
            store.delete(session.id)
            raise
    except BaseException as exc:
        if staged is not None:
            shutil.rmtree(staged, ignore_errors=True)
        if isinstance(exc, Exception):
            raise BundleError(f"could not store the session: {exc}") from exc
        raise
    if staged is not None:
        staged.replace(target)
    return session
