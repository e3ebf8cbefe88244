//! Whether an office is likely within working hours, from its local weekday and time.
//! The browser supplies those through `Intl` (no bundled time-zone database).

/// Monday to Friday, 9:00 to 16:59 local time. A rule of thumb, not an office's
/// published hours, and the UI says so.
pub fn in_weekday_hours(weekday: &str, hour: u32) -> bool {
    let weekday = matches!(weekday, "Mon" | "Tue" | "Wed" | "Thu" | "Fri");
    weekday && (9..17).contains(&hour)
}

#[cfg(test)]
mod tests {
    use super::in_weekday_hours;

    #[test]
    fn weekdays_nine_to_five() {
        assert!(in_weekday_hours("Mon", 9));
        assert!(in_weekday_hours("Fri", 16));
        assert!(!in_weekday_hours("Fri", 17));
        assert!(!in_weekday_hours("Wed", 8));
        assert!(!in_weekday_hours("Sat", 11));
        assert!(!in_weekday_hours("Sun", 12));
    }
}
