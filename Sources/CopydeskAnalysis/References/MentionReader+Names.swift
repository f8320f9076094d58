import CopydeskText

/// How the reader finds a name chunk, splits off its title and reads the words around it.
extension MentionReader {
    /// One word of a name chunk: its token index, its text without possessive, and its range.
    struct ChunkWord {
        var index: Int
        var text: String
        var range: Range<Int>
        /// What `text` is by the reference word lists.
        var classes: ReferenceWordClass
    }

    /// Reads the name that starts at token `start` and returns the index of the first token after it.
    mutating func readName(at start: Int) -> Int {
        var words: [ChunkWord] = []
        var index = start
        var possessive = false
        chunk: while index < tokens.count {
            let (word, range, isPossessive) = strippingPossessive(index)
            let classes = isPossessive ? ReferenceWordClass.of(facts.bytes, range) : wordClass(index)
            words.append(ChunkWord(index: index, text: word, range: range, classes: classes))
            index += 1
            // An abbreviated title or an initial keeps its period (`Rep.`, `J.`); so does a company's abbreviated ending,
            // which ends the name, unless the period may also end the sentence (`NationsBank Corp. could`, `Norwest
            // Corp., the`).
            if index < tokens.count, texts[index] == ".", tokens[index].range.lowerBound == range.upperBound {
                let endsCompany = ReferenceLexicon.companyEndings.contains(word) && index + 1 < tokens.count
                    && (isLowercase(index + 1) || [",", ";", ":", ")", "."].contains(texts[index + 1]))
                if word.count == 1 || Abbreviations.titles.contains(word) || endsCompany {
                    words[words.count - 1].range = range.lowerBound..<tokens[index].range.upperBound
                    index += 1
                    if endsCompany { break }
                }
            }
            if isPossessive {
                possessive = true
                break
            }
            guard index < tokens.count, isAdjacent(index - 1, index) else { break }
            if isNameStart(index), !wordClass(index).contains(.notName) || isSurnameAfterGivenName(index) { continue }
            // A nickname in quotes inside a name: `Robert C. "Bobby" Scott`.
            if tokens[index].kind == .quoteMark, index + 3 < tokens.count, isNameStart(index + 1), tokens[index + 2].kind == .quoteMark,
                isAdjacent(index + 2, index + 3), isNameStart(index + 3)
            {
                index += 3
                continue
            }
            // Joining words: particles, `of` in organization names, `&`.
            let joiner = texts[index]
            let next = index + 1
            guard next < tokens.count, isAdjacent(index, next) else { break }
            if wordClass(index).contains(.particle), !words.isEmpty {
                // `von der Leyen`, `de la Cruz`: particles may run in pairs before the name they join.
                var after = next
                if wordClass(after).contains(.particle), after + 1 < tokens.count, isAdjacent(after, after + 1) { after += 1 }
                if isNameStart(after) {
                    for particle in index..<after { words.append(ChunkWord(index: particle, text: texts[particle], range: tokens[particle].range, classes: wordClass(particle))) }
                    index = after
                    continue
                }
            }
            // `Organisation for Security and Cooperation in Europe`: `and` inside a name built on `of` or `for`.
            if joiner == "&" && isNameStart(next)
                || joiner == "and" && isNameStart(next) && words.contains(where: { $0.text == "of" || $0.text == "for" })
            {
                words.append(ChunkWord(index: index, text: joiner, range: tokens[index].range, classes: wordClass(index)))
                index = next
                continue
            }
            if joiner == "of" || joiner == "for", words.contains(where: { ReferenceLexicon.organizationHeadsTakingOf.contains($0.text) }) {
                var after = next
                if texts[after] == "the", after + 1 < tokens.count, isAdjacent(after, after + 1) { after += 1 }
                guard isNameStart(after), !wordClass(after).contains(.notName) else { break chunk }
                words.append(ChunkWord(index: index, text: joiner, range: tokens[index].range, classes: wordClass(index)))
                if after != next { words.append(ChunkWord(index: next, text: "the", range: tokens[next].range, classes: wordClass(next))) }
                index = after
                continue
            }
            // `Alliance to Reclaim Our Schools (AROS)`: small words inside a name its bracketed acronym spells out.
            if let (more, after) = acronymSpelledRun(from: index, after: words) {
                words += more
                index = after
                break
            }
            break
        }
        let end = index
        // A sentence opener is an ordinary word capitalised ("The", "After"), never the start of a name.
        while let first = words.first, opensSentence[first.index] || quoted[first.index] && first.index > 0 && texts[first.index - 1] == "“",
            first.classes.contains(.opener) || first.classes.contains(.notName) && !opensNameAsGivenName(words)
        {
            words.removeFirst()
        }
        // `Minneapolis-based First Bank System`, `Communist-led CGT`: what comes up to such a modifier is none of the name.
        if let modifier = words.lastIndex(where: { word in
            word.text.utf8.contains(UInt8(ascii: "-")) && ReferenceLexicon.modifierSuffixes.contains { word.text.hasSuffix($0) }
        }), modifier < words.count - 1 {
            words.removeFirst(modifier + 1)
        }
        // A nationality or a capitalised opener before a person's name is no part of it (`Australian Tom Moody`,
        // `Former England captain`), unless the name ends as an organization's or place's does (`American Airlines`).
        // So is one before a known place (`Arab East Jerusalem`).
        if words.count >= 2, let last = words.last, last.classes.isDisjoint(with: [.organizationWord, .placeWord]) {
            while words.count >= 2, !words[0].classes.isDisjoint(with: [.opener, .chunkOpener])
                || isPeople(words[0].text) && (knowledge.givenName(words[1].text).isGivenName || knowledge.kind(of: last.text) == .place)
                // `Controversial Australian Anthony Hill`: an adjective capitalised to open the sentence goes with
                // the nationality after it.
                || words.count >= 3 && opensSentence[words[0].index] && isPeople(words[1].text) && knowledge.givenName(words[2].text).isGivenName
                // `Economist Joel Naroff`, `Democrat Walter Mondale`: a role or party capitalised to open the sentence
                // (a title such as `Mayor` stays, as the name's title).
                || opensSentence[words[0].index] && !words[0].classes.contains(.title)
                    && (ReferenceLexicon.groupNames.contains(words[0].text) || ReferenceLexicon.roleNouns.contains(words[0].text.lowercased()))
                    && knowledge.givenName(words[1].text).isGivenName
            {
                words.removeFirst()
            }
        }
        // Nationalities and peoples are no names (`South Korean officials`, `Latin American`, `Iraqi Kurds`), unless
        // knowledge knows the words as a place (`New Zealand`).
        if words.count >= 2 {
            let phrase = words.map(\.text).joined(separator: " ")
            if words.allSatisfy({ isPeople($0.text) || ReferenceLexicon.peopleQualifiers.contains($0.text) }) || isPeople(phrase),
                knowledge.kind(of: phrase) == nil
            {
                return max(end, start + 1)
            }
        }
        while let first = words.first, !first.classes.isDisjoint(with: [.notName, .particle]) && !opensNameAsGivenName(words) || first.text == "&"
        {
            words.removeFirst()
        }
        while let last = words.last, !last.classes.isDisjoint(with: [.notName, .particle]) && !isSurnameAfterGivenName(last.index)
            || ["of", "for", "the", "&"].contains(last.text)
        {
            words.removeLast()
        }
        guard !words.isEmpty else { return max(end, start + 1) }
        // `Shanghai Cooperation Organization (SCO)`: the bracketed acronym must start with the name's initial, so a
        // country code after an athlete (`Michael Johnson (U.S.)`) is no acronym of theirs.
        let acronymEnd = readAcronymPair(after: end).flatMap { pair in
            texts[pair.index].first == words.first?.text.first && knowledge.kind(of: texts[pair.index]) != .place ? pair : nil
        }
        emitName(words, possessive: possessive, end: end, pairedAcronym: acronymEnd?.range)
        if let pair = acronymEnd, let last = candidates.last {
            var acronym = MentionCandidate(range: pair.range, shape: .acronym, words: [texts[pair.index]], position: position(pair.index))
            acronym.pairedForm = last.range
            acronym.kindHint = last.kindHint
            candidates.append(acronym)
            return pair.index + 2
        }
        return end
    }

    /// Whether a month's name at token `index` is the surname of the given name before it (`Theresa May`, `Brian
    /// May`), not a date (`in May 2016`, `Paris June 5`).
    private func isSurnameAfterGivenName(_ index: Int) -> Bool {
        guard ReferenceLexicon.monthSurnames.contains(texts[index]), index > 0, knowledge.givenName(texts[index - 1]).isGivenName else { return false }
        return index + 1 >= tokens.count || tokens[index + 1].kind != .number
    }

    /// Whether the chunk opens on a short date word that is a given name or a company's first word here (`Jan Kavan`,
    /// `Sun Microsystems`): written without its period, right before another name word.
    private func opensNameAsGivenName(_ words: [ChunkWord]) -> Bool {
        words.count >= 2 && ReferenceLexicon.abbreviatedDateWords.contains(words[0].text) && words[1].classes.isDisjoint(with: .notName)
            && !(words[0].index + 1 < tokens.count && texts[words[0].index + 1] == ".")
    }

    /// Whether a control character or symbol (not a space or punctuation) starts right at byte `offset`.
    private func isGluedToSymbol(_ offset: Int) -> Bool {
        let bytes = facts.bytes
        guard offset < bytes.count, bytes[offset] >= 0x80 else { return false }
        var length = 1
        while offset + length < bytes.count, length < 4, bytes[offset + length] & 0xC0 == 0x80 { length += 1 }
        guard let scalar = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self).unicodeScalars.first else { return false }
        switch scalar.properties.generalCategory {
        case .control, .otherSymbol, .modifierSymbol, .mathSymbol, .currencySymbol, .format, .unassigned, .privateUse: return true
        default: return false
        }
    }

    /// Whether `word` names a nationality (`Russian`) or a people (`Kurds`) rather than a place or anyone in particular.
    private func isPeople(_ word: String) -> Bool {
        ReferenceLexicon.peoples.contains(word) || knowledge.isNationality(word) && knowledge.kind(of: word) == nil
    }

    /// An acronym in brackets right after a spelled-out name: `(SCO)`, with its token index and range.
    func readAcronymPair(after index: Int) -> (index: Int, range: Range<Int>)? {
        guard index + 2 < tokens.count, texts[index] == "(", texts[index + 2] == ")", tokens[index + 1].kind == .word,
            isAllCaps(index + 1)
        else { return nil }
        return (index + 1, tokens[index + 1].range)
    }

    /// The small words and capitalised words from token `start` up to a bracketed acronym whose letters are the
    /// initials of `words` and these (`to Reclaim Our Schools` before `(AROS)`), with the index after them.
    private func acronymSpelledRun(from start: Int, after words: [ChunkWord]) -> ([ChunkWord], Int)? {
        var run: [ChunkWord] = []
        var index = start
        while index < tokens.count, run.count < 8, texts[index] != "(" {
            guard tokens[index].kind == .word, index + 1 < tokens.count, isAdjacent(index, index + 1) || texts[index + 1] == "(" else {
                return nil
            }
            let isSmall = Self.acronymSmallWords.contains(texts[index])
            guard isSmall || isNameStart(index) else { return nil }
            run.append(ChunkWord(index: index, text: texts[index], range: tokens[index].range, classes: wordClass(index)))
            index += 1
        }
        guard let last = run.last, !Self.acronymSmallWords.contains(last.text), let pair = readAcronymPair(after: index) else { return nil }
        // A sentence's opening `The` is read with the chunk but is no part of the name.
        let own = words.drop { $0.classes.contains(.opener) }
        let initials = (own + run).filter { !Self.acronymSmallWords.contains($0.text) }.compactMap(\.text.first)
        let letters = texts[pair.index].filter { $0 != "." }
        return String(initials) == letters ? (run, index) : nil
    }

    /// Small words an organization's name may hold between its capitalised words.
    static let acronymSmallWords: Set<String> = ["to", "for", "of", "and", "on", "against", "in", "the", "de", "du", "des"]

    /// Whether quotation marks stand right around tokens `first` through `last`.
    private func isQuotedWhole(from first: Int, through last: Int) -> Bool {
        guard first > 0, last + 1 < tokens.count else { return false }
        return tokens[first - 1].kind == .quoteMark && tokens[last + 1].kind == .quoteMark
            && tokens[first - 1].range.upperBound == tokens[first].range.lowerBound
            && tokens[last].range.upperBound == tokens[last + 1].range.lowerBound
    }

    /// Splits a chunk into title and name, reads the words around it and records the candidate.
    private mutating func emitName(_ chunk: [ChunkWord], possessive: Bool, end: Int, pairedAcronym: Range<Int>?) {
        var words = chunk
        var title: [ChunkWord] = []
        if let split = titleSplit(words) {
            title = Array(words[..<split])
            words = Array(words[split...])
        }
        guard let first = words.first, let last = words.last else { return }
        // `FranÃÂ§ois`: a name glued to a control character or symbol is a fragment of garbled text, not a name.
        if isGluedToSymbol(last.range.upperBound) { return }
        // Titles with no name after them (`Sen.` before a line break, `Vice President (then-Senator)`) name no one.
        if title.isEmpty, words.allSatisfy(isTitleWord), words.count > 1 || facts.text(first.range).hasSuffix(".") { return }
        let names = words.map(\.text)
        let isCaps = words.allSatisfy { isAllCaps($0) || $0.text.count == 1 }
        // A city in a capitals dateline (`BONN`, `PARIS`) is a name, not an acronym.
        let looksLikeAcronym = names.count == 1 && Self.looksLikeAcronym(names[0])
        let isPlaceInCapitals = looksLikeAcronym && !ReferenceLexicon.knownAcronyms.contains(names[0])
            && knowledge.kind(of: names[0]) == .place && knowledge.expansion(of: names[0]) == nil
        let shape: MentionCandidate.Shape = looksLikeAcronym && !isPlaceInCapitals ? .acronym : .name
        var candidate = MentionCandidate(range: first.range.lowerBound..<last.range.upperBound, shape: shape, words: names, position: position(chunk[0].index))
        candidate.position.opensSentence = opensSentence[first.index]
        candidate.isAllCaps = isCaps && shape == .name
        candidate.pairedForm = pairedAcronym
        candidate.kindHint = Self.kindHint(names)
        // A name that fills a quotation on its own is a slogan, nickname or title of a work (“America First”).
        if title.isEmpty, names.count >= 2, !possessive, isQuotedWhole(from: chunk[0].index, through: last.index) {
            candidate.kindHint = .other
        }
        if !title.isEmpty {
            let titleWords = title.map { $0.text.hasSuffix(".") ? String($0.text.dropLast()) : $0.text }
            candidate.title = title.map { facts.text($0.range) }.joined(separator: " ")
            if let titleStart = title.first, let titleEnd = title.last { candidate.titleRange = titleStart.range.lowerBound..<titleEnd.range.upperBound }
            let head = titleWords.last ?? ""
            if let gender = ReferenceLexicon.honorifics[head] {
                candidate.isHonorific = true
                candidate.gender = gender
            } else {
                candidate.gender = ReferenceLexicon.titles[head] ?? nil
                // `President Clinton` names the one president the story is about; `Italian Prime Minister Renzi`
                // names one of many, and introduces him only if knowledge knows him.
                let qualified = title.first.map { !isTitleWord($0) } ?? false
                candidate.titleIdentifies = titleWords.contains { ReferenceLexicon.identifyingTitles.contains($0) }
                    && !titleWords.contains("Former") && !titleWords.contains("former")
                    && (!qualified || knowledge.kind(of: candidate.name) == .person)
            }
            candidate.kindHint = .person
        } else if let role = roleBefore(chunk[0].index) {
            candidate.title = role.text
            candidate.gender = role.gender
            if candidate.kindHint == nil || names.count == 1 { candidate.kindHint = .person }
        }
        candidate.isRelation = isAfterKinship(chunk[0].index)
        candidate.isInSportsResult = isInSportsResult(start: chunk[0].index, end: end)
        settleTeam(&candidate)
        let before = chunk[0].index - 1
        // `in Chelsea`, and `In Chelsea,` opening a sentence.
        let preposition = before >= 0 ? texts[before].lowercased() : ""
        if ["in", "from", "near", "across", "outside", "into", "to", "at", "of"].contains(preposition) {
            candidate.followsPlacePreposition = preposition != "at" && preposition != "of" && preposition != "to"
        }
        // `said Fowler.` / `said Fowler, who …`: a speech verb before the name credits it when the clause ends there.
        // `wrote Easley for Morning Consult`, `said Purcell of Reagan Communications`: an affiliation may follow.
        if before >= 0, ReferenceLexicon.invertedAttributionVerbs.contains(texts[before]),
            end >= tokens.count || [",", ".", ";", ":", "”", "\"", "of", "for", "at"].contains(texts[end])
        {
            candidate.isSpeaker = true
            // `said Del. Stacey Plaskett`: a title cut off by its period is no speaker's name.
            candidate.wordsShowAPerson = !(names.count == 1 && isTitleWord(names[0]))
        }
        if end + 1 < tokens.count, texts[end] == "(" || texts[end] == ",", isPartyTag(end + 1) { candidate.wordsShowAPerson = true }
        // `40-year-old Crutcher`: only a person's age stands before a name.
        if before >= 0, texts[before].hasSuffix("-year-old") { candidate.wordsShowAPerson = true }
        // `Clinton's wife`, `Trump's campaign manager`: only a person has a family or a campaign.
        if possessive, end < tokens.count, ReferenceLexicon.kinship.contains(texts[end]) || texts[end] == "campaign" {
            candidate.wordsShowAPerson = true
        }
        // `“…” ― Pamela Padilla`: a credit line after a quotation, as vox pops and epigraphs give their speakers.
        if before >= 1, ["―", "—", "–", "--"].contains(texts[before]), tokens[before - 1].kind == .quoteMark, !possessive {
            candidate.isSpeaker = true
            candidate.wordsShowAPerson = true
        }
        if end < tokens.count {
            let after = texts[end]
            if !possessive, wordClass(end).contains(.speechVerb) { candidate.isSpeaker = true }
            // `“…,” Fowler said.`: a direct quotation credited to the name, as people are quoted; not a country's or a
            // company's name knowledge knows, nor a given name alone (`Melanie said`, a first-name reference).
            if !possessive, candidate.isSpeaker, before >= 0, ["”", "\"", "»"].contains(texts[before]), title.isEmpty || !candidate.isHonorific,
                ReferenceLexicon.quotingVerbs.contains(after),
                knowledge.kind(of: candidate.name) == nil, names.count > 1 || !knowledge.givenName(names[0]).isGivenName
            {
                candidate.wordsShowAPerson = true
            }
            if !possessive, tokens[end].kind == .word, wordClass(end).contains(.attributiveNoun) { candidate.isAttributive = true }
            // `Senator Mitch McConnell of Kentucky, the majority leader`: the appositive belongs to the head before "of";
            // `At a news conference in Chelsea, the mayor said`: the comma closes an opening phrase, and what follows
            // is the sentence's subject.
            if after == ",", before < 0 || texts[before] != "of", !endsOpeningPhrase(chunk[0].index) {
                candidate.appositive = appositive(after: end)
            }
            // `Giuliani is the former mayor of New York City.`: a role said of the name, as op-ed taglines give it.
            if !possessive, after == "is" || after == "was", end + 1 < tokens.count, texts[end + 1] != "," {
                candidate.appositive = appositive(after: end)
            }
        }
        for word in words where !opensSentence[word.index] {
            midSentenceNames.append(WordHash.of(word.text))
            foldedNames.append(WordHash.ofFolded(word.text))
        }
        candidates.append(candidate)
    }

    /// Where a chunk's title ends and its name begins (`Prime Minister | Narendra Modi`), if it has a title; the
    /// chunk's length when it is all title.
    private func titleSplit(_ words: [ChunkWord]) -> Int? {
        guard words.count >= 2 else { return nil }
        // An organization ending (`Justice Department`, `General Motors`) means the chunk is no title and name.
        if let last = words.last, !last.classes.isDisjoint(with: [.organizationWord, .placeWord]) {
            return nil
        }
        // A chunk of titles alone (`Vice President` before a bracket) names no one and has no split.
        if words.allSatisfy(isTitleWord) { return nil }
        var split: Int?
        var index = 0
        while index < words.count - 1 {
            // `Grand Duke`, `Crown Prince`, `Prime Minister`: these open a title only with another title word after
            // them (`Grand Prix`, `Grand Slam` are no titles).
            let opensTitleOnly = ReferenceLexicon.titleOpeners.contains(words[index].text)
            if isTitleWord(words[index]), !opensTitleOnly || isTitleWord(words[index + 1]) {
                let word = words[index].text.hasSuffix(".") ? String(words[index].text.dropLast()) : words[index].text
                var next = index + 1
                // `Secretary of State John Kerry`: the office runs on through `of` and its object.
                if words[next].text == "of", next + 2 < words.count { next += 2 }
                // `former Miss Universe Machado`: no one is a former Miss; a word like that opens a title, which runs
                // on through the next word (and names no one when nothing follows: `a former Miss Universe`).
                if index == 0, ReferenceLexicon.honorifics[word] != nil, isAfterTitleModifier(words[0].index), !isTitleWord(words[next]) {
                    if next + 1 == words.count { return words.count }
                    next += 1
                }
                if next < words.count, !words[next...].allSatisfy(isTitleWord) { split = next }
                index = next
                continue
            }
            index += 1
        }
        return split
    }

    /// Whether a modifier that only a title takes (`former`, `reigning`) stands right before token `index`.
    func isAfterTitleModifier(_ index: Int) -> Bool {
        index > 0 && isAdjacent(index - 1, index) && ReferenceLexicon.titleOnlyModifiers.contains(texts[index - 1])
    }

    /// Whether a chunk word is a title or honorific (with or without its period).
    func isTitleWord(_ word: ChunkWord) -> Bool {
        word.text.utf8.last == UInt8(ascii: ".") ? isTitleWord(word.text) : word.classes.contains(.title)
    }

    /// Whether a word is a title or honorific (with or without its period).
    func isTitleWord(_ text: String) -> Bool {
        let word = text.hasSuffix(".") ? String(text.dropLast()) : text
        return ReferenceLexicon.titles[word] != nil || ReferenceLexicon.honorifics[word] != nil
    }

    /// The role noun phrase right before a name (`Democratic pollster`, `Stein spokeswoman`), if there is one.
    func roleBefore(_ index: Int) -> (text: String, gender: ReferenceLexicon.Gender?)? {
        var roleIndex = index - 1
        // `Another RT America host, Martin, …`: the role may stand before a comma.
        if roleIndex >= 1, texts[roleIndex] == ",", index + 1 < tokens.count, [",", ".", "and"].contains(texts[index + 1]) { roleIndex -= 1 }
        guard roleIndex >= 0, tokens[roleIndex].kind == .word, isAdjacent(roleIndex, index) || texts[roleIndex + 1] == "," else { return nil }
        var role = texts[roleIndex].lowercased()
        // Plural roles before a list of names: `two Vermont developers, Quiros and William Stenger`.
        if !ReferenceLexicon.roleNouns.contains(role), ReferenceLexicon.isPluralRoleNoun(role) {
            role = String(role.dropLast())
        }
        guard isLowercase(roleIndex), ReferenceLexicon.roleNouns.contains(role) else { return nil }
        var first = roleIndex
        while first > 0, first > roleIndex - 4, tokens[first - 1].kind == .word, isAdjacent(first - 1, first) {
            let word = texts[first - 1]
            if ["the", "a", "an", "of", "for", "to", "in", "on", "at", "by", "with", "and", "or", "said", "says", "told", "as"].contains(word) { break }
            if ReferenceLexicon.speechVerbs.contains(word) || opensSentence[first - 1] && ReferenceLexicon.openers.contains(word) { break }
            first -= 1
        }
        let text = facts.text(tokens[first].range.lowerBound..<tokens[roleIndex].range.upperBound)
        return (text, ReferenceLexicon.gendered[role])
    }

    /// Whether the words around a name read as a sports result: a result verb after it or before it, or a score
    /// right after it at the start of a line.
    func isInSportsResult(start: Int, end: Int) -> Bool {
        if end < tokens.count, wordClass(end).contains(.resultVerb) { return true }
        if start > 0, wordClass(start - 1).contains(.resultVerb) || ["v", "vs", "vs."].contains(texts[start - 1]) { return true }
        if end < tokens.count, ["v", "vs"].contains(texts[end]) { return true }
        // `Grimsby 0 Portsmouth 1`: a name between scores.
        return (opensSentence[start] || start > 0 && isScore(start - 1)) && isScore(end)
    }

    /// A city or region named in a result or a table stands for its team (`Minnesota 6 MILWAUKEE 1`): an
    /// organization, kept apart from the place. A country stays a place, as wire style treats national sides.
    func settleTeam(_ candidate: inout MentionCandidate) {
        guard candidate.isInSportsResult, knowledge.kind(of: candidate.name) == .place,
            !knowledge.isCountry(candidate.name)
        else { return }
        candidate.isTeam = true
        candidate.kindHint = .organization
    }

    /// Whether token `index` is a score or tally (`296`, `74`), not a year or a date.
    func isScore(_ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .number else { return false }
        let text = texts[index]
        // Digits only: `18th` is an ordinal, `3-1` and `5/8` are no single tally.
        guard text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        if text.count == 4, text.hasPrefix("19") || text.hasPrefix("20") { return false }
        return true
    }

    /// Whether a kinship noun stands right before the name (`his wife, Laura`, `wife Ivana`): a relation to someone
    /// introduced is how copy introduces family members by given name.
    func isAfterKinship(_ index: Int) -> Bool {
        var before = index - 1
        if before >= 0, texts[before] == "," { before -= 1 }
        guard before >= 0 else { return false }
        return ReferenceLexicon.kinship.contains(texts[before].lowercased())
    }

    /// Whether the name at token `index` ends a phrase that opens its sentence with a preposition, with no comma
    /// before it (`At a news conference in Chelsea`, `In Chelsea`).
    func endsOpeningPhrase(_ index: Int) -> Bool {
        var start = index
        while start > 0, sentenceOf[start - 1] == sentenceOf[index] {
            start -= 1
            if texts[start] == "," { return false }
        }
        return start < index && Self.openingPrepositions.contains(texts[start])
    }

    /// Prepositions that open a sentence with a phrase of place or circumstance.
    static let openingPrepositions: Set<String> = [
        "At", "In", "On", "From", "Near", "Outside", "Inside", "Across", "During", "After", "Before", "Throughout", "Since",
        "Following", "Within", "Along", "Beyond",
    ]

    /// The role an appositive gives (`a spokeswoman for the ministry`), if one follows the comma, or the `is` of a role
    /// said of the name, at token `separator`.
    func appositive(after separator: Int) -> String? {
        let open = separator + 1
        guard open < tokens.count else { return nil }
        let first = texts[open]
        let isAge = tokens[open].kind == .number && open + 1 < tokens.count && [",", "."].contains(texts[open + 1])
        guard isAge || ReferenceLexicon.appositiveOpeners.contains(first) || opensRolePhrase(at: open) else { return nil }
        var index = open
        while index < tokens.count, index < open + 16 {
            let text = texts[index]
            if tokens[index].kind == .punctuation && [",", ".", ";", ":", "(", ")", "—", "–", "--"].contains(text) || tokens[index].kind == .quoteMark { break }
            index += 1
        }
        guard index > open else { return nil }
        // `Wang Donghai, the New York-based pressure group Human Rights in China said`: a role noun right before a
        // name describes that name, which opens the next clause; it is no appositive of this one. (`who saw Clinton's
        // running mate Tim Kaine` is a clause of its own and keeps its names.)
        if ["a", "an", "the"].contains(first) {
            for word in open..<(index - 1) where isLowercase(word) && isNameStart(word + 1) && isAdjacent(word, word + 1) {
                let lowered = texts[word]
                if ReferenceLexicon.roleNouns.contains(lowered) || ReferenceLexicon.organizationDescriptionHeads.contains(lowered) { return nil }
            }
        }
        let words = texts[open..<index].map { $0.lowercased() }
        let givesRole = isAge || ["who", "a", "an"].contains(first) || words.contains { ReferenceLexicon.roleNouns.contains($0) || ReferenceLexicon.organizationDescriptionHeads.contains($0) }
        guard givesRole else { return nil }
        return facts.text(tokens[open].range.lowerBound..<tokens[index - 1].range.upperBound)
    }

    /// Whether a bare role phrase starts at token `open` (`leader of the Freedom Front`, `banking industry analyst at`):
    /// up to four lowercase words, the last a role noun, before a preposition or the end of the clause.
    private func opensRolePhrase(at open: Int) -> Bool {
        var index = open
        while index < tokens.count, index < open + 4, tokens[index].kind == .word, isLowercaseWord(index) {
            if ReferenceLexicon.headPhraseEnds.contains(texts[index]) { break }
            index += 1
        }
        guard index > open else { return false }
        let ends = index == tokens.count || tokens[index].kind != .word || ReferenceLexicon.headPhraseEnds.contains(texts[index])
        return ends && ReferenceLexicon.roleNouns.contains(texts[index - 1])
    }

    /// Whether a capitalised word reads as an acronym (`SCO`, `U.S.`) rather than a name set in capitals (`LONDON`).
    static func looksLikeAcronym(_ word: String) -> Bool {
        guard TokenText.isAllCaps(word) else { return false }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }.count
        return letters <= 5 || word.contains(".") || ReferenceLexicon.knownAcronyms.contains(word)
    }

    /// The kind a name's own words show: an organization ending, a place ending, `University of …`.
    static func kindHint(_ words: [String]) -> Entity.Kind? {
        guard let last = words.last else { return nil }
        if words.count >= 2, ReferenceLexicon.organizationWords.contains(last) { return .organization }
        if words.count >= 2, ReferenceLexicon.placeWords.contains(last) { return .place }
        if words.count >= 3, words.contains("of"), let head = words.first {
            let placeHeads: Set<String> = ["Republic", "Kingdom", "Province", "Gulf", "Bay", "Isle", "Islands", "Sea", "Strait", "Cape", "Lake", "Mount", "City", "District", "State", "Emirate", "Commonwealth"]
            return placeHeads.contains(head) ? .place : .organization
        }
        // `Alliance to Reclaim Our Schools`, `Campaign for Nuclear Disarmament`: a people's name holds no such word.
        if words.count >= 3, words.contains(where: { $0 == "to" || $0 == "for" || $0 == "against" }) { return .organization }
        if words.contains("&") { return .organization }
        if ReferenceLexicon.eventWords.contains(last) { return .other }
        if words.count == 1, ReferenceLexicon.organizationWords.contains(last) { return .organization }
        if words.count == 1, isIntercapped(last) { return .organization }
        return nil
    }

    /// Whether a word has a capital after three or more lowercase letters (`PolitiFact`, `BlackRock`,
    /// `NationsBank`), as brands and companies are written; surnames capitalise after a short prefix (`McDonald`,
    /// `DeSantis`, `MacArthur`).
    static func isIntercapped(_ word: String) -> Bool {
        var lowercaseRun = 0
        for byte in word.utf8 {
            if byte >= 0x61 && byte <= 0x7A {
                lowercaseRun += 1
            } else if byte >= 0x41 && byte <= 0x5A {
                if lowercaseRun >= 3 { return true }
                lowercaseRun = 0
            } else {
                // Hyphens, apostrophes and other letters start a new part (`Smith-Jones`, `O'Neill`).
                lowercaseRun = 0
            }
        }
        return false
    }
}
