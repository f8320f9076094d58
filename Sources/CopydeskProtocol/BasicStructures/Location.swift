import CopydeskJSON

/// A range in a document.
public struct Location: ResponseType, Hashable {
    public var uri: DocumentURI
    public var range: LSPRange

    public init(uri: DocumentURI, range: LSPRange) {
        self.uri = uri
        self.range = range
    }
}

extension Location: JSONValueConvertible {
    public var jsonValue: JSONValue { ["uri": .string(uri.stringValue), "range": range.jsonValue] }
}
