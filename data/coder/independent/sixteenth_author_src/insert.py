"""Helper: insert a block of turns into conversation N of a batch file before its last R/M pair."""

import sys
from pathlib import Path

path, conv, block = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]).read_text()
lines = path.read_text().splitlines()
start = next(i for i, line in enumerate(lines) if line.startswith(f"=== {conv} |"))
end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("===")), len(lines))
last_r = max(i for i in range(start, end) if lines[i].startswith("R ::"))
lines[last_r:last_r] = block.strip("\n").splitlines()
path.write_text("\n".join(lines) + "\n")
