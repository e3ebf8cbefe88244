//! Map assets (`map-world.json`, `map-japan.json`): outlines already projected to SVG
//! coordinates by `scripts/maps/`, and the same linear projection for markers.

use serde::{Deserialize, Serialize};

use crate::model::lang::Text;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WorldMap {
    pub width: f64,
    pub height: f64,
    pub lon_min: f64,
    pub lon_max: f64,
    pub lat_min: f64,
    pub lat_max: f64,
    pub land: String,
    pub attribution: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct JapanMap {
    pub width: f64,
    pub height: f64,
    pub lon_min: f64,
    pub lon_max: f64,
    pub lat_min: f64,
    pub lat_max: f64,
    pub prefectures: Vec<PrefectureShape>,
    pub attribution: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrefectureShape {
    pub code: u8,
    pub name_en: String,
    pub name_ja: String,
    pub d: String,
}

/// The frame a map was drawn in: where a coordinate lands, in percent of its box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub lon_min: f64,
    pub lon_max: f64,
    pub lat_min: f64,
    pub lat_max: f64,
}

impl Frame {
    /// `(left, top)` in percent, or `None` outside the frame (remote islands).
    pub fn place(&self, lat: f64, lon: f64) -> Option<(f64, f64)> {
        let x = (lon - self.lon_min) / (self.lon_max - self.lon_min) * 100.0;
        let y = (self.lat_max - lat) / (self.lat_max - self.lat_min) * 100.0;
        ((0.0..=100.0).contains(&x) && (0.0..=100.0).contains(&y)).then_some((x, y))
    }
}

impl WorldMap {
    pub fn frame(&self) -> Frame {
        Frame {
            lon_min: self.lon_min,
            lon_max: self.lon_max,
            lat_min: self.lat_min,
            lat_max: self.lat_max,
        }
    }
}

impl JapanMap {
    pub fn frame(&self) -> Frame {
        Frame {
            lon_min: self.lon_min,
            lon_max: self.lon_max,
            lat_min: self.lat_min,
            lat_max: self.lat_max,
        }
    }
}

/// Either map reduced to what a drawing needs: its box, outlines, frame and credit.
#[derive(Clone, Debug, PartialEq)]
pub struct Locator {
    pub width: f64,
    pub height: f64,
    pub paths: Vec<String>,
    pub frame: Frame,
    pub attribution: Text,
}

impl From<WorldMap> for Locator {
    fn from(map: WorldMap) -> Locator {
        Locator {
            width: map.width,
            height: map.height,
            frame: map.frame(),
            paths: vec![map.land],
            attribution: map.attribution,
        }
    }
}

impl From<JapanMap> for Locator {
    fn from(map: JapanMap) -> Locator {
        let frame = map.frame();
        let paths = map.prefectures.into_iter().map(|p| p.d).collect();
        Locator {
            width: map.width,
            height: map.height,
            frame,
            paths,
            attribution: map.attribution,
        }
    }
}

/// Where a locator places its enlarged map image and its dot, in percent of the
/// locator's box (which has the map's proportions).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocatorView {
    pub left: f64,
    pub top: f64,
    pub dot_x: f64,
    pub dot_y: f64,
}

/// The part of a map `zoom` times larger than the whole that centres (`lat`, `lon`),
/// kept inside the map at its edges; `None` outside the map.
pub fn locator_view(frame: &Frame, lat: f64, lon: f64, zoom: f64) -> Option<LocatorView> {
    let (x, y) = frame.place(lat, lon)?;
    let shift = |at: f64| (50.0 - at * zoom).clamp(100.0 - 100.0 * zoom, 0.0);
    let (left, top) = (shift(x), shift(y));
    Some(LocatorView {
        left,
        top,
        dot_x: left + x * zoom,
        dot_y: top + y * zoom,
    })
}

#[cfg(test)]
mod locator_tests {
    use super::*;

    #[test]
    fn centres_the_office_and_stops_at_the_edges() {
        let frame = Frame {
            lon_min: 0.0,
            lon_max: 100.0,
            lat_min: 0.0,
            lat_max: 100.0,
        };
        let mid = locator_view(&frame, 50.0, 50.0, 3.0).unwrap();
        assert_eq!(
            (mid.left, mid.top, mid.dot_x, mid.dot_y),
            (-100.0, -100.0, 50.0, 50.0)
        );
        // Near the top-left corner the view stops at the map's edge; the dot moves.
        let corner = locator_view(&frame, 95.0, 5.0, 3.0).unwrap();
        assert_eq!((corner.left, corner.top), (0.0, 0.0));
        assert!((corner.dot_x - 15.0).abs() < 1e-9 && (corner.dot_y - 15.0).abs() < 1e-9);
        assert_eq!(locator_view(&frame, 50.0, 150.0, 3.0), None);
    }
}

#[cfg(test)]
mod tests {
    use super::Frame;

    #[test]
    fn places_points_in_percent_and_rejects_outside() {
        let world = Frame {
            lon_min: -180.0,
            lon_max: 180.0,
            lat_min: -58.0,
            lat_max: 84.0,
        };
        let (x, y) = world.place(84.0, -180.0).unwrap();
        assert_eq!((x, y), (0.0, 0.0));
        let (x, y) = world.place(13.0, 0.0).unwrap();
        assert!((x - 50.0).abs() < 1e-9 && (y - 50.0).abs() < 1e-9);
        assert_eq!(world.place(-70.0, 0.0), None);
    }
}
