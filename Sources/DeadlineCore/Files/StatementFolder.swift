import Glibc

/// The folder of statement files (statements.d): which of its entries are statements.
///
/// Only names ending in `.toml` count, and never hidden ones: editor backups (`a.toml~`,
/// `.a.toml.swp`, `#a.toml#`) and the package manager's `.dpkg-old`/`.dpkg-dist` copies are
/// skipped. Files are read in byte order of their names, so the order is the same everywhere.
public enum StatementFolder {
    public enum Failure: Error, Equatable, Sendable {
        case missing
        case notAFolder
        case other(errno: Int32)

        public var reason: String {
            switch self {
            case .missing: "no such folder"
            case .notAFolder: "it is not a folder"
            case .other(let code): String(cString: strerror(code))
            }
        }
    }

    /// `folder` as written in the config, relative to the config file's folder unless absolute.
    public static func path(_ folder: String, besideConfig configPath: String) -> String {
        if folder.hasPrefix("/") { return folder }
        guard let slash = configPath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return folder }
        return String(configPath[...slash]) + folder
    }

    /// True for a name that holds a statement.
    public static func isStatementFile(_ name: String) -> Bool {
        name.hasSuffix(".toml") && !name.hasPrefix(".") && name.utf8.count > ".toml".utf8.count
    }

    /// The statement files of `folder`, full paths, in name order.
    public static func files(in folder: String) -> Result<[String], Failure> {
        guard let directory = opendir(folder) else {
            switch errno {
            case ENOENT: return .failure(.missing)
            case ENOTDIR: return .failure(.notAFolder)
            case let code: return .failure(.other(errno: code))
            }
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if isStatementFile(name) { names.append(name) }
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return .success(names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { prefix + $0 })
    }
}
