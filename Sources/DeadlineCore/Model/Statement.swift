import CivilCalendar

/// The public statement the commitments come from.
public struct Statement: Hashable, Sendable {
    public var id: String
    public var title: String?
    /// The day it was issued; `within` spans count from here, reviews of ongoing commitments too.
    public var issued: CivilDate?
    /// Path of the statement's text, as written in the config.
    public var source: String?
    /// The language its alerts and views are in, over `[daemon] language`.
    public var language: DisplayLanguage?

    public init(id: String, title: String?, issued: CivilDate?, source: String?, language: DisplayLanguage? = nil) {
        self.id = id
        self.title = title
        self.issued = issued
        self.source = source
        self.language = language
    }
}
