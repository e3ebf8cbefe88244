//! The one loader for every content file in `public/data/`.
//!
//! Each file becomes a serializable `Resource`: the prerenderer reads it from disk and
//! writes the value into the page, the browser's hydration reads it back from there, and
//! later client-side navigations fetch it with gloo-net. Fetched text is cached for the
//! visit, so a file is downloaded once however many pages use it.

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::model::directory::map::{JapanMap, Locator, WorldMap};
use crate::model::directory::{Directory, Lookup};
use crate::model::jet::eligibility::Eligibility;
use crate::model::jet::{Faq, Guide, Overview, Timeline, WhereToApply};
use crate::model::load::{parse, LoadError};
use crate::model::site::content::{Mission, Site};
#[cfg(not(feature = "ssr"))]
use crate::model::site::route::base;

/// A content file's value, or why it could not be had.
pub type Loaded<T> = Result<T, LoadError>;

#[cfg(feature = "ssr")]
async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let dir = std::env::var("CLAIR_DATA_DIR").unwrap_or_else(|_| "public/data".into());
    std::fs::read_to_string(std::path::Path::new(&dir).join(file)).map_err(|err| {
        LoadError::Network {
            file: file.to_string(),
            detail: err.to_string(),
        }
    })
}

#[cfg(not(feature = "ssr"))]
async fn fetch_text(file: &str) -> Result<String, LoadError> {
    use std::cell::RefCell;
    use std::collections::HashMap;

    thread_local! {
        static CACHE: RefCell<HashMap<String, String>> = RefCell::default();
    }
    if let Some(text) = CACHE.with_borrow(|cache| cache.get(file).cloned()) {
        return Ok(text);
    }
    let network = |err: gloo_net::Error| LoadError::Network {
        file: file.to_string(),
        detail: err.to_string(),
    };
    let response = gloo_net::http::Request::get(&format!("{}data/{file}", base()))
        .send()
        .await
        .map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Status {
            file: file.to_string(),
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(network)?;
    CACHE.with_borrow_mut(|cache| cache.insert(file.to_string(), text.clone()));
    Ok(text)
}

async fn load<T: DeserializeOwned>(file: &'static str) -> Loaded<T> {
    parse(file, &fetch_text(file).await?)
}

/// A resource for one file. gloo-net's future is not `Send`; in the browser there is
/// only one thread, so wrapping it is sound.
fn resource<T>(file: &'static str) -> Resource<Loaded<T>>
where
    T: DeserializeOwned + serde::Serialize + Clone + Send + Sync + 'static,
{
    Resource::new(
        || (),
        move |_| send_wrapper::SendWrapper::new(load::<T>(file)),
    )
}

/// `site.json`, used by the shell on every page.
pub fn site() -> Resource<Loaded<Site>> {
    resource("site.json")
}

/// `mission.json`, used by the mission, offices and JET pages.
pub fn mission() -> Resource<Loaded<Mission>> {
    resource("mission.json")
}

/// `offices.json`, for the directory page.
pub fn offices() -> Resource<Loaded<Directory>> {
    resource("offices.json")
}

/// One office's page: only that office and its neighbours travel in the prerendered
/// HTML, not the whole directory.
pub fn office(id: Memo<String>) -> Resource<Loaded<Lookup>> {
    Resource::new(
        move || id.get(),
        |id| {
            send_wrapper::SendWrapper::new(async move {
                load::<Directory>("offices.json")
                    .await
                    .map(|d| d.lookup(&id))
            })
        },
    )
}

/// `jet/overview.json`, for `/jet`.
pub fn jet_overview() -> Resource<Loaded<Overview>> {
    resource("jet/overview.json")
}

/// `jet/eligibility.json`: the checker's questions and rules.
pub fn jet_eligibility() -> Resource<Loaded<Eligibility>> {
    resource("jet/eligibility.json")
}

/// `jet/timeline.json`: the yearly cycle and countries' published dates.
pub fn jet_timeline() -> Resource<Loaded<Timeline>> {
    resource("jet/timeline.json")
}

/// `jet/apply.json`: the step-by-step guide and its checklist.
pub fn jet_guide() -> Resource<Loaded<Guide>> {
    resource("jet/apply.json")
}

/// `jet/where.json`: JET desks and the country list.
pub fn jet_where() -> Resource<Loaded<WhereToApply>> {
    resource("jet/where.json")
}

/// `jet/faq.json`.
pub fn jet_faq() -> Resource<Loaded<Faq>> {
    resource("jet/faq.json")
}

/// World outline for the directory's map.
pub fn world_map() -> Resource<Loaded<WorldMap>> {
    resource("map-world.json")
}

/// Prefecture outlines for the directory's map of branches.
pub fn japan_map() -> Resource<Loaded<JapanMap>> {
    resource("map-japan.json")
}

/// A map for a small locator, loaded only in the browser: the prerendered page keeps
/// its room free instead of carrying the outlines.
pub fn locator_map(japan: bool) -> LocalResource<Loaded<Locator>> {
    LocalResource::new(move || async move {
        if japan {
            load::<JapanMap>("map-japan.json").await.map(Locator::from)
        } else {
            load::<WorldMap>("map-world.json").await.map(Locator::from)
        }
    })
}
