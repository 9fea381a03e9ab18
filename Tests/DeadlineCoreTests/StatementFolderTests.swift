import DeadlineCore
import Foundation
import Testing

private func statement(_ id: String, settings: String = "", commitments: String = "[[commitment]]\nid = \"c\"\ndeadline = 2030-01-01\n") -> String {
    "[statement]\nid = \"\(id)\"\nissued = 2024-09-27\n\(settings)\n\(commitments)"
}

@Suite("Many statements: deadlined.toml and statements.d")
struct StatementFolderTests {
    @Test("statement files are read in name order; backups, package copies, hidden and other files are skipped")
    func nameOrder() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\ntimezone = \"Asia/Baghdad\"\n")
        try folder.write("statements.d/b.toml", statement("bravo"))
        try folder.write("statements.d/a.toml", statement("alpha"))
        try folder.write("statements.d/10-c.toml", statement("charlie"))
        for skipped in ["a.toml~", ".hidden.toml", "b.toml.dpkg-old", "b.toml.dpkg-dist", "notes.txt", "#a.toml#", ".toml"] {
            try folder.write("statements.d/\(skipped)", "this is not TOML [")
        }
        let config = try folder.load()
        #expect(config.statements.map(\.id) == ["charlie", "alpha", "bravo"])
        #expect(config.statements.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["10-c.toml", "a.toml", "b.toml"])
        #expect(config.commitments.map { config.ref(of: $0).description } == ["charlie/c", "alpha/c", "bravo/c"])
    }

    @Test("the main file may hold a statement of its own, read before statements.d")
    func mainStatementFirst() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", statement("main"))
        try folder.write("statements.d/a.toml", statement("alpha"))
        #expect(try folder.load().statements.map(\.id) == ["main", "alpha"])
    }

    @Test("without statements.d the main file alone is the config; a folder named by statements_dir must exist")
    func missingFolder() throws {
        let folder = try ConfigFolder()
        try FileManager.default.removeItem(atPath: folder.path("statements.d"))
        try folder.write("deadlined.toml", statement("main"))
        #expect(try folder.load().statements.map(\.id) == ["main"])

        try folder.write("deadlined.toml", "[daemon]\nstatements_dir = \"elsewhere\"\n")
        let error = try #require(folder.error())
        #expect(error.description == "\(folder.mainPath):2:18: error: cannot read the statements folder \(folder.path("elsewhere")): no such folder")
    }

    @Test("statements_dir is relative to the main file's folder, or absolute")
    func statementsDir() throws {
        let folder = try ConfigFolder()
        try folder.write("others/x.toml", statement("x"))
        try folder.write("statements.d/a.toml", statement("alpha"))
        try folder.write("deadlined.toml", "[daemon]\nstatements_dir = \"others\"\n")
        #expect(try folder.load().statements.map(\.id) == ["x"])
        try folder.write("deadlined.toml", "[daemon]\nstatements_dir = \"\(folder.path("others"))\"\n")
        #expect(try folder.load().statements.map(\.id) == ["x"])
    }

    @Test("a statement's timezone, lead_times, overdue_every and review_every sit between the daemon's and a commitment's own")
    func statementSettings() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\ntimezone = \"Asia/Baghdad\"\nlead_times = [\"30d\"]\n")
        try folder.write("statements.d/a.toml", statement(
            "alpha", settings: "timezone = \"UTC\"\nlead_times = [\"7d\"]\noverdue_every = \"never\"\nreview_every = \"14d\"",
            commitments: """
                [[commitment]]
                id = "own"
                deadline = 2030-01-01
                lead_times = ["1d"]
                overdue_every = "60d"
                [[commitment]]
                id = "inherits"
                deadline = 2030-01-01
                [[commitment]]
                id = "ongoing"
                """))
        try folder.write("statements.d/b.toml", statement("bravo"))
        let config = try folder.load()
        let own = config.commitments[0], inherits = config.commitments[1], ongoing = config.commitments[2]
        let daemonDefault = config.commitments[3]
        #expect(own.leadTimes.map(\.text) == ["1d"])
        #expect(own.overdueEvery?.text == "60d")
        #expect(inherits.leadTimes.map(\.text) == ["7d"])
        #expect(inherits.overdueEvery == nil)
        #expect(ongoing.reviewEvery?.text == "14d")
        // The end of 2030-01-01 in UTC, and in Baghdad (three hours earlier) for the other statement.
        #expect(inherits.deadline?.instant == Fixtures.utc("2030-01-02T00:00:00Z"))
        #expect(daemonDefault.deadline?.instant == Fixtures.utc("2030-01-01T21:00:00Z"))
        #expect(daemonDefault.leadTimes.map(\.text) == ["30d"])
        #expect(config.statements.map(\.zone.identifier) == ["UTC", "Asia/Baghdad"])
        // The schedule follows the statement's zone: the 7d warning is at midnight UTC.
        let track = try #require(Schedule(config: config).tracks.first { $0.ref.description == "alpha/inherits" })
        #expect(track.alerts(in: Fixtures.utc("2029-01-01T00:00:00Z")...Fixtures.utc("2030-01-01T23:00:00Z")).first?.fireAt == Fixtures.utc("2029-12-26T00:00:00Z"))
    }

    @Test("a statement id used in two files is an error at the second, naming the first")
    func duplicateID() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "")
        try folder.write("statements.d/a.toml", statement("same"))
        try folder.write("statements.d/b.toml", statement("same"))
        let error = try #require(folder.error())
        let a = folder.path("statements.d/a.toml"), b = folder.path("statements.d/b.toml")
        #expect(error.description == "\(b):2:6: error: statement id \"same\" is already used by \(a):2:6; ids must be unique across files")
    }

    @Test("check reports the errors of every file, the main one's first; a broken main file does not hide the others")
    func everyFilesErrors() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\nlead_times = [\"5x\"]\n")
        try folder.write("statements.d/a.toml", statement("alpha", commitments: "[[commitment]]\nid = \"c\"\ndeadline = 2025-02-29\n"))
        try folder.write("statements.d/b.toml", "[daemon]\ntimezone = \"UTC\"\n" + statement("bravo"))
        try folder.write("statements.d/c.toml", "[statement\n")
        let error = try #require(folder.error())
        let lines = error.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("\(folder.mainPath):2:15: error: lead time \"5x\""))
        #expect(lines[1].hasPrefix("\(folder.path("statements.d/a.toml")):7:20: error: invalid date 2025-02-29"))
        #expect(lines[2] == "\(folder.path("statements.d/b.toml")):1:1: error: [daemon] belongs in the main config (deadlined.toml), not in a statement file")
        #expect(lines[3].hasPrefix("\(folder.path("statements.d/c.toml")):1:11: error: "))
        #expect(error.summary.hasSuffix("(and 3 more)"))
    }

    @Test("errors of many files are capped, the rest counted")
    func capAcrossFiles() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "")
        for index in 0..<30 {
            try folder.write("statements.d/s\(index).toml", "[statement]\nid = \"bad id \(index)\"\n")
        }
        let error = try #require(folder.error())
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == ConfigError.printedDiagnostics + 1)
        #expect(lines.last == "\(folder.mainPath): error: 10 more errors not shown (in 10 files)")
    }

    @Test("moving a statement from the main file into statements.d keeps every alert id")
    func movedStatementKeepsIDs() throws {
        let folder = try ConfigFolder()
        let daemon = "[daemon]\ntimezone = \"Asia/Baghdad\"\nlead_times = [\"30d\", \"1d\"]\n"
        let text = statement("s", commitments: """
            [[commitment]]
            id = "dated"
            within = "12 months"
            [[commitment]]
            id = "ongoing"
            review_every = "30d"
            """)
        try folder.write("deadlined.toml", daemon + text)
        let before = Schedule(config: try folder.load())
        try folder.write("deadlined.toml", daemon)
        try folder.write("statements.d/s.toml", text)
        let after = Schedule(config: try folder.load())
        let window = Fixtures.utc("2024-01-01T00:00:00Z")...Fixtures.utc("2027-01-01T00:00:00Z")
        let idsBefore = before.tracks.flatMap { $0.alerts(in: window).map(\.id) }
        #expect(!idsBefore.isEmpty)
        #expect(after.tracks.flatMap { $0.alerts(in: window).map(\.id) } == idsBefore)
    }

    @Test("--statement and --commitment keep the chosen part of the config")
    func filtered() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "")
        try folder.write("statements.d/a.toml", statement("alpha", commitments: "[[commitment]]\nid = \"c\"\n[[commitment]]\nid = \"d\"\n"))
        try folder.write("statements.d/b.toml", statement("bravo"))
        let config = try folder.load()
        let onlyBravo = config.filtered(statementIDs: ["bravo"], commitmentID: nil)
        #expect(onlyBravo.statements.map(\.id) == ["bravo"])
        #expect(onlyBravo.commitments.map { onlyBravo.ref(of: $0).description } == ["bravo/c"])
        let everyC = config.filtered(statementIDs: [], commitmentID: "c")
        #expect(everyC.commitments.map { everyC.ref(of: $0).description } == ["alpha/c", "bravo/c"])
    }

    @Test("the shipped config is the daemon's settings and the seed statement in statements.d")
    func shippedLayout() throws {
        let config = try ConfigFile.load(path: Fixtures.shippedConfigPath)
        #expect(config.statements.map(\.id) == ["us-iraq-2024-09-27"])
        #expect(config.statements[0].file.hasSuffix("Config/statements.d/us-iraq-2024-09-27.toml"))
        let source = try #require(config.statements[0].source)
        #expect(FileManager.default.fileExists(atPath: Fixtures.repositoryRoot.appendingPathComponent("Config/statements.d/\(source)").path))
    }
}

@Suite("A reload parses only the statement files whose bytes changed")
struct StatementReloadTests {
    /// deadlined.toml and three statement files, loaded once.
    private func loadedFolder() throws -> (ConfigFolder, ConfigFile.Loaded) {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\nlead_times = [\"7d\"]\n")
        try folder.write("statements.d/a.toml", statement("alpha"))
        try folder.write("statements.d/b.toml", statement("bravo"))
        try folder.write("statements.d/c.toml", statement("charlie"))
        let first = try folder.load(previous: nil)
        #expect(first.parsed == ["a", "b", "c"].map { folder.path("statements.d/\($0).toml") })
        return (folder, first)
    }

    @Test("one changed file is the only one parsed; the others' statements are kept, and the whole is what a fresh load reads")
    func oneChanged() throws {
        let (folder, first) = try loadedFolder()
        try folder.write("statements.d/b.toml", statement("bravo", commitments: "[[commitment]]\nid = \"c\"\ndeadline = 2031-06-30\n"))
        let second = try folder.load(previous: first.statementFiles)
        #expect(second.parsed == [folder.path("statements.d/b.toml")])
        #expect(second.kept == 2)
        #expect(second.removed.isEmpty)
        #expect(second.config.commitments.map { $0.deadline?.instant } == [
            Fixtures.utc("2030-01-02T00:00:00Z"), Fixtures.utc("2031-07-01T00:00:00Z"), Fixtures.utc("2030-01-02T00:00:00Z"),
        ])
        #expect(second.config == (try folder.load()))
        // Nothing changed since: nothing is parsed.
        let third = try folder.load(previous: second.statementFiles)
        #expect(third.parsed.isEmpty)
        #expect(third.kept == 3)
        #expect(third.config == second.config)
    }

    @Test("a file rewritten to the same size and mtime with other bytes is parsed again; the same bytes rewritten are not")
    func bytesNotTimes() throws {
        let (folder, first) = try loadedFolder()
        let path = folder.path("statements.d/a.toml")
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as! Date
        try folder.write("statements.d/a.toml", statement("alpha", commitments: "[[commitment]]\nid = \"c\"\ndeadline = 2030-01-09\n"))
        try FileManager.default.setAttributes([.modificationDate: before], ofItemAtPath: path)
        try folder.write("statements.d/c.toml", statement("charlie"))
        let second = try folder.load(previous: first.statementFiles)
        #expect(second.parsed == [path])
        #expect(second.config.commitments[0].deadline?.instant == Fixtures.utc("2030-01-10T00:00:00Z"))
    }

    @Test("a removed file's statement goes and an added file's comes")
    func addedAndRemoved() throws {
        let (folder, first) = try loadedFolder()
        try FileManager.default.removeItem(atPath: folder.path("statements.d/b.toml"))
        try folder.write("statements.d/d.toml", statement("delta"))
        let second = try folder.load(previous: first.statementFiles)
        #expect(second.parsed == [folder.path("statements.d/d.toml")])
        #expect(second.removed == [folder.path("statements.d/b.toml")])
        #expect(second.kept == 2)
        #expect(second.config.statements.map(\.id) == ["alpha", "charlie", "delta"])
        #expect(second.config.commitments.map { second.config.ref(of: $0).description } == ["alpha/c", "charlie/c", "delta/c"])
    }

    @Test("a broken changed file fails the whole load, and the next load still starts from the set in force")
    func brokenChanged() throws {
        let (folder, first) = try loadedFolder()
        try folder.write("statements.d/b.toml", statement("bravo", commitments: "[[commitment]]\nid = \"c\"\ndeadline = 2025-02-30\n"))
        #expect(loadError(folder, previous: first.statementFiles) != nil)
        try folder.write("statements.d/b.toml", statement("bravo", commitments: "[[commitment]]\nid = \"c\"\ndeadline = 2030-02-28\n"))
        let fixed = try folder.load(previous: first.statementFiles)
        #expect(fixed.parsed == [folder.path("statements.d/b.toml")])
        #expect(fixed.config.statements.map(\.id) == ["alpha", "bravo", "charlie"])
    }

    @Test("a statement id repeated between a changed file and an unchanged one is still an error, wherever the change is")
    func duplicateAcrossKeptAndChanged() throws {
        let (folder, first) = try loadedFolder()
        let a = folder.path("statements.d/a.toml"), b = folder.path("statements.d/b.toml"), c = folder.path("statements.d/c.toml")
        try folder.write("statements.d/b.toml", statement("charlie"))
        let later = try #require(loadError(folder, previous: first.statementFiles))
        #expect(later.description == "\(c):2:6: error: statement id \"charlie\" is already used by \(b):2:6; ids must be unique across files")
        try folder.write("statements.d/b.toml", statement("alpha"))
        let earlier = try #require(loadError(folder, previous: first.statementFiles))
        #expect(earlier.description == "\(b):2:6: error: statement id \"alpha\" is already used by \(a):2:6; ids must be unique across files")
    }

    @Test("when the daemon's settings change every statement file is read again with them")
    func daemonSettingsChanged() throws {
        let (folder, first) = try loadedFolder()
        try folder.write("deadlined.toml", "[daemon]\nlead_times = [\"7d\"]\ntimezone = \"Asia/Baghdad\"\n")
        let second = try folder.load(previous: first.statementFiles)
        #expect(second.parsed.count == 3)
        #expect(second.config.commitments.allSatisfy { $0.deadline?.instant == Fixtures.utc("2030-01-01T21:00:00Z") })
    }

    @Test("a supersedes added to or taken from a changed file replaces, or gives back, the commitment of an unchanged one")
    func supersedesAcrossKeptAndChanged() throws {
        let (folder, first) = try loadedFolder()
        try folder.write("statements.d/c.toml", statement("charlie", commitments: "[[commitment]]\nid = \"c\"\ndeadline = 2030-01-01\nsupersedes = \"alpha/c\"\n"))
        let second = try folder.load(previous: first.statementFiles)
        #expect(second.parsed == [folder.path("statements.d/c.toml")])
        #expect(second.config.commitments.map(\.status) == [.superseded, .open, .open])
        #expect(second.config == (try folder.load()))
        try folder.write("statements.d/c.toml", statement("charlie"))
        let third = try folder.load(previous: second.statementFiles)
        #expect(third.parsed == [folder.path("statements.d/c.toml")])
        #expect(third.config.commitments.map(\.status) == [.open, .open, .open])
        #expect(third.config == (try folder.load()))
    }

    @Test("the schedule of a reload takes the plans of unchanged commitments and works out the others: the same as a fresh schedule")
    func scheduleReusesPlans() throws {
        let (folder, first) = try loadedFolder()
        let before = Schedule(config: first.config)
        // alpha's zone moves its deadline; bravo goes, so charlie's commitments move up in the config.
        try folder.write("statements.d/a.toml", statement("alpha", settings: "timezone = \"Asia/Baghdad\""))
        try FileManager.default.removeItem(atPath: folder.path("statements.d/b.toml"))
        let second = try folder.load(previous: first.statementFiles)
        let reused = Schedule(config: second.config, reusing: before)
        #expect(reused.tracks == Schedule(config: second.config).tracks)
        #expect(reused.tracks.map(\.ref.description) == ["alpha/c", "charlie/c"])
        let alpha = try #require(before.track(CommitmentRef(statementID: "alpha", commitmentID: "c")))
        let charlie = try #require(before.track(CommitmentRef(statementID: "charlie", commitmentID: "c")))
        #expect(!reused.tracks[0].hasSamePlan(as: alpha))
        #expect(reused.tracks[1].hasSamePlan(as: charlie))
    }

    private func loadError(_ folder: ConfigFolder, previous: StatementFileMemory) -> ConfigError? {
        do {
            _ = try folder.load(previous: previous)
            return nil
        } catch {
            return error
        }
    }
}

@Suite("Many statements: the schedule keeps commitments of equal ids apart")
struct ManyStatementsScheduleTests {
    @Test("two statements with a commitment of the same id each get their alerts, and a ledger entry of one does not hold the other")
    func sameCommitmentID() throws {
        let folder = try ConfigFolder()
        try folder.write("deadlined.toml", "[daemon]\nlead_times = [\"7d\"]\n")
        try folder.write("statements.d/a.toml", statement("alpha"))
        try folder.write("statements.d/b.toml", statement("bravo"))
        let schedule = Schedule(config: try folder.load())
        let now = Fixtures.utc("2029-12-26T12:00:00Z")
        let due = schedule.due(ledger: Ledger(), now: now)
        #expect(due.map(\.ref.description) == due.map(\.ref.description).sorted())
        #expect(Set(due.map(\.ref.description)) == ["alpha/c", "bravo/c"])
        #expect(Set(due.map(\.id)).count == 2)
        let alphaSent = try #require(due.first { $0.statementID == "alpha" })
        let ledger = Ledger(records: [LedgerRecord(alert: alphaSent, sentAt: now, message: "m")])
        #expect(schedule.due(ledger: ledger, now: now).map(\.ref.description) == ["bravo/c"])
    }
}
