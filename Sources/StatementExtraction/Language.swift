/// The language of a statement, as the extractor reports it. The extractor reads every statement
/// the same way (its phrase tables hold both languages, and statements mix them); the language only
/// labels the result.
public enum Language: String, Sendable, CaseIterable {
    case arabic = "ar"
    case english = "en"

    /// Decides between Arabic and English by counting letters of each script; a text with more
    /// Arabic letters than Latin ones is Arabic. Statements quoting a few English names stay Arabic.
    public static func detect(in text: String) -> Language {
        var arabic = 0
        var latin = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0621...0x064A, 0x0671...0x06D3, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
                arabic += 1
            case 0x41...0x5A, 0x61...0x7A:
                latin += 1
            default:
                break
            }
        }
        return arabic > latin ? .arabic : .english
    }
}
