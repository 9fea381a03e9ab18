import DeadlineCore
import Foundation
import Glibc
import Testing

@Suite("Reading whole files")
struct FileContentsTests {
    /// A fresh directory, removed after `body`.
    func withDirectory(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try body(directory)
    }

    @Test("a file reads back byte for byte, an empty one as nothing")
    func contents() throws {
        try withDirectory { directory in
            let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            try Data(bytes).write(to: URL(fileURLWithPath: directory + "/data"))
            #expect(try FileContents.read(path: directory + "/data").get() == bytes)
            try Data().write(to: URL(fileURLWithPath: directory + "/empty"))
            #expect(try FileContents.read(path: directory + "/empty").get() == [])
        }
    }

    @Test("the limit is checked against the size before reading, and while reading what has no size")
    func limits() throws {
        try withDirectory { directory in
            try Data(repeating: 65, count: 1_000).write(to: URL(fileURLWithPath: directory + "/data"))
            #expect(try FileContents.read(path: directory + "/data", limit: 1_000).get().count == 1_000)
            #expect(FileContents.read(path: directory + "/data", limit: 999) == .failure(.tooLarge(size: 1_000)))
            #expect(FileContents.read(path: "/dev/zero", limit: 100_000) == .failure(.tooLarge(size: nil)))
            // /proc files report size 0 and still have contents.
            let status = try FileContents.read(path: "/proc/self/status").get()
            #expect(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
        }
    }

    @Test("missing files, dangling symlinks and directories")
    func failures() throws {
        try withDirectory { directory in
            #expect(FileContents.read(path: directory + "/missing") == .failure(.open(errno: ENOENT)))
            #expect(symlink(directory + "/missing", directory + "/dangling") == 0)
            #expect(FileContents.read(path: directory + "/dangling") == .failure(.open(errno: ENOENT)))
            #expect(FileContents.read(path: directory) == .failure(.directory))
        }
    }

    @Test("the config's messages for each failure")
    func configMessages() throws {
        func message(_ path: String) -> String? {
            do {
                _ = try ConfigFile.read(path: path)
                return nil
            } catch {
                return error.diagnostics.first?.message
            }
        }
        try withDirectory { directory in
            #expect(message(directory + "/missing") == "cannot read the config: no such file (or a dangling symlink)")
            #expect(symlink(directory + "/missing", directory + "/dangling") == 0)
            #expect(message(directory + "/dangling") == "cannot read the config: no such file (or a dangling symlink)")
            #expect(message(directory) == "cannot read the config: it is a directory, not a file")
            // A sparse file: its size is refused before a byte is read.
            let huge = directory + "/huge.toml"
            #expect(FileManager.default.createFile(atPath: huge, contents: nil))
            #expect(truncate(huge, off_t(ConfigFile.maximumSize + (5 << 20))) == 0)
            #expect(message(huge) == "the config is 53 MB, more than the 48 MB limit; refusing to read it")
            #expect(message("/dev/zero") == "the config is more than the 48 MB limit; refusing to read it")
            let long = directory + "/" + String(repeating: "x", count: 300)
            #expect(message(long) == "cannot read the config: File name too long")
            if geteuid() != 0 {
                let locked = directory + "/locked.toml"
                #expect(FileManager.default.createFile(atPath: locked, contents: Data("x".utf8), attributes: [.posixPermissions: 0]))
                #expect(message(locked) == "cannot read the config: permission denied")
            }
        }
    }
}
