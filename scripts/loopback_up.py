"""Bring the loopback interface up in a fresh network namespace (``.ci/run``).

``unshare --net`` gives a namespace whose only interface, ``lo``, is down, so even 127.0.0.1 is
unreachable; ``ip link set lo up`` needs iproute2, which a slim image may lack, so this does the
same with the two ioctls it uses (SIOCGIFFLAGS, SIOCSIFFLAGS). Linux only.
"""

from __future__ import annotations

import fcntl
import socket
import struct
import sys
from pathlib import Path

_SIOCGIFFLAGS = 0x8913
_SIOCSIFFLAGS = 0x8914
_IFF_UP = 0x1


def main() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        request = struct.pack("16sH", b"lo", 0)
        flags = struct.unpack("16sH", fcntl.ioctl(sock, _SIOCGIFFLAGS, request)[:18])[1]
        fcntl.ioctl(sock, _SIOCSIFFLAGS, struct.pack("16sH", b"lo", flags | _IFF_UP))
    # /proc/net/dev lists this namespace's interfaces (/sys/class/net shows the mount's own)
    lines = Path("/proc/net/dev").read_text().splitlines()[2:]
    others = sorted(name for line in lines if (name := line.split(":")[0].strip()) != "lo")
    if others:  # not a fresh namespace: the tests would have the network after all
        print(f"loopback_up: this namespace has interfaces {others}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
