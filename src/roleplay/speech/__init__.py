"""Speech adapters: microphone capture, faster-whisper speech-to-text, offline text-to-speech.

Importing this package is cheap and works without PortAudio: sounddevice, faster_whisper and
onnxruntime are imported only inside the functions and classes that use them. Import what you
need from the submodules:

- ``roleplay.speech.listen``: ``TurnListener``, ``listen_turn``, ``ListenOptions``
- ``roleplay.speech.sources``: ``MicrophoneSource``, ``WavFileSource``
- ``roleplay.speech.devices``: ``list_devices``, ``input_devices``, ``resolve_input_device``
- ``roleplay.speech.whisper``: ``WhisperSpeechToText``, ``WhisperSettings``, ``DecodeOptions``
- ``roleplay.speech.tts``: ``OfflineTextToSpeech``, ``PiperTextToSpeech``, ``EspeakTextToSpeech``
- ``roleplay.speech.playback``: ``SpeechPlayer``, ``Playback``
- ``roleplay.speech.audio``: ``save_turn_audio``, ``delete_session_audio``, ``load_audio``
- ``roleplay.speech.openai_backends``: ``OpenAISpeechToText``, ``OpenAITextToSpeech``
- ``roleplay.speech.fakes``: fakes for demo mode and UI tests
"""
