"""`roleplay cohort db-password`: keep your own database role's password in the OS keyring, so
config.json holds the URL without it (libpq's ~/.pgpass works too, with nothing to run)."""

from __future__ import annotations

import argparse

from roleplay.cli.cohort_cmds._common import Fail, Stores, command
from roleplay.cli.context import CliContext


@command
def run_db_password(args: argparse.Namespace, ctx: CliContext, stores: Stores) -> int:
    from roleplay.app.db_password import account, has_password, save_password
    from roleplay.storage.postgres import check_login, is_postgres_url

    url = ctx.config.database_url
    if not url or not is_postgres_url(url):
        raise Fail("no shared database is set: put database_url (without a password) in "
                   "config.json first")
    if has_password(url):
        raise Fail("config.json: take the password out of database_url first; it is kept in "
                   "the keyring instead")
    if args.password is not None or not args.password_stdin:
        raise Fail("give the password on stdin with --password-stdin; a password on the "
                   "command line is visible to other users (ps) and kept in shell history")
    password = ctx.stdin.readline().rstrip("\r\n")
    if not password:
        raise Fail("--password-stdin: no password on stdin")
    # Connect with it first: a wrong password is not worth keeping.
    check_login(url, password)
    save_password(url, password)
    print(f"Password for {account(url)} kept in the OS keyring; config.json holds no "
          "password.", file=ctx.out)
    return 0
