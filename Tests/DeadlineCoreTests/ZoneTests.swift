import CivilCalendar

@testable import DeadlineCore
import Foundation
import Glibc
import Testing

/// The tz database reader against glibc's, which reads the same files: for many zones, at every
/// transition from 1900 to 2100 and a second either side, on a weekly grid, and far in the
/// future where only the footer's POSIX TZ string rules.
///
/// glibc takes its zone from the process-wide TZ variable, so every comparison runs in this one
/// serialized suite, and no other test sets TZ.
@Suite("Zones agree with glibc", .serialized)
struct ZoneGlibcTests {
    static let zones = [
        "Europe/Berlin", "America/New_York", "Asia/Baghdad", "Australia/Lord_Howe", "Pacific/Chatham",
        "America/Sao_Paulo", "Africa/Casablanca", "Asia/Tehran", "Pacific/Kiritimati", "Antarctica/Troll",
        "Europe/Dublin", "America/Nuuk", "Asia/Jerusalem", "Asia/Gaza", "America/Santiago", "Asia/Kolkata",
        "Pacific/Apia", "America/St_Johns", "Europe/London", "UTC",
    ]

    /// Seconds east of UTC that glibc's localtime_r gives at `seconds`, with TZ set to `zone`.
    static func glibcOffset(at seconds: Int64) -> Int {
        var time = time_t(seconds)
        var broken = tm()
        guard localtime_r(&time, &broken) != nil else { return Int.min }
        return broken.tm_gmtoff
    }

    static func withTZ<T>(_ zone: String, _ body: () throws -> T) rethrows -> T {
        let previous = getenv("TZ").map { String(cString: $0) }
        setenv("TZ", zone, 1)
        tzset()
        defer {
            if let previous { setenv("TZ", previous, 1) } else { unsetenv("TZ") }
            tzset()
        }
        return try body()
    }

    static let year1900: Int64 = -2_208_988_800
    static let year2100: Int64 = 4_102_444_800

    @Test("offsets match glibc at every transition ±1 s and weekly from 1900 to 2100", arguments: zones)
    func matchesGlibc(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        let offsets = try #require(ZoneDatabase.offsets(for: identifier))
        var instants: [Int64] = []
        for transition in offsets.transitions where transition >= Self.year1900 && transition <= Self.year2100 {
            instants += [transition - 1, transition, transition + 1]
        }
        instants += stride(from: Self.year1900, through: Self.year2100, by: 7 * 86_400 + 3_607).map { $0 }
        expectGlibcOffsets(zone, identifier, at: instants)
    }

    @Test("far-future offsets, where only the footer rule applies, match glibc", arguments: zones)
    func farFuture(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        // 2090 hourly around the spring and autumn changes, then samples to the year 3000 and
        // beyond the 400 years the table covers, which are answered by moving back whole cycles.
        let year2090 = CivilDate(year: 2090, month: 1, day: 1).daysSinceEpoch * 86_400
        var instants = stride(from: year2090, to: year2090 + 366 * 86_400, by: 1_800).map { $0 }
        instants += stride(from: Self.year2100, to: CivilDate(year: 3000, month: 1, day: 1).daysSinceEpoch * 86_400, by: 86_400 * 5 + 1_234).map { $0 }
        expectGlibcOffsets(zone, identifier, at: instants)
    }

    /// `zone`'s offset at each of `instants` is glibc's for TZ=`identifier` (the first ten
    /// mismatches are reported).
    func expectGlibcOffsets(_ zone: Zone, _ identifier: String, at instants: [Int64], sourceLocation: SourceLocation = #_sourceLocation) {
        var mismatches: [String] = []
        Self.withTZ(identifier) {
            for seconds in instants {
                let ours = zone.offset(atEpochSeconds: seconds)
                let theirs = Self.glibcOffset(at: seconds)
                if ours != theirs, mismatches.count < 10 {
                    mismatches.append("\(Instant(seconds: seconds)): ours \(ours), glibc \(theirs)")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(identifier): \(mismatches.joined(separator: "; "))", sourceLocation: sourceLocation)
    }

    @Test("every zone in tzdata.zi reads, and agrees with glibc at a few instants")
    func everyZone() {
        let identifiers = Zone.knownIdentifiers
        #expect(identifiers.count > 400)
        let instants: [Int64] = [-1_000_000_000, 0, 1_000_000_000, 1_750_000_000, 1_766_000_000, 3_500_000_000, 6_000_000_000]
        var failures: [String] = []
        for identifier in identifiers {
            guard let zone = Zone(identifier: identifier) else {
                failures.append("\(identifier): not read")
                continue
            }
            Self.withTZ(identifier) {
                for seconds in instants where zone.offset(atEpochSeconds: seconds) != Self.glibcOffset(at: seconds) {
                    failures.append("\(identifier) at \(seconds)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: ", "))")
    }
}

@Suite("Zones: the tz database reader")
struct ZoneTests {
    @Test("the extremes of Int64 never trap", arguments: ["Europe/Berlin", "Australia/Lord_Howe", "Europe/Dublin", "UTC"])
    func extremes(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        for seconds in [Int64.min, Int64.min + 1, -1, 0, Int64.max - 1, Int64.max] {
            _ = zone.offset(atEpochSeconds: seconds)
        }
    }

    @Test("past the table's 400 years the offset repeats the rule exactly", arguments: ["Europe/Berlin", "Pacific/Chatham", "Europe/Dublin", "America/Nuuk"])
    func cycles(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        let offsets = try #require(ZoneDatabase.offsets(for: identifier))
        let last = try #require(offsets.transitions.last)
        let cycle = PosixTZRule.cycleSeconds
        for step in stride(from: Int64(0), to: cycle, by: 86_400 * 3 + 7_777) {
            let seconds = last + step
            #expect(zone.offset(atEpochSeconds: seconds + cycle) == zone.offset(atEpochSeconds: seconds))
            #expect(zone.offset(atEpochSeconds: seconds + 1_000 * cycle) == zone.offset(atEpochSeconds: seconds))
        }
    }

    @Test("Lord Howe's half-hour DST: a skipped time resolves past the gap, a repeated one to its first occurrence")
    func lordHowe() throws {
        let zone = try #require(Zone(identifier: "Australia/Lord_Howe"))
        // 2025-10-05 02:00 +10:30 -> 02:30 +11:00; 2025-04-06 02:00 +11:00 -> 01:30 +10:30.
        let gap = CivilDateTime(date: CivilDate(year: 2025, month: 10, day: 5), hour: 2, minute: 10, second: 0)
        #expect(zone.isoString(zone.instant(of: gap)) == "2025-10-05T02:40:00+11:00")
        let overlap = CivilDateTime(date: CivilDate(year: 2025, month: 4, day: 6), hour: 1, minute: 45, second: 0)
        #expect(zone.isoString(zone.instant(of: overlap)) == "2025-04-06T01:45:00+11:00")
        #expect(zone.startOfDay(CivilDate(year: 2025, month: 7, day: 1)).seconds == 1_751_290_200)
    }

    @Test(
        "moving by whole days lands where the calendar does, across every change of offset",
        arguments: ["Australia/Lord_Howe", "America/New_York", "Europe/Dublin", "Pacific/Apia", "Asia/Baghdad"])
    func daysAsTheCalendarMovesThem(identifier: String) throws {
        let zone = try #require(Zone(identifier: identifier))
        let offsets = try #require(ZoneDatabase.offsets(for: identifier))
        // Starts at, around and between the changes of 2000 to 2030, moved by 1, 7, 30 and 90
        // days both ways: the same instant as working the civil date out.
        var starts: [Int64] = []
        for transition in offsets.transitions where transition >= 946_684_800 && transition <= 1_893_456_000 {
            starts += [transition - 86_400 - 1_800, transition - 1, transition, transition + 1, transition + 3_600 * 5]
        }
        starts += stride(from: Int64(946_684_800), through: 1_893_456_000, by: 11 * 86_400 + 4_271).map { $0 }
        var disagreements = 0
        for start in starts {
            let instant = Instant(seconds: start, nanoseconds: 250_000_000)
            for days in [1, 7, 30, 90] {
                for forward in [true, false] {
                    var local = zone.civil(at: instant)
                    local.date = local.date.adding(days: forward ? days : -days)
                    if Span(days: days).moving(instant, in: zone, forward: forward) != zone.instant(of: local) { disagreements += 1 }
                }
            }
        }
        #expect(disagreements == 0)
        #expect(starts.count > 1_000)
    }

    @Test("zones are equal by identifier and read once")
    func identity() throws {
        let first = try #require(Zone(identifier: "Asia/Baghdad"))
        let second = try #require(Zone(identifier: "Asia/Baghdad"))
        #expect(first == second)
        #expect(first != Zone.utc)
        #expect(Set([first, second, Zone.utc]).count == 2)
        #expect(ZoneDatabase.offsets(for: "Asia/Baghdad") === ZoneDatabase.offsets(for: "Asia/Baghdad"))
    }

    @Test("known identifiers come from tzdata.zi, links included, sorted")
    func knownIdentifiers() {
        let identifiers = Zone.knownIdentifiers
        #expect(identifiers.contains("Europe/Berlin"))
        #expect(identifiers.contains("Asia/Baghdad"))
        #expect(identifiers.contains("UTC"))
        #expect(identifiers.contains("US/Eastern"))
        #expect(identifiers == identifiers.sorted())
        #expect(!identifiers.contains { $0.hasPrefix("posix/") || $0.hasPrefix("right/") })
    }

    @Test("offset strings")
    func offsetStrings() throws {
        #expect(Zone.offsetString(0) == "Z")
        #expect(Zone.offsetString(10_800) == "+03:00")
        #expect(Zone.offsetString(-16_200) == "-04:30")
        let chatham = try #require(Zone(identifier: "Pacific/Chatham"))
        #expect(chatham.isoString(Instant(seconds: 1_751_328_000)) == "2025-07-01T12:45:00+12:45")
    }
}

/// Zone files in a directory of the test's own, as $TZDIR would name.
@Suite("Zones: identifiers and files that are refused")
struct ZoneDatabaseTests {
    /// A scratch zoneinfo directory with a copy of Europe/Berlin, a file that is not TZif, a
    /// TZif file with leap seconds, and no UTC.
    static func scratchDirectory() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("zoneinfo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory + "/Europe", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/Bad", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory + "/posix/Europe", withIntermediateDirectories: true)
        let berlin = try Data(contentsOf: URL(fileURLWithPath: "/usr/share/zoneinfo/Europe/Berlin"))
        try berlin.write(to: URL(fileURLWithPath: directory + "/Europe/Berlin"))
        try berlin.write(to: URL(fileURLWithPath: directory + "/posix/Europe/Berlin"))
        try Data("not a zone file at all\n".utf8).write(to: URL(fileURLWithPath: directory + "/Bad/Text"))
        try Data("TZif2 but cut short".utf8).write(to: URL(fileURLWithPath: directory + "/Bad/Truncated"))
        try Data(TZifBuilder(leapSeconds: 1).bytes).write(to: URL(fileURLWithPath: directory + "/Bad/Leap"))
        return directory
    }

    @Test(
        "names that are not plain relative paths of tz-name characters are refused",
        arguments: [
            "../etc/passwd", "/etc/passwd", "", "Europe/../Berlin", "Europe//Berlin", "Europe/Berlin/", ".hidden",
            "Europe/.Berlin", "Europe/Berlin\0", "Europe/Ber lin", "Europe\\Berlin", "Ευρώπη/Βερολίνο",
            String(repeating: "a", count: 256),
        ])
    func refusedNames(identifier: String) {
        #expect(!ZoneDatabase.isAcceptable(identifier))
        #expect(Zone(identifier: identifier) == nil)
    }

    @Test("acceptable names", arguments: ["Europe/Berlin", "Etc/GMT+3", "Etc/GMT-14", "America/Port-au-Prince", "UTC", "EST5EDT", "America/Argentina/Buenos_Aires"])
    func acceptableNames(identifier: String) {
        #expect(ZoneDatabase.isAcceptable(identifier))
        #expect(Zone(identifier: identifier) != nil)
    }

    @Test("names without a file are unknown")
    func unknownNames() {
        #expect(Zone(identifier: "Nowhere/Zone") == nil)
        #expect(Zone(identifier: "Europe") == nil)
        #expect(Zone(identifier: "Asia/Bagdad") == nil)
    }

    @Test("files without the TZif magic, cut short or with leap seconds are refused; UTC works without its file")
    func refusedFiles() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(ZoneDatabase.offsets(for: "Bad/Text", in: directory) == nil)
        #expect(ZoneDatabase.offsets(for: "Bad/Truncated", in: directory) == nil)
        #expect(ZoneDatabase.offsets(for: "Bad/Leap", in: directory) == nil)
        #expect(ZoneDatabase.offsets(for: "Bad", in: directory) == nil)
        #expect(ZoneDatabase.offsets(for: "Nowhere/Zone", in: directory) == nil)
        let berlin = try #require(ZoneDatabase.offsets(for: "Europe/Berlin", in: directory))
        #expect(berlin.offset(atEpochSeconds: 1_751_292_000) == 7_200)
        let utc = try #require(ZoneDatabase.offsets(for: "UTC", in: directory))
        #expect(utc.offset(atEpochSeconds: 1_751_292_000) == 0)
        #expect(ZoneDatabase.offsets(for: "Etc/UTC", in: directory) == nil)
    }

    @Test("without tzdata.zi, known identifiers are the TZif files in the tree, less posix/ and right/")
    func knownIdentifiersFromTheTree() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(ZoneDatabase.namesInTzdataZi(directory: directory) == nil)
        #expect(ZoneDatabase.knownIdentifiers(in: directory) == ["Europe/Berlin", "UTC"])
        try Data("# version 2025b\nZ Europe/Berlin 0:53:28 - LMT 1893 Ap\nL Europe/Berlin Arctic/Longyearbyen\nR x 1 2 - 3 4 5 6 7\nZ ../evil\n"
            .utf8).write(to: URL(fileURLWithPath: directory + "/tzdata.zi"))
        #expect(ZoneDatabase.knownIdentifiers(in: directory) == ["Arctic/Longyearbyen", "Europe/Berlin", "UTC"])
    }
}

@Suite("Zones: TZif files")
struct TZifFileTests {
    @Test("a version 1 file (32-bit data, no footer) reads")
    func versionOne() throws {
        let bytes = TZifBuilder(version: 0, transitions: [(0, 1), (1_000_000, 0)], types: [(3_600, false), (7_200, true)]).bytes
        let file = try #require(TZifFile(bytes: bytes))
        #expect(file.transitions == [0, 1_000_000])
        #expect(file.footer == nil)
        let offsets = ZoneOffsets(file: file)
        #expect(offsets.offset(atEpochSeconds: -1) == 3_600)
        #expect(offsets.offset(atEpochSeconds: 0) == 7_200)
        #expect(offsets.offset(atEpochSeconds: 999_999) == 7_200)
        #expect(offsets.offset(atEpochSeconds: 1_000_000) == 3_600)
        #expect(offsets.offset(atEpochSeconds: Int64.max) == 3_600)
    }

    @Test("a file without transitions takes every offset from its footer")
    func footerOnly() throws {
        let bytes = TZifBuilder(transitions: [], types: [(0, false)], footer: "CET-1CEST,M3.5.0,M10.5.0/3").bytes
        let offsets = ZoneOffsets(file: try #require(TZifFile(bytes: bytes)))
        let berlin = try #require(ZoneDatabase.offsets(for: "Europe/Berlin"))
        for seconds in stride(from: Int64(-5_000_000_000), through: 20_000_000_000, by: 86_400 * 3 + 1_111) where seconds > 1_000_000_000 {
            #expect(offsets.offset(atEpochSeconds: seconds) == berlin.offset(atEpochSeconds: seconds))
        }
        // Long before 1970 the rule is applied as if it had always held: August and December 1906.
        #expect(offsets.offset(atEpochSeconds: -2_000_000_000) == 7_200)
        #expect(offsets.offset(atEpochSeconds: -1_990_000_000) == 3_600)
    }

    @Test("a damaged footer is ignored: the last transition's type lasts")
    func damagedFooter() throws {
        let bytes = TZifBuilder(transitions: [(0, 1)], types: [(0, false), (10_800, false)], footer: "garbage,,").bytes
        let offsets = ZoneOffsets(file: try #require(TZifFile(bytes: bytes)))
        #expect(offsets.offset(atEpochSeconds: 4_000_000_000) == 10_800)
    }

    @Test("malformed files are refused, never trapped on")
    func malformed() {
        let good = TZifBuilder(transitions: [(0, 1), (100, 0)], types: [(0, false), (3_600, true)], footer: "XXX-1").bytes
        #expect(TZifFile(bytes: good) != nil)
        for length in 0..<good.count { _ = TZifFile(bytes: Array(good.prefix(length))) }
        #expect(TZifFile(bytes: Array(good.prefix(good.count - 3))) != nil) // footer cut: ignored
        #expect(TZifFile(bytes: TZifBuilder(transitions: [(100, 1), (0, 0)], types: [(0, false), (3_600, true)]).bytes) == nil)
        #expect(TZifFile(bytes: TZifBuilder(transitions: [(0, 2)], types: [(0, false), (3_600, true)]).bytes) == nil)
        #expect(TZifFile(bytes: TZifBuilder(transitions: [], types: []).bytes) == nil)
        var flipped = good
        for index in flipped.indices {
            flipped[index] ^= 0xff
            _ = TZifFile(bytes: flipped).map { ZoneOffsets(file: $0).offset(atEpochSeconds: 50) }
            flipped[index] ^= 0xff
        }
    }
}

@Suite("Zones: POSIX TZ strings")
struct PosixTZRuleTests {
    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Int64 {
        CivilDateTime(date: CivilDate(year: year, month: month, day: day), hour: hour, minute: minute, second: 0).utcSeconds
    }

    func changes(_ text: String, _ year: Int) throws -> (start: Int64, end: Int64) {
        let rule = try #require(PosixTZRule(text))
        return try #require(rule.changes(in: year))
    }

    @Test("central Europe: last Sunday of March at 02:00 CET, last Sunday of October at 03:00 CEST")
    func centralEurope() throws {
        let rule = try #require(PosixTZRule("CET-1CEST,M3.5.0,M10.5.0/3"))
        #expect(rule.standardOffset == 3_600)
        #expect(rule.daylight?.offset == 7_200)
        let (start, end) = try changes("CET-1CEST,M3.5.0,M10.5.0/3", 2025)
        #expect(start == Self.utc(2025, 3, 30, 1))
        #expect(end == Self.utc(2025, 10, 26, 1))
        #expect(rule.offset(atEpochSeconds: start - 1) == 3_600)
        #expect(rule.offset(atEpochSeconds: start) == 7_200)
        #expect(rule.offset(atEpochSeconds: end - 1) == 7_200)
        #expect(rule.offset(atEpochSeconds: end) == 3_600)
    }

    @Test("quoted names and fractional offsets, without daylight time")
    func quoted() throws {
        #expect(PosixTZRule("<+03>-3") == PosixTZRule(standardOffset: 10_800))
        #expect(PosixTZRule("<+0330>-3:30") == PosixTZRule(standardOffset: 12_600))
        #expect(PosixTZRule("<-0930>9:30") == PosixTZRule(standardOffset: -34_200))
        #expect(PosixTZRule("<+0545>-5:45") == PosixTZRule(standardOffset: 20_700))
        #expect(PosixTZRule("UTC0") == PosixTZRule(standardOffset: 0))
        #expect(PosixTZRule("<-00>0") == PosixTZRule(standardOffset: 0))
        #expect(PosixTZRule("EST+5") == PosixTZRule(standardOffset: -18_000))
        #expect(PosixTZRule("XXX-1:02:03") == PosixTZRule(standardOffset: 3_723))
    }

    @Test("Chatham: quarter-hour offsets and change times")
    func chatham() throws {
        let rule = try #require(PosixTZRule("<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45"))
        #expect(rule.standardOffset == 45_900)
        #expect(rule.daylight?.offset == 49_500)
        let (start, end) = try changes("<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", 2025)
        // Sunday 2025-09-28 02:45 +12:45 and Sunday 2025-04-06 03:45 +13:45, both 14:00 UTC the day before.
        #expect(start == Self.utc(2025, 9, 27, 14))
        #expect(end == Self.utc(2025, 4, 5, 14))
        #expect(end < start)
        #expect(rule.offset(atEpochSeconds: Self.utc(2025, 1, 1, 0)) == 49_500)
        #expect(rule.offset(atEpochSeconds: Self.utc(2025, 7, 1, 0)) == 45_900)
    }

    @Test("Lord Howe: an explicit half-hour daylight offset")
    func lordHowe() throws {
        let rule = try #require(PosixTZRule("<+1030>-10:30<+11>-11,M10.1.0,M4.1.0"))
        #expect(rule.standardOffset == 37_800)
        #expect(rule.daylight?.offset == 39_600)
    }

    @Test("Dublin: negative DST, the daylight part is winter")
    func dublin() throws {
        let rule = try #require(PosixTZRule("IST-1GMT0,M10.5.0,M3.5.0/1"))
        #expect(rule.standardOffset == 3_600)
        #expect(rule.daylight?.offset == 0)
        #expect(rule.offset(atEpochSeconds: Self.utc(2025, 1, 15, 12)) == 0)
        #expect(rule.offset(atEpochSeconds: Self.utc(2025, 7, 15, 12)) == 3_600)
        let (start, end) = try changes("IST-1GMT0,M10.5.0,M3.5.0/1", 2025)
        #expect(start == Self.utc(2025, 10, 26, 1))
        #expect(end == Self.utc(2025, 3, 30, 1))
    }

    @Test("times past 24:00 and before 00:00 (RFC 8536)")
    func extendedTimes() throws {
        // Israel: Friday before the last Sunday of March, as "4th Thursday at 26:00".
        let (start, end) = try changes("IST-2IDT,M3.4.4/26,M10.5.0", 2025)
        #expect(start == Self.utc(2025, 3, 28, 0))
        #expect(end == Self.utc(2025, 10, 25, 23))
        // Greenland: -1:00 on the last Sunday of March is 23:00 the Saturday before.
        let nuuk = try changes("<-02>2<-01>,M3.5.0/-1,M10.5.0/0", 2025)
        #expect(nuuk.start == Self.utc(2025, 3, 30, 1))
        #expect(nuuk.end == Self.utc(2025, 10, 26, 1))
        // Gaza: 50:00, two days after the 4th Thursday (March 28 and October 24 in 2030).
        let gaza = try changes("EET-2EEST,M3.4.4/50,M10.4.4/50", 2030)
        #expect(gaza.start == Self.utc(2030, 3, 30, 0))
        #expect(gaza.end == Self.utc(2030, 10, 25, 23))
        #expect(PosixTZRule("XXX0YYY,M3.5.0/167,M10.5.0/-167") != nil)
        #expect(PosixTZRule("XXX0YYY,M3.5.0/168,M10.5.0") == nil)
    }

    @Test("Jn never counts February 29; n does")
    func julianDays() throws {
        // J60 is March 1 in every year; zero-based 59 is February 29 in a leap year.
        #expect(try changes("XXX0YYY,J60/0,J300/0", 2024).start == Self.utc(2024, 3, 1, 0))
        #expect(try changes("XXX0YYY,J60/0,J300/0", 2025).start == Self.utc(2025, 3, 1, 0))
        #expect(try changes("XXX0YYY,59/0,299/0", 2024).start == Self.utc(2024, 2, 29, 0))
        #expect(try changes("XXX0YYY,59/0,299/0", 2025).start == Self.utc(2025, 3, 1, 0))
        #expect(try changes("XXX0YYY,J1/0,J365/0", 2025) == (Self.utc(2025, 1, 1, 0), Self.utc(2025, 12, 31, -1)))
    }

    @Test("a daylight time kept all year (RFC 8536's EST5EDT,0/0,J365/25)")
    func allYear() throws {
        let rule = try #require(PosixTZRule("EST5EDT,0/0,J365/25"))
        for seconds in stride(from: Self.utc(2020, 1, 1, 0), to: Self.utc(2030, 1, 1, 0), by: 3_600 * 7) {
            #expect(rule.offset(atEpochSeconds: seconds) == -14_400)
        }
    }

    @Test("a daylight name without a rule takes the US rule; its offset defaults to an hour ahead")
    func defaults() throws {
        let rule = try #require(PosixTZRule("EST5EDT"))
        #expect(rule.daylight?.offset == -14_400)
        let (start, end) = try changes("EST5EDT", 2025)
        #expect(start == Self.utc(2025, 3, 9, 7))
        #expect(end == Self.utc(2025, 11, 2, 6))
    }

    @Test(
        "strings that are not TZ strings are refused",
        arguments: [
            "", "CE-1", "CET", "CET-", "CET-1CEST,M3.5.0", "CET-1CEST,M13.5.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0",
            "CET-1CEST,M3.5.7,M10.5.0", "CET-1CEST,J0,J10", "CET-1CEST,366,1", "<+03-3", "<+0>-3", "CET-25", "CET-1:60",
            "CET-1x", "CET-1CEST,M3.5.0,M10.5.0/3,", "CET-1CEST,M3.5.0/,M10.5.0", "CET-1CEST-25",
            "CET-1CEST,M3.5.0,M10.5.0/3\n", "CET-0001", "<>0", "C3T-1",
        ])
    func refused(text: String) {
        #expect(PosixTZRule(text) == nil)
    }
}

/// Writes TZif bytes (RFC 8536) for tests: version 1 or 2, 32-bit data, then 64-bit data and a footer.
struct TZifBuilder {
    var version: UInt8 = UInt8(ascii: "2")
    var transitions: [(Int64, UInt8)] = [(0, 0)]
    var types: [(Int32, Bool)] = [(0, false)]
    var footer = "UTC0"
    var leapSeconds = 0

    var bytes: [UInt8] {
        var out = block(timeSize: 4)
        if version != 0 {
            out += block(timeSize: 8)
            out += Array("\n\(footer)\n".utf8)
        }
        return out
    }

    private func block(timeSize: Int) -> [UInt8] {
        var out = Array("TZif".utf8) + [version] + [UInt8](repeating: 0, count: 15)
        for count in [0, 0, leapSeconds, transitions.count, types.count, 4] { out += Self.bigEndian(Int64(count), size: 4) }
        for (time, _) in transitions { out += Self.bigEndian(time, size: timeSize) }
        for (_, type) in transitions { out.append(type) }
        for (offset, isDaylight) in types { out += Self.bigEndian(Int64(offset), size: 4) + [isDaylight ? 1 : 0, 0] }
        out += Array("XXX\0".utf8)
        for index in 0..<leapSeconds { out += Self.bigEndian(Int64(index * 1_000_000), size: timeSize) + Self.bigEndian(Int64(index + 1), size: 4) }
        return out
    }

    static func bigEndian(_ value: Int64, size: Int) -> [UInt8] {
        (0..<size).map { UInt8(truncatingIfNeeded: value >> Int64(8 * (size - 1 - $0))) }
    }
}
