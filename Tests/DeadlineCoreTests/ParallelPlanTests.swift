@testable import DeadlineCore
import Testing

/// A large config's plan is worked out on two threads, each over its own range of commitments:
/// the tracks must be those one thread makes, in the same order.
@Suite("The plan worked out on two threads is the plan worked out on one")
struct ParallelPlanTests {
    /// `count` commitments of three kinds: a deadline with lead times and a milestone, ongoing
    /// with reviews, met.
    static func config(count: Int, shift: Int = 0) -> String {
        var text = ""
        for number in 0..<count {
            let day = 1 + (number + shift) % 28
            let padded = day < 10 ? "0\(day)" : "\(day)"
            switch number % 3 {
            case 0:
                text += """
                    [[commitment]]
                    id = "c\(number)"
                    deadline = 2026-03-\(padded)
                    [[commitment.milestone]]
                    id = "m"
                    at = 2026-01-\(padded)
                    lead_times = ["\(day)d"]

                    """
            case 1:
                text += """
                    [[commitment]]
                    id = "c\(number)"
                    review_every = "\(day)d"

                    """
            default:
                text += """
                    [[commitment]]
                    id = "c\(number)"
                    deadline = 2025-02-\(padded)
                    status = "met"

                    """
            }
        }
        return Fixtures.baghdad(daemon: "lead_times = [\"30d\", \"7d\"]\noverdue_every = \"30d\"", text)
    }

    @Test("two runs give the tracks one run gives, at start and on a reload", arguments: [0, 1, 2, 3, 301])
    func sameTracks(count: Int) throws {
        let config = try Fixtures.config(Self.config(count: count))
        let one = Schedule(config: config, reusing: nil, runs: 1)
        let two = Schedule(config: config, reusing: nil, runs: 2)
        #expect(one.tracks.count == config.commitments.count)
        #expect(one.tracks == two.tracks)
        let range = Fixtures.utc("2024-01-01T00:00:00Z")...Fixtures.utc("2026-06-01T00:00:00Z")
        #expect(one.tracks.map { $0.alerts(in: range).map(\.id) } == two.tracks.map { $0.alerts(in: range).map(\.id) })
        let reloaded = try Fixtures.config(Self.config(count: count, shift: 1))
        #expect(Schedule(config: reloaded, reusing: one, runs: 1).tracks == Schedule(config: reloaded, reusing: two, runs: 2).tracks)
    }
}
