import Glibc
import Synchronization

/// The system's compiled tz database: where it is, which names may be looked up in it, and the
/// zones already read from it.
///
/// The directory is $TZDIR when set, else /usr/share/zoneinfo, as glibc has it. Each zone is read
/// once per process: a config names one zone, but the daemon, `check` and reloads build
/// `Zone` values from the name again and again.
enum ZoneDatabase {
    static let defaultDirectory = "/usr/share/zoneinfo"

    /// Zone files are a few kilobytes; anything much larger is not one.
    static let maximumFileSize = 1 << 20

    static var directory: String {
        if let value = getenv("TZDIR"), value.pointee != 0 { return String(cString: value) }
        return defaultDirectory
    }

    /// Zones read so far, by file path.
    private static let cache = Mutex<[String: ZoneOffsets]>([:])

    /// The offsets of the zone `identifier`, read from the database on first use; nil when the
    /// name is not acceptable or its file is missing or not a TZif file.
    static func offsets(for identifier: String, in directory: String = directory) -> ZoneOffsets? {
        guard isAcceptable(identifier) else { return nil }
        let path = directory + "/" + identifier
        if let known = cache.withLock({ $0[path] }) { return known }
        guard let offsets = read(path: path) ?? (identifier == "UTC" ? ZoneOffsets(fixed: 0) : nil) else { return nil }
        return cache.withLock { cache in
            // Another thread may have read it meanwhile: keep one copy.
            if let known = cache[path] { return known }
            cache[path] = offsets
            return offsets
        }
    }

    /// The file's offsets, or nil when it cannot be read or is not a TZif file.
    static func read(path: String) -> ZoneOffsets? {
        guard case .success(let bytes) = FileContents.read(path: path, limit: maximumFileSize),
              TZifFile.hasMagic(bytes), let file = TZifFile(bytes: bytes)
        else { return nil }
        return ZoneOffsets(file: file)
    }

    /// Whether `identifier` is a plain relative path in the database: components of letters,
    /// digits, '_', '-', '+' and '.', none empty and none starting with '.' (so no "..", no
    /// hidden files, no leading '/'). Anything else could name a file outside the database.
    static func isAcceptable(_ identifier: String) -> Bool {
        let bytes = identifier.utf8
        guard !bytes.isEmpty, bytes.count <= 255 else { return false }
        var componentStart = true
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "/"):
                if componentStart { return false }
                componentStart = true
            case UInt8(ascii: "."):
                if componentStart { return false }
                componentStart = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "+"):
                componentStart = false
            default:
                return false
            }
        }
        return !componentStart
    }

    // MARK: - Known identifiers

    /// Every zone name the database has, sorted: from its `tzdata.zi` ("Z name" and "L target
    /// name" lines), else by looking for TZif files in the directory tree.
    static func knownIdentifiers(in directory: String = directory) -> [String] {
        var names = namesInTzdataZi(directory: directory) ?? namesInTree(directory: directory)
        if !names.contains("UTC") { names.append("UTC") }
        return names.sorted()
    }

    /// Names from `tzdata.zi`, the database's text form; nil when the file is missing.
    static func namesInTzdataZi(directory: String) -> [String]? {
        guard case .success(let bytes) = FileContents.read(path: directory + "/tzdata.zi", limit: 16 << 20) else { return nil }
        var names: [String] = []
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
            guard let kind = fields.first, kind.count == 1 else { continue }
            let name: ArraySlice<UInt8>
            switch kind.first {
            case UInt8(ascii: "Z") where fields.count >= 2: name = fields[1]
            case UInt8(ascii: "L") where fields.count >= 3: name = fields[2]
            default: continue
            }
            let text = String(decoding: name, as: UTF8.self)
            if isAcceptable(text) { names.append(text) }
        }
        return names
    }

    /// Relative paths of the TZif files under `directory`, skipping the "posix" and "right"
    /// copies of the whole database that some systems keep beside it.
    static func namesInTree(directory: String) -> [String] {
        var names: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let stream = opendir(relative.isEmpty ? directory : directory + "/" + relative) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                let path = relative.isEmpty ? name : relative + "/" + name
                guard isAcceptable(path) else { continue }
                var status = stat()
                guard stat(directory + "/" + path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR {
                    if !(relative.isEmpty && (name == "posix" || name == "right")) { pending.append(path) }
                } else if status.st_mode & S_IFMT == S_IFREG,
                          case .success(let bytes) = FileContents.read(path: directory + "/" + path, limit: maximumFileSize),
                          TZifFile.hasMagic(bytes), TZifFile(bytes: bytes) != nil {
                    names.append(path)
                }
            }
        }
        return names
    }
}
