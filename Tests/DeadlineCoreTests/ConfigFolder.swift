import DeadlineCore
import Foundation

/// A config folder on disk: deadlined.toml and the files of statements.d.
final class ConfigFolder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("statements-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("statements.d"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var mainPath: String { root.appendingPathComponent("deadlined.toml").path }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func load() throws(ConfigError) -> Config { try ConfigFile.load(path: mainPath) }

    /// A load that reuses what `previous` read from the files whose bytes did not change.
    func load(previous: StatementFileMemory?) throws(ConfigError) -> ConfigFile.Loaded {
        try ConfigFile.load(path: mainPath, previous: previous)
    }

    func error() -> ConfigError? {
        do {
            _ = try load()
            return nil
        } catch {
            return error
        }
    }
}
