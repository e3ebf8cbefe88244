//! The content editor's configuration (`public/admin/config.yml`, for Decap CMS),
//! generated from the same JSON Schemas as `public/data/schema/`, which come from the
//! app's types: a field added to a type, or a language added to `Lang::ALL`, appears
//! in the editor by itself. YAML reads JSON, so the file is written as JSON.
//!
//! Each schema construct becomes a form widget: objects and lists of objects nest,
//! enumerations become choices, `IsoDate`s date pickers, patterns keep their message.
//! What a form cannot say (the eligibility rules' recursive tree) becomes a JSON field
//! the admin page checks as the editor types; `make content-check` checks the rest.

use serde_json::{json, Map, Value};

use clair::model::files::schema_ref;
use clair::model::lang::Lang;

/// Where the content files are, relative to the repository (the editor's paths).
const DATA_DIR: &str = "public/data";

/// The widget of a structure no form can express: edited as checked JSON (`admin.js`).
pub const JSON_WIDGET: &str = "json";

/// The CMS configuration for `schemas` (each content file with its schema), as written.
pub fn generate(schemas: &[(&str, Value)]) -> String {
    let mut collections: Vec<Value> = Vec::new();
    for (file, schema) in schemas {
        let (name, label) = collection_of(file);
        let entry = file_entry(file, schema);
        match collections.iter_mut().find(|c| c["name"] == name) {
            Some(collection) => collection["files"].as_array_mut().unwrap().push(entry),
            // Decap reads a format from the collection only: `json-ordered` is the
            // repository's layout (`admin/order.js`).
            None => collections.push(json!({
                "name": name,
                "label": label,
                "format": "json-ordered",
                "extension": "json",
                "files": [entry]
            })),
        }
    }
    let config = json!({
        "backend": {
            "name": "github",
            "repo": "clair-web/clair-web",
            "branch": "main",
            "commit_messages": {"update": "Content: update {{path}}"}
        },
        "publish_mode": "editorial_workflow",
        // `make edit`'s backend; Decap uses it only on this machine's own addresses.
        "local_backend": {"url": "http://127.0.0.1:8081/api/v1"},
        "media_folder": "public/media",
        "public_folder": "/media",
        "site_url": "/",
        "locale": "en",
        "collections": collections
    });
    let mut text = serde_json::to_string_pretty(&config).expect("a configuration serializes");
    text.push('\n');
    text
}

/// The collection a file is listed under in the editor.
fn collection_of(file: &str) -> (&'static str, &'static str) {
    match file {
        f if f.starts_with("jet/") => ("jet", "JET Programme"),
        f if f.starts_with("map-") => ("maps", "Map outlines"),
        "offices.json" => ("offices", "Office directory"),
        _ => ("site", "Site and mission"),
    }
}

/// One content file: its form, with `$schema` kept as it is.
fn file_entry(file: &str, schema: &Value) -> Value {
    let mut walk = Walk {
        defs: schema["$defs"].as_object().cloned().unwrap_or_default(),
        stack: Vec::new(),
        optional: false,
    };
    let mut fields = vec![json!({
        "name": "$schema",
        "label": "Schema",
        "widget": "hidden",
        "default": schema_ref(file)
    })];
    let mut root = schema.clone();
    if let Some(properties) = root["properties"].as_object_mut() {
        properties.remove("$schema");
    }
    fields.extend(walk.fields(&root));
    let stem = file.trim_end_matches(".json");
    json!({
        "name": stem.replace(['/', '-'], "_"),
        "label": file_label(file),
        "file": format!("{DATA_DIR}/{file}"),
        "format": "json",
        "fields": fields
    })
}

/// What an editor calls a file.
fn file_label(file: &str) -> String {
    let known = match file {
        "site.json" => "Site name and links",
        "mission.json" => "Mission and key figures",
        "offices.json" => "Offices, regions and countries",
        "map-world.json" => "World map outlines",
        "map-japan.json" => "Japan map outlines",
        "jet/overview.json" => "JET overview and positions",
        "jet/eligibility.json" => "Eligibility questions and rules",
        "jet/timeline.json" => "Application timeline",
        "jet/apply.json" => "Step-by-step guide and checklist",
        "jet/where.json" => "Where to apply",
        "jet/faq.json" => "Frequently asked questions",
        other => other,
    };
    format!("{known} ({file})")
}

/// Turns schemas into fields, resolving `$ref`s against one file's `$defs`.
struct Walk {
    defs: Map<String, Value>,
    /// The definitions being expanded: one met again is recursive.
    stack: Vec<String>,
    /// Inside an optional object: Decap would demand its required fields even while
    /// the object is absent, so there nothing is required (`content check` still is).
    optional: bool,
}

impl Walk {
    /// The fields of an object schema: required ones first, in the type's order (the
    /// schema's `required`), then the optional ones; a text's languages as `Lang::ALL`.
    fn fields(&mut self, object: &Value) -> Vec<Value> {
        let required: Vec<&str> = object["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let mut names: Vec<&String> = object["properties"]
            .as_object()
            .map(|p| p.keys().collect())
            .unwrap_or_default();
        let rank = |name: &str| {
            let lang = Lang::ALL.iter().position(|l| l.code() == name);
            let needed = required.iter().position(|r| *r == name);
            (
                lang.unwrap_or(usize::MAX),
                needed.unwrap_or(usize::MAX),
                name.to_string(),
            )
        };
        names.sort_by_key(|n| rank(n));
        names
            .into_iter()
            .map(|name| {
                let schema = &object["properties"][name.as_str()];
                self.field(name, schema, required.contains(&name.as_str()))
            })
            .collect()
    }

    fn field(&mut self, name: &str, schema: &Value, required: bool) -> Value {
        let (schema, nullable) = self.resolve(schema);
        // An empty list is a value: Decap would call a required one missing.
        let may_be_empty =
            schema["type"] == "array" && schema["minItems"].as_u64().unwrap_or(0) == 0;
        let optional = !required || nullable || self.optional || may_be_empty;
        let mut field = json!({"name": name, "label": label(name)});
        if optional {
            field["required"] = false.into();
        }
        if let Some(hint) = schema["description"].as_str() {
            field["hint"] = hint.replace('\n', " ").into();
        }
        let outer = std::mem::replace(&mut self.optional, optional);
        for (key, value) in self.widget(&schema) {
            field[key] = value;
        }
        self.optional = outer;
        field
    }

    /// A schema with its `$ref` followed (the referring schema's own keys win) and
    /// `null` taken out of it; whether `null` was allowed.
    fn resolve(&mut self, schema: &Value) -> (Value, bool) {
        let mut schema = schema.clone();
        let mut nullable = false;
        if let Some(options) = schema["anyOf"].as_array().cloned() {
            let (nulls, others): (Vec<Value>, Vec<Value>) =
                options.into_iter().partition(|o| o["type"] == "null");
            if !nulls.is_empty() && others.len() == 1 {
                nullable = true;
                let own = schema
                    .as_object_mut()
                    .expect("a schema with anyOf is an object");
                own.remove("anyOf");
                for (key, value) in others[0].as_object().cloned().unwrap_or_default() {
                    own.entry(key).or_insert(value);
                }
            }
        }
        if let Some(types) = schema["type"].as_array().cloned() {
            let others: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
            if others.len() == 1 {
                nullable = true;
                schema["type"] = others[0].clone();
            }
        }
        let reference = schema["$ref"].as_str().map(str::to_string);
        if let Some(reference) = reference {
            let name = reference.rsplit('/').next().unwrap_or_default().to_string();
            if self.stack.contains(&name) {
                return (json!({"x-recursive": name}), nullable);
            }
            let own = schema
                .as_object_mut()
                .expect("a schema with $ref is an object");
            own.remove("$ref");
            for (key, value) in self
                .defs
                .get(&name)
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default()
            {
                own.entry(key).or_insert(value);
            }
            own.insert("x-def".into(), name.into());
        }
        (schema, nullable)
    }

    /// The widget keys for a resolved schema.
    fn widget(&mut self, schema: &Value) -> Map<String, Value> {
        let mut widget = Map::new();
        let def = schema["x-def"].as_str().map(str::to_string);
        if let Some(def) = &def {
            self.stack.push(def.clone());
        }
        let kind = schema["type"].as_str().unwrap_or_default();
        let plain = schema.get("oneOf").is_none() && schema.get("anyOf").is_none();
        let map_like = schema["additionalProperties"].is_object();
        match kind {
            _ if !plain || map_like || schema.get("x-recursive").is_some() => {
                widget.insert("widget".into(), JSON_WIDGET.into());
            }
            "object" => {
                let mut fields = self.fields(schema);
                if def.as_deref() == Some("Text") {
                    // A text's languages side by side, each a box that grows.
                    for field in &mut fields {
                        if Lang::ALL.iter().any(|l| field["name"] == l.code()) {
                            field["widget"] = "text".into();
                        }
                    }
                }
                widget.insert("widget".into(), "object".into());
                widget.insert("fields".into(), fields.into());
            }
            "array" => self.list(schema, &mut widget),
            "string" => string(schema, &mut widget),
            "integer" | "number" => {
                widget.insert("widget".into(), "number".into());
                let float = kind == "number";
                widget.insert(
                    "value_type".into(),
                    if float { "float" } else { "int" }.into(),
                );
                for bound in ["minimum", "maximum"] {
                    if let Some(n) = schema.get(bound) {
                        widget.insert(bound[..3].into(), n.clone());
                    }
                }
            }
            "boolean" => {
                widget.insert("widget".into(), "boolean".into());
                widget.insert("default".into(), false.into());
            }
            _ => {
                widget.insert("widget".into(), JSON_WIDGET.into());
            }
        }
        if def.is_some() {
            self.stack.pop();
        }
        widget
    }

    /// A list: several choices of an enumeration, a list of objects, or of one field.
    fn list(&mut self, schema: &Value, widget: &mut Map<String, Value>) {
        let (items, _) = self.resolve(&schema["items"]);
        if let Some(options) = items.get("enum") {
            widget.insert("widget".into(), "select".into());
            widget.insert("multiple".into(), true.into());
            widget.insert("options".into(), options.clone());
            return;
        }
        widget.insert("widget".into(), "list".into());
        if let Some(min) = schema.get("minItems") {
            widget.insert("min".into(), min.clone());
        }
        // An item exists once added: its own required fields apply.
        let outer = std::mem::replace(&mut self.optional, false);
        let item = self.widget(&items);
        self.optional = outer;
        if item.get("widget").and_then(Value::as_str) == Some("object") {
            widget.insert("collapsed".into(), true.into());
            widget.insert("fields".into(), item["fields"].clone());
            if let Some(summary) = summary(&item["fields"]) {
                widget.insert("summary".into(), summary.into());
            }
        } else {
            let mut field = json!({"name": "item", "label": "Item"});
            for (key, value) in item {
                field[key] = value;
            }
            widget.insert("field".into(), field);
        }
    }
}

/// A string: a choice, a date, or text with its pattern and message.
fn string(schema: &Value, widget: &mut Map<String, Value>) {
    if let Some(options) = schema.get("enum") {
        widget.insert("widget".into(), "select".into());
        widget.insert("options".into(), options.clone());
        return;
    }
    match schema["format"].as_str() {
        Some("date") => {
            widget.insert("widget".into(), "datetime".into());
            widget.insert("format".into(), "YYYY-MM-DD".into());
            widget.insert("date_format".into(), "YYYY-MM-DD".into());
            widget.insert("time_format".into(), false.into());
            widget.insert("picker_utc".into(), true.into());
        }
        Some("date-time") => {
            widget.insert("widget".into(), "datetime".into());
            widget.insert("format".into(), "YYYY-MM-DDTHH:mm:ss[Z]".into());
            widget.insert("date_format".into(), "YYYY-MM-DD".into());
            widget.insert("time_format".into(), "HH:mm".into());
            widget.insert("picker_utc".into(), true.into());
        }
        _ => {
            widget.insert("widget".into(), "string".into());
        }
    }
    if let Some(pattern) = schema["pattern"].as_str() {
        let message = schema["patternErrorMessage"]
            .as_str()
            .unwrap_or("Does not have the expected form");
        // Decap ends the message with its own full stop.
        let message = message.strip_suffix('.').unwrap_or(message);
        widget.insert("pattern".into(), json!([pattern, message]));
    }
}

/// How a collapsed list item is named: by its id and its English name, title or
/// heading (a text's own English when the item is a text), so a long list reads.
fn summary(fields: &Value) -> Option<String> {
    let fields = fields.as_array()?;
    let find = |name: &str| fields.iter().find(|f| f["name"] == name);
    let is_text = |f: &Value| {
        f["fields"]
            .as_array()
            .is_some_and(|sub| sub.iter().any(|s| s["name"] == "en"))
    };
    if find("en").is_some() {
        return Some("{{fields.en}}".into());
    }
    let named = ["name", "title", "question", "label", "heading"]
        .iter()
        .find_map(|name| find(name))
        .or_else(|| fields.iter().find(|f| is_text(f)));
    let text = named.map(|f| {
        let name = f["name"].as_str().unwrap_or_default();
        if is_text(f) {
            format!("{{{{fields.{name}.en}}}}")
        } else {
            format!("{{{{fields.{name}}}}}")
        }
    });
    match (find("id").is_some(), text) {
        (true, Some(text)) => Some(format!("{{{{fields.id}}}} — {text}")),
        (true, None) => Some("{{fields.id}}".into()),
        (false, text) => text,
    }
}

/// A field's label: its name in words, or a language's own name.
fn label(name: &str) -> String {
    if let Some(lang) = Lang::ALL.iter().find(|l| l.code() == name) {
        return format!("{} ({name})", lang.native_name());
    }
    let words = name.replace('_', " ");
    let mut chars = words.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::JSON_WIDGET;

    /// Every property path of a schema (`offices[].name.en`), refs followed; below a
    /// recursive definition or a choice of shapes, only the path itself.
    fn schema_paths(
        schema: &Value,
        defs: &Value,
        at: &str,
        seen: &[String],
        out: &mut BTreeSet<String>,
    ) {
        if let Some(name) = schema["$ref"].as_str().and_then(|r| r.rsplit('/').next()) {
            if !seen.iter().any(|s| s == name) {
                let seen = [seen, &[name.to_string()]].concat();
                schema_paths(&defs[name], defs, at, &seen, out);
            }
        }
        for options in ["anyOf", "oneOf"] {
            for option in schema[options].as_array().into_iter().flatten() {
                if schema["oneOf"].is_null() {
                    schema_paths(option, defs, at, seen, out);
                }
            }
        }
        if let Some(properties) = schema["properties"].as_object() {
            for (name, property) in properties {
                let path = format!("{at}.{name}");
                out.insert(path.clone());
                schema_paths(property, defs, &path, seen, out);
            }
        }
        if !schema["items"].is_null() {
            schema_paths(&schema["items"], defs, &format!("{at}[]"), seen, out);
        }
    }

    /// Every field path of a configuration's fields; a JSON field covers what is below it.
    fn config_paths(fields: &Value, at: &str, out: &mut BTreeSet<String>, json: &mut Vec<String>) {
        for field in fields.as_array().into_iter().flatten() {
            let path = format!("{at}.{}", field["name"].as_str().unwrap());
            out.insert(path.clone());
            if field["widget"] == JSON_WIDGET {
                json.push(path.clone());
            }
            let below = if field["widget"] == "list" {
                format!("{path}[]")
            } else {
                path
            };
            config_paths(&field["fields"], &below, out, json);
            if field["field"]["widget"] == JSON_WIDGET {
                json.push(below);
            }
        }
    }

    fn schemas() -> Vec<(&'static str, Value)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data");
        let offices = std::fs::read_to_string(dir.join("offices.json")).unwrap();
        clair::model::files::DATA_FILES
            .iter()
            .map(|file| {
                let text = crate::schema::generate(file, &offices).unwrap();
                (*file, serde_json::from_str(&text).unwrap())
            })
            .collect()
    }

    #[test]
    fn every_field_of_every_type_is_in_the_editor() {
        let schemas = schemas();
        let config: Value = serde_json::from_str(&super::generate(&schemas)).unwrap();
        for (file, schema) in &schemas {
            let mut wanted = BTreeSet::new();
            schema_paths(schema, &schema["$defs"], "", &[], &mut wanted);
            let entry = config["collections"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|c| c["files"].as_array().unwrap())
                .find(|f| f["file"] == format!("public/data/{file}"))
                .unwrap_or_else(|| panic!("{file} is not in the editor"));
            let (mut present, mut json) = (BTreeSet::new(), Vec::new());
            config_paths(&entry["fields"], "", &mut present, &mut json);
            let missing: Vec<&String> = wanted
                .iter()
                .filter(|p| !present.contains(*p))
                .filter(|p| {
                    !json.iter().any(|j| {
                        p.starts_with(&format!("{j}.")) || p.starts_with(&format!("{j}[]"))
                    })
                })
                .collect();
            assert!(missing.is_empty(), "{file}: not in the editor: {missing:?}");
        }
    }

    #[test]
    fn rules_become_widgets() {
        let schemas = schemas();
        let config = super::generate(&schemas);
        // Links keep the https: rule and its message; texts offer every language.
        assert!(config.contains(r#""^https://\\S+$""#), "https pattern");
        assert!(config.contains("Must be an https: URL"));
        for lang in clair::model::lang::Lang::ALL {
            assert!(
                config.contains(&format!(r#""name": "{}""#, lang.code())),
                "{lang:?}"
            );
        }
        // The eligibility rules' recursive tree is a checked JSON field.
        assert!(config.contains(&format!(r#""widget": "{JSON_WIDGET}""#)));
        assert!(
            config.contains(r#""format": "YYYY-MM-DD""#),
            "dates as dates"
        );
        // Collapsed list items are named by id and English text, a plain title as is.
        for summary in [
            "{{fields.id}} — {{fields.name.en}}",
            "{{fields.id}} — {{fields.heading.en}}",
            "{{fields.id}} — {{fields.question.en}}",
            "{{fields.title}}",
            "{{fields.en}}",
        ] {
            assert!(
                config.contains(&format!(r#""summary": "{summary}""#)),
                "{summary}"
            );
        }
    }
}
