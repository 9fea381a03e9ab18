import Glibc

/// Reads a config from disk. Every failure, including an unreadable file, is a `ConfigError`
/// naming the path, so that start-up, reload and `check` report it the same way.
public enum ConfigFile {
    /// Larger files are refused before reading, so that a huge file cannot exhaust memory.
    /// Loading holds the bytes and the model, and each commitment's tables only while it is
    /// read, so its peak is a few times the file's size (`make bench` measures it); the densest
    /// shape (`id` and `deadline` only) has the most commitments, and model, per byte.
    public static let maximumSize = 48 << 20

    public static func load(path: String) throws(ConfigError) -> Config {
        try ConfigLoader.load(bytes: read(path: path), file: path)
    }

    public static func read(path: String) throws(ConfigError) -> [UInt8] {
        switch FileContents.read(path: path, limit: maximumSize) {
        case .success(let bytes):
            return bytes
        case .failure(.open(errno: ENOENT)), .failure(.open(errno: ENOTDIR)), .failure(.open(errno: ELOOP)):
            throw failure(path, "cannot read the config: no such file (or a dangling symlink)")
        case .failure(.directory):
            throw failure(path, "cannot read the config: it is a directory, not a file")
        case .failure(.tooLarge(size: let size?)):
            throw failure(path, "the config is \(size >> 20) MB, more than the \(maximumSize >> 20) MB limit; refusing to read it")
        case .failure(.tooLarge(size: nil)):
            throw failure(path, "the config is more than the \(maximumSize >> 20) MB limit; refusing to read it")
        case .failure(.open(errno: EACCES)), .failure(.open(errno: EPERM)):
            throw failure(path, "cannot read the config: permission denied")
        case .failure(.open(errno: let code)), .failure(.read(errno: let code)):
            throw failure(path, "cannot read the config: \(String(cString: strerror(code)))")
        }
    }

    private static func failure(_ path: String, _ message: String) -> ConfigError {
        ConfigError(file: path, diagnostics: [ConfigDiagnostic(message, at: nil)])
    }
}
