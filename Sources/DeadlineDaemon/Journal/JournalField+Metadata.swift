import Logging

extension JournalField {
    /// Journal fields for log metadata, sorted by key so entries are stable.
    ///
    /// A journal field holds a flat value, so nested metadata is flattened:
    /// `["alert": ["kind": "final"]]` becomes `ALERT_KIND=final`, and the items
    /// of a list get their index, `TAGS_0`, `TAGS_1`. Other values are written
    /// as their text.
    static func flattening(_ metadata: Logger.Metadata) -> [JournalField] {
        var fields: [JournalField] = []
        for (key, value) in metadata.sorted(by: { $0.key < $1.key }) {
            append(value, named: key, to: &fields)
        }
        return fields
    }

    private static func append(_ value: Logger.MetadataValue, named name: String, to fields: inout [JournalField]) {
        switch value {
        case .string(let text):
            fields.append(JournalField(name: name, value: text))
        case .stringConvertible(let convertible):
            fields.append(JournalField(name: name, value: convertible.description))
        case .dictionary(let dictionary):
            for (key, nested) in dictionary.sorted(by: { $0.key < $1.key }) {
                append(nested, named: "\(name)_\(key)", to: &fields)
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                append(item, named: "\(name)_\(index)", to: &fields)
            }
        }
    }
}
