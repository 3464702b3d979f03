"""Time to the first audio sample of a two-sentence reply, offline voice (Piper ONNX voice via
onnxruntime, phonemes from espeak-ng).

Ours streams: the first sentence is synthesised and handed to the output while the second is
still being synthesised. The baseline synthesises the whole reply before playing anything, as a
non-streaming TTS would. Both are measured in the same run with the voice already loaded (median
of ``--reps``); the cold start (loading the voice first) is measured once. No audio device is
needed: the first sample counts as "played" when it reaches the output queue.

Usage: python benchmarks/tts_latency.py [--reps 7]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _speech_common import emit_json, median, peak_rss_mb, print_table
from roleplay.domain.scenario import VoiceStyle
from roleplay.speech.playback import SpeechPlayer, speak_to_wav
from roleplay.speech.tts import EspeakTextToSpeech, PiperTextToSpeech

REPLY = ("Honestly, I didn't think the deadline was realistic when it was set. "
         "Nobody asked me how long the migration would take.")


def first_audio(player: SpeechPlayer, style: VoiceStyle | None = None) -> tuple[float, float]:
    """(time to first audio, time to the whole reply) for one streamed reply."""
    playback = player.say(REPLY, style)
    playback.wait()
    if playback.error is not None:
        raise playback.error
    assert playback.time_to_first_audio is not None and playback.chunks
    whole = playback.samples().size / playback.sample_rate
    return playback.time_to_first_audio, whole


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reps", type=int, default=7)
    args = parser.parse_args()

    rss_before = peak_rss_mb()
    started = time.perf_counter()
    voice = PiperTextToSpeech()
    player = SpeechPlayer(voice, play=False)
    cold, _ = first_audio(player)  # includes loading the voice
    cold_total = time.perf_counter() - started
    rss_loaded = peak_rss_mb()

    streamed, whole, synth, audio_s = [], [], [], 0.0
    for _ in range(args.reps):
        ttfa, audio_s = first_audio(player)
        streamed.append(ttfa)
        t0 = time.perf_counter()
        speak_to_wav(voice, REPLY)  # baseline: everything synthesised before the first sample
        whole.append(time.perf_counter() - t0)
        synth.append(whole[-1])
    styled = [first_audio(player, VoiceStyle(pitch=1.15, speed=1.1))[0] for _ in range(3)]

    espeak = EspeakTextToSpeech()
    espeak_t = []
    for _ in range(args.reps):
        t0 = time.perf_counter()
        next(iter(espeak.synthesize(REPLY)))
        espeak_t.append(time.perf_counter() - t0)

    s, w = median(streamed), median(whole)
    print(f"voice: {voice.name}; reply: {audio_s:.1f} s of speech, 2 sentences")
    print_table(["measure", "seconds"], [
        ("first audio, streamed (ours), median", f"{s:.3f}"),
        ("first audio, whole reply first (baseline)", f"{w:.3f}"),
        ("speed-up", f"{w / s:.1f}x"),
        ("first audio, persona pitch 1.15 speed 1.1", f"{median(styled):.3f}"),
        ("first audio, cold (voice load included)", f"{cold:.3f}"),
        ("voice load + first reply, cold", f"{cold_total:.3f}"),
        ("real-time factor of synthesis", f"{median(synth) / audio_s:.3f}"),
        ("first audio, espeak-ng voice (fallback)", f"{median(espeak_t):.3f}"),
    ])
    print(f"peak RSS: {rss_loaded:.0f} MB with the voice loaded ({rss_before:.0f} MB before)")
    emit_json({
        "ttfa_median_s": round(s, 3), "baseline_whole_reply_s": round(w, 3),
        "speedup": round(w / s, 2), "ttfa_styled_s": round(median(styled), 3),
        "ttfa_cold_s": round(cold, 3), "rtf": round(median(synth) / audio_s, 3),
        "reply_audio_s": round(audio_s, 2), "espeak_ttfa_s": round(median(espeak_t), 3),
        "peak_rss_mb": round(rss_loaded), "reps": args.reps,
    })


if __name__ == "__main__":
    main()
