use leptos::prelude::*;

use crate::components::content_section::{ItemList, TextList};
use crate::components::jet_nav::{jet_page_label, JetNav};
use crate::components::loaded::Loaded;
use crate::components::page::PageTop;
use crate::components::participants_chart::ParticipantsChart;
use crate::components::programme_note::ProgrammeNote;
use crate::components::sources::{GroupedSources, SourceList};
use crate::data;
use crate::i18n::{localized, use_i18n, Ui};
use crate::model::jet::{yen, Overview, Pay, Position};
use crate::model::site::route::{href, Page};

/// `/jet`: what the JET Programme is, who runs it, the three positions, the contract,
/// pay with its date, participants over time, and the way into the other JET pages.
#[component]
pub fn JetPage() -> impl IntoView {
    let overview = data::jet_overview();
    view! {
        <JetNav />
        <PageTop title=|t| t.jet_title description=|t| t.jet_meta />
        <Loaded resource=overview view=|overview: Overview| view! { <OverviewBody overview /> } />
    }
}

#[component]
fn OverviewBody(overview: Overview) -> impl IntoView {
    let i18n = use_i18n();
    let Overview {
        programme,
        lead,
        purpose,
        purpose_sources,
        roles,
        roles_sources,
        positions,
        contract,
        contract_sources,
        pay,
        participants,
    } = overview;
    let purpose = purpose
        .into_iter()
        .map(|p| view! { <p>{localized(p)}</p> })
        .collect_view();
    let position_sources = positions
        .iter()
        .map(|p| (p.name.clone(), None, p.sources.clone()))
        .collect();
    let positions = positions
        .into_iter()
        .map(|position| view! { <PositionCard position /> })
        .collect_view();
    let next_links = Page::JET[1..]
        .iter()
        .map(|&page| {
            view! {
                <li>
                    <a class="cta-card" href=move || href(i18n.lang.get(), page)>
                        <strong>{move || jet_page_label(i18n.t(), page)}</strong>
                        <span>{move || next_text(i18n.t(), page)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ProgrammeNote programme />
        <p class="lead">{localized(lead)}</p>
        <Block id="purpose" title=|t| t.jet_purpose>
            {purpose}
            <SourceList sources=purpose_sources />
        </Block>
        <Block id="roles" title=|t| t.jet_roles>
            <ItemList items=roles />
            <SourceList sources=roles_sources />
        </Block>
        <Block id="positions" title=|t| t.jet_positions>
            <ul class="positions">{positions}</ul>
            <GroupedSources groups=position_sources label=|t| t.positions_sources />
        </Block>
        <Block id="contract" title=|t| t.jet_contract>
            <ItemList items=contract />
            <SourceList sources=contract_sources />
            <PayTable pay />
        </Block>
        <Block id="participants" title=|t| t.jet_numbers>
            <ParticipantsChart participants=participants.clone() />
            <TextList class="notes" items=participants.notes />
            <SourceList sources=participants.sources />
        </Block>
        <Block id="next" title=|t| t.jet_next>
            <ol class="jet-path">{next_links}</ol>
        </Block>
    }
}

/// A titled section of the overview, labelled by its heading.
#[component]
fn Block(id: &'static str, title: fn(&Ui) -> &'static str, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let heading = format!("{id}-heading");
    view! {
        <section class="content-section" id=id aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{move || title(i18n.t())}</h2>
            {children()}
        </section>
    }
}

fn next_text(t: &Ui, page: Page) -> &'static str {
    match page {
        Page::JetEligibility => t.jet_eligibility_meta,
        Page::JetTimeline => t.jet_timeline_meta,
        Page::JetApply => t.jet_apply_meta,
        Page::JetWhere => t.jet_where_meta,
        _ => t.jet_faq_meta,
    }
}

#[component]
/// One position; its sources are listed with the others' after the cards.
fn PositionCard(position: Position) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let Position {
        id,
        abbr,
        name,
        duties,
        language,
        share,
        note,
        ..
    } = position;
    let heading = format!("position-{id}");
    let note = note.map(|n| view! { <p class="position-note">{localized(n)}</p> });
    view! {
        <li class="position" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>
                <abbr>{abbr}</abbr>
                " "
                <span>{localized(name)}</span>
            </h3>
            <dl>
                <dt>{t.position_duties}</dt>
                <dd><TextList items=duties /></dd>
                <dt>{t.position_language}</dt>
                <dd>{localized(language)}</dd>
                <dt>{t.position_share}</dt>
                <dd>{localized(share)}</dd>
            </dl>
            {note}
        </li>
    }
}

#[component]
fn PayTable(pay: Pay) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang.get_untracked();
    let Pay {
        as_of,
        rows,
        notes,
        sources,
    } = pay;
    let rows = rows
        .into_iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{localized(row.year)}</th>
                    <td>{yen(row.yen, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id="pay-heading">{t.jet_pay}</h3>
        <table class="pay" aria-labelledby="pay-heading">
            <caption>{localized(as_of)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.pay_year}</th>
                    <th scope="col">{t.pay_amount}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <TextList class="notes" items=notes />
        <SourceList sources />
    }
}
