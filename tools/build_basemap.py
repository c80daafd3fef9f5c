"""Build the offline world base map of the reading room's map page: ``src/tidings/static/world-110m.json``.

The source is Natural Earth's 1:110m admin-0 countries (public domain), as shipped by geopandas 0.14.x in
``geopandas/datasets/naturalearth_lowres/`` (the last release line that bundled it). Give the path of that
folder, or of a geopandas 0.14 wheel, and this script writes every country as SVG path data in an
equirectangular projection (x = (lon + 180) * 2, y = (90 - lat) * 2; a 720 x 360 canvas), with coordinates
rounded to a tenth of a degree. Nothing is downloaded at run time: the web UI reads the JSON this writes.

    pip download --no-deps geopandas==0.14.4 -d /tmp/gp
    python tools/build_basemap.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl

The shapefile and dBase readers below cover exactly what that file uses (polygon shapes, character fields).
"""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "static" / "world-110m.json"
INNER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SCALE = 2  # canvas units per degree


def _read_sources(path: Path) -> tuple[bytes, bytes]:
    if path.suffix == ".whl" or zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as wheel:
            return wheel.read(INNER + ".shp"), wheel.read(INNER + ".dbf")
    base = path / "naturalearth_lowres" if path.is_dir() else path.with_suffix("")
    return base.with_suffix(".shp").read_bytes(), base.with_suffix(".dbf").read_bytes()


def read_polygons(shp: bytes) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings as (lon, lat) lists; polygon (5) and null (0) shapes only."""
    records: list[list[list[tuple[float, float]]]] = []
    stream = io.BytesIO(shp)
    stream.seek(100)
    while header := stream.read(8):
        _number, words = struct.unpack(">ii", header)
        content = stream.read(words * 2)
        (shape_type,) = struct.unpack("<i", content[:4])
        if shape_type == 0:
            records.append([])
            continue
        if shape_type != 5:
            raise SystemExit(f"unsupported shape type {shape_type}")
        num_parts, num_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", content[44 : 44 + 4 * num_parts]))
        start = 44 + 4 * num_parts
        coords = struct.unpack(f"<{2 * num_points}d", content[start : start + 16 * num_points])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        bounds = [*parts, num_points]
        records.append([points[bounds[i] : bounds[i + 1]] for i in range(num_parts)])
    return records


def read_dbf(dbf: bytes) -> list[dict[str, str]]:
    count, header_len, record_len = struct.unpack("<xxxxIHH", dbf[:12])
    names: list[tuple[str, int]] = []
    offset = 32
    while dbf[offset] != 0x0D:
        name = dbf[offset : offset + 11].split(b"\0", 1)[0].decode("ascii")
        names.append((name, dbf[offset + 16]))
        offset += 32
    rows = []
    for n in range(count):
        record = dbf[header_len + n * record_len : header_len + (n + 1) * record_len]
        position = 1  # the deletion flag
        row = {}
        for name, length in names:
            row[name] = record[position : position + length].decode("utf-8", "replace").strip()
            position += length
        rows.append(row)
    return rows


def ring_path(ring: list[tuple[float, float]]) -> str:
    points: list[str] = []
    last = None
    for lon, lat in ring:
        point = f"{round((lon + 180) * SCALE, 1):g},{round((90 - lat) * SCALE, 1):g}"
        if point != last:
            points.append(point)
            last = point
    return "M" + "L".join(points) + "Z" if len(points) > 2 else ""


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    shp, dbf = _read_sources(Path(argv[0]))
    shapes, rows = read_polygons(shp), read_dbf(dbf)
    countries = []
    for row, rings in zip(rows, shapes, strict=True):
        path = "".join(ring_path(ring) for ring in rings)
        if path:
            iso3 = row.get("iso_a3") if row.get("iso_a3") not in (None, "", "-99") else None
            countries.append({"iso3": iso3, "name": row.get("name"), "d": path})
    payload = {
        "source": "Natural Earth 1:110m admin-0 countries (public domain), "
        "via geopandas 0.14 naturalearth_lowres",
        "projection": "equirectangular: x = (lon + 180) * 2, y = (90 - lat) * 2",
        "width": 360 * SCALE,
        "height": 180 * SCALE,
        "countries": sorted(countries, key=lambda c: c["name"] or ""),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
