/// A value that can state its JSON form directly.
///
/// `JSONValueEncoder` uses `jsonValue` instead of `encode(to:)` for such values, which skips the generic
/// container machinery; it matters for the values a server writes by the hundred on every keystroke (positions,
/// ranges, diagnostics). `jsonValue` must equal what `encode(to:)` produces.
public protocol JSONValueConvertible {
    var jsonValue: JSONValue { get }
}
