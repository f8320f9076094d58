/// Encodes `Encodable` values as `JSONValue`s, so protocol types can be written without Foundation.
///
/// Optional properties that are nil are left out (the synthesized `encodeIfPresent` skips them); an explicit
/// `encodeNil` writes `null`. A `JSONValue` inside a value is copied as it is. Encoding never fails on its own; it
/// throws only what a type's own `encode(to:)` throws.
public struct JSONValueEncoder: Sendable {
    public init() {}

    /// The JSON form of `value`.
    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let box = EncodingBox()
        try box.encode(value, codingPath: [])
        return box.resolved()
    }
}

/// A node of the JSON tree being built. Containers hold boxes, not values, because nested containers keep
/// writing into them after they were handed out.
final class EncodingBox {
    private enum Kind {
        case empty, scalar, object, array
    }

    private var kind = Kind.empty
    private var scalar = JSONValue.null
    private var members: [String: EncodingBox] = [:]
    private var elements: [EncodingBox] = []

    /// Encodes `value` into this box: a `JSONValue` or a `JSONValueConvertible` directly, anything else through
    /// its `encode(to:)`.
    func encode<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        if let json = value as? JSONValue {
            set(json)
        } else if let convertible = value as? any JSONValueConvertible {
            set(convertible.jsonValue)
        } else {
            try value.encode(to: BoxEncoder(box: self, codingPath: codingPath))
        }
    }

    func set(_ value: JSONValue) {
        kind = .scalar
        scalar = value
    }

    func becomeObject() {
        if kind != .object {
            kind = .object
            members = [:]
        }
    }

    func becomeArray() {
        if kind != .array {
            kind = .array
            elements = []
        }
    }

    /// A new box stored under `key` of this object.
    func member(_ key: String) -> EncodingBox {
        becomeObject()
        let child = EncodingBox()
        members[key] = child
        return child
    }

    /// A new box appended to this array.
    func appendElement() -> EncodingBox {
        becomeArray()
        let child = EncodingBox()
        elements.append(child)
        return child
    }

    var elementCount: Int { elements.count }

    /// The finished value; a box nothing was written into is an empty object, as Foundation's encoders do.
    func resolved() -> JSONValue {
        switch kind {
        case .empty: return .object([:])
        case .scalar: return scalar
        case .object: return .object(members.mapValues { $0.resolved() })
        case .array: return .array(elements.map { $0.resolved() })
        }
    }
}

/// The `Encoder` handed to `encode(to:)`.
private struct BoxEncoder: Encoder {
    let box: EncodingBox
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.becomeObject()
        return KeyedEncodingContainer(KeyedBoxContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        box.becomeArray()
        return UnkeyedBoxContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleBoxContainer(box: box, codingPath: codingPath)
    }
}

private struct KeyedBoxContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: EncodingBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.member(key.stringValue).set(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.member(key.stringValue).set(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.member(key.stringValue).set(.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { box.member(key.stringValue).set(.double(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { box.member(key.stringValue).set(.double(Double(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.member(key.stringValue).set(.int(value)) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try box.member(key.stringValue).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = box.member(key.stringValue)
        child.becomeObject()
        return KeyedEncodingContainer(KeyedBoxContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = box.member(key.stringValue)
        child.becomeArray()
        return UnkeyedBoxContainer(box: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        BoxEncoder(box: box.member("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        BoxEncoder(box: box.member(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct UnkeyedBoxContainer: UnkeyedEncodingContainer {
    let box: EncodingBox
    let codingPath: [any CodingKey]
    var count: Int { box.elementCount }

    mutating func encodeNil() throws { box.appendElement().set(.null) }
    mutating func encode(_ value: Bool) throws { box.appendElement().set(.bool(value)) }
    mutating func encode(_ value: String) throws { box.appendElement().set(.string(value)) }
    mutating func encode(_ value: Double) throws { box.appendElement().set(.double(value)) }
    mutating func encode(_ value: Int) throws { box.appendElement().set(.int(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [IndexKey(count)]
        try box.appendElement().encode(value, codingPath: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = codingPath + [IndexKey(count)]
        let child = box.appendElement()
        child.becomeObject()
        return KeyedEncodingContainer(KeyedBoxContainer<NestedKey>(box: child, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [IndexKey(count)]
        let child = box.appendElement()
        child.becomeArray()
        return UnkeyedBoxContainer(box: child, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [IndexKey(count)]
        return BoxEncoder(box: box.appendElement(), codingPath: path)
    }
}

private struct SingleBoxContainer: SingleValueEncodingContainer {
    let box: EncodingBox
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { box.set(.null) }
    mutating func encode(_ value: Bool) throws { box.set(.bool(value)) }
    mutating func encode(_ value: String) throws { box.set(.string(value)) }
    mutating func encode(_ value: Double) throws { box.set(.double(value)) }
    mutating func encode(_ value: Float) throws { box.set(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { box.set(.int(value)) }
    mutating func encode(_ value: Int8) throws { box.set(.int(Int(value))) }
    mutating func encode(_ value: Int16) throws { box.set(.int(Int(value))) }
    mutating func encode(_ value: Int32) throws { box.set(.int(Int(value))) }
    mutating func encode(_ value: Int64) throws { box.set(.int(Int(value))) }
    mutating func encode(_ value: UInt8) throws { box.set(.int(Int(value))) }
    mutating func encode(_ value: UInt16) throws { box.set(.int(Int(value))) }
    mutating func encode(_ value: UInt32) throws { box.set(.int(Int(value))) }

    mutating func encode(_ value: UInt64) throws {
        box.set(value <= UInt64(Int.max) ? .int(Int(value)) : .double(Double(value)))
    }

    mutating func encode(_ value: UInt) throws {
        box.set(value <= UInt(Int.max) ? .int(Int(value)) : .double(Double(value)))
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try box.encode(value, codingPath: codingPath)
    }
}

/// The coding key of an array element, for coding paths.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { intValue.map(String.init) ?? "" }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}
