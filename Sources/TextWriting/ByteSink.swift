/// Where written text goes, one UTF-8 byte at a time: a byte array, a fixed buffer, a hash.
///
/// The writers of this module take any sink, so a number is written the same way whether it ends
/// up in a `String`, an output buffer or an alert id.
public protocol ByteSink {
    mutating func append(_ byte: UInt8)
}

extension Array: ByteSink where Element == UInt8 {}

extension String {
    /// The text a writer produced, collected in a byte array first.
    @inlinable
    public init(writing body: (inout [UInt8]) -> Void) {
        var bytes: [UInt8] = []
        body(&bytes)
        self = String(decoding: bytes, as: UTF8.self)
    }
}
