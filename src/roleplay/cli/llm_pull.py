"""`roleplay llm pull [MODEL]`: download a local model through Ollama and use it.

    roleplay llm pull --list       # the small, medium and large choices for this machine
    roleplay llm pull              # pull the recommended one, with progress, then use it
    roleplay llm pull qwen2.5:7b   # or any model from Ollama's library

Ctrl-C cancels; Ollama keeps what was downloaded, so pulling again continues from there.
"""

from __future__ import annotations

import argparse
import re

from roleplay.cli.context import CliContext

MODEL_NAME = re.compile(r"^[A-Za-z0-9][\w.\-/]*(:[\w.\-]+)?$")


def add_pull_parser(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pull = actions.add_parser("pull", help="download a local model through Ollama and use it")
    pull.add_argument("model", nargs="?", metavar="MODEL",
                      help="e.g. llama3.2:3b (default: the one recommended for this machine)")
    pull.add_argument("--list", action="store_true", help="list the choices and stop")
    pull.add_argument("--no-use", action="store_true",
                      help="download only; keep the current LLM settings")
    pull.add_argument("--ollama-url", metavar="URL", default=None,
                      help="where Ollama listens (default http://localhost:11434)")


class _ProgressLine:
    """One line redrawn in place on a terminal; a line per tenth when the output is a file."""

    def __init__(self, ctx: CliContext) -> None:
        self.ctx, self.tty = ctx, ctx.out.isatty()
        self.tenth, self.width = -1, 0
        self.told_resume = False

    def __call__(self, progress: object) -> None:
        from roleplay.app.local_model import PullProgress
        from roleplay.llm.local_models import gb

        assert isinstance(progress, PullProgress)
        if progress.done:
            return  # said once, after the progress line
        if progress.resumed_from and not self.told_resume:
            self.told_resume = True
            self.end()
            self.width = 0
            print(f"Continuing from {gb(progress.resumed_from)} downloaded before.",
                  file=self.ctx.out)
        text = progress.describe()
        if self.tty:
            print("\r" + text.ljust(self.width), end="", file=self.ctx.out, flush=True)
            self.width = len(text)
            return
        tenth = int(progress.fraction * 10) if progress.total else -1
        if tenth > self.tenth:
            self.tenth = tenth
            print(text, file=self.ctx.out, flush=True)

    def end(self) -> None:
        if self.tty and self.width:
            print(file=self.ctx.out)


def run_pull(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.app.local_model import (
        LocalModels,
        OllamaError,
        PullCancelled,
        describe_choice,
    )

    if args.model is not None and not MODEL_NAME.match(args.model):
        return ctx.fail(f"not a model name: {args.model!r} (e.g. llama3.2:3b)")
    if args.ollama_url is not None and not args.ollama_url.startswith(("http://", "https://")):
        return ctx.fail(f"--ollama-url must start with http:// or https:// "
                        f"(got {args.ollama_url!r})")
    local = LocalModels.for_this_machine(*([args.ollama_url] if args.ollama_url else []))
    status = local.detect()
    if not status.running:
        return ctx.fail(status.message, 1)
    print(status.message, file=ctx.out)
    if args.list or args.model is None:
        for choice in status.choices:
            print(f"- {describe_choice(choice, status)}", file=ctx.out)
    if args.list:
        return 0
    model = args.model or status.recommended.name
    if status.has(model):
        print(f"{model} is already downloaded.", file=ctx.out)
    else:
        print(f"Downloading {model} (Ctrl-C cancels; pulling again continues)…", file=ctx.out,
              flush=True)
        line = _ProgressLine(ctx)
        try:
            done = local.pull(model, on_progress=line)
        except KeyboardInterrupt:
            line.end()
            print(f"Cancelled. What was downloaded is kept: `roleplay llm pull {model}` "
                  "continues from there.", file=ctx.out)
            return 130
        except (OllamaError, PullCancelled) as exc:
            line.end()
            return ctx.fail(getattr(exc, "message", str(exc)), 1)
        line.end()
        print(done.describe(), file=ctx.out)
    if args.no_use:
        print(f"Not selected (--no-use). Use it with `roleplay llm set --base-url "
              f"{local.url}/v1 --model {model}`.", file=ctx.out)
        return 0
    ctx.config = local.use(ctx.config, model)
    print(f"The report is now played by {model} via Ollama at {local.url}/v1.", file=ctx.out)
    return 0
