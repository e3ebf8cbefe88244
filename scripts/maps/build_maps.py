#!/usr/bin/env python3
"""Step 2 of build_maps.sh: project, simplify and write the two map JSON files.

Usage: python3 build_maps.py --work <workdir> --out <public/data dir> [--preview]

Inputs (made by build_maps.sh / ne_to_geojson.cjs in <workdir>):
  land-110m.geojson   world land, Natural Earth 1:110m (world-atlas)
  japan-10m.geojson   Japan from Natural Earth 1:10m countries (world-atlas), islands only
  py/                 pip --target dir holding japanmap (prefecture outlines)
Outputs:
  <out>/map-world.json, <out>/map-japan.json
  with --preview also <workdir>/world.html and <workdir>/japan.html (paths + test dots)

Path strings: one SVG path `d` per map/prefecture, each ring written as an absolute
"M x,y" followed by relative "l dx,dy ..." and "z". Coordinates are in the map's own
pixel space (0..width, 0..height), rounded to 0.1 px.
"""

import argparse
import json
import math
import sys
from pathlib import Path

# ---------------------------------------------------------------- projections

# Plain equirectangular: height = width * (lat span / 360), i.e. round(1000 * 142 / 360).
WORLD = {"width": 1000, "height": round(1000 * (84 - -58) / 360)}  # 394
WORLD.update({"lon_min": -180, "lon_max": 180, "lat_min": -58, "lat_max": 84})

# Equirectangular stretched so that shapes are true to aspect at latitude 36 deg:
# height = round(600 * (20.1 / 19.5) / cos(36 deg)).
# The south-west corner (126.5, 25.5) keeps Okinawa Island, Kerama and Kume inside with
# sea around them, so the Naha branch marker is not on the edge; islands further
# south-west (Miyako, Yaeyama) stay cropped (see README.md).
JAPAN_BOUNDS = {"lon_min": 126.5, "lon_max": 146.0, "lat_min": 25.5, "lat_max": 45.6}
JAPAN = {
    "width": 600,
    "height": round(
        600
        * ((JAPAN_BOUNDS["lat_max"] - JAPAN_BOUNDS["lat_min"]) / (JAPAN_BOUNDS["lon_max"] - JAPAN_BOUNDS["lon_min"]))
        / math.cos(math.radians(36))
    ),  # 764
    **JAPAN_BOUNDS,
}


def projector(m):
    w, h = m["width"], m["height"]
    x0, x1, y0, y1 = m["lon_min"], m["lon_max"], m["lat_min"], m["lat_max"]

    def proj(lon, lat):
        return ((lon - x0) / (x1 - x0) * w, (y1 - lat) / (y1 - y0) * h)

    return proj


# ---------------------------------------------------------------- geometry helpers

# Simplification tolerances in output pixels.
WORLD_TOL = 0.4  # Douglas-Peucker tolerance
JAPAN_TOL = 0.3
MIN_RING = 2.0  # drop rings whose bbox is smaller than this in both directions (px)


def _seg_dist2(p, a, b):
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    px, py = p[0] - ax, p[1] - ay
    l2 = dx * dx + dy * dy
    if l2 == 0:
        return px * px + py * py
    t = max(0.0, min(1.0, (px * dx + py * dy) / l2))
    ex, ey = px - t * dx, py - t * dy
    return ex * ex + ey * ey


def simplify(pts, tol):
    """Douglas-Peucker; keeps both end points (also works when they coincide)."""
    n = len(pts)
    if n <= 2:
        return list(pts)
    keep = [False] * n
    keep[0] = keep[-1] = True
    tol2 = tol * tol
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        best, bi = -1.0, -1
        for k in range(i + 1, j):
            d = _seg_dist2(pts[k], pts[i], pts[j])
            if d > best:
                best, bi = d, k
        if bi >= 0 and best > tol2:
            keep[bi] = True
            stack.append((i, bi))
            stack.append((bi, j))
    return [p for p, k in zip(pts, keep) if k]


def bbox(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def tiny(pts):
    x0, y0, x1, y1 = bbox(pts)
    return (x1 - x0) < MIN_RING and (y1 - y0) < MIN_RING


def outside(pts, w, h):
    x0, y0, x1, y1 = bbox(pts)
    return x1 < 0 or y1 < 0 or x0 > w or y0 > h


def unwrap(ring):
    """Make longitudes continuous (a ring crossing the antimeridian gets lon > 180 or < -180)."""
    out = [tuple(ring[0])]
    for lon, lat in ring[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        out.append((lon, lat))
    return out


def clip(pts, x0, y0, x1, y1):
    """Sutherland-Hodgman clip of a closed ring to a rectangle (may leave edges on it)."""
    for axis, lim, keep_less in ((0, x0, False), (0, x1, True), (1, y0, False), (1, y1, True)):
        if not pts:
            break
        inside = (lambda p: p[axis] <= lim) if keep_less else (lambda p: p[axis] >= lim)
        out = []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(_cut(prev, cur, axis, lim))
                out.append(cur)
            elif inside(prev):
                out.append(_cut(prev, cur, axis, lim))
        pts = out
    return pts


def _cut(a, b, axis, lim):
    t = (lim - a[axis]) / (b[axis] - a[axis])
    p = (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
    return (lim, p[1]) if axis == 0 else (p[0], lim)


def _num(t):
    """Integer tenths -> shortest decimal text ("12.3", "-4", "0.5")."""
    s = "-" if t < 0 else ""
    q, r = divmod(abs(t), 10)
    return f"{s}{q}.{r}" if r else f"{s}{q}"


def ring_d(pts):
    """Pixel ring -> 'M x,y l dx,dy ... z' with 0.1 px rounding, or '' if degenerate."""
    q = []
    for x, y in pts:
        p = (round(x * 10), round(y * 10))
        if not q or q[-1] != p:
            q.append(p)
    while len(q) > 1 and q[-1] == q[0]:
        q.pop()
    if len(q) < 3:
        return ""
    out = [f"M{_num(q[0][0])},{_num(q[0][1])}l"]
    parts = []
    for (ax, ay), (bx, by) in zip(q, q[1:]):
        dx, dy = _num(bx - ax), _num(by - ay)
        parts.append(f"{dx}{'' if dy.startswith('-') else ','}{dy}")
    # Join pairs with a space unless the next pair starts with "-".
    s = parts[0]
    for p in parts[1:]:
        s += p if p.startswith("-") else " " + p
    out.append(s)
    out.append("z")
    return "".join(out)


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def ring_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        xs, ys = zip(*ring)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    return cx / (3 * a), cy / (3 * a)


# ---------------------------------------------------------------- world

ATTR_WORLD = {
    "en": "Land outlines: Natural Earth (public domain), via the world-atlas package.",
    "ja": "陸地の輪郭：Natural Earth（パブリックドメイン）、world-atlas パッケージより。",
}


def build_world(work):
    proj = projector(WORLD)
    w, h = WORLD["width"], WORLD["height"]
    fc = json.loads((work / "land-110m.geojson").read_text())
    rings_in = rings_out = 0
    ds = []
    for feat in fc["features"]:
        g = feat["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for poly in polys:
            for ring in poly:
                rings_in += 1
                ll = unwrap(ring)
                if abs(ll[-1][0] - ll[0][0]) > 1:
                    # Goes round a pole: only Antarctica, which lies south of lat_min.
                    if max(lat for _, lat in ll) > WORLD["lat_min"]:
                        sys.exit("[maps] a ring round a pole reaches into the map; not handled")
                    continue
                lons = [lon for lon, _ in ll]
                # Rings that cross the antimeridian (Chukotka, Wrangel, Fiji) are drawn
                # once per side, each clipped to the map rectangle.
                for shift in (-360, 0, 360):
                    if max(lons) + shift <= -180 or min(lons) + shift >= 180:
                        continue
                    pts = clip([proj(lon + shift, lat) for lon, lat in ll], 0, 0, w, h)
                    if not pts or outside(pts, w, h) or tiny(pts):
                        continue
                    d = ring_d(simplify(pts + pts[:1], WORLD_TOL))
                    if d:
                        ds.append(d)
                        rings_out += 1
    print(f"[maps] world: {rings_out}/{rings_in} rings kept", file=sys.stderr)
    return {**WORLD, "land": "".join(ds), "attribution": ATTR_WORLD}


# ---------------------------------------------------------------- Japan

NAMES_EN = (
    "Hokkaido Aomori Iwate Miyagi Akita Yamagata Fukushima Ibaraki Tochigi Gunma Saitama "
    "Chiba Tokyo Kanagawa Niigata Toyama Ishikawa Fukui Yamanashi Nagano Gifu Shizuoka "
    "Aichi Mie Shiga Kyoto Osaka Hyogo Nara Wakayama Tottori Shimane Okayama Hiroshima "
    "Yamaguchi Tokushima Kagawa Ehime Kochi Fukuoka Saga Nagasaki Kumamoto Oita Miyazaki "
    "Kagoshima Okinawa"
).split()

ATTR_JAPAN = {
    "en": "Prefecture outlines: japanmap (Apache License 2.0); outlying islands: "
    "Natural Earth (public domain), via the world-atlas package.",
    "ja": "都道府県の輪郭：japanmap（Apache License 2.0）、離島：Natural Earth"
    "（パブリックドメイン）、world-atlas パッケージより。",
}

# japanmap only holds, for each prefecture, the one area that contains the prefectural
# capital, so islands (Sado, Awaji, Tsushima, Amami, the Izu islands, ...) are added from
# Natural Earth. Each island goes to the prefecture whose outline is nearest to it,
# except inside these boxes (lon_min, lon_max, lat_min, lat_max, code, what), checked
# in order, where the nearest prefecture is not the one the island belongs to.
ISLAND_RULES = [
    (138.9, 143.0, 24.0, 34.85, 13, "Izu and Ogasawara islands -> Tokyo"),
    (134.6, 135.1, 34.15, 34.65, 28, "Awaji -> Hyogo"),
    (134.0, 134.45, 34.4, 34.56, 37, "Shodoshima, Teshima, Naoshima -> Kagawa"),
    (132.95, 133.05, 34.2, 34.28, 38, "Omishima -> Ehime"),
    (129.95, 130.25, 32.25, 32.55, 43, "Amakusa-Shimoshima -> Kumamoto"),
    (132.9, 133.5, 35.9, 36.4, 32, "Oki -> Shimane"),
    (129.0, 129.9, 33.65, 34.8, 42, "Tsushima, Iki -> Nagasaki"),
    (129.3, 129.75, 33.05, 33.5, 42, "Hirado, Ikitsuki -> Nagasaki"),
    (128.3, 131.5, 27.0, 29.0, 46, "Amami islands (incl. Yoron) -> Kagoshima"),
]


def load_japanmap(work):
    sys.path.insert(0, str(work / "py"))
    import japanmap  # noqa: PLC0415

    qp, qo = japanmap.get_data()  # lon/lat, islands not moved
    names_ja = list(japanmap.pref_names[1:])
    return japanmap, qp, qo, names_ja


def build_japan(work):
    proj = projector(JAPAN)
    w, h = JAPAN["width"], JAPAN["height"]
    japanmap, qp, qo, names_ja = load_japanmap(work)
    assert len(qo) == 47 and len(names_ja) == 47

    # 1. Prefecture main areas. japanmap stores them as arcs (shared borders) over one
    #    point list; simplify each arc once so neighbours keep identical borders.
    xy = [proj(*p[0]) for p in qp]
    lonlat = [tuple(p[0]) for p in qp]
    off = [
        i
        for i, (lon, lat) in enumerate(lonlat)
        if not (JAPAN["lon_min"] <= lon <= JAPAN["lon_max"] and JAPAN["lat_min"] <= lat <= JAPAN["lat_max"])
    ]
    if off:
        print(f"[maps] warning: {len(off)} japanmap points outside the bounds", file=sys.stderr)
    cache = {}

    def arc(ls):
        fwd = tuple(ls)
        rev = fwd[::-1]
        key = min(fwd, rev)
        if key not in cache:
            cache[key] = simplify([xy[i] for i in key], JAPAN_TOL)
        pts = cache[key]
        return pts if key == fwd else pts[::-1]

    mains_px = []
    for k in range(47):
        ring = []
        arcs = qo[k]
        for j, (_, ls) in enumerate(arcs):
            pts = arc(ls)
            # Consecutive arcs share their junction point; japanmap has one tiny gap
            # (Shimane, 0.2 px) where they do not, and there all points are kept.
            joined = j > 0 and ls[0] == arcs[j - 1][1][-1]
            ring.extend(pts[1:] if joined else pts)
        mains_px.append(ring)
    # The same areas unsimplified, in lon/lat (japanmap's own accessor).
    mains_ll = [[tuple(p) for p in ring] for ring in japanmap.pref_points((qp, qo))]

    # 2. Islands from Natural Earth 10m "Japan".
    raw_px = [[proj(*p) for p in ring] for ring in mains_ll]
    boxes = [bbox(r) for r in mains_ll]
    fc = json.loads((work / "japan-10m.geojson").read_text())
    g = fc["features"][0]["geometry"]
    polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
    islands = [[] for _ in range(47)]
    log = []
    for poly in polys:
        outer = [tuple(p) for p in poly[0]]
        n_in = 0
        for lon, lat in outer:
            for b, ring in zip(boxes, mains_ll):
                if b[0] <= lon <= b[2] and b[1] <= lat <= b[3] and point_in_ring(lon, lat, ring):
                    n_in += 1
                    break
        if n_in > 0.2 * len(outer):
            continue  # a main island, already drawn from japanmap
        clon, clat = ring_centroid(outer[:-1] if outer[0] == outer[-1] else outer)
        if not (JAPAN["lon_min"] <= clon <= JAPAN["lon_max"] and JAPAN["lat_min"] <= clat <= JAPAN["lat_max"]):
            log.append(f"  cropped  {clon:8.3f} {clat:7.3f}")
            continue
        pts = [proj(lon, lat) for lon, lat in outer]
        if tiny(pts):
            continue
        code, how = None, ""
        for x0, x1, y0, y1, c, what in ISLAND_RULES:
            if x0 <= clon <= x1 and y0 <= clat <= y1:
                code, how = c, "rule: " + what
                break
        cx, cy = proj(clon, clat)
        dist = sorted(
            (min(_seg_dist2((cx, cy), a, b) for a, b in zip(r, r[1:] + r[:1])) ** 0.5, k + 1)
            for k, r in enumerate(raw_px)
        )
        if code is None:
            code, how = dist[0][1], f"nearest ({dist[0][0]:.0f} px; next {NAMES_EN[dist[1][1] - 1]} {dist[1][0]:.0f} px)"
        x0, y0, x1, y1 = bbox(pts)
        log.append(
            f"  {clon:8.3f} {clat:7.3f} {x1 - x0:5.1f}x{y1 - y0:5.1f}px -> {code:2d} {NAMES_EN[code - 1]:10s} {how}"
        )
        islands[code - 1].append(simplify(pts, JAPAN_TOL))
    print("[maps] japan islands from Natural Earth:\n" + "\n".join(log), file=sys.stderr)

    prefs = []
    for k in range(47):
        d = ring_d(mains_px[k]) + "".join(ring_d(r) for r in islands[k])
        prefs.append({"code": k + 1, "name_en": NAMES_EN[k], "name_ja": names_ja[k], "d": d})
    return {**JAPAN, "prefectures": prefs, "attribution": ATTR_JAPAN}


# ---------------------------------------------------------------- preview

TEST_DOTS = [
    ("Tokyo", 139.75, 35.69),
    ("London", -0.13, 51.51),
    ("Sydney", 151.21, -33.87),
    ("Sapporo", 141.35, 43.06),
    ("Naha", 127.68, 26.21),
    ("Fukuoka", 130.40, 33.59),
]


def preview(path, m, body):
    proj = projector(m)
    w, h = m["width"], m["height"]
    dots = []
    for name, lon, lat in TEST_DOTS:
        x, y = proj(lon, lat)
        if 0 <= x <= w and 0 <= y <= h:
            dots.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="red"/>'
                f'<text x="{x + 5:.1f}" y="{y - 4:.1f}" font-size="11" fill="#b00">{name}</text>'
            )
    path.write_text(
        '<!doctype html><html><body style="margin:0;background:#fff">'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}">'
        f'<rect width="{w}" height="{h}" fill="#dfeaf5"/>{body}{"".join(dots)}</svg></body></html>'
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--preview", action="store_true")
    a = ap.parse_args()

    world = build_world(a.work)
    japan = build_japan(a.work)
    for name, data in (("map-world.json", world), ("map-japan.json", japan)):
        p = a.out / name
        # Editors' tools check the file against its schema (make schemas writes it).
        data = {"$schema": "./schema/" + name.replace(".json", ".schema.json"), **data}
        p.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"[maps] wrote {p} ({p.stat().st_size} bytes)", file=sys.stderr)

    if a.preview:
        preview(
            a.work / "world.html",
            world,
            f'<path d="{world["land"]}" fill="#9bb58a" stroke="#4d6b3c" stroke-width=".4"/>',
        )
        paths = "".join(
            f'<path d="{p["d"]}" fill="hsl({p["code"] * 47 % 360},45%,78%)" stroke="#555" '
            f'stroke-width=".5"><title>{p["name_en"]}</title></path>'
            for p in japan["prefectures"]
        )
        preview(a.work / "japan.html", japan, paths)
        print(f"[maps] previews: {a.work / 'world.html'}, {a.work / 'japan.html'}", file=sys.stderr)


if __name__ == "__main__":
    main()
