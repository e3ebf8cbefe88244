use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

use crate::i18n::{fill, use_i18n, Ui};
use crate::model::load::LoadError;

/// What a visitor reads when a content file fails: which file, and network or data.
pub fn error_message(t: &Ui, error: &LoadError) -> String {
    match error {
        LoadError::Network { file, .. } => fill(t.error_network, &[("file", file)]),
        LoadError::Status { file, status } => fill(
            t.error_status,
            &[("file", file), ("status", &status.to_string())],
        ),
        LoadError::Format { file, path, detail } if path.is_empty() => {
            fill(t.error_format, &[("file", file), ("detail", detail)])
        }
        LoadError::Format { file, path, detail } => fill(
            t.error_format_at,
            &[("file", file), ("path", path), ("detail", detail)],
        ),
    }
}

/// Placeholder while a content file loads: a labelled status and a calm skeleton.
#[component]
pub fn LoadingView() -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="visually-hidden">{t.loading}</span>
            <div class="skeleton" aria-hidden="true">
                <span></span>
                <span></span>
                <span></span>
            </div>
        </div>
    }
}

/// A content file that could not be used, with a way to try again.
#[component]
pub fn ErrorView(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    view! {
        <div class="error-box" role="alert">
            <h2>{t.error_heading}</h2>
            <p>{move || error_message(i18n.t(), &error)}</p>
            <button type="button" class="button" on:click=move |_| on_retry.run(())>
                {t.retry}
            </button>
        </div>
    }
}

/// Shows `view` with a content file's value once it is there: a skeleton while it
/// loads, an error with Retry when it fails. The resource comes from the page.
#[component]
pub fn Loaded<T, F, V>(resource: Resource<Result<T, LoadError>>, view: F) -> impl IntoView
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=LoadingView>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => view(value).into_any(),
                        Err(error) => {
                            view! { <ErrorView error on_retry=move || resource.refetch() /> }
                                .into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}

/// What an island shows for a file read with `data::now`. In the browser an island
/// starts only once its files are usable, so the error shows only while prerendering,
/// where it fails the build.
pub fn ready<T, V: IntoView + 'static>(
    value: Result<T, LoadError>,
    view: impl FnOnce(T) -> V,
) -> AnyView {
    match value {
        Ok(value) => view(value).into_any(),
        Err(error) => view! { <ErrorView error on_retry=crate::browser::reload /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ui;
    use crate::model::lang::Lang;

    #[test]
    fn messages_name_the_file_and_the_kind_of_failure() {
        let t = ui(Lang::En);
        let net = LoadError::Network {
            file: "mission.json".into(),
            detail: "x".into(),
        };
        assert!(error_message(t, &net).contains("mission.json did not reach the server"));
        let status = LoadError::Status {
            file: "site.json".into(),
            status: 404,
        };
        assert_eq!(
            error_message(t, &status),
            "The server answered 404 for site.json."
        );
        let format = LoadError::Format {
            file: "mission.json".into(),
            path: "figures[1].label".into(),
            detail: "missing field `ja`".into(),
        };
        assert_eq!(
            error_message(t, &format),
            "mission.json has a problem at figures[1].label: missing field `ja`"
        );
        assert!(error_message(ui(Lang::Ja), &status).contains("404"));
    }
}
