import CopydeskText
import Testing

struct DraftStructureTests {
    /// Each case: a Markdown draft and the blocks a reader sees, as the prose left in each block.
    static let markdownCases: [(String, [String])] = [
        ("# Headline\n\nBody text here.", ["Headline", "Body text here."]),
        ("Para one\ncontinues.\n\nPara two.", ["Para one\ncontinues.", "Para two."]),
        ("Before.\n\n```swift\nlet x = \"quoted\"\n```\n\nAfter.", ["Before.", "After."]),
        ("Text with `inline \"code\"` here.", ["Text with                  here."]),
        ("See [the report](https://example.com/a \"T\") now.", ["See  the report                               now."]),
        ("An image ![alt text](i.png) here.", ["An image                   here."]),
        ("Hidden <!-- a \"note\"\nacross lines --> text.", ["Hidden \n                 text."]),
        ("- First item\n- Second item", ["First item", "Second item"]),
        ("> A quoted block\n> continues.", ["A quoted block\n  continues."]),
        ("Title\n=====\n\nBody.", ["Title", "Body."]),
        ("Some **bold** and _em_ text.", ["Some   bold   and  em  text."]),
        ("Visit https://example.com/x. Then go.", ["Visit                      . Then go."]),
        ("Mail mailto:desk@example.com, or (www.example.com/tips) and FTP://files.example.com.", ["Mail , or ( ) and ."]),
        ("Note: the www team said xhttp://no and e.g. this were fine.", ["Note: the www team said xhttp://no and e.g. this were fine."]),
        ("Code:\n\n    indented code\n\nProse.", ["Code:", "Prose."]),
        ("---\ntitle: T\n---\nBody.", ["Body."]),
    ]

    @Test(arguments: markdownCases.indices)
    func masksMarkdownThatIsNotProse(index: Int) {
        let (text, expected) = Self.markdownCases[index]
        let structure = DraftStructure.parse(Array(text.utf8), format: .markdown)
        #expect(structure.prose.count == text.utf8.count)
        // Masked bytes become spaces; compare with runs of spaces collapsed so the cases stay readable.
        #expect(structure.blocks.map { Self.collapsed(structure.text($0.range)) } == expected.map(Self.collapsed))
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }

    @Test func plainTextKeepsMarkdownCharactersButDropsBareURLs() {
        let text = "Headline here\n\nThe *star* said so.\nhttps://example.com/x\n\nNext paragraph."
        let structure = DraftStructure.parse(Array(text.utf8), format: .plainText)
        #expect(structure.blocks.map { structure.text($0.range) } == ["Headline here", "The *star* said so.", "Next paragraph."])
        #expect(structure.blocks[0].isHeading)
        #expect(!structure.blocks[1].isHeading)
    }

    static let headlines: [(String, Bool)] = [
        ("Tory leader 'cleared' over work", true),
        ("Call centre users 'lose patience'", true),
        ("Stealth Over Health: Mayor Was Headed to Court But Diverted.", true),
        ("The mayor said on Tuesday that the vote was close.", false),
        ("“We will fight on,” the mayor said.", false),
    ]

    @Test(arguments: headlines)
    func readsAShortFirstLineAsTheHeadline(line: String, isHeadline: Bool) {
        let structure = DraftStructure.parse(Array((line + "\n\nBody text.").utf8), format: .plainText)
        #expect(structure.blocks.first?.isHeading == isHeadline)
    }

    @Test func plainTextWithUnwrappedLinesHasAParagraphPerLine() {
        let long = String(repeating: "The council met again and argued about the budget. ", count: 3)
        let text = "Headline here\n\(long)\n“We cut what we could.”\nWrapped lines\nstay together.\n\nShort.\nLines."
        let structure = DraftStructure.parse(Array(text.utf8), format: .plainText)
        let blocks = structure.blocks.map { structure.text($0.range) }
        #expect(blocks == ["Headline here", long.trimmingSuffix(), "“We cut what we could.”", "Wrapped lines", "stay together.", "Short.\nLines."])
        #expect(structure.blocks[0].isHeading)
    }

    @Test func readsFrontMatterSettings() {
        let text = """
            ---
            title: "Putin: talks go on"   # headline
            date: 2025-09-03
            dateline: BEIJING
            tags: [politics, russia]
            copydesk:
              rules:
                unattributed-quote: off
              knownAcronyms:
                - SCO
                - BRICS
            ---
            Body.
            """
        guard let frontMatter = FrontMatter.parse(Array(text.utf8)) else {
            Issue.record("no front matter")
            return
        }
        #expect(frontMatter.title == "Putin: talks go on")
        #expect(frontMatter.date == "2025-09-03")
        #expect(frontMatter.dateline == "BEIJING")
        #expect(frontMatter.values["tags"] == ["politics", "russia"])
        #expect(frontMatter.settings == ["rules": ["unattributed-quote": false], "knownAcronyms": ["SCO", "BRICS"]])
        #expect(frontMatter.problems.isEmpty)
        let dateRange = frontMatter.valueRanges["date"] ?? 0..<0
        #expect(String(decoding: Array(text.utf8)[dateRange], as: UTF8.self) == "2025-09-03")
    }

    @Test func reportsFrontMatterLinesItCannotRead() {
        let text = "---\ntitle: ok\njust words\n---\nBody."
        let frontMatter = FrontMatter.parse(Array(text.utf8))
        #expect(frontMatter?.problems.map(\.message) == ["expected 'key: value'"])
        #expect(frontMatter?.title == "ok")
    }

    @Test func anUnclosedFrontMatterIsProse() {
        let text = "---\ntitle: never closed\n\nBody."
        #expect(FrontMatter.parse(Array(text.utf8)) == nil)
    }
}

extension String {
    /// The string without trailing spaces.
    fileprivate func trimmingSuffix() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
