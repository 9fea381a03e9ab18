import DeadlineCore
import Foundation
import Testing

@Suite("The journal catalog explains every alert kind in English and Arabic")
struct CatalogTests {
    @Test func everyMessageIDHasBothLanguages() throws {
        let catalog = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("systemd/deadlined.catalog"), encoding: .utf8)
        let headers = Set(catalog.split(separator: "\n").filter { $0.hasPrefix("-- ") }.map(String.init))
        for kind in AlertKind.allCases {
            let id = AlertPresentation.messageID(kind)
            #expect(headers.contains("-- \(id)"), "no English entry for \(kind)")
            #expect(headers.contains("-- \(id) ar"), "no Arabic entry for \(kind)")
        }
    }
}
