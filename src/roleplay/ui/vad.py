"""Hands-free turn taking from the input level: speech starts above a threshold and the turn
ends after a stretch of silence. Pure logic, fed by the UI's level timer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class LevelVad:
    start_level: float = 0.12
    stop_level: float = 0.06
    silence_s: float = 0.7
    min_speech_s: float = 0.3
    speaking: bool = False
    _since: float = 0.0
    _quiet_since: float | None = None

    def feed(self, level: float, now: float) -> str | None:
        """Returns "start" when speech begins, "end" when the turn is over, else None."""
        if not self.speaking:
            if level >= self.start_level:
                self.speaking, self._since, self._quiet_since = True, now, None
                return "start"
            return None
        if level >= self.stop_level:
            self._quiet_since = None
            return None
        if self._quiet_since is None:
            self._quiet_since = now
        if now - self._quiet_since >= self.silence_s:
            self.speaking = False
            long_enough = self._quiet_since - self._since >= self.min_speech_s
            return "end" if long_enough else "cancel"
        return None

    def reset(self) -> None:
        self.speaking, self._quiet_since = False, None
