"""Build `pipeline/data/vn_provinces.geojson`: approximate shapes of Vietnam's 63 provinces (before the 2025
reorganisation) for choropleth maps, made offline from the gazetteer the pipeline already uses.

No boundary file can be downloaded where thidua runs, but `vietnamadminunits` carries the coordinates of about
10,000 communes. Each commune gets its Voronoi cell (the area nearer to it than to any other commune), clipped to
a disc around it so that cells on the coast and the border do not run out to the horizon (the disc's radius is
the distance to the third nearest commune, so it is small where communes are dense, on the coast and in the
deltas, and larger in the mountains, where communes lie far apart); a province is the
union of its communes' cells. Cells follow the communes, so the shapes are good where communes are dense and
rough at the coast and the border (a coastline bulges out by a few km). The provinces are then simplified as
one coverage (neighbours keep a shared edge, no gaps or overlaps appear) and written with 3 decimals (~100 m).

Island districts without commune coordinates use their district's point; Hoàng Sa and Trường Sa, whose legacy
points are their administering cities, use the points of the 2025 table. Run once; the output is committed:

    python scripts/make_province_shapes.py            # writes pipeline/data/vn_provinces.geojson
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, mapping

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "pipeline" / "data" / "vn_provinces.geojson"
RADIUS = (0.1, 0.3)  # degrees (11-33 km): how far a commune's cell may reach, by how sparse communes are around it
NEIGHBOURS = 3  # the reach is the distance to the 3rd nearest commune, within RADIUS
ISLAND_RADIUS = 0.06
SIMPLIFY = 0.02  # degrees: coverage simplification tolerance
MIN_HOLE = 0.05  # square degrees: holes smaller than this inside a province are filled
# islands whose legacy point is the administering city's: (legacy district) -> the 2025 special zone's name
FAR_ISLANDS = {"Huyện Hoàng Sa": "Đặc khu Hoàng Sa", "Huyện Trường Sa": "Đặc khu Trường Sa"}


def _database() -> Path:
    import vietnamadminunits

    return Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"


def commune_points(conn: sqlite3.Connection) -> tuple[dict[str, dict], list[tuple[float, float, str, float]]]:
    """Provinces (short name -> code, full name) and points (lon, lat, province, clip radius), one per place."""
    provinces: dict[str, dict] = {}
    points: dict[tuple[float, float], tuple[str, float]] = {}
    far = {district: None for district in FAR_ISLANDS}
    for ward, lat, lon in conn.execute("SELECT ward, wardLat, wardLon FROM admin_units").fetchall():
        for district, special_zone in FAR_ISLANDS.items():
            if ward == special_zone:
                far[district] = (lon, lat)
    rows = conn.execute("SELECT province, provinceShort, provinceCode, district, districtLat, districtLon, wardLat, "
                        "wardLon FROM admin_units_legacy ORDER BY provinceCode, district").fetchall()
    for province, short, code, district, d_lat, d_lon, w_lat, w_lon in rows:
        provinces.setdefault(short, {"code": code, "full_name": province})
        if district in FAR_ISLANDS:
            if far[district]:
                points[(round(far[district][0], 4), round(far[district][1], 4))] = (short, ISLAND_RADIUS)
        elif w_lat is not None and w_lon is not None:
            points.setdefault((round(w_lon, 4), round(w_lat, 4)), (short, 0.0))  # reach set below
        elif d_lat is not None and d_lon is not None:  # an island district without communes
            points.setdefault((round(d_lon, 4), round(d_lat, 4)), (short, ISLAND_RADIUS))
    listed = sorted(points.items())
    reach = _reach(np.array([xy for xy, (_, r) in listed if r == 0.0]))
    out, i = [], 0
    for (lon, lat), (short, r) in listed:
        if r == 0.0:
            r, i = float(reach[i]), i + 1
        out.append((lon, lat, short, r))
    return provinces, out


def _reach(xy: np.ndarray) -> np.ndarray:
    """Per point: distance to its NEIGHBOURS-th nearest point, within RADIUS (brute force in blocks)."""
    reach = np.empty(len(xy))
    for start in range(0, len(xy), 500):
        block = xy[start:start + 500]
        d = np.sqrt(((block[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
        nearest = np.sort(d, axis=1)  # column 0 is the point itself
        # a commune alone on an island (nearest neighbour beyond the largest reach) keeps a small disc
        reach[start:start + 500] = np.where(nearest[:, 1] > RADIUS[1], ISLAND_RADIUS, nearest[:, NEIGHBOURS])
    return np.clip(reach, min(ISLAND_RADIUS, RADIUS[0]), RADIUS[1])


def province_shapes(points: list[tuple[float, float, str, float]]) -> dict[str, Polygon | MultiPolygon]:
    """Union per province of the clipped Voronoi cells of its points."""
    geoms = shapely.points([(lon, lat) for lon, lat, _, _ in points])
    envelope = shapely.box(*shapely.MultiPoint(geoms).bounds).buffer(2)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.MultiPoint(geoms), extend_to=envelope, ordered=True))
    assert len(cells) == len(points), "one Voronoi cell per point"
    by_province: dict[str, list] = defaultdict(list)
    for (lon, lat, province, radius), cell in zip(points, cells):
        by_province[province].append(cell.intersection(Point(lon, lat).buffer(radius, quad_segs=4)))
    shapes = {}
    for province, parts in by_province.items():
        merged = shapely.union_all(parts).buffer(0)
        polygons = [Polygon(p.exterior, [h for h in p.interiors if Polygon(h).area >= MIN_HOLE])
                    for p in getattr(merged, "geoms", [merged])]
        shapes[province] = MultiPolygon(polygons) if len(polygons) > 1 else polygons[0]
    return shapes


def simplified(shapes: dict[str, Polygon | MultiPolygon]) -> dict[str, Polygon | MultiPolygon]:
    """Simplify all provinces together so shared borders stay shared, and round to 3 decimals."""
    names = sorted(shapes)
    coverage = shapely.coverage_simplify([shapes[n] for n in names], SIMPLIFY)
    rounded = shapely.set_precision(coverage, 0.001)
    return {n: g for n, g in zip(names, rounded) if not g.is_empty}


def feature_collection(provinces: dict[str, dict], shapes: dict[str, Polygon | MultiPolygon]) -> dict:
    features = []
    for name in sorted(shapes, key=lambda n: provinces[n]["code"]):
        features.append({"type": "Feature",
                         "properties": {"name": name, "full_name": provinces[name]["full_name"],
                                        "code": provinces[name]["code"]},
                         "geometry": mapping(shapes[name])})
    return {"type": "FeatureCollection",
            "properties": {"source": "Voronoi cells of the communes of vietnamadminunits (63 provinces, before "
                                     "2025), clipped and merged by scripts/make_province_shapes.py",
                           "radius_degrees": RADIUS, "simplify_degrees": SIMPLIFY},
            "features": features}


def build() -> dict:
    with sqlite3.connect(f"file:{_database()}?mode=ro", uri=True) as conn:
        provinces, points = commune_points(conn)
    return feature_collection(provinces, simplified(province_shapes(points)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    collection = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(collection['features'])} provinces, {len(text) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
