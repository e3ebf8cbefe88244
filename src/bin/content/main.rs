//! Tools for the people who edit `public/data/` (`--features ssr`, build time only).
//!
//! - `content check`: every file parses with the app's types, follows the content
//!   rules, names its schema in `"$schema"`, and the schemas are current. Exits 1 on
//!   any problem, each reported as `file: json.path: what is wrong`.
//! - `content schemas`: writes `public/data/schema/` from the Rust types.
//! - `content report [--today YYYY-MM-DD] [--max-age-days N]`: the freshness report.
//!
//! The data folder is `CLAIR_DATA_DIR` (default `public/data`).

mod cms;
mod report;
mod schema;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clair::model::date::Date;
use clair::model::files::{check, schema_path, schema_ref, DATA_FILES};

/// Sources older than this are listed for re-checking unless `--max-age-days` says otherwise.
const DEFAULT_MAX_AGE_DAYS: i64 = 365;

fn data_dir() -> PathBuf {
    PathBuf::from(std::env::var("CLAIR_DATA_DIR").unwrap_or_else(|_| "public/data".into()))
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_default()
}

/// Today in UTC, from the system clock.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days((secs / 86_400) as i64)
}

fn check_all(dir: &Path) -> ExitCode {
    let offices = read(dir, "offices.json");
    let mut problems = Vec::new();
    for file in DATA_FILES {
        let text = read(dir, file);
        if text.is_empty() {
            problems.push(format!("{file}: missing or empty"));
            continue;
        }
        problems.extend(check(file, &text));
        let named = serde_json::from_str::<serde_json::Value>(&text)
            .ok()
            .and_then(|v| v.get("$schema").and_then(|s| s.as_str().map(String::from)));
        if named.as_deref() != Some(schema_ref(file).as_str()) {
            problems.push(format!(
                "{file}: $schema: should be \"{}\", so editors check the file as you type",
                schema_ref(file)
            ));
        }
        if read(dir, &schema_path(file)) != schema::generate(file, &offices).unwrap_or_default() {
            problems.push(format!(
                "{}: out of date: run `make schemas`",
                schema_path(file)
            ));
        }
    }
    if let Some(path) = cms_config_path(dir) {
        if std::fs::read_to_string(&path).unwrap_or_default() != cms_config(dir) {
            problems.push(format!(
                "{}: out of date: run `make schemas`",
                path.display()
            ));
        }
    }
    if problems.is_empty() {
        println!("{} content files checked: no problems", DATA_FILES.len());
        ExitCode::SUCCESS
    } else {
        for problem in &problems {
            eprintln!("{problem}");
        }
        eprintln!("{} problems in {}", problems.len(), dir.display());
        ExitCode::FAILURE
    }
}

fn write_schemas(dir: &Path) -> ExitCode {
    let offices = read(dir, "offices.json");
    for file in DATA_FILES {
        let path = dir.join(schema_path(file));
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the schema folder");
        }
        let text = schema::generate(file, &offices).expect("every data file has a schema");
        std::fs::write(&path, text).expect("write a schema");
        println!("wrote {}", path.display());
    }
    if let Some(path) = cms_config_path(dir) {
        std::fs::write(&path, cms_config(dir)).expect("write the editor's configuration");
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

/// The editor's configuration beside the data folder (`public/admin/`), when the data
/// folder is the repository's.
fn cms_config_path(dir: &Path) -> Option<PathBuf> {
    let admin = dir.parent()?.join("admin");
    admin.is_dir().then(|| admin.join("config.yml"))
}

/// The editor's configuration for the schemas of `dir`'s files.
fn cms_config(dir: &Path) -> String {
    let offices = read(dir, "offices.json");
    let schemas: Vec<(&str, serde_json::Value)> = DATA_FILES
        .iter()
        .map(|file| {
            let text = schema::generate(file, &offices).expect("every data file has a schema");
            (
                *file,
                serde_json::from_str(&text).expect("a schema is JSON"),
            )
        })
        .collect();
    cms::generate(&schemas)
}

fn print_report(dir: &Path, args: &[String]) -> ExitCode {
    let value_of = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
    };
    let today = value_of("--today")
        .and_then(|d| Date::parse(d))
        .unwrap_or_else(today);
    let max_age = value_of("--max-age-days")
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_MAX_AGE_DAYS);
    let files: Vec<(String, String)> = DATA_FILES
        .iter()
        .map(|f| (f.to_string(), read(dir, f)))
        .collect();
    print!("{}", report::report(&files, today, max_age));
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = data_dir();
    match args.first().map(String::as_str) {
        Some("check") => check_all(&dir),
        Some("schemas") => write_schemas(&dir),
        Some("report") => print_report(&dir, &args[1..]),
        _ => {
            eprintln!(
                "usage: content check | schemas | report [--today YYYY-MM-DD] [--max-age-days N]"
            );
            ExitCode::from(2)
        }
    }
}
