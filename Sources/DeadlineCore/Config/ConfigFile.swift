import Foundation

/// Reads a config from disk. Every failure, including an unreadable file, is a `ConfigError`
/// naming the path, so that start-up, reload and `check` report it the same way.
public enum ConfigFile {
    /// Larger files are refused before reading, so that a huge file cannot exhaust memory.
    /// Loading (`deadlined check`) peaks at 6-14 times the file's size: the bytes, the value
    /// tree with compact positions, the model. Measured: a 44 MB config of 100,000 commitments
    /// with titles, parties, lead times and long quotes peaks near 250 MB; the densest shape
    /// (`id`, `deadline` and `lead_times` only, 70 bytes a commitment) fills 48 MB with some
    /// 680,000 commitments and peaks near 650 MB.
    public static let maximumSize = 48 << 20

    public static func load(path: String) throws(ConfigError) -> Config {
        try ConfigLoader.load(bytes: read(path: path), file: path)
    }

    public static func read(path: String) throws(ConfigError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure(path, "cannot read the config: no such file (or a dangling symlink)")
        }
        if isDirectory.boolValue { throw failure(path, "cannot read the config: it is a directory, not a file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > maximumSize {
            throw failure(path, "the config is \(size.intValue >> 20) MB, more than the \(maximumSize >> 20) MB limit; refusing to read it")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw failure(path, "cannot read the config: permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
            if data.count > maximumSize {
                throw failure(path, "the config is more than the \(maximumSize >> 20) MB limit; refusing to read it")
            }
            return [UInt8](data)
        } catch let error as ConfigError {
            throw error
        } catch {
            throw failure(path, "cannot read the config: \(error.localizedDescription)")
        }
    }

    private static func failure(_ path: String, _ message: String) -> ConfigError {
        ConfigError(file: path, diagnostics: [ConfigDiagnostic(message, at: nil)])
    }
}
