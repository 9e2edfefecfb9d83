//! The network backend: hickory-resolver against the system's or `--resolver` servers.
