/// The words a commitment id is built from: where ("iraq"), what ("mission"), and what is done
/// to it ("end"). Arabic words map to their English slug, so ids are ASCII and the same for an
/// Arabic statement and its English translation.
enum SubjectKeywords {
    enum Role { case place, object, action }

    struct Keyword: Equatable {
        let slug: String
        let role: Role
    }

    private static let table: [String: Keyword] = {
        var table: [String: Keyword] = [:]
        func add(_ role: Role, _ slug: String, _ words: [String]) {
            for word in words { table[ArabicNormalizer.normalize(word)] = Keyword(slug: slug, role: role) }
        }
        add(.place, "iraq", ["العراق", "iraq"])
        add(.place, "syria", ["سوريا", "سورية", "syria"])
        add(.place, "lebanon", ["لبنان", "lebanon"])
        add(.place, "kuwait", ["الكويت", "kuwait"])
        add(.place, "jordan", ["الأردن", "jordan"])
        add(.place, "egypt", ["مصر", "egypt"])
        add(.place, "iran", ["إيران", "iran"])
        add(.place, "turkey", ["تركيا", "turkey"])
        add(.place, "yemen", ["اليمن", "yemen"])
        add(.place, "libya", ["ليبيا", "libya"])
        add(.place, "sudan", ["السودان", "sudan"])
        add(.place, "gaza", ["غزة", "gaza"])
        add(.place, "palestine", ["فلسطين", "palestine"])
        add(.place, "israel", ["إسرائيل", "israel"])
        add(.place, "saudi-arabia", ["السعودية", "saudi"])
        add(.place, "qatar", ["قطر", "qatar"])
        add(.place, "uae", ["الإمارات", "uae"])
        add(.place, "bahrain", ["البحرين", "bahrain"])
        add(.place, "tunisia", ["تونس", "tunisia"])
        add(.place, "algeria", ["الجزائر", "algeria"])
        add(.place, "morocco", ["المغرب", "morocco"])
        add(.place, "kurdistan", ["كردستان", "kurdistan"])
        add(.place, "baghdad", ["بغداد", "baghdad"])
        add(.place, "erbil", ["أربيل", "erbil"])
        add(.place, "basra", ["البصرة", "basra"])
        add(.place, "mosul", ["الموصل", "mosul"])
        add(.place, "ukraine", ["أوكرانيا", "ukraine"])
        add(.place, "germany", ["ألمانيا", "germany"])

        add(.object, "mission", ["مهمة", "المهمة", "بعثة", "البعثة", "mission"])
        add(.object, "advisers", ["المستشارين", "مستشاري", "المستشارون", "مستشارين", "advisers", "advisors"])
        add(.object, "procedures", ["الإجراءات", "إجراءات", "procedures"])
        add(.object, "forces", ["القوات", "قوات", "forces"])
        add(.object, "troops", ["الجنود", "جنود", "troops", "soldiers"])
        add(.object, "elections", ["الانتخابات", "انتخابات", "elections", "election"])
        add(.object, "constitution", ["الدستور", "constitution"])
        add(.object, "agreement", ["الاتفاقية", "اتفاقية", "الاتفاق", "agreement"])
        add(.object, "bases", ["القواعد", "قواعد", "bases"])
        add(.object, "aid", ["المساعدات", "مساعدات", "aid", "assistance"])
        add(.object, "loan", ["القرض", "loan"])
        add(.object, "debt", ["الديون", "ديون", "debt"])
        add(.object, "border", ["الحدود", "الحدودية", "border", "borders"])
        add(.object, "crossing", ["المعبر", "معبر", "crossing", "crossings"])
        add(.object, "port", ["الميناء", "ميناء", "port"])
        add(.object, "embassy", ["السفارة", "سفارة", "embassy"])
        add(.object, "prisoners", ["الأسرى", "أسرى", "المعتقلين", "prisoners", "detainees"])
        add(.object, "hostages", ["الرهائن", "رهائن", "hostages"])
        add(.object, "oil", ["النفط", "oil"])
        add(.object, "gas", ["الغاز", "gas"])
        add(.object, "talks", ["المفاوضات", "مفاوضات", "talks", "negotiations"])
        add(.object, "report", ["التقرير", "تقرير", "report"])
        add(.object, "plan", ["الخطة", "خطة", "plan"])
        add(.object, "reforms", ["الإصلاحات", "إصلاحات", "reforms"])
        add(.object, "electricity", ["الكهرباء", "electricity", "power"])
        add(.object, "water", ["المياه", "water"])
        add(.object, "schools", ["المدارس", "مدارس", "schools"])
        add(.object, "salaries", ["الرواتب", "رواتب", "salaries", "wages"])
        add(.object, "taxes", ["الضرائب", "ضرائب", "taxes", "tariffs"])
        add(.object, "airport", ["المطار", "مطار", "airport"])
        add(.object, "road", ["الطريق", "طريق", "road", "highway"])
        add(.object, "bridge", ["الجسر", "جسر", "bridge"])
        add(.object, "refugees", ["اللاجئين", "النازحين", "refugees"])
        add(.object, "committee", ["اللجنة", "لجنة", "committee", "commission"])
        add(.object, "ceasefire", ["وقف إطلاق النار", "الهدنة", "هدنة", "ceasefire", "truce"])
        add(.object, "emissions", ["الانبعاثات", "انبعاثات", "emissions"])
        add(.object, "sanctions", ["العقوبات", "عقوبات", "sanctions"])
        add(.object, "budget", ["الموازنة", "موازنة", "الميزانية", "budget"])
        add(.object, "census", ["التعداد", "تعداد", "census"])

        add(.action, "end", ["إنهاء", "انتهاء", "اختتام", "end", "ending", "conclude", "terminate"])
        add(.action, "continue", ["استمرار", "تستمر", "يستمر", "ستستمر", "سيستمر", "continue", "continues", "remain"])
        add(.action, "protection", ["حماية", "protect", "protection"])
        add(.action, "drafting", ["صياغة", "draft", "drafting"])
        add(.action, "withdrawal", ["انسحاب", "سحب", "withdraw", "withdrawal", "pull"])
        add(.action, "transition", ["الانتقال", "انتقال", "تنتقل", "سينتقلان", "transition"])
        add(.action, "handover", ["تسليم", "handover", "hand"])
        add(.action, "transfer", ["نقل", "transfer"])
        add(.action, "holding", ["إجراء", "تنظيم", "hold", "holding"])
        add(.action, "release", ["إطلاق", "الإفراج", "إفراج", "release", "free"])
        add(.action, "payment", ["دفع", "تسديد", "صرف", "pay", "repay", "payment"])
        add(.action, "reduction", ["خفض", "تخفيض", "تقليص", "reduce", "cut", "lower"])
        add(.action, "lifting", ["رفع", "lift"])
        add(.action, "opening", ["فتح", "افتتاح", "open", "reopen"])
        add(.action, "closure", ["إغلاق", "close"])
        add(.action, "construction", ["بناء", "تشييد", "build", "construct"])
        add(.action, "establishment", ["إنشاء", "تأسيس", "establish", "create", "form"])
        add(.action, "review", ["مراجعة", "review"])
        add(.action, "submission", ["تقديم", "رفع تقرير", "submit", "deliver", "publish"])
        add(.action, "deployment", ["نشر", "deploy"])
        add(.action, "adoption", ["اعتماد", "إقرار", "adopt", "approve", "pass"])
        add(.action, "signing", ["توقيع", "sign"])
        add(.action, "implementation", ["تنفيذ", "تطبيق", "implement"])
        add(.action, "return", ["إعادة", "عودة", "return"])
        add(.action, "increase", ["زيادة", "رفع مستوى", "increase", "raise"])
        return table
    }()

    /// The keyword a token stands for, whatever its prefixes.
    static func keyword(_ token: Token) -> Keyword? {
        guard token.kind == .word else { return nil }
        for stem in token.stems(.full) {
            if let keyword = table[stem] { return keyword }
        }
        return nil
    }
}
