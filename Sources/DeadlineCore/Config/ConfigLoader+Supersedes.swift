import TOML

extension ConfigLoader {
    /// `supersedes = "STATEMENT-ID/COMMITMENT-ID"`: read as written; whether it names a
    /// commitment is known only once every file is read (`markSuperseded`).
    static func readSupersedes(_ reader: TableReader<CommitmentKey>) -> Supersedes? {
        guard let (text, position) = reader.string(.supersedes) else { return nil }
        guard let ref = CommitmentRef(written: text) else {
            reader.log.error("`supersedes` must name the commitment it replaces as \"STATEMENT-ID/COMMITMENT-ID\", such as \"us-iraq-2024-09-27/iraq-mission-end\", not \(quoted(text))", at: position)
            return nil
        }
        checkIdentifier(ref.statementID, what: "the statement id of `supersedes`", at: position, log: reader.log)
        checkIdentifier(ref.commitmentID, what: "the commitment id of `supersedes`", at: position, log: reader.log)
        return Supersedes(ref: ref, position: position)
    }

    /// Checks every `supersedes` across the statements and sets the status of each commitment
    /// replaced to `superseded`. A reference must name an existing commitment of another
    /// statement, and no chain of them may come back to where it started; each problem goes to
    /// `errors`, at the `supersedes` value. A statement id no statement has is not reported when
    /// `someFileFailed`: the broken file may be the one that defines it.
    static func markSuperseded(
        statements: [Statement], commitments: inout [Commitment], errors: inout [ConfigError], someFileFailed: Bool
    ) {
        guard commitments.contains(where: { $0.supersedes != nil }) else { return }
        func report(_ message: String, about index: Int) {
            let commitment = commitments[index]
            errors.append(ConfigError(file: statements[commitment.statementIndex].file, diagnostics: [
                ConfigDiagnostic(message, at: commitment.supersedes?.position),
            ]))
        }
        func ref(_ index: Int) -> CommitmentRef {
            CommitmentRef(statementID: statements[commitments[index].statementIndex].id, commitmentID: commitments[index].id)
        }
        var indexByRef: [CommitmentRef: Int] = [:]
        indexByRef.reserveCapacity(commitments.count)
        for index in commitments.indices { indexByRef[ref(index)] = index }
        let statementIDs = Set(statements.map(\.id))

        // Who replaces whom, by index: the references that name a commitment of another statement.
        var replaced: [Int: Int] = [:]
        for index in commitments.indices {
            guard let target = commitments[index].supersedes?.ref else { continue }
            let own = ref(index)
            if target == own {
                report("`supersedes` names this commitment itself; it must name the commitment of another, earlier statement that this one replaces", about: index)
            } else if target.statementID == own.statementID {
                report("`supersedes` names \(quoted(target.description)), a commitment of this same statement; it replaces a commitment of another statement (within one statement, edit or withdraw that commitment instead)", about: index)
            } else if let found = indexByRef[target] {
                replaced[index] = found
            } else if statementIDs.contains(target.statementID) {
                let ids = commitments.filter { statements[$0.statementIndex].id == target.statementID }.map(\.id)
                let hint = Suggestion.hint(for: target.commitmentID, among: ids)
                report("`supersedes` names \(quoted(target.description)), but statement \(quoted(target.statementID)) has no commitment \(quoted(target.commitmentID))\(hint)", about: index)
            } else if !someFileFailed {
                let hint = Suggestion.hint(for: target.statementID, among: statementIDs.sorted())
                report("`supersedes` names \(quoted(target.description)), but no statement has the id \(quoted(target.statementID))\(hint)", about: index)
            }
        }

        // A circle (A replaces B replaces A) is reported once, at the last of its commitments
        // in reading order: the one most likely just written.
        enum Walk { case onPath, done }
        var walked: [Int: Walk] = [:]
        var inCircle = false
        for start in replaced.keys.sorted() where walked[start] == nil {
            var path: [Int] = []
            var node = start
            while true {
                if let seen = walked[node] {
                    if seen == .onPath, let from = path.firstIndex(of: node) {
                        let circle = Array(path[from...])
                        let last = circle.max()!
                        var chain = [ref(last)]
                        var step = last
                        repeat {
                            step = replaced[step]!
                            chain.append(ref(step))
                        } while step != last
                        inCircle = true
                        report("`supersedes` goes round in a circle: \(chain.map(\.description).joined(separator: " supersedes ")); a commitment cannot replace one that replaces it", about: last)
                    }
                    break
                }
                walked[node] = .onPath
                path.append(node)
                guard let next = replaced[node] else { break }
                node = next
            }
            for node in path { walked[node] = .done }
        }
        guard !inCircle else { return }
        for old in replaced.values { commitments[old].status = .superseded }
    }
}
