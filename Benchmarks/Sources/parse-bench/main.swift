// parse-bench: times one TOML parser on a file, in a process of its own, and prints one JSON
// object: deadlined's parser alone (`parse`), deadlined's parser with config validation, what
// `deadlined check` and the daemon's start-up do (`validate`), or TOMLKit 0.6.0 (toml++), in
// wall and in CPU seconds.
//
//   parse-bench --only parse|validate|tomlkit [--runs N] FILE
//
// Every run starts from the bytes already in memory (TOMLKit gets a String made before the clock
// starts: its best case). Each parser runs in a fresh process, as it does in use: run after
// another in one process, each inherits the other's freed heap (300 MB of toml++ nodes, say)
// and its timings then measure the allocator's state as much as the parser. The driver
// (Benchmarks/run.py) alternates the processes and takes medians; with `--runs 1` it also
// reads the process's peak RSS.
import DeadlineCore
import Foundation
import TOML
import TOMLKit

/// Seconds of `clock` (`CLOCK_MONOTONIC` or `CLOCK_PROCESS_CPUTIME_ID`) now.
func reading(_ clock: clockid_t) -> Double {
    var now = timespec()
    clock_gettime(clock, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Wall seconds, CPU seconds (user + sys of the process: less sensitive than wall time to
/// other processes sharing the cores) and the count `body` returns.
@inline(never)
func seconds(_ body: () throws -> Int) rethrows -> (Double, Double, Int) {
    let (wall, cpu) = (reading(CLOCK_MONOTONIC), reading(CLOCK_PROCESS_CPUTIME_ID))
    let count = try body()
    return (reading(CLOCK_MONOTONIC) - wall, reading(CLOCK_PROCESS_CPUTIME_ID) - cpu, count)
}

/// Our parser: the document only.
func oursParse(_ bytes: [UInt8]) throws -> Int {
    let table = try TOMLDocument.parse(bytes)
    guard case .array(let commitments)? = table["commitment"] else { return 0 }
    return commitments.count
}

/// Our parser and the config loader: what `deadlined check` and the daemon's start-up do.
func oursValidate(_ bytes: [UInt8], file: String) throws -> Int {
    try ConfigLoader.load(bytes: bytes, file: file).commitments.count
}

func tomlkit(_ text: String) throws -> Int {
    let table = try TOMLTable(string: text)
    return table["commitment"]?.array?.count ?? 0
}

/// VmHWM of this process. Not `ru_maxrss` from the parent's wait4: on Linux a child's figure
/// starts from its parent's RSS at fork, so a Python driver holding 180 MB of inputs would
/// show 180 MB for every parser.
func peakRSSKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 5
var only = ""
var files: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--runs": runs = Int(arguments.removeFirst()) ?? runs
    case "--only": only = arguments.removeFirst()
    default: files.append(argument)
    }
}
guard files.count == 1, ["parse", "validate", "tomlkit"].contains(only) else {
    FileHandle.standardError.write("usage: parse-bench --only parse|validate|tomlkit [--runs N] FILE\n".data(using: .utf8)!)
    exit(2)
}

do {
    let file = files[0]
    // Read as `deadlined` reads a config, and only what the parser measured takes: a second
    // copy of the file (a `Data`, a `String` for the other parser) would count in peak RSS.
    guard case .success(var bytes) = FileContents.read(path: file) else {
        FileHandle.standardError.write("parse-bench: cannot read \(file)\n".data(using: .utf8)!)
        exit(1)
    }
    let size = bytes.count
    var text = ""
    if only == "tomlkit" {
        text = String(decoding: bytes, as: UTF8.self)
        bytes = []
    }
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var counts: Set<Int> = []
    for _ in 0..<runs {
        let (time, cpu, count) = switch only {
        case "parse": try seconds { try oursParse(bytes) }
        case "validate": try seconds { try oursValidate(bytes, file: file) }
        default: try seconds { try tomlkit(text) }
        }
        times.append(time)
        cpuTimes.append(cpu)
        counts.insert(count)
    }
    guard counts.count == 1 else {
        FileHandle.standardError.write("\(file): runs disagree on the number of commitments: \(counts)\n".data(using: .utf8)!)
        exit(1)
    }
    let list = times.map { String(format: "%.6f", $0) }.joined(separator: ",")
    let cpuList = cpuTimes.map { String(format: "%.6f", $0) }.joined(separator: ",")
    print("{\"file\":\"\(file)\",\"only\":\"\(only)\",\"bytes\":\(size),\"commitments\":\(counts.first!),\"seconds\":[\(list)],\"cpu_seconds\":[\(cpuList)],\"peak_rss_kib\":\(peakRSSKiB())}")
} catch {
    FileHandle.standardError.write("parse-bench: \(error)\n".data(using: .utf8)!)
    exit(1)
}
