import CopydeskText
import Synchronization

/// The words the quote analysis knows, as data: speech verbs, pronouns, determiners and the small words that
/// decide where a speaker's name starts and ends.
///
/// A newsroom adds speech verbs through the `speechVerbs` setting (`["harrumphed", "opined"]`); each configured
/// word is read as a finite speech verb that may also precede its speaker, and a bare verb (`opine`) gets its
/// regular inflections.
struct SpeechCueLexicon: Sendable {
    /// Speech verbs as `base 3rd-person past participle-in-ing`, one verb per line.
    static let speechVerbForms = """
        say says said saying
        tell tells told telling
        add adds added adding
        ask asks asked asking
        insist insists insisted insisting
        concede concedes conceded conceding
        tweet tweets tweeted tweeting
        testify testifies testified testifying
        write writes wrote writing
        explain explains explained explaining
        note notes noted noting
        argue argues argued arguing
        claim claims claimed claiming
        state states stated stating
        declare declares declared declaring
        continue continues continued continuing
        recall recalls recalled recalling
        warn warns warned warning
        reply replies replied replying
        respond responds responded responding
        acknowledge acknowledges acknowledged acknowledging
        admit admits admitted admitting
        announce announces announced announcing
        observe observes observed observing
        remark remarks remarked remarking
        suggest suggests suggested suggesting
        urge urges urged urging
        quip quips quipped quipping
        joke jokes joked joking
        stress stresses stressed stressing
        emphasize emphasizes emphasized emphasizing
        emphasise emphasises emphasised emphasising
        predict predicts predicted predicting
        promise promises promised promising
        vow vows vowed vowing
        pledge pledges pledged pledging
        boast boasts boasted boasting
        complain complains complained complaining
        lament laments lamented lamenting
        counter counters countered countering
        caution cautions cautioned cautioning
        contend contends contended contending
        maintain maintains maintained maintaining
        assert asserts asserted asserting
        post posts posted posting
        shout shouts shouted shouting
        yell yells yelled yelling
        scream screams screamed screaming
        whisper whispers whispered whispering
        mutter mutters muttered muttering
        exclaim exclaims exclaimed exclaiming
        confirm confirms confirmed confirming
        reiterate reiterates reiterated reiterating
        repeat repeats repeated repeating
        recount recounts recounted recounting
        comment comments commented commenting
        answer answers answered answering
        retort retorts retorted retorting
        protest protests protested protesting
        plead pleads pleaded pleading
        mock mocks mocked mocking
        wonder wonders wondered wondering
        muse muses mused musing
        report reports reported reporting
        conclude concludes concluded concluding
        agree agrees agreed agreeing
        object objects objected objecting
        interject interjects interjected interjecting
        fume fumes fumed fuming
        gush gushes gushed gushing
        scoff scoffs scoffed scoffing
        confide confides confided confiding
        disclose discloses disclosed disclosing
        reveal reveals revealed revealing
        allege alleges alleged alleging
        assure assures assured assuring
        proclaim proclaims proclaimed proclaiming
        read reads read reading
        recollect recollects recollected recollecting
        elaborate elaborates elaborated elaborating
        deny denies denied denying
        charge charges charged charging
        demand demands demanded demanding
        chant chants chanted chanting
        sing sings sang singing
        mention mentions mentioned mentioning
        snap snaps snapped snapping
        laugh laughs laughed laughing
        sigh sighs sighed sighing
        """

    /// Verbs that weave a fragment of speech into paraphrase, as `base 3rd-person past participle-in-ing`.
    static let partialCueForms = """
        call calls called calling
        describe describes described describing
        dub dubs dubbed dubbing
        label labels labeled labeling
        label labels labelled labelling
        term terms termed terming
        brand brands branded branding
        characterize characterizes characterized characterizing
        characterise characterises characterised characterising
        deem deems deemed deeming
        decry decries decried decrying
        denounce denounces denounced denouncing
        praise praises praised praising
        hail hails hailed hailing
        slam slams slammed slamming
        blast blasts blasted blasting
        condemn condemns condemned condemning
        criticize criticizes criticized criticizing
        criticise criticises criticised criticising
        accuse accuses accused accusing
        dismiss dismisses dismissed dismissing
        reject rejects rejected rejecting
        defend defends defended defending
        applaud applauds applauded applauding
        cite cites cited citing
        question questions questioned questioning
        """

    /// Verbs of opinion, which attribute a view the way speech verbs do (`critics believe`).
    static let opinionVerbForms = """
        believe believes believed believing
        think thinks thought thinking
        feel feels felt feeling
        fear fears feared fearing
        suspect suspects suspected suspecting
        speculate speculates speculated speculating
        worry worries worried worrying
        """

    static let pronouns = ["he", "she", "they", "i", "we", "it", "you"]

    /// Subject pronouns fused with an auxiliary (`He’s claiming`), which are their clause's subject.
    static let pronounContractions = [
        "he's", "she's", "it's", "they're", "we're", "i'm", "you're", "he'd", "she'd", "they'd", "we'd", "i'd", "he'll",
        "she'll", "they'll", "we'll", "i'll", "they've", "we've", "i've",
    ]

    /// Speech verbs whose base and third-person forms are also nouns (`a tweet`, `the reports`); those forms are read
    /// as verbs only right after a subject.
    static let nounableVerbs: Set<String> = [
        "state", "report", "comment", "answer", "claim", "charge", "demand", "post", "tweet", "call", "promise",
        "pledge", "note", "remark", "protest", "counter", "object", "repeat", "chant", "laugh", "sigh", "vow", "joke",
        "boast", "lament", "caution", "quip", "recall", "reply", "label", "term", "brand", "mention", "fear", "worry",
        "blast", "slam", "praise", "hail", "yell", "scream", "whisper", "shout", "read", "muse", "mock", "wonder",
        "snap", "stress", "urge",
    ]

    /// Words that name a time, which time phrases between a speaker and the verb are made of.
    static let timeWords = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "week", "weekend",
        "month", "year", "night", "morning", "afternoon", "evening", "day", "today", "yesterday", "tonight",
    ]

    /// Nouns for documents and messages that speak as their authors do (`the letter reads`, `the ad says`).
    static let sourceNouns = [
        "letter", "statement", "report", "memo", "ad", "advert", "advertisement", "spot", "post", "tweet", "complaint",
        "filing", "document", "study", "survey", "poll", "release", "note", "message", "email", "e-mail", "sign",
        "banner", "website", "site", "lawsuit", "suit", "ruling", "order", "indictment", "book", "article", "editorial",
        "transcript", "petition", "brief", "motion", "decision", "opinion", "analysis", "audit", "review", "notice",
        "caption", "headline", "placard", "poster", "slogan", "video", "clip", "footage", "recording",
    ]

    /// Relative pronouns that can stand for the speaker named just before them.
    static let relatives = ["who", "which", "that"]

    static let determiners = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "one", "two",
        "three", "four", "five", "six", "several", "some", "many", "another", "each", "both", "most", "other", "few",
        "various", "numerous", "multiple", "more", "fewer", "less", "every", "no", "any", "such",
    ]

    /// Quantifiers that leave a source unnamed (`some critics`, `many observers`).
    static let vagueQuantifiers = ["some", "many", "several", "most", "various", "numerous", "multiple", "other", "few"]

    /// Words that may stand between a speaker and the speech verb: auxiliaries and adverbs of time and manner.
    /// Words ending in -ly are bridges too.
    static let bridges = [
        "also", "later", "then", "again", "previously", "once", "recently", "earlier", "has", "had", "have", "would",
        "will", "did", "does", "do", "could", "might", "may", "should", "must", "not", "only", "even", "still", "already",
        "first", "himself", "herself", "themselves", "itself", "subsequently", "often", "never", "just", "further",
        "finally", "simply", "last", "too", "ever", "always", "sometimes", "separately", "elsewhere", "afterward",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "couldn't", "can't",
        "shouldn't", "meanwhile", "however", "instead", "moreover", "furthermore", "additionally", "indeed",
        "nevertheless", "nonetheless", "similarly", "likewise", "specifically", "notably",
        "afterwards", "yesterday", "today", "tonight", "now", "soon", "since", "long",
    ]

    /// Prepositions that may sit inside a speaker's description (`a spokeswoman for the ministry`).
    static let joiners = ["of", "for", "at", "from"]

    /// Function words a speaker's noun phrase never crosses.
    static let boundaries = [
        "that", "and", "but", "or", "nor", "who", "whom", "whose", "which", "when", "while", "because", "if", "as",
        "after", "before", "than", "so", "where", "whether", "although", "though", "since", "until", "unless", "to",
        "in", "on", "by", "with", "about", "into", "over", "under", "during", "without", "what", "how", "why", "is",
        "are", "was", "were", "be", "been", "being", "not", "there", "here", "also", "then", "once", "yet", "said",
        "says", "told", "against", "amid", "among", "despite", "like", "per", "via", "through", "toward", "towards",
        "upon", "within", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do",
        "does", "did", "him", "them", "me", "us",
    ]

    /// Words right before quoted words that name or mention something rather than quote speech.
    static let nonSpeechLeads = [
        "so-called", "titled", "entitled", "nicknamed", "headlined", "hashtag", "word", "words", "term", "terms",
        "phrase", "slogan", "slogans", "motto", "headline", "title", "label", "nickname", "show", "program",
        "programme", "book", "film", "movie", "song", "album", "series", "column", "article", "op-ed", "essay",
        "documentary", "play", "poem", "podcast", "segment", "newsletter", "banner", "sign", "signs", "placards",
        "commentary", "anthem", "hymn",
        "caption", "brand", "moniker", "dubbed", "branded", "christened", "named", "renamed", "marked", "stamped",
        "labelled", "labeled", "spelling", "spelled", "letters", "acronym",
    ]

    /// Words after which quoted capitalised words are a name (`a group called “Moms for Liberty”`).
    static let namingVerbs = ["called", "named", "known", "dubbed", "nicknamed", "titled", "entitled", "styled", "such"]

    /// Heads of unnamed or faceless sources.
    static let vagueHeads = [
        "source", "sources", "critics", "observers", "insiders", "commentators", "pundits", "experts", "analysts",
        "officials", "official", "people", "some", "many", "others", "skeptics", "sceptics", "detractors", "opponents",
        "supporters",
    ]

    /// Participles that make `it is …` a faceless attribution.
    static let vaguePassives = [
        "believed", "understood", "thought", "said", "reported", "claimed", "alleged", "rumoured", "rumored",
        "suggested", "feared", "argued",
    ]

    /// Forms of `be` that make a following participle passive.
    static let passiveAuxiliaries = ["is", "are", "was", "were", "be", "been", "being", "when", "if", "get", "got"]

    /// The built-in table, read once.
    static let builtIn = SpeechCueLexicon(extraSpeechVerbs: [])

    /// Every word's classes.
    let words: WordTable<QuoteWordClass>
    /// Titles and honorifics whose period belongs to a name (`Mr.`, `Sen.`), from `Abbreviations.titles`.
    let titles = WordTable(Abbreviations.titles.map { ($0, true) }) { first, _ in first }

    /// The built-in words plus `extraSpeechVerbs` from configuration.
    init(extraSpeechVerbs: [String]) {
        var entries: [(String, QuoteWordClass)] = []
        func addVerbs(_ table: String, finite: QuoteWordClass, participle: QuoteWordClass) {
            for line in table.split(separator: "\n") {
                let forms = line.split(separator: " ").map(String.init)
                guard forms.count == 4 else { continue }
                let nounable: QuoteWordClass = Self.nounableVerbs.contains(forms[0]) ? .nounLike : []
                entries.append((forms[0], finite.union(nounable)))
                entries.append((forms[1], finite.union(nounable).union(finite.contains(.speechVerb) ? .invertible : [])))
                entries.append((forms[2], finite.union(finite.contains(.speechVerb) ? .invertible : [])))
                entries.append((forms[3], participle))
            }
        }
        addVerbs(Self.speechVerbForms, finite: .speechVerb, participle: .participle)
        addVerbs(Self.partialCueForms, finite: .partialCue, participle: [.partialCue, .participle])
        addVerbs(Self.opinionVerbForms, finite: .opinionVerb, participle: [])
        for verb in extraSpeechVerbs {
            for form in Self.inflections(of: verb.lowercased()) {
                entries.append((form, [.speechVerb, .invertible]))
            }
        }
        entries += Self.pronouns.map { ($0, .pronoun) }
        entries += Self.pronounContractions.map { ($0, [.pronoun, .bridge]) }
        entries += Self.relatives.map { ($0, .relative) }
        entries += Self.timeWords.map { ($0, .timeWord) }
        entries += Self.sourceNouns.map { ($0, .sourceNoun) }
        entries += Self.determiners.map { ($0, .determiner) }
        entries += Self.vagueQuantifiers.map { ($0, .vagueQuantifier) }
        entries += Self.bridges.map { ($0, .bridge) }
        entries += Self.joiners.map { ($0, .joiner) }
        entries += Self.boundaries.map { ($0, .boundary) }
        entries += Self.nonSpeechLeads.map { ($0, .nonSpeechLead) }
        entries += Self.namingVerbs.map { ($0, .namingVerb) }
        entries += Self.vagueHeads.map { ($0, .vagueHead) }
        entries += Self.vaguePassives.map { ($0, .vaguePassive) }
        entries += Self.passiveAuxiliaries.map { ($0, .passiveAuxiliary) }
        words = WordTable(entries) { $0.union($1) }
    }

    /// Lexicons with configured speech verbs, built once per list of verbs rather than once per paragraph.
    private static let configured = Mutex<[[String]: SpeechCueLexicon]>([:])

    /// The lexicon for `settings`: the built-in one unless configuration adds speech verbs.
    static func forSettings(_ settings: AnalysisSettings) -> SpeechCueLexicon {
        let verbs = settings.speechVerbs
        guard !verbs.isEmpty else { return builtIn }
        if let lexicon = configured.withLock({ $0[verbs] }) { return lexicon }
        let lexicon = SpeechCueLexicon(extraSpeechVerbs: verbs)
        configured.withLock { cache in
            if cache.count >= 16 { cache.removeAll() }
            cache[verbs] = lexicon
        }
        return lexicon
    }

    /// A configured verb and, when it looks like a bare verb, its regular forms (`opine` → `opines`, `opined`).
    static func inflections(of word: String) -> [String] {
        guard word.count >= 3, !word.contains(" ") else { return word.isEmpty ? [] : [word] }
        if word.hasSuffix("ed") || word.hasSuffix("s") { return [word] }
        if word.hasSuffix("e") { return [word, word + "s", word + "d"] }
        if word.hasSuffix("y"), let last = word.dropLast().last, !"aeiou".contains(last) {
            return [word, word.dropLast() + "ies", word.dropLast() + "ied"]
        }
        return [word, word + "s", word + "ed"]
    }
}
