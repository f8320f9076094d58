import CopydeskProtocol
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DocumentURI {
    /// The local path of a `file:` URI, percent-decoded; nil for other schemes (`untitled:`) and malformed URIs.
    var filePath: String? {
        guard let url = URL(string: stringValue), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// The `file:` URI of a local path.
    init(filePath: String) {
        self.init(URL(fileURLWithPath: filePath).absoluteString)
    }
}
