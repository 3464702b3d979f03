"""How the incremental decoder runs (``roleplay.speech.incremental``): cadence, settling, the
release. Every default here was chosen by measurement (docs/speech.md, the pass named beside it)."""

from __future__ import annotations

from dataclasses import dataclass, field

from roleplay.speech.agreement import CommitRule
from roleplay.speech.seam import SeamPrompt


@dataclass(frozen=True)
class StreamOptions:
    threshold: float = 0.5  # speech probability that counts as speech
    min_speech_s: float = 0.3  # speech needed before anything is decoded
    speculate_after_s: float | None = 0.25  # a pause this long: decode the turn so far now
    interval_s: float | None = 1.0  # while speech goes on: decode again after this much audio
    keep_silence_s: float = 0.2  # silence kept after the last speech in a pause decode
    settle_after_s: float = 6.0  # settle nothing while less than this is unsettled (context)
    max_unsettled_s: float = 20.0  # past this, cut at the quietest boundary even without agreement
    context_chars: int = 200  # settled text given to Whisper as the prompt
    # At the release, keep the latest guess's words up to its last clean pause (it decoded
    # them with all the audio before), so only the audio after that pause is decoded then.
    splice_at_release: bool = True
    # Decodes after a cut start this much earlier, the settled words there forced as the
    # prefix (one decoder pass, dropped from the result): Whisper hears the seam in context
    # instead of starting cold at the cut. Measured with the splice (stt_latency, 4 Dec):
    # WER synthetic 0.062 vs plain 0.060 (+2.0 points before); 6 s beat 3 s and 0 s.
    overlap_s: float = 6.0
    # The release's decode reaches back this far instead of ``overlap_s`` (None: the same).
    # 2-4 s were faster at 15.5 s but lost "I noticed" after the seam at 29.8 s (sixth pass).
    final_overlap_s: float | None = None
    # The release's decode's minimum encoder window (None: the recogniser's own, 10 s): 8 s
    # encodes 20 % fewer frames for a tail plus context under 7 s; same words in the sixth
    # pass's runs. Guesses keep 10 s (a guess's words decide what settles).
    final_min_window_s: float | None = 8.0
    # Hand the heap back after every decode taken in, not only after the turn (the peak was
    # set by guesses on a heap still holding earlier ones' buffers); ~2 ms on the guess lane.
    tidy_each_decode: bool = True
    # Push-to-talk: in a pause of ``final_pause_s`` with the key still held, run the release's
    # own decode (the splice and the tail, on the final lane) at once and start no guess; a
    # release with no speech since takes its result. Hands-free keeps its pause decode.
    final_in_pause: bool = True
    final_pause_s: float = 0.25
    # Guess cadence once the key has been held this long (None: ``interval_s`` throughout).
    slow_after_s: float | None = None
    slow_interval_s: float = 2.0
    # Push-to-talk: no new guess once the speaker is quiet this long (the pause's release
    # decode is coming; a guess would share the cores with it at the release).
    quiet_guess_s: float | None = None
    # What a decode after a cut is prompted with (roleplay.speech.seam): ``always`` the settled
    # text and the filler line; ``hesitation`` only once the turn has had a filler;
    # ``never``; ``both`` none, and a pause decode also decoded prompted for its fillers.
    seam_prompt: SeamPrompt = "always"
    rule: CommitRule = field(default_factory=CommitRule)
