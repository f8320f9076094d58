/// Renders a record as the card a writer sees: on hover in the editor and from `copydesk explain-entity`.
///
/// The card says what the record is in one glance: name and kind, the description, office and since-when for
/// people, the expansion for organizations, country, region and AP dateline form for places, the newsroom's
/// first-reference form and avoided spellings, and always where the facts come from and as of when.
public enum KnowledgeCard {
    /// The text form of a card.
    public enum Format: String, Sendable, CaseIterable {
        /// Plain lines, for terminals.
        case plain
        /// Markdown, for hover contents.
        case markdown
    }

    /// The card of `record`, with country names looked up in `knowledge`.
    public static func render(_ record: KnowledgeRecord, in knowledge: KnowledgeBase = .builtIn, format: Format) -> String {
        let markdown = format == .markdown
        var lines: [String] = []
        let heading = record.acronym.map { "\(record.name) (\($0))" } ?? record.name
        let kindText = [record.kind.rawValue, record.category].compactMap { $0 }.uniqued().joined(separator: ", ")
        lines.append(markdown ? "**\(escape(heading))** · \(kindText)" : "\(heading) — \(kindText)")
        let officeLines = record.offices.map { officeLine($0, knowledge) }
        // "President of Ukraine" says nothing the office line "President of Ukraine since 20 May 2019" does not.
        if let description = record.description, !officeLines.contains(where: { $0.hasPrefix(description) }) {
            lines.append(text(description, markdown))
        }
        for line in officeLines {
            lines.append(text(line, markdown))
        }
        if record.offices.isEmpty, let title = record.title {
            var line = title
            if let affiliation = record.affiliation { line += ", \(affiliation)" }
            if let since = record.since { line += " since \(ISODate.readable(since))" }
            lines.append(text(line, markdown))
        } else if let affiliation = record.affiliation {
            lines.append(text("Affiliation: \(affiliation)", markdown))
        }
        if let placeLine = placeLine(record, knowledge) {
            lines.append(text(placeLine.prefix(1).uppercased() + placeLine.dropFirst(), markdown))
        }
        if record.isCountryLike, !(record.adjectives + record.demonyms).isEmpty {
            var line = "Nationality: \(record.adjectives.joined(separator: ", "))"
            if !record.demonyms.isEmpty { line += "; people: \(record.demonyms.joined(separator: ", "))" }
            lines.append(text(line, markdown))
        }
        if let dateline = record.datelineForm {
            lines.append(markdown ? "AP dateline: `\(dateline)`" : "AP dateline: \(dateline)")
        }
        if let firstReference = record.firstReference {
            lines.append(text("First reference: \(firstReference)", markdown))
        }
        let others = record.aliases.filter { $0 != record.name && $0 != record.acronym }
        if !others.isEmpty {
            let shown = others.prefix(6).joined(separator: ", ") + (others.count > 6 ? ", …" : "")
            lines.append(text("Also: \(shown)", markdown))
        }
        if !record.avoid.isEmpty {
            lines.append(text("Avoid: \(record.avoid.joined(separator: ", "))", markdown))
        }
        var provenance = "Source: \(record.source)"
        if !record.asOf.isEmpty { provenance += " · as of \(record.asOf)" }
        if record.isNewsroom { provenance = "Newsroom record. " + provenance }
        lines.append(markdown ? "*\(escape(provenance))*" : provenance)
        return lines.joined(separator: markdown ? "\n\n" : "\n")
    }

    /// "President of Russia since 7 May 2012", "Secretary-General of the United Nations since 1 January 2017".
    static func officeLine(_ office: KnowledgeOffice, _ knowledge: KnowledgeBase) -> String {
        var line = office.title
        if let organization = office.organization {
            line += " of " + phrase(organization)
        } else if let code = office.country {
            line += " of " + phrase(knowledge.country(code: code)?.name ?? code)
        }
        if let since = office.since {
            line += " since \(ISODate.readable(since))"
        }
        return line
    }

    /// Where a place is: "City in Tianjin, China, population 11,090,314", "Country in Asia, capital Beijing".
    static func placeLine(_ record: KnowledgeRecord, _ knowledge: KnowledgeBase) -> String? {
        var parts: [String] = []
        let countryName = record.country.flatMap { code in knowledge.country(code: code)?.name ?? code }
        if record.kind == .place {
            let within = [record.region, record.isCountryLike ? nil : countryName]
                .compactMap { $0 }.uniqued().joined(separator: ", ")
            if !within.isEmpty { parts.append("In \(within)") }
            if let capital = record.capital { parts.append("capital \(capital)") }
            if let population = record.population { parts.append("population \(grouped(population))") }
            if record.isCountryLike, !record.codes.isEmpty { parts.append("ISO \(record.codes.joined(separator: "/"))") }
        } else if record.offices.isEmpty, let countryName, record.kind != .other || record.country != nil {
            parts.append("Country: \(countryName)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// A country or body's name as it reads after "of": "the United Nations", "Russia", "NATO".
    static func phrase(_ name: String) -> String {
        if name.hasPrefix("the ") || name.allSatisfy({ $0.isUppercase || !$0.isLetter }) { return name }
        let needsArticle = ["United ", "Republic", "Kingdom", "Union", "Organization", "Organisation", "Bank",
            "Fund", "Council", "Commission", "Parliament", "Party", "Agency", "Court", "League", "Association",
            "Federation", "Conference", "Assembly", "Office", "Programme", "Islands", "Netherlands", "Philippines",
            "Bahamas", "Gambia", "Emirates", "Holy See", "Maldives", "Comoros", "Seychelles", "Forum", "Group"]
        return needsArticle.contains(where: { name.contains($0) }) ? "the " + name : name
    }

    private static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }

    private static func text(_ line: String, _ markdown: Bool) -> String {
        markdown ? escape(line) : line
    }

    /// The line with the characters Markdown would read as markup escaped.
    public static func escape(_ line: String) -> String {
        var result = ""
        for character in line {
            if "\\`*_[]<>#|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, first occurrence kept.
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
