"""`roleplay transcribe AUDIO`: speech-to-text of an audio file with the offline model."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from roleplay.cli.context import CliContext


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "transcribe", help="transcribe an audio file",
        description="Transcribe an audio file (WAV, FLAC, MP3, ...) with faster-whisper, offline.",
    )
    parser.add_argument("audio", metavar="AUDIO", help="the audio file")
    parser.add_argument("--model", metavar="M", help="model name (tiny.en, base) or folder "
                        "(default: speech.stt_model in the settings)")
    parser.add_argument("--json", action="store_true",
                        help="print segments and words with times, and the time taken, as JSON")
    parser.add_argument("--fast", action="store_true", help="decode with a window sized to the "
                        "audio, as live turns are (files up to 29 s)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from roleplay.ports.speech import SpeechError
    from roleplay.speech.audio import load_audio
    from roleplay.speech.whisper import WhisperSettings, WhisperSpeechToText

    path = Path(args.audio).expanduser()
    if not path.is_file():
        return ctx.fail(f"{path}: no such audio file")
    model = args.model or ctx.config.speech.stt_model
    # One file, one decode: one worker on both cores (the two 1-thread lanes are for live turns).
    stt = WhisperSpeechToText(WhisperSettings(model=model, cpu_threads=2, workers=1,
                                              cache_dir=ctx.config.data_dir / "models"))
    try:
        started = time.perf_counter()
        stt.start_loading()
        samples = load_audio(path)
        stt.wait_ready()
        loaded = time.perf_counter() - started
        result = stt.transcribe_fast(samples) if args.fast else stt.transcribe(samples)
    except SpeechError as exc:
        return ctx.fail(exc.message)
    finally:
        stt.close()
    if args.json:
        data = result.model_dump(mode="json")
        data.update(file=str(path), load_s=round(loaded, 3), elapsed_s=round(result.elapsed_s, 3),
                    real_time_factor=round(result.elapsed_s / max(result.duration_s, 1e-9), 3))
        print(json.dumps(data, indent=2), file=ctx.out)
    else:
        print(result.text, file=ctx.out)
    return 0
