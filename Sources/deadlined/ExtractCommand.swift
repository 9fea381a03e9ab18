import CivilCalendar
import ArgumentParser
import DeadlineCore
import StatementExtraction

/// `deadlined extract`: a statement's text in, a config fragment (or JSON) out.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read a statement (Arabic or English) and print the commitments it makes as config.",
        discussion: """
            Prints a [statement] table and one [[commitment]] per commitment found, with the deadline \
            bounds read from the text (within, no_later_than, until, deadline, before), the sentence as \
            `quote`, and a drafted title. Commitments without a date are written without bounds (ongoing). \
            Review the output before using it: `deadlined check` accepts it as it is.
            The date of issue comes from --issued, else from the text, else from a YYYY-MM-DD in the file name.
            """
    )

    @Argument(help: "The statement's text (UTF-8).")
    var file: String

    @Option(help: ArgumentHelp("The day the statement was issued, such as 2024-09-27.", valueName: "date"))
    var issued: String?

    @Option(help: ArgumentHelp("Also write [daemon] timezone = ZONE, the IANA zone in which the dates end.", valueName: "zone"))
    var timezone: String?

    @Option(help: ArgumentHelp("The statement id (default: the file name without extensions).", valueName: "id"))
    var statementID: String?

    @Flag(help: "Print JSON instead of config.")
    var json = false

    func run() throws {
        guard case .success(let bytes) = FileContents.read(path: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let name = Self.fileName(of: file)
        let given = try issued.map { text in
            guard let day = Self.day(in: text), day.description == text else {
                throw ValidationError("--issued \(text): write a date such as 2024-09-27")
            }
            return day
        }
        let extractor = StatementExtractor()
        var result = extractor.extract(text, issued: given)
        var note: String?
        if result.issued == nil, let fromName = Self.day(in: name) {
            result = extractor.extract(text, issued: fromName)
            note = "# issued: \(fromName) is taken from the file name; the text does not state it"
        }
        if json {
            print(renderJSON(result))
            return
        }
        var output = "# Commitments read from \(name) by `deadlined extract`; review before use.\n"
        if let note { output += note + "\n" }
        if let timezone { output += "\n[daemon]\ntimezone = \"\(timezone)\"\n" }
        output += "\n" + renderConfigFragment(result, statementID: statementID ?? Self.statementID(from: name), source: file)
        print(output, terminator: output.hasSuffix("\n") ? "" : "\n")
    }

    /// The first YYYY-MM-DD in `text` that is a real date.
    static func day(in text: String) -> CivilDate? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            let slice = String(String.UnicodeScalarView(scalars[start..<start + 10]))
            let parts = slice.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { continue }
            if let found = CivilDate(statedYear: year, month: month, day: day) { return found }
        }
        return nil
    }

    /// The last component of a path: `statements/us-iraq.txt` -> `us-iraq.txt`, `dir/` -> `dir`, `/` -> `/`.
    static func fileName(of path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if path == "/" { return "/" }
        return String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? path)
    }

    /// `us-iraq-2024-09-27.ar.txt` -> `us-iraq-2024-09-27`.
    static func statementID(from name: String) -> String {
        var id = name
        for suffix in [".txt", ".md", ".ar", ".en"] where id.hasSuffix(suffix) {
            id.removeLast(suffix.count)
        }
        let allowed = id.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "-"
        }
        return allowed.isEmpty ? "statement" : String(allowed)
    }
}
