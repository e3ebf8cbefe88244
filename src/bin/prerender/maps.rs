//! The map images office pages show a part of: one file per map, cached once for every
//! page, instead of outlines in each page or a map drawn by the wasm.

use std::path::Path;

use clair::model::directory::map::{JapanMap, WorldMap};
use clair::model::load::parse;

/// An SVG of the outlines with the site's land and sea colours, light and dark.
fn svg(width: f64, height: f64, paths: &[String]) -> String {
    let shapes: String = paths
        .iter()
        .map(|d| format!(r#"<path d="{d}"/>"#))
        .collect();
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"><style>path{{fill:#c5d0dd;stroke:#8395aa;stroke-width:.5}}@media (prefers-color-scheme:dark){{path{{fill:#283a4f;stroke:#5a7189}}}}</style>{shapes}</svg>"#
    )
}

/// Writes `map-japan.svg` and `map-world.svg` into `dist` from the content files.
pub fn write_map_images(dist: &Path, data_dir: &Path) -> Result<(), String> {
    let read = |file: &str| {
        std::fs::read_to_string(data_dir.join(file)).map_err(|e| format!("{file}: {e}"))
    };
    let japan: JapanMap =
        parse("map-japan.json", &read("map-japan.json")?).map_err(|e| e.to_string())?;
    let world: WorldMap =
        parse("map-world.json", &read("map-world.json")?).map_err(|e| e.to_string())?;
    let prefectures: Vec<String> = japan.prefectures.into_iter().map(|p| p.d).collect();
    let write = |file: &str, text: String| {
        std::fs::write(dist.join(file), text).map_err(|e| format!("{file}: {e}"))
    };
    write(
        "map-japan.svg",
        svg(japan.width, japan.height, &prefectures),
    )?;
    write(
        "map-world.svg",
        svg(world.width, world.height, &[world.land]),
    )
}
