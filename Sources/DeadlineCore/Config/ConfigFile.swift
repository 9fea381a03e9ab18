import Glibc

/// Reads a config from disk: the main file, then each statement file of its statements.d in
/// name order. Every failure, including an unreadable file, is a `ConfigError` naming the
/// path, so that start-up, reload and `check` report it the same way; the errors of every
/// file are reported together.
public enum ConfigFile {
    /// Larger files are refused before reading, so that a huge file cannot exhaust memory.
    /// Loading holds the bytes and the model, and each commitment's tables only while it is
    /// read, so its peak is a few times the file's size (`make bench` measures it); the densest
    /// shape (`id` and `deadline` only) has the most commitments, and model, per byte.
    public static let maximumSize = 48 << 20

    public static func load(path: String) throws(ConfigError) -> Config {
        var errors: [ConfigError] = []
        let main: ConfigLoader.MainDocument?
        do {
            main = try ConfigLoader.readMain(bytes: read(path: path), file: path, requireStatement: false)
        } catch {
            errors.append(error)
            main = nil
        }
        // The statement files are checked even when the main file has errors (with the
        // default settings), so that one `check` reports every file's problems.
        let daemon = main?.daemon ?? ConfigLoader.defaultDaemon
        var documents = main?.statement.map { [$0] } ?? []
        let folder = StatementFolder.path(main?.statementsDir ?? ConfigLoader.defaultStatementsDir, besideConfig: path)
        switch StatementFolder.files(in: folder) {
        case .success(let files):
            for file in files {
                do {
                    documents.append(try ConfigLoader.readStatementFile(bytes: read(path: file), file: file, daemon: daemon))
                } catch {
                    errors.append(error)
                }
            }
        case .failure(.missing) where main?.statementsDir == nil:
            break
        case .failure(let failure):
            errors.append(ConfigError(file: path, diagnostics: [ConfigDiagnostic(
                "cannot read the statements folder \(folder): \(failure.reason)", at: nil)]))
        }
        guard let main else { throw ConfigError(file: path, combining: errors)! }
        return try ConfigLoader.assemble(daemon: main.daemon, documents: documents, errors: errors, file: path)
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
