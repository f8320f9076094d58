/// A document's URI exactly as the client wrote it (`file:///home/ana/drafts/putin.md`, `untitled:Untitled-1`).
///
/// Copydesk keys documents by this string and sends it back unchanged; the server turns `file:` URIs into paths.
public struct DocumentURI: Codable, Hashable, Sendable, CustomStringConvertible {
    public var stringValue: String

    public init(_ stringValue: String) {
        self.stringValue = stringValue
    }

    public init(from decoder: any Decoder) throws {
        stringValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(stringValue)
    }

    public var description: String { stringValue }
}
