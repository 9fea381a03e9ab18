/// The plan laid out in time order for people: every milestone of every commitment,
/// where `now` falls among them, and what would fire at `now`.
public struct Timeline: Sendable {
    public struct Event: Sendable {
        public var alert: Alert
        /// The config's commitments, shared by every event (one reference, not a copy each).
        let commitments: [Commitment]
        let commitmentIndex: Int
        /// True when `fireAt` is at or before `now`.
        public var isPast: Bool
        /// Nil when no ledger was given; else whether the ledger says it was sent.
        public var sent: Bool?
        /// True when the schedule would send it at `now` (due and not yet sent).
        public var firesNow: Bool

        public var commitment: Commitment { commitments[commitmentIndex] }
    }

    /// The events in time order, each made when it is read: 500,000 alerts are held as
    /// 40 bytes each, not as `Alert`s with their strings.
    public struct Events: RandomAccessCollection, Sendable {
        struct Slot: Sendable {
            var id: AlertID
            var fireSeconds: Int64
            var fireNanoseconds: Int32
            var track: Int32
            /// An index into the track's entries, or minus the occurrence of a repeat.
            var entry: Int64
        }

        let slots: [Slot]
        let tracks: [CommitmentTrack]
        let now: Instant
        let ledger: Ledger?
        let dueNow: Set<AlertID>

        public var startIndex: Int { 0 }
        public var endIndex: Int { slots.count }

        /// The alert of event `position`, without the rest of the event.
        func alert(at position: Int) -> Alert {
            let slot = slots[position]
            let track = Int(slot.track)
            return tracks.withUnsafeBufferPointer { tracks in
                slot.entry >= 0
                    ? tracks[track].alert(at: Int(slot.entry))
                    : tracks[track].series!.alert(
                        Int(-slot.entry), statementID: tracks[track].statementID, commitmentID: tracks[track].commitmentID)
            }
        }

        /// The statement of event `position`.
        func statementID(at position: Int) -> String { tracks[Int(slots[position].track)].statementID }

        public subscript(position: Int) -> Event {
            let slot = slots[position]
            let track = Int(slot.track)
            // Through the buffer, so that the track is read in place rather than copied.
            return tracks.withUnsafeBufferPointer { tracks in
                let alert = slot.entry >= 0
                    ? tracks[track].alert(at: Int(slot.entry))
                    : tracks[track].series!.alert(
                        Int(-slot.entry), statementID: tracks[track].statementID, commitmentID: tracks[track].commitmentID)
                return Event(
                    alert: alert, commitments: tracks[track].sharedCommitments, commitmentIndex: tracks[track].commitmentIndex,
                    isPast: alert.fireAt <= now, sent: ledger.map { $0.contains(alert.id) }, firesNow: dueNow.contains(alert.id))
            }
        }
    }

    public let config: Config
    public let now: Instant
    public let events: Events
    public let hasLedger: Bool

    /// `ledger` is nil when there is no alert log to consult (then nothing counts as sent).
    public init(schedule: Schedule, ledger: Ledger?, now: Instant) {
        config = schedule.config
        self.now = now
        hasLedger = ledger != nil
        let effectiveLedger = ledger ?? Ledger()
        let dueNow = Set(schedule.due(ledger: effectiveLedger, now: now).map(\.id))
        let tracks = schedule.tracks
        // Events sort by (fireAt, commitment id, alert id): the commitment ids are ranked once
        // (equal ids share a rank) instead of compared as strings at every step of the sort.
        let byID = tracks.indices.sorted { tracks[$0].commitmentID < tracks[$1].commitmentID }
        var rank = [Int32](repeating: 0, count: tracks.count)
        for (position, index) in byID.enumerated() where position > 0 {
            let previous = byID[position - 1]
            rank[index] = tracks[index].commitmentID == tracks[previous].commitmentID ? rank[previous] : Int32(position)
        }
        var slots: [Events.Slot] = []
        var capacity = 0
        for trackIndex in tracks.indices { capacity += tracks[trackIndex].entries.count + 2 }
        slots.reserveCapacity(capacity)
        for trackIndex in tracks.indices {
            for (position, entry) in tracks[trackIndex].entries.enumerated() {
                slots.append(Events.Slot(
                    id: tracks[trackIndex].id(at: position), fireSeconds: entry.fireSeconds, fireNanoseconds: entry.fireNanoseconds,
                    track: Int32(trackIndex), entry: Int64(position)))
            }
            // Repeats are endless: show the latest that fell due and the next one.
            if let series = tracks[trackIndex].series {
                let track = tracks[trackIndex]
                var occurrences: [Int] = []
                if let latest = series.latestOccurrence(atOrBefore: now) { occurrences.append(latest) }
                occurrences.append(series.firstOccurrence(after: now))
                for occurrence in occurrences {
                    let alert = series.alert(occurrence, statementID: track.statementID, commitmentID: track.commitmentID)
                    slots.append(Events.Slot(
                        id: alert.id, fireSeconds: alert.fireAt.seconds, fireNanoseconds: alert.fireAt.nanoseconds,
                        track: Int32(trackIndex), entry: Int64(-occurrence)))
                }
            }
        }
        slots.sort {
            if $0.fireSeconds != $1.fireSeconds { return $0.fireSeconds < $1.fireSeconds }
            if $0.fireNanoseconds != $1.fireNanoseconds { return $0.fireNanoseconds < $1.fireNanoseconds }
            let left = rank[Int($0.track)], right = rank[Int($1.track)]
            if left != right { return left < right }
            return $0.id < $1.id
        }
        events = Events(slots: slots, tracks: tracks, now: now, ledger: ledger, dueNow: dueNow)
    }
}
