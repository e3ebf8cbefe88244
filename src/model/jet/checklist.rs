//! The document checklist as stored on the device: `{"version":1,"ticked":[ids]}`
//! under one localStorage key. Anything else found there is reset, and the visitor
//! is told, instead of failing.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

pub const STORAGE_KEY: &str = "clair.jet.checklist";
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    version: u32,
    ticked: Vec<String>,
}

/// What was found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Restored {
    /// Nothing stored yet.
    Empty,
    /// A valid checklist; ids of documents that no longer exist are dropped.
    Ticked(BTreeSet<String>),
    /// Something unreadable or from another version: start again and say so.
    Reset,
}

impl Restored {
    pub fn ticked(&self) -> BTreeSet<String> {
        match self {
            Restored::Ticked(ids) => ids.clone(),
            Restored::Empty | Restored::Reset => BTreeSet::new(),
        }
    }
}

/// Reads a stored value against the documents that exist now.
pub fn restore<'a>(raw: Option<&str>, known: impl IntoIterator<Item = &'a str>) -> Restored {
    let Some(raw) = raw else {
        return Restored::Empty;
    };
    match serde_json::from_str::<Stored>(raw) {
        Ok(stored) if stored.version == VERSION => {
            let known: BTreeSet<&str> = known.into_iter().collect();
            Restored::Ticked(
                stored
                    .ticked
                    .into_iter()
                    .filter(|id| known.contains(id.as_str()))
                    .collect(),
            )
        }
        _ => Restored::Reset,
    }
}

/// The value to store for these ticks.
pub fn store(ticked: &BTreeSet<String>) -> String {
    serde_json::to_string(&Stored {
        version: VERSION,
        ticked: ticked.iter().cloned().collect(),
    })
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: [&str; 3] = ["form", "essay", "references"];

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn round_trips() {
        let ticked = set(&["essay", "form"]);
        let raw = store(&ticked);
        assert_eq!(raw, r#"{"version":1,"ticked":["essay","form"]}"#);
        assert_eq!(restore(Some(&raw), KNOWN), Restored::Ticked(ticked));
    }

    #[test]
    fn nothing_stored_is_empty() {
        assert_eq!(restore(None, KNOWN), Restored::Empty);
        assert!(restore(None, KNOWN).ticked().is_empty());
    }

    #[test]
    fn drops_documents_that_no_longer_exist() {
        let raw = r#"{"version":1,"ticked":["form","gone"]}"#;
        assert_eq!(restore(Some(raw), KNOWN), Restored::Ticked(set(&["form"])));
    }

    #[test]
    fn resets_corrupt_or_old_storage() {
        for raw in [
            "",
            "{",
            "null",
            r#"["form","essay"]"#,
            r#"{"version":0,"ticked":["form"]}"#,
            r#"{"version":2,"ticked":["form"]}"#,
            r#"{"version":1,"ticked":"form"}"#,
            r#"{"version":1,"ticked":["form"],"extra":true}"#,
        ] {
            assert_eq!(restore(Some(raw), KNOWN), Restored::Reset, "{raw}");
        }
    }
}
