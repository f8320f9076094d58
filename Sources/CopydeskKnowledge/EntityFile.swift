/// A parsed newsroom entity file: the records of its good lines and the problems of its bad ones.
public struct EntityFile: Sendable, Hashable {
    /// The path the caller named.
    public var path: String
    /// One record per good line, in file order, marked `isNewsroom`.
    public var records: [KnowledgeRecord]
    /// Every problem found, in line order.
    public var problems: [EntityFileProblem]

    public init(path: String, records: [KnowledgeRecord], problems: [EntityFileProblem]) {
        self.path = path
        self.records = records
        self.problems = problems
    }

    /// Whether any problem is an error (a line or a field was dropped).
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
