import CopydeskJSON
import CopydeskKnowledge

extension EntityFileProblem {
    /// The UTF-8 byte range of `bytes` (the entity file the problem was found in) to mark in an editor: the
    /// field's key when the problem names a field written on its line, else the line itself.
    public func markedRange(in bytes: [UInt8]) -> Range<Int> {
        let line = range.clamped(to: 0..<bytes.count)
        guard let field else { return line }
        let needle = Array(JSONSerializer.string(from: .string(field)).utf8)
        let window = Array(bytes[line])
        guard let found = ConfigurationFile.firstRange(of: needle, in: window, from: 0) else { return line }
        return (line.lowerBound + found.lowerBound)..<(line.lowerBound + found.upperBound)
    }
}
