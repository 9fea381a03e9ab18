import Logging

/// The one-line text form of a log entry: `<level> <message> key=value ...`.
///
/// Newlines and carriage returns inside the message or metadata are written as
/// `\n` and `\r`, so one entry is always exactly one line, whoever reads it.
enum LogLine {
    static func render(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata) -> String {
        var line = "\(level.rawValue) \(message)"
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            line += " \(key)=\(value)"
        }
        return escapingLineBreaks(line) + "\n"
    }

    private static func escapingLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) else {
            return text
        }
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": escaped.append(contentsOf: #"\n"#.unicodeScalars)
            case "\r": escaped.append(contentsOf: #"\r"#.unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
