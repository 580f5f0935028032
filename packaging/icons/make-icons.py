#!/usr/bin/env python3
"""Builds the Windows .ico and the macOS .icns from the PNG renders in assets/icons.

Both formats are containers of PNG images, so no image tool is needed, only Python 3:

    python3 packaging/icons/make-icons.py

Writes packaging/windows/nineplus.ico and packaging/macos/nineplus.icns; commit both after changing the icon.
"""
import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "assets" / "icons"


def png(size):
    data = (ICONS / f"nineplus-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"nineplus-{size}.png is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (size, size), f"nineplus-{size}.png is {width}x{height}"
    return data


def ico(sizes):
    """ICONDIR, one ICONDIRENTRY per size, then the PNGs (PNG entries: Windows Vista and later)."""
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, image in zip(sizes, images):
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return out + b"".join(images)


# OSType of each PNG-holding icns element and the pixel size it must have.
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]


def icns():
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    (ROOT / "packaging" / "windows" / "nineplus.ico").write_bytes(ico([16, 24, 32, 48, 64, 128, 256]))
    (ROOT / "packaging" / "macos" / "nineplus.icns").write_bytes(icns())
    print("wrote packaging/windows/nineplus.ico and packaging/macos/nineplus.icns")
