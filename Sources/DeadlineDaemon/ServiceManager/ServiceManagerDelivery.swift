/// What became of a message to the service manager.
public enum ServiceManagerDelivery: Sendable, Equatable {
    /// The service manager's socket took the message.
    case delivered
    /// `NOTIFY_SOCKET` is not set: the daemon runs without a supervisor (in a
    /// terminal, or under a test), and the message went nowhere on purpose.
    case noSupervisor
}
