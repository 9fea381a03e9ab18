@testable import DeadlineCore
import Foundation
import Testing

/// The plan holds what an alert's id is made of and works the id out when asked: the ids must
/// be those the alert's parts make, whichever way the plan is read, and a reload must still see
/// every change that changes an id as a changed plan.
@Suite("Alert ids worked out from the plan; plans compared across a reload")
struct PlanIDTests {
    static let config = Fixtures.baghdad(daemon: "lead_times = [\"30d\", \"7d\"]\noverdue_every = \"30d\"", """
        [[commitment]]
        id = "iraq"
        deadline = 2025-09-28T12:00:00+03:00
        [[commitment.milestone]]
        id = "phase-1"
        at = 2025-03-31
        lead_times = ["14d"]
        [[commitment.milestone]]
        id = "same-day"
        at = 2025-09-28T12:00:00+03:00
        lead_times = ["30d"]

        [[commitment]]
        id = "advisers"
        review_every = "30d"
        """)

    /// The id the alert's own parts make, as `Alert`'s public initializer works it out.
    static func madeID(_ alert: Alert) -> AlertID {
        Alert(
            statementID: alert.statementID, kind: alert.kind, commitmentID: alert.commitmentID, milestoneID: alert.milestoneID,
            lead: alert.lead, occurrence: alert.occurrence, fireAt: alert.fireAt, target: alert.target
        ).id
    }

    @Test("every alert of the plan (warnings, due, milestones, overdue and review repeats) has the id its parts make")
    func idsFromParts() throws {
        let schedule = Schedule(config: try Fixtures.config(Self.config))
        let range = Fixtures.utc("2024-01-01T00:00:00Z")...Fixtures.utc("2026-06-01T00:00:00Z")
        var kinds: Set<AlertKind> = []
        var milestones: Set<String> = []
        for track in schedule.tracks {
            for alert in track.alerts(in: range) {
                #expect(alert.id == Self.madeID(alert), "\(alert)")
                kinds.insert(alert.kind)
                if let milestone = alert.milestoneID { milestones.insert(milestone) }
            }
        }
        #expect(kinds == [.approaching, .due, .overdue, .review])
        #expect(milestones == ["phase-1", "same-day"])
        let timeline = Timeline(schedule: schedule, ledger: Ledger(), now: Fixtures.utc("2025-06-01T00:00:00Z"))
        #expect(!timeline.events.isEmpty)
        for event in timeline.events { #expect(event.alert.id == Self.madeID(event.alert)) }
    }

    @Test("alerts at the same instant (the deadline and a milestone on its day) come in id order")
    func tiesByID() throws {
        let schedule = Schedule(config: try Fixtures.config(Self.config))
        let track = try #require(schedule.track("iraq"))
        let all = track.alerts(in: Fixtures.utc("2024-01-01T00:00:00Z")...Fixtures.utc("2025-09-28T09:00:00Z"))
        let ties = all.filter { $0.fireAt == Fixtures.utc("2025-08-29T09:00:00Z") }
        try #require(ties.map(\.lead?.text) == ["30d", "30d"])
        #expect(ties.map(\.id) == ties.map(\.id).sorted())
        let dueTies = all.filter { $0.fireAt == Fixtures.utc("2025-09-28T09:00:00Z") }
        #expect(dueTies.map(\.kind) == [.due, .due])
        #expect(dueTies.map(\.id) == dueTies.map(\.id).sorted())
        #expect(all.map(\.fireAt) == all.map(\.fireAt).sorted())
        // The next alert among equal instants is the first by id, whatever the ledger holds of other commitments.
        let before = Fixtures.utc("2025-08-27T00:00:00Z")
        let other = try #require(schedule.track("advisers")).alerts(in: Fixtures.utc("2024-10-01T00:00:00Z")...before)[0]
        let ledger = Ledger(records: [LedgerRecord(alert: other, sentAt: before, message: "m")])
        #expect(schedule.next(track, ledger: Ledger(), now: before)?.id == ties[0].id)
        #expect(schedule.next(track, ledger: ledger, now: before)?.id == ties[0].id)
        #expect(schedule.nextFireAt(track, ledger: ledger, now: before) == ties[0].fireAt)
        // Once the first is sent, the next is the second, at the same instant.
        let sent = Ledger(records: [LedgerRecord(alert: ties[0], sentAt: before, message: "m")])
        #expect(schedule.next(track, ledger: sent, now: before)?.id == ties[1].id)
        #expect(schedule.nextFireAt(track, ledger: sent, now: before) == ties[1].fireAt)
    }

    @Test(
        "a reload sees each change of what an id is made of as a changed plan, and a title change as none",
        arguments: [
            ("id = \"iraq\"", "id = \"iraq\"\ntitle = \"A title\"", true),
            ("id = \"phase-1\"", "id = \"phase-1\"\ntitle = \"A title\"", true),
            // The same instants, other ids: a milestone renamed, a lead time written otherwise.
            ("id = \"phase-1\"", "id = \"phase-one\"", false),
            ("lead_times = [\"14d\"]", "lead_times = [\"2w\"]", false),
            // Another target: the deadline a day later, a milestone a day earlier.
            ("deadline = 2025-09-28T12", "deadline = 2025-09-29T12", false),
            ("at = 2025-03-31", "at = 2025-03-30", false),
        ])
    func reloadSeesChanges(from: String, to: String, same: Bool) throws {
        let edited = Self.config.replacingOccurrences(of: from, with: to)
        #expect(edited != Self.config)
        let old = Schedule(config: try Fixtures.config(Self.config))
        let new = Schedule(config: try Fixtures.config(edited), reusing: old)
        let position = try #require(new.tracks.firstIndex { $0.commitmentID == "iraq" })
        #expect((new.earlierPosition(withSamePlanAs: position, in: old) != nil) == same)
        let advisers = try #require(new.tracks.firstIndex { $0.commitmentID == "advisers" })
        #expect(new.earlierPosition(withSamePlanAs: advisers, in: old) != nil)
        // Worked out afresh, the plan is the one the reload made.
        let fresh = Schedule(config: try Fixtures.config(edited))
        let range = Fixtures.utc("2024-01-01T00:00:00Z")...Fixtures.utc("2026-06-01T00:00:00Z")
        #expect(new.tracks.map { $0.alerts(in: range).map(\.id) } == fresh.tracks.map { $0.alerts(in: range).map(\.id) })
    }

    @Test("a reload finds each unchanged commitment where it was, also when commitments moved, and none whose plan changed")
    func reloadFindsEarlierPositions() throws {
        func commitment(_ id: String, _ day: String) -> String {
            "[[commitment]]\nid = \"\(id)\"\ndeadline = \(day)T12:00:00+03:00\n"
        }
        let daemon = "lead_times = [\"30d\", \"7d\"]"
        let old = Schedule(config: try Fixtures.config(Fixtures.baghdad(daemon: daemon, [
            commitment("a", "2025-09-28"), commitment("b", "2025-10-28"), commitment("c", "2025-11-28"),
        ].joined(separator: "\n"))))
        // c first, a's deadline a day later, b as it was, and a new commitment d.
        let new = Schedule(config: try Fixtures.config(Fixtures.baghdad(daemon: daemon, [
            commitment("c", "2025-11-28"), commitment("a", "2025-09-29"), commitment("b", "2025-10-28"), commitment("d", "2025-12-28"),
        ].joined(separator: "\n"))), reusing: old)
        #expect(new.tracks.map(\.commitmentID) == ["c", "a", "b", "d"])
        let found = new.tracks.indices.map { new.earlierPosition(withSamePlanAs: $0, in: old) }
        #expect(found == [2, nil, 1, nil])
        // Each answer is the one comparing the plans gives.
        for position in new.tracks.indices {
            let same = old.tracks.firstIndex { $0.commitmentID == new.tracks[position].commitmentID }
                .flatMap { new.tracks[position].hasSamePlan(as: old.tracks[$0]) ? $0 : nil }
            #expect(found[position] == same)
        }
    }

    @Test("a large schedule of many statements, whose index is made beside its plans, finds each commitment where it is")
    func largeIndex() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\ntimezone = \"Asia/Baghdad\"\nlead_times = [\"30d\", \"7d\"]\n")
        // Every statement has commitments of the same ids: only the statement tells them apart.
        for file in 0..<3 {
            let commitments = (0..<2_000).map { "[[commitment]]\nid = \"c\($0)\"\ndeadline = 2030-01-\(String(format: "%02d", $0 % 28 + 1))\n" }
            try folder.write("statements.d/\(file).toml", "[statement]\nid = \"s\(file)\"\nissued = 2024-09-27\n\n" + commitments.joined(separator: "\n"))
        }
        let config = try folder.load()
        let schedule = Schedule(config: config)
        try #require(schedule.tracks.count == 6_000 && 6_000 >= Schedule.indexedAlongside)
        for position in schedule.tracks.indices {
            let ref = config.ref(of: config.commitments[position])
            #expect(schedule.position(of: ref) == position)
            #expect(schedule.tracks[position].ref == ref)
        }
        #expect(schedule.position(of: CommitmentRef(statementID: "s3", commitmentID: "c1")) == nil)
    }
}
