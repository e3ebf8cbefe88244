//! Reusable pieces. They receive data through props and never fetch it.

pub mod app_status;
pub mod content_section;
pub mod copy_button;
pub mod embed_form;
pub mod embed_preview;
pub mod embed_snippets;
pub mod ext_link;
pub mod figures;
pub mod island_slot;
pub mod jet_nav;
pub mod jet_stages;
pub mod loaded;
pub mod local_time;
pub mod nav_link;
pub mod office_links;
pub mod office_list;
pub mod office_locator;
pub mod office_map;
pub mod office_search;
pub mod page;
pub mod participants_chart;
pub mod site_footer;
pub mod site_header;
pub mod sources;
pub mod url_query;
pub mod widget_frame;
