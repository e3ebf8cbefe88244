use leptos::prelude::*;

use crate::model::directory::map::{Frame, View};
use crate::model::site::route::base;

/// A small map around one office's approximate position: a part of the map image the
/// build writes once (`map-japan.svg`, `map-world.svg`), enlarged so the office's
/// surroundings read, with a dot on the office. Nothing to run in the browser, and no
/// outlines in the page. `frame` is that map's projection; without one, no map.
#[component]
pub fn OfficeLocator(
    japan: bool,
    frame: Option<Frame>,
    lat: f64,
    lon: f64,
    label: String,
) -> impl IntoView {
    let image = if japan {
        "map-japan.svg"
    } else {
        "map-world.svg"
    };
    let place = frame.and_then(|f| f.place(lat, lon));
    place.map(|(x, y)| {
        let view = View::around(x, y, ZOOM);
        let (dot_x, dot_y) = view.show((x, y)).unwrap_or((50.0, 50.0));
        let image_style = format!(
            "width:{z}%;height:{z}%;left:{:.2}%;top:{:.2}%",
            view.left,
            view.top,
            z = ZOOM * 100.0
        );
        let dot_style = format!("left:{dot_x:.2}%;top:{dot_y:.2}%");
        view! {
            <div class="office-locator" class:is-japan=japan class:is-world=!japan role="img" aria-label=label>
                <img src=format!("{}{image}", base()) alt="" style=image_style />
                <span class="locator-dot" style=dot_style></span>
            </div>
        }
    })
}

/// How much larger than the whole map the locator shows its part.
const ZOOM: f64 = 3.0;
