"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL server.

The PostgreSQL server is started once per test session from Debian's binaries
(``/usr/lib/postgresql/<v>/bin``, or ``ROLEPLAY_PG_BIN``): ``initdb`` into a temporary folder,
``pg_ctl start -w`` on a free localhost port with SCRAM password authentication, ``pg_ctl stop``
at the end. PostgreSQL refuses to run as root, so when the tests run as root the server runs as
the ``postgres`` system user through ``runuser``. Each test gets a fresh database; the login
roles a test creates are dropped afterwards. Without server binaries the PostgreSQL cases are
skipped, saying why.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from roleplay.domain.scenario import Scenario
from roleplay.scenarios.loader import load_scenario

REPO = Path(__file__).resolve().parents[2]
VALID = REPO / "tests" / "core" / "data" / "valid-scenario.yaml"


@pytest.fixture
def scenario() -> Scenario:
    return load_scenario(VALID)


def _pg_bindir() -> Path | None:
    candidates = [os.environ.get("ROLEPLAY_PG_BIN", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"),
                         key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit()
                         else 0, reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.append(str(Path(found).parent))
    for c in candidates:
        if c and (Path(c) / "initdb").exists() and (Path(c) / "pg_ctl").exists():
            return Path(c)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    port: int
    password: str
    roles: list[str] = field(default_factory=list)

    def url(self, dbname: str = "postgres", user: str = "postgres",
            password: str | None = None) -> str:
        return (f"postgresql://{user}:{password or self.password}@127.0.0.1:{self.port}/"
                f"{dbname}")

    def admin_sql(self, statement: str, dbname: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(statement.encode())


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed")
    bindir = _pg_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl) found: "
                    "apt-get install postgresql, or set ROLEPLAY_PG_BIN")
    prefix: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="roleplay-pg-"))
    password = secrets.token_hex(12)
    pwfile = base / "pw"
    pwfile.write_text(password + "\n", encoding="utf-8")
    if os.geteuid() == 0:  # postgres will not run as root: run it as the postgres user
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(base)
            pytest.skip("running as root and there is no 'postgres' user to run the server as")
        runuser = shutil.which("runuser")
        if runuser is None:
            shutil.rmtree(base)
            pytest.skip("running as root and runuser is missing (util-linux)")
        prefix = [runuser, "-u", "postgres", "--"]
        for path in (base, pwfile):
            os.chown(path, user.pw_uid, user.pw_gid)
    data = base / "data"
    log = base / "server.log"
    port = _free_port()

    def run(*args: str) -> None:
        proc = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed:\n{proc.stdout}\n{proc.stderr}\n"
                               f"{tail}")

    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "scram-sha-256",
        f"--pwfile={pwfile}", "-E", "UTF8", "--no-sync", "--no-instructions")
    options = (f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60",
        "start")
    try:
        yield PgServer(port=port, password=password)
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w",
                        "stop"], capture_output=True, check=False)
        shutil.rmtree(base, ignore_errors=True)


@dataclass
class PgDatabase:
    server: PgServer
    name: str
    roles: list[str] = field(default_factory=list)

    @property
    def admin_url(self) -> str:
        return self.server.url(self.name)

    def role_name(self, person_id: str) -> str:
        return f"{self.name}_{person_id}".replace("-", "_").lower()

    def login(self, store: object, person_id: str) -> str:
        """Create the person's login role through the store; return their database URL."""
        password = secrets.token_hex(8)
        role = self.role_name(person_id)
        store.provision_login(person_id, password, role_name=role)  # type: ignore[attr-defined]
        self.roles.append(role)
        return self.server.url(self.name, role, password)


@pytest.fixture
def pg_db(pg_server: PgServer) -> Iterator[PgDatabase]:
    name = f"rp_{secrets.token_hex(5)}"
    pg_server.admin_sql(f"CREATE DATABASE {name}")
    db = PgDatabase(pg_server, name)
    try:
        yield db
    finally:
        pg_server.admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        for role in db.roles:
            pg_server.admin_sql(f'DROP ROLE IF EXISTS "{role}"')


StoreFactory = Callable[[], object]


@pytest.fixture(params=["sqlite", "postgres"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def open_store(backend: str, request: pytest.FixtureRequest, tmp_path: Path
               ) -> Iterator[StoreFactory]:
    """Opens (another connection to) the same test database, as its owner/administrator."""
    opened: list[object] = []
    if backend == "sqlite":
        from roleplay.storage.sqlite import SqliteSessionStore

        def factory() -> object:
            s = SqliteSessionStore(tmp_path / "db.sqlite3")
            opened.append(s)
            return s
    else:
        db: PgDatabase = request.getfixturevalue("pg_db")
        from roleplay.storage.postgres import PostgresSessionStore

        def factory() -> object:
            s = PostgresSessionStore(db.admin_url)
            opened.append(s)
            return s
    yield factory
    for s in opened:
        s.close()  # type: ignore[attr-defined]


@pytest.fixture
def store(open_store: StoreFactory) -> object:
    return open_store()
