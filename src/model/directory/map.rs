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

/// A part of a map shown enlarged: the whole drawing scaled by `zoom` and shifted by
/// (`left`, `top`), all in percent of the map's box (which keeps its proportions).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub zoom: f64,
    pub left: f64,
    pub top: f64,
}

impl View {
    /// The whole map.
    pub const WHOLE: View = View {
        zoom: 1.0,
        left: 0.0,
        top: 0.0,
    };

    /// `zoom` times larger, centred on (`x`, `y`) but never past the map's edges.
    pub fn around(x: f64, y: f64, zoom: f64) -> View {
        let zoom = zoom.max(1.0);
        let shift = |at: f64| (50.0 - at * zoom).clamp(100.0 - 100.0 * zoom, 0.0);
        View {
            zoom,
            left: shift(x),
            top: shift(y),
        }
    }

    /// The largest view, up to `max_zoom`, that shows every point with `margin` percent
    /// of the box around them: after a search, the map shows just its matches.
    pub fn fit(points: &[(f64, f64)], max_zoom: f64, margin: f64) -> View {
        let Some(&(x0, y0)) = points.first() else {
            return View::WHOLE;
        };
        let (mut min, mut max) = ((x0, y0), (x0, y0));
        for &(x, y) in points {
            min = (min.0.min(x), min.1.min(y));
            max = (max.0.max(x), max.1.max(y));
        }
        let room = 100.0 - 2.0 * margin;
        let zoom = [max.0 - min.0, max.1 - min.1]
            .into_iter()
            .filter(|&span| span > 0.0)
            .map(|span| room / span)
            .fold(max_zoom, f64::min);
        View::around((min.0 + max.0) / 2.0, (min.1 + max.1) / 2.0, zoom)
    }

    /// Where a point of the whole map lands in this view, `None` when it is out of it.
    pub fn show(&self, (x, y): (f64, f64)) -> Option<(f64, f64)> {
        let at = (self.left + x * self.zoom, self.top + y * self.zoom);
        ((0.0..=100.0).contains(&at.0) && (0.0..=100.0).contains(&at.1)).then_some(at)
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;

    #[test]
    fn centres_a_point_and_stops_at_the_edges() {
        let mid = View::around(50.0, 50.0, 3.0);
        assert_eq!((mid.left, mid.top), (-100.0, -100.0));
        assert_eq!(mid.show((50.0, 50.0)), Some((50.0, 50.0)));
        // Near the top-left corner the view stops at the map's edge; the point moves.
        let corner = View::around(5.0, 5.0, 3.0);
        assert_eq!((corner.left, corner.top), (0.0, 0.0));
        assert_eq!(corner.show((5.0, 5.0)), Some((15.0, 15.0)));
        assert_eq!(corner.show((60.0, 5.0)), None);
    }

    #[test]
    fn fits_the_points_with_a_margin() {
        assert_eq!(View::fit(&[], 6.0, 10.0), View::WHOLE);
        // Spread over the whole map: no zoom.
        assert_eq!(View::fit(&[(5.0, 5.0), (95.0, 95.0)], 6.0, 10.0).zoom, 1.0);
        // A cluster 20 wide, 10 tall: its width decides, 80 / 20 = 4.
        let cluster = [(40.0, 40.0), (60.0, 50.0)];
        let view = View::fit(&cluster, 6.0, 10.0);
        assert_eq!(view.zoom, 4.0);
        for point in cluster {
            let (x, y) = view.show(point).unwrap();
            assert!((10.0..=90.0).contains(&x) && (10.0..=90.0).contains(&y));
        }
        // One point: as close as allowed.
        assert_eq!(View::fit(&[(30.0, 30.0)], 6.0, 10.0).zoom, 6.0);
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
