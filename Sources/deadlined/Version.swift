/// The release, printed by `deadlined --version`. The one place the version is written: the
/// Makefile reads it from here for the Debian package (`make deb`).
let deadlinedVersion = "0.1.0"
