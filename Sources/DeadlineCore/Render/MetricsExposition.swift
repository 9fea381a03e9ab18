/// The metrics file: the Prometheus text exposition format, for the node exporter's textfile
/// collector.
///
/// Every series carries the `statement` label, so that two daemons of different statements can
/// share one textfile directory; the commitment series carry `commitment` too. Two replicas of
/// the same statement write the same series, told apart by the scrape's `instance` label, which
/// the shipped rules aggregate away (`max without(instance)`).
public enum MetricsExposition {
    /// What only the running daemon knows.
    public struct DaemonState: Sendable {
        public var version: String
        /// Whether the latest load of the config (at start or on reload) succeeded.
        public var lastReloadSucceeded: Bool
        /// When the config in force was loaded.
        public var configLoadedAt: Instant

        public init(version: String, lastReloadSucceeded: Bool, configLoadedAt: Instant) {
            self.version = version
            self.lastReloadSucceeded = lastReloadSucceeded
            self.configLoadedAt = configLoadedAt
        }
    }

    /// The whole file as written at `now`, into `out` (which `flush()`es it when writing to a file).
    public static func write(
        to out: inout ByteWriter, schedule: Schedule, ledger: Ledger, daemon: DaemonState, now: Instant
    ) {
        let config = schedule.config
        var statementLabel = ByteWriter()
        statementLabel.write("statement=\"" as StaticString)
        statementLabel.write(labelValue: config.statement.id)
        statementLabel.append(UInt8(ascii: "\""))
        let statement = statementLabel

        func header(_ name: StaticString, _ type: StaticString, _ help: StaticString) {
            out.write("# HELP " as StaticString)
            out.write(name)
            out.append(UInt8(ascii: " "))
            out.write(help)
            out.write("\n# TYPE " as StaticString)
            out.write(name)
            out.append(UInt8(ascii: " "))
            out.write(type)
            out.append(UInt8(ascii: "\n"))
        }
        /// `name{statement="..."` and, for a commitment, `,commitment="..."`; the caller closes it.
        func open(_ name: StaticString, commitment: String?) {
            out.write(name)
            out.append(UInt8(ascii: "{"))
            out.write(statement)
            if let commitment {
                out.write(",commitment=\"" as StaticString)
                out.write(labelValue: commitment)
                out.append(UInt8(ascii: "\""))
            }
        }
        func close(_ value: Int64) {
            out.write("} " as StaticString)
            out.write(decimal: value)
            out.append(UInt8(ascii: "\n"))
            out.flushIfFull()
        }

        // Fields are read in place: copying each commitment (or track) was most of the time
        // this took at 100,000 commitments.
        config.commitments.withUnsafeBufferPointer { commitments in
            header("deadlined_commitment_deadline_timestamp_seconds", "gauge",
                   "When the commitment's deadline passes (commitments with a deadline only).")
            for index in commitments.indices {
                guard let deadline = commitments[index].deadline?.instant else { continue }
                open("deadlined_commitment_deadline_timestamp_seconds", commitment: commitments[index].id)
                close(deadline.seconds)
            }

            header("deadlined_commitment_next_alert_timestamp_seconds", "gauge",
                   "When the commitment's next alert falls due (commitments with one only).")
            schedule.tracks.withUnsafeBufferPointer { tracks in
                for index in tracks.indices {
                    guard let next = schedule.next(tracks[index], ledger: ledger, now: now) else { continue }
                    open("deadlined_commitment_next_alert_timestamp_seconds", commitment: commitments[index].id)
                    close(next.fireAt.seconds)
                }
            }

            header("deadlined_commitment_status", "gauge", "1, with the commitment's status as a label.")
            for index in commitments.indices {
                open("deadlined_commitment_status", commitment: commitments[index].id)
                out.write(",status=\"" as StaticString)
                out.write(commitments[index].status.rawValue)
                out.append(UInt8(ascii: "\""))
                close(1)
            }

            header("deadlined_commitment_overdue", "gauge",
                   "1 when the deadline has passed and the commitment is still open or extended.")
            for index in commitments.indices {
                guard let deadline = commitments[index].deadline?.instant else { continue }
                open("deadlined_commitment_overdue", commitment: commitments[index].id)
                close(commitments[index].status.isActive && deadline <= now ? 1 : 0)
            }
        }

        header("deadlined_alerts_sent_total", "counter", "Alerts sent, by kind, as recorded in the alert log.")
        for kind in AlertKind.allCases {
            open("deadlined_alerts_sent_total", commitment: nil)
            out.write(",kind=\"" as StaticString)
            out.write(kind.rawValue)
            out.append(UInt8(ascii: "\""))
            close(Int64(ledger.recordsByKind[kind] ?? 0))
        }

        header("deadlined_last_alert_timestamp_seconds", "gauge", "When the latest alert was sent (absent before the first).")
        if let last = ledger.lastSentAt {
            open("deadlined_last_alert_timestamp_seconds", commitment: nil)
            close(last.seconds)
        }

        header("deadlined_config_reload_success", "gauge",
               "1 when the latest load of the config succeeded, 0 when the daemon runs the previous one.")
        open("deadlined_config_reload_success", commitment: nil)
        close(daemon.lastReloadSucceeded ? 1 : 0)

        header("deadlined_config_reload_timestamp_seconds", "gauge", "When the config in force was loaded.")
        open("deadlined_config_reload_timestamp_seconds", commitment: nil)
        close(daemon.configLoadedAt.seconds)

        header("deadlined_metrics_every_seconds", "gauge",
               "The longest time between two writes of this file (metrics_every): an older file means a dead daemon.")
        open("deadlined_metrics_every_seconds", commitment: nil)
        close(config.daemon.metricsEvery.seconds)

        header("deadlined_metrics_written_timestamp_seconds", "gauge", "When this file was written.")
        open("deadlined_metrics_written_timestamp_seconds", commitment: nil)
        close(now.seconds)

        header("deadlined_build_info", "gauge", "Always 1; the version of the daemon that writes this file.")
        open("deadlined_build_info", commitment: nil)
        out.write(",version=\"" as StaticString)
        out.write(labelValue: daemon.version)
        out.append(UInt8(ascii: "\""))
        close(1)
    }
}

extension ByteWriter {
    /// A label value of the exposition format: backslash, double quote and newline escaped.
    mutating func write(labelValue value: String) {
        var value = value
        value.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\\"): append(UInt8(ascii: "\\")); append(UInt8(ascii: "\\"))
                case UInt8(ascii: "\""): append(UInt8(ascii: "\\")); append(UInt8(ascii: "\""))
                case UInt8(ascii: "\n"): append(UInt8(ascii: "\\")); append(UInt8(ascii: "n"))
                default: append(byte)
                }
            }
        }
    }
}
