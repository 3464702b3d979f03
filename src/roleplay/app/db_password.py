"""The shared database's password: from the OS keyring or libpq's password file (``~/.pgpass``,
or the file ``PGPASSFILE`` names), never from config.json or the command line.

A ``database_url`` with a password in it is refused with the way out: a password in
config.json sits in plain text in the data folder and in every backup of it.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from roleplay.ports.store import StoreError

KEYRING_SERVICE = "roleplay-database"
HOW = ("keep it in the OS keyring (printf '%s\\n' \"$PASSWORD\" | roleplay cohort db-password "
       "--password-stdin) or in ~/.pgpass")


def has_password(url: str) -> bool:
    return urlsplit(url).password is not None


def without_password(url: str) -> str:
    """The URL with any password taken out (user, host, port and database kept)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}"))


def account(url: str) -> str:
    """The keyring account for a database: role@host:port/database (no password)."""
    parts = urlsplit(url)
    return (f"{parts.username or ''}@{parts.hostname or 'localhost'}:{parts.port or 5432}"
            f"{parts.path or '/'}")


def database_password(url: str) -> str | None:
    """The password to connect with: the keyring's for this database, else None (libpq then
    reads ~/.pgpass or PGPASSFILE). A URL with a password is refused."""
    if has_password(url):
        raise StoreError(f"config.json: database_url has a password in it; a password is never "
                         f"kept in config.json. Use {without_password(url)} and {HOW}.")
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, account(url))
    except Exception:  # no keyring backend, locked keyring, D-Bus trouble: libpq's turn
        return None


def save_password(url: str, password: str) -> None:
    """Keep the database password in the OS keyring; StoreError when there is none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account(url), password)
    except Exception as exc:
        raise StoreError(f"could not keep the password in the OS keyring "
                         f"({type(exc).__name__}); put it in ~/.pgpass instead "
                         "(host:port:database:role:password, mode 600)") from exc
