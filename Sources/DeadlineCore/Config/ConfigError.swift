import TOML

/// One problem found in a config file, at the place a person has to edit.
public struct ConfigDiagnostic: Hashable, Sendable {
    public var position: TOMLPosition?
    public var message: String

    public init(_ message: String, at position: TOMLPosition?) {
        self.position = position
        self.message = message
    }
}

/// Why a config cannot be used: every problem found, in file order, each printed the way
/// compilers print them (`Config/deadlined.toml:12:5: error: ...`) so editors can jump to it.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The exit status of a program stopped by a config it cannot use: sysexits' EX_CONFIG. The
    /// unit's `RestartPreventExitStatus=78` keeps systemd from restarting it in a loop.
    public static let exitStatus: Int32 = 78

    public var file: String
    public var diagnostics: [ConfigDiagnostic]

    public init(file: String, diagnostics: [ConfigDiagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }

    /// The error of a document that is not valid TOML.
    public init(file: String, tomlError: TOMLError) {
        self.init(file: file, diagnostics: [ConfigDiagnostic(tomlError.message, at: tomlError.position)])
    }

    /// How many diagnostics `description` prints; the rest are counted. A file of 100,000
    /// duplicate commitments must not produce a 10 MB error.
    public static let printedDiagnostics = 20

    /// One line per diagnostic, at most `printedDiagnostics` of them, then a count of the rest.
    public var description: String {
        var lines = diagnostics.prefix(Self.printedDiagnostics).map { diagnostic in
            let place = diagnostic.position.map { "\(file):\($0.line):\($0.column)" } ?? file
            return "\(place): error: \(diagnostic.message)"
        }
        if diagnostics.count > Self.printedDiagnostics {
            lines.append("\(file): error: \(diagnostics.count - Self.printedDiagnostics) more errors not shown")
        }
        return lines.joined(separator: "\n")
    }

    /// The first diagnostic alone, for one-line status texts.
    public var summary: String {
        guard let first = diagnostics.first else { return file }
        let place = first.position.map { "\(file):\($0.line):\($0.column)" } ?? file
        let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more)" : ""
        return "\(place): \(first.message)\(more)"
    }
}
