import CopydeskJSON
import CopydeskRPC
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// The real `copydesk serve` in a child process, spoken to over pipes the way an editor does.
///
/// Frames the server writes are parsed on a background thread and queued; `next(timeout:)` waits for one with a
/// generous timeout, so a server that hangs fails the test instead of blocking it forever.
final class ServerProcess: @unchecked Sendable {
    /// What the server wrote, in order: messages, or bodies that were not JSON (which fail any test).
    enum Output: Sendable {
        case message(JSONValue)
        case garbage(String)
    }

    let process = Process()
    private let stdinPipe = Pipe()
    private let stdoutPipe = Pipe()
    private let stderrPipe = Pipe()
    private let received = Mutex<[Output]>([])
    private let stderrText = Mutex("")
    private let arrivals = DispatchSemaphore(value: 0)
    private let outputEnded = DispatchSemaphore(value: 0)
    private let inputClosed = Mutex(false)

    /// The `copydesk` executable built beside the test bundle.
    static var executable: URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent("copydesk"),
            bundleDirectory.deletingLastPathComponent().appendingPathComponent("copydesk"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/copydesk"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Starts `copydesk` with `arguments` in `directory`.
    init(arguments: [String] = ["serve"], directory: String) throws {
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = stdinPipe
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        try process.run()
        let stdout = stdoutPipe.fileHandleForReading
        Thread.detachNewThread { [self] in readFrames(from: stdout) }
        let stderr = stderrPipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while case let data = stderr.availableData, !data.isEmpty {
                stderrText.withLock { $0 += String(decoding: data, as: UTF8.self) }
            }
        }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    private func readFrames(from handle: FileHandle) {
        var parser = FrameParser(maximumBodySize: 512 << 20)
        while case let data = handle.availableData, !data.isEmpty {
            parser.append(data)
            while let event = parser.next() {
                let output: Output
                switch event {
                case .frame(let body):
                    if let json = try? JSONParser.parse(body) { output = .message(json) } else { output = .garbage(String(decoding: body, as: UTF8.self)) }
                case .malformed(let header, let reason):
                    output = .garbage("malformed frame (\(reason)): \(String(decoding: header, as: UTF8.self))")
                case .oversized(_, let length):
                    output = .garbage("oversized frame of \(length) bytes")
                }
                received.withLock { $0.append(output) }
                arrivals.signal()
            }
        }
        outputEnded.signal()
    }

    /// Writes bytes to the server's standard input in one `write`, so a burst under the pipe's atomic size
    /// arrives as one read.
    func write(_ bytes: [UInt8]) {
        guard !inputClosed.withLock({ $0 }) else { return }
        let fd = stdinPipe.fileHandleForWriting.fileDescriptor
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return systemWrite(fd, base + offset, raw.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Frames and writes messages.
    func send(_ messages: [JSONValue]) {
        write(messages.flatMap(Self.frame))
    }

    static func frame(_ message: JSONValue) -> [UInt8] {
        let body = JSONSerializer.bytes(from: message)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Closes the server's standard input (end of input).
    func closeInput() {
        let alreadyClosed = inputClosed.withLock { closed -> Bool in
            defer { closed = true }
            return closed
        }
        if !alreadyClosed { try? stdinPipe.fileHandleForWriting.close() }
    }

    /// The next thing the server wrote, or nil if nothing arrives within `timeout` seconds or the output ended.
    func next(timeout: Double) -> Output? {
        let deadline = DispatchTime.now() + timeout
        while true {
            if let output = received.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) { return output }
            guard arrivals.wait(timeout: deadline) == .success else { return nil }
        }
    }

    /// Waits for the server to exit and returns its status, or nil (after killing it) if it does not exit in time.
    func waitForExit(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(2_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        // Let the reader thread see the end of the output, so everything the server wrote has been queued.
        _ = outputEnded.wait(timeout: .now() + 5)
        return process.terminationStatus
    }

    /// Everything received and not yet taken.
    func drainReceived() -> [Output] {
        received.withLock { received in
            defer { received.removeAll() }
            return received
        }
    }

    /// What the server logged.
    var log: String { stderrText.withLock { $0 } }
}
