//! Moving between a map's markers by keyboard: which marker an arrow key goes to and
//! what Enter does. Pure geometry on the markers' positions in view.

/// What a key pressed on the map does.
#[derive(Debug, PartialEq)]
pub enum KeyAction {
    /// Put the keyboard on this marker.
    Move(usize),
    /// Choose this marker's office.
    Choose(usize),
    /// A map key with nowhere to go: nothing happens, and the page does not scroll.
    Stay,
    /// Not a map key.
    None,
}

/// Arrow keys move to the nearest marker that way (the first marker if none is
/// current); Enter and Space choose the current one.
pub fn marker_key(key: &str, markers: &[(usize, (f64, f64))], cursor: Option<usize>) -> KeyAction {
    let from = cursor.and_then(|c| markers.iter().find(|(i, _)| *i == c));
    let step = match key {
        "ArrowRight" => (1.0, 0.0),
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowDown" => (0.0, 1.0),
        "ArrowUp" => (0.0, -1.0),
        "Enter" | " " => {
            return from.map_or(KeyAction::None, |&(i, _)| KeyAction::Choose(i));
        }
        _ => return KeyAction::None,
    };
    let next = match from {
        None => markers.first().map(|(i, _)| *i),
        Some(&(_, at)) => nearest(markers, at, step),
    };
    next.map_or(KeyAction::Stay, KeyAction::Move)
}

/// The marker nearest to `at` in `direction` (a unit step along x or y), preferring
/// those straight ahead over those off to the side.
fn nearest(
    markers: &[(usize, (f64, f64))],
    at: (f64, f64),
    direction: (f64, f64),
) -> Option<usize> {
    markers
        .iter()
        .filter_map(|&(i, (x, y))| {
            let (dx, dy) = (x - at.0, y - at.1);
            let ahead = dx * direction.0 + dy * direction.1;
            let aside = (dx * direction.1 - dy * direction.0).abs();
            (ahead > 0.0).then_some((i, ahead + 2.0 * aside))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::{marker_key, nearest, KeyAction};

    #[test]
    fn keys_move_choose_or_stay() {
        let markers = [(4, (10.0, 10.0)), (7, (30.0, 10.0))];
        assert_eq!(marker_key("ArrowLeft", &markers, None), KeyAction::Move(4));
        assert_eq!(
            marker_key("ArrowRight", &markers, Some(4)),
            KeyAction::Move(7)
        );
        assert_eq!(marker_key("ArrowRight", &markers, Some(7)), KeyAction::Stay);
        assert_eq!(marker_key("Enter", &markers, Some(7)), KeyAction::Choose(7));
        assert_eq!(marker_key("Enter", &markers, None), KeyAction::None);
        assert_eq!(marker_key("a", &markers, Some(4)), KeyAction::None);
    }

    #[test]
    fn arrows_go_to_the_nearest_marker_that_way() {
        let markers = [
            (0, (50.0, 50.0)),
            (1, (60.0, 52.0)),
            (2, (80.0, 50.0)),
            (3, (50.0, 20.0)),
        ];
        assert_eq!(nearest(&markers, (50.0, 50.0), (1.0, 0.0)), Some(1));
        assert_eq!(nearest(&markers, (60.0, 52.0), (1.0, 0.0)), Some(2));
        assert_eq!(nearest(&markers, (50.0, 50.0), (0.0, -1.0)), Some(3));
        assert_eq!(nearest(&markers, (50.0, 50.0), (-1.0, 0.0)), None);
    }
}
