"""`roleplay llm`: connect the report to an LLM, test the connection, show the settings.

    roleplay llm set --base-url http://localhost:11434/v1 --model llama3.2
    roleplay llm set --base-url https://api.openai.com/v1 --model gpt-4o-mini --key-from-stdin
    roleplay llm set --auto          # forget the URL: probe Ollama and LM Studio at start-up
    roleplay llm check               # list the models and say plainly what is wrong, if anything
    roleplay llm show                # --json on check and show: one JSON object
    roleplay llm pull [MODEL]        # download a local model through Ollama and use it

The API key goes into the OS keyring (for that URL only), never into config.json.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from roleplay.app.config import LLMConfig, save_config
from roleplay.app.llm_setup import (
    KeyStoreError,
    delete_api_key,
    normalise_url,
    read_api_key,
    store_api_key,
)
from roleplay.cli.context import CliContext
from roleplay.cli.llm_pull import add_pull_parser, run_pull

KEY_SOURCES = {
    "keyring": "stored in the OS keyring",
    "environment": "from OPENAI_API_KEY",
    "none": "none",
}


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("llm", help="connect the report to an LLM and test the connection")
    actions = parser.add_subparsers(dest="llm_command", metavar="ACTION")

    check = actions.add_parser("check", help="test the configured endpoint (or the local "
                               "defaults) and list its models")
    check.add_argument("--base-url", metavar="URL", help="test this URL instead")
    check.add_argument("--model", metavar="NAME", help="test this model instead")
    check.add_argument("--timeout", type=float, metavar="S", help="seconds to wait")
    check.add_argument("--json", action="store_true", help="print one JSON object")

    set_ = actions.add_parser("set", help="choose the endpoint, model and key")
    where = set_.add_mutually_exclusive_group()
    where.add_argument("--base-url", metavar="URL",
                       help="OpenAI-compatible URL, e.g. http://localhost:11434/v1")
    where.add_argument("--auto", action="store_true",
                       help="no fixed URL: use Ollama or LM Studio if one is running")
    set_.add_argument("--model", metavar="NAME", help="model name as the server lists it")
    set_.add_argument("--temperature", type=float, metavar="T", help="0 to 2 (default 0.7)")
    set_.add_argument("--timeout", type=float, metavar="S", help="seconds per request")
    key = set_.add_mutually_exclusive_group()
    key.add_argument("--key-from-stdin", action="store_true",
                     help="read the API key from the first line of stdin into the OS keyring")
    key.add_argument("--forget-key", action="store_true",
                     help="remove the stored API key for this URL")
    onoff = set_.add_mutually_exclusive_group()
    onoff.add_argument("--enable", action="store_true", help="use the LLM when it answers")
    onoff.add_argument("--disable", action="store_true",
                       help="always use the offline scripted persona")
    set_.add_argument("--no-check", action="store_true", help="save without testing")

    show = actions.add_parser("show", help="print the LLM settings (never the key)")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    add_pull_parser(actions)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    command = getattr(args, "llm_command", None)
    if command == "check":
        return _check(args, ctx)
    if command == "set":
        return _set(args, ctx)
    if command == "show":
        return _show(ctx, as_json=args.json)
    if command == "pull":
        return run_pull(args, ctx)
    return ctx.fail("say what to do: `roleplay llm check`, `roleplay llm set ...`, "
                    "`roleplay llm show` or `roleplay llm pull`")


def _checked(base_url: str, model: str | None, timeout: float,
             key: str | None) -> dict[str, Any]:
    from roleplay.llm.endpoint import check_endpoint

    return check_endpoint(base_url, model=model, api_key=key, timeout_s=timeout).model_dump()


def _check_one(ctx: CliContext, base_url: str, model: str | None, timeout: float) -> bool:
    key, source = read_api_key(base_url)
    print(f"Checking {normalise_url(base_url)} (API key: {KEY_SOURCES[source]})...",
          file=ctx.out)
    result = _checked(base_url, model, timeout, key)
    if result["models"]:
        print(f"Models: {', '.join(result['models'])}", file=ctx.out)
    print(("OK: " if result["ok"] else "Problem: ") + result["message"], file=ctx.out)
    return bool(result["ok"])


def _check(args: argparse.Namespace, ctx: CliContext) -> int:
    llm = ctx.config.llm
    timeout = args.timeout or min(llm.timeout_s, 15.0)
    model = args.model or llm.model
    base_url = args.base_url or llm.base_url
    if args.json:
        return _check_json(ctx, base_url, model, timeout, enabled=llm.enabled)
    from roleplay.llm.endpoint import LOCAL_SERVERS

    if base_url:
        if not llm.enabled and not args.base_url:
            print("Note: the LLM is turned off in settings (`roleplay llm set --enable`).",
                  file=ctx.out)
        return 0 if _check_one(ctx, base_url, model, timeout) else 1
    print("No endpoint is configured; looking for a local server.", file=ctx.out)
    for server in LOCAL_SERVERS:
        result = _checked(server.base_url, model, min(timeout, 2.0), None)
        print(f"- {server.name} at {server.base_url}: "
              + ("OK. " if result["ok"] else "") + result["message"], file=ctx.out)
        if result["ok"]:
            return 0
    print("Nothing found, so practice uses the offline scripted persona. Start Ollama or LM "
          "Studio, or connect another server with `roleplay llm set --base-url URL --model "
          "NAME`, or download a local model with `roleplay llm pull`.", file=ctx.out)
    return 1


def _check_json(ctx: CliContext, base_url: str | None, model: str | None, timeout: float,
                *, enabled: bool) -> int:
    """{"ok", "configured", "enabled", "checks": [one per endpoint tried]} (never the key)."""
    from roleplay.llm.endpoint import LOCAL_SERVERS

    checks: list[dict[str, Any]] = []
    if base_url:
        key, source = read_api_key(base_url)
        checks.append({**_checked(base_url, model, timeout, key), "api_key": source})
    else:
        for server in LOCAL_SERVERS:
            checks.append({**_checked(server.base_url, model, min(timeout, 2.0), None),
                           "api_key": "none"})
            if checks[-1]["ok"]:
                break
    ok = any(c["ok"] for c in checks)
    print(json.dumps({"ok": ok, "configured": bool(base_url), "enabled": enabled,
                      "checks": checks}), file=ctx.out)
    return 0 if ok else 1


def _set(args: argparse.Namespace, ctx: CliContext) -> int:
    llm = ctx.config.llm
    update: dict[str, Any] = {}
    if args.base_url is not None:
        url = args.base_url.strip()
        if not url.startswith(("http://", "https://")):
            return ctx.fail(f"--base-url must start with http:// or https:// (got {url!r})")
        if "@" in url.split("//", 1)[1].split("/", 1)[0]:
            return ctx.fail("put the API key in the keyring (--key-from-stdin), not in the URL")
        update["base_url"] = url.rstrip("/")
    if args.auto:
        update["base_url"] = None
    if args.model is not None:
        update["model"] = args.model.strip() or None
    if args.temperature is not None:
        update["temperature"] = args.temperature
    if args.timeout is not None:
        update["timeout_s"] = args.timeout
    if args.enable or args.disable:
        update["enabled"] = bool(args.enable)
    try:
        new = LLMConfig.model_validate({**llm.model_dump(), **update})
    except ValueError as exc:
        errors = getattr(exc, "errors", None)
        first = errors()[0] if callable(errors) else None
        detail = f"{first['loc'][0]}: {first['msg']}" if first else str(exc)
        return ctx.fail(f"invalid setting ({detail})")

    if (args.key_from_stdin or args.forget_key) and not new.base_url:
        return ctx.fail("a key belongs to an endpoint: give --base-url URL as well")
    if args.key_from_stdin:
        key = ctx.stdin.readline().strip()
        if not key:
            return ctx.fail("no key on stdin (pipe it in, e.g. `roleplay llm set "
                            "--key-from-stdin < keyfile`)")
        try:
            store_api_key(str(new.base_url), key)
        except KeyStoreError as exc:
            return ctx.fail(exc.message)
    if args.forget_key:
        removed = delete_api_key(str(new.base_url))
        print("Removed the stored API key." if removed else "No API key was stored.",
              file=ctx.out)

    save_config(ctx.config.model_copy(update={"llm": new}))
    ctx.config = ctx.config.model_copy(update={"llm": new})
    print(f"Saved: {_describe(new)}.", file=ctx.out)
    if args.key_from_stdin:
        print("The API key is stored in the OS keyring.", file=ctx.out)
    if args.no_check or not new.enabled:
        return 0
    if new.base_url:
        return 0 if _check_one(ctx, new.base_url, new.model, min(new.timeout_s, 15.0)) else 1
    return 0


def _describe(llm: LLMConfig) -> str:
    where = normalise_url(llm.base_url) if llm.base_url else "auto (Ollama or LM Studio if running)"
    model = llm.model or "first available"
    state = "on" if llm.enabled else "off (offline scripted persona)"
    return (f"endpoint {where}, model {model}, temperature {llm.temperature}, "
            f"timeout {llm.timeout_s:g} s, LLM {state}")


def _show(ctx: CliContext, *, as_json: bool = False) -> int:
    llm = ctx.config.llm
    if as_json:
        source = read_api_key(llm.base_url)[1] if llm.base_url else None
        print(json.dumps({**llm.model_dump(), "api_key": source}), file=ctx.out)
        return 0
    print(f"LLM: {_describe(llm)}", file=ctx.out)
    if llm.base_url:
        _, source = read_api_key(llm.base_url)
        print(f"API key: {KEY_SOURCES[source]}", file=ctx.out)
    return 0
