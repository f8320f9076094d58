import CopydeskWorkspace

/// Where a command writes: standard output for results, standard error for messages. Tests capture both.
public final class Console {
    private var outputBuffer: [UInt8] = []
    private var errorBuffer: [UInt8] = []
    private let capture: Bool

    /// A console writing to the process's standard output and error.
    public static func standard() -> Console { Console(capture: false) }
    /// A console that keeps what is written, for tests.
    public static func capturing() -> Console { Console(capture: true) }

    private init(capture: Bool) {
        self.capture = capture
    }

    /// Everything written to standard output so far (capturing consoles only).
    public var output: String { String(decoding: outputBuffer, as: UTF8.self) }
    /// Everything written to standard error so far (capturing consoles only).
    public var errors: String { String(decoding: errorBuffer, as: UTF8.self) }

    /// Writes `text` and a newline to standard output.
    public func print(_ text: String) {
        write(text + "\n", toError: false)
    }

    /// Writes `text` as is to standard output.
    public func write(_ text: String) {
        write(text, toError: false)
    }

    /// Writes `text` and a newline to standard error.
    public func error(_ text: String) {
        write(text + "\n", toError: true)
    }

    private func write(_ text: String, toError: Bool) {
        if capture {
            if toError { errorBuffer.append(contentsOf: text.utf8) } else { outputBuffer.append(contentsOf: text.utf8) }
            return
        }
        PosixFile.write(Array(text.utf8), to: toError ? 2 : 1)
    }
}
