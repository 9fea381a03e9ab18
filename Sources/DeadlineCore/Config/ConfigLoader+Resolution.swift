import TOML

extension ConfigLoader {
    /// `resolved` and `evidence`: how a met, missed or withdrawn commitment ended. Nil while it
    /// is open or extended; either key on such a commitment is an error, at the key.
    static func readResolution(
        _ reader: TableReader<CommitmentKey>, status: CommitmentStatus, zone: Zone, wording: Wording
    ) -> Resolution? {
        var at: Instant?
        var label: String?
        if let entry = reader.entry(.resolved) {
            switch DateSyntax.parse(entry.value) {
            case .success(let spec):
                at = spec.start(in: zone)
                // A day is shown in the wording's calendar; a month or year as written.
                if case .day(let day) = spec.value {
                    label = wording.show(day)
                } else {
                    label = spec.isDateOnly ? spec.text : wording.showExact(spec.start(in: zone), in: zone)
                }
            case .failure(let error):
                reader.log.error("`resolved` \(error.reason)", at: entry.valuePosition)
            }
        }
        let evidence = reader.string(.evidence)?.value
        guard !status.isActive else {
            for key in [CommitmentKey.resolved, .evidence] {
                guard let position = reader.valuePosition(key) else { continue }
                reader.log.error("`\(key.name)` records how a commitment ended; set `status` to \"met\", \"missed\" or \"withdrawn\" first (it is \"\(status.rawValue)\")", at: position)
            }
            return nil
        }
        return Resolution(at: at, label: label, evidence: evidence)
    }
}
