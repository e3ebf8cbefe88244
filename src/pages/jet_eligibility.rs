use leptos::prelude::*;

use crate::browser::{focus_later, page_url, today};
use crate::components::content_section::TextList;
use crate::components::copy_button::CopyButton;
use crate::components::island_slot::IslandSlot;
use crate::components::jet_nav::JetNav;
use crate::components::loaded::{ready, Loaded};
use crate::components::page::PageTop;
use crate::components::programme_note::{CycleLine, ProgrammeNote};
use crate::components::sources::SourceList;
use crate::components::url_query::UrlQuery;
use crate::data;
use crate::i18n::{fill, localized, provide_i18n, use_i18n, Ui};
use crate::model::files::Content;
use crate::model::jet::eligibility::{
    AnswerOption, Answers, Eligibility, PositionRules, Question, Screen, Status, Verdict,
    SUMMARY_STEP,
};
use crate::model::lang::{Lang, Text};
use crate::model::site::route::{href, Page};

/// `/jet/eligibility`: one question at a time, answers in the URL, then a summary with
/// a result per position.
#[component]
pub fn JetEligibilityPage() -> impl IntoView {
    let i18n = use_i18n();
    let rules = data::jet_eligibility();
    view! {
        <JetNav />
        <PageTop title=|t| t.jet_eligibility_title description=|t| t.jet_eligibility_meta />
        <Loaded
            resource=rules
            view=move |rules: Eligibility| {
                view! {
                    <ProgrammeNote programme=rules.programme />
                    <IslandSlot needs=Eligibility::FILE on_interaction=true>
                        <EligibilityChecker lang=i18n.lang.get_untracked() />
                    </IslandSlot>
                    <p class="checker-about">{localized(rules.about)}</p>
                }
            }
        />
    }
}

/// The URL parameter asking to return to the summary after changing one answer.
const RETURN: &str = "return";

/// The checker: its state is the URL's query, applied after mount.
#[cfg_attr(not(feature = "small-bundle"), island)]
#[cfg_attr(feature = "small-bundle", component)]
fn EligibilityChecker(lang: Lang) -> impl IntoView {
    provide_i18n(lang);
    ready(
        data::now::<Eligibility>(),
        |rules| view! { <Checker rules /> },
    )
}

/// A plain click on a link to another state of this page: the checker shows it without
/// fetching the page again (`site.js` leaves a click it finds handled alone). A click
/// with a modifier key opens the link as the browser would.
fn stay_on_page(url: UrlQuery, query: String) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |ev: leptos::ev::MouseEvent| {
        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        ev.prevent_default();
        url.push(&query);
    }
}

#[component]
fn Checker(rules: Eligibility) -> impl IntoView {
    let url = UrlQuery::new();
    let intro = rules.intro.clone();
    let rules = StoredValue::new(rules);
    let answers = Memo::new(move |_| {
        url.with(|pairs| {
            rules.with_value(|r| {
                let pairs = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()));
                r.relevant(&Answers::from_pairs(r, pairs))
            })
        })
    });
    let screen = Memo::new(move |_| {
        let step = url.get("step");
        rules.with_value(|r| r.screen(&answers.get(), step.as_deref()))
    });
    // The screen that was submitted without a choice, if it is still showing.
    let missing = RwSignal::new(None::<Screen>);
    focus_new_screens(screen);
    let answer = answer_callback(url, rules, answers, missing);
    let first = Memo::new(move |_| screen.get() == Screen::Question(0));
    view! {
        <BackLink url rules answers screen />
        // Keyed by the whole state: each question gets fresh inputs. Patching the previous
        // question's radios in place would carry its ticked option over.
        <div class="checker">
            <For
                each=move || [(screen.get(), answers.get())]
                key=move |(screen, answers)| rules.with_value(|r| r.query(answers, *screen))
                let:state
            >
                <CheckerScreen screen=state.0 rules answers url missing answer />
            </For>
        </div>
        // What the checker is for, under the first question: on a phone the question
        // and its first answers come first. Later questions come straight to the point.
        {move || first.get().then(|| view! { <p class="checker-intro">{localized(intro.clone())}</p> })}
    }
}

/// A new screen without a page load: its heading takes focus, as a page's would.
/// Not for the state the URL brings on load, which applies in the first moment after
/// mount: focus then stays where the page put it.
fn focus_new_screens(screen: Memo<Screen>) {
    let settled = StoredValue::new(false);
    Effect::new(move |_| set_timeout(move || settled.set_value(true), std::time::Duration::ZERO));
    Effect::new(move |_| {
        let screen = screen.get();
        if settled.get_value() {
            focus_later(match screen {
                Screen::Question(_) => "question-heading",
                Screen::Summary => "summary-heading",
            });
        }
    });
}

/// Takes the answer to a question (`None`: submitted without a choice) to the next
/// screen, or back to the summary when the visitor came from there to change it.
fn answer_callback(
    url: UrlQuery,
    rules: StoredValue<Eligibility>,
    answers: Memo<Answers>,
    missing: RwSignal<Option<Screen>>,
) -> Callback<(usize, Option<String>)> {
    let returning = Memo::new(move |_| url.get(RETURN).is_some());
    Callback::new(move |(index, option): (usize, Option<String>)| {
        let Some(option) = option else {
            missing.set(Some(Screen::Question(index)));
            focus_later("error-summary");
            return;
        };
        let mut next = answers.get_untracked();
        rules.with_value(|r| next.set(&r.questions[index].id, &option));
        let next = rules.with_value(|r| r.relevant(&next));
        let to = rules.with_value(|r| {
            if returning.get_untracked() {
                r.screen(&next, Some(SUMMARY_STEP))
            } else {
                r.after(index, &next)
            }
        });
        url.push(&rules.with_value(|r| r.query(&next, to)));
    })
}

/// A link to the previous question, when there is one.
#[component]
fn BackLink(
    url: UrlQuery,
    rules: StoredValue<Eligibility>,
    answers: Memo<Answers>,
    screen: Memo<Screen>,
) -> impl IntoView {
    let t = use_i18n().ui();
    let back = Memo::new(move |_| {
        let answers = answers.get();
        rules.with_value(|r| {
            r.before(screen.get(), &answers)
                .map(|i| r.query(&answers, Screen::Question(i)))
        })
    });
    move || {
        back.get().map(|query| {
            view! {
                <a class="back-link" href=query.clone() on:click=stay_on_page(url, query)>
                    {t.back}
                </a>
            }
        })
    }
}

/// The screen the state shows: a question, or the summary.
#[component]
fn CheckerScreen(
    screen: Screen,
    rules: StoredValue<Eligibility>,
    answers: Memo<Answers>,
    url: UrlQuery,
    missing: RwSignal<Option<Screen>>,
    answer: Callback<(usize, Option<String>)>,
) -> impl IntoView {
    match screen {
        Screen::Question(index) => {
            view! { <QuestionScreen index rules answers missing answer /> }.into_any()
        }
        Screen::Summary => {
            let answers = answers.get();
            rules
                .with_value(|r| view! { <Summary rules=r.clone() answers url /> })
                .into_any()
        }
    }
}

/// Question `index` with the answer given before, if any, and its place among the
/// questions asked.
#[component]
fn QuestionScreen(
    index: usize,
    rules: StoredValue<Eligibility>,
    answers: Memo<Answers>,
    missing: RwSignal<Option<Screen>>,
    answer: Callback<(usize, Option<String>)>,
) -> impl IntoView {
    let question = rules.with_value(|r| r.questions[index].clone());
    let (position, total) = rules.with_value(|r| {
        let asked = r.asked(&answers.get());
        let position = asked.iter().position(|&i| i == index).unwrap_or(0) + 1;
        (position, asked.len())
    });
    let chosen = answers.with(|a| a.get(&question.id).map(str::to_string));
    let others: Vec<(String, String)> = answers.with(|a| {
        a.iter()
            .filter(|(k, _)| *k != question.id)
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    });
    let error = Signal::derive(move || missing.get() == Some(Screen::Question(index)));
    view! {
        <QuestionForm
            question
            chosen
            others
            position
            total
            error
            on_answer=Callback::new(move |option| answer.run((index, option)))
        />
    }
}

/// One question as a radio group. A plain GET form carrying the other answers, so it
/// is a working form before the wasm arrives; once it has, answers go to `on_answer`.
#[component]
fn QuestionForm(
    question: Question,
    chosen: Option<String>,
    others: Vec<(String, String)>,
    position: usize,
    total: usize,
    #[prop(into)] error: Signal<bool>,
    on_answer: Callback<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let name = question.id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_answer.run(chosen_option(&ev, &name));
    };
    let has_hint = question.hint.is_some();
    let hint = question
        .hint
        .map(|hint| view! { <p class="hint" id="question-hint">{localized(hint)}</p> });
    let describedby = move || {
        let error = error.get().then_some("question-error");
        let hint = has_hint.then_some("question-hint");
        [hint, error]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let hidden = others
        .into_iter()
        .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
        .collect_view();
    let progress = move || {
        fill(
            i18n.t().question_progress,
            &[("n", &position.to_string()), ("total", &total.to_string())],
        )
    };
    view! {
        <ErrorSummary error />
        <form class="question" method="get" on:submit=submit novalidate>
            <p class="progress-text">{progress}</p>
            <fieldset
                id="question-fieldset"
                class="field"
                class:field-error=move || error.get()
                aria-describedby=describedby
            >
                <legend>
                    <h2 id="question-heading" tabindex="-1">{localized(question.text)}</h2>
                </legend>
                {hint}
                <Show when=move || error.get()>
                    <p class="error-message" id="question-error">{t.error_select}</p>
                </Show>
                <Choices name=question.id.clone() options=question.options chosen />
            </fieldset>
            {hidden}
            <input type="hidden" name="step" value=question.id />
            <button type="submit" class="button">{t.continue_button}</button>
        </form>
    }
}

/// Above the form while it was submitted without a choice: what went wrong, with a
/// link to the question.
#[component]
fn ErrorSummary(error: Signal<bool>) -> impl IntoView {
    let t = use_i18n().ui();
    view! {
        <Show when=move || error.get()>
            <div class="error-summary" id="error-summary" role="alert" tabindex="-1">
                <h2>{t.error_summary_title}</h2>
                <p><a href="#question-fieldset">{t.error_select}</a></p>
            </div>
        </Show>
    }
}

/// A question's options as radio buttons named `name`, the `chosen` one ticked.
#[component]
fn Choices(name: String, options: Vec<AnswerOption>, chosen: Option<String>) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|option| {
            let input_id = format!("{name}-{}", option.id);
            let checked = chosen.as_deref() == Some(option.id.as_str());
            view! {
                <div class="choice">
                    <input type="radio" id=input_id.clone() name=name.clone() value=option.id checked=checked />
                    <label for=input_id>{localized(option.label)}</label>
                </div>
            }
        })
        .collect_view();
    view! { <div class="choices">{options}</div> }
}

/// The option ticked in the submitted form, read from the form itself.
fn chosen_option(ev: &leptos::ev::SubmitEvent, name: &str) -> Option<String> {
    #[cfg(not(feature = "ssr"))]
    {
        use wasm_bindgen::JsCast;
        let form = ev.target()?.dyn_into::<web_sys::HtmlFormElement>().ok()?;
        web_sys::FormData::new_with_form(&form)
            .ok()?
            .get(name)
            .as_string()
            .filter(|v| !v.is_empty())
    }
    #[cfg(feature = "ssr")]
    {
        let _ = (ev, name);
        None
    }
}

fn verdict_text(t: &Ui, verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Eligible => t.verdict_eligible,
        Verdict::NotEligible => t.verdict_not_eligible,
        Verdict::Check => t.verdict_check,
        Verdict::Incomplete => t.verdict_incomplete,
    }
}

fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Eligible => "verdict verdict-yes",
        Verdict::NotEligible => "verdict verdict-no",
        Verdict::Check | Verdict::Incomplete => "verdict verdict-check",
    }
}

fn status_text(t: &Ui, status: Status) -> &'static str {
    match status {
        Status::Met => t.status_met,
        Status::NotMet => t.status_not_met,
        Status::Review => t.status_review,
        Status::Unanswered => t.status_unanswered,
    }
}

/// What a criterion says for its status: the deciding reason comes first in the list.
fn rank(status: Status) -> u8 {
    match status {
        Status::NotMet => 0,
        Status::Review => 1,
        Status::Unanswered => 2,
        Status::Met => 3,
    }
}

/// The result per position and what to do next on the visitor's day, then every
/// answer with a way to change it.
#[component]
fn Summary(rules: Eligibility, answers: Answers, url: UrlQuery) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang;
    let rows = rules
        .asked(&answers)
        .into_iter()
        .map(|index| {
            let question = &rules.questions[index];
            let answer = answers
                .get(&question.id)
                .and_then(|a| question.options.iter().find(|o| o.id == a))
                .map(|o| o.label.clone())
                .unwrap_or_default();
            let change = format!(
                "{}&{RETURN}=summary",
                rules.query(&answers, Screen::Question(index))
            );
            view! { <AnswerRow question=question.text.clone() answer change url /> }
        })
        .collect_view();
    let results = rules
        .positions
        .iter()
        .map(|position| view! { <PositionResult position=position.clone() answers=answers.clone() /> })
        .collect_view();
    let notes = rules.notes.clone();
    let link = page_url().unwrap_or_default();
    let sea = rules.sea.clone();
    view! {
        <h2 id="summary-heading" tabindex="-1">{t.results_heading}</h2>
        <div class="verdicts">{results}</div>
        <NextSteps year=rules.programme.year />
        <section class="verdict verdict-info" aria-labelledby="sea-heading">
            <h3 id="sea-heading">{t.sea_heading}</h3>
            <p>{localized(sea)}</p>
        </section>
        <h2>{t.your_answers}</h2>
        <dl class="summary-list">{rows}</dl>
        <p class="actions">
            <a
                class="button button-secondary"
                href=move || href(lang.get(), Page::JetEligibility)
                on:click=stay_on_page(url, String::new())
            >
                {t.start_again}
            </a>
        </p>
        <p class="copy-link">
            {t.share_answers}
            " "
            <CopyButton text=link label=Signal::derive(move || i18n.t().share_answers.to_string()) />
        </p>
        <h2>{t.good_to_know}</h2>
        <TextList class="notes" items=notes />
        <SourceList sources=rules.sources.clone() />
    }
}

/// One answer in the summary, with a link that changes it and comes back (`change`).
#[component]
fn AnswerRow(question: Text, answer: Text, change: String, url: UrlQuery) -> impl IntoView {
    let t = use_i18n().ui();
    view! {
        <div class="summary-row">
            <dt>{localized(question.clone())}</dt>
            <dd>{localized(answer)}</dd>
            <dd class="summary-action">
                <a href=change.clone() on:click=stay_on_page(url, change)>
                    {t.change}
                    <span class="visually-hidden">" " {localized(question)}</span>
                </a>
            </dd>
        </div>
    }
}

/// Where the programme's year stands on the visitor's day, and where to go next:
/// where to apply, how to apply.
#[component]
fn NextSteps(year: u16) -> impl IntoView {
    let i18n = use_i18n();
    let t = i18n.ui();
    let lang = i18n.lang;
    view! {
        <section class="next-steps" aria-labelledby="next-heading">
            <h2 id="next-heading">{t.what_next}</h2>
            <CycleLine described=year today=today() />
            <p class="actions">
                <a class="button" href=move || href(lang.get(), Page::JetWhere)>
                    {t.jet_where_title}
                </a>
                <a class="button button-secondary" href=move || href(lang.get(), Page::JetApply)>
                    {t.jet_apply_title}
                </a>
            </p>
        </section>
    }
}

#[component]
fn PositionResult(position: PositionRules, answers: Answers) -> impl IntoView {
    let i18n = use_i18n();
    let verdict = position.verdict(&answers);
    let mut assessed: Vec<_> = position
        .assess(&answers)
        .into_iter()
        .map(|(criterion, status)| (criterion.clone(), status))
        .collect();
    assessed.sort_by_key(|(_, status)| rank(*status));
    let reasons = assessed
        .into_iter()
        .map(|(criterion, status)| {
            let text = match status {
                Status::Met => Some(criterion.met),
                Status::NotMet => Some(criterion.not_met),
                Status::Review => criterion.review.or(Some(criterion.not_met)),
                Status::Unanswered => None,
            };
            view! {
                <li class=format!("reason reason-{}", rank(status))>
                    <span class="status-tag">{move || status_text(i18n.t(), status)}</span>
                    " "
                    {text.map(localized)}
                </li>
            }
        })
        .collect_view();
    let next = match verdict {
        Verdict::NotEligible => position.next_not_eligible.clone(),
        _ => position.next_eligible.clone(),
    };
    let heading = format!("result-{}", position.id);
    let name = position.name.clone();
    let name_for_verdict = position.name.clone();
    let line = move || {
        let lang: Lang = i18n.lang.get();
        fill(
            verdict_text(i18n.t(), verdict),
            &[("position", name_for_verdict.get(lang))],
        )
    };
    view! {
        <section class=verdict_class(verdict) aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{localized(name)}</h3>
            <p class="verdict-line"><strong>{line}</strong></p>
            <ul class="reasons">{reasons}</ul>
            <p>{localized(next)}</p>
        </section>
    }
}
