/// Renders an extraction as JSON with a fixed key order, so output can be diffed and tested
/// byte for byte. Bound values use the config's spelling; `binding` is the last day a bound
/// allows when the date of issue is known (the first day, for `from`).
public func renderJSON(_ result: ExtractionResult) -> String {
    var out = "{\n"
    out += "  \"issued\": \(result.issued.map { JSONString.quoted($0.description) } ?? "null"),\n"
    out += "  \"issued_source\": \(JSONString.quoted(result.issuedSource)),\n"
    out += "  \"language\": \(JSONString.quoted(result.language.rawValue)),\n"
    out += "  \"headline\": \(result.headline.map(JSONString.quoted) ?? "null"),\n"
    if result.commitments.isEmpty {
        out += "  \"commitments\": []\n}\n"
        return out
    }
    out += "  \"commitments\": [\n"
    for (index, commitment) in result.commitments.enumerated() {
        out += "    {\n"
        out += "      \"id\": \(JSONString.quoted(commitment.id)),\n"
        out += "      \"title\": \(JSONString.quoted(commitment.title)),\n"
        out += "      \"parties\": [\(commitment.parties.map(JSONString.quoted).joined(separator: ", "))],\n"
        let bounds = commitment.bounds.map { bound -> String in
            let binding = bound.bindingDay(issued: result.issued).map { JSONString.quoted($0.description) } ?? "null"
            return "{\"kind\": \(JSONString.quoted(bound.kind.rawValue)), "
                + "\"value\": \(JSONString.quoted(bound.value.description)), \"binding\": \(binding)}"
        }
        out += "      \"bounds\": [\(bounds.joined(separator: ", "))],\n"
        out += "      \"quote\": \(JSONString.quoted(commitment.quote))\n"
        out += index + 1 < result.commitments.count ? "    },\n" : "    }\n"
    }
    out += "  ]\n}\n"
    return out
}

/// JSON strings: the escapes RFC 8259 requires, everything else as itself (UTF-8).
enum JSONString {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += "\\u" + TOMLString.hex4(scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
