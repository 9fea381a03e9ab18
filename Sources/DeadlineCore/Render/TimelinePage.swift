import CivilCalendar

/// The timeline as a self-contained HTML page (`deadlined timeline --html`): a legend, then a
/// table with one row per commitment (an HTML cell for its id, status and title, an SVG strip
/// for its marks) under an axis that repeats on every printed page.
///
/// No script and no external resource: the page's own policy (`default-src 'none'`) allows only
/// its one stylesheet, by hash. The quote of a commitment shows while its row is hovered or has
/// the keyboard focus; rows never break across printed pages (A4 landscape).
///
/// In Arabic the page is `dir="rtl"`: the commitment column is on the right and its text starts
/// there, while inside the SVG strips and axis time still runs left to right, as the dates and
/// numbers on it read (the SVGs are `direction: ltr`, their Arabic labels isolated).
public enum TimelinePage {
    static let style = """
        body{font-family:"DejaVu Sans","Noto Sans","Noto Sans Arabic",sans-serif;margin:16px;color:#222}\
        h1{font-size:18px;margin:0 0 4px}\
        header p{margin:0 0 8px;font-size:13px}\
        .legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 18px;font-size:12px}\
        .legend svg{width:16px;height:16px;vertical-align:middle;margin-inline-end:4px}\
        table{width:100%;border-collapse:collapse;table-layout:fixed}\
        col.label{width:28%}\
        th,td{padding:0;vertical-align:top;text-align:start;font-weight:normal}\
        thead th{font-size:12px;vertical-align:bottom;padding:0 6px}\
        tr.group th{font-weight:bold;font-size:13px;padding:10px 6px 4px;border-bottom:1px solid #ccc}\
        tbody tr.row:nth-child(even){background:#f4f6f8}\
        tr.row th{position:relative;padding:4px 6px;font-size:12px;overflow-wrap:anywhere}\
        tr.row:focus{outline:2px solid #1f4e79;outline-offset:-2px}\
        .id{font-family:"DejaVu Sans Mono",monospace;font-weight:bold}\
        .status{display:inline-block;margin-inline-start:6px;padding:0 4px;border:1px solid #78828c;border-radius:3px;font-size:11px}\
        .title{display:block}\
        .quote{display:none;position:absolute;inset-inline-start:6px;top:100%;z-index:2;width:min(60vw,640px);padding:8px;\
        background:#fffbe6;border:1px solid #b59f3b;box-shadow:0 2px 6px rgba(0,0,0,.3);font-size:14px}\
        .quote p{margin:0 0 4px}\
        tr.row:hover .quote,tr.row:focus .quote,tr.row:focus-within .quote{display:block}\
        svg.strip,svg.axis{display:block;width:100%;height:auto;direction:ltr}\
        @page{size:A4 landscape;margin:10mm}\
        @media print{body{margin:0}tr.row{break-inside:avoid}thead{display:table-header-group}tr.row:hover .quote,tr.row:focus .quote{display:none}}
        """

    public static func html(_ timeline: Timeline) -> String {
        var out = ByteWriter()
        write(timeline, to: &out)
        return out.text
    }

    public static func write(_ timeline: Timeline, to out: inout ByteWriter) {
        let layout = TimelineLayout(timeline)
        let words = layout.words
        let statements = timeline.config.statements
        let stripWidth = TimelineSVG.n(TimelineLayout.stripWidth)
        let rowHeight = TimelineSVG.n(TimelineLayout.rowHeight)
        let axisHeight = TimelineSVG.n(44 + TimelineSVG.axisExtra(layout))
        let policy = "default-src 'none'; style-src \(StyleHash.cspSource(style)); img-src 'none'; base-uri 'none'; form-action 'none'"

        out.write("<!DOCTYPE html>\n<html \(words.isArabic ? "lang=\"ar\" dir=\"rtl\"" : "lang=\"en\"")>\n<head>\n<meta charset=\"utf-8\">\n")
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Markup.escaped(policy))\">\n")
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.write("<title>\(Markup.escaped("deadlined: " + words.pictureTitle(timeline.config, at: timeline.now)))</title>\n")
        out.write("<style>\(style)</style>\n</head>\n<body>\n")
        out.write("<header>\n<h1>\(Markup.escaped(words.heading(timeline.config)))</h1>\n")
        var about: [String] = []
        if statements.count == 1, let issued = statements[0].issued { about.append(Markup.escaped(words.issued(issued))) }
        about.append("<strong>\(Markup.escaped(words.nowLabel(timeline.now, zone: layout.zone)))</strong> (\(Markup.escaped(words.id(layout.zone.identifier))))")
        out.write("<p>\(about.joined(separator: " · "))</p>\n")
        out.write("<p>\(Markup.escaped(TimelineSVG.description(layout))) \(Markup.escaped(words.quoteHint))</p>\n</header>\n")

        out.write("<ul class=\"legend\" aria-label=\"\(Markup.escaped(words.legendName))\">\n")
        for entry in TimelineSVG.LegendEntry.allCases {
            out.write("<li><svg viewBox=\"0 0 16 16\" aria-hidden=\"true\">\(TimelineSVG.legendSymbol(entry, x: 8, y: 8))</svg>\(Markup.escaped(words.legend(entry)))</li>\n")
        }
        out.write("</ul>\n")

        out.write("<table class=\"timeline\">\n<caption hidden>\(Markup.escaped(words.pictureTitle(timeline.config, at: timeline.now)))</caption>\n")
        out.write("<colgroup><col class=\"label\"><col class=\"plot\"></colgroup>\n")
        out.write("<thead><tr><th scope=\"col\">\(Markup.escaped(words.commitmentColumn))</th><th scope=\"col\">")
        out.write("<svg class=\"axis\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(stripWidth) \(axisHeight)\" role=\"img\" aria-label=\"\(Markup.escaped(words.timeAxisName))\">\n")
        TimelineSVG.writeAxis(layout, nowBaseline: 16, tickBaseline: 34, to: &out)
        out.write("</svg></th></tr></thead>\n")
        for group in layout.groups {
            out.write("<tbody class=\"statement\" data-statement=\"\(Markup.escaped(group.statement.id))\">\n")
            out.write("<tr class=\"group\"><th colspan=\"2\" scope=\"colgroup\">\(Markup.escaped(words.groupHeading(group.statement, titled: statements.count > 1)))</th></tr>\n")
            for row in group.rows {
                let commitment = row.commitment
                out.write("<tr class=\"row status-\(commitment.status.rawValue)\" id=\"commitment-\(Markup.escaped(commitment.id))\" data-commitment=\"\(Markup.escaped(commitment.id))\" tabindex=\"0\">\n")
                out.write("<th scope=\"row\"><span class=\"id\" dir=\"ltr\">\(Markup.escaped(commitment.id))</span>")
                out.write("<span class=\"status\">\(Markup.escaped(row.statusWords))</span>")
                out.write("<span class=\"title\" dir=\"auto\">\(Markup.escaped(commitment.title))</span>")
                out.write("<div class=\"quote\" role=\"tooltip\">")
                if let quote = commitment.quote { out.write("<p class=\"quote-text\" dir=\"auto\">\(Markup.escaped(quote))</p>") }
                if !commitment.parties.isEmpty { out.write("<p>\(Markup.escaped(words.parties(commitment.parties)))</p>") }
                out.write("<p>\(Markup.escaped(row.summary))</p></div></th>\n")
                out.write("<td><svg class=\"strip\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(stripWidth) \(rowHeight)\" role=\"img\" aria-label=\"\(Markup.escaped(row.summary))\">\n")
                TimelineSVG.writeStrip(row, layout: layout, to: &out)
                out.write("</svg></td></tr>\n")
            }
            out.write("</tbody>\n")
        }
        out.write("</table>\n</body>\n</html>\n")
        out.flush()
    }
}
