import Foundation

/// Time from launching `copydesk serve` to its reply to `initialize`, as an editor waits for it.
enum InitializeBenchmark {
    struct Result {
        var median: Double
        var worst: Double
        var launches: Int
    }

    static func run(serverPath: String, launches: Int = 15) -> Result? {
        guard FileManager.default.isExecutableFile(atPath: serverPath) else { return nil }
        var samples: [Double] = []
        for _ in 0..<launches {
            guard let elapsed = launchOnce(serverPath) else { return nil }
            samples.append(elapsed)
        }
        samples.sort()
        return Result(median: samples[samples.count / 2], worst: samples.last ?? 0, launches: samples.count)
    }

    private static func launchOnce(_ serverPath: String) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: serverPath)
        process.arguments = ["serve"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let body = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}"#
        let frame = "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
        let start = DispatchTime.now().uptimeNanoseconds
        do { try process.run() } catch { return nil }
        try? input.fileHandleForWriting.write(contentsOf: Data(frame.utf8))
        var received = Data()
        var elapsed: Double?
        while elapsed == nil {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
            if let text = String(data: received, encoding: .utf8), text.contains("\"id\":1"), text.contains("capabilities") {
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            }
        }
        let shutdown = #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#
        let exit = #"{"jsonrpc":"2.0","method":"exit"}"#
        for message in [shutdown, exit] {
            try? input.fileHandleForWriting.write(contentsOf: Data("Content-Length: \(message.utf8.count)\r\n\r\n\(message)".utf8))
        }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return elapsed
    }
}
