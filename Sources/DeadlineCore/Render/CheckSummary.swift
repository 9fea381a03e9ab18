/// What `deadlined check` says about a valid config, in its language:
/// "deadlined.toml: ok: statement us-iraq-2024-09-27, 4 commitments (2 with a deadline)".
public enum CheckSummary {
    public static func text(config: Config, path: String) -> String {
        let dated = config.commitments.filter { $0.deadline != nil }.count
        let wording = config.wording
        let single = config.statements.count == 1 ? config.statements[0].id : nil
        guard wording.language == .ar else {
            let statements = single.map { "statement \($0)" } ?? "\(config.statements.count) statements"
            return "\(path): ok: \(statements), \(config.commitments.count) commitments (\(dated) with a deadline)"
        }
        let commitments = ArabicGrammar.count(config.commitments.count, .commitment, digits: wording)
        let statements = single.map { "البيان " + ArabicGrammar.isolate($0) } ?? ArabicGrammar.count(config.statements.count, .statement, digits: wording)
        return "\(path): صالح: \(statements)، \(commitments) (لها موعد نهائي: \(wording.digits(in: String(dated))))"
    }
}
