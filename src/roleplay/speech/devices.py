"""Audio devices through sounddevice, with clear messages when PortAudio or devices are missing."""

from __future__ import annotations

from typing import Any

from roleplay.ports.speech import AudioDevice, AudioUnavailable

NO_PORTAUDIO = (
    "audio is unavailable: the PortAudio library is missing "
    "(Debian/Ubuntu: apt install libportaudio2; macOS: brew install portaudio); "
    "you can still type"
)


def import_sounddevice() -> Any:
    """Import sounddevice, turning a missing PortAudio library into AudioUnavailable."""
    try:
        import sounddevice
    except OSError as exc:  # sounddevice raises OSError when libportaudio cannot be loaded
        raise AudioUnavailable(NO_PORTAUDIO) from exc
    except ImportError as exc:
        raise AudioUnavailable("audio is unavailable: pip install sounddevice") from exc
    return sounddevice


def list_devices() -> list[AudioDevice]:
    """All devices PortAudio sees (may be empty). Raises AudioUnavailable without PortAudio."""
    sd = import_sounddevice()
    try:
        raw = sd.query_devices()
        hostapis = sd.query_hostapis()
        default_in, default_out = sd.default.device
    except sd.PortAudioError as exc:
        raise AudioUnavailable(f"cannot list audio devices: {exc}") from exc
    devices = []
    for index, dev in enumerate(raw):
        api = hostapis[dev["hostapi"]]["name"] if dev["hostapi"] < len(hostapis) else ""
        devices.append(AudioDevice(
            index=index, name=str(dev["name"]), hostapi=str(api),
            max_input_channels=int(dev["max_input_channels"]),
            max_output_channels=int(dev["max_output_channels"]),
            default_samplerate=float(dev["default_samplerate"]),
            is_default_input=index == default_in, is_default_output=index == default_out,
        ))
    return devices


def input_devices() -> list[AudioDevice]:
    return [d for d in list_devices() if d.is_input]


def output_devices() -> list[AudioDevice]:
    return [d for d in list_devices() if d.is_output]


def resolve_input_device(choice: str | int | None) -> AudioDevice:
    """The input device to use: by index, by (part of its) name, or the default."""
    inputs = input_devices()
    if not inputs:
        raise AudioUnavailable("no microphone found; plug one in or type your turn")
    if choice is None or choice == "":
        return next((d for d in inputs if d.is_default_input), inputs[0])
    if isinstance(choice, int) or str(choice).isdigit():
        wanted = int(choice)
        for dev in inputs:
            if dev.index == wanted:
                return dev
        raise AudioUnavailable(f"no input device with index {wanted}; see `roleplay devices`")
    matches = [d for d in inputs if str(choice).lower() in d.name.lower()]
    if not matches:
        raise AudioUnavailable(f"no input device named {choice!r}; see `roleplay devices`")
    return matches[0]


def default_output_device() -> AudioDevice | None:
    """The output device to play on, or None when there is none (or no PortAudio)."""
    try:
        outputs = output_devices()
    except AudioUnavailable:
        return None
    return next((d for d in outputs if d.is_default_output), outputs[0] if outputs else None)
