//! The site search's index (`model::site::search`), written per language and part into
//! `data/search/<lang>/<part>.json`: the pages by their title and description as
//! rendered, every office, FAQ answer, application step and document, stage of the
//! yearly cycle, eligibility question, position and contract term from the same content files the pages show.

use std::path::Path;

use clair::components::office_list::office_summary;
use clair::model::directory::Directory;
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

/// Writes every language's parts; returns the bytes written per language.
pub fn write(dist: &Path, data: &Path, pages: PageEntries) -> Result<Vec<(Lang, usize)>, String> {
    let directory: Directory = read(data, "offices.json")?;
    let faq: Faq = read(data, "jet/faq.json")?;
    let guide: Guide = read(data, "jet/apply.json")?;
    let eligibility: Eligibility = read(data, "jet/eligibility.json")?;
    let overview: Overview = read(data, "jet/overview.json")?;
    let timeline: Timeline = read(data, "jet/timeline.json")?;
    let mut sizes = Vec::new();
    for lang in Lang::ALL {
        let offices: Vec<Entry> = directory
            .offices
            .iter()
            .map(|o| {
                let summary = office_summary(&directory, o, lang);
                let text = [summary.as_str(), o.about.get(lang)];
                let url = office_href(lang, &o.id);
                let mut found = entry(Section::Offices, o.name.get(lang), url, &text);
                // Found, like in the directory, by its name and place in every language
                // and by the readings of its Japanese place names.
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
            })
            .collect();
        let mut jet = Vec::new();
        let faq_page = href(lang, Page::JetFaq);
        for item in faq.groups.iter().flat_map(|g| &g.items) {
            let url = format!("{faq_page}#{}", item.id);
            let answer = joined(&item.answer, lang);
            jet.push(entry(
                Section::Faq,
                item.question.get(lang),
                url,
                &[&answer],
            ));
        }
        let apply = href(lang, Page::JetApply);
        for step in &guide.steps {
            let url = format!("{apply}#step-{}", step.id);
            let details = joined(&step.details, lang);
            let text = [step.when.get(lang), step.summary.get(lang), &details];
            jet.push(entry(Section::Jet, step.title.get(lang), url, &text));
        }
        for doc in &guide.documents {
            let url = format!("{apply}#doc-{}", doc.id);
            jet.push(entry(
                Section::Jet,
                doc.name.get(lang),
                url,
                &[doc.note.get(lang)],
            ));
        }
        let cycle = format!("{}#cycle-heading", href(lang, Page::JetTimeline));
        for stage in &timeline.stages {
            let text = [stage.timing.get(lang), stage.description.get(lang)];
            let name = stage.name.get(lang);
            jet.push(entry(Section::Jet, name, cycle.clone(), &text));
        }
        let checker = href(lang, Page::JetEligibility);
        for question in &eligibility.questions {
            let options: Vec<&str> = question.options.iter().map(|o| o.label.get(lang)).collect();
            let hint = question.hint.as_ref().map_or("", |h| h.get(lang));
            let text = [hint, &options.join(" · ")];
            let asked = question.text.get(lang);
            jet.push(entry(Section::Jet, asked, checker.clone(), &text));
        }
        let programme = href(lang, Page::Jet);
        for position in &overview.positions {
            let url = format!("{programme}#position-{}", position.id);
            let duties = joined(&position.duties, lang);
            let text = [position.abbr.as_str(), &duties, position.language.get(lang)];
            jet.push(entry(Section::Jet, position.name.get(lang), url, &text));
        }
        for term in &overview.contract {
            let url = format!("{programme}#contract");
            jet.push(entry(
                Section::Jet,
                term.title.get(lang),
                url,
                &[term.text.get(lang)],
            ));
        }
        let own: Vec<Entry> = pages
            .0
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, e)| e.clone())
            .collect();
        let dir = dist.join("data/search").join(lang.code());
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let mut bytes = 0;
        for (part, entries) in PARTS.iter().zip([own, offices, jet]) {
            let json = serde_json::to_string(&entries).map_err(|e| e.to_string())?;
            bytes += json.len();
            std::fs::write(dir.join(format!("{part}.json")), json).map_err(|e| e.to_string())?;
        }
        sizes.push((lang, bytes));
    }
    Ok(sizes)
}
