"""How the incremental decoder runs (``roleplay.speech.incremental``): cadence, settling, the
release. Every default here was chosen by measurement (docs/speech.md); options measured and
not kept are listed there, not here: there is one way to do each thing."""

from __future__ import annotations

from dataclasses import dataclass, field

from roleplay.speech.agreement import CommitRule


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
    # prefix (dropped from the result again): Whisper hears the seam in context instead of
    # starting cold at the cut. Measured with the splice (4 Dec): WER synthetic 0.062 vs plain
    # 0.060 (+2.0 points before); 6 s beat 2, 3, 3.5 and 8 s.
    overlap_s: float = 6.0
    # The release's decode's minimum encoder window (None: the recogniser's own, 10 s): 8 s
    # encodes 20 % fewer frames for a tail plus context under 7 s; same words in the sixth
    # pass's runs. Guesses keep 10 s (a guess's words decide what settles).
    final_min_window_s: float | None = 8.0
    # Hand the heap back after every decode taken in, not only after the turn (the peak was
    # set by guesses on a heap still holding earlier ones' buffers); ~2 ms on the guess lane.
    tidy_each_decode: bool = True
    # Push-to-talk: in a pause of ``final_pause_s`` with the key still held, run the release's
    # own decode (the splice and the tail, on the final lane) at once, beside the pause decode
    # on the guess lane; a release with no speech since takes its result. Hands-free has only
    # the pause decode (the VAD's silence ends its turn).
    final_in_pause: bool = True
    final_pause_s: float = 0.25
    # Once the turn has this much audio since its first voiced frame (and something is
    # settled), decode it again from its start, once, on the guess lane while speech goes on;
    # if that decode is clean, its words before the cut replace the settled ones, which came
    # from decodes of less audio (tiny.en hears "I noticed the report" as "I know this report"
    # in any decode of the first 5-8 s). stt_seam.py, synthetic of 3116 words (plain 187) /
    # human of 704 (plain 0): 11 s since the first speech 195 / 2 (fifteenth pass); 12 s of
    # audio since the key 211 / 2 (thirteenth); 12 s since the first speech 205 / 2; 10 s
    # since it 195 / 6 (fourteenth).
    revise_at_s: float | None = 11.0
    rule: CommitRule = field(default_factory=CommitRule)
