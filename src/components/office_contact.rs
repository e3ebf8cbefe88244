//! How to reach an office, as its page shows it: what is published (website, phone,
//! e-mail) with copy buttons, where the address is to be found when it is not
//! published here, and a contact card that carries only what the data has.

use leptos::prelude::*;

use crate::components::copy_button::CopyButton;
use crate::components::ext_link::ExtLink;
use crate::i18n::{localized, use_i18n, Ui};
use crate::model::directory::vcard::vcard_for;
use crate::model::directory::{Office, OfficeRef};
use crate::model::lang::{Lang, Text};
use crate::model::site::route::office_href;
use crate::model::url::percent_encode;

type Label = fn(&Ui) -> &'static str;

/// The address row: no street address is published here, so it says where one is.
#[component]
pub fn OfficeAddress(office: Office, headquarters: Option<OfficeRef>) -> impl IntoView {
    let i18n = use_i18n();
    let (t, lang) = (i18n.ui(), i18n.lang);
    let address = match (office.website.clone(), headquarters.clone()) {
        (Some(url), _) => {
            let shown = url.clone();
            view! { {t.office_address_website} <ExtLink url>{shown}</ExtLink> }.into_any()
        }
        (None, Some(hq)) => view! {
            {t.office_address_hq}
            <a href=move || office_href(lang.get(), &hq.id)>{localized(hq.name)}</a>
        }
        .into_any(),
        (None, None) => view! { {t.office_address_none} }.into_any(),
    };
    view! {
        <dt>{t.office_address}</dt>
        <dd>{address}</dd>
    }
}

/// The website and the published contact, each with a copy button.
#[component]
pub fn OfficeReach(office: Office) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let website = office.website.clone().map(|url| {
        let (link, shown) = (url.clone(), url.clone());
        let copy_label = format!("{} {}", i18n.t().copy, i18n.t().office_website);
        view! {
            <dt>{t.office_website}</dt>
            <dd>
                <ExtLink url=link>{shown}</ExtLink>
                " "
                <CopyButton text=url label=copy_label />
            </dd>
        }
    });
    let contact = office.contact.clone().map(|c| {
        let rows = [
            (
                c.phone.clone(),
                "tel:",
                (|t: &Ui| t.office_phone) as fn(&Ui) -> &'static str,
            ),
            (c.fax.clone(), "tel:", |t: &Ui| t.office_fax),
            (c.email.clone(), "mailto:", |t: &Ui| t.office_email),
        ]
        .into_iter()
        .filter_map(|(value, scheme, label)| {
            let value = value?;
            let (shown, copied) = (value.clone(), value.clone());
            let t = i18n.t();
            let copy_label = format!("{} {}", t.copy, label(t));
            Some(view! {
                <li>
                    <span>{move || label(i18n.t())}": "</span>
                    <ExtLink url=format!("{scheme}{}", value.replace(' ', ""))>{shown}</ExtLink>
                    " "
                    <CopyButton text=copied label=copy_label />
                </li>
            })
        })
        .collect_view();
        view! {
            <dt>{t.office_contact}</dt>
            <dd>
                <span>{localized(c.label)}</span>
                <ul class="plain">{rows}</ul>
            </dd>
        }
    });
    view! {
        {website}
        {contact}
    }
}

/// A contact card to download, only when the data has a way to reach the office; one
/// with only a website says so.
#[component]
pub fn ContactCard(office: Office, country: Option<Text>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang;
    // A contact card carries only what the data has: none without a way to reach the office.
    let has_contact = office.contact.is_some();
    let vcard = (has_contact || office.website.is_some()).then(|| {
        let office = office.clone();
        let country =
            country.unwrap_or_else(|| Text::from_pairs([(Lang::En, office.country.as_str())]));
        let file = format!("{}.vcf", office.id);
        let href = move || {
            let text = vcard_for(&office, &country, lang.get());
            format!("data:text/vcard;charset=utf-8,{}", percent_encode(&text))
        };
        let label: Label = if has_contact {
            |t| t.vcard
        } else {
            |t| t.vcard_website_only
        };
        view! {
            <p class="actions">
                <a class="button" href=href download=file>{move || label(i18n.t())}</a>
            </p>
        }
    });
    vcard
}
