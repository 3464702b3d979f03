"""The app on the shared PostgreSQL store: database_url selects it; each person's own role sees
only what row-level security allows."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from roleplay.cli.main import main


def configured(folder: Path, url: str) -> Path:
    """config.json with the URL *without* its password; the password goes to libpq's password
    file (PGPASSFILE, set by the ``pgpass`` fixture), as a person's ~/.pgpass would hold it."""
    parts = urlsplit(url)
    pgpass = Path(os.environ["PGPASSFILE"])
    with pgpass.open("a", encoding="utf-8") as fh:
        fh.write(f"{parts.hostname}:{parts.port}:{parts.path.lstrip('/')}:{parts.username}:"
                 f"{parts.password}\n")
    bare = url.replace(f":{parts.password}@", "@")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps({"database_url": bare}), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    path.touch(mode=0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_cohort_and_review_through_personal_roles(
    pg_db: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = configured(tmp_path / "admin", pg_db.admin_url)
    code, out, err = run(capsys, admin, "demo-cohort", "--without-me")
    assert code == 0, err
    urls = {}
    for person in ("fay", "ana", "ben"):
        role = pg_db.role_name(person)
        monkeypatch.setattr("sys.stdin", io.StringIO(f"pw-{person}\n"))
        code, _, err = run(capsys, admin, "cohort", "login", person, "--password-stdin",
                           "--role-name", role)
        assert code == 0, err
        pg_db.roles.append(role)
        urls[person] = pg_db.server.url(pg_db.name, role, "pw-" + person)
    fay = configured(tmp_path / "fay", urls["fay"])
    ana = configured(tmp_path / "ana", urls["ana"])
    ben = configured(tmp_path / "ben", urls["ben"])

    code, out, _ = run(capsys, ana, "sessions", "list", "--json")
    ana_sessions = json.loads(out)
    assert ana_sessions and {s["manager_id"] for s in ana_sessions} == {"ana"}
    code, out, _ = run(capsys, fay, "review", "list")
    assert code == 0 and "Ana Ruiz" in out and "Ben Carter" in out
    # Fay sees exactly the shared sessions; ana's private ones stay invisible to her.
    code, out, _ = run(capsys, fay, "sessions", "list", "--json")
    fay_ids = {s["id"] for s in json.loads(out)}
    code, out, _ = run(capsys, admin, "cohort", "dashboard", "--json")
    assert len(fay_ids) == json.loads(out)["shared_sessions"]
    # Fay reviews one of Ana's shared sessions; Ana reads the feedback; Ben cannot.
    target = next(s["id"] for s in ana_sessions if s["id"] in fay_ids)
    code, _, err = run(capsys, fay, "review", "comment", target, "1", "questioning",
                       "Open and short.")
    assert code == 0, err
    code, out, _ = run(capsys, ana, "review", "feedback", target)
    assert "Open and short." in out
    code, _, err = run(capsys, ben, "review", "feedback", target)
    assert code == 2 and "no session" in err
    # Ana withdraws the share: Fay loses access at the database level.
    assert run(capsys, ana, "unshare", target)[0] == 0
    code, _, err = run(capsys, fay, "review", "show", target)
    assert code == 2 and "no session" in err
    # Managers cannot administer cohorts.
    code, _, err = run(capsys, ana, "cohort", "add-person", "eve", "Eve")
    assert code == 2 and "refused" in err
