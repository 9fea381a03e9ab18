import DeadlineCore
import CivilCalendar
import Foundation

/// Builds configs from TOML text, and instants from readable UTC strings.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var shippedConfigPath: String { repositoryRoot.appendingPathComponent("Config/deadlined.toml").path }
    static var shippedStatementPath: String {
        repositoryRoot.appendingPathComponent("Config/statements.d/us-iraq-2024-09-27.toml").path
    }

    static func config(_ text: String, file: String = "test.toml") throws -> Config {
        try ConfigLoader.load(bytes: Array(text.utf8), file: file)
    }

    static func error(_ text: String, file: String = "test.toml") -> ConfigError? {
        do {
            _ = try ConfigLoader.load(bytes: Array(text.utf8), file: file)
            return nil
        } catch {
            return error
        }
    }

    /// "2025-09-27T21:00:00Z" (UTC only; tests state instants in UTC to be unambiguous).
    static func utc(_ text: String) -> Instant {
        let digits = text.split(whereSeparator: { "-T:Z".contains($0) }).map { Int($0)! }
        let civil = CivilDateTime(
            date: CivilDate(year: digits[0], month: digits[1], day: digits[2]),
            hour: digits.count > 3 ? digits[3] : 0, minute: digits.count > 4 ? digits[4] : 0,
            second: digits.count > 5 ? digits[5] : 0)
        return Instant(seconds: civil.utcSeconds)
    }

    /// Text between Unicode first-strong isolates, as Arabic text wraps ids, dates and Latin names.
    static func isolated(_ text: String) -> String { "\u{2068}" + text + "\u{2069}" }

    /// A config with one statement issued 2024-09-27 in Baghdad and the given commitments.
    static func baghdad(daemon: String = "", statement: String = "", _ commitments: String) -> String {
        """
        [daemon]
        timezone = "Asia/Baghdad"
        \(daemon)
        [statement]
        id = "s"
        issued = 2024-09-27\(statement.isEmpty ? "" : "\n" + statement)

        \(commitments)
        """
    }
}

extension Schedule {
    /// The track of commitment `id` of the config's only statement.
    func track(_ id: String) -> CommitmentTrack? {
        tracks.first { $0.commitmentID == id }
    }
}

extension Ledger {
    /// The latest alert sent for commitment `id` of statement "s" (the fixtures' statement).
    func latestFireAt(of id: String, statement: String = "s") -> Instant? {
        latestFireAt(of: CommitmentRef(statementID: statement, commitmentID: id))
    }
}
