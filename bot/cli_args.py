"""Command lines of the CLIs (export, lint, check): a bad one raises UsageError, never exits.

argparse prints to the real sys.stderr and exits; these commands report through their own
streams, with their usage line, and return exit code 2.
"""

import argparse
from typing import NoReturn


class UsageError(Exception):
    """Bad command line or input; the message goes to stderr and the exit code is 2."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are UsageError exceptions."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)
