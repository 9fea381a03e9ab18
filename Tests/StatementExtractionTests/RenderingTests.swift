import Testing
import StatementExtraction

@Suite struct RenderingTests {
    let sample = ExtractionResult(
        issued: day(2024, 9, 27), issuedSource: "argument", language: .english, headline: "A \"quoted\" headline",
        commitments: [
            ExtractedCommitment(
                id: "iraq-mission-end", title: "End the mission \\ now", quote: "He said \"done\"\tthen\u{1}left.",
                bounds: [within(12, .months), month(.noLaterThan, 2025, 9), onDay(.deadline, 2025, 9, 27),
                         within(2, .weeks), month(.from, 2025, 1)],
                parties: ["United States", "Iraq"]),
            ExtractedCommitment(id: "advisers", title: "Protect", quote: "Q", bounds: [], parties: [],
                                fromEvents: ["within six months of the \"vote\""]),
        ])

    @Test func configFragment() {
        let toml = renderConfigFragment(sample, statementID: "us-iraq-2024-09-27", source: "https://example.org/s")
        #expect(toml == #"""
            [statement]
            id = "us-iraq-2024-09-27"
            title = "A \"quoted\" headline"
            issued = 2024-09-27
            source = "https://example.org/s"

            [[commitment]]
            id = "iraq-mission-end"
            title = "End the mission \\ now"
            parties = ["United States", "Iraq"]
            within = "12 months"
            no_later_than = "2025-09"
            deadline = 2025-09-27
            # also within = "2 weeks"
            # from 2025-01
            quote = "He said \"done\"\u0009then\u0001left."

            [[commitment]]
            id = "advisers"
            title = "Protect"
            parties = []
            # counted from an event without a date, so no bound: "within six months of the \"vote\""
            quote = "Q"

            """#)
    }

    @Test func unknownIssueDateIsAComment() {
        let result = StatementExtractor().extract(seedStatement)
        let toml = renderConfigFragment(result, statementID: "us-iraq-2024-09-27", source: nil)
        #expect(toml.contains("# issued: not stated"))
        #expect(!toml.contains("issued = "))
        #expect(!toml.contains("source = "))
        #expect(toml.contains("id = \"iraq-mission-end\"\n"))
        #expect(toml.contains("until = \"2026-09\"\n"))
        #expect(toml.split(separator: "[[commitment]]").count == 5)
    }

    @Test func json() {
        #expect(renderJSON(sample) == #"""
            {
              "issued": "2024-09-27",
              "issued_source": "argument",
              "language": "en",
              "headline": "A \"quoted\" headline",
              "commitments": [
                {
                  "id": "iraq-mission-end",
                  "title": "End the mission \\ now",
                  "parties": ["United States", "Iraq"],
                  "bounds": [{"kind": "within", "value": "12 months", "binding": "2025-09-27"}, {"kind": "no_later_than", "value": "2025-09", "binding": "2025-09-30"}, {"kind": "deadline", "value": "2025-09-27", "binding": "2025-09-27"}, {"kind": "within", "value": "2 weeks", "binding": "2024-10-11"}, {"kind": "from", "value": "2025-01", "binding": "2025-01-01"}],
                  "from_events": [],
                  "quote": "He said \"done\"\tthen\u0001left."
                },
                {
                  "id": "advisers",
                  "title": "Protect",
                  "parties": [],
                  "bounds": [],
                  "from_events": ["within six months of the \"vote\""],
                  "quote": "Q"
                }
              ]
            }

            """#)
    }

    @Test func jsonWithoutCommitments() {
        let empty = StatementExtractor().extract("")
        #expect(renderJSON(empty).hasSuffix("\"commitments\": []\n}\n"))
        #expect(renderJSON(empty).contains("\"issued\": null"))
    }
}
