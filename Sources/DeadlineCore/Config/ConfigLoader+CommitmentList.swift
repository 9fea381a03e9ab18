import Glibc
import TOML

extension ConfigLoader {
    /// The fewest commitments a thread is given: a config needs twice as many before a second
    /// thread starts (below that, starting threads costs more than it saves).
    static let commitmentsPerThread = 8_192

    /// Every `[[commitment]]` table, read and checked, in document order; the problems go to `log`.
    ///
    /// Each commitment is read on its own, so large configs are split into one run of tables
    /// per processor, read at the same time (each run with its own log and cache), straight
    /// into the final array: 100,000 commitments load in about half the time on two cores.
    /// Ids are then checked for repeats in document order, on one thread.
    static func readCommitments(
        _ top: TableReader<TopKey>, daemon: DaemonSettings, statement: Statement, log: DiagnosticLog
    ) -> [Commitment] {
        guard let array = top.arrayOfTables(.commitment) else { return [] }
        let elements = array.elements
        let runs = elements.count < 2 * commitmentsPerThread
            ? 1 : max(1, min(processorCount, elements.count / commitmentsPerThread))
        let runLength = (elements.count + runs - 1) / runs
        // Each run writes only its own element of `results` and its own slice of the array.
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<RunResult>.allocate(capacity: runs)
        results.initialize(repeating: RunResult())
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let commitments = [Commitment](unsafeUninitializedCapacity: elements.count) { buffer, initialized in
            // Each run writes its valid commitments to the start of its own slice of `buffer`.
            nonisolated(unsafe) let output = buffer
            let read = { @Sendable (run: Int) in
                let range = (run * runLength)..<min(elements.count, (run + 1) * runLength)
                let runLog = DiagnosticLog()
                let cache = LoadCache(zone: daemon.zone, wording: Config.wording(daemon: daemon, statement: statement))
                _ = cache.intern(daemon.leadTimes)
                var count = 0
                for index in range {
                    guard let (table, position) = array.table(at: index, log: runLog),
                          let commitment = readCommitment(
                              table, position: position, daemon: daemon, statement: statement, log: runLog, cache: cache)
                    else { continue }
                    (output.baseAddress! + range.lowerBound + count).initialize(to: commitment)
                    count += 1
                }
                results[run] = RunResult(written: count, diagnostics: runLog.diagnostics)
            }
            ParallelRuns.perform(runs, read)
            // Close the gaps that invalid commitments left at the end of each run.
            var end = 0
            for run in 0..<runs {
                let start = run * runLength
                let count = results[run].written
                if start != end, count > 0 {
                    (buffer.baseAddress! + end).moveInitialize(from: buffer.baseAddress! + start, count: count)
                }
                end += count
            }
            initialized = end
        }
        for result in results { log.append(contentsOf: result.diagnostics) }
        rejectRepeatedIDs(commitments, in: array, log: log)
        return commitments
    }

    /// Reports each commitment whose id an earlier one already has, at its `id`.
    private static func rejectRepeatedIDs(
        _ commitments: [Commitment], in array: ArrayOfTables, log: DiagnosticLog
    ) {
        var firstIndexByID: [String: Int] = [:]
        firstIndexByID.reserveCapacity(commitments.count)
        for index in commitments.indices {
            guard let first = firstIndexByID.updateValue(index, forKey: commitments[index].id) else { continue }
            firstIndexByID[commitments[index].id] = first
            let firstPosition = idPosition(of: commitments[first], in: array)
            log.error(
                "commitment id `\(commitments[index].id)` is used twice (first at \(firstPosition.line):\(firstPosition.column)); ids must be unique",
                at: idPosition(of: commitments[index], in: array))
        }
    }

    /// Where the `id` of a commitment is written: found through its header, whose position is
    /// among the array's (in document order, so a binary search finds it).
    private static func idPosition(of commitment: Commitment, in array: ArrayOfTables) -> TOMLPosition {
        let positions = array.positions
        var low = 0
        var high = positions.count
        let target = (commitment.position.line, commitment.position.column)
        while low < high {
            let middle = (low + high) / 2
            if (positions[middle].line, positions[middle].column) < target { low = middle + 1 } else { high = middle }
        }
        guard low < positions.count, low < array.elements.count, positions[low] == commitment.position,
              case .table(let table) = array.elements[low]
        else { return commitment.position }
        return table.valuePosition("id") ?? commitment.position
    }

    /// Processors online (read once: glibc reads it from /sys on every call).
    private static let processorCount = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
}

/// What one run of commitments came to: how many were valid, and the problems of the others.
private struct RunResult: Sendable {
    var written = 0
    var diagnostics: [ConfigDiagnostic] = []
}
