"""The frozen program's start script (PyInstaller needs a script, not an entry point).

It does what the `soosr-desk` entry point in pyproject.toml does: `soosr_desk.cli:main`.
"""

import sys

from soosr_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
