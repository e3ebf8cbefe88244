//! The one loader for every content file in `public/data/`.
//!
//! Server components read files through `Resource`s while prerendering (nothing of them
//! is written into the page). Islands read theirs with `now`: the prerenderer from disk,
//! the browser from files fetched with gloo-net before the island starts.

use leptos::prelude::*;
use serde::de::DeserializeOwned;

use crate::model::directory::{Directory, Lookup, OfficeNames};
use crate::model::files::Content;
use crate::model::jet::eligibility::Eligibility;
use crate::model::jet::{Faq, Guide, Overview, Timeline, WhereToApply};
use crate::model::lang::Lang;
use crate::model::load::{parse, LoadError};
use crate::model::site::mission::{Mission, Site};
#[cfg(not(feature = "ssr"))]
use crate::model::site::route::base;
use crate::model::site::search::{Entry, SiteIndex};

/// A content file's value, or why it could not be had.
pub type Loaded<T> = Result<T, LoadError>;

#[cfg(feature = "ssr")]
fn read_text(file: &str) -> Result<String, LoadError> {
    let dir = std::env::var("CLAIR_DATA_DIR").unwrap_or_else(|_| "public/data".into());
    std::fs::read_to_string(std::path::Path::new(&dir).join(file)).map_err(|err| {
        LoadError::Network {
            file: file.to_string(),
            detail: err.to_string(),
        }
    })
}

#[cfg(feature = "ssr")]
async fn fetch_text(file: &str) -> Result<String, LoadError> {
    read_text(file)
}

#[cfg(not(feature = "ssr"))]
thread_local! {
    /// Fetched files for the visit: a file is downloaded once however many islands use it.
    static CACHE: std::cell::RefCell<std::collections::HashMap<String, String>> =
        std::cell::RefCell::default();
    /// The language the cached files are for: each holds English and this language only.
    static CACHE_LANG: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// The page's language, from `<html lang>`; a navigation to another language's page
/// empties the visit's cache, whose files hold the previous language's texts.
#[cfg(not(feature = "ssr"))]
fn page_lang() -> Lang {
    let lang = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    if CACHE_LANG
        .replace(Some(lang))
        .is_some_and(|cached| cached != lang)
    {
        CACHE.with_borrow_mut(std::collections::HashMap::clear);
    }
    lang
}

#[cfg(not(feature = "ssr"))]
fn read_text(file: &str) -> Result<String, LoadError> {
    CACHE
        .with_borrow(|cache| cache.get(file).cloned())
        .ok_or_else(|| LoadError::Network {
            file: file.to_string(),
            detail: "not loaded before the island started".into(),
        })
}

#[cfg(not(feature = "ssr"))]
async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let lang = page_lang();
    if let Ok(text) = read_text(file) {
        return Ok(text);
    }
    let network = |err: gloo_net::Error| LoadError::Network {
        file: file.to_string(),
        detail: err.to_string(),
    };
    let response =
        gloo_net::http::Request::get(&format!("{}data/{}", base(), lang.data_path(file)))
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

/// The content file an island reads on its first render, named by its type;
/// synchronously so that render equals the prerendered HTML: from disk while
/// prerendering; in the browser from the visit's cache, which `fetch_usable` filled
/// before the island started.
pub fn now<T: Content>() -> Loaded<T> {
    read_now(T::FILE)
}

fn read_now<T: DeserializeOwned>(file: &str) -> Loaded<T> {
    parse(file, &read_text(file)?)
}

/// A language's site search index, as the visit's cache holds it once the island's
/// `needs` arrived. Prerendered without a query, a search shows no result, so the
/// prerenderer (which writes the index after the pages) renders it from an empty one.
pub fn site_index(lang: Lang) -> Loaded<SiteIndex> {
    #[cfg(feature = "ssr")]
    let parts: Loaded<Vec<Vec<Entry>>> = {
        let _ = lang;
        Ok(Vec::new())
    };
    #[cfg(not(feature = "ssr"))]
    let parts: Loaded<Vec<Vec<Entry>>> = crate::model::site::search::index_files(lang)
        .split(' ')
        .map(read_now::<Vec<Entry>>)
        .collect();
    parts.map(SiteIndex::new)
}

/// Every office's name (`OfficeNames`), as the visit's cache holds it once the
/// not-found island's `needs` arrived.
pub fn office_names() -> Loaded<OfficeNames> {
    read_now(OfficeNames::FILE)
}

/// What an island slot lists in `needs`: the content files of these types.
pub fn needs(files: &[&str]) -> String {
    files.join(" ")
}

/// Fetches a file an island needs and checks it parses into its type, so an island is
/// only started with data it can render. Each bundle checks only the files its own
/// islands read (their `needs`): a parser for every content type in the light bundle
/// would be a third of it.
pub async fn fetch_usable(file: &str) -> Result<(), LoadError> {
    let text = fetch_text(file).await?;
    let checked = match file {
        #[cfg(not(feature = "bundle-light"))]
        Directory::FILE => parse::<Directory>(file, &text).map(drop),
        OfficeNames::FILE => parse::<OfficeNames>(file, &text).map(drop),
        #[cfg(not(feature = "small-bundle"))]
        f if f.starts_with("search/") => {
            parse::<Vec<crate::model::site::search::Entry>>(file, &text).map(drop)
        }
        #[cfg(not(feature = "small-bundle"))]
        crate::model::directory::map::WorldMap::FILE => {
            parse::<crate::model::directory::map::WorldMap>(file, &text).map(drop)
        }
        #[cfg(not(feature = "small-bundle"))]
        crate::model::directory::map::JapanMap::FILE => {
            parse::<crate::model::directory::map::JapanMap>(file, &text).map(drop)
        }
        #[cfg(not(feature = "small-bundle"))]
        Eligibility::FILE => parse::<Eligibility>(file, &text).map(drop),
        #[cfg(not(feature = "small-bundle"))]
        Guide::FILE => parse::<Guide>(file, &text).map(drop),
        #[cfg(not(feature = "small-bundle"))]
        WhereToApply::FILE => parse::<WhereToApply>(file, &text).map(drop),
        #[cfg(not(feature = "small-bundle"))]
        Faq::FILE => parse::<Faq>(file, &text).map(drop),
        _ => Err(LoadError::Format {
            file: file.to_string(),
            path: String::new(),
            detail: "no island of this page reads this file".to_string(),
        }),
    };
    #[cfg(not(feature = "ssr"))]
    if checked.is_err() {
        // A later Retry fetches the file again.
        CACHE.with_borrow_mut(|cache| cache.remove(file));
    }
    checked
}

async fn load<T: Content>() -> Loaded<T> {
    parse(T::FILE, &fetch_text(T::FILE).await?)
}

/// A resource for one file. gloo-net's future is not `Send`; in the browser there is
/// only one thread, so wrapping it is sound.
fn resource<T>() -> Resource<Loaded<T>>
where
    T: Content + serde::Serialize + Clone + Send + Sync + 'static,
{
    Resource::new(|| (), move |_| send_wrapper::SendWrapper::new(load::<T>()))
}

/// `site.json`, used by the shell on every page.
pub fn site() -> Resource<Loaded<Site>> {
    resource()
}

/// `mission.json`, used by the mission, offices and JET pages.
pub fn mission() -> Resource<Loaded<Mission>> {
    resource()
}

/// One office's page: only that office and its neighbours travel in the prerendered
/// HTML, not the whole directory.
pub fn office(id: Memo<String>) -> Resource<Loaded<Lookup>> {
    Resource::new(
        move || id.get(),
        |id| {
            send_wrapper::SendWrapper::new(async move {
                load::<Directory>().await.map(|d| d.lookup(&id))
            })
        },
    )
}

/// `jet/overview.json`, for `/jet`.
pub fn jet_overview() -> Resource<Loaded<Overview>> {
    resource()
}

/// `jet/eligibility.json`: the checker's questions and rules.
pub fn jet_eligibility() -> Resource<Loaded<Eligibility>> {
    resource()
}

/// `jet/timeline.json`: the yearly cycle and countries' published dates.
pub fn jet_timeline() -> Resource<Loaded<Timeline>> {
    resource()
}

/// `jet/apply.json`: the step-by-step guide and its checklist.
pub fn jet_guide() -> Resource<Loaded<Guide>> {
    resource()
}

/// `jet/where.json`: JET desks and the country list.
pub fn jet_where() -> Resource<Loaded<WhereToApply>> {
    resource()
}

/// `jet/faq.json`.
pub fn jet_faq() -> Resource<Loaded<Faq>> {
    resource()
}
