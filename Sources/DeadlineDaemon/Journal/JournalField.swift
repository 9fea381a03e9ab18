/// One field of a journal entry: a name journald accepts and an arbitrary value.
///
/// journald only keeps fields whose names are made of `A-Z`, `0-9` and `_`,
/// do not start with `_` (reserved for fields journald adds itself) or a digit,
/// and are at most 64 bytes long. It drops any other field without a word, and
/// `sd_journal_sendv` refuses the whole entry with `EINVAL` when a name is
/// empty. Log metadata keys are free-form, so every name is sanitised on the
/// way in rather than trusting callers.
///
/// Values are bytes: they may hold newlines or any UTF-8 text, because
/// `sd_journal_sendv` sends such values in journald's length-prefixed form.
public struct JournalField: Sendable, Hashable {
    /// The longest field name journald accepts, in bytes.
    public static let maximumNameLength = 64

    /// A valid journal field name.
    public let name: String
    /// The field's value, unchanged.
    public let value: String

    /// Creates a field, replacing `name` by ``sanitizedName(_:)``.
    public init(name: String, value: String) {
        self.name = Self.sanitizedName(name)
        self.value = value
    }

    /// Turns any key into a name journald accepts.
    ///
    /// ASCII letters are upper-cased; every other character outside
    /// `[A-Z0-9_]` becomes `_`; leading underscores are dropped; a name that
    /// would start with a digit gets the prefix `FIELD_`, and a name left
    /// empty becomes `FIELD`; the result is cut to 64 bytes.
    ///
    ///     sanitizedName("request.id")  == "REQUEST_ID"
    ///     sanitizedName("_private")    == "PRIVATE"
    ///     sanitizedName("2fa")         == "FIELD_2FA"
    public static func sanitizedName(_ key: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(key.utf8.count, maximumNameLength))
        for scalar in key.unicodeScalars {
            switch scalar {
            case "a"..."z":
                bytes.append(UInt8(scalar.value) - 0x20)
            case "A"..."Z", "0"..."9", "_":
                bytes.append(UInt8(scalar.value))
            default:
                bytes.append(UInt8(ascii: "_"))
            }
        }
        let trimmed = bytes.drop(while: { $0 == UInt8(ascii: "_") })
        let name: [UInt8]
        if let first = trimmed.first {
            name = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
                ? Array("FIELD_".utf8) + trimmed
                : Array(trimmed)
        } else {
            name = Array("FIELD".utf8)
        }
        return String(decoding: name.prefix(maximumNameLength), as: UTF8.self)
    }
}
