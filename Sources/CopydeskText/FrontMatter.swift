import CopydeskJSON

/// The YAML front matter at the top of a draft: `date`, `dateline`, `title` and per-file `copydesk:` settings.
///
/// Front matter is the block between a first line `---` and the next line `---` or `...`. Copydesk reads the
/// subset of YAML that front matter uses in practice: `key: value` mappings nested by indentation, `- item` lists,
/// inline `[a, b]` lists, quoted and plain scalars, and `#` comments. Anything else is reported in `problems`
/// and skipped; a front matter block never makes the draft fail to analyse.
public struct FrontMatter: Sendable, Hashable {
    /// The whole block including both fence lines, as a UTF-8 byte range of the draft.
    public var range: Range<Int>
    /// The parsed mapping; scalars stay strings (`date: 2025-09-03` is the string "2025-09-03").
    public var values: [String: JSONValue]
    /// Lines that could not be read, as (UTF-8 byte range of the line, what was wrong).
    public var problems: [(range: Range<Int>, message: String)]
    /// The UTF-8 byte range of each top-level key's value, so findings can point at `date:` and its value.
    public var valueRanges: [String: Range<Int>]

    /// The `title` value, when present.
    public var title: String? { values["title"]?.stringValue }
    /// The `date` value as written, when present.
    public var date: String? { values["date"]?.stringValue }
    /// The `dateline` value as written, when present.
    public var dateline: String? { values["dateline"]?.stringValue }
    /// The per-file settings under `copydesk:`, when present.
    public var settings: JSONValue? { values["copydesk"] }

    public static func == (lhs: FrontMatter, rhs: FrontMatter) -> Bool {
        lhs.range == rhs.range && lhs.values == rhs.values && lhs.valueRanges == rhs.valueRanges
            && lhs.problems.map(\.range) == rhs.problems.map(\.range) && lhs.problems.map(\.message) == rhs.problems.map(\.message)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(values)
    }

    /// Reads the front matter at the start of `bytes`, or returns nil when the draft has none.
    public static func parse(_ bytes: [UInt8]) -> FrontMatter? {
        // Most drafts have none; only a first line of exactly `---` starts one.
        guard bytes.starts(with: Array("---".utf8)) else { return nil }
        let lines = Self.lines(of: bytes, limit: maximumLines)
        guard let first = lines.first, Self.text(bytes, first.content).trimmingTrailingSpaces == "---" else { return nil }
        guard let closing = lines.dropFirst().firstIndex(where: {
            let text = Self.text(bytes, $0.content).trimmingTrailingSpaces
            return text == "---" || text == "..."
        }) else { return nil }
        var reader = Reader(bytes: bytes, lines: Array(lines[1..<closing]))
        let values = reader.readMapping(indent: 0)
        return FrontMatter(
            range: 0..<lines[closing].end,
            values: values,
            problems: reader.problems,
            valueRanges: reader.topLevelValueRanges
        )
    }

    struct Line {
        var content: Range<Int>
        var end: Int
    }

    /// The most lines a front matter block may have; a `---` with no closing fence by then is prose.
    static let maximumLines = 1_000

    static func lines(of bytes: [UInt8], limit: Int) -> [Line] {
        var lines: [Line] = []
        var start = 0
        var index = 0
        while index < bytes.count, lines.count < limit {
            if bytes[index] == 0x0A {
                var contentEnd = index
                if contentEnd > start, bytes[contentEnd - 1] == 0x0D { contentEnd -= 1 }
                lines.append(Line(content: start..<contentEnd, end: index + 1))
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count, lines.count < limit { lines.append(Line(content: start..<bytes.count, end: bytes.count)) }
        return lines
    }

    static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// Reads nested mappings and lists from the lines between the fences.
    private struct Reader {
        let bytes: [UInt8]
        let lines: [Line]
        var position = 0
        var problems: [(range: Range<Int>, message: String)] = []
        var topLevelValueRanges: [String: Range<Int>] = [:]

        init(bytes: [UInt8], lines: [Line]) {
            self.bytes = bytes
            self.lines = lines
        }

        /// The indentation and the text (comment stripped) of line `index`, or nil when it is blank.
        func significant(_ index: Int) -> (indent: Int, text: String, textStart: Int)? {
            let line = lines[index]
            var indent = 0
            var offset = line.content.lowerBound
            while offset < line.content.upperBound, bytes[offset] == 0x20 || bytes[offset] == 0x09 {
                indent += 1
                offset += 1
            }
            let text = FrontMatter.text(bytes, offset..<line.content.upperBound).strippingComment.trimmingTrailingSpaces
            return text.isEmpty ? nil : (indent, text, offset)
        }

        mutating func skipBlank() {
            while position < lines.count, significant(position) == nil { position += 1 }
        }

        mutating func readMapping(indent: Int) -> [String: JSONValue] {
            var mapping: [String: JSONValue] = [:]
            while true {
                skipBlank()
                guard position < lines.count, let line = significant(position), line.indent >= indent else { break }
                if line.indent > indent {
                    problems.append((lines[position].content, "unexpected indentation"))
                    position += 1
                    continue
                }
                guard let colon = line.text.keyColonIndex else {
                    problems.append((lines[position].content, "expected 'key: value'"))
                    position += 1
                    continue
                }
                let key = String(line.text[..<colon]).trimmingTrailingSpaces.unquoted
                let rest = String(line.text[line.text.index(after: colon)...]).trimmingLeadingSpaces
                let lineIndex = position
                position += 1
                if rest.isEmpty {
                    mapping[key] = readNested(parentIndent: indent)
                } else {
                    mapping[key] = Self.scalarOrInlineList(rest)
                }
                if indent == 0 {
                    let valueStart = line.textStart + line.text.utf8.count - rest.utf8.count
                    let range = rest.isEmpty ? lines[lineIndex].content : valueStart..<(valueStart + rest.utf8.count)
                    topLevelValueRanges[key] = range
                }
            }
            return mapping
        }

        mutating func readNested(parentIndent: Int) -> JSONValue {
            skipBlank()
            guard position < lines.count, let line = significant(position) else { return .null }
            if line.text.hasPrefix("- ") || line.text == "-", line.indent >= parentIndent {
                return .array(readList(indent: line.indent))
            }
            guard line.indent > parentIndent else { return .null }
            return .object(readMapping(indent: line.indent))
        }

        mutating func readList(indent: Int) -> [JSONValue] {
            var items: [JSONValue] = []
            while true {
                skipBlank()
                guard position < lines.count, let line = significant(position), line.indent == indent,
                    line.text.hasPrefix("-")
                else { break }
                let item = String(line.text.dropFirst()).trimmingLeadingSpaces
                position += 1
                items.append(item.isEmpty ? readNested(parentIndent: indent) : Self.scalarOrInlineList(item))
            }
            return items
        }

        static func scalarOrInlineList(_ text: String) -> JSONValue {
            if text.hasPrefix("["), text.hasSuffix("]") {
                let inner = text.dropFirst().dropLast()
                let items = inner.split(separator: ",").map { String($0).trimmingLeadingSpaces.trimmingTrailingSpaces }
                return .array(items.filter { !$0.isEmpty }.map { scalar($0) })
            }
            return scalar(text)
        }

        static func scalar(_ text: String) -> JSONValue {
            if text.hasPrefix("\"") || text.hasPrefix("'") { return .string(text.unquoted) }
            switch text.lowercased() {
            case "true", "yes", "on": return .bool(true)
            case "false", "no", "off": return .bool(false)
            case "null", "~": return .null
            default: break
            }
            if let number = Int(text) { return .int(number) }
            return .string(text)
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }

    var trimmingLeadingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }))
    }

    /// The text without a `#` comment, ignoring `#` inside quotes or not preceded by a space.
    var strippingComment: String {
        var quote: Character?
        var previous: Character = " "
        for index in indices {
            let character = self[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'", previous == " " || previous == ":" || previous == "[" {
                quote = character
            } else if character == "#", previous == " " || previous == "\t" {
                return String(self[..<index])
            }
            previous = character
        }
        return self
    }

    /// The index of the colon that ends a mapping key (followed by a space or the end), outside quotes.
    var keyColonIndex: String.Index? {
        var quote: Character?
        for index in indices {
            let character = self[index]
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "\"" || character == "'", index == startIndex { quote = character; continue }
            if character == ":" {
                let next = self.index(after: index)
                if next == endIndex || self[next] == " " || self[next] == "\t" { return index }
            }
        }
        return nil
    }

    /// The text without one pair of surrounding single or double quotes.
    var unquoted: String {
        if count >= 2, let first = first, let last = last, first == last, first == "\"" || first == "'" {
            return String(dropFirst().dropLast())
        }
        return self
    }
}
