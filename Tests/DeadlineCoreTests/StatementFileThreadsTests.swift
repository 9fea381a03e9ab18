@testable import DeadlineCore
import Foundation
import Testing

/// A statement file of `count` commitments, some with their own lead times, a milestone or a
/// `supersedes` of the statement before.
private func statementFile(_ number: Int, count: Int = 5) -> String {
    var text = "[statement]\nid = \"s\(number)\"\nissued = 2024-09-27\ntimezone = \"\(number % 2 == 0 ? "UTC" : "Asia/Baghdad")\"\n"
    for index in 0..<count {
        text += "[[commitment]]\nid = \"c\(index)\"\ndeadline = 2030-0\(1 + index % 9)-1\(index % 10)\n"
        text += "parties = [\"Iraq\", \"\(index % 3 == 0 ? "United States" : "International coalition")\"]\n"
        if index % 4 == 3 { text += "lead_times = [\"30d\", \"1d\"]\n" }
        if index == 2 { text += "[[commitment.milestone]]\nid = \"m\"\nat = 2029-06-01\n" }
        if index == 1, number > 0 { text += "supersedes = \"s\(number - 1)/c1\"\n" }
    }
    return text
}

@Suite("Statement files read on several threads, added in name order")
struct StatementFileThreadsTests {
    /// The outcome of loading the folder on `runs` threads: the config and what the load did,
    /// or the error.
    private func load(_ folder: ConfigFolder, runs: Int, previous: StatementFileMemory? = nil) -> Result<ConfigFile.Loaded, ConfigError> {
        Result { () throws(ConfigError) in try ConfigFile.load(path: folder.mainPath, previous: previous, runs: runs) }
    }

    @Test("several threads give the config one thread gives")
    func sameConfig() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\nlead_times = [\"7d\"]\n")
        for number in 0..<40 { try folder.write("statements.d/\(1000 + number).toml", statementFile(number)) }
        let one = try load(folder, runs: 1).get()
        #expect(one.config.statements.map(\.id) == (0..<40).map { "s\($0)" })
        #expect(one.config.commitments.filter { $0.status == .superseded }.count == 39)
        for runs in [2, 3] {
            let several = try load(folder, runs: runs).get()
            #expect(several.config == one.config)
            #expect(several.parsed == one.parsed)
            #expect(several.statementFiles.files.mapValues(\.commitments) == one.statementFiles.files.mapValues(\.commitments))
        }
    }

    @Test("equal parties and deadlines of different files are shared, and the config is as read")
    func sharedAcrossFiles() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "")
        try folder.write("statements.d/a.toml", statementFile(0))
        try folder.write("statements.d/b.toml", statementFile(2).replacingOccurrences(of: "s1/c1", with: "s0/c1"))
        let config = try load(folder, runs: 2).get().config
        let (a, b) = (config.commitments[0], config.commitments[5])
        #expect(a.parties == b.parties && a.deadline == b.deadline)
        a.parties.withUnsafeBufferPointer { first in
            b.parties.withUnsafeBufferPointer { second in #expect(first.baseAddress == second.baseAddress) }
        }
        #expect(config == (try load(folder, runs: 1).get().config))
    }

    @Test("a reload on several threads parses the changed file alone and gives what a fresh load gives")
    func reload() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "")
        for number in 0..<12 { try folder.write("statements.d/\(1000 + number).toml", statementFile(number)) }
        let first = try load(folder, runs: 2).get()
        try folder.write("statements.d/1005.toml", statementFile(5).replacingOccurrences(of: "2030-0", with: "2031-0"))
        let second = try load(folder, runs: 2, previous: first.statementFiles).get()
        #expect(second.parsed == [folder.path("statements.d/1005.toml")])
        #expect(second.kept == 11)
        #expect(second.config == (try load(folder, runs: 1).get().config))
    }

    @Test("the errors of several broken files come in name order, capped, whatever the threads")
    func errorsInOrder() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "")
        for number in 0..<60 {
            let text: String
            switch number % 4 {
            case 1: text = "[statement]\nid = \"bad id \(number)\"\n"
            case 3: text = "[statement\n"
            default: text = statementFile(number)
            }
            try folder.write("statements.d/\(1000 + number).toml", text)
        }
        // The id of an earlier file: reported at the later file, naming the first.
        try folder.write("statements.d/1060.toml", statementFile(58))
        guard case .failure(let one) = load(folder, runs: 1) else { Issue.record("no error"); return }
        let lines = one.description.split(separator: "\n")
        #expect(lines.count == ConfigError.printedDiagnostics + 1)
        #expect(lines[0].hasPrefix("\(folder.path("statements.d/1001.toml")):2:6: error: "))
        #expect(lines[1].hasPrefix("\(folder.path("statements.d/1003.toml")):"))
        #expect(lines.last == "\(folder.mainPath): error: 11 more errors not shown (in 11 files)")
        let repeated = one.diagnostics.last
        #expect(repeated?.message == "statement id \"s58\" is already used by \(folder.path("statements.d/1058.toml")):2:6; ids must be unique across files")
        for runs in [2, 3] {
            guard case .failure(let several) = load(folder, runs: runs) else { Issue.record("no error"); return }
            #expect(several == one)
        }
    }
}
