"""Qt-free use cases shared by the desktop app, the command line and the demo.

- ``practice``: one rehearsal (start or resume, the manager's typed or spoken line, the report's
  streamed reply, finish -> score -> save, rewind).

They receive adapters through their constructors (built by ``roleplay.app``); none is built here.
"""
