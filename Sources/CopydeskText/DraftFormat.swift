/// How a draft's text is marked up, which decides what counts as prose.
public enum DraftFormat: String, Sendable, Hashable {
    /// Plain text: everything is prose except front matter and bare URLs; paragraphs are separated by blank lines.
    case plainText
    /// Markdown (CommonMark with YAML front matter): code, HTML, link targets and markup are not prose.
    case markdown

    /// The format for a file name or path: `.md` and `.markdown` are Markdown, anything else plain text.
    public init(fileName: String) {
        let lower = fileName.lowercased()
        self = lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plainText
    }

    /// The format for an LSP `languageId`, falling back to the file name when the id says nothing useful.
    public init(languageID: String, fileName: String) {
        switch languageID.lowercased() {
        case "markdown", "md", "quarto", "rmd", "mdx": self = .markdown
        case "plaintext", "text", "txt": self = .plainText
        default: self.init(fileName: fileName)
        }
    }
}
