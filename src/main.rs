//! Browser binary: mounts the app. The native build has nothing to run here.

fn main() {
    #[cfg(feature = "hydrate")]
    clair::start();
}
