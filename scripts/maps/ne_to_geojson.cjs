// Step 1 of build_maps.sh: TopoJSON (world-atlas, Natural Earth) -> plain GeoJSON.
// Usage: node ne_to_geojson.cjs <workdir>
//   reads  <workdir>/node_modules/{world-atlas,topojson-client}
//   writes <workdir>/land-110m.geojson   (world land, 1:110m)
//          <workdir>/japan-10m.geojson   (the "Japan" feature of countries-10m, used only
//                                         for outlying islands that japanmap leaves out)
"use strict";
const fs = require("fs");
const path = require("path");

const work = process.argv[2];
if (!work) {
  console.error("usage: node ne_to_geojson.cjs <workdir>");
  process.exit(2);
}
const nm = path.join(work, "node_modules");
const topojson = require(path.join(nm, "topojson-client"));
const readTopo = (f) => JSON.parse(fs.readFileSync(path.join(nm, "world-atlas", f), "utf8"));

const land = readTopo("land-110m.json");
const landFc = topojson.feature(land, land.objects.land);
fs.writeFileSync(path.join(work, "land-110m.geojson"), JSON.stringify(landFc));

const countries = readTopo("countries-10m.json");
const countriesFc = topojson.feature(countries, countries.objects.countries);
// ISO 3166-1 numeric 392 = Japan.
const japan = countriesFc.features.filter((f) => f.id === "392");
if (japan.length !== 1) {
  console.error(`expected one Japan feature in countries-10m, got ${japan.length}`);
  process.exit(1);
}
fs.writeFileSync(
  path.join(work, "japan-10m.geojson"),
  JSON.stringify({ type: "FeatureCollection", features: japan })
);

const ver = (p) => JSON.parse(fs.readFileSync(path.join(nm, p, "package.json"), "utf8")).version;
console.log(
  `[maps] GeoJSON written (world-atlas ${ver("world-atlas")}, topojson-client ${ver("topojson-client")})`
);
