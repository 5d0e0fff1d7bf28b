"""Which characters a TrueType font has glyphs for, read from its cmap table (no fontTools)."""

import struct


def codepoints(data: bytes) -> set[int]:
    """Code points the font has a glyph for, read from its cmap table (formats 4 and 12)."""
    tables = struct.unpack_from(">H", data, 4)[0]
    offsets = (struct.unpack_from(">4sIII", data, 12 + 16 * i) for i in range(tables))
    cmap = next(offset for tag, _, offset, _ in offsets if tag == b"cmap")
    found: set[int] = set()
    for i in range(struct.unpack_from(">H", data, cmap + 2)[0]):
        platform, _, sub = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        base = cmap + sub
        kind = struct.unpack_from(">H", data, base)[0]
        if platform not in (0, 3):
            continue
        if kind == 12:
            for g in range(struct.unpack_from(">I", data, base + 12)[0]):
                start, end, _ = struct.unpack_from(">III", data, base + 16 + 12 * g)
                found.update(range(start, end + 1))
        elif kind == 4:
            segments = struct.unpack_from(">H", data, base + 6)[0] // 2
            ends = struct.unpack_from(f">{segments}H", data, base + 14)
            starts = struct.unpack_from(f">{segments}H", data, base + 16 + 2 * segments)
            deltas = struct.unpack_from(f">{segments}h", data, base + 16 + 4 * segments)
            ranges_at = base + 16 + 6 * segments
            ranges = struct.unpack_from(f">{segments}H", data, ranges_at)
            for s, (start, end) in enumerate(zip(starts, ends, strict=True)):
                for code in range(start, end + 1):
                    glyph = code + deltas[s]
                    if ranges[s]:
                        at = ranges_at + 2 * s + ranges[s] + 2 * (code - start)
                        raw = struct.unpack_from(">H", data, at)[0]
                        glyph = raw + deltas[s] if raw else 0
                    if glyph & 0xFFFF and code != 0xFFFF:
                        found.add(code)
    return found
