import TextWriting
import CivilCalendar

/// Renders an extraction as a deadlined config fragment: a `[statement]` table and one
/// `[[commitment]]` per candidate, for a person to review and paste into the config.
///
/// Each bound kind becomes its key (`within = "12 months"`, `no_later_than = "2025-09"`,
/// `deadline = 2025-09-27` for a day). The config has no start key, so `from` bounds become
/// comments, as does a second bound of a kind already written (TOML forbids repeated keys).
/// A commitment without bounds gets no date keys: the config treats it as ongoing. A span counted
/// from an event the statement does not date is a comment that quotes it, for the reviewer to
/// turn into a bound once the event has a date.
public func renderConfigFragment(_ result: ExtractionResult, statementID: String, source: String?) -> String {
    var lines: [String] = ["[statement]"]
    lines.append("id = \(TOMLString.quoted(statementID))")
    lines.append("title = \(TOMLString.quoted(result.headline ?? statementID))")
    if let issued = result.issued {
        lines.append("issued = \(issued)")
    } else {
        lines.append("# issued: not stated in the text; set it before spans such as \"within\" can bind")
    }
    if let source { lines.append("source = \(TOMLString.quoted(source))") }
    for commitment in result.commitments {
        lines.append("")
        lines.append("[[commitment]]")
        lines.append("id = \(TOMLString.quoted(commitment.id))")
        lines.append("title = \(TOMLString.quoted(commitment.title))")
        lines.append("parties = [\(commitment.parties.map(TOMLString.quoted).joined(separator: ", "))]")
        var written: Set<Bound.Kind> = []
        for bound in commitment.bounds {
            let value: String
            if case .day(let day) = bound.value {
                value = day.description
            } else {
                value = TOMLString.quoted(bound.value.description)
            }
            if bound.kind == .from {
                lines.append("# from \(bound.value)")
            } else if written.insert(bound.kind).inserted {
                lines.append("\(bound.kind.rawValue) = \(value)")
            } else {
                lines.append("# also \(bound.kind.rawValue) = \(value)")
            }
        }
        for span in commitment.fromEvents {
            lines.append("# counted from an event without a date, so no bound: \(TOMLString.quoted(span))")
        }
        lines.append("quote = \(TOMLString.quoted(commitment.quote))")
    }
    return lines.joined(separator: "\n") + "\n"
}

/// TOML basic strings: quotes and backslashes escaped, control characters as \uXXXX, so any
/// sentence, whatever it contains, reads back as itself.
enum TOMLString {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + Digits.hex(UInt64(scalar.value), 4, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
