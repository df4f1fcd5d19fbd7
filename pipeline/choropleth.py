"""Province choropleths for the notebooks, drawn with plain matplotlib from the shipped province shapes.

The shapes (`pipeline/data/vn_provinces.geojson`, 63 provinces before the 2025 reorganisation, keyed by the
short names `units.province` uses) are approximations made offline from commune centroids by
`scripts/make_province_shapes.py`: good enough to see which provinces report what, not for measuring areas.
Nothing is downloaded; matplotlib is imported only when a map is drawn.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

SHAPES = "vn_provinces.geojson"


@cache
def provinces() -> dict:
    """The shipped GeoJSON FeatureCollection (63 features with `name`, `full_name`, `code`)."""
    return json.loads(resources.files("pipeline.data").joinpath(SHAPES).read_text(encoding="utf-8"))


def province_names() -> list[str]:
    return [f["properties"]["name"] for f in provinces()["features"]]


def rings(geometry: dict) -> list[list[list[float]]]:
    """Every ring (outer boundaries and holes) of a Polygon or MultiPolygon."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [ring for polygon in polygons for ring in polygon]


def label_point(geometry: dict) -> tuple[float, float]:
    """Where to write a province's value: the middle of the bounding box of its largest ring."""
    def size(ring):
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return (max(xs) - min(xs)) * (max(ys) - min(ys))

    ring = max((r for r in rings(geometry)), key=size)
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


def draw(ax, values: dict[str, float], *, cmap: str = "YlGn", label: str = "", annotate: bool = True,
         missing_colour: str = "#e6e6e6"):
    """Fill each province by its value (provinces absent from `values` in grey) on `ax`; returns the
    ScalarMappable for a colorbar, or None when no value is given. Names not on the map raise KeyError so that
    a misspelt or post-2025 province name is seen, not silently dropped."""
    import matplotlib as mpl
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    known = set(province_names())
    unknown = sorted(set(values) - known)
    if unknown:
        raise KeyError(f"not among the 63 provinces of the map: {unknown}")
    finite = [v for v in values.values() if v is not None]
    norm = mpl.colors.Normalize(vmin=0, vmax=max(finite)) if finite else None
    colormap = mpl.colormaps[cmap]
    for feature in provinces()["features"]:
        name = feature["properties"]["name"]
        vertices, codes = [], []
        for ring in rings(feature["geometry"]):
            vertices += ring
            codes += [Path.MOVETO] + [Path.LINETO] * (len(ring) - 2) + [Path.CLOSEPOLY]
        value = values.get(name)
        face = colormap(norm(value)) if value is not None and norm else missing_colour
        ax.add_patch(PathPatch(Path(vertices, codes), facecolor=face, edgecolor="#555", linewidth=0.3))
        if annotate and value is not None:
            x, y = label_point(feature["geometry"])
            ax.annotate(f"{name}\n{value:,.0f}".replace(",", "."), (x, y), ha="left", va="center", fontsize=7,
                        xytext=(8, 0), textcoords="offset points",
                        bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#999", "alpha": 0.85},
                        arrowprops={"arrowstyle": "-", "color": "#666", "lw": 0.6})
    ax.set_xlim(102.0, 115.0)
    ax.set_ylim(8.3, 23.6)
    ax.set_aspect(1 / 0.96)  # degrees of longitude are ~4 % shorter than of latitude at Vietnam's latitudes
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(label, fontsize=9)
    if norm is None:
        return None
    return mpl.cm.ScalarMappable(norm=norm, cmap=colormap)
