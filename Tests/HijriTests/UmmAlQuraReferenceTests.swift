import Foundation
import Hijri
import Testing

/// The table checked month by month against an independent implementation, the `hijridate`
/// Python package (installed by `make unit-test` into .build/hijri-venv).
@Suite struct UmmAlQuraReferenceTests {
    struct MonthStart: Equatable, CustomStringConvertible {
        let year, month, dayNumber, length: Int
        var description: String { "\(year)-\(month): starts on day \(dayNumber), \(length) days" }
    }

    static func reference() throws -> [MonthStart] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let python = root.appendingPathComponent(".build/hijri-venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("no \(python.path): run `make unit-test` (it installs hijridate there)")
            return []
        }
        let process = Process()
        process.executableURL = python
        process.arguments = [root.appendingPathComponent("Tests/HijriTests/ummalqura_reference.py").path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            let numbers = line.split(separator: " ").map { Int($0)! }
            return MonthStart(year: numbers[0], month: numbers[1], dayNumber: numbers[2], length: numbers[3])
        }
    }

    @Test func everyMonthStartAgreesWithHijridate() throws {
        let months = try Self.reference()
        // 1343-1500 AH, twelve months each.
        #expect(months.count == 158 * 12)
        var disagreements: [String] = []
        for expected in months {
            let first = try HijriDate(year: expected.year, month: expected.month, day: 1)
            let ours = MonthStart(year: expected.year, month: expected.month, dayNumber: first.dayNumber,
                                  length: try HijriDate.monthLength(year: expected.year, month: expected.month))
            if ours != expected { disagreements.append("ours \(ours), hijridate \(expected)") }
            // Back from the day number: the first and the last day of the month.
            let last = expected.dayNumber + expected.length - 1
            if try HijriDate(dayNumber: expected.dayNumber) != first
                || HijriDate(dayNumber: last) != HijriDate(year: expected.year, month: expected.month, day: expected.length) {
                disagreements.append("day numbers \(expected.dayNumber)...\(last) do not read back as \(expected)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) months differ: \(disagreements.prefix(5))")
        #expect(HijriDate.supportedDayNumbers.lowerBound == months.first?.dayNumber)
        #expect(HijriDate.supportedDayNumbers.upperBound == months.last.map { $0.dayNumber + $0.length - 1 })
    }
}
