import Logging

extension Logger.Level {
    /// The syslog priority journald stores in `PRIORITY` for this level, so
    /// `journalctl -p warning` and the colouring in `journalctl` work.
    ///
    /// syslog has no level below debug, so trace shares debug's 7.
    public var journalPriority: Int {
        switch self {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }
}
