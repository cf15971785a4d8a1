"""What the benchmarks print about the machine and the versions they ran with."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

__all__ = ["cpu_name", "version_of"]


def version_of(distribution: str) -> str:
    """The installed version of ``distribution``, or "not installed"."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "not installed"


def cpu_name() -> str:
    """The processor's model name, as /proc/cpuinfo gives it where it can."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()
