import CopydeskJSON

/// A problem shown in the editor: a range, a message, and where it came from.
///
/// Decoding is lenient beyond `range` and `message`: clients send diagnostics back in code action requests,
/// including other servers' diagnostics with fields shaped their own way, and one odd field must not make the
/// whole request fail. A field that does not decode is read as absent.
public struct Diagnostic: Codable, Hashable, Sendable {
    public var range: LSPRange
    public var severity: DiagnosticSeverity?
    /// The rule id (`unattributed-quote`); a numeric code from another server is kept as its digits.
    public var code: String?
    public var codeDescription: CodeDescription?
    /// Who reported it; `copydesk` for Copydesk's own.
    public var source: String?
    public var message: String
    public var tags: [DiagnosticTag]?
    public var relatedInformation: [DiagnosticRelatedInformation]?
    /// Anything the server wants back in a code action request; Copydesk keeps its fixes here.
    public var data: JSONValue?

    public init(
        range: LSPRange, severity: DiagnosticSeverity? = nil, code: String? = nil, codeDescription: CodeDescription? = nil,
        source: String? = nil, message: String, tags: [DiagnosticTag]? = nil,
        relatedInformation: [DiagnosticRelatedInformation]? = nil, data: JSONValue? = nil
    ) {
        self.range = range
        self.severity = severity
        self.code = code
        self.codeDescription = codeDescription
        self.source = source
        self.message = message
        self.tags = tags
        self.relatedInformation = relatedInformation
        self.data = data
    }

    private enum CodingKeys: String, CodingKey {
        case range, severity, code, codeDescription, source, message, tags, relatedInformation, data
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        range = try container.decode(LSPRange.self, forKey: .range)
        message = try container.decode(String.self, forKey: .message)
        severity = try? container.decodeIfPresent(DiagnosticSeverity.self, forKey: .severity)
        switch try? container.decodeIfPresent(JSONValue.self, forKey: .code) {
        case .string(let text): code = text
        case .int(let number): code = String(number)
        default: code = nil
        }
        codeDescription = try? container.decodeIfPresent(CodeDescription.self, forKey: .codeDescription)
        source = try? container.decodeIfPresent(String.self, forKey: .source)
        tags = try? container.decodeIfPresent([DiagnosticTag].self, forKey: .tags)
        relatedInformation = try? container.decodeIfPresent([DiagnosticRelatedInformation].self, forKey: .relatedInformation)
        data = try? container.decodeIfPresent(JSONValue.self, forKey: .data)
    }
}

extension Diagnostic: JSONValueConvertible {
    /// The diagnostic as JSON, written directly: a server sends hundreds of these on a keystroke.
    public var jsonValue: JSONValue {
        var object: [String: JSONValue] = ["range": range.jsonValue, "message": .string(message)]
        if let severity { object["severity"] = .int(severity.rawValue) }
        if let code { object["code"] = .string(code) }
        if let codeDescription { object["codeDescription"] = ["href": .string(codeDescription.href)] }
        if let source { object["source"] = .string(source) }
        if let tags { object["tags"] = .array(tags.map { .int($0.rawValue) }) }
        if let relatedInformation {
            object["relatedInformation"] = .array(relatedInformation.map { ["location": $0.location.jsonValue, "message": .string($0.message)] })
        }
        if let data { object["data"] = data }
        return .object(object)
    }
}

/// How serious a diagnostic is: 1 error, 2 warning, 3 information, 4 hint.
public struct DiagnosticSeverity: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let error = DiagnosticSeverity(rawValue: 1)
    public static let warning = DiagnosticSeverity(rawValue: 2)
    public static let information = DiagnosticSeverity(rawValue: 3)
    public static let hint = DiagnosticSeverity(rawValue: 4)
}

/// Extra rendering hints: 1 unnecessary (faded), 2 deprecated (struck through).
public struct DiagnosticTag: RawRepresentable, Codable, Hashable, Sendable {
    public var rawValue: Int

    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    public static let unnecessary = DiagnosticTag(rawValue: 1)
    public static let deprecated = DiagnosticTag(rawValue: 2)
}

/// A link to documentation about a diagnostic's code.
public struct CodeDescription: Codable, Hashable, Sendable {
    public var href: String

    public init(href: String) {
        self.href = href
    }
}

/// Another place that explains a diagnostic, with a note saying why.
public struct DiagnosticRelatedInformation: Codable, Hashable, Sendable {
    public var location: Location
    public var message: String

    public init(location: Location, message: String) {
        self.location = location
        self.message = message
    }
}
