// Converts Natural Earth's 1:50m country outlines (world-atlas 2.0.2,
// countries-50m.json) into the compact outline twinpress draws maps from:
// the whole world, one ring per line, in fiftieths of a degree, the first
// point absolute and the others as differences.
import { readFileSync, writeFileSync } from "node:fs";
import { feature } from "topojson-client";

const STEP = 50; // points per degree
const topo = JSON.parse(readFileSync(process.argv[2], "utf8"));
const countries = feature(topo, topo.objects.countries).features;
const lines = [];
for (const c of countries) {
  const g = c.geometry;
  if (!g) continue;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      // A ring cut by the antimeridian and back (eastern Russia, Fiji)
      // is made whole, running on past 180°, and kept where most of it
      // lies; a ring around the pole (Antarctica) crosses it once and
      // stays as it is.
      const lons = ring.map((p) => p[0]);
      let crossings = 0;
      for (let i = 1; i < lons.length; i++) if (Math.abs(lons[i] - lons[i - 1]) > 180) crossings++;
      if (crossings > 0 && crossings % 2 === 0) {
        for (let i = 1; i < lons.length; i++) {
          while (lons[i] - lons[i - 1] > 180) lons[i] -= 360;
          while (lons[i] - lons[i - 1] < -180) lons[i] += 360;
        }
        const mid = (Math.min(...lons) + Math.max(...lons)) / 2;
        const shift = mid > 180 ? -360 : mid < -180 ? 360 : 0;
        for (let i = 0; i < lons.length; i++) lons[i] += shift;
      }
      const pts = [];
      for (const [i, [, lat]] of ring.entries()) {
        const lon = lons[i];
        const x = Math.round(lon * STEP);
        const y = Math.round(lat * STEP);
        const last = pts[pts.length - 1];
        if (!last || last[0] !== x || last[1] !== y) pts.push([x, y]);
      }
      if (pts.length < 4) continue;
      let area = 0;
      for (let i = 0; i < pts.length; i++) {
        const [x1, y1] = pts[i], [x2, y2] = pts[(i + 1) % pts.length];
        area += x1 * y2 - x2 * y1;
      }
      if (Math.abs(area) < 2) continue;
      const out = [`${pts[0][0]},${pts[0][1]}`];
      for (let i = 1; i < pts.length; i++) out.push(`${pts[i][0] - pts[i - 1][0]},${pts[i][1] - pts[i - 1][1]}`);
      lines.push(out.join(" "));
    }
  }
}
writeFileSync(process.argv[3], lines.join("\n") + "\n");
console.log(lines.length, "rings");
