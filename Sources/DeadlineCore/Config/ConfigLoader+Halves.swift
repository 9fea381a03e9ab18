import TOML

extension ConfigLoader {
    /// Documents at least this large are parsed in two halves at once; a smaller one is parsed
    /// on one thread, which a second would hardly shorten.
    static let halvesMinimum = 2 << 20

    /// Parses a large document in two halves at once, cut at a `[[commitment]]` header line
    /// near the middle, each half's commitments read while it is parsed: the root table (the
    /// first half's; the second holds commitments only) and the stream holding every commitment
    /// in document order. Nil, and the document is parsed whole, unless both cores are online
    /// and the cut is sound and changes nothing.
    ///
    /// Why the halves give what one pass gives: the first half parsing to its end without error
    /// means the cut is at the top level at a line start (were it inside a multi-line string or
    /// array, the first half would end unterminated), where one pass would be in the same state
    /// but for the tree; the second half's first header, `[[commitment]]`, starts a new element
    /// of the array, and everything after it belongs to that element or a later one when the
    /// second half's root holds nothing but `commitment`. Its lines are numbered from the cut's
    /// line, so positions are those of one pass. The second half's commitments are read with
    /// the settings the first half's stream found (`CommitmentStream.Half`), and these must be
    /// those of the whole document (`readAsIn`). Any error, in either half's parse or
    /// commitments, parses the whole document again, so that messages and their order are
    /// those of one pass; only repeated ids are checked after the halves are joined.
    static func parseInHalves(
        _ bytes: [UInt8], file: String, kind: DocumentKind
    ) -> (table: TOMLTable, stream: CommitmentStream)? {
        guard ParallelRuns.count(limit: 2) == 2,
            let cut = TOMLDocument.headerLine(TopKey.commitment.name, in: bytes, from: bytes.count / 2)
        else { return nil }
        let handoff = Handoff<CommitmentStream.ReaderSettings?>()
        let halves = Halves(
            first: CommitmentStream(kind: kind, file: file, half: .first(handoff)),
            second: CommitmentStream(kind: kind, file: file, half: .second(handoff)))
        // The first half runs on the other thread: should there be no thread to be had,
        // `perform` runs it here before the second, which waits for its settings.
        ParallelRuns.perform(2) { run in
            if run == 1 {
                halves.firstTable = try? TOMLDocument.parse(bytes, range: 0..<cut, elementsTo: halves.first)
                halves.first.end()
            } else {
                halves.secondTable = try? TOMLDocument.parse(bytes, range: cut..<bytes.count, elementsTo: halves.second)
            }
        }
        guard let table = halves.firstTable, let rest = halves.secondTable,
            let reader = halves.first.reader, let later = halves.second.reader,
            halves.first.readAsIn(table), rest.keys == [TopKey.commitment.name],
            halves.first.log.isEmpty, halves.second.log.isEmpty
        else { return nil }
        reader.append(later)
        return (table, halves.first)
    }
}

/// The two halves' streams and trees. Each half's are used by its own thread alone until
/// `ParallelRuns.perform` returns, and by the calling thread alone afterwards.
private final class Halves: @unchecked Sendable {
    let first: CommitmentStream
    let second: CommitmentStream
    var firstTable: TOMLTable?
    var secondTable: TOMLTable?

    init(first: CommitmentStream, second: CommitmentStream) {
        self.first = first
        self.second = second
    }
}
