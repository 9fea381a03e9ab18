/// What `deadlined check` says about a valid config, in its language:
/// "deadlined.toml: ok: statement us-iraq-2024-09-27, 4 commitments (2 with a deadline)".
public enum CheckSummary {
    public static func text(config: Config, path: String) -> String {
        let dated = config.commitments.filter { $0.deadline != nil }.count
        let wording = config.wording
        guard wording.language == .ar else {
            return "\(path): ok: statement \(config.statement.id), \(config.commitments.count) commitments (\(dated) with a deadline)"
        }
        let commitments = ArabicGrammar.count(config.commitments.count, .commitment, digits: wording)
        return "\(path): صالح: البيان \(ArabicGrammar.isolate(config.statement.id))، \(commitments) (لها موعد نهائي: \(wording.digits(in: String(dated))))"
    }
}
