/// A TOML value, as the document wrote it.
///
/// Tables keep the order in which their keys were written, so that tools which echo a
/// document back (and error messages that list keys) follow the author's order.
public enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case offsetDateTime(TOMLOffsetDateTime)
    case localDateTime(TOMLLocalDateTime)
    case localDate(TOMLLocalDate)
    case localTime(TOMLLocalTime)
    case array([TOMLValue])
    case table(TOMLTable)

    /// The name of the value's kind as a person reads it in an error message ("a string").
    public var kindDescription: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a float"
        case .boolean: "a boolean"
        case .offsetDateTime: "an offset date-time"
        case .localDateTime: "a local date-time"
        case .localDate: "a local date"
        case .localTime: "a local time"
        case .array: "an array"
        case .table: "a table"
        }
    }

    /// Equality that treats two NaN floats as equal, so that value trees can be compared in tests.
    public static func == (lhs: TOMLValue, rhs: TOMLValue) -> Bool {
        switch (lhs, rhs) {
        case let (.string(a), .string(b)): a == b
        case let (.integer(a), .integer(b)): a == b
        case let (.float(a), .float(b)): a == b || (a.isNaN && b.isNaN)
        case let (.boolean(a), .boolean(b)): a == b
        case let (.offsetDateTime(a), .offsetDateTime(b)): a == b
        case let (.localDateTime(a), .localDateTime(b)): a == b
        case let (.localDate(a), .localDate(b)): a == b
        case let (.localTime(a), .localTime(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.table(a), .table(b)): a == b
        default: false
        }
    }
}
