/// The ledger's mentions sorted by position, so a speaker's words find the entity they refer to by binary search.
struct MentionIndex {
    private var mentions: [(range: Range<Int>, entity: Int)] = []
    private var longest = 0

    init(_ entities: [Entity]) {
        for entity in entities {
            for mention in entity.mentions {
                mentions.append((mention.range, entity.id))
                longest = max(longest, mention.range.count)
            }
        }
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The entity of the mention that overlaps `range` (UTF-8 byte offsets) furthest to the right, since a
    /// speaker's head word comes last (`Russian President Vladimir Putin`); nil when no mention overlaps.
    func entity(overlapping range: Range<Int>) -> Int? {
        guard !mentions.isEmpty else { return nil }
        // The first mention that starts at or after the range's end; candidates start before it.
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.lowerBound < range.upperBound { low = mid + 1 } else { high = mid }
        }
        var best: (range: Range<Int>, entity: Int)?
        var index = low - 1
        // Mentions are short and rarely overlap, so a few steps back find every candidate.
        while index >= 0, low - index <= 16, mentions[index].range.lowerBound + longest > range.lowerBound {
            let mention = mentions[index]
            if mention.range.overlaps(range), mention.range.upperBound > (best?.range.upperBound ?? Int.min) {
                best = mention
            }
            index -= 1
        }
        return best?.entity
    }
}
