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

    /// One line per diagnostic.
    public var description: String {
        diagnostics.map { diagnostic in
            let place = diagnostic.position.map { "\(file):\($0.line):\($0.column)" } ?? file
            return "\(place): error: \(diagnostic.message)"
        }.joined(separator: "\n")
    }

    /// The first diagnostic alone, for one-line status texts.
    public var summary: String {
        guard let first = diagnostics.first else { return file }
        let place = first.position.map { "\(file):\($0.line):\($0.column)" } ?? file
        let more = diagnostics.count > 1 ? " (and \(diagnostics.count - 1) more)" : ""
        return "\(place): \(first.message)\(more)"
    }
}
