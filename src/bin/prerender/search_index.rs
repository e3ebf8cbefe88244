//! The site search's index (`model::site::search`), written per language and part into
//! `data/search/<lang>/<part>.json`: the pages by their title and description as
//! rendered, every office, FAQ answer, application step and document, stage of the
//! yearly cycle, eligibility question, position and contract term from the same content files the pages show.

use std::path::Path;

use clair::components::office_list::office_summary;
use clair::model::directory::{Directory, Office};
use clair::model::jet::eligibility::Eligibility;
use clair::model::jet::{Faq, Guide, Overview, Timeline};
use clair::model::lang::{Lang, Text};
use clair::model::load::parse;
use clair::model::readings::readings_in;
use clair::model::site::route::{href, office_href, parse as parse_route, Page};
use clair::model::site::search::{Entry, Section, PARTS};

/// The pages' own entries, gathered while they are rendered.
#[derive(Default)]
pub struct PageEntries(Vec<(Lang, Entry)>);

impl PageEntries {
    /// Notes a rendered page by its `<title>` (without the site's name) and description.
    pub fn add(&mut self, path: &str, html: &str) {
        let route = parse_route(path);
        if !Page::listed().any(|p| p == route.page) || route.page == Page::Search {
            return;
        }
        let title = between(html, "<title>", "</title>");
        let title = title.rsplit_once(" — ").map_or(title, |(page, _)| page);
        let text = between(html, r#"<meta name="description" content=""#, "\"");
        self.0.push((
            route.lang,
            Entry {
                section: Section::Pages,
                title: unescape(title),
                url: path.to_string(),
                text: unescape(text),
                keywords: page_keywords(route.page, route.lang).to_string(),
            },
        ));
    }
}

/// Words a visitor may search a page by that its title and description do not use.
fn page_keywords(page: Page, lang: Lang) -> &'static str {
    match page {
        Page::Embed => clair::i18n::ui(lang).embed_keywords,
        _ => "",
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    text.split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map_or("", |(inside, _)| inside)
}

/// The five entities `markup::escape` and Leptos write.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn read<T: serde::de::DeserializeOwned>(data: &Path, file: &str) -> Result<T, String> {
    let text = std::fs::read_to_string(data.join(file)).map_err(|e| format!("{file}: {e}"))?;
    parse(file, &text).map_err(|e| format!("{e:?}"))
}

fn entry(section: Section, title: &str, url: String, text: &[&str]) -> Entry {
    Entry {
        section,
        title: title.to_string(),
        url,
        text: text.join(" "),
        keywords: String::new(),
    }
}

fn joined(texts: &[Text], lang: Lang) -> String {
    texts
        .iter()
        .map(|t| t.get(lang))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The content files the index is made from.
struct IndexedContent {
    directory: Directory,
    faq: Faq,
    guide: Guide,
    eligibility: Eligibility,
    overview: Overview,
    timeline: Timeline,
}

impl IndexedContent {
    fn read(data: &Path) -> Result<IndexedContent, String> {
        Ok(IndexedContent {
            directory: read(data, "offices.json")?,
            faq: read(data, "jet/faq.json")?,
            guide: read(data, "jet/apply.json")?,
            eligibility: read(data, "jet/eligibility.json")?,
            overview: read(data, "jet/overview.json")?,
            timeline: read(data, "jet/timeline.json")?,
        })
    }
}

/// Writes every language's parts; returns the bytes written per language.
pub fn write(dist: &Path, data: &Path, pages: PageEntries) -> Result<Vec<(Lang, usize)>, String> {
    let content = IndexedContent::read(data)?;
    let mut sizes = Vec::new();
    for lang in Lang::ALL {
        let offices: Vec<Entry> = content
            .directory
            .offices
            .iter()
            .map(|o| office_entry(&content.directory, o, lang))
            .collect();
        let own: Vec<Entry> = pages
            .0
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, e)| e.clone())
            .collect();
        let bytes = write_parts(dist, lang, [own, offices, jet_entries(&content, lang)])?;
        sizes.push((lang, bytes));
    }
    Ok(sizes)
}

/// Writes one language's parts (`PARTS`, in order); returns the bytes written.
fn write_parts(dist: &Path, lang: Lang, parts: [Vec<Entry>; 3]) -> Result<usize, String> {
    let dir = dist.join("data/search").join(lang.code());
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut bytes = 0;
    for (part, entries) in PARTS.iter().zip(parts) {
        let json = serde_json::to_string(&entries).map_err(|e| e.to_string())?;
        bytes += json.len();
        std::fs::write(dir.join(format!("{part}.json")), json).map_err(|e| e.to_string())?;
    }
    Ok(bytes)
}

/// An office, found like in the directory: by its name and place in every language and
/// by the readings of its Japanese place names.
fn office_entry(directory: &Directory, o: &Office, lang: Lang) -> Entry {
    let summary = office_summary(directory, o, lang);
    let text = [summary.as_str(), o.about.get(lang)];
    let url = office_href(lang, &o.id);
    let mut found = entry(Section::Offices, o.name.get(lang), url, &text);
    let places = format!("{} {}", o.name.get(Lang::Ja), o.city.get(Lang::Ja));
    let names = Lang::ALL
        .into_iter()
        .filter(|&other| other != lang)
        .map(|other| format!("{} {}", o.name.get(other), o.city.get(other)));
    found.keywords = names
        .chain([readings_in(&places)])
        .collect::<Vec<_>>()
        .join(" ");
    found
}

/// The JET part: FAQ answers, then the application's steps and documents, the stages
/// of the yearly cycle, the eligibility questions, the positions and contract terms.
fn jet_entries(content: &IndexedContent, lang: Lang) -> Vec<Entry> {
    let mut jet = faq_entries(&content.faq, lang);
    jet.extend(guide_entries(&content.guide, lang));
    let cycle = format!("{}#cycle-heading", href(lang, Page::JetTimeline));
    for stage in &content.timeline.stages {
        let text = [stage.timing.get(lang), stage.description.get(lang)];
        let name = stage.name.get(lang);
        jet.push(entry(Section::Jet, name, cycle.clone(), &text));
    }
    let checker = href(lang, Page::JetEligibility);
    for question in &content.eligibility.questions {
        let options: Vec<&str> = question.options.iter().map(|o| o.label.get(lang)).collect();
        let hint = question.hint.as_ref().map_or("", |h| h.get(lang));
        let text = [hint, &options.join(" · ")];
        let asked = question.text.get(lang);
        jet.push(entry(Section::Jet, asked, checker.clone(), &text));
    }
    jet.extend(programme_entries(&content.overview, lang));
    jet
}

fn faq_entries(faq: &Faq, lang: Lang) -> Vec<Entry> {
    let faq_page = href(lang, Page::JetFaq);
    faq.groups
        .iter()
        .flat_map(|g| &g.items)
        .map(|item| {
            let url = format!("{faq_page}#{}", item.id);
            let answer = joined(&item.answer, lang);
            entry(Section::Faq, item.question.get(lang), url, &[&answer])
        })
        .collect()
}

/// The application's steps, then its documents.
fn guide_entries(guide: &Guide, lang: Lang) -> Vec<Entry> {
    let apply = href(lang, Page::JetApply);
    let steps = guide.steps.iter().map(|step| {
        let url = format!("{apply}#step-{}", step.id);
        let details = joined(&step.details, lang);
        let text = [step.when.get(lang), step.summary.get(lang), &details];
        entry(Section::Jet, step.title.get(lang), url, &text)
    });
    let documents = guide.documents.iter().map(|doc| {
        let url = format!("{apply}#doc-{}", doc.id);
        entry(Section::Jet, doc.name.get(lang), url, &[doc.note.get(lang)])
    });
    steps.chain(documents).collect()
}

/// The programme page's positions, then its contract terms.
fn programme_entries(overview: &Overview, lang: Lang) -> Vec<Entry> {
    let programme = href(lang, Page::Jet);
    let positions = overview.positions.iter().map(|position| {
        let url = format!("{programme}#position-{}", position.id);
        let duties = joined(&position.duties, lang);
        let text = [position.abbr.as_str(), &duties, position.language.get(lang)];
        entry(Section::Jet, position.name.get(lang), url, &text)
    });
    let terms = overview.contract.iter().map(|term| {
        let url = format!("{programme}#contract");
        entry(
            Section::Jet,
            term.title.get(lang),
            url,
            &[term.text.get(lang)],
        )
    });
    positions.chain(terms).collect()
}
