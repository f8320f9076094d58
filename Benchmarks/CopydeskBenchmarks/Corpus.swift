import Foundation

/// Paragraphs of real news copy that benchmark drafts are built from.
struct Corpus {
    var source: String
    var paragraphs: [String]

    /// Paragraphs from `.txt` files in `directory`, or `../shared/perf`, or the bundled `Examples/` drafts.
    static func load(from directory: String?) -> Corpus {
        for candidate in [directory, "../shared/perf", "Examples"].compactMap({ $0 }) {
            let paragraphs = readParagraphs(in: candidate)
            if paragraphs.count >= 10 { return Corpus(source: candidate, paragraphs: paragraphs) }
        }
        let filler = "The council said on Tuesday that the budget would rise, according to officials."
        return Corpus(source: "built-in filler", paragraphs: Array(repeating: filler, count: 10))
    }

    private static func readParagraphs(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var paragraphs: [String] = []
        for name in names.sorted() where name.hasSuffix(".txt") || name.hasSuffix(".md") {
            guard let text = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) else { continue }
            paragraphs += text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { $0.split(separator: " ").count > 5 }
        }
        return paragraphs
    }

    /// A draft of at least `words` words, paragraphs separated by blank lines.
    func draft(words: Int) -> String {
        var result: [String] = []
        var count = 0
        var index = 0
        while count < words {
            let paragraph = paragraphs[index % paragraphs.count]
            result.append(paragraph)
            count += paragraph.split(separator: " ").count
            index += 1
        }
        return result.joined(separator: "\n\n") + "\n"
    }

    /// A draft of at least `bytes` bytes.
    func draft(bytes: Int) -> String {
        var result = ""
        var index = 0
        while result.utf8.count < bytes {
            result += paragraphs[index % paragraphs.count] + "\n\n"
            index += 1
        }
        return result
    }
}
