import Glibc
import TOML

/// Reads a config from disk: the main file, then each statement file of its statements.d in
/// name order (as far as the config and its errors tell: the files are parsed on both cores).
/// Every failure, including an unreadable file, is a `ConfigError` naming the path, so that
/// start-up, reload and `check` report it the same way; the errors of every file are reported
/// together. A reload passes what the last load read (`StatementFileMemory`) and parses only
/// the statement files that changed.
public enum ConfigFile {
    /// Larger files are refused before reading, so that a huge file cannot exhaust memory.
    /// Loading holds the bytes and the model, and each commitment's tables only while it is
    /// read, so its peak is a few times the file's size (`make bench` measures it); the densest
    /// shape (`id` and `deadline` only) has the most commitments, and model, per byte.
    public static let maximumSize = 48 << 20

    public static func load(path: String) throws(ConfigError) -> Config {
        try load(path: path, previous: nil).config
    }

    /// A config as loaded from disk, and what the load did with the files of statements.d.
    public struct Loaded: Sendable {
        public var config: Config
        /// Every statement file of this load and what it held: the next load's `previous`.
        public var statementFiles: StatementFileMemory
        /// The statement files this load parsed (new, changed, or all when the daemon's settings
        /// changed), in name order; the others' statements were kept from the previous load.
        public var parsed: [String]
        /// How many statement files were unchanged, their statements kept.
        public var kept: Int
        /// Statement files of the previous load that are gone, in name order.
        public var removed: [String]

        /// A config read from one document, without statements.d.
        public init(config: Config) {
            self.init(config: config, statementFiles: StatementFileMemory(config: config), parsed: [], kept: 0, removed: [])
        }

        init(config: Config, statementFiles: StatementFileMemory, parsed: [String], kept: Int, removed: [String]) {
            self.config = config
            self.statementFiles = statementFiles
            self.parsed = parsed
            self.kept = kept
            self.removed = removed
        }
    }

    /// Loads the config; a statement file whose bytes are those `previous` read is not parsed
    /// again, its statement is taken from `previous`. The main file is always parsed. The
    /// statement files are read and parsed on both cores.
    public static func load(path: String, previous: StatementFileMemory?) throws(ConfigError) -> Loaded {
        try load(path: path, previous: previous, runs: ParallelRuns.count(limit: 2))
    }

    /// The statement files read and parsed on `runs` threads (`StatementFileReading`), and
    /// added in name order whatever the number.
    static func load(path: String, previous: StatementFileMemory?, runs: Int) throws(ConfigError) -> Loaded {
        var assembly = ConfigAssembly()
        var main: ConfigLoader.MainDocument?
        do {
            main = try ConfigLoader.readMain(bytes: read(path: path), file: path, requireStatement: false)
        } catch {
            assembly.fail(error)
            main = nil
        }
        // The statement files are checked even when the main file has errors (with the
        // default settings), so that one `check` reports every file's problems.
        let daemon = main?.daemon ?? ConfigLoader.defaultDaemon
        // Taken out of `main`, so that the assembly holds its commitments alone.
        if let statement = main?.statement.take() { assembly.add(statement) }
        var files: [String: StatementFileMemory.File] = [:]
        var parsed: [String] = []
        let folder = StatementFolder.path(main?.statementsDir?.path ?? ConfigLoader.defaultStatementsDir, besideConfig: path)
        switch StatementFolder.files(in: folder) {
        case .success(let paths):
            StatementFileReading<Result<StatementFileOutcome, ConfigError>>.run(count: paths.count, runs: runs) { index in
                Result { () throws(ConfigError) in
                    try StatementFileOutcome(file: paths[index], previous: previous, daemon: daemon)
                }
            } add: { index, outcome in
                let file = paths[index]
                assembly.expect(files: paths.count - index)
                let added: (statement: Int, commitments: Range<Int>)?
                let digest: ContentDigest, idPosition: TOMLPosition
                switch outcome {
                case .success(.kept(let kept, let fileDigest)):
                    (digest, idPosition) = (fileDigest, kept.idPosition)
                    added = assembly.add(kept.statement, commitments: kept.commitments, idPosition: idPosition)
                case .success(.parsed(let document, let fileDigest)):
                    (digest, idPosition) = (fileDigest, document.idPosition)
                    parsed.append(file)
                    added = assembly.add(document.statement, commitments: document.commitments, idPosition: idPosition, share: true)
                case .failure(let error):
                    assembly.fail(error)
                    return
                }
                if let added {
                    files[file] = StatementFileMemory.File(
                        digest: digest, statement: added.statement, commitments: added.commitments, idPosition: idPosition)
                }
            }
        case .failure(.missing) where main?.statementsDir == nil:
            break
        case .failure(let failure):
            assembly.fail(ConfigError(file: path, diagnostics: [ConfigDiagnostic(
                "cannot read the statements folder \(folder): \(failure.reason)", at: main?.statementsDir?.position)]))
        }
        let (config, writtenStatus) = try assembly.finish(daemon: daemon, file: path)
        var memory = StatementFileMemory(config: config)
        memory.files = files
        memory.writtenStatus = writtenStatus
        let removed = previous.map { $0.files.keys.filter { files[$0] == nil } } ?? []
        return Loaded(
            config: config, statementFiles: memory, parsed: parsed, kept: files.count - parsed.count,
            removed: removed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// What reading one statement file gave: its statement as `previous` holds it (the file's
    /// bytes unchanged), or as just parsed.
    private enum StatementFileOutcome {
        case kept(StatementFileMemory.Kept, digest: ContentDigest)
        case parsed(ConfigLoader.StatementDocument, digest: ContentDigest)

        init(file: String, previous: StatementFileMemory?, daemon: DaemonSettings) throws(ConfigError) {
            let bytes = try read(path: file)
            let digest = ContentDigest(bytes)
            if let kept = previous?.statement(of: file, digest: digest, daemon: daemon) {
                self = .kept(kept, digest: digest)
            } else {
                self = .parsed(try ConfigLoader.readStatementFile(bytes: bytes, file: file, daemon: daemon), digest: digest)
            }
        }
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
