/// Who a commitment binds: the states, governments and bodies a sentence names as actors.
/// A country named after "في"/"in"/"from" (or "north of") is where something happens, not who
/// does it.
enum Parties {
    private static let names = PhraseTable<String>([
        ("الولايات المتحدة", "United States"), ("أمريكا", "United States"), ("أميركا", "United States"),
        ("واشنطن", "United States"),
        ("العراق", "Iraq"), ("الحكومة العراقية", "Iraq"), ("بغداد", "Iraq"),
        ("التحالف", "Coalition"),
        ("الهيئة العسكرية العليا", "Higher Military Commission"),
        ("اللجنة العسكرية العليا", "Higher Military Commission"),
        ("سوريا", "Syria"), ("لبنان", "Lebanon"), ("الكويت", "Kuwait"), ("الأردن", "Jordan"),
        ("مصر", "Egypt"), ("إيران", "Iran"), ("تركيا", "Turkey"), ("السعودية", "Saudi Arabia"),
        ("قطر", "Qatar"), ("الإمارات", "United Arab Emirates"), ("إسرائيل", "Israel"),
        ("الأمم المتحدة", "United Nations"), ("الاتحاد الأوروبي", "European Union"),
        ("حكومة إقليم كردستان", "Kurdistan Regional Government"), ("إقليم كردستان", "Kurdistan Region"),
        ("البنك المركزي", "Central Bank"), ("وزارة المالية", "Ministry of Finance"),
        ("united states", "United States"), ("u . s", "United States"), ("america", "United States"),
        ("iraq", "Iraq"), ("coalition", "Coalition"), ("higher military commission", "Higher Military Commission"),
        ("syria", "Syria"), ("lebanon", "Lebanon"), ("kuwait", "Kuwait"), ("jordan", "Jordan"),
        ("egypt", "Egypt"), ("iran", "Iran"), ("turkey", "Turkey"), ("israel", "Israel"),
        ("saudi arabia", "Saudi Arabia"), ("qatar", "Qatar"), ("united kingdom", "United Kingdom"),
        ("britain", "United Kingdom"), ("france", "France"), ("germany", "Germany"),
        ("united nations", "United Nations"), ("european union", "European Union"),
        ("ukraine", "Ukraine"), ("nato", "NATO"), ("ministry of finance", "Ministry of Finance"),
        ("central bank", "Central Bank"), ("parliament", "Parliament"), ("البرلمان", "Parliament"),
        ("مجلس النواب", "Parliament"),
    ], policy: .full)

    private static let locatives: Set<String> = DatePhrases.words([
        "في", "من", "إلى", "شمال", "جنوب", "شرق", "غرب", "وسط",
        "in", "from", "to", "into", "at", "of", "north", "south", "east", "west",
    ])

    /// The parties named in `tokens`, in order of first mention, without repeats.
    static func find(in tokens: [Token]) -> [String] {
        var found: [String] = []
        var i = 0
        while i < tokens.count {
            guard let (name, next) = names.match(tokens, at: i) else {
                i += 1
                continue
            }
            let afterLocative = i > 0 && locatives.contains(tokens[i - 1].text)
            if !afterLocative, !found.contains(name) { found.append(name) }
            i = next
        }
        return found
    }
}
