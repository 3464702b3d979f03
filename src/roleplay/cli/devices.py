"""`roleplay devices`: list the audio devices PortAudio sees."""

from __future__ import annotations

import argparse
import json
from typing import Any

from roleplay.cli.context import RUNTIME, CliContext


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "devices", help="list microphones and speakers",
        description="List the audio input and output devices (for speech.input_device).",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.ports.speech import AudioUnavailable
    from roleplay.speech.devices import list_devices

    try:
        devices = list_devices()
    except AudioUnavailable as exc:
        return ctx.fail(exc.message, code=RUNTIME)
    if args.json:
        print(json.dumps([d.model_dump() for d in devices], indent=2), file=ctx.out)
        return 0
    if not devices:
        print("No audio devices found. Voice practice needs a microphone; "
              "you can still type your turns.", file=ctx.out)
        return 0
    print(f"{'#':>3}  {'in':>2}  {'out':>3}  {'rate':>6}  name", file=ctx.out)
    for d in devices:
        marks = [m for m, on in (("default input", d.is_default_input),
                                 ("default output", d.is_default_output)) if on]
        note = f"  ({', '.join(marks)})" if marks else ""
        print(f"{d.index:>3}  {d.max_input_channels:>2}  {d.max_output_channels:>3}  "
              f"{d.default_samplerate:>6.0f}  {d.name} [{d.hostapi}]{note}", file=ctx.out)
    if not any(d.is_input for d in devices):
        print("No microphone among them: you can still type your turns.", file=ctx.out)
    return 0
