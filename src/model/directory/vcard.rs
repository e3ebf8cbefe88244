//! vCard 4.0 (RFC 6350) text for an office, so a visitor can save it as a contact.

use crate::model::directory::Office;
use crate::model::lang::{Lang, Text};
use crate::model::rfc_text::{escape, fold_line};

/// The vCard of an office in the given language; `country` is its country's name.
pub fn vcard_for(office: &Office, country: &Text, lang: Lang) -> String {
    let org = match lang {
        Lang::Ja => "一般財団法人自治体国際化協会（クレア）",
        // The English name wherever no other is official.
        _ => "Council of Local Authorities for International Relations (CLAIR)",
    };
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:4.0".to_string(),
        "KIND:org".to_string(),
        format!("FN:{}", escape(office.name.get(lang))),
        format!("ORG:{};{}", escape(org), escape(office.name.get(lang))),
    ];
    // Street, postcode and such are unknown: only a confirmed locality and the country
    // are given. Where a branch is housed is not confirmed, so its card has no address.
    if let Some(city) = office.confirmed_city() {
        lines.push(format!(
            "ADR;TYPE=work:;;;{};;;{}",
            escape(city.get(lang)),
            escape(country.get(lang))
        ));
    }
    if let Some(contact) = &office.contact {
        if let Some(phone) = &contact.phone {
            lines.push(format!(
                "TEL;TYPE=work,voice;VALUE=uri:tel:{}",
                phone.replace(' ', "")
            ));
        }
        if let Some(fax) = &contact.fax {
            lines.push(format!(
                "TEL;TYPE=work,fax;VALUE=uri:tel:{}",
                fax.replace(' ', "")
            ));
        }
        if let Some(email) = &contact.email {
            lines.push(format!("EMAIL;TYPE=work:{email}"));
        }
    }
    if let Some(website) = &office.website {
        lines.push(format!("URL:{website}"));
    }
    if office.confirmed_city().is_some() {
        lines.push(format!("GEO:geo:{:.2},{:.2}", office.lat, office.lon));
    }
    lines.push(format!("TZ:{}", office.timezone));
    lines.push(format!("NOTE:{}", escape(office.about.get(lang))));
    lines.push("END:VCARD".to_string());
    lines.iter().map(|l| fold_line(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::directory::{Contact, OfficeKind};

    fn office() -> Office {
        Office {
            id: "tokyo-hq".into(),
            kind: OfficeKind::Headquarters,
            name: Text::new("CLAIR Headquarters", "クレア本部"),
            local_name: None,
            city: Text::new("Chiyoda, Tokyo", "東京都千代田区"),
            city_secondary: false,
            prefecture: None,
            branch_type: None,
            region: "kanto".into(),
            country: "JP".into(),
            covers: vec![],
            languages: vec![],
            website: Some("https://www.clair.or.jp/".into()),
            opened: None,
            timezone: "Asia/Tokyo".into(),
            lat: 35.69,
            lon: 139.75,
            about: Text::new("Head office; it runs the JET Programme.", "本部です。"),
            contact: Some(Contact {
                label: Text::new("Planning Division", "企画"),
                phone: Some("+81-3-5213-1722".into()),
                fax: None,
                email: Some("kikaku@clair.or.jp".into()),
            }),
            sources: vec![],
        }
    }

    #[test]
    fn whole_card_in_english() {
        let card = vcard_for(&office(), &Text::new("Japan", "日本"), Lang::En);
        assert!(
            card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:CLAIR Headquarters\r\n"),
            "{card}"
        );
        let unfolded = card.replace("\r\n ", "");
        assert!(
            unfolded.contains("ORG:Council of Local Authorities for International Relations (CLAIR);CLAIR Headquarters\r\n"),
            "{card}"
        );
        assert!(
            card.contains("ADR;TYPE=work:;;;Chiyoda\\, Tokyo;;;Japan\r\n"),
            "{card}"
        );
        assert!(card.contains("TEL;TYPE=work,voice;VALUE=uri:tel:+81-3-5213-1722\r\n"));
        assert!(card.contains("EMAIL;TYPE=work:kikaku@clair.or.jp\r\n"));
        assert!(card.contains("URL:https://www.clair.or.jp/\r\n"));
        assert!(card.contains("GEO:geo:35.69,139.75\r\n"));
        assert!(card.contains("NOTE:Head office\\; it runs the JET Programme.\r\n"));
        assert!(card.ends_with("END:VCARD\r\n"));
        assert!(card.split("\r\n").all(|line| line.len() <= 75));
    }

    #[test]
    fn a_city_from_a_secondary_source_stays_out_of_the_card() {
        let mut hq = office();
        hq.city_secondary = true;
        let card = vcard_for(&hq, &Text::new("Japan", "日本"), Lang::En);
        assert!(!card.contains("ADR") && !card.contains("GEO"), "{card}");
    }

    #[test]
    fn a_branch_card_gives_no_address_or_position() {
        let mut branch = office();
        branch.kind = OfficeKind::Branch;
        let card = vcard_for(&branch, &Text::new("Japan", "日本"), Lang::En);
        assert!(!card.contains("ADR") && !card.contains("GEO"), "{card}");
        assert!(card.contains("FN:CLAIR Headquarters\r\n"));
    }

    #[test]
    fn card_in_japanese_keeps_utf8_whole() {
        let card = vcard_for(&office(), &Text::new("Japan", "日本"), Lang::Ja);
        assert!(card.contains("FN:クレア本部\r\n"));
        assert!(card.contains(";;;東京都千代田区;;;日本"));
    }

    #[test]
    fn escapes_special_characters() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_long_lines_at_75_octets_on_character_boundaries() {
        let line = format!("NOTE:{}", "あ".repeat(40));
        let folded = fold_line(&line);
        assert!(folded.ends_with("\r\n"));
        for (i, part) in folded.trim_end_matches("\r\n").split("\r\n").enumerate() {
            assert!(part.len() <= 75, "line {i} has {} octets", part.len());
            if i > 0 {
                assert!(part.starts_with(' '));
            }
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold_line("FN:x"), "FN:x\r\n");
    }
}
