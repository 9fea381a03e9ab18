/// Takes the elements of one top-level array of tables (`[[key]]`) while the document is read.
///
/// A large document is mostly one such array. A reader that turns each element into something
/// of its own can take it as soon as it is finished, and the document never holds more than one
/// element's tables at once; the tree keeps an empty table (with the element's header position)
/// in its place.
public protocol TOMLElementSink: AnyObject {
    /// The array's key: `commitment` for `[[commitment]]`.
    var key: String { get }

    /// Called when the array's first `[[key]]` header is read, with the top level as written
    /// before it (whole tables, and a copy: the document goes on). Returns whether the sink takes
    /// the elements; if not, they stay in the tree as usual.
    func begin(before: TOMLTable) -> Bool

    /// Each element, in document order, once the next header or the end of the document is read
    /// (no key can be added to it after that). `table.position` is its header.
    func take(_ table: TOMLTable)
}
