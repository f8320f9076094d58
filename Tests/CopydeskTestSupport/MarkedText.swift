/// A test snippet in which emoji markers (1️⃣ 2️⃣ … 9️⃣ 🔟) stand where something is expected.
///
/// The markers are removed; `offsets` gives the UTF-8 byte offset in the clean text where each one stood, so a
/// test can write `"“We’ll see,” 1️⃣he said."` and assert on the offset of `he` without counting bytes.
public struct MarkedText {
    /// The markers tests may use, in order.
    public static let markerNames = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]

    /// The snippet without its markers.
    public let text: String
    /// The UTF-8 byte offset of each marker in `text`, by marker.
    public let offsets: [String: Int]

    public init(_ marked: String) {
        var clean = ""
        var offsets: [String: Int] = [:]
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let marker = Self.markerNames.first(where: { rest.hasPrefix($0) }) {
                precondition(offsets[marker] == nil, "marker \(marker) appears twice")
                offsets[marker] = clean.utf8.count
                rest = rest.dropFirst(marker.count)
            } else {
                clean.append(rest.removeFirst())
            }
        }
        self.text = clean
        self.offsets = offsets
    }

    /// The offset of `marker`; a test that names a marker its snippet lacks fails loudly.
    public subscript(marker: String) -> Int {
        guard let offset = offsets[marker] else { preconditionFailure("snippet has no marker \(marker)") }
        return offset
    }

    /// The markers present, in the order they appear in the text.
    public var orderedMarkers: [String] {
        offsets.sorted { $0.value < $1.value }.map(\.key)
    }
}
