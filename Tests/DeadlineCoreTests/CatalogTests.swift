import DeadlineCore
import Foundation
import Testing

@Suite("The journal catalog explains every alert kind in English and Arabic")
struct CatalogTests {
    /// Each entry's text by its header line ("328f...37", "328f...37 ar").
    static func entries() throws -> [String: String] {
        let catalog = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("systemd/deadlined.catalog"), encoding: .utf8)
        var entries: [String: String] = [:]
        var header: String?
        for line in catalog.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") {
                header = String(line.dropFirst(3))
                entries[header!] = ""
            } else if let header {
                entries[header, default: ""] += line + "\n"
            }
        }
        return entries
    }

    /// The journal fields (DEADLINE_*) and config keys (snake_case) an entry names: what a reader
    /// of either language is pointed to.
    static func names(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var word = ""
        for character in text + " " {
            if character.isASCII && (character.isLetter || character.isNumber || character == "_") {
                word.append(character)
            } else {
                if word.contains("_"), word.hasPrefix("DEADLINE_") || word == word.lowercased() { names.insert(word) }
                word = ""
            }
        }
        return names
    }

    @Test func everyMessageIDHasBothLanguages() throws {
        let entries = try Self.entries()
        for kind in AlertKind.allCases {
            let id = AlertPresentation.messageID(kind)
            #expect(entries["\(id)"] != nil, "no English entry for \(kind)")
            #expect(entries["\(id) ar"] != nil, "no Arabic entry for \(kind)")
        }
    }

    @Test("the Arabic entry of each alert kind names the same journal fields and config keys as the English one")
    func arabicNamesWhatEnglishNames() throws {
        let entries = try Self.entries()
        for kind in AlertKind.allCases {
            let id = AlertPresentation.messageID(kind)
            let english = Self.names(entries[id] ?? ""), arabic = Self.names(entries["\(id) ar"] ?? "")
            #expect(english.contains("DEADLINE_COMMITMENT"), "\(kind): \(english)")
            #expect(arabic == english, "\(kind): only in English \(english.subtracting(arabic)), only in Arabic \(arabic.subtracting(english))")
        }
    }
}
