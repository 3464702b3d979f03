"""Append extra turns to the end of given conversations in a conv file (helper T22 build aid)."""
import pathlib


def extend(fname, ext):
    p = pathlib.Path(fname)
    blocks = p.read_text().split("\n## ")
    for n, txt in ext.items():
        blocks[n - 1] = blocks[n - 1].rstrip("\n") + "\n" + txt.strip("\n") + "\n"
    p.write_text("\n## ".join(b.rstrip("\n") + "\n" for b in blocks))
