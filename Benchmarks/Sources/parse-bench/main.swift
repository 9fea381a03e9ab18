// parse-bench: times deadlined's TOML parser (alone, and with config validation) against TOMLKit
// 0.6.0 (toml++) on the same bytes, in alternating runs, and prints one JSON object per file.
//
//   parse-bench [--runs N] [--rotate K] [--only ours|tomlkit] FILE...
//
// Every run starts from the bytes already in memory (TOMLKit gets a String made before the clock
// starts: its best case). The order of the three contenders rotates from one run to the next so
// that none always runs first or on a warm heap. `--only` parses once with one parser and exits,
// so that the driver can read that parser's peak RSS from wait4.
import DeadlineCore
import Foundation
import TOML
import TOMLKit

@inline(never)
func seconds(_ body: () throws -> Int) rethrows -> (Double, Int) {
    var start = timespec()
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let count = try body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return (Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9, count)
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

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func json(_ values: [Double]) -> String { "[" + values.map { String(format: "%.6f", $0) }.joined(separator: ",") + "]" }

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 5
var rotate = 0
var only: String?
var files: [String] = []
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--runs": runs = Int(arguments.removeFirst()) ?? runs
    case "--rotate": rotate = Int(arguments.removeFirst()) ?? 0
    case "--only": only = arguments.removeFirst()
    default: files.append(argument)
    }
}
guard !files.isEmpty else {
    FileHandle.standardError.write("usage: parse-bench [--runs N] [--rotate K] [--only ours|tomlkit] FILE...\n".data(using: .utf8)!)
    exit(2)
}

do {
    for file in files {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        if let only {
            let (time, count) = only == "tomlkit"
                ? try { let text = String(decoding: bytes, as: UTF8.self); return try seconds { try tomlkit(text) } }()
                : try seconds { try oursValidate(bytes, file: file) }
            print("{\"file\":\"\(file)\",\"only\":\"\(only)\",\"seconds\":\(time),\"commitments\":\(count)}")
            continue
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var parse: [Double] = [], validate: [Double] = [], kit: [Double] = []
        var counts: Set<Int> = []
        for run in 0..<runs {
            for step in 0..<3 {
                switch (run + rotate + step) % 3 {
                case 0:
                    let (time, count) = try seconds { try oursParse(bytes) }
                    parse.append(time); counts.insert(count)
                case 1:
                    let (time, count) = try seconds { try oursValidate(bytes, file: file) }
                    validate.append(time); counts.insert(count)
                default:
                    let (time, count) = try seconds { try tomlkit(text) }
                    kit.append(time); counts.insert(count)
                }
            }
        }
        guard counts.count == 1 else {
            FileHandle.standardError.write("\(file): the parsers disagree on the number of commitments: \(counts)\n".data(using: .utf8)!)
            exit(1)
        }
        print("""
            {"file":"\(file)","bytes":\(bytes.count),"commitments":\(counts.first!),"runs":\(runs),\
            "ours_parse":\(json(parse)),"ours_validate":\(json(validate)),"tomlkit":\(json(kit)),\
            "median":{"ours_parse":\(median(parse)),"ours_validate":\(median(validate)),"tomlkit":\(median(kit))}}
            """)
    }
} catch {
    FileHandle.standardError.write("parse-bench: \(error)\n".data(using: .utf8)!)
    exit(1)
}
