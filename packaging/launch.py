"""The frozen app's console program: the same as the ``roleplay`` console script."""

import sys

from roleplay.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
