import CivilCalendar

/// The timeline as one standalone SVG (`deadlined timeline --svg`), and the pieces of it that
/// the HTML page reuses: a row's strip, the axis, the marks of the legend.
///
/// Everything is drawn with presentation attributes (no `style`, no script, no external
/// resource), so the picture renders the same offline, inside a page under a strict
/// Content-Security-Policy, and in print. Status is told by words and shapes as well as colour.
public enum TimelineSVG {
    /// Standalone layout: the commitment column, then the strips.
    static let columnWidth = 400.0
    static let stripLeft = 410.0
    static let width = stripLeft + TimelineLayout.stripWidth + 20
    /// Where the rows start under a one-row axis; a second row of ticks (`calendar = "both"`) adds `secondRowOffset`.
    static let rowsTop = 72.0
    static let secondRowOffset = 17.0
    static let groupHeight = 26.0
    /// Row text: 11-unit sans, reckoned at 0.62 em a character; ids 12-unit bold monospace.
    static let titleCharacterWidth = 6.9
    static let idCharacterWidth = 7.4
    static let sans = "DejaVu Sans, Noto Sans, Noto Sans Arabic, sans-serif"
    static let mono = "DejaVu Sans Mono, monospace"

    public static func svg(_ timeline: Timeline) -> String {
        var out = ByteWriter()
        write(timeline, to: &out)
        return out.text
    }

    public static func write(_ timeline: Timeline, to out: inout ByteWriter) {
        let layout = TimelineLayout(timeline)
        let words = layout.words
        let rowsTop = rowsTop + axisExtra(layout)
        let rowCount = layout.groups.reduce(0) { $0 + $1.rows.count }
        let rowsBottom = rowsTop + Double(layout.groups.count) * groupHeight + Double(rowCount) * TimelineLayout.rowHeight
        let legend = legendItems(top: rowsBottom + 16, width: width - 16, words: words)
        let height = (legend.last.map { $0.y + 14 } ?? rowsBottom) + 12
        let statements = timeline.config.statements

        out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"\(sans)\"\(words.isArabic ? " xml:lang=\"ar\"" : "")>\n")
        out.write("<title id=\"chart-title\">\(Markup.escaped(words.pictureTitle(timeline.config, at: timeline.now)))</title>\n")
        out.write("<desc id=\"chart-desc\">\(Markup.escaped(description(layout)))</desc>\n")
        out.write("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        // Arabic headings start at the right, as Arabic is read; the strips keep time running left to right.
        let heading = Markup.escaped(words.line(Markup.truncated(words.heading(timeline.config), to: Int((width - 16) / 10))))
        out.write("<text class=\"label heading\" x=\"\(n(words.isArabic ? width - 8 : 8))\" y=\"20\" font-size=\"15\" font-weight=\"bold\"\(words.isArabic ? " text-anchor=\"end\"" : "")>\(heading)</text>\n")
        out.write("<g transform=\"translate(\(n(stripLeft)),0)\">\n")
        writeAxis(layout, nowBaseline: 46, tickBaseline: 62, to: &out)
        out.write("</g>\n")

        // The commitment column's own text: from its right edge in Arabic.
        let columnText = words.isArabic ? "x=\"\(n(columnWidth))\" text-anchor=\"end\"" : "x=\"8\""
        var y = rowsTop
        for group in layout.groups {
            let text = Markup.truncated(words.groupHeading(group.statement, titled: statements.count > 1), to: Int(columnWidth / idCharacterWidth))
            out.write("<g class=\"statement\" data-statement=\"\(Markup.escaped(group.statement.id))\">\n")
            out.write("<g transform=\"translate(\(n(stripLeft)),\(n(y)))\">\n")
            writeGrid(layout, height: groupHeight, to: &out)
            out.write("</g>\n")
            out.write("<text class=\"label group\" \(columnText) y=\"\(n(y + 18))\" font-size=\"12\" font-weight=\"bold\" fill=\"#333333\">\(Markup.escaped(words.line(text)))</text>\n")
            y += groupHeight
            for (index, row) in group.rows.enumerated() {
                out.write("<g class=\"row status-\(row.commitment.status.rawValue)\" id=\"commitment-\(Markup.escaped(row.commitment.id))\" data-commitment=\"\(Markup.escaped(row.commitment.id))\" transform=\"translate(0,\(n(y)))\">\n")
                out.write("<title>\(Markup.escaped(rowTitle(row, words)))</title>\n<desc>\(Markup.escaped(rowDescription(row, words)))</desc>\n")
                if index % 2 == 0 {
                    out.write("<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(TimelineLayout.rowHeight))\" fill=\"#f4f6f8\"/>\n")
                }
                let idLine = Markup.truncated("\(words.id(row.commitment.id)) · \(row.statusWords)", to: Int(columnWidth / idCharacterWidth))
                out.write("<text class=\"label id\" \(columnText) y=\"17\" font-family=\"\(mono)\" font-size=\"12\" font-weight=\"bold\">\(Markup.escaped(words.line(idLine)))</text>\n")
                let title = Markup.truncated(row.commitment.title, to: Int((columnWidth - 8) / titleCharacterWidth))
                if Markup.readsRightToLeft(title) || words.isArabic {
                    // Right-aligned as Arabic is read (and as the column is, in Arabic); the isolate
                    // keeps the title's own order whatever the SVG's base direction.
                    let isolated = (Markup.readsRightToLeft(title) ? "\u{2067}" : "\u{2066}") + title + "\u{2069}"
                    out.write("<text class=\"label title\" x=\"\(n(columnWidth))\" y=\"36\" font-size=\"11\" text-anchor=\"end\">\(Markup.escaped(isolated))</text>\n")
                } else {
                    out.write("<text class=\"label title\" x=\"8\" y=\"36\" font-size=\"11\">\(Markup.escaped(title))</text>\n")
                }
                out.write("<g transform=\"translate(\(n(stripLeft)),0)\">\n")
                writeStrip(row, layout: layout, to: &out)
                out.write("</g>\n</g>\n")
                y += TimelineLayout.rowHeight
            }
            out.write("</g>\n")
        }

        out.write("<g class=\"legend\" font-family=\"\(mono)\" font-size=\"11\">\n")
        for item in legend {
            let text = Markup.escaped(words.line(words.legend(item.entry)))
            if words.isArabic {
                // Mirrored, as Arabic reads: from the right edge, each symbol right of its words.
                out.write(legendSymbol(item.entry, x: width - item.x - 7, y: item.y - 4))
                out.write("<text class=\"label\" x=\"\(n(width - item.x - 18))\" y=\"\(n(item.y))\" text-anchor=\"end\">\(text)</text>\n")
            } else {
                out.write(legendSymbol(item.entry, x: item.x + 7, y: item.y - 4))
                out.write("<text class=\"label\" x=\"\(n(item.x + 18))\" y=\"\(n(item.y))\">\(text)</text>\n")
            }
        }
        out.write("</g>\n</svg>\n")
        out.flush()
    }

    // MARK: Pieces shared with the page

    /// How much taller the axis is than one row of ticks: the Hijri row of `calendar = "both"`.
    static func axisExtra(_ layout: TimelineLayout) -> Double {
        layout.axis.secondTicks.isEmpty ? 0 : secondRowOffset
    }

    /// The axis in strip coordinates: tick labels (and the Hijri row under them), and the now label above them.
    static func writeAxis(_ layout: TimelineLayout, nowBaseline: Double, tickBaseline: Double, to out: inout ByteWriter) {
        let words = layout.words
        out.write("<g class=\"axis\" font-family=\"\(mono)\" font-size=\"11\" fill=\"#333333\">\n")
        // A tick's mark sits under its label, except the first row's over a second row: there the
        // label stands over the grid line alone, so no mark runs into the Hijri label below it.
        let second = layout.axis.secondTicks.isEmpty
            ? [] : [(layout.axis.secondTicks, tickBaseline + secondRowOffset, "tick hijri", true)]
        for (ticks, baseline, kind, marked) in [(layout.axis.ticks, tickBaseline, "tick", second.isEmpty)] + second {
            for tick in visibleTicks(ticks, layout) {
                if marked {
                    out.write("<line x1=\"\(n(tick.x))\" y1=\"\(n(baseline + 3))\" x2=\"\(n(tick.x))\" y2=\"\(n(baseline + 8))\" stroke=\"#78828c\" stroke-width=\"1\"/>\n")
                }
                out.write("<text class=\"label \(kind)\" x=\"\(n(tick.x - TimelineLayout.labelWidth(tick.label) / 2))\" y=\"\(n(baseline))\">\(Markup.escaped(words.line(tick.label)))</text>\n")
            }
        }
        if let nowX = layout.nowX {
            let text = words.nowLabel(layout.now, zone: layout.zone)
            let width = TimelineLayout.labelWidth(text)
            let left = min(max(nowX - width / 2, 0), TimelineLayout.stripWidth - width)
            out.write("<line class=\"now\" x1=\"\(n(nowX))\" y1=\"\(n(nowBaseline + 3))\" x2=\"\(n(nowX))\" y2=\"\(n(tickBaseline + axisExtra(layout) + 8))\" stroke=\"#c62828\" stroke-width=\"1.5\"/>\n")
            out.write("<text class=\"label now\" x=\"\(n(left))\" y=\"\(n(nowBaseline))\" fill=\"#c62828\" font-weight=\"bold\">\(Markup.escaped(words.line(text)))</text>\n")
        }
        out.write("</g>\n")
    }

    /// The ticks whose labels fit inside the strip, with their x.
    static func visibleTicks(_ ticks: [TimeAxis.Tick], _ layout: TimelineLayout) -> [(x: Double, label: String)] {
        ticks.compactMap { tick in
            let x = layout.x(tick.instant)
            let half = TimelineLayout.labelWidth(tick.label) / 2
            return x - half >= 0 && x + half <= TimelineLayout.stripWidth ? (x, tick.label) : nil
        }
    }

    /// The grid lines and the now line through a band `height` tall, so they run on through every row.
    static func writeGrid(_ layout: TimelineLayout, height: Double, to out: inout ByteWriter) {
        for tick in visibleTicks(layout.axis.ticks, layout) {
            out.write("<line x1=\"\(n(tick.x))\" y1=\"0\" x2=\"\(n(tick.x))\" y2=\"\(n(height))\" stroke=\"#d5d9de\" stroke-width=\"1\"/>\n")
        }
        if let nowX = layout.nowX {
            out.write("<line class=\"now\" x1=\"\(n(nowX))\" y1=\"0\" x2=\"\(n(nowX))\" y2=\"\(n(height))\" stroke=\"#c62828\" stroke-width=\"1.5\"/>\n")
        }
    }

    /// One commitment's strip, in strip coordinates (0...stripWidth by 0...rowHeight).
    static func writeStrip(_ row: TimelineLayout.Row, layout: TimelineLayout, to out: inout ByteWriter) {
        let barY = TimelineLayout.barY
        writeGrid(layout, height: TimelineLayout.rowHeight, to: &out)
        if let overdue = row.overdue {
            out.write("<rect class=\"overdue\" x=\"\(n(overdue.lowerBound))\" y=\"\(n(barY - 7))\" width=\"\(n(overdue.upperBound - overdue.lowerBound))\" height=\"14\" fill=\"#f3c2bd\" stroke=\"#c62828\" stroke-width=\"0.5\"/>\n")
        }
        if let snoozed = row.snoozed {
            // Below the line, dashed: the reminders it holds are not sent; the label says until when.
            let width = max(snoozed.span.upperBound - snoozed.span.lowerBound, 1)
            out.write("<rect class=\"snoozed\" x=\"\(n(snoozed.span.lowerBound))\" y=\"\(n(barY + 3))\" width=\"\(n(width))\" height=\"5\" fill=\"#ede7f6\" stroke=\"#6a1b9a\" stroke-width=\"1\" stroke-dasharray=\"3 2\"><title>\(Markup.escaped(snoozed.text))</title></rect>\n")
        }
        let (color, dash) = lineStyle(row.commitment.status)
        let dashAttribute = dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
        if row.ongoing {
            out.write("<line class=\"span\" x1=\"0\" y1=\"\(n(barY))\" x2=\"\(n(TimelineLayout.stripWidth))\" y2=\"\(n(barY))\" stroke=\"\(color)\" stroke-width=\"2\" stroke-dasharray=\"2 6\"/>\n")
        } else if let span = row.span {
            out.write("<line class=\"span\" x1=\"\(n(span.lowerBound))\" y1=\"\(n(barY))\" x2=\"\(n(span.upperBound))\" y2=\"\(n(barY))\" stroke=\"\(color)\" stroke-width=\"3\"\(dashAttribute)/>\n")
        }
        for mark in row.marks {
            out.write("<g class=\"mark \(mark.shape.rawValue)\"><title>\(Markup.escaped(mark.text))</title>")
            out.write(symbol(mark.shape, x: mark.x, y: barY))
            out.write("</g>\n")
        }
        if !row.labels.isEmpty {
            out.write("<g font-family=\"\(mono)\" font-size=\"11\" fill=\"#222222\">\n")
            for label in row.labels {
                out.write("<text class=\"label mark-label\" x=\"\(n(label.x))\" y=\"\(n(label.baseline))\">\(Markup.escaped(label.text))</text>\n")
            }
            out.write("</g>\n")
        }
    }

    /// The span line of a commitment by status: grey while open, green when met, dashed red
    /// when missed, dotted when withdrawn, long-dashed light grey when superseded (the status
    /// is also written beside the id).
    static func lineStyle(_ status: CommitmentStatus) -> (color: String, dash: String?) {
        switch status {
        case .open, .extended: ("#78828c", nil)
        case .met: ("#2e7d32", nil)
        case .missed: ("#c62828", "6 3")
        case .withdrawn: ("#9e9e9e", "1 4")
        case .superseded: ("#b0b7be", "10 4")
        }
    }

    /// The shape of a mark centred on (x, y).
    static func symbol(_ shape: TimelineLayout.MarkShape, x: Double, y: Double) -> String {
        switch shape {
        case .binding:
            return "<path d=\"M\(n(x)) \(n(y - 7))L\(n(x + 7)) \(n(y))L\(n(x)) \(n(y + 7))L\(n(x - 7)) \(n(y))Z\" fill=\"#a40000\" stroke=\"#000000\" stroke-width=\"1\"/>"
        case .bound:
            return "<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y))L\(n(x)) \(n(y + 5))L\(n(x - 5)) \(n(y))Z\" fill=\"#ffffff\" stroke=\"#a40000\" stroke-width=\"1.5\"/>"
        case .milestone:
            return "<path d=\"M\(n(x)) \(n(y - 6))L\(n(x + 6)) \(n(y + 5))L\(n(x - 6)) \(n(y + 5))Z\" fill=\"#1f4e79\" stroke=\"#1f4e79\" stroke-width=\"1\"/>"
        case .warningSent, .warningPending:
            let fill = shape == .warningSent ? "#1f4e79" : "#ffffff"
            return "<line x1=\"\(n(x))\" y1=\"\(n(y - 9))\" x2=\"\(n(x))\" y2=\"\(n(y + 9))\" stroke=\"#1f4e79\" stroke-width=\"1\"/><circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"3.5\" fill=\"\(fill)\" stroke=\"#1f4e79\" stroke-width=\"1.5\"/>"
        case .reminderSent, .reminderPending:
            let fill = shape == .reminderSent ? "#6a1b9a" : "#ffffff"
            return "<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\" fill=\"\(fill)\" stroke=\"#6a1b9a\" stroke-width=\"1.5\"/>"
        }
    }

    // MARK: Legend

    /// What the legend explains, in the order it lists them (`ViewWords.legend` words them).
    enum LegendEntry: CaseIterable {
        case binding, bound, milestone, warningSent, warningPending, reminderSent, reminderPending, overdue, snoozed, now
    }

    static func legendSymbol(_ entry: LegendEntry, x: Double, y: Double) -> String {
        switch entry {
        case .binding: symbol(.binding, x: x, y: y)
        case .bound: symbol(.bound, x: x, y: y)
        case .milestone: symbol(.milestone, x: x, y: y)
        case .warningSent: symbol(.warningSent, x: x, y: y)
        case .warningPending: symbol(.warningPending, x: x, y: y)
        case .reminderSent: symbol(.reminderSent, x: x, y: y)
        case .reminderPending: symbol(.reminderPending, x: x, y: y)
        case .overdue: "<rect x=\"\(n(x - 7))\" y=\"\(n(y - 6))\" width=\"14\" height=\"12\" fill=\"#f3c2bd\" stroke=\"#c62828\" stroke-width=\"0.5\"/>"
        case .snoozed: "<rect x=\"\(n(x - 7))\" y=\"\(n(y - 2.5))\" width=\"14\" height=\"5\" fill=\"#ede7f6\" stroke=\"#6a1b9a\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>"
        case .now: "<line x1=\"\(n(x))\" y1=\"\(n(y - 8))\" x2=\"\(n(x))\" y2=\"\(n(y + 8))\" stroke=\"#c62828\" stroke-width=\"1.5\"/>"
        }
    }

    /// The legend's entries laid out left to right from x = 8, wrapping at `width`.
    static func legendItems(top: Double, width: Double, words: ViewWords) -> [(entry: LegendEntry, x: Double, y: Double)] {
        var items: [(LegendEntry, Double, Double)] = []
        var x = 8.0
        var y = top + 12
        for entry in LegendEntry.allCases {
            let itemWidth = 18 + TimelineLayout.labelWidth(words.legend(entry)) + 18
            if x + itemWidth > width, x > 8 {
                x = 8
                y += 20
            }
            items.append((entry, x, y))
            x += itemWidth
        }
        return items
    }

    // MARK: Words

    static func rowTitle(_ row: TimelineLayout.Row, _ words: ViewWords) -> String {
        words.rowTitle(id: row.commitment.id, title: row.commitment.title, status: row.statusWords)
    }

    static func rowDescription(_ row: TimelineLayout.Row, _ words: ViewWords) -> String {
        var parts = [row.summary]
        if !row.commitment.parties.isEmpty { parts.append(words.parties(row.commitment.parties)) }
        if let quote = row.commitment.quote { parts.append(words.quote(quote)) }
        return parts.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    static func description(_ layout: TimelineLayout) -> String {
        let rows = layout.groups.flatMap(\.rows)
        return layout.words.pictureDescription(
            commitments: rows.count, overdue: rows.filter { $0.overdue != nil }.count,
            from: layout.zone.civil(at: layout.axis.start).date, to: layout.zone.civil(at: layout.axis.end).date,
            zone: layout.zone.identifier)
    }

    /// A coordinate with at most two decimals.
    static func n(_ value: Double) -> String {
        let hundredths = Int64((value * 100).rounded())
        let whole = hundredths / 100
        let fraction = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return sign + String(whole) }
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction).replacingTrailingZero()
    }
}

private extension String {
    /// "50" -> "5": the trailing zero of two decimals.
    func replacingTrailingZero() -> String { hasSuffix("0") && count == 2 ? String(prefix(1)) : self }
}
