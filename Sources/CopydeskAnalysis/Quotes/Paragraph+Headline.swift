extension Paragraph {
    /// Whether the paragraph is a headline: a heading block, or a few words with no closing punctuation (a subhead
    /// in plain text). Quotes in it are credited in the story.
    var readsAsHeadline: Bool {
        block.isHeading || facts.quoteFacts.readsAsHeadline
    }
}
