import TextWriting
import CivilCalendar

/// Renders an extraction as JSON with a fixed key order, so output can be diffed and tested
/// byte for byte. Bound values use the config's spelling; `binding` is the last day a bound
/// allows when the date of issue is known (the first day, for `from`); `from_events` holds the spans
/// counted from an event the statement does not date, which bind no day.
public func renderJSON(_ result: ExtractionResult) -> String {
    var out = "{\n"
    out += "  \"issued\": \(result.issued.map { JSONText.quoted($0.description) } ?? "null"),\n"
    out += "  \"issued_source\": \(JSONText.quoted(result.issuedSource)),\n"
    out += "  \"language\": \(JSONText.quoted(result.language.rawValue)),\n"
    out += "  \"headline\": \(result.headline.map(JSONText.quoted) ?? "null"),\n"
    if result.commitments.isEmpty {
        out += "  \"commitments\": []\n}\n"
        return out
    }
    out += "  \"commitments\": [\n"
    for (index, commitment) in result.commitments.enumerated() {
        out += "    {\n"
        out += "      \"id\": \(JSONText.quoted(commitment.id)),\n"
        out += "      \"title\": \(JSONText.quoted(commitment.title)),\n"
        out += "      \"parties\": [\(commitment.parties.map(JSONText.quoted).joined(separator: ", "))],\n"
        let bounds = commitment.bounds.map { bound -> String in
            let binding = bound.bindingDay(issued: result.issued).map { JSONText.quoted($0.description) } ?? "null"
            return "{\"kind\": \(JSONText.quoted(bound.kind.rawValue)), "
                + "\"value\": \(JSONText.quoted(bound.value.description)), \"binding\": \(binding)}"
        }
        out += "      \"bounds\": [\(bounds.joined(separator: ", "))],\n"
        out += "      \"from_events\": [\(commitment.fromEvents.map(JSONText.quoted).joined(separator: ", "))],\n"
        out += "      \"quote\": \(JSONText.quoted(commitment.quote))\n"
        out += index + 1 < result.commitments.count ? "    },\n" : "    }\n"
    }
    out += "  ]\n}\n"
    return out
}
